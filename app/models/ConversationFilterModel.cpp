#include "models/ConversationFilterModel.h"

#include "models/ConversationListModel.h"

namespace agentdesk::app {

using protocol::ConversationInfo;

ConversationFilterModel::ConversationFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void ConversationFilterModel::setSourceModel(QAbstractItemModel* model)
{
    m_list = qobject_cast<const ConversationListModel*>(model);
    if (model && !m_list) {
        qWarning("ConversationFilterModel: the source must be a ConversationListModel");
        model = nullptr;
    }
    QSortFilterProxyModel::setSourceModel(model);
    sort(0, Qt::DescendingOrder);
}

bool ConversationFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const ConversationInfo& a = m_list->at(left.row());
    const ConversationInfo& b = m_list->at(right.row());
    if (a.lastMessageAt != b.lastMessageAt)
        return a.lastMessageAt < b.lastMessageAt;
    return a.id < b.id;
}

void ConversationFilterModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

void ConversationFilterModel::setSearch(const QString& text)
{
    const QString search = text.trimmed();
    if (search == m_search)
        return;
    m_search = search;
    invalidateFilter();
}

void ConversationFilterModel::setOwner(qint64 agentId)
{
    if (agentId == m_owner)
        return;
    m_owner = agentId;
    invalidateFilter();
}

void ConversationFilterModel::setPinned(qint64 conversationId)
{
    if (conversationId == m_pinned)
        return;
    m_pinned = conversationId;
    invalidateFilter();
}

bool ConversationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    Q_UNUSED(sourceParent);  // a list
    const ConversationInfo& c = m_list->at(sourceRow);
    if (m_pinned != 0 && c.id == m_pinned)
        return true;
    if (m_owner != 0 && c.agentId != m_owner)
        return false;
    const bool closed = c.status == ConversationStatus::Closed;
    switch (m_filter) {
    case Filter::Mine:
        if (closed)
            return false;
        break;
    case Filter::Waiting:
        if (closed || c.waitingSince == 0)
            return false;
        break;
    case Filter::Closed:
        if (!closed)
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    return c.customerName.contains(m_search, Qt::CaseInsensitive) || c.lastMessagePreview.contains(m_search, Qt::CaseInsensitive);
}

} // namespace agentdesk::app
