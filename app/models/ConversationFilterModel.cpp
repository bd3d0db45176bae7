#include "models/ConversationFilterModel.h"

#include "models/ConversationListModel.h"

namespace agentdesk::app {

ConversationFilterModel::ConversationFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void ConversationFilterModel::setSourceModel(QAbstractItemModel* model)
{
    QSortFilterProxyModel::setSourceModel(model);
    sort(0, Qt::DescendingOrder);
}

bool ConversationFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const qint64 a = left.data(ConversationListModel::LastMessageAtRole).toLongLong();
    const qint64 b = right.data(ConversationListModel::LastMessageAtRole).toLongLong();
    if (a != b)
        return a < b;
    return left.data(ConversationListModel::IdRole).toLongLong() < right.data(ConversationListModel::IdRole).toLongLong();
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
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_pinned != 0 && index.data(ConversationListModel::IdRole).toLongLong() == m_pinned)
        return true;
    if (m_owner != 0 && index.data(ConversationListModel::AgentIdRole).toLongLong() != m_owner)
        return false;
    const bool closed = index.data(ConversationListModel::StatusRole).toInt() == int(ConversationStatus::Closed);
    switch (m_filter) {
    case Filter::Mine:
        if (closed)
            return false;
        break;
    case Filter::Waiting:
        if (closed || index.data(ConversationListModel::WaitingSinceRole).toLongLong() == 0)
            return false;
        break;
    case Filter::Closed:
        if (!closed)
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    return index.data(ConversationListModel::CustomerNameRole).toString().contains(m_search, Qt::CaseInsensitive)
        || index.data(ConversationListModel::PreviewRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace agentdesk::app
