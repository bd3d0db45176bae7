#include "store/Database.h"

#include "sql/SqlExec.h"
#include "store/Migrations.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcDb, "agentdesk.server.db")

namespace agentdesk::server {
namespace {
QAtomicInteger<int> g_connectionCounter;
}

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
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Database::open(const QString& location, Durability durability)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!m_db.isValid()) {
        m_error = QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed");
        return false;
    }
    if (location != QLatin1String(":memory:"))
        QFileInfo(location).absoluteDir().mkpath(QStringLiteral("."));
    m_db.setDatabaseName(location);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        m_error = QStringLiteral("cannot open the database %1: %2").arg(location, m_db.lastError().text());
        return false;
    }
    try {
        // A file that is not SQLite fails here, before anything is written to it.
        exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        const char* sync = durability == Durability::Full ? "FULL" : durability == Durability::Normal ? "NORMAL" : "OFF";
        exec(QStringLiteral("PRAGMA synchronous=%1").arg(QLatin1String(sync)));
        if (!migrate())
            return false;
    } catch (const DatabaseError& e) {
        m_error = QStringLiteral("cannot use the database %1: %2").arg(location, QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

QSqlQuery Database::exec(const QString& sql, std::initializer_list<QVariant> bindings)
{
    return sql::exec(m_db, sql, bindings);
}

QSqlQuery Database::exec(const QString& sql, const QVariantList& bindings)
{
    return sql::exec(m_db, sql, bindings);
}

QVariant Database::scalar(const QString& sql, std::initializer_list<QVariant> bindings)
{
    return sql::scalar(m_db, sql, bindings);
}

void Database::beginWrite()
{
    exec(QStringLiteral("BEGIN IMMEDIATE"));
}

void Database::commit()
{
    exec(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    exec(QStringLiteral("ROLLBACK"));
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) && query.next())
        return query.value(0).toInt();
    return 0;
}

bool Database::migrate()
{
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"));
    const int current = schemaVersion();
    const auto steps = migrations();
    if (current > int(steps.size())) {
        m_error = QStringLiteral("the database has schema version %1, newer than this server (%2)")
                      .arg(current).arg(steps.size());
        return false;
    }
    for (int version = current + 1; version <= int(steps.size()); ++version) {
        WriteTransaction tx(*this);
        for (const QString& statement : steps[size_t(version - 1)])
            exec(statement);
        exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
             {version, QDateTime::currentMSecsSinceEpoch()});
        tx.commit();
        qCInfo(lcDb) << "migrated the schema to version" << version;
    }
    return true;
}

} // namespace agentdesk::server
