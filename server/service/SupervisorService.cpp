#include "service/SupervisorService.h"

#include "FloorMonitor.h"
#include "FloorReader.h"
#include "Router.h"
#include "ServerContext.h"
#include "policy/ConversationAccess.h"
#include "policy/SupervisorAccess.h"
#include "service/ChatService.h"

#include <QDateTime>

#include <algorithm>

namespace agentdesk::server {

using namespace protocol;

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

SupervisorService::SupervisorService(ServerContext& context)
    : m_ctx(context)
{
}

void SupervisorService::record(const Identity& who, StaffActionKind action, qint64 teamId, qint64 conversationId,
                               qint64 targetId, const QString& targetName, const QString& detail)
{
    StaffAction a;
    a.at = now();
    a.action = action;
    a.actorId = who.id;
    a.actorName = who.name;
    a.teamId = teamId;
    a.conversationId = conversationId;
    a.targetId = targetId;
    a.targetName = targetName;
    // Within the record's limit (a whisper may be a 4,000-character note).
    a.detail = detail.left(kDetailLength);
    m_ctx.floor.appendAction(a);
}

Outcome SupervisorService::watch(const Identity& who, const FloorWatch& request, qint64* team)
{
    const Principal me = who.principal();
    FloorWatchOk reply;
    for (const Team& t : m_ctx.directory.teams()) {
        if (SupervisorAccess::canSupervise(me, t.id))
            reply.teams.push_back(t);
    }
    if (request.stop)
        return reply;
    *team = SupervisorAccess::teamFor(me, request.teamId);
    // An admin belongs to no team: without one named, the first.
    if (*team <= 0 && request.teamId <= 0 && who.role == Role::Admin && !reply.teams.empty())
        *team = reply.teams.front().id;
    if (*team <= 0) {
        return failWith(ErrorCode::Forbidden, request.teamId > 0 ? tr("you may not watch team %1").arg(request.teamId)
                                                                 : tr("you belong to no team; give a teamId"));
    }
    if (m_ctx.directory.teamName(*team).isEmpty())
        return failWith(ErrorCode::NotFound, tr("no team %1").arg(*team));
    reply.snapshot = m_ctx.floorMonitor->snapshot(*team);
    return reply;
}

Outcome SupervisorService::monitor(const Identity& who, const ConversationMonitor& request)
{
    const auto c = m_ctx.conversations.conversation(request.conversationId);
    const Principal me = who.principal();
    if (!c || !ConversationAccess::canRead(me, *c) || !SupervisorAccess::canSupervise(me, c->teamId))
        return failWith(ErrorCode::NotFound, tr("no conversation %1 of your team is visible to you").arg(request.conversationId));
    ConversationMonitorOk reply;
    reply.conversation = *c;
    if (request.stop)
        return reply;
    WriteTransaction tx(m_ctx.db);
    reply.messages = m_ctx.conversations.history(c->id, 0, kMonitorHistory, true, &reply.more);
    record(who, StaffActionKind::Monitor, c->teamId, c->id, c->agentId, c->agentName);
    tx.commit();
    return reply;
}

Outcome SupervisorService::setCapacity(const Identity& who, const AgentCapacitySet& request)
{
    const auto agent = m_ctx.directory.userById(request.agentId);
    if (!agent || (agent->role != Role::Agent && agent->role != Role::Lead)
        || !SupervisorAccess::canSupervise(who.principal(), agent->teamId))
        return failWith(ErrorCode::NotFound, tr("no agent %1 in a team of yours").arg(request.agentId));
    m_ctx.directory.setCapacity(agent->id, request.capacity);
    record(who, StaffActionKind::Capacity, agent->teamId, 0, agent->id, agent->name,
           QStringLiteral("%1 -> %2").arg(agent->capacity).arg(request.capacity));
    m_ctx.floorMonitor->touch(agent->teamId);
    m_ctx.router->schedule();
    AgentCapacitySetOk reply;
    for (StaffMember& m : m_ctx.directory.staff([this](qint64 id) { return m_ctx.hub.isStaffConnected(id); })) {
        if (m.id == agent->id)
            reply.agent = std::move(m);
    }
    return reply;
}

Outcome SupervisorService::broadcast(const Identity& who, const TeamBroadcast& request)
{
    const qint64 team = SupervisorAccess::teamFor(who.principal(), request.teamId);
    if (team <= 0 || m_ctx.directory.teamName(team).isEmpty())
        return failWith(ErrorCode::Forbidden, tr("you may not send notices to team %1").arg(request.teamId));
    if (request.text.trimmed().isEmpty())
        return failWith(ErrorCode::BadFrame, tr("team.broadcast: the notice is empty"));
    Notice notice;
    notice.teamId = team;
    notice.authorId = who.id;
    notice.authorName = who.name;
    notice.text = request.text.trimmed();
    notice.at = now();
    notice = m_ctx.floor.insertNotice(notice);
    TeamBroadcastOk reply;
    reply.notice = notice;
    for (qint64 member : m_ctx.floor.teamMembers(team)) {
        m_ctx.events.append(EventLog::staffStream(member), NoticeNew{notice});
        ++reply.recipients;
    }
    record(who, StaffActionKind::Broadcast, team, 0, 0, {}, notice.text);
    return reply;
}

Outcome SupervisorService::actions(const Identity& who, const ActionsList& request)
{
    qint64 team = 0;
    if (who.role != Role::Admin) {
        team = SupervisorAccess::teamFor(who.principal(), 0);
        if (team <= 0)
            return failWith(ErrorCode::Forbidden, tr("you lead no team"));
    }
    ActionsListOk reply;
    reply.entries = m_ctx.floor.actions(team, request, &reply.more);
    return reply;
}

Outcome SupervisorService::join(const Identity& who, const ConversationJoin& request)
{
    const auto c = m_ctx.conversations.conversation(request.conversationId);
    const Principal me = who.principal();
    if (!c || !ConversationAccess::canRead(me, *c) || !SupervisorAccess::canSupervise(me, c->teamId))
        return failWith(ErrorCode::NotFound, tr("no conversation %1 of your team is visible to you").arg(request.conversationId));
    if (c->status == ConversationStatus::Closed)
        return failWith(ErrorCode::InvalidState, tr("conversation %1 is closed").arg(c->id));
    if (!ConversationAccess::canJoin(me, *c))
        return failWith(ErrorCode::InvalidState, tr("conversation %1 is already yours").arg(c->id));
    const qint64 at = now();
    if (!m_ctx.floor.join(c->id, who.id, at)) {
        m_ctx.chat->postSystemMessage(*c, QStringLiteral("joined"), {who.name},
                                      QStringLiteral("%1 has joined the conversation.").arg(who.name), at);
        record(who, StaffActionKind::Join, c->teamId, c->id, c->agentId, c->agentName);
    }
    return ConversationJoinOk{*m_ctx.conversations.conversation(c->id)};
}

std::variant<ProtocolError, SupervisorService::PreparedKpis> SupervisorService::prepareKpis(const Identity& who, const KpiReport& request)
{
    const qint64 team = SupervisorAccess::teamFor(who.principal(), request.teamId);
    if (team <= 0) {
        return ProtocolError{ErrorCode::Forbidden, request.teamId > 0 ? tr("you may not see the figures of team %1").arg(request.teamId)
                                                                      : tr("you belong to no team; give a teamId")};
    }
    const QString teamName = m_ctx.directory.teamName(team);
    if (teamName.isEmpty())
        return ProtocolError{ErrorCode::NotFound, tr("no team %1").arg(team)};
    if (!request.queue.isEmpty() && !m_ctx.directory.teamTopics(team).contains(request.queue)
        && !m_ctx.floor.hasTopic(team, request.queue))
        return ProtocolError{ErrorCode::NotFound, tr("team %1 has no queue \"%2\"").arg(teamName, request.queue)};
    const qint64 until = request.until > 0 ? request.until : now();
    if (until <= request.since || until - request.since > kLongestKpiReportMs)
        return ProtocolError{ErrorCode::BadFrame, tr("kpi.report: the period must end after it starts and last at most 366 days")};

    constexpr qint64 kHour = 3600LL * 1000;
    PreparedKpis prepared;
    KpiReportOk& reply = prepared.report;
    reply.teamId = team;
    reply.teamName = teamName;
    reply.since = request.since;
    reply.until = until;
    reply.conversionWindowHours = m_ctx.config.conversionWindowHours;
    reply.fcrWindowHours = m_ctx.config.fcrWindowHours;
    reply.queue = request.queue;
    // The budget is per shop day: every calendar day the period touches counts, however long the
    // day (23 or 25 hours when the clocks change).
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(request.since, m_ctx.config.shopTimeZone).date();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(until - 1, m_ctx.config.shopTimeZone).date();
    reply.couponBudgetCents = m_ctx.coupons.teamBudget(team) * (firstDay.daysTo(lastDay) + 1);
    prepared.query = KpiQuery{team, request.queue, request.since, until, m_ctx.config.conversionWindowHours * kHour,
                              m_ctx.config.fcrWindowHours * kHour};
    return prepared;
}

Outcome SupervisorService::kpis(const Identity& who, const KpiReport& request)
{
    auto prepared = prepareKpis(who, request);
    if (auto* error = std::get_if<ProtocolError>(&prepared))
        return *error;
    PreparedKpis& kpis = std::get<PreparedKpis>(prepared);
    readKpis(m_ctx.floor, kpis.query, kpis.report);
    return std::move(kpis.report);
}

} // namespace agentdesk::server
