#pragma once

#include <QHash>
#include <QMultiHash>
#include <QSet>
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
    // An event of the stream's log: a session that has it already (replayed by its sync) skips it.
    void publish(const QString& stream, const QByteArray& frame, qint64 seq);
    bool isLive(const QString& stream) const { return m_live.contains(stream); }

    static inline const QString kFloorTopicPrefix = QStringLiteral("floor:");
    static QString floorTopic(qint64 teamId);
    static QString monitorTopic(qint64 conversationId);
    void subscribe(const QString& topic, Session* session);
    void unsubscribe(const QString& topic, Session* session);
    // Drops the session from every topic that starts with the prefix (e.g. "floor:").
    void unsubscribePrefix(const QString& prefix, Session* session);
    bool hasSubscribers(const QString& topic) const { return m_topics.contains(topic); }
    void publishTopic(const QString& topic, const QByteArray& frame);
    // A frame a later one replaces (Session::deliverReplaceable); how many watchers were too
    // far behind to get it.
    int publishReplaceable(const QString& topic, const QByteArray& frame);
    QList<Session*> subscribers(const QString& topic) const { return m_topics.values(topic); }

    // True when this was the user's first connection here, or their last.
    bool staffConnected(qint64 userId);
    bool staffDisconnected(qint64 userId);
    // Connected here or to another instance on the same database (Cluster keeps that set).
    bool isStaffConnected(qint64 userId) const { return m_staffConnections.value(userId) > 0 || m_remoteStaff.contains(userId); }
    // Everyone isStaffConnected() is true of, for a reader on another thread.
    QSet<qint64> connectedStaff() const;
    QList<qint64> localStaff() const { return m_staffConnections.keys(); }
    void setRemoteStaff(QSet<qint64> users) { m_remoteStaff = std::move(users); }
    int sessionCount() const { return int(m_streamOf.size()); }

private:
    QMultiHash<QString, Session*> m_live;
    QHash<Session*, QString> m_streamOf;
    QHash<qint64, int> m_staffConnections;
    QSet<qint64> m_remoteStaff;
    QMultiHash<QString, Session*> m_topics;
    QMultiHash<Session*, QString> m_topicsOf;
};

} // namespace agentdesk::server
