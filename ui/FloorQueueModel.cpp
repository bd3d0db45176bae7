#include "FloorQueueModel.h"

#include "UiText.h"
#include "policy/SlaPolicy.h"
#include "supervisor/FloorFigures.h"

#include <QBrush>

namespace agentdesk::ui {

using protocol::ConversationInfo;

FloorQueueModel::FloorQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FloorQueueModel::setFloor(const protocol::FloorSnapshot& floor, qint64 now)
{
    beginResetModel();
    m_rows = floor.conversations;
    m_slaMs = floor.slaMs;
    m_now = now;
    endResetModel();
}

void FloorQueueModel::tick(qint64 now)
{
    m_now = now;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::BackgroundRole, SlaStateRole});
}

int FloorQueueModel::rowOf(qint64 conversationId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == conversationId)
            return int(i);
    }
    return -1;
}

int FloorQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FloorQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FloorQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ConversationInfo& c = m_rows[size_t(index.row())];
    const qint64 since = FloorFigures::waitingSince(c);
    const auto sla = SlaPolicy(m_slaMs).state(since, m_now);
    switch (role) {
    case ConversationIdRole: return c.id;
    case StatusRole: return int(c.status);
    case AgentIdRole: return c.agentId;
    case SlaStateRole: return int(sla);
    case QueueRole: return c.topic;
    case Qt::BackgroundRole:
        if (sla == SlaPolicy::State::Breached)
            return QBrush(QColor(0xfd, 0xe2, 0xe2));
        if (sla == SlaPolicy::State::Near)
            return QBrush(QColor(0xfe, 0xf3, 0xc7));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == WaitColumn && sla == SlaPolicy::State::Breached)
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        if (index.column() == TierColumn)
            return QBrush(UiText::tierColor(c.customerTier));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == WaitColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        return c.lastMessagePreview;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case CustomerColumn: return c.customerName;
        case TierColumn: return UiText::tier(c.customerTier);
        case ChannelColumn: return UiText::channel(c.channel);
        case QueueColumn: return UiText::topic(c.topic);
        case LastMessageColumn: return c.lastMessagePreview;
        case AgentColumn: return c.status == ConversationStatus::Waiting ? tr("In the queue") : c.agentName;
        case WaitColumn: return since > 0 ? UiText::clock(m_now - since) : QString();
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant FloorQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CustomerColumn: return tr("Customer");
    case TierColumn: return tr("Tier");
    case ChannelColumn: return tr("Channel");
    case QueueColumn: return tr("Queue");
    case LastMessageColumn: return tr("Last message");
    case AgentColumn: return tr("Agent");
    case WaitColumn: return tr("Waiting");
    case ColumnCount: break;
    }
    return {};
}

} // namespace agentdesk::ui
