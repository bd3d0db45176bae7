#pragma once

#include <QHash>
#include <QStyledItemDelegate>

namespace agentdesk::app {
class ImageCache;
}

namespace agentdesk::ui {

// Paints chat bubbles: the customer's on the left, the agent's on the right with their delivery
// state (sending, or failed with a retry), system events centred, and a date line where the day
// changes. Heights depend on the wrapped text at the view's current width and on attached
// images, shown in the bubble under the text once they have arrived.
class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setViewWidth(int width) { m_viewWidth = width; }
    void setImages(app::ImageCache* images) { m_images = images; }
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The rectangle of the "retry" hint of a failed message, for clicks.
    QRect retryRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    // Where the message's image is drawn (null when it has none), for clicks that open it.
    QRect imageRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;

private:
    struct Layout {
        QRect dayLine;
        QRect bubble;
        QRect text;
        QRect image;
        QRect meta;
        int height = 0;
    };
    Layout layout(const QStyleOptionViewItem& option, const QModelIndex& index, const QRect& rect) const;

    // The picture as shown in the bubble, and its size, which layout() needs without decoding.
    QPixmap imageOf(const QModelIndex& index) const;
    QSize imageSizeOf(const QModelIndex& index) const;

    int m_viewWidth = 600;
    app::ImageCache* m_images = nullptr;
    mutable QHash<QString, QSize> m_imageSizes;  // by image id, once decoded
};

} // namespace agentdesk::ui
