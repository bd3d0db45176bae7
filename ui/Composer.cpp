#include "Composer.h"

#include <QKeyEvent>

namespace agentdesk::ui {

Composer::Composer(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("composer"));
    setAccessibleName(tr("Message"));
    setPlaceholderText(tr("Type a reply. Enter sends, Shift+Enter adds a line."));
    setTabChangesFocus(true);
}

void Composer::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        // The window clears the composer once the text is safely queued.
        if (!toPlainText().trimmed().isEmpty())
            emit sendRequested(toPlainText());
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace agentdesk::ui
