#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace agentdesk::test {

// A connection of the test's own to a server's database (a SQLite file or a postgresql:// URL,
// as given to --db): to look at what was stored, or to change the shop's data behind the
// server's back as an admin's tool would.
class DatabasePeek {
public:
    explicit DatabasePeek(const QString& location);
    ~DatabasePeek();
    DatabasePeek(const DatabasePeek&) = delete;
    DatabasePeek& operator=(const DatabasePeek&) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QString error() const { return m_error; }
    bool exec(const QString& sql);
    // The first column of the first row as a number; -1 when the query fails or has no row.
    qint64 scalar(const QString& sql);
    QString text(const QString& sql);
    // Every row of the result, each as its columns' values; empty when the query fails.
    QList<QVariantList> rows(const QString& sql);
    QStringList tables() const { return m_db.tables(); }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace agentdesk::test
