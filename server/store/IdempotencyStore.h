#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace agentdesk::server {

class Database;

// Results of mutating requests by (principal, key), stored in the transaction of the effect:
// a retry with the same key returns the stored reply instead of acting twice.
class IdempotencyStore {
public:
    struct Entry {
        QByteArray fingerprint;
        QByteArray reply;  // the encoded reply frame
    };

    explicit IdempotencyStore(Database& db);

    std::optional<Entry> find(const QString& principal, const QString& key);
    void store(const QString& principal, const QString& key, const Entry& entry, qint64 now);

private:
    Database& m_db;
};

} // namespace agentdesk::server
