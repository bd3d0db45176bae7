#include "ReplyDelegate.h"

#include "UiText.h"
#include "models/ReplySearchModel.h"
#include "protocol/Enums.h"

#include <QPainter>

namespace agentdesk::ui {

using app::ReplySearchModel;

namespace {
const QColor kMuted(0x6b, 0x72, 0x80);
const QColor kStar(0xe0, 0x9a, 0x0b);
const QColor kBadge(0xee, 0xf1, 0xf6);
const QColor kBadgeText(0x44, 0x4c, 0x5a);

// A small rounded label drawn right to left from `right`; returns the new right edge.
int drawBadge(QPainter* painter, int right, int top, const QString& text, const QFont& font)
{
    const QFontMetrics fm(font);
    const int width = fm.horizontalAdvance(text) + 10;
    const QRect box(right - width, top, width, fm.height() + 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(kBadge);
    painter->drawRoundedRect(box, 4, 4);
    painter->setPen(kBadgeText);
    painter->setFont(font);
    painter->drawText(box, Qt::AlignCenter, text);
    return box.left() - 4;
}
} // namespace

QSize ReplyDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    // A narrow hint: the list gives each row its whole width, and never scrolls sideways.
    return {100, kRowHeight};
}

void ReplyDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    painter->fillRect(r, selected ? QColor(0xe6, 0xef, 0xfc) : hovered ? QColor(0xf6, 0xf8, 0xfb) : option.palette.base().color());
    painter->setPen(QColor(0xec, 0xee, 0xf2));
    painter->drawLine(r.bottomLeft(), r.bottomRight());

    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const int top = r.top() + 7;
    int right = r.right() - 10;
    const int uses = index.data(ReplySearchModel::UsesRole).toInt();
    if (uses > 0)
        right = drawBadge(painter, right, top, tr("%n used", nullptr, uses), small);
    const QString ab = index.data(ReplySearchModel::AbVariantRole).toString();
    if (!ab.isEmpty())
        right = drawBadge(painter, right, top, tr("A/B: %1").arg(ab), small);
    if (index.data(ReplySearchModel::IsScriptRole).toBool())
        right = drawBadge(painter, right, top, tr("Script · %n steps", nullptr, index.data(ReplySearchModel::StepCountRole).toInt()), small);
    if (index.data(ReplySearchModel::HasImageRole).toBool())
        right = drawBadge(painter, right, top, tr("Image"), small);
    if (ReplyScope(index.data(ReplySearchModel::ScopeRole).toInt()) == ReplyScope::Personal)
        right = drawBadge(painter, right, top, tr("Mine"), small);

    int left = r.left() + 12;
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    if (index.data(ReplySearchModel::FavoriteRole).toBool()) {
        painter->setPen(kStar);
        painter->setFont(bold);
        painter->drawText(QRect(left, top, 16, boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("★"));
        left += 18;
    }
    painter->setPen(option.palette.text().color());
    painter->setFont(bold);
    const QString title = boldMetrics.elidedText(index.data(ReplySearchModel::TitleRole).toString(), Qt::ElideRight, right - left - 4);
    painter->drawText(QRect(left, top, right - left, boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, title);

    painter->setFont(option.font);
    painter->setPen(kMuted);
    const QFontMetrics fm(option.font);
    const QString body = UiText::withVariableNames(index.data(ReplySearchModel::BodyRole).toString()).simplified();
    const QRect bodyRect(r.left() + 12, top + boldMetrics.height() + 4, r.width() - 24, fm.height());
    painter->drawText(bodyRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(body, Qt::ElideRight, bodyRect.width()));
    painter->restore();
}

} // namespace agentdesk::ui
