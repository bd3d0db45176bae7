#include "policy/RoutingPolicy.h"

#include <tuple>

namespace agentdesk {

bool RoutingPolicy::canTakeMore(const AgentAvailability& agent)
{
    return agent.connected && agent.status == PresenceStatus::Online && agent.load < agent.capacity;
}

bool RoutingPolicy::hasSkill(const AgentAvailability& agent, const QString& topic)
{
    return agent.skills.isEmpty() || topic.isEmpty() || agent.skills.contains(topic);
}

std::optional<qint64> RoutingPolicy::pickAgent(std::span<const AgentAvailability> agents, const QString& topic)
{
    const AgentAvailability* best = nullptr;
    for (const AgentAvailability& a : agents) {
        if (!canTakeMore(a) || !hasSkill(a, topic))
            continue;
        if (!best) {
            best = &a;
            continue;
        }
        // Compare load/capacity without division: a.load * best.capacity vs best.load * a.capacity.
        const qint64 lhs = qint64(a.load) * best->capacity;
        const qint64 rhs = qint64(best->load) * a.capacity;
        if (std::tie(lhs, a.lastAssignedAt, a.agentId) < std::tie(rhs, best->lastAssignedAt, best->agentId))
            best = &a;
    }
    if (!best)
        return std::nullopt;
    return best->agentId;
}

int RoutingPolicy::tierPriority(CustomerTier tier)
{
    return static_cast<int>(tier);
}

bool RoutingPolicy::servesFirst(const QueuedConversation& a, const QueuedConversation& b)
{
    return std::tuple(-tierPriority(a.tier), a.waitingSince, a.id)
        < std::tuple(-tierPriority(b.tier), b.waitingSince, b.id);
}

} // namespace agentdesk
