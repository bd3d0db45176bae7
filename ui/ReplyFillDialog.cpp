#include "ReplyFillDialog.h"

#include "UiText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace agentdesk::ui {

ReplyFillDialog::ReplyFillDialog(const QString& text, const std::vector<ReplyTemplate::Placeholder>& unfilled, QWidget* parent)
    : QDialog(parent)
    , m_template(text)
{
    setObjectName(QStringLiteral("replyFillDialog"));
    setWindowTitle(tr("Complete the reply"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("This reply needs a few details before the customer can see it."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    for (const auto& p : unfilled) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("fill:%1").arg(p.name));
        const QString label = p.input ? p.name : tr("%1 (not known here)").arg(UiText::replyVariable(p.name));
        edit->setAccessibleName(label);
        form->addRow(label + QLatin1Char(':'), edit);
        connect(edit, &QLineEdit::textChanged, this, &ReplyFillDialog::update);
        m_fields.emplace_back(p.token, edit);
    }
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The message:"), this));
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("fillPreview"));
    m_preview->setReadOnly(true);
    m_preview->setMaximumHeight(110);
    layout->addWidget(m_preview);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(460, sizeHint().height());
    update();
}

QString ReplyFillDialog::text() const
{
    QHash<QString, QString> values;
    for (const auto& [token, edit] : m_fields)
        values.insert(token, edit->text());
    return ReplyTemplate::apply(m_template, values);
}

void ReplyFillDialog::update()
{
    bool complete = true;
    for (const auto& field : m_fields)
        complete = complete && !field.second->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_preview->setPlainText(text());
}

} // namespace agentdesk::ui
