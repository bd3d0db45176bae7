#include "sql/Rows.h"

namespace agentdesk::sql {

Rows::Rows(std::shared_ptr<KeptStatement> kept)
    : m_kept(std::move(kept))
{
}

Rows::Rows(QSqlQuery&& own)
    : m_own(std::move(own))
{
}

Rows::Rows(Rows&& other) noexcept
    : m_kept(std::move(other.m_kept))
    , m_own(std::move(other.m_own))
{
}

Rows& Rows::operator=(Rows&& other) noexcept
{
    if (this != &other) {
        giveBack();
        m_kept = std::move(other.m_kept);
        m_own = std::move(other.m_own);
    }
    return *this;
}

Rows::~Rows()
{
    giveBack();
}

void Rows::giveBack()
{
    if (!m_kept)
        return;
    if (m_kept->query.isActive() && m_kept->query.isSelect())
        m_kept->query.finish();
    m_kept->lent = false;
    m_kept.reset();
}

} // namespace agentdesk::sql
