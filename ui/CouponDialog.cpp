#include "CouponDialog.h"

#include "UiText.h"
#include "coupons/CouponDesk.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace agentdesk::ui {

using namespace protocol;

namespace {
enum Column { NameColumn, WorthColumn, MinimumColumn, StatusColumn };
const QColor kAllowed(0x0f, 0x7b, 0x3f);
const QColor kRefused(0x6b, 0x72, 0x80);

QString worth(const CouponTemplate& t)
{
    if (t.kind == CouponKind::Amount)
        return UiText::money(t.amountCents);
    return CouponDialog::tr("%1% off, up to %2").arg(t.percent).arg(UiText::money(t.capCents));
}
} // namespace

CouponDialog::CouponDialog(app::CouponDesk& desk, const QString& customerName, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_customer(customerName)
{
    setObjectName(QStringLiteral("couponDialog"));
    setWindowTitle(tr("Coupon for %1").arg(customerName));
    auto* layout = new QVBoxLayout(this);
    m_allowance = new QLabel(this);
    m_allowance->setObjectName(QStringLiteral("couponAllowance"));
    m_allowance->setWordWrap(true);
    layout->addWidget(m_allowance);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("couponList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Coupon"), tr("Worth"), tr("Minimum order"), tr("Now")});
    m_list->header()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CouponDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (selectedAllowed())
            grantSelected();
    });

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("couponDetail"));
    m_detail->setWordWrap(true);
    m_detail->setMinimumHeight(m_detail->fontMetrics().height() * 2);
    layout->addWidget(m_detail);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("couponOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();
    layout->addWidget(m_outcome);

    auto* buttons = new QDialogButtonBox(this);
    m_grant = buttons->addButton(tr("Grant…"), QDialogButtonBox::ActionRole);
    m_grant->setObjectName(QStringLiteral("couponGrant"));
    m_ask = buttons->addButton(tr("Ask my lead…"), QDialogButtonBox::ActionRole);
    m_ask->setObjectName(QStringLiteral("couponAskLead"));
    auto* log = buttons->addButton(tr("Coupon log…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_grant, &QPushButton::clicked, this, &CouponDialog::grantSelected);
    connect(m_ask, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(this, tr("Ask my lead"),
                                                              tr("Why should this customer get it? Your lead sees this with the request."),
                                                              QString(), &ok);
        if (ok)
            askLead(reason);
    });
    connect(log, &QPushButton::clicked, this, &CouponDialog::auditRequested);
    layout->addWidget(buttons);

    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Grant a coupon"), question) == QMessageBox::Yes;
    };
    connect(&m_desk, &app::CouponDesk::optionsChanged, this, &CouponDialog::rebuild);
    resize(900, 440);
    rebuild();
}

void CouponDialog::rebuild()
{
    const qint64 keep = selectedTemplate();
    m_list->clear();
    if (!m_desk.hasOptions()) {
        m_allowance->setText(tr("Loading the coupons you may grant…"));
        updateButtons();
        return;
    }
    m_allowance->setText(tr("You may still grant %1 today, per coupon up to %2.")
                             .arg(UiText::money(m_desk.remainingToday()), UiText::money(m_desk.limits()->maxSingleCents)));
    for (const app::CouponDesk::Option& o : m_desk.options()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, Qt::UserRole, o.coupon.id);
        item->setData(NameColumn, Qt::UserRole + 1, o.decision.allowed());
        QStringList scope(o.coupon.skus.begin(), o.coupon.skus.end());
        scope += QStringList(o.coupon.categories.begin(), o.coupon.categories.end());
        item->setData(NameColumn, Qt::UserRole + 2, scope.join(QStringLiteral(", ")));
        item->setData(NameColumn, Qt::UserRole + 3, o.coupon.validDays);
        item->setText(NameColumn, UiText::localName(o.coupon.name, o.coupon.nameZh));
        item->setText(WorthColumn, worth(o.coupon));
        item->setText(MinimumColumn, o.coupon.minOrderCents > 0 ? UiText::money(o.coupon.minOrderCents) : tr("none"));
        item->setText(StatusColumn, o.decision.allowed() ? tr("You can grant it") : UiText::couponRefusals(o.decision.refusals));
        item->setToolTip(StatusColumn, item->text(StatusColumn));
        const QColor color = o.decision.allowed() ? kAllowed : kRefused;
        for (int column = 0; column < m_list->columnCount(); ++column)
            item->setForeground(column, column == StatusColumn || !o.decision.allowed() ? color : palette().text().color());
        if (o.coupon.id == keep)
            m_list->setCurrentItem(item);
    }
    for (int column = 0; column < StatusColumn; ++column)
        m_list->resizeColumnToContents(column);
    updateButtons();
}

void CouponDialog::selectTemplate(qint64 templateId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(NameColumn, Qt::UserRole).toLongLong() == templateId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

qint64 CouponDialog::selectedTemplate() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toLongLong() : 0;
}

bool CouponDialog::selectedAllowed() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item && item->data(NameColumn, Qt::UserRole + 1).toBool();
}

void CouponDialog::updateButtons()
{
    // The whole reason for the chosen coupon: the list may have to cut it short.
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item) {
        m_detail->setText(tr("Choose a coupon to see what it needs."));
        return updateActions();
    }
    const QString scope = item->data(NameColumn, Qt::UserRole + 2).toString();
    const QString applies = tr("Valid for %n day(s), on %1.", nullptr, item->data(NameColumn, Qt::UserRole + 3).toInt())
                                .arg(scope.isEmpty() ? tr("the whole order") : scope);
    if (selectedAllowed())
        m_detail->setText(tr("%1: you can grant it now. %2").arg(item->text(NameColumn), applies));
    else
        m_detail->setText(tr("%1: not now, because %2. Ask your lead if the customer should have it anyway. %3")
                              .arg(item->text(NameColumn), item->text(StatusColumn), applies));
    updateActions();
}

void CouponDialog::updateActions()
{
    const bool chosen = selectedTemplate() != 0;
    m_grant->setEnabled(!m_busy && chosen && selectedAllowed());
    m_ask->setEnabled(!m_busy && chosen && !selectedAllowed());
}

void CouponDialog::showOutcome(const QString& text, bool good)
{
    m_outcome->setStyleSheet(good ? QStringLiteral("color: #0f7b3f; font-weight: bold;") : QStringLiteral("color: #b91c1c;"));
    m_outcome->setText(text);
    m_outcome->show();
}

QString CouponDialog::outcome() const
{
    return m_outcome->isHidden() ? QString() : m_outcome->text();
}

void CouponDialog::grantSelected()
{
    const qint64 id = selectedTemplate();
    if (id == 0 || m_busy)
        return;
    const QString name = m_list->currentItem()->text(NameColumn);
    const QString value = m_list->currentItem()->text(WorthColumn);
    if (!m_confirm(tr("Grant “%1” (%2) to %3? The customer receives the code at once.").arg(name, value, m_customer)))
        return;
    m_busy = true;
    updateButtons();
    QPointer<CouponDialog> self(this);
    m_desk.grant(id, [self, name](const app::CouponDesk::GrantResult& result) {
        if (!self)
            return;
        self->m_busy = false;
        self->updateButtons();
        if (result.coupon)
            self->showOutcome(tr("Granted “%1”: code %2. The customer has it in the conversation.").arg(name, result.coupon->code), true);
        else if (!result.refusals.empty())
            self->showOutcome(tr("The server refused it: %1.").arg(UiText::couponRefusals(result.refusals)), false);
        else
            self->showOutcome(tr("Not granted: %1. Try again; a retry never grants twice.").arg(result.error), false);
    });
}

void CouponDialog::askLead(const QString& reason)
{
    const qint64 id = selectedTemplate();
    if (id == 0 || m_busy)
        return;
    if (reason.trimmed().isEmpty()) {
        showOutcome(tr("Say why, so that your lead can decide."), false);
        return;
    }
    m_busy = true;
    updateButtons();
    QPointer<CouponDialog> self(this);
    m_desk.requestApproval(id, reason.trimmed(), [self](const QString& error) {
        if (!self)
            return;
        self->m_busy = false;
        self->updateButtons();
        if (error.isEmpty())
            self->showOutcome(tr("Sent to your team's leads. Their answer appears here and in the status bar."), true);
        else
            self->showOutcome(tr("The request was not sent: %1").arg(error), false);
    });
}

} // namespace agentdesk::ui
