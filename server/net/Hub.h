#pragma once

#include <QHash>
#include <QMultiHash>
#include <QString>

namespace agentdesk::server {

class Session;

// Which sessions are live on which stream, which watch which topic, and which staff users are
// connected at all. Events are published here after their transaction commits. A topic carries
// transient events (sequence 0, never stored): a team's floor, a monitored conversation.
class Hub {
public:
    void attach(const QString& stream, Session* session);
    // Off its stream and every topic.
    void detach(Session* session);
    void publish(const QString& stream, const QByteArray& frame);

    static inline const QString kFloorTopicPrefix = QStringLiteral("floor:");
    static QString floorTopic(qint64 teamId);
    static QString monitorTopic(qint64 conversationId);
    void subscribe(const QString& topic, Session* session);
    void unsubscribe(const QString& topic, Session* session);
    // Drops the session from every topic that starts with the prefix (e.g. "floor:").
    void unsubscribePrefix(const QString& prefix, Session* session);
    bool hasSubscribers(const QString& topic) const { return m_topics.contains(topic); }
    void publishTopic(const QString& topic, const QByteArray& frame);
    QList<Session*> subscribers(const QString& topic) const { return m_topics.values(topic); }

    void staffConnected(qint64 userId);
    void staffDisconnected(qint64 userId);
    bool isStaffConnected(qint64 userId) const { return m_staffConnections.value(userId) > 0; }
    int sessionCount() const { return int(m_streamOf.size()); }

private:
    QMultiHash<QString, Session*> m_live;
    QHash<Session*, QString> m_streamOf;
    QHash<qint64, int> m_staffConnections;
    QMultiHash<QString, Session*> m_topics;
    QMultiHash<Session*, QString> m_topicsOf;
};

} // namespace agentdesk::server
