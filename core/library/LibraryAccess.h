#pragma once

#include "protocol/Records.h"

namespace agentdesk {

// Who may use and who may keep which reply. The server enforces it; the workspace offers only
// the edits that will be accepted.
class LibraryAccess {
public:
    // Personal replies: their owner. Team replies: the whole shop's (team 0) and one's own team's;
    // admins and trainers see every team's.
    static bool canSee(const protocol::Principal& who, const protocol::Reply& reply);
    // Personal replies: their owner. Team replies: admins; leads for their own team's.
    static bool canEdit(const protocol::Principal& who, const protocol::Reply& reply);
    // Whether `reply` may be A/B tested against `other`: the user keeps both, and the two are seen
    // by the same people (same scope, team and owner), or the test would measure nothing.
    static bool canPair(const protocol::Principal& who, const protocol::Reply& reply, const protocol::Reply& other);
};

} // namespace agentdesk
