#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include "protocol/Records.h"

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QToolButton;
class QSystemTrayIcon;
class QTabBar;
class QStackedWidget;

namespace agentdesk::app {
class WorkspaceSession;
class WorkspaceSettings;
}

namespace agentdesk::ui {

class Composer;
class ConnectionIndicator;
class CustomerPanel;
class LibraryPanel;
class RecommendationBar;
class AttachmentBar;
class ApprovalsDialog;
class AuditDialog;
class MessageDelegate;
class SupervisorView;

// The agent workspace: conversation list, chat and customer panel, bound to a WorkspaceSession.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(app::WorkspaceSession& session, app::WorkspaceSettings& settings, QWidget* parent = nullptr);

    // Selects a conversation by its row in the filtered list (used by keyboard navigation).
    void selectRow(int row);
    // Brings the window to the front on a conversation (a clicked notification), showing the
    // whole list if the filter or the search hides it.
    void showConversation(qint64 conversationId);
    LibraryPanel* libraryPanel() { return m_library; }
    // Fits the picture in the file to the protocol's limit, uploads it and attaches it to the next
    // message of the open conversation (the "Attach image…" button, after its file dialog).
    void attachImageFile(const QString& path);
    // The supervisor view instead of the workspace, for leads and admins (F9 toggles).
    void showFloor(bool on);
    SupervisorView* supervisorView() { return m_supervisor; }
    QString noticeText() const;
    // A band above everything else that stays for as long as the window (the sandbox's).
    void addBanner(QWidget* banner);

signals:
    // The user asks for training: what is set for them, their results, the sandbox.
    void trainingRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildConversationColumn();
    QWidget* buildChatColumn();
    void buildStatusBar();
    void buildShortcuts();
    void onSignedIn();
    void onCurrentChanged(qint64 conversationId);
    void updateChatHeader();
    void updateCloseButton();
    void submit(const QString& text);
    bool m_followMessages = true;
    bool m_followImages = false;
    bool m_resettingMessages = false;
    // Within half a page of the top: the page of history before the oldest message shown.
    void loadEarlierNearTheTop();
    qint64 m_anchorMessage = 0;  // the message at the top of the chat while the model resets...
    int m_anchorOffset = 0;      // ...and how far its top was from the view's
    void setNoteMode(bool on);
    void startTransfer();
    void saveDraft();
    void moveSelection(int delta);
    // A library reply (or script step; -1 the next one) into the composer, or sent at once; what
    // the conversation cannot fill is asked for first.
    void useReply(qint64 replyId, int step, bool sendNow, bool fromCompleter = false);
    void editReply(qint64 replyId, const QString& presetBody = {}, const QString& presetImage = {});
    // The editor, again with the user's edits when the server refused them.
    void openReplyEditor(const protocol::Reply& reply, const QString& refusal = {}, const QByteArray& pickedImage = {});
    // Saves an edited reply; a refusal reopens the editor with the edits and the reason.
    void saveReply(const protocol::Reply& edited);
    void showLibraryStats();
    void showMessageMenu(const QPoint& at);
    void showImage(const QString& imageId);
    void updateCouponButton();
    void updateRequestsButton();
    void openCoupons();
    void openRequests();
    void openAudit();
    void updateAttachment();
    // Tells the user when the window is not in front: the taskbar entry asks for attention, and
    // a desktop notification (clicked, it opens conversationId when there is one) and a sound
    // follow the settings.
    void notify(const QString& title, const QString& body, qint64 conversationId = 0);
    void showNotice(const protocol::Notice& notice);

    void applySettings();
    void openSettings();

    app::WorkspaceSession& m_session;
    app::WorkspaceSettings& m_settings;
    QLineEdit* m_search = nullptr;
    QTabBar* m_filters = nullptr;
    QListView* m_conversationList = nullptr;
    QLabel* m_chatHeader = nullptr;
    QListView* m_messageList = nullptr;
    QLabel* m_historyStatus = nullptr;
    MessageDelegate* m_messageDelegate = nullptr;
    Composer* m_composer = nullptr;
    QPushButton* m_sendButton = nullptr;
    QToolButton* m_closeButton = nullptr;
    QToolButton* m_transferButton = nullptr;
    QToolButton* m_couponButton = nullptr;
    QToolButton* m_requestsButton = nullptr;
    QToolButton* m_noteMode = nullptr;
    QSpinBox* m_capacity = nullptr;
    CustomerPanel* m_customerPanel = nullptr;
    LibraryPanel* m_library = nullptr;
    RecommendationBar* m_recommendations = nullptr;
    AttachmentBar* m_attachment = nullptr;
    QDialog* m_imageViewer = nullptr;
    QPointer<ApprovalsDialog> m_requests;
    QPointer<AuditDialog> m_audit;
    QToolButton* m_attachButton = nullptr;
    ConnectionIndicator* m_connection = nullptr;
    QComboBox* m_presence = nullptr;
    QLabel* m_me = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    qint64 m_notifiedConversation = 0;  // what the last desktop notification was about
    QStackedWidget* m_views = nullptr;
    SupervisorView* m_supervisor = nullptr;
    QToolButton* m_floorButton = nullptr;
    QLabel* m_notice = nullptr;
    QTimer m_clock;
    qint64 m_draftOwner = 0;
    bool m_transferInProgress = false;
};

} // namespace agentdesk::ui
