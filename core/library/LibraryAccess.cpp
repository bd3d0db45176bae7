#include "library/LibraryAccess.h"

namespace agentdesk {

using namespace protocol;

bool LibraryAccess::canSee(const Principal& who, const Reply& reply)
{
    if (who.kind != PrincipalKind::Staff || !who.role)
        return false;
    if (reply.scope == ReplyScope::Personal)
        return reply.ownerId == who.id;
    if (*who.role == Role::Admin || *who.role == Role::Trainer)
        return true;
    return reply.teamId == 0 || reply.teamId == who.teamId;
}

bool LibraryAccess::canEdit(const Principal& who, const Reply& reply)
{
    if (who.kind != PrincipalKind::Staff || !who.role)
        return false;
    if (reply.scope == ReplyScope::Personal)
        return reply.ownerId == who.id;
    if (*who.role == Role::Admin)
        return true;
    return *who.role == Role::Lead && who.teamId != 0 && reply.teamId == who.teamId;
}

bool LibraryAccess::canPair(const Principal& who, const Reply& reply, const Reply& other)
{
    return reply.id != other.id && reply.scope == other.scope && reply.teamId == other.teamId
        && reply.ownerId == other.ownerId && canEdit(who, other);
}

} // namespace agentdesk
