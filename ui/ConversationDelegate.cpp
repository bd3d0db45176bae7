#include "ConversationDelegate.h"

#include "UiText.h"
#include "models/ConversationListModel.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

namespace agentdesk::ui {

using app::ConversationListModel;

namespace {
const QColor kAmber(0xe0, 0x8e, 0x0b);
const QColor kRed(0xd6, 0x33, 0x33);
const QColor kMuted(0x6b, 0x72, 0x80);

QString shortTime(qint64 ms)
{
    if (QDateTime::fromMSecsSinceEpoch(ms).date() == QDate::currentDate())
        return UiText::timeOfDay(ms);
    return UiText::date(ms);
}
} // namespace

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    // No width of its own: a list view stretches its rows to the viewport, and a width taken
    // from the option grew past it (a horizontal scroll bar, the time cut off at the right).
    return {1, kRowHeight};
}

void ConversationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    painter->fillRect(r, selected ? QColor(0xe6, 0xef, 0xfc) : option.palette.base().color());
    painter->setPen(QColor(0xec, 0xee, 0xf2));
    painter->drawLine(r.bottomLeft(), r.bottomRight());

    const auto sla = SlaPolicy::State(index.data(ConversationListModel::SlaStateRole).toInt());
    if (sla == SlaPolicy::State::Near || sla == SlaPolicy::State::Breached)
        painter->fillRect(QRect(r.left(), r.top(), 4, r.height()), sla == SlaPolicy::State::Breached ? kRed : kAmber);

    // Avatar: the first letter on the tier's colour.
    const auto tier = CustomerTier(index.data(ConversationListModel::CustomerTierRole).toInt());
    const QString name = index.data(ConversationListModel::CustomerNameRole).toString();
    const QRect avatar(r.left() + 14, r.top() + 14, 40, 40);
    painter->setPen(Qt::NoPen);
    painter->setBrush(UiText::tierColor(tier));
    painter->drawEllipse(avatar);
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(option.font.pointSizeF() * 1.1);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(avatar, Qt::AlignCenter, name.left(1).toUpper());

    const int textLeft = avatar.right() + 12;
    const int right = r.right() - 12;

    // Time, top right.
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    painter->setFont(small);
    painter->setPen(kMuted);
    const QString time = UiText::channel(Channel(index.data(ConversationListModel::ChannelRole).toInt())) + QStringLiteral(" · ")
        + shortTime(index.data(ConversationListModel::LastMessageAtRole).toLongLong());
    const int timeWidth = painter->fontMetrics().horizontalAdvance(time);
    painter->drawText(QRect(right - timeWidth, r.top() + 12, timeWidth, 18), Qt::AlignRight | Qt::AlignVCenter, time);

    // Name and tier badge.
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.text().color());
    const QFontMetrics boldMetrics(bold);
    const QString shownName = boldMetrics.elidedText(name, Qt::ElideRight, right - timeWidth - textLeft - 70);
    painter->drawText(QRect(textLeft, r.top() + 12, right - textLeft, 18), Qt::AlignLeft | Qt::AlignVCenter, shownName);
    if (tier != CustomerTier::Regular) {
        painter->setFont(small);
        const QString badge = UiText::tier(tier);
        const int badgeWidth = painter->fontMetrics().horizontalAdvance(badge) + 10;
        const QRect badgeRect(textLeft + boldMetrics.horizontalAdvance(shownName) + 6, r.top() + 13, badgeWidth, 16);
        painter->setPen(Qt::NoPen);
        painter->setBrush(UiText::tierColor(tier).lighter(185));
        painter->drawRoundedRect(badgeRect, 8, 8);
        painter->setPen(UiText::tierColor(tier).darker(120));
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
    }

    // Second line: the wait (if any), then the last message.
    painter->setFont(option.font);
    int lineLeft = textLeft;
    const int unread = index.data(ConversationListModel::UnreadRole).toInt();
    const int lineRight = unread > 0 ? right - 28 : right;
    const qint64 waitingSince = index.data(ConversationListModel::WaitingSinceRole).toLongLong();
    if (sla != SlaPolicy::State::NotWaiting) {
        const QString waited = UiText::waited(QDateTime::currentMSecsSinceEpoch() - waitingSince);
        painter->setFont(small);
        const int w = painter->fontMetrics().horizontalAdvance(waited) + 12;
        const QRect chip(lineLeft, r.top() + 38, w, 18);
        const QColor color = sla == SlaPolicy::State::Breached ? kRed : sla == SlaPolicy::State::Near ? kAmber : kMuted;
        painter->setPen(Qt::NoPen);
        painter->setBrush(sla == SlaPolicy::State::Ok ? QColor(0xf0, 0xf1, 0xf4) : color);
        painter->drawRoundedRect(chip, 9, 9);
        painter->setPen(sla == SlaPolicy::State::Ok ? kMuted : Qt::white);
        painter->drawText(chip, Qt::AlignCenter, waited);
        lineLeft = chip.right() + 8;
        painter->setFont(option.font);
    }
    painter->setPen(kMuted);
    const QString preview = painter->fontMetrics().elidedText(index.data(ConversationListModel::PreviewRole).toString(),
                                                              Qt::ElideRight, lineRight - lineLeft);
    painter->drawText(QRect(lineLeft, r.top() + 38, lineRight - lineLeft, 18), Qt::AlignLeft | Qt::AlignVCenter, preview);

    if (unread > 0) {
        const QRect badge(right - 22, r.top() + 38, 22, 18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(kRed);
        painter->drawRoundedRect(badge, 9, 9);
        painter->setPen(Qt::white);
        painter->setFont(small);
        painter->drawText(badge, Qt::AlignCenter, unread > 99 ? QStringLiteral("99+") : QString::number(unread));
    }
    painter->restore();
}

} // namespace agentdesk::ui
