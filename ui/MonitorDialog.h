#pragma once

#include "protocol/FrameCodec.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace agentdesk::ui {
class MessageDelegate;
}

namespace agentdesk::app {
class MessageListModel;
class WorkspaceSession;
}

namespace agentdesk::ui {

// A conversation of the lead's team, read-only and live (conversation.monitor), with a whisper
// line: a note only the serving agent sees. Stops monitoring when closed.
class MonitorDialog : public QDialog {
    Q_OBJECT
public:
    MonitorDialog(app::WorkspaceSession& session, qint64 conversationId, QWidget* parent = nullptr);
    ~MonitorDialog() override;

    qint64 conversationId() const { return m_conversationId; }
    int messageCount() const;
    void whisper(const QString& text);
    // Joins beside the agent (conversation.join); then sendToCustomer writes to the customer.
    void join();
    bool joined() const { return m_joined; }
    void sendToCustomer(const QString& text);

signals:
    void takeOverRequested(qint64 conversationId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onEvent(const protocol::Frame& event);
    void startMonitoring();
    void updateHeader();
    void reload();

    app::WorkspaceSession& m_session;
    qint64 m_conversationId;
    protocol::ConversationInfo m_conversation;
    std::vector<protocol::ChatMessage> m_messages;
    app::MessageListModel* m_model = nullptr;
    MessageDelegate* m_delegate = nullptr;
    QLabel* m_header = nullptr;
    QListView* m_list = nullptr;
    QLineEdit* m_whisper = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_join = nullptr;
    QPushButton* m_toCustomer = nullptr;
    bool m_joined = false;
    QLabel* m_status = nullptr;
};

} // namespace agentdesk::ui
