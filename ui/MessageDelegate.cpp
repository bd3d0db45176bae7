#include "MessageDelegate.h"

#include "ImageFitter.h"
#include "UiText.h"
#include "media/ImageCache.h"
#include "models/MessageListModel.h"
#include "protocol/Enums.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace agentdesk::ui {

using app::MessageListModel;

namespace {
constexpr int kPadding = 10;
constexpr int kMargin = 16;
constexpr int kDayLineHeight = 30;
constexpr int kMetaHeight = 16;
const QSize kImageBounds(240, 180);
const QSize kImagePlaceholder(160, 90);
const QColor kAgentBubble(0x2f, 0x6f, 0xeb);
const QColor kCustomerBubble(0xf1, 0xf3, 0xf6);
const QColor kNoteBubble(0xff, 0xf4, 0xc2);
const QColor kNoteBorder(0xd9, 0xa4, 0x06);
const QColor kMuted(0x6b, 0x72, 0x80);
const QColor kRed(0xd6, 0x33, 0x33);

Sender senderOf(const QModelIndex& index)
{
    return Sender(index.data(MessageListModel::SenderRole).toInt());
}

// System messages are said in the user's language when their event is known.
QString shownText(const QModelIndex& index)
{
    const QString text = index.data(MessageListModel::TextRole).toString();
    if (senderOf(index) != Sender::System)
        return text;
    const QStringList args = index.data(MessageListModel::EventArgsRole).toStringList();
    return UiText::systemEvent(index.data(MessageListModel::EventRole).toString(),
                               std::vector<QString>(args.begin(), args.end()), text);
}
} // namespace

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem& option, const QModelIndex& index,
                                                const QRect& rect) const
{
    Layout l;
    int top = rect.top() + 4;
    if (index.data(MessageListModel::NewDayRole).toBool()) {
        l.dayLine = QRect(rect.left(), top, rect.width(), kDayLineHeight);
        top += kDayLineHeight;
    }
    const Sender sender = senderOf(index);
    const QString text = shownText(index);
    QFont font = option.font;
    if (sender == Sender::System)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics metrics(font);
    const int maxTextWidth = std::max(120, int(rect.width() * (sender == Sender::System ? 0.8 : 0.62)) - 2 * kPadding);
    const QRect bounds = metrics.boundingRect(QRect(0, 0, maxTextWidth, 100000), Qt::TextWordWrap, text);
    const QSize imageSize = imageSizeOf(index);
    const int imageGap = imageSize.isEmpty() ? 0 : kPadding / 2 + imageSize.height();
    const int bubbleWidth = std::max(bounds.width(), imageSize.width()) + 2 * kPadding;
    const int bubbleHeight = bounds.height() + imageGap + 2 * (sender == Sender::System ? 4 : kPadding);
    int left = rect.left() + kMargin;
    if (sender == Sender::Agent || sender == Sender::Note)
        left = rect.right() - kMargin - bubbleWidth;
    else if (sender == Sender::System)
        left = rect.left() + (rect.width() - bubbleWidth) / 2;
    l.bubble = QRect(left, top, bubbleWidth, bubbleHeight);
    l.text = l.bubble.adjusted(kPadding, sender == Sender::System ? 4 : kPadding, -kPadding, sender == Sender::System ? -4 : -kPadding);
    if (!imageSize.isEmpty()) {
        l.text.setHeight(bounds.height());
        l.image = QRect(QPoint(l.text.left(), l.text.bottom() + 1 + kPadding / 2), imageSize);
    }
    top += bubbleHeight;
    if (sender != Sender::System) {
        l.meta = QRect(rect.left() + kMargin, top + 2, rect.width() - 2 * kMargin, kMetaHeight);
        top += kMetaHeight + 2;
    }
    l.height = top + 8 - rect.top();
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return {m_viewWidth, layout(option, index, QRect(0, 0, m_viewWidth, 0)).height};
}

QRect MessageDelegate::retryRect(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return layout(option, index, option.rect).meta;
}

QRect MessageDelegate::imageRect(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return layout(option, index, option.rect).image;
}

QPixmap MessageDelegate::imageOf(const QModelIndex& index) const
{
    const QString id = index.data(MessageListModel::ImageRole).toString();
    if (id.isEmpty() || !m_images)
        return {};
    const QPixmap thumb = ImageFitter::thumbnail(id, m_images->bytes(id), kImageBounds);
    if (!thumb.isNull())
        m_imageSizes.insert(id, thumb.deviceIndependentSize().toSize());
    return thumb;
}

QSize MessageDelegate::imageSizeOf(const QModelIndex& index) const
{
    const QString id = index.data(MessageListModel::ImageRole).toString();
    if (id.isEmpty())
        return {};
    if (const auto it = m_imageSizes.constFind(id); it != m_imageSizes.cend())
        return *it;
    const QPixmap picture = imageOf(index);
    return picture.isNull() ? kImagePlaceholder : picture.deviceIndependentSize().toSize();
}

void MessageDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const Layout l = layout(option, index, option.rect);
    const Sender sender = senderOf(index);
    const qint64 at = index.data(MessageListModel::AtRole).toLongLong();
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.82);

    if (!l.dayLine.isNull()) {
        painter->setFont(small);
        painter->setPen(kMuted);
        const QDate day = QDateTime::fromMSecsSinceEpoch(at).date();
        const QString label = day == QDate::currentDate() ? tr("Today") : QLocale().toString(day, QLocale::LongFormat);
        painter->drawText(l.dayLine, Qt::AlignCenter, label);
    }

    const QString text = shownText(index);
    painter->setPen(Qt::NoPen);
    if (sender == Sender::System) {
        painter->setBrush(QColor(0xfa, 0xf6, 0xe8));
        painter->drawRoundedRect(l.bubble, 10, 10);
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.9);
        painter->setFont(font);
        painter->setPen(QColor(0x8a, 0x6d, 0x1f));
        painter->drawText(l.text, Qt::TextWordWrap | Qt::AlignCenter, text);
        painter->restore();
        return;
    }
    const bool note = sender == Sender::Note;
    const bool mine = sender == Sender::Agent || note;
    painter->setBrush(note ? kNoteBubble : mine ? kAgentBubble : kCustomerBubble);
    if (note)
        painter->setPen(QPen(kNoteBorder, 1, Qt::DashLine));
    painter->drawRoundedRect(l.bubble, 12, 12);
    painter->setFont(option.font);
    painter->setPen(note ? QColor(0x5c, 0x47, 0x0a) : mine ? Qt::white : option.palette.text().color());
    painter->drawText(l.text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    if (!l.image.isNull()) {
        const QPixmap picture = imageOf(index);
        if (!picture.isNull()) {
            painter->drawPixmap(l.image, picture);
        } else {
            const QString id = index.data(MessageListModel::ImageRole).toString();
            painter->setPen(QPen(mine && !note ? QColor(255, 255, 255, 160) : kMuted, 1, Qt::DashLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(l.image.adjusted(0, 0, -1, -1), 6, 6);
            painter->setFont(small);
            const bool gone = m_images && m_images->isUnavailable(id);
            painter->drawText(l.image, Qt::AlignCenter | Qt::TextWordWrap, gone ? tr("Image not available") : tr("Image loading…"));
        }
    }

    painter->setFont(small);
    QString meta = UiText::timeOfDay(at);
    QColor metaColor = kMuted;
    if (mine) {
        meta = index.data(MessageListModel::SenderNameRole).toString() + QStringLiteral(" · ") + meta;
        if (note)
            meta = tr("Internal note, not shown to the customer") + QStringLiteral(" · ") + meta;
        switch (MessageListModel::Delivery(index.data(MessageListModel::DeliveryRole).toInt())) {
        case MessageListModel::Delivery::Sending: meta += QStringLiteral(" · ") + tr("Sending…"); break;
        case MessageListModel::Delivery::Failed:
            meta += QStringLiteral(" · ") + tr("Not sent: %1 — click to retry").arg(index.data(MessageListModel::ErrorRole).toString());
            metaColor = kRed;
            break;
        case MessageListModel::Delivery::Sent: meta += QStringLiteral(" · ") + tr("Sent"); break;
        }
    }
    painter->setPen(metaColor);
    painter->drawText(l.meta, (mine ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(meta, Qt::ElideLeft, l.meta.width()));
    painter->restore();
}

} // namespace agentdesk::ui
