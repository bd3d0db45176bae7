#include "store/DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace agentdesk::server {
namespace {
// The libpq options a URL may carry; others are refused rather than silently ignored.
const QStringList kPostgresOptions{
    QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"), QStringLiteral("sslkey"),
    QStringLiteral("connect_timeout"), QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
};
constexpr int kDefaultConnectTimeoutSeconds = 10;
} // namespace

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString& text, QString* error)
{
    DatabaseLocation location;
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (text.trimmed().isEmpty()) {
        *error = QStringLiteral("no database given");
        return std::nullopt;
    }
    if (schemeEnd < 0) {
        location.m_path = text;
        return location;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = text.left(schemeEnd).toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        *error = QStringLiteral("\"%1://\" is not a database this server can use: give a SQLite file or a postgresql:// URL")
                     .arg(scheme);
        return std::nullopt;
    }
    if (!url.isValid() || url.host().isEmpty()) {
        *error = QStringLiteral("the PostgreSQL URL is not valid: expected postgresql://user:password@host:port/database");
        return std::nullopt;
    }
    location.m_kind = Kind::Postgres;
    location.m_host = url.host();
    location.m_port = url.port(5432);
    location.m_user = url.userName(QUrl::FullyDecoded);
    location.m_password = url.password(QUrl::FullyDecoded);
    location.m_database = url.path(QUrl::FullyDecoded).mid(1);
    if (location.m_database.isEmpty() || location.m_database.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("the PostgreSQL URL names no database: expected postgresql://user:password@host:port/database");
        return std::nullopt;
    }
    QStringList options;
    bool timeoutGiven = false;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!kPostgresOptions.contains(key)) {
            *error = QStringLiteral("the PostgreSQL URL has an unknown option \"%1\" (known: %2)")
                         .arg(key, kPostgresOptions.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' '))) {
            *error = QStringLiteral("the PostgreSQL URL's option \"%1\" has a value with a space or ';'").arg(key);
            return std::nullopt;
        }
        timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
        options << QStringLiteral("%1=%2").arg(key, value);
    }
    if (!timeoutGiven)
        options << QStringLiteral("connect_timeout=%1").arg(kDefaultConnectTimeoutSeconds);
    location.m_options = options.join(QLatin1Char(';'));
    return location;
}

QString DatabaseLocation::displayName() const
{
    if (m_kind == Kind::Sqlite)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_user);
    if (!m_password.isEmpty())
        url.setPassword(QStringLiteral("***"));
    url.setPath(QLatin1Char('/') + m_database);
    return url.toString();
}

QSqlDatabase DatabaseLocation::addConnection(const QString& connection, QString* error) const
{
    if (m_kind == Kind::Sqlite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (!db.isValid()) {
            *error = QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed");
            return db;
        }
        if (m_path != QLatin1String(":memory:"))
            QFileInfo(m_path).absoluteDir().mkpath(QStringLiteral("."));
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    if (!db.isValid()) {
        *error = QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)");
        return db;
    }
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setPassword(m_password);
    db.setDatabaseName(m_database);
    db.setConnectOptions(m_options);
    return db;
}

} // namespace agentdesk::server
