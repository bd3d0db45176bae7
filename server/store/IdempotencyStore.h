#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

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
    using Key = std::pair<QString, QString>;  // principal, key

    explicit IdempotencyStore(Database& db);

    std::optional<Entry> find(const QString& principal, const QString& key);
    void store(const QString& principal, const QString& key, const Entry& entry, qint64 now);

    // A group of requests written in one transaction (RequestDispatcher::writeGroup): their keys
    // are looked up in a few statements first, and the entries stored in a few at the end,
    // instead of a read and an insert for each request. Until then find() answers from what was
    // read and stored in the batch.
    void beginBatch(const std::vector<Key>& keys);
    // Stores the batch's entries, inside its transaction.
    void finishBatch();
    // The transaction rolls back: the batch is forgotten.
    void abandonBatch() { m_batch.reset(); }

    // Deletes up to `limit` of the oldest keys stored before `before` (ms since the epoch), in the
    // open write transaction; how many went.
    int pruneBefore(qint64 before, int limit);

private:
    struct Stored {
        Key key;
        Entry entry;
        qint64 at = 0;
    };
    struct Batch {
        QHash<Key, std::optional<Entry>> known;  // every key asked for: its entry, or none
        std::vector<Stored> stored;              // in the order stored
    };

    Database& m_db;
    std::optional<Batch> m_batch;
};

} // namespace agentdesk::server
