#include "net/Hub.h"

#include "net/Session.h"

namespace agentdesk::server {

void Hub::attach(const QString& stream, Session* session)
{
    detach(session);
    m_live.insert(stream, session);
    m_streamOf.insert(session, stream);
}

void Hub::detach(Session* session)
{
    const auto it = m_streamOf.find(session);
    if (it == m_streamOf.end())
        return;
    m_live.remove(it.value(), session);
    m_streamOf.erase(it);
}

void Hub::publish(const QString& stream, const QByteArray& frame)
{
    // Copy first: a slow consumer may be dropped (and detached) while we deliver.
    const QList<Session*> sessions = m_live.values(stream);
    for (Session* session : sessions)
        session->deliver(frame);
}

void Hub::staffConnected(qint64 userId)
{
    ++m_staffConnections[userId];
}

void Hub::staffDisconnected(qint64 userId)
{
    auto it = m_staffConnections.find(userId);
    if (it != m_staffConnections.end() && --it.value() <= 0)
        m_staffConnections.erase(it);
}

} // namespace agentdesk::server
