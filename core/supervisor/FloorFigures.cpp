#include "supervisor/FloorFigures.h"

#include "policy/SlaPolicy.h"

#include <algorithm>

namespace agentdesk {

using protocol::ConversationInfo;

qint64 FloorFigures::waitingSince(const ConversationInfo& c)
{
    if (c.status == ConversationStatus::Closed)
        return 0;
    if (c.waitingSince > 0)
        return c.waitingSince;
    // Back in the queue after an answer (a transfer to a team): waiting for an agent since then.
    return c.status == ConversationStatus::Waiting ? std::max(c.lastMessageAt, c.createdAt) : 0;
}

bool FloorFigures::breached(const ConversationInfo& c, qint64 slaMs, qint64 now)
{
    return SlaPolicy(slaMs).state(waitingSince(c), now) == SlaPolicy::State::Breached;
}

qint64 FloorFigures::breachAt(const ConversationInfo& c, qint64 slaMs)
{
    const qint64 since = waitingSince(c);
    return since > 0 ? since + SlaPolicy(slaMs).targetMs() : 0;
}

FloorFigures FloorFigures::of(const protocol::FloorSnapshot& floor, qint64 now)
{
    FloorFigures f;
    const SlaPolicy sla(floor.slaMs);
    int waitingListed = 0;
    for (const ConversationInfo& c : floor.conversations) {
        if (c.status == ConversationStatus::Closed)
            continue;
        const qint64 since = waitingSince(c);
        switch (sla.state(since, now)) {
        case SlaPolicy::State::Breached: ++f.breaches; break;
        case SlaPolicy::State::Near: ++f.nearBreach; break;
        default: break;
        }
        if (c.status == ConversationStatus::Assigned) {
            ++f.active;
            continue;
        }
        ++waitingListed;
        ++f.waitingByTier.at(size_t(c.customerTier));
        ++f.waitingByChannel.at(size_t(c.channel));
        if (since > 0)
            f.longestWaitMs = std::max(f.longestWaitMs, now - since);
    }
    // A truncated snapshot lists the head of the queue; the total still counts everyone, and
    // so do the queues' figures, when the server sent them.
    f.waiting = std::max(waitingListed, floor.waitingTotal);
    if (!floor.queues.empty()) {
        f.waitingByTier = {};
        for (const protocol::FloorQueue& q : floor.queues) {
            f.waitingByTier.at(size_t(CustomerTier::Vip)) += q.vip;
            f.waitingByTier.at(size_t(CustomerTier::Gold)) += q.gold;
            f.waitingByTier.at(size_t(CustomerTier::Silver)) += q.silver;
            f.waitingByTier.at(size_t(CustomerTier::Regular)) += q.regular;
            if (q.oldestWaitingSince > 0)
                f.longestWaitMs = std::max(f.longestWaitMs, now - q.oldestWaitingSince);
        }
    }

    qint64 responseTimeSum = 0;
    int responses = 0;
    for (const protocol::FloorAgent& a : floor.agents) {
        if (a.status != PresenceStatus::Offline) {
            ++f.agentsOnline;
            f.load += a.load;
            f.capacity += a.capacity;
        }
        f.handledToday += a.handledToday;
        responseTimeSum += a.firstResponseMsToday * a.respondedToday;
        responses += a.respondedToday;
    }
    f.firstResponseMsToday = responses > 0 ? responseTimeSum / responses : 0;
    return f;
}

std::vector<protocol::FloorQueue> FloorFigures::queuesOf(std::span<const ConversationInfo> open, const QStringList& teamTopics)
{
    std::vector<protocol::FloorQueue> out;
    for (const QString& topic : teamTopics)
        out.push_back(protocol::FloorQueue{.topic = topic});
    std::vector<protocol::FloorQueue> others;
    auto queueOf = [&](const QString& topic) -> protocol::FloorQueue& {
        for (std::vector<protocol::FloorQueue>* list : {&out, &others}) {
            for (protocol::FloorQueue& q : *list) {
                if (q.topic == topic)
                    return q;
            }
        }
        others.push_back(protocol::FloorQueue{.topic = topic});
        return others.back();
    };
    for (const ConversationInfo& c : open) {
        if (c.status != ConversationStatus::Waiting)
            continue;
        protocol::FloorQueue& q = queueOf(c.topic);
        ++q.waiting;
        switch (c.customerTier) {
        case CustomerTier::Vip: ++q.vip; break;
        case CustomerTier::Gold: ++q.gold; break;
        case CustomerTier::Silver: ++q.silver; break;
        case CustomerTier::Regular: ++q.regular; break;
        }
        const qint64 since = waitingSince(c);
        if (since > 0 && (q.oldestWaitingSince == 0 || since < q.oldestWaitingSince))
            q.oldestWaitingSince = since;
    }
    std::sort(others.begin(), others.end(), [](const auto& a, const auto& b) { return a.topic < b.topic; });
    out.insert(out.end(), others.begin(), others.end());
    return out;
}

} // namespace agentdesk
