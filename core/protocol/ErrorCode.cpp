#include "protocol/ErrorCode.h"

#include <array>

namespace agentdesk::protocol {
namespace {
constexpr std::array kNames{
    "bad_json", "bad_frame", "unknown_type", "frame_too_large", "unauthenticated", "auth_failed",
    "forbidden", "not_found", "idempotency_conflict", "rate_limited", "invalid_state",
    "unsupported", "internal",
};
static_assert(kNames.size() == static_cast<size_t>(ErrorCode::Internal) + 1);
} // namespace

QString errorCodeName(ErrorCode code)
{
    return QString::fromLatin1(kNames.at(static_cast<size_t>(code)));
}

bool errorCodeFromName(const QString& name, ErrorCode* out)
{
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (name == QLatin1String(kNames[i])) {
            *out = static_cast<ErrorCode>(i);
            return true;
        }
    }
    return false;
}

} // namespace agentdesk::protocol
