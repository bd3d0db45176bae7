#include "ApprovalsDialog.h"

#include "UiText.h"
#include "coupon/CouponPolicy.h"
#include "coupons/CouponDesk.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace agentdesk::ui {

using namespace protocol;

ApprovalsDialog::ApprovalsDialog(app::CouponDesk& desk, const Principal& me, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_me(me)
    , m_mayDecide(me.role == Role::Lead || me.role == Role::Admin)
{
    const bool mayDecide = m_mayDecide;
    setObjectName(QStringLiteral("approvalsDialog"));
    setWindowTitle(mayDecide ? tr("Coupon requests of my team") : tr("My coupon requests"));
    auto* layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("approvalList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Asked"), tr("Agent"), tr("Customer"), tr("Coupon"), tr("Worth"), tr("Why the agent could not"),
                             tr("Reason given"), tr("Status")});
    m_list->header()->setSectionResizeMode(6, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ApprovalsDialog::updateButtons);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("approvalDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);

    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("approvalComment"));
    m_comment->setPlaceholderText(tr("Comment for the agent (optional)"));
    m_comment->setMaxLength(500);
    m_comment->setVisible(mayDecide);
    layout->addWidget(m_comment);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("approvalOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->hide();
    layout->addWidget(m_outcome);

    auto* buttons = new QDialogButtonBox(this);
    m_approve = buttons->addButton(tr("Approve and grant"), QDialogButtonBox::ActionRole);
    m_deny = buttons->addButton(tr("Deny"), QDialogButtonBox::ActionRole);
    m_approve->setVisible(mayDecide);
    m_deny->setVisible(mayDecide);
    auto* log = buttons->addButton(tr("Coupon log…"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, [this] { decideSelected(true); });
    connect(m_deny, &QPushButton::clicked, this, [this] { decideSelected(false); });
    connect(log, &QPushButton::clicked, this, &ApprovalsDialog::auditRequested);
    layout->addWidget(buttons);

    connect(&m_desk, &app::CouponDesk::approvalsChanged, this, &ApprovalsDialog::rebuild);
    resize(1100, 460);
    rebuild();
    m_desk.refreshApprovals();
}

void ApprovalsDialog::embed()
{
    setWindowFlags(Qt::Widget);
    m_close->hide();
}

void ApprovalsDialog::reject()
{
    // Embedded in the supervisor view, Escape must not hide the panel.
    if (!isWindow())
        return;
    QDialog::reject();
}

void ApprovalsDialog::rebuild()
{
    const qint64 keep = selectedId();
    m_list->clear();
    for (const CouponApproval& a : m_desk.approvals()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, a.id);
        item->setData(0, Qt::UserRole + 1, CouponPolicy::mayDecide(m_me, a));
        item->setText(0, QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.createdAt), QLocale::ShortFormat));
        item->setText(1, a.requestedByName);
        item->setText(2, a.customerName);
        item->setText(3, a.templateName);
        item->setText(4, UiText::money(a.valueCents));
        item->setText(5, UiText::couponRefusals(a.refusals));
        item->setToolTip(5, item->text(5));
        item->setText(6, a.reason);
        item->setToolTip(6, a.reason);
        QString status = UiText::approvalStatus(a.status);
        if (a.status != ApprovalStatus::Pending)
            status += QStringLiteral(" · ") + a.decidedByName;
        if (!a.couponCode.isEmpty())
            status += QStringLiteral(" · ") + a.couponCode;
        if (!a.comment.isEmpty())
            status += QStringLiteral(" · “") + a.comment + QStringLiteral("”");
        item->setText(7, status);
        if (a.status == ApprovalStatus::Pending) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(7, bold);
        }
        if (a.id == keep)
            m_list->setCurrentItem(item);
    }
    for (int column = 0; column < 5; ++column)
        m_list->resizeColumnToContents(column);
    updateButtons();
}

qint64 ApprovalsDialog::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void ApprovalsDialog::selectApproval(qint64 approvalId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == approvalId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void ApprovalsDialog::updateButtons()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    const bool pending = item && item->data(0, Qt::UserRole + 1).toBool();
    // In full what the columns may cut short.
    m_detail->setText(item ? tr("%1 asks for “%2” (%3) for %4. Could not grant it because: %5. Reason: %6. Status: %7.")
                                 .arg(item->text(1), item->text(3), item->text(4), item->text(2), item->text(5), item->text(6),
                                      item->text(7))
                           : QString());
    m_approve->setEnabled(m_mayDecide && pending && !m_busy);
    m_deny->setEnabled(m_mayDecide && pending && !m_busy);
}

QString ApprovalsDialog::outcome() const
{
    return m_outcome->isHidden() ? QString() : m_outcome->text();
}

void ApprovalsDialog::decideSelected(bool approve)
{
    const qint64 id = selectedId();
    if (id == 0 || m_busy || !m_mayDecide)
        return;
    m_busy = true;
    updateButtons();
    QPointer<ApprovalsDialog> self(this);
    m_desk.decide(id, approve, m_comment->text().trimmed(), [self, approve](const app::CouponDesk::GrantResult& result) {
        if (!self)
            return;
        self->m_busy = false;
        self->updateButtons();
        QString text;
        bool good = false;
        if (!result.error.isEmpty()) {
            text = tr("Not decided: %1").arg(result.error);
        } else if (!approve) {
            text = tr("Denied; the agent sees it now.");
            good = true;
            self->m_comment->clear();
        } else if (result.coupon) {
            text = tr("Approved: coupon %1 granted to the customer.").arg(result.coupon->code);
            good = true;
            self->m_comment->clear();
        } else {
            text = tr("Beyond your own limits too: %1. The request stays open.").arg(UiText::couponRefusals(result.refusals));
        }
        self->m_outcome->setStyleSheet(good ? QStringLiteral("color: #0f7b3f;") : QStringLiteral("color: #b91c1c;"));
        self->m_outcome->setText(text);
        self->m_outcome->show();
    });
}

} // namespace agentdesk::ui
