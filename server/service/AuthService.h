#pragma once

#include "auth/SignInThrottle.h"
#include "i18n/ServerText.h"
#include "protocol/FrameSpec.h"
#include "service/Identity.h"
#include "service/Outcome.h"

#include <optional>

namespace agentdesk::server {

struct ServerContext;

// Sign-in of staff (user name and password, or a token) and of customers (through the channel
// key of the customer endpoint). Each success issues a token for reconnects.
class AuthService {
    AGENTDESK_SERVER_TEXTS(AuthService)

public:
    explicit AuthService(ServerContext& context);

    struct Result {
        std::optional<Identity> identity;
        Outcome outcome;  // AuthOk or an error
    };

    // peerAddress: where the connection comes from, for the limit on failed sign-ins.
    Result login(const protocol::AuthLogin& request, const QString& peerAddress);
    Result resume(const protocol::AuthToken& request, protocol::Endpoint endpoint);
    Result customerSignin(const protocol::CustomerSignin& request, const QString& peerAddress);
    // Revokes every token of the principal; how many there were.
    int logout(const Identity& who);

private:
    std::optional<Identity> staffIdentity(qint64 userId);
    Result success(const Identity& identity, QString token);
    static std::optional<protocol::ProtocolError> checkVersion(int protocol);

    std::optional<protocol::ProtocolError> throttled(const QString& peerAddress, const QString& name, qint64 at) const;

    ServerContext& m_ctx;
    SignInThrottle m_throttle;
};

} // namespace agentdesk::server
