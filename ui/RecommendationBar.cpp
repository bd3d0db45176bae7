#include "RecommendationBar.h"

#include "UiText.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace agentdesk::ui {

namespace {

QString kindName(const QString& kind)
{
    if (kind == QLatin1String("warranty"))
        return RecommendationBar::tr("Warranty");
    if (kind == QLatin1String("accessory"))
        return RecommendationBar::tr("Accessory");
    if (kind == QLatin1String("upgrade"))
        return RecommendationBar::tr("Upgrade");
    return RecommendationBar::tr("Add-on");
}

} // namespace

RecommendationBar::RecommendationBar(QWidget* parent)
    : QFrame(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("recommendations"));
    setAccessibleName(tr("Suggestions"));
    m_layout->setContentsMargins(12, 6, 12, 0);
    m_layout->setSpacing(6);
    setVisible(false);
}

QString RecommendationBar::reason(const protocol::Recommendation& r, qint64 now)
{
    if (r.boughtAt <= 0)
        return tr("Asked about “%1” and mentioned %2.").arg(r.matched, r.forProduct);
    const int days = int((now - r.boughtAt) / (24LL * 3600 * 1000));
    const QString when = days <= 0 ? tr("today") : tr("%n day(s) ago", nullptr, days);
    return r.lacksWarranty ? tr("Asked about “%1”; bought %2 %3 without a warranty.").arg(r.matched, r.forProduct, when)
                           : tr("Asked about “%1”; bought %2 %3.").arg(r.matched, r.forProduct, when);
}

QString RecommendationBar::refusal(const QString& code)
{
    if (code == QLatin1String("cap_reached"))
        return tr("Not now: an add-on was already offered in this consultation.");
    if (code == QLatin1String("no_marketing"))
        return tr("Not to this customer: they asked for no marketing.");
    return tr("Not allowed by the recommendation policy (%1).").arg(code);
}

QWidget* RecommendationBar::card(const protocol::Recommendation& r)
{
    auto* box = new QFrame(this);
    box->setObjectName(QStringLiteral("recommendationCard"));
    box->setProperty("sku", r.sku);
    box->setStyleSheet(r.allowed ? QStringLiteral("#recommendationCard { background: #eef6ff; border: 1px solid #c9dcf5; border-radius: 6px; }")
                                 : QStringLiteral("#recommendationCard { background: #f4f5f7; border: 1px solid #e1e4e8; border-radius: 6px; }"));
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(10, 6, 6, 6);
    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    auto* title = new QLabel(tr("Suggest %1 · %2 · %3").arg(QStringLiteral("<b>%1</b>").arg(r.name.toHtmlEscaped()),
                                                             kindName(r.kind), UiText::money(r.priceCents)), box);
    title->setTextFormat(Qt::RichText);
    auto* why = new QLabel(reason(r, QDateTime::currentMSecsSinceEpoch()), box);
    why->setObjectName(QStringLiteral("reason"));
    why->setWordWrap(true);
    why->setStyleSheet(QStringLiteral("color: #4b5563;"));
    text->addWidget(title);
    text->addWidget(why);
    if (r.allowed) {
        auto* sentence = new QLabel(box);
        sentence->setTextFormat(Qt::PlainText);
        sentence->setText(QStringLiteral("“%1”").arg(r.sentence));
        sentence->setWordWrap(true);
        sentence->setStyleSheet(QStringLiteral("color: #1f2937; font-style: italic;"));
        text->addWidget(sentence);
    } else {
        auto* refused = new QLabel(refusal(r.refusal), box);
        refused->setObjectName(QStringLiteral("refusal"));
        refused->setWordWrap(true);
        refused->setStyleSheet(QStringLiteral("color: #b45309;"));
        text->addWidget(refused);
    }
    row->addLayout(text, 1);
    auto* send = new QPushButton(tr("Send"), box);
    send->setObjectName(QStringLiteral("sendRecommendation"));
    send->setToolTip(tr("Send the sentence to the customer (Ctrl+Shift+R sends the first card that may be sent)"));
    send->setEnabled(r.allowed);
    connect(send, &QPushButton::clicked, this, [this, sku = r.sku] { emit sendRequested(sku); });
    auto* dismiss = new QToolButton(box);
    dismiss->setObjectName(QStringLiteral("dismissRecommendation"));
    dismiss->setText(tr("Dismiss"));
    dismiss->setToolTip(tr("Not for this customer: it is not suggested again in this conversation (Ctrl+Shift+D for the first card)"));
    connect(dismiss, &QToolButton::clicked, this, [this, sku = r.sku] { emit dismissRequested(sku); });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(send);
    buttons->addWidget(dismiss);
    row->addLayout(buttons);
    return box;
}

void RecommendationBar::show(const std::vector<protocol::Recommendation>& recommendations)
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        // Later: this may run inside a click on one of the card's own buttons.
        if (QWidget* old = item->widget()) {
            old->hide();
            old->setObjectName(QString());
            old->deleteLater();
        }
        delete item;
    }
    // Two at most on screen: a prompt, not a catalogue.
    const size_t shown = std::min<size_t>(recommendations.size(), 2);
    for (size_t i = 0; i < shown; ++i)
        m_layout->addWidget(card(recommendations[i]));
    setVisible(shown > 0);
}

} // namespace agentdesk::ui
