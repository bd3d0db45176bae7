#include "service/TrainingService.h"

#include "ServerContext.h"
#include "policy/TrainingAccess.h"
#include "sandbox/SandboxResult.h"
#include "sandbox/ScenarioLoader.h"

#include <QDateTime>

namespace agentdesk::server {

using namespace protocol;

namespace {

Principal principalOf(const StaffUser& u)
{
    Principal p;
    p.kind = PrincipalKind::Staff;
    p.id = u.id;
    p.name = u.name;
    p.role = u.role;
    p.teamId = u.teamId;
    p.teamName = u.teamName;
    return p;
}

ProtocolError noTrainee(qint64 id)
{
    return {ErrorCode::NotFound, TrainingService::tr("no trainee %1 of yours").arg(id)};
}

} // namespace

TrainingService::TrainingService(ServerContext& context)
    : m_ctx(context)
{
}

std::optional<Principal> TrainingService::visibleTrainee(const Identity& who, qint64 traineeId)
{
    const Principal me = who.principal();
    if (traineeId == 0 || traineeId == who.id)
        return me;
    const auto user = m_ctx.directory.userById(traineeId);
    if (!user || !TrainingAccess::canSeeResultsOf(me, principalOf(*user)))
        return std::nullopt;
    return principalOf(*user);
}

Outcome TrainingService::trainees(const Identity& who)
{
    const Principal me = who.principal();
    TrainingTraineesOk reply;
    for (Trainee& t : m_ctx.training.trainees()) {
        Principal trainee;
        trainee.id = t.id;
        trainee.name = t.name;
        trainee.role = Role::Agent;
        trainee.teamId = t.teamId;
        if (TrainingAccess::canCoach(me, trainee))
            reply.trainees.push_back(std::move(t));
    }
    return reply;
}

Outcome TrainingService::assign(const Identity& who, const TrainingAssign& request)
{
    const auto user = m_ctx.directory.userById(request.traineeId);
    if (!user || !TrainingAccess::canCoach(who.principal(), principalOf(*user)))
        return noTrainee(request.traineeId);
    if (request.scenarioIds.empty())
        return failWith(ErrorCode::BadFrame, tr("scenarioIds: name at least one scenario"));
    for (const QString& id : request.scenarioIds) {
        if (!sandbox::ScenarioLoader::isValidId(id))
            return failWith(ErrorCode::BadFrame, QStringLiteral("scenarioIds: \"%1\" is not a scenario's id (lower-case letters,"
                                                                " digits and dashes)").arg(id.left(64)));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString note = request.note.trimmed();
    for (const QString& id : request.scenarioIds)
        m_ctx.training.assign(user->id, who.id, id, note, now);
    return TrainingAssignOk{m_ctx.training.assignments(user->id)};
}

Outcome TrainingService::unassign(const Identity& who, const TrainingUnassign& request)
{
    const auto assignment = m_ctx.training.assignment(request.assignmentId);
    const auto user = assignment ? m_ctx.directory.userById(assignment->traineeId) : std::nullopt;
    if (!user || !TrainingAccess::canCoach(who.principal(), principalOf(*user)))
        return failWith(ErrorCode::NotFound, tr("no assignment %1 of a trainee of yours").arg(request.assignmentId));
    m_ctx.training.unassign(request.assignmentId);
    return TrainingUnassignOk{request.assignmentId};
}

Outcome TrainingService::assignments(const Identity& who, const TrainingAssignments& request)
{
    const auto trainee = visibleTrainee(who, request.traineeId);
    if (!trainee)
        return noTrainee(request.traineeId);
    return TrainingAssignmentsOk{m_ctx.training.assignments(trainee->id)};
}

Outcome TrainingService::submit(const Identity& who, const TrainingSubmit& request)
{
    QString error;
    const auto attempt = sandbox::SandboxResult::fromJson(request.attempt.toUtf8(), &error);
    if (!attempt)
        return failWith(ErrorCode::BadFrame, tr("attempt: not a sandbox result: %1").arg(error));
    if (auto stored = m_ctx.training.findResult(who.id, attempt->scenarioId, attempt->startedAt))
        return TrainingSubmitOk{*stored, true};
    TrainingResult r;
    r.traineeId = who.id;
    r.traineeName = who.name;
    r.scenarioId = attempt->scenarioId;
    r.title = attempt->title;
    r.language = attempt->language;
    r.startedAt = attempt->startedAt;
    r.endedAt = attempt->endedAt;
    r.submittedAt = QDateTime::currentMSecsSinceEpoch();
    r.total = attempt->score.total();
    r.outcome = sandbox::outcomeName(attempt->score.outcome);
    r.rating = attempt->score.rating;
    // Stored as it was read, in one layout: what a coach's replay reads back is what was checked.
    return TrainingSubmitOk{m_ctx.training.insertResult(r, QString::fromUtf8(attempt->toJson(true))), false};
}

Outcome TrainingService::results(const Identity& who, const TrainingResults& request)
{
    const auto trainee = visibleTrainee(who, request.traineeId);
    if (!trainee)
        return noTrainee(request.traineeId);
    TrainingResultsOk reply;
    reply.results = m_ctx.training.results(trainee->id, request.scenarioId, request.beforeId, request.limit, &reply.more);
    return reply;
}

Outcome TrainingService::result(const Identity& who, const TrainingResultGet& request)
{
    auto found = m_ctx.training.result(request.resultId);
    if (!found || !visibleTrainee(who, found->first.traineeId))
        return failWith(ErrorCode::NotFound, tr("no training result %1 visible to you").arg(request.resultId));
    return TrainingResultOk{std::move(found->first), std::move(found->second)};
}

} // namespace agentdesk::server
