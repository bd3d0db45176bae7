#pragma once

#include "protocol/Frames.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;

namespace agentdesk::ui {

// The customer beside the chat: profile (name, tier, tags, lifetime value, segment, notes) and
// order history; an order opens to its lines and its delivery state.
class CustomerPanel : public QWidget {
    Q_OBJECT
public:
    explicit CustomerPanel(QWidget* parent = nullptr);

    void show(const std::optional<protocol::CustomerProfileOk>& profile, bool conversationOpen);

private:
    QLabel* m_name;
    QLabel* m_details;
    QLabel* m_tags;
    QLabel* m_notes;
    QLabel* m_ordersTitle;
    QTreeWidget* m_orders;
};

} // namespace agentdesk::ui
