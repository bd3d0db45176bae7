#pragma once

#include "sql/Rows.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <span>

namespace agentdesk::sql {

// Prepared statements of one connection kept by their text: preparing (SQLite's parser, Qt's
// binding bookkeeping) costs more than running most statements, and the same few dozen run for
// every message. A kept statement is lent to one Rows at a time; while it is lent (a nested use
// of the same statement), a fresh one is prepared, as without the cache. Errors as in sql::exec.
class StatementCache {
public:
    Rows exec(const QSqlDatabase& db, const QString& sql, std::span<const QVariant> bindings);
    // Before the connection closes or is opened again; Rows still out keep their statement.
    void clear() { m_statements.clear(); }
    int size() const { return int(m_statements.size()); }

private:
    QHash<QString, std::shared_ptr<KeptStatement>> m_statements;
};

} // namespace agentdesk::sql
