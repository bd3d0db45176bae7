#pragma once

#include "protocol/Records.h"

namespace agentdesk {

// Who may do what with a conversation. The server enforces it; the workspace uses the same
// rules to offer only the actions that will be accepted.
class ConversationAccess {
public:
    // Customers their own; agents and trainers what is assigned to them; leads also their team's;
    // admins everything.
    static bool canRead(const protocol::Principal& who, const protocol::ConversationInfo& conversation);
    // Write to the customer: the customer, or the assigned agent, while it is open; also a lead
    // or admin who joined it beside its agent (`joined`, conversation.join).
    static bool canReply(const protocol::Principal& who, const protocol::ConversationInfo& conversation, bool joined = false);
    // Join a conversation beside its agent: a lead of its team or an admin, while it is open and
    // not already theirs.
    static bool canJoin(const protocol::Principal& who, const protocol::ConversationInfo& conversation);
    // Close or transfer: staff who can read it (not trainers), while it is open.
    static bool canManage(const protocol::Principal& who, const protocol::ConversationInfo& conversation);
    // The customer's profile and orders: only the agent serving the conversation.
    static bool canSeeCustomer(const protocol::Principal& who, const protocol::ConversationInfo& conversation);
};

} // namespace agentdesk
