#include "sql/SqlExec.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSql, "agentdesk.sql")

namespace agentdesk::sql {

namespace {
[[noreturn]] void fail(const QSqlQuery& query, const char* what, const QString& sql)
{
    qCWarning(lcSql) << what << sql.left(200) << query.lastError().text();
    throw SqlError(query.lastError().text().toStdString());
}

template <class Values>
QSqlQuery run(const QSqlDatabase& db, const QString& sql, const Values& bindings)
{
    QSqlQuery query(db);
    // Without values nothing needs preparing, and PostgreSQL cannot prepare BEGIN, SET or DDL.
    if (std::size(bindings) == 0) {
        if (!query.exec(sql))
            fail(query, "query failed:", sql);
        return query;
    }
    if (!query.prepare(sql))
        fail(query, "prepare failed:", sql);
    for (const QVariant& value : bindings) {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        fail(query, "query failed:", sql);
    return query;
}
} // namespace

QSqlQuery exec(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> bindings)
{
    return run(db, sql, bindings);
}

QSqlQuery exec(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings)
{
    return run(db, sql, bindings);
}

QVariant scalar(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> bindings)
{
    QSqlQuery query = exec(db, sql, bindings);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace agentdesk::sql
