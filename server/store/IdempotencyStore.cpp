#include "store/IdempotencyStore.h"

#include "store/Database.h"

namespace agentdesk::server {

IdempotencyStore::IdempotencyStore(Database& db)
    : m_db(db)
{
}

std::optional<IdempotencyStore::Entry> IdempotencyStore::find(const QString& principal, const QString& key)
{
    sql::Rows q = m_db.exec(QStringLiteral("SELECT fingerprint, reply FROM idempotency_keys WHERE principal = ? AND idem_key = ?"),
                            {principal, key});
    if (!q.next())
        return std::nullopt;
    return Entry{q.value(0).toString().toLatin1(), q.value(1).toString().toUtf8()};
}

void IdempotencyStore::store(const QString& principal, const QString& key, const Entry& entry, qint64 now)
{
    m_db.exec(QStringLiteral("INSERT INTO idempotency_keys (principal, idem_key, fingerprint, reply, created_at)"
                             " VALUES (?, ?, ?, ?, ?)"),
              {principal, key, QString::fromLatin1(entry.fingerprint), QString::fromUtf8(entry.reply), now});
}

} // namespace agentdesk::server
