#pragma once

#include "protocol/Records.h"

#include <optional>
#include <vector>

namespace agentdesk::server {

class Database;

// Training's tables: the scenarios coaches set trainees and the attempts trainees submitted.
class TrainingStore {
public:
    explicit TrainingStore(Database& db);

    // Every agent of the shop, by name, with their progress (whom a coach sees is TrainingAccess's).
    std::vector<protocol::Trainee> trainees();

    // A scenario the trainee has already gets the new note, coach and time: its attempts count again.
    void assign(qint64 traineeId, qint64 coachId, const QString& scenarioId, const QString& note, qint64 at);
    std::optional<protocol::TrainingAssignment> assignment(qint64 id);
    void unassign(qint64 id);
    std::vector<protocol::TrainingAssignment> assignments(qint64 traineeId);

    // The stored result of the same attempt (trainee, scenario and start), if any.
    std::optional<protocol::TrainingResult> findResult(qint64 traineeId, const QString& scenarioId, qint64 startedAt);
    protocol::TrainingResult insertResult(const protocol::TrainingResult& result, const QString& attempt);
    // Newest first; an empty scenarioId: every scenario.
    std::vector<protocol::TrainingResult> results(qint64 traineeId, const QString& scenarioId, qint64 beforeId, int limit,
                                                  bool* more);
    // The result with the attempt as submitted.
    std::optional<std::pair<protocol::TrainingResult, QString>> result(qint64 id);

private:
    std::vector<protocol::TrainingAssignment> assignmentsWhere(const QString& condition, qint64 value);

    Database& m_db;
};

} // namespace agentdesk::server
