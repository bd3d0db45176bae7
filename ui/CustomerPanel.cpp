#include "CustomerPanel.h"

#include "UiText.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace agentdesk::ui {

CustomerPanel::CustomerPanel(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_tags(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_ordersTitle(new QLabel(tr("Orders"), this))
    , m_orders(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("customerPanel"));
    setAccessibleName(tr("Customer"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->setSpacing(8);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setTextFormat(Qt::PlainText);  // a name chosen by the customer is never markup
    for (QLabel* label : {m_details, m_tags, m_notes}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
    }
    QFont bold = m_ordersTitle->font();
    bold.setBold(true);
    m_ordersTitle->setFont(bold);
    m_orders->setObjectName(QStringLiteral("orders"));
    m_orders->setAccessibleName(tr("Order history"));
    m_orders->setColumnCount(4);
    m_orders->setHeaderLabels({tr("Order"), tr("Date"), tr("Status"), tr("Amount")});
    m_orders->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_orders->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_orders->setRootIsDecorated(true);
    m_orders->setUniformRowHeights(true);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addWidget(m_tags);
    layout->addWidget(m_notes);
    layout->addSpacing(6);
    layout->addWidget(m_ordersTitle);
    layout->addWidget(m_orders, 1);
    show(std::nullopt, false);
}

void CustomerPanel::show(const std::optional<protocol::CustomerProfileOk>& profile, bool conversationOpen)
{
    m_orders->clear();
    if (!profile) {
        m_name->setText(conversationOpen ? tr("Loading customer…") : tr("No conversation selected"));
        m_details->clear();
        m_tags->clear();
        m_notes->clear();
        m_ordersTitle->setVisible(false);
        m_orders->setVisible(false);
        return;
    }
    const protocol::CustomerProfile& c = profile->customer;
    m_name->setText(c.name);
    m_details->setText(QStringLiteral("<span style='color:%1'><b>%2</b></span> · %3<br>%4<br>%5")
                           .arg(UiText::tierColor(c.tier).name(), UiText::tier(c.tier),
                                c.segment.isEmpty() ? tr("no segment") : UiText::segment(c.segment).toHtmlEscaped(),
                                tr("Lifetime value %1").arg(QStringLiteral("<b>%1</b>").arg(UiText::money(c.lifetimeValueCents))),
                                tr("Customer since %1")
                                    .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.since).date(), QLocale::ShortFormat))));
    QStringList tags;
    for (const QString& tag : c.tags) {
        const bool warning = tag == QLatin1String("no-marketing");
        tags << QStringLiteral("<span style='background:%1; color:%2'>&nbsp;%3&nbsp;</span>")
                    .arg(warning ? QStringLiteral("#fde8e8") : QStringLiteral("#eef2f7"),
                         warning ? QStringLiteral("#b42318") : QStringLiteral("#344054"), UiText::tag(tag).toHtmlEscaped());
    }
    m_tags->setText(tags.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("No tags")) : tags.join(QLatin1Char(' ')));
    m_notes->setText(c.notes.isEmpty() ? QString() : tr("Note: %1").arg(c.notes.toHtmlEscaped()));
    m_notes->setVisible(!c.notes.isEmpty());
    m_ordersTitle->setText(tr("Orders (%1)").arg(profile->orders.size()));
    m_ordersTitle->setVisible(true);
    m_orders->setVisible(true);
    for (const protocol::Order& o : profile->orders) {
        auto* item = new QTreeWidgetItem(m_orders);
        item->setText(0, o.orderNo);
        item->setText(1, UiText::date(o.createdAt));
        item->setText(2, UiText::orderStatus(o.status));
        item->setText(3, UiText::money(o.totalCents));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        for (const protocol::OrderItem& line : o.items) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, tr("%1 × %2").arg(line.quantity).arg(UiText::localName(line.name, line.nameZh)));
            child->setText(3, UiText::money(line.priceCents * line.quantity));
            child->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
            child->setFirstColumnSpanned(false);
        }
        if (!o.carrier.isEmpty()) {
            auto* logistics = new QTreeWidgetItem(item);
            logistics->setText(0, tr("%1 %2: %3").arg(o.carrier, o.trackingNo, o.logisticsState));
            logistics->setForeground(0, QColor(0x6b, 0x72, 0x80));
        }
    }
}

} // namespace agentdesk::ui
