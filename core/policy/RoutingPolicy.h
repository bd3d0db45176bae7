#pragma once

#include "protocol/Enums.h"

#include <QStringList>

#include <optional>
#include <span>

namespace agentdesk {

// Who gets a waiting conversation, and which waiting conversation goes first. The server's
// router applies it; the supervisor view explains the queue with the same order.
struct AgentAvailability {
    qint64 agentId = 0;
    bool connected = false;
    PresenceStatus status = PresenceStatus::Offline;
    int load = 0;      // conversations assigned and not closed
    int capacity = 0;  // how many at once
    qint64 lastAssignedAt = 0;
    QStringList skills;  // the topics they take; empty: every topic of their team
};

struct QueuedConversation {
    qint64 id = 0;
    CustomerTier tier = CustomerTier::Regular;
    qint64 waitingSince = 0;  // arrival, ms since the epoch
    QString topic;
};

class RoutingPolicy {
public:
    static bool canTakeMore(const AgentAvailability& agent);
    // Whether the agent takes conversations of this topic (skills); a topic-less conversation
    // goes to anyone.
    static bool hasSkill(const AgentAvailability& agent, const QString& topic);
    // The available agent with the skill and the lowest relative load; ties go to whoever waited
    // longest for an assignment, then the lower id, so that the choice is deterministic.
    static std::optional<qint64> pickAgent(std::span<const AgentAvailability> agents, const QString& topic = {});
    // High-value tiers first, then the longest waiting, then the oldest id.
    static bool servesFirst(const QueuedConversation& a, const QueuedConversation& b);
    static int tierPriority(CustomerTier tier);
};

} // namespace agentdesk
