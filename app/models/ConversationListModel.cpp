#include "models/ConversationListModel.h"

#include <QDateTime>

#include <algorithm>

namespace agentdesk::app {

using protocol::ConversationInfo;

namespace {
bool newerFirst(const ConversationInfo& a, const ConversationInfo& b)
{
    return std::tie(a.lastMessageAt, a.id) > std::tie(b.lastMessageAt, b.id);
}
} // namespace

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
    std::sort(m_rows.begin(), m_rows.end(), newerFirst);
    endResetModel();
}

int ConversationListModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

const ConversationInfo* ConversationListModel::find(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows[size_t(row)];
}

int ConversationListModel::insertionRow(const ConversationInfo& c) const
{
    return int(std::lower_bound(m_rows.begin(), m_rows.end(), c, newerFirst) - m_rows.begin());
}

void ConversationListModel::upsert(const ConversationInfo& c)
{
    const int from = rowOf(c.id);
    if (from < 0) {
        const int to = insertionRow(c);
        beginInsertRows({}, to, to);
        m_rows.insert(m_rows.begin() + to, c);
        endInsertRows();
        return;
    }
    m_rows[size_t(from)] = c;
    // Where it belongs among the others, once it has left its old place.
    auto others = m_rows;
    others.erase(others.begin() + from);
    const int to = int(std::lower_bound(others.begin(), others.end(), c, newerFirst) - others.begin());
    if (to != from) {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_rows = std::move(others);
        m_rows.insert(m_rows.begin() + to, c);
        endMoveRows();
    }
    emit dataChanged(index(to), index(to));
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
