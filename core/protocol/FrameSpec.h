#pragma once

#include "protocol/Frames.h"

#include <QStringView>

#include <span>

namespace agentdesk::protocol {

enum class FrameKind { Request, Reply, Event, Error };

// Which endpoint a frame travels on: /v1/staff for agents, leads, trainers and admins,
// /v1/customer for the customer channel.
enum Endpoint : unsigned { StaffEndpoint = 1, CustomerEndpoint = 2, AnyEndpoint = 3 };

// Who may send a request: bits of the sender's standing on the connection.
enum SenderBits : unsigned {
    SignedOut = 1,
    CustomerSender = 2,
    AgentSender = 4,
    LeadSender = 8,
    TrainerSender = 16,
    AdminSender = 32,
    StaffSenders = AgentSender | LeadSender | TrainerSender | AdminSender,
    SignedInSenders = CustomerSender | StaffSenders,
    ServerSender = 0,  // replies and events: the server alone
};

struct FrameSpec {
    FrameType type;
    const char* name;  // the wire "type"
    FrameKind kind;
    unsigned endpoints;
    unsigned senders;
    bool mutating;  // carries an idempotency key "key"
    FrameType reply;
    const char* summary;
};

// The WebSocket close code of a session that ended because its token stopped working: signed
// out (auth.logout, here or elsewhere), revoked by an administrator, or expired. A client must
// not sign in again by itself with a password it kept.
inline constexpr int kCloseSessionEnded = 4001;

std::span<const FrameSpec> frameSpecs();
const FrameSpec& specOf(FrameType type);
const FrameSpec* specByName(QStringView name);
unsigned senderBitFor(Role role);

} // namespace agentdesk::protocol
