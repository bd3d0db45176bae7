#pragma once

#include "sql/Rows.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <span>

struct sqlite3;

namespace agentdesk::sql {

// Statements of a Qt Sql SQLite connection run through SQLite's own API, on the connection Qt
// opened (so in its transactions). Qt Sql's binding costs more than SQLite's work for a short
// statement: every value goes through a QVariant, a generated placeholder name and a hash (a
// sixth of the server's time per message). Kept by their text and lent like StatementCache's;
// errors thrown as SqlError with SQLite's message.
class SqliteStatements {
public:
    // For an open QSQLITE connection whose driver uses the same SQLite library as this program
    // (a driver with a SQLite of its own would get another library's calls on its handle); else
    // null with the reason in *why.
    static std::unique_ptr<SqliteStatements> attach(const QSqlDatabase& db, QString* why);
    ~SqliteStatements();
    SqliteStatements(const SqliteStatements&) = delete;
    SqliteStatements& operator=(const SqliteStatements&) = delete;

    Rows exec(const QString& sql, std::span<const QVariant> bindings);
    // Before the connection closes; Rows still out keep their statement until they go.
    void clear() { m_statements.clear(); }
    int size() const { return int(m_statements.size()); }
    // The pages this connection has written to its log (or file) since the last call: what a
    // transaction costs the disk, whatever its rows (SQLITE_DBSTATUS_CACHE_WRITE, read and reset).
    qint64 takePagesWritten();

private:
    explicit SqliteStatements(sqlite3* db);
    std::shared_ptr<NativeStatement> prepare(const QString& sql);

    sqlite3* m_db;
    QHash<QString, std::shared_ptr<NativeStatement>> m_statements;
};

} // namespace agentdesk::sql
