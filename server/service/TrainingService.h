#pragma once

#include "i18n/ServerText.h"
#include "service/Identity.h"
#include "service/Outcome.h"

#include <optional>

namespace agentdesk::server {

struct ServerContext;

// Training on a server: coaches set trainees sandbox scenarios and read their results; trainees
// list what is set to them and submit their finished attempts (read strictly by core's
// SandboxResult, stored once each). Who coaches whom is core's TrainingAccess.
class TrainingService {
    AGENTDESK_SERVER_TEXTS(TrainingService)

public:
    explicit TrainingService(ServerContext& context);

    Outcome trainees(const Identity& who);
    Outcome assign(const Identity& who, const protocol::TrainingAssign& request);
    Outcome unassign(const Identity& who, const protocol::TrainingUnassign& request);
    Outcome assignments(const Identity& who, const protocol::TrainingAssignments& request);
    Outcome submit(const Identity& who, const protocol::TrainingSubmit& request);
    Outcome results(const Identity& who, const protocol::TrainingResults& request);
    Outcome result(const Identity& who, const protocol::TrainingResultGet& request);

private:
    // The staff member `traineeId` names (0: oneself) when `who` may read their training.
    std::optional<protocol::Principal> visibleTrainee(const Identity& who, qint64 traineeId);

    ServerContext& m_ctx;
};

} // namespace agentdesk::server
