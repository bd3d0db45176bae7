#include "store/FloorStore.h"

#include "policy/RoutingPolicy.h"
#include "store/ConversationStore.h"
#include "store/Database.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace agentdesk::server {

using namespace protocol;

namespace {
// "CASE cu.tier WHEN 'vip' THEN 0 ... END": routing's tier order, spelled for SQL from the policy.
QString tierOrder()
{
    QString out = QStringLiteral("CASE cu.tier");
    for (size_t i = 0; i < EnumNames<CustomerTier>::names.size(); ++i) {
        const auto tier = static_cast<CustomerTier>(i);
        out += QStringLiteral(" WHEN '%1' THEN %2").arg(enumName(tier)).arg(-RoutingPolicy::tierPriority(tier));
    }
    return out + QStringLiteral(" ELSE 0 END");
}

// One queue's conversations (alias c) only, or the whole team's: a condition only when asked, so
// that the team's reports keep their plain queries.
QString inQueue(const QString& queue)
{
    return queue.isEmpty() ? QString() : QStringLiteral(" AND c.topic = ?");
}

QVariantList withQueue(QVariantList values, const QString& queue)
{
    if (!queue.isEmpty())
        values << queue;
    return values;
}
} // namespace

FloorStore::FloorStore(Database& db)
    : m_db(db)
{
}

std::vector<ConversationInfo> FloorStore::openConversations(qint64 teamId, int limit, int* waitingTotal, bool* truncated)
{
    *waitingTotal = int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE status = 'waiting' AND team_id = ?"),
                                    {teamId}).toLongLong());
    static const QString queueOrder = tierOrder();
    std::vector<ConversationInfo> out;
    sql::Rows waiting = m_db.exec(ConversationStore::selectColumns()
                                      + QStringLiteral("WHERE c.status = 'waiting' AND c.team_id = ? ORDER BY %1, c.created_at, c.id"
                                                       " LIMIT ?").arg(queueOrder),
                                  {teamId, limit});
    while (waiting.next())
        out.push_back(ConversationStore::conversationFrom(waiting));
    const size_t queued = out.size();
    // The customers waiting longest for an answer first.
    sql::Rows assigned = m_db.exec(ConversationStore::selectColumns()
                                       + QStringLiteral("WHERE c.status = 'assigned' AND c.team_id = ?"
                                                        " ORDER BY CASE WHEN c.waiting_since = 0 THEN 1 ELSE 0 END,"
                                                        " c.waiting_since, c.last_message_at DESC LIMIT ?"),
                                   {teamId, limit + 1});
    while (assigned.next())
        out.push_back(ConversationStore::conversationFrom(assigned));
    *truncated = *waitingTotal > int(queued) || out.size() - queued > size_t(limit);
    if (out.size() - queued > size_t(limit))
        out.pop_back();
    return out;
}

std::vector<FloorAgent> FloorStore::agents(qint64 teamId, qint64 dayStart, const std::function<bool(qint64)>& isConnected)
{
    std::vector<FloorAgent> out;
    sql::Rows q = m_db.exec(QStringLiteral(
        "SELECT u.id, u.display_name, u.role, u.status, u.capacity,"
        " (SELECT COUNT(*) FROM conversations c WHERE c.agent_id = u.id AND c.status = 'assigned'),"
        " (SELECT COUNT(*) FROM conversations c WHERE c.agent_id = u.id AND c.closed_at >= ?),"
        " (SELECT COUNT(*) FROM conversations c WHERE c.agent_id = u.id AND c.first_response_at >= ?),"
        " (SELECT COALESCE(SUM(c.first_response_at - c.created_at), 0) FROM conversations c"
        "   WHERE c.agent_id = u.id AND c.first_response_at >= ?)"
        " FROM users u WHERE u.team_id = ? AND u.role IN ('agent', 'lead') AND u.disabled = 0 ORDER BY u.display_name, u.id LIMIT ?"),
        {dayStart, dayStart, dayStart, teamId, qint64(protocol::kMaxFloorAgents)});
    while (q.next()) {
        FloorAgent a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.role = enumFromName<Role>(q.value(2).toString()).value_or(Role::Agent);
        a.status = isConnected(a.id) ? enumFromName<PresenceStatus>(q.value(3).toString()).value_or(PresenceStatus::Offline)
                                     : PresenceStatus::Offline;
        a.capacity = q.value(4).toInt();
        a.load = q.value(5).toInt();
        a.handledToday = q.value(6).toInt();
        a.respondedToday = q.value(7).toInt();
        a.firstResponseMsToday = a.respondedToday > 0 ? q.value(8).toLongLong() / a.respondedToday : 0;
        out.push_back(std::move(a));
    }
    return out;
}

std::vector<ConversationInfo> FloorStore::waitingClocks(qint64 teamId)
{
    std::vector<ConversationInfo> out;
    sql::Rows q = m_db.exec(QStringLiteral("SELECT c.id, c.status, c.waiting_since, c.created_at, c.last_message_at, c.topic, cu.tier"
                                           " FROM conversations c JOIN customers cu ON cu.id = c.customer_id"
                                           " WHERE c.status IN ('waiting', 'assigned') AND c.team_id = ?"
                                           " AND (c.waiting_since > 0 OR c.status = 'waiting')"),
                            {teamId});
    while (q.next()) {
        ConversationInfo c;
        c.id = q.value(0).toLongLong();
        c.status = enumFromName<ConversationStatus>(q.value(1).toString()).value_or(ConversationStatus::Waiting);
        c.waitingSince = q.value(2).toLongLong();
        c.createdAt = q.value(3).toLongLong();
        c.lastMessageAt = q.value(4).toLongLong();
        c.topic = q.value(5).toString();
        c.customerTier = enumFromName<CustomerTier>(q.value(6).toString()).value_or(CustomerTier::Regular);
        c.teamId = teamId;
        out.push_back(c);
    }
    return out;
}

int FloorStore::pendingApprovals(qint64 teamId)
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_approvals WHERE team_id = ? AND status = 'pending'"),
                           {teamId}).toLongLong());
}

std::vector<KpiCounts> FloorStore::kpis(qint64 teamId, const QString& queue, qint64 since, qint64 until,
                                        qint64 conversionWindowMs, qint64 fcrWindowMs)
{
    std::vector<KpiCounts> out;
    QHash<qint64, size_t> rowOf;
    auto row = [&](qint64 agentId, const QString& name) -> KpiCounts& {
        if (!rowOf.contains(agentId)) {
            rowOf.insert(agentId, out.size());
            KpiCounts c;
            c.agentId = agentId;
            c.agentName = name;
            out.push_back(c);
        }
        return out[rowOf.value(agentId)];
    };
    sql::Rows team = m_db.exec(QStringLiteral("SELECT id, display_name FROM users WHERE team_id = ? AND role IN ('agent', 'lead')"
                                              " ORDER BY display_name, id"),
                               {teamId});
    while (team.next())
        row(team.value(0).toLongLong(), team.value(1).toString());

    // An order counts for a conversation from its start until the window after its end (its last
    // message while open), as the reply library's conversions do, and only for the customer's
    // latest conversation started before it: no order is counted twice.
    const QString ordersInWindow = QStringLiteral(
        "FROM orders o WHERE o.customer_id = c.customer_id AND o.created_at >= c.created_at"
        " AND o.created_at <= COALESCE(c.closed_at, c.last_message_at) + ?"
        " AND NOT EXISTS (SELECT 1 FROM conversations later WHERE later.customer_id = c.customer_id"
        "   AND later.created_at > c.created_at AND later.created_at <= o.created_at)");
    sql::Rows q = m_db.exec(
        QStringLiteral(
            "SELECT c.agent_id, COALESCE(u.display_name, ''), COUNT(*),"
            " SUM(CASE WHEN EXISTS (SELECT 1 %1) THEN 1 ELSE 0 END),"
            " SUM((SELECT COALESCE(SUM(o.total_cents), 0) %1)),"
            " SUM(CASE WHEN c.status = 'closed' THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN c.status = 'closed' AND NOT EXISTS (SELECT 1 FROM conversations n WHERE n.customer_id = c.customer_id"
            "   AND n.id <> c.id AND n.created_at >= c.closed_at AND n.created_at < c.closed_at + ?) THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN c.status = 'closed' THEN c.closed_at - COALESCE(c.first_assigned_at, c.assigned_at, c.created_at)"
            "   ELSE 0 END),"
            " SUM(CASE WHEN c.first_response_at IS NOT NULL THEN 1 ELSE 0 END),"
            " SUM(CASE WHEN c.first_response_at IS NOT NULL THEN c.first_response_at - c.created_at ELSE 0 END),"
            " SUM(CASE WHEN c.csat > 0 THEN 1 ELSE 0 END), SUM(c.csat), SUM(CASE WHEN c.csat >= 4 THEN 1 ELSE 0 END)"
            " FROM conversations c LEFT JOIN users u ON u.id = c.agent_id"
            " WHERE c.team_id = ? AND c.created_at >= ? AND c.created_at < ? AND c.agent_id IS NOT NULL%2"
            " GROUP BY c.agent_id, u.display_name").arg(ordersInWindow, inQueue(queue)),
        withQueue({conversionWindowMs, conversionWindowMs, fcrWindowMs, teamId, since, until}, queue));
    while (q.next()) {
        KpiCounts& c = row(q.value(0).toLongLong(), q.value(1).toString());
        c.consultations = q.value(2).toInt();
        c.converted = q.value(3).toInt();
        c.revenueCents = q.value(4).toLongLong();
        c.closed = q.value(5).toInt();
        c.resolvedFirstContact = q.value(6).toInt();
        c.handlingMs = q.value(7).toLongLong();
        c.responded = q.value(8).toInt();
        c.firstResponseMs = q.value(9).toLongLong();
        c.rated = q.value(10).toInt();
        c.ratingSum = q.value(11).toInt();
        c.satisfied = q.value(12).toInt();
    }
    sql::Rows coupons = m_db.exec(QStringLiteral("SELECT k.granted_by, COALESCE(u.display_name, ''), COUNT(*), SUM(k.value_cents)"
                                                 " FROM coupons k LEFT JOIN users u ON u.id = k.granted_by%1"
                                                 " WHERE k.team_id = ? AND k.granted_at >= ? AND k.granted_at < ?%2"
                                                 " GROUP BY k.granted_by, u.display_name")
                                      .arg(queue.isEmpty() ? QString() : QStringLiteral(" JOIN conversations c ON c.id = k.conversation_id"),
                                           inQueue(queue)),
                                  withQueue({teamId, since, until}, queue));
    while (coupons.next()) {
        KpiCounts& c = row(coupons.value(0).toLongLong(), coupons.value(1).toString());
        c.coupons = coupons.value(2).toInt();
        c.couponCents = coupons.value(3).toLongLong();
    }
    return out;
}

bool FloorStore::hasTopic(qint64 teamId, const QString& topic)
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM conversations WHERE team_id = ? AND topic = ? LIMIT 1) t"),
                       {teamId, topic}).toLongLong() > 0;
}

std::vector<KpiFormulas::QueueStay> FloorStore::queueStays(qint64 teamId, const QString& queue, qint64 from, qint64 to)
{
    std::vector<KpiFormulas::QueueStay> out;
    sql::Rows q = m_db.exec(QStringLiteral(
        "SELECT created_at, first_assigned_at, closed_at FROM conversations c WHERE team_id = ? AND created_at < ?"
        " AND (first_assigned_at IS NULL OR first_assigned_at >= ?) AND (closed_at IS NULL OR closed_at >= ?)%1").arg(inQueue(queue)),
        withQueue({teamId, to, from, from}, queue));
    while (q.next()) {
        KpiFormulas::QueueStay s;
        s.arrivedAt = q.value(0).toLongLong();
        const qint64 assigned = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        const qint64 closed = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        s.leftAt = assigned > 0 && closed > 0 ? std::min(assigned, closed) : std::max(assigned, closed);
        out.push_back(s);
    }
    return out;
}

bool FloorStore::join(qint64 conversationId, qint64 userId, qint64 at)
{
    if (isParticipant(conversationId, userId))
        return true;
    m_db.exec(QStringLiteral("INSERT INTO conversation_participants (conversation_id, user_id, joined_at) VALUES (?, ?, ?)"),
              {conversationId, userId, at});
    return false;
}

bool FloorStore::isParticipant(qint64 conversationId, qint64 userId)
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM conversation_participants WHERE conversation_id = ? AND user_id = ?"),
                       {conversationId, userId}).toLongLong() > 0;
}

Notice FloorStore::insertNotice(const Notice& notice)
{
    Notice stored = notice;
    stored.id = m_db.scalar(QStringLiteral("INSERT INTO notices (team_id, author_id, body, created_at) VALUES (?, ?, ?, ?)"
                                           " RETURNING id"),
                            {notice.teamId, notice.authorId, notice.text, notice.at}).toLongLong();
    return stored;
}

std::vector<qint64> FloorStore::teamMembers(qint64 teamId)
{
    std::vector<qint64> out;
    sql::Rows q = m_db.exec(QStringLiteral("SELECT id FROM users WHERE team_id = ? ORDER BY id"), {teamId});
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

qint64 FloorStore::appendAction(const StaffAction& a)
{
    return m_db.scalar(QStringLiteral("INSERT INTO staff_actions (at, action, actor_id, actor_name, team_id, conversation_id,"
                                      " target_id, target_name, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       {a.at, enumName(a.action), a.actorId, a.actorName, a.teamId, a.conversationId, a.targetId,
                        a.targetName, a.detail}).toLongLong();
}

std::vector<StaffAction> FloorStore::actions(qint64 teamId, const ActionsList& page, bool* more)
{
    const qint64 until = page.until > 0 ? page.until : std::numeric_limits<qint64>::max();
    const qint64 before = page.beforeId > 0 ? page.beforeId : std::numeric_limits<qint64>::max();
    const QString team = teamId > 0 ? QStringLiteral("team_id = ?") : QStringLiteral("0 = ?");
    sql::Rows q = m_db.exec(
        QStringLiteral("SELECT id, at, action, actor_id, actor_name, team_id, conversation_id, target_id, target_name, detail"
                       " FROM staff_actions WHERE %1 AND id < ? AND at >= ? AND at < ? ORDER BY id DESC LIMIT ?").arg(team),
        {teamId, before, page.since, until, page.limit + 1});
    std::vector<StaffAction> out;
    while (q.next()) {
        StaffAction a;
        a.id = q.value(0).toLongLong();
        a.at = q.value(1).toLongLong();
        a.action = enumFromName<StaffActionKind>(q.value(2).toString()).value_or(StaffActionKind::Reassign);
        a.actorId = q.value(3).toLongLong();
        a.actorName = q.value(4).toString();
        a.teamId = q.value(5).toLongLong();
        a.conversationId = q.value(6).toLongLong();
        a.targetId = q.value(7).toLongLong();
        a.targetName = q.value(8).toString();
        a.detail = q.value(9).toString();
        out.push_back(std::move(a));
    }
    *more = int(out.size()) > page.limit;
    if (*more)
        out.pop_back();
    return out;
}

} // namespace agentdesk::server
