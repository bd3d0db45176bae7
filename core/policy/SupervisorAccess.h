#pragma once

#include "protocol/Records.h"

namespace agentdesk {

// What a lead or an admin may do on the floor: a lead acts within their own team, an admin on
// every team; agents and trainers on none. The server checks every floor request by it; the
// client offers only what it allows.
class SupervisorAccess {
public:
    static bool supervises(const protocol::Principal& who);
    // The team a request for `teamId` (0: one's own) is about, or 0 when it is not theirs.
    static qint64 teamFor(const protocol::Principal& who, qint64 teamId);
    // Watch the floor of `teamId`, read its conversations, direct its members.
    static bool canSupervise(const protocol::Principal& who, qint64 teamId);
};

} // namespace agentdesk
