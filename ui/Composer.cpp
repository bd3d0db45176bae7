#include "Composer.h"

#include "ReplyDelegate.h"
#include "models/ReplySearchModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QTextBlock>

namespace agentdesk::ui {

Composer::Composer(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("composer"));
    setAccessibleName(tr("Message"));
    setPlaceholderText(tr("Type a reply. Enter sends, Shift+Enter adds a line, / finds a quick reply."));
    setTabChangesFocus(true);
}

void Composer::setReplyCompletions(app::ReplySearchModel* model)
{
    m_replies = model;
    m_completer = new QCompleter(model, this);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(8);
    m_completer->popup()->setObjectName(QStringLiteral("replyCompletions"));
    m_completer->popup()->setItemDelegate(new ReplyDelegate(m_completer->popup()));
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        emit replyPicked(index.data(app::ReplySearchModel::IdRole).toLongLong());
    });
}

bool Composer::completionsVisible() const
{
    return m_completer && m_completer->popup()->isVisible();
}

int Composer::slashWord(QString* query) const
{
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype slash = before.lastIndexOf(QLatin1Char('/'));
    if (slash < 0 || (slash > 0 && !before.at(slash - 1).isSpace()))
        return -1;
    const QString word = before.mid(slash + 1);
    if (word.contains(QLatin1Char(' ')) || word.size() > 30)
        return -1;
    *query = word;
    return int(slash);
}

void Composer::updateCompletions()
{
    if (!m_completer)
        return;
    QString query;
    if (slashWord(&query) < 0) {
        m_completer->popup()->hide();
        return;
    }
    m_replies->setQuery(query);
    if (m_replies->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect at = cursorRect();
    at.setWidth(std::min(420, width()));
    m_completer->complete(at);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void Composer::insertReply(const QString& text, bool replacingSlashWord)
{
    QTextCursor cursor = textCursor();
    QString query;
    const int start = replacingSlashWord ? slashWord(&query) : -1;
    if (start >= 0)
        cursor.setPosition(cursor.block().position() + start, QTextCursor::KeepAnchor);
    cursor.insertText(text);
    setTextCursor(cursor);
    if (m_completer)
        m_completer->popup()->hide();
}

void Composer::inputMethodEvent(QInputMethodEvent* event)
{
    QPlainTextEdit::inputMethodEvent(event);
    updateCompletions();
}

void Composer::keyPressEvent(QKeyEvent* event)
{
    if (completionsVisible()) {
        // The popup has these keys: Enter picks, Escape dismisses.
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        // The window clears the composer once the text is safely queued.
        if (!toPlainText().trimmed().isEmpty())
            emit sendRequested(toPlainText());
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    updateCompletions();
}

} // namespace agentdesk::ui
