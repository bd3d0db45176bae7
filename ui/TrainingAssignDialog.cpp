#include "TrainingAssignDialog.h"

#include "UiText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace agentdesk::ui {

TrainingAssignDialog::TrainingAssignDialog(const QString& traineeName, const std::vector<ScenarioPickerDialog::Entry>& scenarios,
                                           QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("trainingAssign"));
    setWindowTitle(tr("Assign scenarios to %1").arg(traineeName));
    resize(520, 480);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Tick the scenarios %1 should practise in the sandbox. A scenario assigned before is assigned "
                                "again: its attempts count from now.").arg(traineeName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("assignList"));
    m_list->setSpacing(2);
    for (const auto& e : scenarios) {
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(e.title, UiText::difficulty(e.difficulty)), m_list);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(e.brief);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    layout->addWidget(m_list, 1);
    layout->addWidget(new QLabel(tr("Note for the trainee (optional):"), this));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("assignNote"));
    m_note->setPlaceholderText(tr("e.g. Offer the coupon before the customer hesitates twice"));
    m_note->setMaximumHeight(80);
    layout->addWidget(m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Assign"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &TrainingAssignDialog::update);
    connect(m_note, &QPlainTextEdit::textChanged, this, &TrainingAssignDialog::update);
    layout->addWidget(buttons);
    update();
}

std::vector<QString> TrainingAssignDialog::chosen() const
{
    std::vector<QString> out;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            out.push_back(m_list->item(row)->data(Qt::UserRole).toString());
    }
    return out;
}

void TrainingAssignDialog::setChosen(const QStringList& ids)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QString TrainingAssignDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void TrainingAssignDialog::setNote(const QString& note)
{
    m_note->setPlainText(note);
}

void TrainingAssignDialog::update()
{
    const bool tooLong = note().size() > kMaxNote;
    m_ok->setEnabled(!chosen().empty() && !tooLong);
    m_ok->setToolTip(tooLong ? tr("The note is longer than %1 characters.").arg(kMaxNote) : QString());
}

} // namespace agentdesk::ui
