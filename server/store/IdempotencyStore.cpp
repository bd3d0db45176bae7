#include "store/IdempotencyStore.h"

#include "store/Database.h"

namespace agentdesk::server {

IdempotencyStore::IdempotencyStore(Database& db)
    : m_db(db)
{
}

std::optional<IdempotencyStore::Entry> IdempotencyStore::find(const QString& principal, const QString& key)
{
    if (m_batch) {
        if (const auto known = m_batch->known.constFind(Key{principal, key}); known != m_batch->known.cend())
            return *known;
    }
    sql::Rows q = m_db.exec(QStringLiteral("SELECT fingerprint, reply FROM idempotency_keys WHERE principal = ? AND idem_key = ?"),
                            {principal, key});
    if (!q.next())
        return std::nullopt;
    return Entry{q.value(0).toString().toLatin1(), q.value(1).toString().toUtf8()};
}

void IdempotencyStore::store(const QString& principal, const QString& key, const Entry& entry, qint64 now)
{
    if (m_batch) {
        m_batch->known.insert(Key{principal, key}, entry);
        m_batch->stored.push_back(Stored{Key{principal, key}, entry, now});
        return;
    }
    m_db.exec(QStringLiteral("INSERT INTO idempotency_keys (principal, idem_key, fingerprint, reply, created_at)"
                             " VALUES (?, ?, ?, ?, ?)"),
              {principal, key, QString::fromLatin1(entry.fingerprint), QString::fromUtf8(entry.reply), now});
}

int IdempotencyStore::pruneBefore(qint64 before, int limit)
{
    return m_db.exec(QStringLiteral("DELETE FROM idempotency_keys WHERE (principal, idem_key) IN"
                                    " (SELECT principal, idem_key FROM idempotency_keys WHERE created_at < ? ORDER BY created_at LIMIT ?)"),
                     {before, limit})
        .numRowsAffected();
}

void IdempotencyStore::beginBatch(const std::vector<Key>& keys)
{
    finishBatch();
    Batch batch;
    std::vector<Key> wanted;
    for (const Key& key : keys) {
        if (!batch.known.contains(key)) {
            batch.known.insert(key, std::nullopt);
            wanted.push_back(key);
        }
    }
    // A join with the list rather than "(principal, idem_key) IN (VALUES ...)", which SQLite
    // answers with a scan of the table.
    for (size_t from = 0; from < wanted.size(); from += sql::kRowsPerStatement) {
        const size_t count = std::min(sql::kRowsPerStatement, wanted.size() - from);
        QVariantList values;
        values.reserve(qsizetype(count * 2));
        for (size_t i = from; i < from + count; ++i)
            values << wanted[i].first << wanted[i].second;
        sql::Rows q = m_db.exec(QStringLiteral("WITH wanted (principal, idem_key) AS (VALUES %1)"
                                               " SELECT k.principal, k.idem_key, k.fingerprint, k.reply FROM wanted"
                                               " JOIN idempotency_keys k ON k.principal = wanted.principal AND k.idem_key = wanted.idem_key")
                                    .arg(sql::placeholderRows(2, count)),
                                values);
        while (q.next()) {
            batch.known.insert(Key{q.value(0).toString(), q.value(1).toString()},
                               Entry{q.value(2).toString().toLatin1(), q.value(3).toString().toUtf8()});
        }
    }
    m_batch = std::move(batch);
}

void IdempotencyStore::finishBatch()
{
    if (!m_batch)
        return;
    const std::vector<Stored> stored = std::move(m_batch->stored);
    m_batch.reset();
    for (size_t from = 0; from < stored.size(); from += sql::kRowsPerStatement) {
        const size_t count = std::min(sql::kRowsPerStatement, stored.size() - from);
        QVariantList values;
        values.reserve(qsizetype(count * 5));
        for (size_t i = from; i < from + count; ++i) {
            const Stored& s = stored[i];
            values << s.key.first << s.key.second << QString::fromLatin1(s.entry.fingerprint) << QString::fromUtf8(s.entry.reply)
                   << s.at;
        }
        m_db.exec(QStringLiteral("INSERT INTO idempotency_keys (principal, idem_key, fingerprint, reply, created_at) VALUES %1")
                      .arg(sql::placeholderRows(5, count)),
                  values);
    }
}

} // namespace agentdesk::server
