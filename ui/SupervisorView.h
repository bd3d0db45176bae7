#pragma once

#include "protocol/Records.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace agentdesk::app {
class FloorWatch;
class WorkspaceSession;
}

namespace agentdesk::ui {

class ApprovalsDialog;
class FloorAgentModel;
class FloorQueueModel;
class MonitorDialog;
class ReportsPanel;

// The team lead's view of the floor, live: figures on tiles, the queue with waits ticking and
// breaches in red, the agent board, coupon requests; and the lead's actions on them (monitor,
// whisper, reassign, take over, capacity, notices to the team).
class SupervisorView : public QWidget {
    Q_OBJECT
public:
    enum QueueFilter { AllOpen, InQueue, PastSla };

    SupervisorView(app::WorkspaceSession& session, app::FloorWatch& floor, QWidget* parent = nullptr);

    // Actions on the selected rows, also for tests.
    bool selectConversation(qint64 conversationId);
    bool selectAgent(qint64 agentId);
    MonitorDialog* monitorSelected();
    void takeOverSelected();
    void reassignSelected();
    void setCapacityOfSelected(int capacity);
    void broadcast(const QString& text);
    QString statusText() const;
    void setQueueFilter(QueueFilter filter);
    // One of the team's queues (a topic) only, or every queue when empty.
    void setQueue(const QString& topic);
    QString waitingByQueueText() const;
    int visibleQueueRows() const;
    QString tileText(const QString& name) const;
    ReportsPanel* reports() { return m_reports; }
    void showTab(int index);

signals:
    void auditRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void shareHeight();
    QWidget* buildTiles();
    QLabel* addTile(QWidget* parent, const QString& name, const QString& caption);
    void onFloorChanged();
    void onTeamsChanged();
    void onAlert(const protocol::ConversationInfo& conversation);
    void tick();
    void updateTiles();
    void updateButtons();
    void applyFilter();
    void updateQueues();
    qint64 selectedConversation() const;
    static void reselect(QTableView* table, int row);
    qint64 selectedAgent() const;
    void askCapacity();
    void askBroadcast();
    void setStatus(const QString& text, bool warning = false);

    app::WorkspaceSession& m_session;
    app::FloorWatch& m_floor;
    FloorQueueModel* m_queueModel = nullptr;
    FloorAgentModel* m_agentModel = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_queueFilter = nullptr;
    QComboBox* m_queueChoice = nullptr;
    QLabel* m_byQueue = nullptr;
    QLabel* m_byTier = nullptr;
    QLabel* m_title = nullptr;
    QTableView* m_queue = nullptr;
    QTableView* m_agents = nullptr;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_split = nullptr;
    bool m_heightShared = false;
    ApprovalsDialog* m_requests = nullptr;
    ReportsPanel* m_reports = nullptr;
    QPushButton* m_monitor = nullptr;
    QPushButton* m_reassign = nullptr;
    QPushButton* m_takeOver = nullptr;
    QPushButton* m_capacity = nullptr;
    QLabel* m_status = nullptr;
    QHash<QString, QLabel*> m_tiles;
    QTimer m_tick;
    QHash<qint64, QPointer<MonitorDialog>> m_monitors;
    bool m_reassigning = false;
};

} // namespace agentdesk::ui
