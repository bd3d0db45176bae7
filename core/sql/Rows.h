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

// The result of a statement run through a StatementCache: its rows, read as from a QSqlQuery.
// A kept statement goes back to the cache (finished, so that no read holds a snapshot of the
// database open) when its Rows go; one prepared just for this run is simply dropped.
class Rows {
public:
    explicit Rows(std::shared_ptr<KeptStatement> kept);
    explicit Rows(QSqlQuery&& own);
    Rows(Rows&& other) noexcept;
    Rows& operator=(Rows&& other) noexcept;
    Rows(const Rows&) = delete;
    Rows& operator=(const Rows&) = delete;
    ~Rows();

    bool next() { return query().next(); }
    QVariant value(int column) const { return query().value(column); }
    QVariant lastInsertId() const { return query().lastInsertId(); }
    int numRowsAffected() const { return query().numRowsAffected(); }
    // For the row readers that take a query (conversationFrom and the like).
    operator const QSqlQuery&() const { return query(); }

    QSqlQuery& query() { return m_kept ? m_kept->query : m_own; }
    const QSqlQuery& query() const { return m_kept ? m_kept->query : m_own; }

private:
    void giveBack();

    std::shared_ptr<KeptStatement> m_kept;
    QSqlQuery m_own;
};

} // namespace agentdesk::sql
