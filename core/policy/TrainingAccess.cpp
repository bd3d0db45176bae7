#include "policy/TrainingAccess.h"

namespace agentdesk {

using namespace protocol;

namespace {
bool isStaffWith(const Principal& p, Role role)
{
    return p.kind == PrincipalKind::Staff && p.role == role;
}
} // namespace

bool TrainingAccess::coaches(const Principal& who)
{
    return isStaffWith(who, Role::Trainer) || isStaffWith(who, Role::Admin) || isStaffWith(who, Role::Lead);
}

bool TrainingAccess::canCoach(const Principal& who, const Principal& trainee)
{
    if (!isStaffWith(trainee, Role::Agent) || trainee.id == who.id)
        return false;
    if (isStaffWith(who, Role::Trainer) || isStaffWith(who, Role::Admin))
        return true;
    return isStaffWith(who, Role::Lead) && who.teamId > 0 && who.teamId == trainee.teamId;
}

bool TrainingAccess::canSeeResultsOf(const Principal& who, const Principal& trainee)
{
    return (who.kind == PrincipalKind::Staff && trainee.kind == PrincipalKind::Staff && who.id == trainee.id)
        || canCoach(who, trainee);
}

} // namespace agentdesk
