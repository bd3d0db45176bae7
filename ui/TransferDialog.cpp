#include "TransferDialog.h"

#include "UiText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace agentdesk::ui {

namespace {
constexpr int kAgentRole = Qt::UserRole + 1;
constexpr int kTeamRole = Qt::UserRole + 2;
} // namespace

TransferDialog::TransferDialog(const protocol::StaffListOk& staff, qint64 myId, QWidget* parent)
    : QDialog(parent)
    , m_targets(new QListWidget(this))
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Transfer conversation"));
    m_targets->setObjectName(QStringLiteral("transferTargets"));
    m_targets->setAccessibleName(tr("Transfer to"));
    for (const protocol::Team& team : staff.teams) {
        auto* item = new QListWidgetItem(tr("%1 team queue").arg(team.name), m_targets);
        item->setData(kTeamRole, team.id);
    }
    for (const protocol::StaffMember& m : staff.staff) {
        if (m.id == myId)
            continue;
        auto* item = new QListWidgetItem(tr("%1 (%2) · %3 · %4/%5 conversations")
                                             .arg(m.name, m.teamName, UiText::presence(m.status))
                                             .arg(m.load)
                                             .arg(m.capacity),
                                         m_targets);
        item->setData(kAgentRole, m.id);
        // Only someone online can take a conversation now.
        if (m.status != PresenceStatus::Online)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_note->setObjectName(QStringLiteral("transferNote"));
    m_note->setAccessibleName(tr("Note for the colleague"));
    m_note->setPlaceholderText(tr("What should the colleague know? (internal, the customer never sees it)"));
    m_note->setFixedHeight(80);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Transfer"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_targets, &QListWidget::currentItemChanged, this, [buttons](QListWidgetItem* item) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(item && (item->flags() & Qt::ItemIsEnabled));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Transfer to:"), this));
    layout->addWidget(m_targets, 1);
    layout->addWidget(new QLabel(tr("Note:"), this));
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(460, 420);
}

qint64 TransferDialog::toAgentId() const
{
    const QListWidgetItem* item = m_targets->currentItem();
    return item ? item->data(kAgentRole).toLongLong() : 0;
}

qint64 TransferDialog::toTeamId() const
{
    const QListWidgetItem* item = m_targets->currentItem();
    return item ? item->data(kTeamRole).toLongLong() : 0;
}

QString TransferDialog::note() const
{
    return m_note->toPlainText();
}

} // namespace agentdesk::ui
