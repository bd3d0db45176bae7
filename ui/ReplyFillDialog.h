#pragma once

#include "library/ReplyTemplate.h"

#include <QDialog>

#include <vector>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace agentdesk::ui {

// Asks for what a reply needs before it can go to a customer: its fill-in fields and the
// variables the open conversation could not fill, with a preview of the message.
class ReplyFillDialog : public QDialog {
    Q_OBJECT
public:
    ReplyFillDialog(const QString& text, const std::vector<ReplyTemplate::Placeholder>& unfilled, QWidget* parent = nullptr);

    QString text() const;

private:
    void update();

    QString m_template;
    std::vector<std::pair<QString, QLineEdit*>> m_fields;  // placeholder token, its editor
    QPlainTextEdit* m_preview = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace agentdesk::ui
