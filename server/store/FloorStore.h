#pragma once

#include "protocol/Frames.h"
#include "supervisor/KpiFormulas.h"

#include <functional>
#include <vector>

namespace agentdesk::server {

class Database;

// What the supervisor's floor reads and writes: a team's open conversations and agents with
// today's figures, notices to a team, and the append-only log of leads' actions.
class FloorStore {
public:
    explicit FloorStore(Database& db);

    // The queue (in the order routing serves it) and then the assigned conversations, at most
    // `limit` of each; `waitingTotal` counts the whole queue.
    std::vector<protocol::ConversationInfo> openConversations(qint64 teamId, int limit, int* waitingTotal, bool* truncated);
    // Agents and leads of the team; today's figures count from `dayStart`.
    std::vector<protocol::FloorAgent> agents(qint64 teamId, qint64 dayStart, const std::function<bool(qint64)>& isConnected);
    int pendingApprovals(qint64 teamId);
    // Every open conversation of the team whose customer waits, with just what their SLA and the
    // queues' figures need (id, status, times, topic, tier): the alerts and the queues cover the
    // whole queue, not only a snapshot's head.
    std::vector<protocol::ConversationInfo> waitingClocks(qint64 teamId);

    // KPI counts per agent of the team's conversations that started in [since, until), with the
    // coupons the team's members granted then; every agent of the team has a row. A queue (a
    // topic) that is not empty keeps its conversations only, and the coupons granted in them.
    std::vector<protocol::KpiCounts> kpis(qint64 teamId, const QString& queue, qint64 since, qint64 until,
                                          qint64 conversionWindowMs, qint64 fcrWindowMs);
    // Whether any conversation of the team has the topic (a queue the team does not list).
    bool hasTopic(qint64 teamId, const QString& topic);
    // When each conversation that was in the team's queue (or the one queue) some time in
    // [from, to) arrived and left it.
    std::vector<KpiFormulas::QueueStay> queueStays(qint64 teamId, const QString& queue, qint64 from, qint64 to);

    // Adds the participant (once); whether they had joined already.
    bool join(qint64 conversationId, qint64 userId, qint64 at);
    bool isParticipant(qint64 conversationId, qint64 userId);

    protocol::Notice insertNotice(const protocol::Notice& notice);
    // Staff of the team (agents, leads, trainers) who receive its notices.
    std::vector<qint64> teamMembers(qint64 teamId);

    qint64 appendAction(const protocol::StaffAction& action);
    // teamId > 0: that team's; 0: all. Newest first.
    std::vector<protocol::StaffAction> actions(qint64 teamId, const protocol::ActionsList& page, bool* more);

private:
    Database& m_db;
};

} // namespace agentdesk::server
