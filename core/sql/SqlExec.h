#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <span>
#include <stdexcept>

namespace agentdesk::sql {

class SqlError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Prepares and runs one statement with positional bindings; a failure is logged with the
// statement (never the values) and thrown, so that no error is silently ignored. A null QString
// binds as '' : SQL NULL is written as QVariant() on purpose only.
QSqlQuery exec(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> bindings = {});
// The same, for a statement whose conditions (and so bindings) are put together at run time.
QSqlQuery exec(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings);
// A query prepared for the statement; throws SqlError when it cannot be.
QSqlQuery prepared(const QSqlDatabase& db, const QString& sql);
// Binds the values in order to a prepared query (replacing earlier ones) and runs it; the same
// rules and errors as exec.
void execPrepared(QSqlQuery& query, const QString& sql, std::span<const QVariant> bindings);
// Rows per multi-row statement (several rows inserted, read or updated at once): few statements
// for a group of messages, and a bounded number of statement texts in a statement cache (one
// per row count up to this).
inline constexpr size_t kRowsPerStatement = 64;
// "(?, ?)": one row of `columns` placeholders.
QString placeholderRow(int columns);
// "row, row, ...": `count` times the row, for a multi-row statement (INSERT ... VALUES, or a
// VALUES list that a query joins).
QString repeatedRows(const QString& row, size_t count);
// "(?, ?), (?, ?), ...": `rows` rows of `columns` placeholders.
QString placeholderRows(int columns, size_t rows);
// The first column of the first row, or an invalid QVariant.
QVariant scalar(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> bindings = {});

} // namespace agentdesk::sql
