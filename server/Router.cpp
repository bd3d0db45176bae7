#include "Router.h"

#include "ServerContext.h"
#include "service/ChatService.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRouting, "agentdesk.server.routing")

namespace agentdesk::server {

Router::Router(ServerContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void Router::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &Router::drainNow);
}

void Router::drainNow()
{
    m_scheduled = false;
    try {
        WriteTransaction tx(m_ctx.db);
        for (qint64 team : m_ctx.conversations.teamsWithWaiting()) {
            auto agents = m_ctx.directory.agentsOfTeam(team, [this](qint64 id) { return m_ctx.hub.isStaffConnected(id); });
            for (const QueuedConversation& waiting : m_ctx.conversations.waiting(team)) {
                if (std::none_of(agents.begin(), agents.end(), RoutingPolicy::canTakeMore))
                    break;
                // Nobody free has the skill: the next in the queue may still find someone.
                const auto agentId = RoutingPolicy::pickAgent(agents, waiting.topic);
                if (!agentId)
                    continue;
                m_ctx.chat->assign(waiting.id, *agentId);
                for (auto& a : agents) {
                    if (a.agentId == *agentId) {
                        ++a.load;
                        a.lastAssignedAt = QDateTime::currentMSecsSinceEpoch();
                    }
                }
                qCDebug(lcRouting) << "conversation" << waiting.id << "assigned to agent" << *agentId;
            }
        }
        tx.commit();
        m_ctx.publishEvents();
    } catch (const DatabaseError& e) {
        m_ctx.discardEvents();
        qCWarning(lcRouting) << "routing failed, retrying in a second:" << e.what();
        QTimer::singleShot(1000, this, &Router::schedule);
    }
}

} // namespace agentdesk::server
