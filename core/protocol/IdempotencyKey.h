#pragma once

#include <QString>
#include <QUuid>

namespace agentdesk::protocol {

// A fresh client-made idempotency key for a mutating request (36 characters of the allowed set).
inline QString newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace agentdesk::protocol
