#include "sql/SqliteStatements.h"

#include "sql/NativeStatement.h"
#include "sql/SqlExec.h"

#include <QLoggingCategory>
#include <QSqlDriver>

#include <sqlite3.h>

#if defined(Q_OS_LINUX)
#include <dlfcn.h>
#include <link.h>
#include <cstring>
#include <string>
#endif

Q_LOGGING_CATEGORY(lcSqlite, "agentdesk.sql.sqlite")

namespace agentdesk::sql {

namespace {

[[noreturn]] void fail(sqlite3* db, const char* what, const QString& sql)
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    qCWarning(lcSqlite) << what << sql.left(200) << message;
    throw SqlError(message.toStdString());
}

// Whether Qt's SQLite driver plugin calls the SQLite library this program links: the plugin's
// own symbol lookup (it and its dependencies) must find this program's sqlite3_prepare_v3. A
// plugin with SQLite built in finds its own copy, or none when it hides it.
bool driverSharesOurSqlite(QString* why)
{
#if defined(Q_OS_LINUX)
    std::string plugin;
    dl_iterate_phdr(
        [](dl_phdr_info* info, size_t, void* out) {
            if (info->dlpi_name && std::strstr(info->dlpi_name, "qsqlite")) {
                *static_cast<std::string*>(out) = info->dlpi_name;
                return 1;
            }
            return 0;
        },
        &plugin);
    if (plugin.empty()) {
        *why = QStringLiteral("Qt's SQLite driver is not a plugin of its own");
        return false;
    }
    void* handle = dlopen(plugin.c_str(), RTLD_LAZY | RTLD_NOLOAD);
    if (!handle) {
        *why = QStringLiteral("cannot look into %1").arg(QString::fromStdString(plugin));
        return false;
    }
    void* theirs = dlsym(handle, "sqlite3_prepare_v3");
    dlclose(handle);
    if (theirs != reinterpret_cast<void*>(&sqlite3_prepare_v3)) {
        *why = QStringLiteral("%1 has a SQLite library of its own").arg(QString::fromStdString(plugin));
        return false;
    }
    return true;
#else
    *why = QStringLiteral("not checked on this system");
    return false;
#endif
}

void bind(sqlite3* db, sqlite3_stmt* statement, int index, const QVariant& value, const QString& sql)
{
    int rc = SQLITE_OK;
    if (value.isNull() && value.typeId() != QMetaType::QString) {
        rc = sqlite3_bind_null(statement, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Long:
        case QMetaType::Short:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(statement, index, value.toLongLong());
            break;
        case QMetaType::ULongLong:
        case QMetaType::ULong:
        case QMetaType::UShort:
            rc = sqlite3_bind_int64(statement, index, qint64(value.toULongLong()));
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(statement, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob64(statement, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            // Text, as Qt's driver binds anything else; a null string as '' (see sql::exec).
            const QString text = value.toString();
            rc = sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
            break;
        }
        }
    }
    if (rc != SQLITE_OK)
        fail(db, "binding failed:", sql);
}

} // namespace

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(statement);
}

qint64 SqliteStatements::takePagesWritten()
{
    int current = 0;
    int highwater = 0;
    if (sqlite3_db_status(m_db, SQLITE_DBSTATUS_CACHE_WRITE, &current, &highwater, 1) != SQLITE_OK)
        return 0;
    return current;
}

std::unique_ptr<SqliteStatements> SqliteStatements::attach(const QSqlDatabase& db, QString* why)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *why = QStringLiteral("not an open SQLite connection");
        return nullptr;
    }
    if (!driverSharesOurSqlite(why))
        return nullptr;
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    if (!connection) {
        *why = QStringLiteral("the connection is closed");
        return nullptr;
    }
    return std::unique_ptr<SqliteStatements>(new SqliteStatements(connection));
}

SqliteStatements::SqliteStatements(sqlite3* db)
    : m_db(db)
{
}

SqliteStatements::~SqliteStatements() = default;

std::shared_ptr<NativeStatement> SqliteStatements::prepare(const QString& sql)
{
    auto prepared = std::make_shared<NativeStatement>();
    prepared->db = m_db;
    const QByteArray text = sql.toUtf8();
    const char* tail = nullptr;
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &prepared->statement, &tail)
        != SQLITE_OK)
        fail(m_db, "prepare failed:", sql);
    // SQLite compiles the first statement and leaves the rest: refused, as Qt's driver does,
    // rather than silently not run.
    const bool more = tail && !QByteArrayView(tail, text.constData() + text.size() - tail).trimmed().isEmpty();
    if (!prepared->statement || more) {
        qCWarning(lcSqlite) << "prepare failed:" << sql.left(200) << "is not exactly one statement";
        throw SqlError("a statement must be exactly one SQL statement");
    }
    return prepared;
}

Rows SqliteStatements::exec(const QString& sql, std::span<const QVariant> bindings)
{
    auto found = m_statements.constFind(sql);
    if (found == m_statements.cend())
        found = m_statements.insert(sql, prepare(sql));  // kept only once it prepared
    const std::shared_ptr<NativeStatement>& kept = *found;
    // A nested use of a statement that is lent (its rows still being read): a fresh one.
    std::shared_ptr<NativeStatement> statement = kept->lent ? prepare(sql) : kept;
    sqlite3_stmt* s = statement->statement;
    if (int(bindings.size()) != sqlite3_bind_parameter_count(s)) {
        qCWarning(lcSqlite) << "binding failed:" << sql.left(200) << bindings.size() << "values for"
                            << sqlite3_bind_parameter_count(s) << "parameters";
        throw SqlError("the statement has another number of parameters than the values given");
    }
    for (size_t i = 0; i < bindings.size(); ++i)
        bind(m_db, s, int(i) + 1, bindings[i], sql);
    // The first step runs a write at once, as Qt's exec() does; a query's first row waits in it.
    const int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(s);
        qCWarning(lcSqlite) << "query failed:" << sql.left(200) << message;
        throw SqlError(message.toStdString());
    }
    return Rows(std::move(statement), rc == SQLITE_ROW);
}

} // namespace agentdesk::sql
