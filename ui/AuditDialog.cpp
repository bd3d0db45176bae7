#include "AuditDialog.h"

#include "UiText.h"
#include "coupons/CouponDesk.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agentdesk::ui {

using namespace protocol;

namespace {
constexpr int kPage = 200;
} // namespace

AuditDialog::AuditDialog(app::CouponDesk& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Coupon log"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 9, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("Customer"), tr("Conversation"), tr("Coupon"),
                                        tr("Worth"), tr("Why refused"), tr("Limits in force")});
    m_table->horizontalHeader()->setSectionResizeMode(8, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(this);
    m_more = buttons->addButton(tr("Load older"), QDialogButtonBox::ActionRole);
    auto* exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_more, &QPushButton::clicked, this, &AuditDialog::loadMore);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the coupon log"), QStringLiteral("coupon-log.csv"),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QPointer<AuditDialog> self(this);
        exportCsv(path, 0, 0, [self, path](const QString& error) {
            if (self)
                self->m_status->setText(error.isEmpty() ? tr("Exported to %1.").arg(path) : tr("Not exported: %1").arg(error));
        });
    });
    layout->addWidget(buttons);
    resize(1100, 520);
    loadMore();
}

int AuditDialog::rowCount() const
{
    return m_table->rowCount();
}

void AuditDialog::loadMore()
{
    m_more->setEnabled(false);
    QPointer<AuditDialog> self(this);
    m_desk.auditPage(AuditList{0, 0, m_oldestId, kPage}, [self](const AuditListOk* page, const QString& error) {
        if (!self)
            return;
        if (!page) {
            self->m_status->setText(tr("The log cannot be read: %1").arg(error));
            self->m_more->setEnabled(true);
            return;
        }
        self->append(page->entries);
        self->m_more->setEnabled(page->more);
        self->m_status->setText(tr("%n entries shown", nullptr, self->m_table->rowCount()));
    });
}

void AuditDialog::append(const std::vector<AuditEntry>& entries)
{
    for (const AuditEntry& e : entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.at), QLocale::ShortFormat),
                                UiText::auditAction(e.action),
                                e.actorName,
                                e.customerId ? QString::number(e.customerId) : QString(),
                                e.conversationId ? QString::number(e.conversationId) : QString(),
                                e.templateName,
                                e.valueCents ? UiText::money(e.valueCents) : QString(),
                                UiText::couponRefusals(e.refusals),
                                e.limits};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
        m_oldestId = e.id;
    }
    m_table->resizeColumnsToContents();
}

void AuditDialog::exportCsv(const QString& path, qint64 since, qint64 until, std::function<void(const QString&)> done)
{
    m_desk.exportAudit(path, since, until, std::move(done));
}

} // namespace agentdesk::ui
