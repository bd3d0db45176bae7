#pragma once

#include <QStyledItemDelegate>

namespace agentdesk::ui {

// One reply in the library list: title with its marks (favourite, script, A/B, personal, uses)
// and the first line of its body, painted with no widget per row.
class ReplyDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int kRowHeight = 50;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace agentdesk::ui
