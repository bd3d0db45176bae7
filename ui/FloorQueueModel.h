#pragma once

#include "protocol/Records.h"

#include <QAbstractTableModel>

namespace agentdesk::ui {

// The open conversations of the watched floor as a table: the queue first, in the order routing
// serves it, then those assigned. Waiting times tick with tick(); rows past the SLA are red,
// those close to it amber.
class FloorQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CustomerColumn, TierColumn, ChannelColumn, QueueColumn, LastMessageColumn, AgentColumn, WaitColumn, ColumnCount };
    enum Role { ConversationIdRole = Qt::UserRole + 1, StatusRole, AgentIdRole, SlaStateRole, QueueRole };

    explicit FloorQueueModel(QObject* parent = nullptr);

    void setFloor(const protocol::FloorSnapshot& floor, qint64 now);
    void tick(qint64 now);
    int rowOf(qint64 conversationId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<protocol::ConversationInfo> m_rows;
    qint64 m_slaMs = 0;
    qint64 m_now = 0;
};

} // namespace agentdesk::ui
