#include "store/TrainingStore.h"

#include "store/Database.h"

#include <limits>

namespace agentdesk::server {

using namespace protocol;

namespace {

const QString kResultColumns = QStringLiteral(
    "r.id, r.trainee_id, u.display_name, r.scenario_id, r.title, r.language, r.started_at, r.ended_at, r.submitted_at,"
    " r.total, r.outcome, r.rating");

TrainingResult resultOf(const sql::Rows& q)
{
    TrainingResult r;
    r.id = q.value(0).toLongLong();
    r.traineeId = q.value(1).toLongLong();
    r.traineeName = q.value(2).toString();
    r.scenarioId = q.value(3).toString();
    r.title = q.value(4).toString();
    r.language = q.value(5).toString();
    r.startedAt = q.value(6).toLongLong();
    r.endedAt = q.value(7).toLongLong();
    r.submittedAt = q.value(8).toLongLong();
    r.total = q.value(9).toInt();
    r.outcome = q.value(10).toString();
    r.rating = q.value(11).toInt();
    return r;
}

} // namespace

TrainingStore::TrainingStore(Database& db)
    : m_db(db)
{
}

std::vector<Trainee> TrainingStore::trainees()
{
    sql::Rows q = m_db.exec(
        QStringLiteral("SELECT u.id, u.display_name, COALESCE(u.team_id, 0), COALESCE(t.name, ''),"
                       " (SELECT COUNT(*) FROM training_assignments a WHERE a.trainee_id = u.id),"
                       " (SELECT COUNT(*) FROM training_results r WHERE r.trainee_id = u.id),"
                       " (SELECT ROUND(AVG(r.total)) FROM training_results r WHERE r.trainee_id = u.id),"
                       " (SELECT MAX(r.ended_at) FROM training_results r WHERE r.trainee_id = u.id)"
                       " FROM users u LEFT JOIN teams t ON t.id = u.team_id"
                       " WHERE u.role = 'agent' ORDER BY u.display_name, u.id"));
    std::vector<Trainee> out;
    while (q.next()) {
        Trainee t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.teamId = q.value(2).toLongLong();
        t.teamName = q.value(3).toString();
        t.assigned = q.value(4).toInt();
        t.results = q.value(5).toInt();
        t.averageScore = q.value(6).isNull() ? -1 : q.value(6).toInt();
        t.lastResultAt = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
        out.push_back(t);
    }
    return out;
}

void TrainingStore::assign(qint64 traineeId, qint64 coachId, const QString& scenarioId, const QString& note, qint64 at)
{
    m_db.exec(QStringLiteral("INSERT INTO training_assignments (trainee_id, coach_id, scenario_id, note, assigned_at)"
                             " VALUES (?, ?, ?, ?, ?) ON CONFLICT (trainee_id, scenario_id) DO UPDATE SET"
                             " coach_id = excluded.coach_id, note = excluded.note, assigned_at = excluded.assigned_at"),
              {traineeId, coachId, scenarioId, note, at});
}

std::vector<TrainingAssignment> TrainingStore::assignmentsWhere(const QString& condition, qint64 value)
{
    // Attempts count from the assignment: what the trainee did for it, not before.
    sql::Rows q = m_db.exec(
        QStringLiteral("SELECT a.id, a.trainee_id, tu.display_name, a.coach_id, cu.display_name, a.scenario_id, a.note,"
                       " a.assigned_at,"
                       " (SELECT COUNT(*) FROM training_results r WHERE r.trainee_id = a.trainee_id"
                       "  AND r.scenario_id = a.scenario_id AND r.ended_at >= a.assigned_at),"
                       " (SELECT MAX(r.total) FROM training_results r WHERE r.trainee_id = a.trainee_id"
                       "  AND r.scenario_id = a.scenario_id AND r.ended_at >= a.assigned_at)"
                       " FROM training_assignments a JOIN users tu ON tu.id = a.trainee_id JOIN users cu ON cu.id = a.coach_id"
                       " WHERE %1 ORDER BY a.assigned_at, a.id").arg(condition),
        {value});
    std::vector<TrainingAssignment> out;
    while (q.next()) {
        TrainingAssignment a;
        a.id = q.value(0).toLongLong();
        a.traineeId = q.value(1).toLongLong();
        a.traineeName = q.value(2).toString();
        a.coachId = q.value(3).toLongLong();
        a.coachName = q.value(4).toString();
        a.scenarioId = q.value(5).toString();
        a.note = q.value(6).toString();
        a.assignedAt = q.value(7).toLongLong();
        a.attempts = q.value(8).toInt();
        a.bestScore = q.value(9).isNull() ? -1 : q.value(9).toInt();
        out.push_back(a);
    }
    return out;
}

std::optional<TrainingAssignment> TrainingStore::assignment(qint64 id)
{
    auto found = assignmentsWhere(QStringLiteral("a.id = ?"), id);
    if (found.empty())
        return std::nullopt;
    return found.front();
}

void TrainingStore::unassign(qint64 id)
{
    m_db.exec(QStringLiteral("DELETE FROM training_assignments WHERE id = ?"), {id});
}

std::vector<TrainingAssignment> TrainingStore::assignments(qint64 traineeId)
{
    return assignmentsWhere(QStringLiteral("a.trainee_id = ?"), traineeId);
}

std::optional<TrainingResult> TrainingStore::findResult(qint64 traineeId, const QString& scenarioId, qint64 startedAt)
{
    sql::Rows q = m_db.exec(QStringLiteral("SELECT %1 FROM training_results r JOIN users u ON u.id = r.trainee_id"
                                           " WHERE r.trainee_id = ? AND r.scenario_id = ? AND r.started_at = ?").arg(kResultColumns),
                            {traineeId, scenarioId, startedAt});
    if (!q.next())
        return std::nullopt;
    return resultOf(q);
}

TrainingResult TrainingStore::insertResult(const TrainingResult& r, const QString& attempt)
{
    TrainingResult stored = r;
    stored.id = m_db.scalar(QStringLiteral("INSERT INTO training_results (trainee_id, scenario_id, title, language, started_at,"
                                           " ended_at, submitted_at, total, outcome, rating, attempt)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                            {r.traineeId, r.scenarioId, r.title, r.language, r.startedAt, r.endedAt, r.submittedAt, r.total,
                             r.outcome, r.rating, attempt})
                    .toLongLong();
    return stored;
}

std::vector<TrainingResult> TrainingStore::results(qint64 traineeId, const QString& scenarioId, qint64 beforeId, int limit,
                                                   bool* more)
{
    const qint64 before = beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max();
    sql::Rows q = m_db.exec(QStringLiteral("SELECT %1 FROM training_results r JOIN users u ON u.id = r.trainee_id"
                                           " WHERE r.trainee_id = ? AND (? = '' OR r.scenario_id = ?) AND r.id < ?"
                                           " ORDER BY r.id DESC LIMIT ?").arg(kResultColumns),
                            {traineeId, scenarioId, scenarioId, before, limit + 1});
    std::vector<TrainingResult> out;
    while (q.next())
        out.push_back(resultOf(q));
    *more = out.size() > size_t(limit);
    if (*more)
        out.pop_back();
    return out;
}

std::optional<std::pair<TrainingResult, QString>> TrainingStore::result(qint64 id)
{
    sql::Rows q = m_db.exec(QStringLiteral("SELECT %1, r.attempt FROM training_results r JOIN users u ON u.id = r.trainee_id"
                                           " WHERE r.id = ?").arg(kResultColumns),
                            {id});
    if (!q.next())
        return std::nullopt;
    return std::make_pair(resultOf(q), q.value(12).toString());
}

} // namespace agentdesk::server
