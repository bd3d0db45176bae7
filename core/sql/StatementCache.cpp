#include "sql/StatementCache.h"

#include "sql/SqlExec.h"

namespace agentdesk::sql {

Rows StatementCache::exec(const QSqlDatabase& db, const QString& sql, std::span<const QVariant> bindings)
{
    auto found = m_statements.constFind(sql);
    if (found == m_statements.cend())  // kept only once it prepared
        found = m_statements.insert(sql, std::make_shared<KeptStatement>(KeptStatement{prepared(db, sql), false}));
    const std::shared_ptr<KeptStatement>& kept = *found;
    if (kept->lent) {
        QSqlQuery fresh = prepared(db, sql);
        execPrepared(fresh, sql, bindings);
        return Rows(std::move(fresh));
    }
    // Lent only once it ran: a failed run throws, and the statement stays free.
    execPrepared(kept->query, sql, bindings);
    kept->lent = true;
    return Rows(kept);
}

} // namespace agentdesk::sql
