#include "ScenarioPickerDialog.h"

#include "UiText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace agentdesk::ui {

ScenarioPickerDialog::ScenarioPickerDialog(std::vector<Entry> entries, QWidget* parent)
    : QDialog(parent)
    , m_entries(std::move(entries))
{
    setObjectName(QStringLiteral("scenarioPicker"));
    setWindowTitle(tr("Training sandbox"));
    resize(640, 480);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose a scenario. You serve a scripted customer in the real workspace, on a shop of your "
                                "own that nothing leaves; at the end you get your score and what an expert would have done."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setSpacing(4);
    for (const Entry& e : m_entries) {
        QString text = tr("%1 — %2").arg(e.title, UiText::difficulty(e.difficulty));
        if (e.bestScore >= 0)
            text += tr(" (your best: %1)").arg(e.bestScore);
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, e.id);
    }
    layout->addWidget(m_list, 1);
    m_brief = new QLabel(this);
    m_brief->setObjectName(QStringLiteral("scenarioBrief"));
    m_brief->setWordWrap(true);
    m_brief->setMinimumHeight(60);
    layout->addWidget(m_brief);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* start = buttons->addButton(tr("Start"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ScenarioPickerDialog::showBrief);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    layout->addWidget(buttons);
    start->setEnabled(!m_entries.empty());
    if (!m_entries.empty())
        m_list->setCurrentRow(0);
}

QString ScenarioPickerDialog::chosen() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ScenarioPickerDialog::choose(const QString& id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(row);
    }
}

void ScenarioPickerDialog::showBrief()
{
    const int row = m_list->currentRow();
    m_brief->setText(row >= 0 && row < int(m_entries.size()) ? m_entries[size_t(row)].brief : QString());
}

} // namespace agentdesk::ui
