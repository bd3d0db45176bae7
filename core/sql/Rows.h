#pragma once

#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace agentdesk::sql {

// A statement kept by a StatementCache, lent to one reader at a time.
struct KeptStatement {
    QSqlQuery query;
    bool lent = false;
};

// A statement run through SQLite's own API (SqliteStatements), lent the same way.
struct NativeStatement;

// The result of a statement run through a StatementCache or SqliteStatements: its rows, read
// one after the other. A kept statement goes back to its cache (finished, so that no read holds
// a snapshot of the database open) when its Rows go; one prepared just for this run is dropped.
class Rows {
public:
    explicit Rows(std::shared_ptr<KeptStatement> kept);
    explicit Rows(QSqlQuery&& own);
    // `onFirstRow`: the statement's first step found a row, which next() then moves to.
    Rows(std::shared_ptr<NativeStatement> native, bool onFirstRow);
    Rows(Rows&& other) noexcept;
    Rows& operator=(Rows&& other) noexcept;
    Rows(const Rows&) = delete;
    Rows& operator=(const Rows&) = delete;
    ~Rows();

    // The next row; false after the last. Throws SqlError when SQLite fails while reading.
    bool next();
    QVariant value(int column) const;
    QVariant lastInsertId() const;
    int numRowsAffected() const;

private:
    QSqlQuery& query() { return m_kept ? m_kept->query : m_own; }
    const QSqlQuery& query() const { return m_kept ? m_kept->query : m_own; }
    void giveBack();

    std::shared_ptr<KeptStatement> m_kept;
    QSqlQuery m_own;
    std::shared_ptr<NativeStatement> m_native;
    bool m_rowWaiting = false;  // native: the first row, found by the first step
};

} // namespace agentdesk::sql
