#include "store/Database.h"

#include "sql/SqlExec.h"
#ifdef AGENTDESK_SQLITE_API
#include "sql/SqliteStatements.h"
#endif
#include "store/DatabaseLocation.h"
#include "store/Migrations.h"
#include "store/WalCheckpointer.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcDb, "agentdesk.server.db")

namespace agentdesk::server {
namespace {
QAtomicInteger<int> g_connectionCounter;
// The key of PostgreSQL's advisory lock that every write transaction of every instance takes.
constexpr qint64 kWriteLockKey = 0x41676e7444736b; // "AgntDsk"
constexpr qint64 kJournalSizeLimit = 64 * 1024 * 1024;
constexpr qint64 kCacheKiB = 32 * 1024;
} // namespace

Database::Database()
    : m_connection(QStringLiteral("agentdesk-server-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    // Its connection goes first: the last one to close copies the rest of the log itself.
    m_checkpointer.reset();
    m_statements.clear();
    m_sqlite.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Database::connect(const QString& location)
{
    const auto where = DatabaseLocation::parse(location, &m_error);
    if (!where)
        return false;
    m_dialect = where->isPostgres() ? Dialect::Postgres : Dialect::Sqlite;
    m_displayName = where->displayName();
    m_db = where->addConnection(m_connection, &m_error);
    if (!m_db.isValid())
        return false;
    if (!m_db.open()) {
        m_error = QStringLiteral("cannot open the database %1: %2").arg(where->displayName(), m_db.lastError().text().trimmed());
        return false;
    }
#ifdef AGENTDESK_SQLITE_API
    if (m_dialect == Dialect::Sqlite) {
        QString why;
        m_sqlite = sql::SqliteStatements::attach(m_db, &why);
        if (!m_sqlite)
            qCInfo(lcDb) << "statements go through Qt Sql, not SQLite's own API:" << why;
    }
#endif
    return true;
}

bool Database::openForReading(const QString& location)
{
    if (location == QLatin1String(":memory:")) {
        m_error = QStringLiteral("an in-memory database has no second connection");
        return false;
    }
    if (!connect(location))
        return false;
    try {
        if (m_dialect == Dialect::Sqlite) {
            exec(QStringLiteral("PRAGMA query_only=1"));
            // A KPI report reads a month of conversations with their orders, grouped and sorted:
            // with SQLite's default 2 MB cache and temporary files it took a third longer here
            // than on the server's connection (bench_floor).
            exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
            exec(QStringLiteral("PRAGMA cache_size=%1").arg(-kCacheKiB));
        } else {
            m_sessionSettings = {QStringLiteral("SET client_min_messages = warning")};
            for (const QString& setting : std::as_const(m_sessionSettings))
                exec(setting);
        }
    } catch (const DatabaseError& e) {
        m_error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

bool Database::open(const QString& location, Durability durability)
{
    if (!connect(location))
        return false;
    try {
        if (m_dialect == Dialect::Sqlite) {
            // A file that is not SQLite fails here, before anything is written to it.
            const bool wal = scalar(QStringLiteral("PRAGMA journal_mode=WAL")).toString() == QLatin1String("wal");
            exec(QStringLiteral("PRAGMA foreign_keys=ON"));
            // A statement that writes many rows inside a transaction (the events of a group, its
            // keys, its conversations) keeps the pages it changes in a statement journal, to undo
            // itself alone. Past 64 KB SQLite spills that journal to a temporary file: over a quarter
            // of the saturated server's file writes. In memory it stays a copy.
            exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
            const QString sync = durability == Durability::Full     ? QStringLiteral("FULL")
                                 : durability == Durability::Normal ? QStringLiteral("NORMAL")
                                                                    : QStringLiteral("OFF");
            exec(QStringLiteral("PRAGMA synchronous=%1").arg(sync));
            // A group of messages touches a few pages of each of several indexes; with SQLite's
            // default 2 MB the cache filled up inside the transaction and wrote pages out early
            // (sqlite3PcacheFetchStress, 3 % of the server's time when saturated).
            exec(QStringLiteral("PRAGMA cache_size=%1").arg(-kCacheKiB));
            if (wal)
                startCheckpointer(sync);
        } else {
            // PostgreSQL's own crash safety stays; only waiting for the WAL flush is given up.
            m_sessionSettings = {
                QStringLiteral("SET synchronous_commit = %1").arg(durability == Durability::Full ? QLatin1String("on")
                                                                                                : QLatin1String("off")),
                QStringLiteral("SET client_min_messages = warning"),
            };
            for (const QString& setting : std::as_const(m_sessionSettings))
                exec(setting);
        }
        if (!migrate())
            return false;
    } catch (const DatabaseError& e) {
        m_error = QStringLiteral("cannot use the database %1: %2").arg(m_displayName, QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

void Database::startCheckpointer(const QString& synchronous)
{
    auto checkpointer = std::make_unique<WalCheckpointer>();
    QString error;
    if (!checkpointer->start(m_db.databaseName(), synchronous, &error)) {
        qCWarning(lcDb) << error << "- checkpoints stay in the commits";
        return;
    }
    m_checkpointer = std::move(checkpointer);
    exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    // The log starts again from its beginning once copied; a file grown in a burst is cut back.
    exec(QStringLiteral("PRAGMA journal_size_limit=%1").arg(kJournalSizeLimit));
}

sql::Rows Database::runOnce(const QString& sql, std::span<const QVariant> bindings)
{
#ifdef AGENTDESK_SQLITE_API
    if (m_sqlite)
        return m_sqlite->exec(sql, bindings);
#endif
    // Without values nothing needs preparing, and PostgreSQL cannot prepare BEGIN, SET or DDL.
    if (bindings.empty())
        return sql::Rows(sql::exec(m_db, sql));
    return m_statements.exec(m_db, sql, bindings);
}

sql::Rows Database::run(const QString& sql, std::span<const QVariant> bindings)
{
    try {
        return runOnce(sql, bindings);
    } catch (const DatabaseError&) {
        // A PostgreSQL connection that was lost (the server restarted, a proxy timed out) is
        // opened again, and the statement tried once more, unless a transaction was under way:
        // that one is lost, and its request fails; the next one starts on the new connection.
        if (m_dialect != Dialect::Postgres || m_inTransaction || !reconnectIfLost())
            throw;
        return runOnce(sql, bindings);
    }
}

bool Database::reconnectIfLost()
{
    QSqlQuery probe(m_db);
    if (probe.exec(QStringLiteral("SELECT 1")))
        return false;
    qCWarning(lcDb) << "the database connection was lost:" << probe.lastError().text().trimmed() << "- opening it again";
    m_statements.clear();  // prepared on the old connection
    m_db.close();
    if (!m_db.open()) {
        qCWarning(lcDb) << "cannot open the database again:" << m_db.lastError().text().trimmed();
        return false;
    }
    for (const QString& setting : std::as_const(m_sessionSettings)) {
        QSqlQuery q(m_db);
        if (!q.exec(setting))
            return false;
    }
    return true;
}

sql::Rows Database::exec(const QString& sql, std::initializer_list<QVariant> bindings)
{
    return run(sql, std::span<const QVariant>(bindings.begin(), bindings.size()));
}

sql::Rows Database::exec(const QString& sql, const QVariantList& bindings)
{
    return run(sql, std::span<const QVariant>(bindings.constData(), size_t(bindings.size())));
}

QVariant Database::scalar(const QString& sql, std::initializer_list<QVariant> bindings)
{
    sql::Rows rows = exec(sql, bindings);
    return rows.next() ? rows.value(0) : QVariant();
}

void Database::beginWrite()
{
    if (m_dialect == Dialect::Sqlite) {
        exec(QStringLiteral("BEGIN IMMEDIATE"));
        m_inTransaction = true;
        m_writing = true;
        return;
    }
    exec(QStringLiteral("BEGIN"));
    m_inTransaction = true;
    m_writing = true;
    try {
        exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLockKey));
    } catch (const DatabaseError&) {
        rollback();
        throw;
    }
}

void Database::beginRead()
{
    exec(m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    m_inTransaction = true;
}

void Database::addBeforeCommit(const void* owner, std::function<void()> hook)
{
    m_beforeCommit.emplace_back(owner, std::move(hook));
}

void Database::removeBeforeCommit(const void* owner)
{
    std::erase_if(m_beforeCommit, [owner](const auto& hook) { return hook.first == owner; });
}

void Database::commit()
{
    for (const auto& hook : m_beforeCommit)
        hook.second();
    exec(QStringLiteral("COMMIT"));
    m_inTransaction = false;
    if (std::exchange(m_writing, false))
        ++m_commits;
    if (m_checkpointer) {
        m_checkpointer->committed();
        if (m_checkpointer->wantsWriterCheckpoint())
            checkpointBetweenTransactions();
    }
}

qint64 Database::logPagesWritten()
{
#ifdef AGENTDESK_SQLITE_API
    if (m_sqlite) {
        // SQLite counts in an int; taken and added up here, it does not wrap.
        m_logPages += m_sqlite->takePagesWritten();
        return m_logPages;
    }
#endif
    return -1;
}

void Database::checkpointBetweenTransactions()
{
    // The pages committed since the helper's last checkpoint (a few milliseconds' worth);
    // with nothing left to copy, the next transaction starts the log from its beginning. A
    // PASSIVE checkpoint never waits: while the helper is copying it is busy, and tried again
    // after the next commit. The commit is done whatever happens here.
    try {
        sql::Rows r = exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        m_checkpointer->writerCheckpointed(r.next() && WalCheckpointer::copiedWhole(r.value(0), r.value(1), r.value(2)));
    } catch (const DatabaseError& e) {
        qCWarning(lcDb) << "a checkpoint after a commit failed:" << e.what();
    }
}

void Database::rollback()
{
    m_inTransaction = false;
    m_writing = false;
    exec(QStringLiteral("ROLLBACK"));
}

void Database::savepoint()
{
    exec(QStringLiteral("SAVEPOINT part"));
}

void Database::releaseSavepoint()
{
    exec(QStringLiteral("RELEASE SAVEPOINT part"));
}

void Database::rollbackToSavepoint()
{
    exec(QStringLiteral("ROLLBACK TO SAVEPOINT part"));
    exec(QStringLiteral("RELEASE SAVEPOINT part"));
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) && query.next())
        return query.value(0).toInt();
    return 0;
}

// Two instances starting at once both come here: each version is applied inside a write
// transaction that first looks whether the other one applied it meanwhile.
bool Database::migrate()
{
    {
        WriteTransaction tx(*this);
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"));
        tx.commit();
    }
    const auto steps = migrations();
    if (const int current = schemaVersion(); current > int(steps.size())) {
        m_error = QStringLiteral("the database has schema version %1, newer than this server (%2)")
                      .arg(current).arg(steps.size());
        return false;
    }
    for (int version = schemaVersion() + 1; version <= int(steps.size()); ++version) {
        WriteTransaction tx(*this);
        if (schemaVersion() >= version)
            continue;
        for (const QString& statement : steps[size_t(version - 1)])
            exec(inDialect(statement));
        exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
             {version, QDateTime::currentMSecsSinceEpoch()});
        resyncIdSequences();
        tx.commit();
        qCInfo(lcDb) << "migrated the schema to version" << version;
    }
    return true;
}

// The migrations are written for both: the one difference is that a SQLite "INTEGER PRIMARY KEY"
// numbers itself and a PostgreSQL column needs to be an identity for that.
QString Database::inDialect(const QString& statement) const
{
    if (m_dialect == Dialect::Sqlite)
        return statement;
    QString pg = statement;
    return pg.replace(QLatin1String("id INTEGER PRIMARY KEY"), QLatin1String("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
}

void Database::resyncIdSequences()
{
    if (m_dialect == Dialect::Sqlite)
        return;
    QStringList tables;
    sql::Rows q = exec(QStringLiteral("SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema()"
                                      " AND column_name = 'id' AND is_identity = 'YES'"));
    while (q.next())
        tables << q.value(0).toString();
    for (const QString& table : tables)
        exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                 .arg(table));
}

} // namespace agentdesk::server
