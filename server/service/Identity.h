#pragma once

#include "protocol/FrameSpec.h"
#include "protocol/Records.h"
#include "store/EventLog.h"

namespace agentdesk::server {

// Who is signed in on a connection.
struct Identity {
    PrincipalKind kind = PrincipalKind::Staff;
    qint64 id = 0;
    QString name;
    Role role = Role::Agent;  // staff only
    qint64 teamId = 0;
    QString teamName;

    bool isStaff() const { return kind == PrincipalKind::Staff; }
    QString stream() const { return isStaff() ? EventLog::staffStream(id) : EventLog::customerStream(id); }
    unsigned senderBit() const { return isStaff() ? protocol::senderBitFor(role) : protocol::CustomerSender; }

    protocol::Principal principal() const
    {
        protocol::Principal p;
        p.kind = kind;
        p.id = id;
        p.name = name;
        if (isStaff())
            p.role = role;
        p.teamId = teamId;
        p.teamName = teamName;
        return p;
    }
};

} // namespace agentdesk::server
