#pragma once

#include "protocol/Records.h"

#include <QStringList>

#include <array>
#include <span>
#include <vector>

namespace agentdesk {

// The figures of a team's floor at a moment: what the supervisor view's tiles show and what the
// server's SLA alerts are decided by. One computation for both, from a snapshot and the clock,
// so that waiting times tick on the client without asking the server.
struct FloorFigures {
    int waiting = 0;             // in the queue, not yet assigned
    qint64 longestWaitMs = 0;    // the longest of those
    int active = 0;              // assigned and open
    int breaches = 0;            // open conversations whose customer has waited past the SLA
    int nearBreach = 0;          // ... and those close to it
    std::array<int, 4> waitingByTier{};     // indexed by CustomerTier
    std::array<int, 5> waitingByChannel{};  // indexed by Channel
    int agentsOnline = 0;        // connected and not offline
    int load = 0;                // conversations held by the agents online...
    int capacity = 0;            // ...and how many they can hold
    int handledToday = 0;
    qint64 firstResponseMsToday = 0;  // the team's average, weighted by responses

    static FloorFigures of(const protocol::FloorSnapshot& floor, qint64 now);

    // The team's queues from its open conversations (those waiting for an agent count): one per
    // topic of the team, in the team's order, even when empty, then any other topic by name.
    static std::vector<protocol::FloorQueue> queuesOf(std::span<const protocol::ConversationInfo> open,
                                                      const QStringList& teamTopics);

    // Since when the customer of an open conversation has been waiting: for an answer, or for an
    // agent when the queue holds a conversation they are not waiting on an answer in. 0: not.
    static qint64 waitingSince(const protocol::ConversationInfo& conversation);
    // Whether the conversation's wait has passed the SLA at `now`.
    static bool breached(const protocol::ConversationInfo& conversation, qint64 slaMs, qint64 now);
    // When its wait will pass the SLA (0: it is not waiting).
    static qint64 breachAt(const protocol::ConversationInfo& conversation, qint64 slaMs);
};

} // namespace agentdesk
