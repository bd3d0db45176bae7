#pragma once

#include <QHash>
#include <QMultiHash>
#include <QString>

namespace agentdesk::server {

class Session;

// Which sessions are live on which stream, and which staff users are connected at all.
// Events are published here after their transaction commits.
class Hub {
public:
    void attach(const QString& stream, Session* session);
    void detach(Session* session);
    void publish(const QString& stream, const QByteArray& frame);

    void staffConnected(qint64 userId);
    void staffDisconnected(qint64 userId);
    bool isStaffConnected(qint64 userId) const { return m_staffConnections.value(userId) > 0; }
    int sessionCount() const { return int(m_streamOf.size()); }

private:
    QMultiHash<QString, Session*> m_live;
    QHash<Session*, QString> m_streamOf;
    QHash<qint64, int> m_staffConnections;
};

} // namespace agentdesk::server
