#pragma once

#include "protocol/Records.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QToolButton;

namespace agentdesk::app {
class ReplyLibrary;
class ReplySearchModel;
}

namespace agentdesk::ui {

// The reply library beside the chat: categories, search as you type, favourites and the most used
// first. A click inserts a reply into the composer, Ctrl+click (or "Send now") sends it at once; a
// script shows its steps, and its next step is one click away.
class LibraryPanel : public QWidget {
    Q_OBJECT
public:
    LibraryPanel(app::ReplyLibrary& library, QWidget* parent = nullptr);

    void setPrincipal(const protocol::Principal& me);
    void setConversation(qint64 conversationId);
    void focusSearch();

signals:
    // step -1: the script's next step in this conversation.
    void insertRequested(qint64 replyId, int step);
    void sendRequested(qint64 replyId, int step);
    void editRequested(qint64 replyId);  // 0: a new reply
    void statsRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    qint64 currentId() const;
    void onCurrentChanged();
    void activate(qint64 replyId, bool sendNow);
    void confirmDelete();

    app::ReplyLibrary& m_library;
    app::ReplySearchModel* m_model = nullptr;
    protocol::Principal m_me;
    qint64 m_keptId = 0;
    qint64 m_conversationId = 0;
    QLineEdit* m_search = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_language = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_stepsTitle = nullptr;
    QListWidget* m_steps = nullptr;
    QPushButton* m_insert = nullptr;
    QPushButton* m_send = nullptr;
    QToolButton* m_favorite = nullptr;
    QToolButton* m_more = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_statsAction = nullptr;
};

} // namespace agentdesk::ui
