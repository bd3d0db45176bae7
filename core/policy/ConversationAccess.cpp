#include "policy/ConversationAccess.h"

namespace agentdesk {

using protocol::ConversationInfo;
using protocol::Principal;

namespace {
bool isStaff(const Principal& who)
{
    return who.kind == PrincipalKind::Staff;
}
} // namespace

bool ConversationAccess::canRead(const Principal& who, const ConversationInfo& c)
{
    if (!isStaff(who))
        return c.customerId == who.id;
    switch (who.role.value_or(Role::Agent)) {
    case Role::Admin: return true;
    case Role::Lead: return c.agentId == who.id || (who.teamId != 0 && c.teamId == who.teamId);
    case Role::Agent:
    case Role::Trainer: return c.agentId == who.id;
    }
    return false;
}

bool ConversationAccess::canReply(const Principal& who, const ConversationInfo& c, bool joined)
{
    if (c.status == ConversationStatus::Closed || !canRead(who, c))
        return false;
    return !isStaff(who) || c.agentId == who.id || (joined && canJoin(who, c));
}

bool ConversationAccess::canJoin(const Principal& who, const ConversationInfo& c)
{
    const bool supervisor = who.role == Role::Admin || (who.role == Role::Lead && who.teamId != 0 && c.teamId == who.teamId);
    return isStaff(who) && supervisor && c.status != ConversationStatus::Closed && c.agentId != who.id;
}

bool ConversationAccess::canManage(const Principal& who, const ConversationInfo& c)
{
    return isStaff(who) && who.role != Role::Trainer && c.status != ConversationStatus::Closed && canRead(who, c);
}

bool ConversationAccess::canSeeCustomer(const Principal& who, const ConversationInfo& c)
{
    return isStaff(who) && c.agentId == who.id;
}

} // namespace agentdesk
