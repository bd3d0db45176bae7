#include "policy/SupervisorAccess.h"

namespace agentdesk {

bool SupervisorAccess::supervises(const protocol::Principal& who)
{
    return who.kind == PrincipalKind::Staff && (who.role == Role::Lead || who.role == Role::Admin);
}

qint64 SupervisorAccess::teamFor(const protocol::Principal& who, qint64 teamId)
{
    if (!supervises(who))
        return 0;
    const qint64 team = teamId > 0 ? teamId : who.teamId;
    if (who.role == Role::Admin)
        return team;
    return team == who.teamId ? team : 0;
}

bool SupervisorAccess::canSupervise(const protocol::Principal& who, qint64 teamId)
{
    return teamId > 0 && teamFor(who, teamId) == teamId;
}

} // namespace agentdesk
