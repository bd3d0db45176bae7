#include "models/MessageListModel.h"

#include <QDateTime>

#include <algorithm>

namespace agentdesk::app {

MessageListModel::MessageListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int MessageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return row.message.text;
    case SenderRole: return int(row.message.sender);
    case SenderNameRole: return row.message.senderName;
    case AtRole: return row.message.at;
    case DeliveryRole: return int(row.delivery);
    case ErrorRole: return row.error;
    case KeyRole: return row.message.key;
    case EventRole: return row.message.event;
    case EventArgsRole: return QStringList(row.message.args.begin(), row.message.args.end());
    case ImageRole: return row.message.image;
    case IdRole: return row.message.id;
    case NewDayRole: {
        if (index.row() == 0)
            return true;
        const auto day = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).date(); };
        return day(m_rows[size_t(index.row() - 1)].message.at) != day(row.message.at);
    }
    default: return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return {{TextRole, "text"}, {SenderRole, "sender"}, {SenderNameRole, "senderName"}, {AtRole, "at"},
            {DeliveryRole, "delivery"}, {ErrorRole, "error"}, {KeyRole, "key"}, {NewDayRole, "newDay"}, {IdRole, "id"},
            {EventRole, "event"}, {EventArgsRole, "eventArgs"},
            {ImageRole, "image"}};
}

void MessageListModel::load(qint64 conversationId, std::vector<protocol::ChatMessage> stored,
                            const std::vector<LocalCache::OutboxItem>& outbox, const QString& ownName)
{
    beginResetModel();
    m_conversationId = conversationId;
    m_rows.clear();
    m_rows.reserve(stored.size() + outbox.size());
    for (auto& m : stored)
        m_rows.push_back({std::move(m), Delivery::Sent, {}});
    for (const LocalCache::OutboxItem& item : outbox) {
        if (item.conversationId != conversationId || item.kind == LocalCache::OutboxKind::Close)
            continue;
        protocol::ChatMessage pending;
        pending.conversationId = conversationId;
        pending.sender = item.kind == LocalCache::OutboxKind::Note ? Sender::Note : Sender::Agent;
        pending.senderName = ownName;
        pending.text = item.text;
        pending.at = item.createdAt;
        pending.key = item.key;
        pending.image = item.image;
        m_rows.push_back({std::move(pending),
                          item.state == LocalCache::OutboxState::Failed ? Delivery::Failed : Delivery::Sending, item.error});
    }
    endResetModel();
}

int MessageListModel::rowOf(qint64 messageId) const
{
    if (messageId == 0)
        return -1;
    const auto found = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row& row) { return row.message.id == messageId; });
    return found == m_rows.end() ? -1 : int(found - m_rows.begin());
}

void MessageListModel::imageArrived(const QString& imageId)
{
    const bool shown = std::any_of(m_rows.begin(), m_rows.end(), [&](const Row& row) { return row.message.image == imageId; });
    if (!shown)
        return;
    // Heights change with the picture: views lay out again on a layout change, not on dataChanged.
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

} // namespace agentdesk::app
