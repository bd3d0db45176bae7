#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace agentdesk::server {

// Where the server's data lives, as given to --db: a SQLite file path, or a PostgreSQL URL
// (postgresql://user:password@host:port/database?sslmode=require). A URL without a password leaves
// it to libpq: PGPASSWORD or ~/.pgpass, so that no secret needs to be on a command line.
class DatabaseLocation {
public:
    enum class Kind { Sqlite, Postgres };

    // Nullopt with *error for a URL that cannot be used (another scheme, no database name, an
    // unknown connection option); anything that is not a URL is a SQLite path.
    static std::optional<DatabaseLocation> parse(const QString& text, QString* error);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }
    // For logs and the start-up banner: the password replaced by "***".
    QString displayName() const;
    // A new connection named `connection`, set up but not opened; false with *error when the
    // Qt driver for it is missing.
    QSqlDatabase addConnection(const QString& connection, QString* error) const;

private:
    Kind m_kind = Kind::Sqlite;
    QString m_path;          // SQLite
    QString m_host;          // PostgreSQL, from here on
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_database;
    QString m_options;       // libpq keyword=value pairs joined by ';' for QPSQL
};

} // namespace agentdesk::server
