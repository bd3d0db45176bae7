#pragma once

#include <QString>

namespace agentdesk::server {

// Salted PBKDF2-HMAC-SHA256, stored as "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64), so that
// the iteration count can grow without invalidating stored hashes.
class PasswordHash {
public:
    static constexpr int kIterations = 100000;

    static QString make(const QString& password, int iterations = kIterations);
    static bool verify(const QString& password, const QString& stored);
};

} // namespace agentdesk::server
