#include "FloorAgentModel.h"

#include "UiText.h"

#include <QBrush>

namespace agentdesk::ui {

using protocol::FloorAgent;

FloorAgentModel::FloorAgentModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FloorAgentModel::setAgents(const std::vector<FloorAgent>& agents)
{
    beginResetModel();
    m_rows = agents;
    endResetModel();
}

const FloorAgent* FloorAgentModel::agent(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows[size_t(row)];
}

int FloorAgentModel::rowOf(qint64 agentId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == agentId)
            return int(i);
    }
    return -1;
}

int FloorAgentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FloorAgentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FloorAgentModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const FloorAgent& a = m_rows[size_t(index.row())];
    const bool offline = a.status == PresenceStatus::Offline;
    const bool full = !offline && a.load >= a.capacity;
    switch (role) {
    case AgentIdRole: return a.id;
    case Qt::ForegroundRole:
        if (offline)
            return QBrush(QColor(0x9c, 0xa3, 0xaf));
        if (index.column() == LoadColumn && full)
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= LoadColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn: return a.role == agentdesk::Role::Lead ? tr("%1 (lead)").arg(a.name) : a.name;
        case StatusColumn: return UiText::presence(a.status);
        case LoadColumn: return tr("%1 / %2").arg(a.load).arg(a.capacity);
        case HandledColumn: return a.handledToday;
        case FirstResponseColumn: return a.respondedToday > 0 ? UiText::clock(a.firstResponseMsToday) : QStringLiteral("–");
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant FloorAgentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Agent");
    case StatusColumn: return tr("Status");
    case LoadColumn: return tr("Load");
    case HandledColumn: return tr("Handled today");
    case FirstResponseColumn: return tr("First response");
    case ColumnCount: break;
    }
    return {};
}

} // namespace agentdesk::ui
