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

QSqlQuery run(const QSqlDatabase& db, const QString& sql, std::span<const QVariant> bindings)
{
    // Without values nothing needs preparing, and PostgreSQL cannot prepare BEGIN, SET or DDL.
    if (bindings.empty()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(sql))
            fail(query, "query failed:", sql);
        return query;
    }
    QSqlQuery query = prepared(db, sql);
    execPrepared(query, sql, bindings);
    return query;
}
} // namespace

QSqlQuery prepared(const QSqlDatabase& db, const QString& sql)
{
    // Rows are read once, in order: Qt's drivers then keep no copy of the rows read.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(query, "prepare failed:", sql);
    return query;
}

void execPrepared(QSqlQuery& query, const QString& sql, std::span<const QVariant> bindings)
{
    for (size_t i = 0; i < bindings.size(); ++i) {
        const QVariant& value = bindings[i];
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
        else
            query.bindValue(int(i), value);
    }
    if (!query.exec())
        fail(query, "query failed:", sql);
}

QSqlQuery exec(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> bindings)
{
    return run(db, sql, std::span<const QVariant>(bindings.begin(), bindings.size()));
}

QSqlQuery exec(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings)
{
    return run(db, sql, std::span<const QVariant>(bindings.constData(), size_t(bindings.size())));
}

QString placeholderRow(int columns)
{
    QString row = QStringLiteral("(?");
    for (int c = 1; c < columns; ++c)
        row += QLatin1String(", ?");
    return row + QLatin1Char(')');
}

QString repeatedRows(const QString& row, size_t count)
{
    QString all;
    all.reserve(qsizetype(count) * (row.size() + 2));
    for (size_t r = 0; r < count; ++r) {
        if (r > 0)
            all += QLatin1String(", ");
        all += row;
    }
    return all;
}

QString placeholderRows(int columns, size_t rows)
{
    return repeatedRows(placeholderRow(columns), rows);
}

QVariant scalar(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> bindings)
{
    QSqlQuery query = exec(db, sql, bindings);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace agentdesk::sql
