#pragma once

#include <QStyledItemDelegate>

namespace agentdesk::ui {

// Paints one conversation of the list: avatar in the tier's colour, name and tier badge, time,
// last message, unread count, and the customer's wait in amber near and red past the SLA.
// Rows have one fixed height so that the list can use uniform item sizes with 10,000 rows.
class ConversationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int kRowHeight = 68;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace agentdesk::ui
