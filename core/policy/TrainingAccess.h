#pragma once

#include "protocol/Records.h"

namespace agentdesk {

// Who coaches whom in training: trainers and admins every agent of the shop, a lead the agents
// of their own team. A coach assigns scenarios to a trainee and reads their results; everyone
// reads their own. The server checks every training request by it; the client offers only what
// it allows.
class TrainingAccess {
public:
    static bool coaches(const protocol::Principal& who);
    static bool canCoach(const protocol::Principal& who, const protocol::Principal& trainee);
    static bool canSeeResultsOf(const protocol::Principal& who, const protocol::Principal& trainee);
};

} // namespace agentdesk
