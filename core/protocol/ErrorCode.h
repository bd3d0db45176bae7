#pragma once

#include <QString>

namespace agentdesk::protocol {

// Stable error codes of the wire protocol (docs/PROTOCOL.md, "Errors"). Append only.
enum class ErrorCode {
    BadJson,              // not a JSON object
    BadFrame,             // a field is missing, of the wrong type or out of range
    UnknownType,          // the "type" is not a frame this endpoint knows
    FrameTooLarge,        // above the size limit
    Unauthenticated,      // a request before sign-in
    AuthFailed,           // wrong user name, password, token or channel key
    Forbidden,            // the principal's role or ownership does not allow it
    NotFound,             // the conversation, customer... does not exist or is not visible
    IdempotencyConflict,  // the same key was used with a different request
    RateLimited,          // too many frames per second
    InvalidState,         // e.g. a message to a closed conversation
    Unsupported,          // protocol version or a binary frame
    Internal,             // the server failed; the request may be retried with the same key
};

QString errorCodeName(ErrorCode code);
bool errorCodeFromName(const QString& name, ErrorCode* out);

struct ProtocolError {
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

} // namespace agentdesk::protocol
