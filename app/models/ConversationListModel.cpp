#include "models/ConversationListModel.h"

#include <QDateTime>

namespace agentdesk::app {

using protocol::ConversationInfo;

ConversationListModel::ConversationListModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_now(QDateTime::currentMSecsSinceEpoch())
{
}

int ConversationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const ConversationInfo& c = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case CustomerNameRole: return c.customerName;
    case Qt::ToolTipRole: return c.lastMessagePreview;
    case IdRole: return c.id;
    case CustomerTierRole: return int(c.customerTier);
    case ChannelRole: return int(c.channel);
    case TopicRole: return c.topic;
    case StatusRole: return int(c.status);
    case PreviewRole: return c.lastMessagePreview;
    case LastMessageAtRole: return c.lastMessageAt;
    case WaitingSinceRole: return c.waitingSince;
    case UnreadRole: return m_unread.value(c.id);
    case SlaStateRole:
        return int(c.status == ConversationStatus::Closed ? SlaPolicy::State::NotWaiting : m_sla.state(c.waitingSince, m_now));
    case AgentIdRole: return c.agentId;
    default: return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {{IdRole, "conversationId"}, {CustomerNameRole, "customerName"}, {CustomerTierRole, "customerTier"},
            {ChannelRole, "channel"},   {TopicRole, "topic"},               {StatusRole, "status"},
            {PreviewRole, "preview"},   {LastMessageAtRole, "lastMessageAt"}, {WaitingSinceRole, "waitingSince"},
            {UnreadRole, "unread"},     {SlaStateRole, "slaState"},           {AgentIdRole, "agentId"}};
}

void ConversationListModel::reset(std::vector<ConversationInfo> conversations)
{
    beginResetModel();
    m_rows = std::move(conversations);
    m_rowById.clear();
    m_rowById.reserve(qsizetype(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].id, int(i));
    endResetModel();
}

int ConversationListModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

const ConversationInfo* ConversationListModel::find(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows[size_t(row)];
}

void ConversationListModel::upsert(const ConversationInfo& c)
{
    // Rows keep their place here; the order by activity is the filter model's (a change is one
    // re-sorted row there, not a move of thousands here).
    const int row = rowOf(c.id);
    if (row < 0) {
        const int end = int(m_rows.size());
        beginInsertRows({}, end, end);
        m_rows.push_back(c);
        m_rowById.insert(c.id, end);
        endInsertRows();
        return;
    }
    m_rows[size_t(row)] = c;
    emit dataChanged(index(row), index(row));
}

void ConversationListModel::addUnread(qint64 conversationId)
{
    ++m_unread[conversationId];
    const int row = rowOf(conversationId);
    if (row >= 0)
        emit dataChanged(index(row), index(row), {UnreadRole});
}

void ConversationListModel::markRead(qint64 conversationId)
{
    if (m_unread.remove(conversationId) == 0)
        return;
    const int row = rowOf(conversationId);
    if (row >= 0)
        emit dataChanged(index(row), index(row), {UnreadRole});
}

void ConversationListModel::tick(qint64 now)
{
    m_now = now;
    if (!m_rows.empty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {SlaStateRole, WaitingSinceRole});
}

} // namespace agentdesk::app
