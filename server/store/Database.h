#pragma once

#include "sql/SqlExec.h"
#include "sql/StatementCache.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <utility>
#include <vector>
#include <initializer_list>
#include <span>

namespace agentdesk::server {

class WalCheckpointer;
}

namespace agentdesk::sql {
class SqliteStatements;
}

namespace agentdesk::server {

// One Qt Sql connection of the server's thread, with its dialect (SQLite or PostgreSQL), settings
// and migrations. Queries go through prepare()/exec() so that every failure is logged with the
// statement and reported, never ignored. The SQL is written once for both dialects.
class Database {
public:
    enum class Durability { Full, Normal, Off };
    enum class Dialect { Sqlite, Postgres };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating a SQLite file if needed) and migrates. `location` is a SQLite path or a
    // postgresql:// URL (see DatabaseLocation). False with errorString() on failure.
    bool open(const QString& location, Durability durability);
    // A second connection to a database another one has opened (and migrated), for reads on
    // another thread: no settings that change the file, no migrations, no checkpoints; SQLite
    // refuses writes on it. False for an in-memory SQLite database, which a second connection
    // would not see.
    bool openForReading(const QString& location);
    void close();
    bool isOpen() const { return m_db.isValid() && m_db.isOpen(); }
    QString errorString() const { return m_error; }
    int schemaVersion() const;
    Dialect dialect() const { return m_dialect; }
    // After rows were inserted with explicit ids: PostgreSQL's id sequences continue after the
    // highest id (SQLite does so by itself).
    void resyncIdSequences();

    // See sql::exec: throws DatabaseError on failure. Statements with values are prepared once
    // and kept (sql::StatementCache).
    sql::Rows exec(const QString& sql, std::initializer_list<QVariant> bindings = {});
    sql::Rows exec(const QString& sql, const QVariantList& bindings);
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString& sql, std::initializer_list<QVariant> bindings = {});

    // A write transaction that takes the write lock at once, so that a read-then-write cannot
    // fail half-way and two writers (threads, processes, server instances) never interleave:
    // BEGIN IMMEDIATE on SQLite, a transaction-scoped advisory lock on PostgreSQL.
    void beginWrite();
    // A read-only transaction: one snapshot of the database for several statements (REPEATABLE
    // READ on PostgreSQL). Ended by commit() or rollback().
    void beginRead();
    void commit();
    void rollback();
    // Within a write transaction: one part of it that can be undone alone (group commit). One
    // level deep.
    void savepoint();
    void releaseSavepoint();
    void rollbackToSavepoint();
    bool inTransaction() const { return m_inTransaction; }
    // Run inside every write transaction just before it commits, in the order added: EventLog
    // stores the transaction's events in a few statements; Cluster NOTIFYs the other instances,
    // so that they hear of the commit in commit order, and only if it commits.
    void addBeforeCommit(const void* owner, std::function<void()> hook);
    void removeBeforeCommit(const void* owner);
    // SQLite's log checkpoints, run on a thread of their own; null on PostgreSQL, for an
    // in-memory database, or if the second connection could not be opened (SQLite then
    // checkpoints in the commits, as by default).
    const WalCheckpointer* checkpointer() const { return m_checkpointer.get(); }
    // What the writes have cost, for /metrics: write transactions committed, and (SQLite through
    // its own API only, else -1) the pages written to the log, which is what a row costs the disk
    // beyond its bytes: every page a transaction touches is written whole.
    qint64 commits() const { return m_commits; }
    qint64 logPagesWritten();

private:
    bool connect(const QString& location);
    bool migrate();
    QString inDialect(const QString& statement) const;
    sql::Rows run(const QString& sql, std::span<const QVariant> bindings);
    sql::Rows runOnce(const QString& sql, std::span<const QVariant> bindings);
    bool reconnectIfLost();
    void startCheckpointer(const QString& synchronous);
    void checkpointBetweenTransactions();

    QString m_connection;
    Dialect m_dialect = Dialect::Sqlite;
    QSqlDatabase m_db;
    QString m_error;
    QString m_displayName;  // of the location, for messages
    std::vector<std::pair<const void*, std::function<void()>>> m_beforeCommit;
    QStringList m_sessionSettings;  // run again on a new connection
    bool m_inTransaction = false;
    bool m_writing = false;  // the open transaction is a write transaction
    qint64 m_commits = 0;
    qint64 m_logPages = 0;
    sql::StatementCache m_statements;
    // SQLite's own API for a SQLite connection when Qt's driver shares its library; else null.
    std::unique_ptr<sql::SqliteStatements> m_sqlite;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

using DatabaseError = sql::SqlError;

// Rolls back unless committed: every mutating request runs inside one.
class WriteTransaction {
public:
    explicit WriteTransaction(Database& db) : m_db(db) { m_db.beginWrite(); }
    ~WriteTransaction()
    {
        if (!m_done) {
            try {
                m_db.rollback();
            } catch (const DatabaseError&) {
            }
        }
    }
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace agentdesk::server
