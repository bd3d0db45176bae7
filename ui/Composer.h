#pragma once

#include <QPlainTextEdit>

class QCompleter;
class QAbstractItemModel;

namespace agentdesk::app {
class ReplySearchModel;
}

namespace agentdesk::ui {

// The message composer: Enter sends, Shift+Enter starts a new line, and "/" followed by a few
// letters pops up the matching library replies (Enter picks one).
class Composer : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit Composer(QWidget* parent = nullptr);

    // A search model over the library, fed with what follows the "/".
    void setReplyCompletions(app::ReplySearchModel* model);
    // Inserts the text at the cursor; a reply picked in the "/" completer replaces the "/word".
    void insertReply(const QString& text, bool replacingSlashWord);
    bool completionsVisible() const;

signals:
    void sendRequested(const QString& text);
    void replyPicked(qint64 replyId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    // Text committed by an input method (Chinese, Japanese...) filters the completions too.
    void inputMethodEvent(QInputMethodEvent* event) override;

private:
    // The "/word" being typed: its start in the block and its text after the slash; -1 if none.
    int slashWord(QString* query) const;
    void updateCompletions();

    app::ReplySearchModel* m_replies = nullptr;
    QCompleter* m_completer = nullptr;
};

} // namespace agentdesk::ui
