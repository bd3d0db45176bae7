#pragma once

#include "protocol/Records.h"

#include <QAbstractTableModel>

namespace agentdesk::ui {

// The agents of the watched floor: presence, load against capacity, today's work.
class FloorAgentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, LoadColumn, HandledColumn, FirstResponseColumn, ColumnCount };
    enum Role { AgentIdRole = Qt::UserRole + 1 };

    explicit FloorAgentModel(QObject* parent = nullptr);

    void setAgents(const std::vector<protocol::FloorAgent>& agents);
    const protocol::FloorAgent* agent(qint64 id) const;
    int rowOf(qint64 agentId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<protocol::FloorAgent> m_rows;
};

} // namespace agentdesk::ui
