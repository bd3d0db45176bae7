#pragma once

#include "i18n/ServerText.h"
#include "protocol/FrameCodec.h"
#include "service/Outcome.h"

namespace agentdesk::server {

struct ServerContext;
struct Identity;
class Session;

// Checks a decoded request against the protocol table (endpoint, sender's role), runs it, and
// answers. Mutating requests run in one write transaction with their idempotency record, and
// their events are published only after it commits.
class RequestDispatcher {
    AGENTDESK_SERVER_TEXTS(RequestDispatcher)

public:
    explicit RequestDispatcher(ServerContext& context);

    void dispatch(Session& session, const protocol::Frame& frame);

private:
    bool admit(Session& session, const protocol::Frame& frame);
    void signIn(Session& session, const protocol::Frame& frame);
    void signOut(Session& session, const protocol::Frame& frame);
    void sync(Session& session, const protocol::Frame& frame);
    // Requests that subscribe the session to a hub topic.
    void watchFloor(Session& session, const protocol::Frame& frame);
    void monitor(Session& session, const protocol::Frame& frame);
    void mutate(Session& session, const protocol::Frame& frame);
    Outcome perform(const Identity& who, const protocol::Frame& frame);
    void answer(Session& session, const protocol::Frame& request, const Outcome& outcome);

    ServerContext& m_ctx;
};

} // namespace agentdesk::server
