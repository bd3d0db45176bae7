#pragma once

#include "protocol/ErrorCode.h"
#include "protocol/Frames.h"

#include <variant>

namespace agentdesk::server {

// What a request handler returns: the reply payload, or an error for the client.
using Outcome = std::variant<protocol::Payload, protocol::ProtocolError>;

inline Outcome failWith(protocol::ErrorCode code, QString message)
{
    return protocol::ProtocolError{code, std::move(message)};
}

} // namespace agentdesk::server
