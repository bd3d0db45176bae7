#include "sql/Rows.h"

#include "sql/NativeStatement.h"
#include "sql/SqlExec.h"

#ifdef AGENTDESK_SQLITE_API
#include <sqlite3.h>
#endif

namespace agentdesk::sql {

Rows::Rows(std::shared_ptr<KeptStatement> kept)
    : m_kept(std::move(kept))
{
}

Rows::Rows(QSqlQuery&& own)
    : m_own(std::move(own))
{
}

Rows::Rows(std::shared_ptr<NativeStatement> native, bool onFirstRow)
    : m_native(std::move(native))
    , m_rowWaiting(onFirstRow)
{
    m_native->lent = true;
}

Rows::Rows(Rows&& other) noexcept
    : m_kept(std::move(other.m_kept))
    , m_own(std::move(other.m_own))
    , m_native(std::move(other.m_native))
    , m_rowWaiting(std::exchange(other.m_rowWaiting, false))
{
}

Rows& Rows::operator=(Rows&& other) noexcept
{
    if (this != &other) {
        giveBack();
        m_kept = std::move(other.m_kept);
        m_own = std::move(other.m_own);
        m_native = std::move(other.m_native);
        m_rowWaiting = std::exchange(other.m_rowWaiting, false);
    }
    return *this;
}

Rows::~Rows()
{
    giveBack();
}

bool Rows::next()
{
    if (!m_native)
        return query().next();
#ifdef AGENTDESK_SQLITE_API
    if (m_rowWaiting) {
        m_rowWaiting = false;
        m_native->onRow = true;
        return true;
    }
    if (!m_native->onRow)
        return false;  // done, or a statement without rows
    const int rc = sqlite3_step(m_native->statement);
    if (rc == SQLITE_ROW)
        return true;
    m_native->onRow = false;
    if (rc != SQLITE_DONE)
        throw SqlError(sqlite3_errmsg(m_native->db));
#endif
    return false;
}

QVariant Rows::value(int column) const
{
    if (!m_native)
        return query().value(column);
#ifdef AGENTDESK_SQLITE_API
    sqlite3_stmt* s = m_native->statement;
    if (!m_native->onRow || column < 0 || column >= sqlite3_column_count(s))
        return {};
    switch (sqlite3_column_type(s, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(s, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(s, column));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, column)),
                                          sqlite3_column_bytes(s, column)));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(s, column)), sqlite3_column_bytes(s, column)));
    default:
        return {};
    }
#else
    return {};
#endif
}

QVariant Rows::lastInsertId() const
{
    if (!m_native)
        return query().lastInsertId();
#ifdef AGENTDESK_SQLITE_API
    return QVariant(qlonglong(sqlite3_last_insert_rowid(m_native->db)));
#else
    return {};
#endif
}

int Rows::numRowsAffected() const
{
    if (!m_native)
        return query().numRowsAffected();
#ifdef AGENTDESK_SQLITE_API
    return sqlite3_changes(m_native->db);
#else
    return 0;
#endif
}

void Rows::giveBack()
{
    if (m_native) {
#ifdef AGENTDESK_SQLITE_API
        sqlite3_reset(m_native->statement);
#endif
        m_native->onRow = false;
        m_native->lent = false;
        m_native.reset();
        m_rowWaiting = false;
        return;
    }
    if (!m_kept)
        return;
    if (m_kept->query.isActive() && m_kept->query.isSelect())
        m_kept->query.finish();
    m_kept->lent = false;
    m_kept.reset();
}

} // namespace agentdesk::sql
