#include "net/Hub.h"

#include "net/Session.h"

namespace agentdesk::server {

void Hub::attach(const QString& stream, Session* session)
{
    // Another stream, not another topic: a sync after floor.watch keeps the watch.
    if (const auto it = m_streamOf.find(session); it != m_streamOf.end())
        m_live.remove(it.value(), session);
    m_live.insert(stream, session);
    m_streamOf.insert(session, stream);
}

void Hub::detach(Session* session)
{
    for (const QString& topic : m_topicsOf.values(session))
        m_topics.remove(topic, session);
    m_topicsOf.remove(session);
    const auto it = m_streamOf.find(session);
    if (it == m_streamOf.end())
        return;
    m_live.remove(it.value(), session);
    m_streamOf.erase(it);
}

void Hub::publish(const QString& stream, const QByteArray& frame, qint64 seq)
{
    // Copy first: a slow consumer may be dropped (and detached) while we deliver.
    const QList<Session*> sessions = m_live.values(stream);
    for (Session* session : sessions)
        session->deliverEvent(frame, seq);
}

QString Hub::floorTopic(qint64 teamId)
{
    return kFloorTopicPrefix + QString::number(teamId);
}

QString Hub::monitorTopic(qint64 conversationId)
{
    return QStringLiteral("monitor:%1").arg(conversationId);
}

void Hub::subscribe(const QString& topic, Session* session)
{
    if (m_topics.contains(topic, session))
        return;
    m_topics.insert(topic, session);
    m_topicsOf.insert(session, topic);
}

void Hub::unsubscribe(const QString& topic, Session* session)
{
    m_topics.remove(topic, session);
    m_topicsOf.remove(session, topic);
}

void Hub::unsubscribePrefix(const QString& prefix, Session* session)
{
    for (const QString& topic : m_topicsOf.values(session)) {
        if (topic.startsWith(prefix))
            unsubscribe(topic, session);
    }
}

void Hub::publishTopic(const QString& topic, const QByteArray& frame)
{
    const QList<Session*> sessions = m_topics.values(topic);
    for (Session* session : sessions)
        session->deliver(frame);
}

int Hub::publishReplaceable(const QString& topic, const QByteArray& frame)
{
    int behind = 0;
    const QList<Session*> sessions = m_topics.values(topic);
    for (Session* session : sessions)
        behind += session->deliverReplaceable(frame) ? 0 : 1;
    return behind;
}

bool Hub::staffConnected(qint64 userId)
{
    return ++m_staffConnections[userId] == 1;
}

bool Hub::staffDisconnected(qint64 userId)
{
    auto it = m_staffConnections.find(userId);
    if (it == m_staffConnections.end() || --it.value() > 0)
        return false;
    m_staffConnections.erase(it);
    return true;
}

QSet<qint64> Hub::connectedStaff() const
{
    QSet<qint64> out = m_remoteStaff;
    for (auto it = m_staffConnections.cbegin(); it != m_staffConnections.cend(); ++it) {
        if (it.value() > 0)
            out.insert(it.key());
    }
    return out;
}

} // namespace agentdesk::server
