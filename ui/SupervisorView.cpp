#include "SupervisorView.h"

#include "ApprovalsDialog.h"
#include "FloorAgentModel.h"
#include "FloorQueueModel.h"
#include "MonitorDialog.h"
#include "ReportsPanel.h"
#include "TransferDialog.h"
#include "UiText.h"
#include "policy/SlaPolicy.h"
#include "supervisor/FloorFigures.h"
#include "supervisor/FloorWatch.h"
#include "workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace agentdesk::ui {

using namespace protocol;

namespace {
QTableView* makeTable(QAbstractItemModel* model, QWidget* parent, const QString& name)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(28);
    table->setShowGrid(false);
    table->setAlternatingRowColors(false);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}
} // namespace

SupervisorView::SupervisorView(app::WorkspaceSession& session, app::FloorWatch& floor, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_floor(floor)
{
    setObjectName(QStringLiteral("supervisorView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(10);

    auto* top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("floorTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size:16px;font-weight:600"));
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("floorTeam"));
    m_team->hide();
    auto* broadcast = new QPushButton(tr("Notice to the team…"), this);
    broadcast->setObjectName(QStringLiteral("broadcastButton"));
    auto* log = new QPushButton(tr("Coupon log…"), this);
    top->addWidget(m_title);
    top->addWidget(m_team);
    top->addStretch(1);
    top->addWidget(broadcast);
    top->addWidget(log);
    layout->addLayout(top);
    layout->addWidget(buildTiles());

    m_queueModel = new FloorQueueModel(this);
    m_agentModel = new FloorAgentModel(this);
    m_split = new QSplitter(Qt::Vertical, this);
    QSplitter* split = m_split;

    auto* queueBox = new QWidget(split);
    auto* queueLayout = new QVBoxLayout(queueBox);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    auto* queueBar = new QHBoxLayout;
    auto* queueTitle = new QLabel(tr("<b>Queue and open conversations</b>"), queueBox);
    queueTitle->setToolTip(tr("The queue in the order it is served: high-value customers first, then the longest waiting"));
    m_monitor = new QPushButton(tr("Monitor"), queueBox);
    m_monitor->setObjectName(QStringLiteral("monitorButton"));
    m_reassign = new QPushButton(tr("Reassign…"), queueBox);
    m_reassign->setObjectName(QStringLiteral("reassignButton"));
    m_takeOver = new QPushButton(tr("Take over"), queueBox);
    m_takeOver->setObjectName(QStringLiteral("takeOverButton"));
    m_queueFilter = new QComboBox(queueBox);
    m_queueFilter->setObjectName(QStringLiteral("queueFilter"));
    m_queueFilter->addItem(tr("All open"), AllOpen);
    m_queueFilter->addItem(tr("In the queue"), InQueue);
    m_queueFilter->addItem(tr("Past the SLA"), PastSla);
    m_queueChoice = new QComboBox(queueBox);
    m_queueChoice->setObjectName(QStringLiteral("queueChoice"));
    m_queueChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_queueChoice->addItem(tr("All queues"));  // no data: "" is the queue of conversations without a topic
    m_queueChoice->setToolTip(tr("The team's queues: one per topic; agents take the topics of their skills"));
    m_byQueue = new QLabel(queueBox);
    m_byQueue->setObjectName(QStringLiteral("waitingByQueue"));
    m_byQueue->setStyleSheet(QStringLiteral("color:#4b5563"));
    m_byTier = new QLabel(queueBox);
    m_byTier->setObjectName(QStringLiteral("waitingByTier"));
    m_byTier->setStyleSheet(QStringLiteral("color:#4b5563"));
    queueBar->addWidget(queueTitle);
    queueBar->addWidget(m_queueFilter);
    queueBar->addWidget(m_queueChoice);
    queueBar->addStretch(1);
    queueBar->addWidget(m_monitor);
    queueBar->addWidget(m_reassign);
    queueBar->addWidget(m_takeOver);
    queueLayout->addLayout(queueBar);
    auto* breakdown = new QHBoxLayout;
    breakdown->addWidget(m_byQueue);
    breakdown->addStretch(1);
    breakdown->addWidget(m_byTier);
    queueLayout->addLayout(breakdown);
    m_queue = makeTable(m_queueModel, queueBox, QStringLiteral("floorQueue"));
    m_queue->horizontalHeader()->setSectionResizeMode(FloorQueueModel::LastMessageColumn, QHeaderView::Stretch);
    m_queue->setColumnWidth(FloorQueueModel::CustomerColumn, 180);
    m_queue->setColumnWidth(FloorQueueModel::TierColumn, 80);
    m_queue->setColumnWidth(FloorQueueModel::ChannelColumn, 90);
    m_queue->setColumnWidth(FloorQueueModel::QueueColumn, 140);
    m_queue->setColumnWidth(FloorQueueModel::AgentColumn, 170);
    queueLayout->addWidget(m_queue);

    m_tabs = new QTabWidget(split);
    auto* agentsBox = new QWidget(m_tabs);
    auto* agentsLayout = new QVBoxLayout(agentsBox);
    agentsLayout->setContentsMargins(0, 6, 0, 0);
    m_agents = makeTable(m_agentModel, agentsBox, QStringLiteral("floorAgents"));
    m_agents->horizontalHeader()->setSectionResizeMode(FloorAgentModel::NameColumn, QHeaderView::Stretch);
    auto* agentBar = new QHBoxLayout;
    m_capacity = new QPushButton(tr("Change capacity…"), agentsBox);
    m_capacity->setObjectName(QStringLiteral("capacityButton"));
    agentBar->addStretch(1);
    agentBar->addWidget(m_capacity);
    agentsLayout->addWidget(m_agents);
    agentsLayout->addLayout(agentBar);
    m_tabs->addTab(agentsBox, tr("Agents"));
    m_requests = new ApprovalsDialog(*m_session.coupons(), m_session.me(), m_tabs);
    m_requests->embed();
    connect(m_requests, &ApprovalsDialog::auditRequested, this, &SupervisorView::auditRequested);
    m_tabs->addTab(m_requests, tr("Coupon requests"));
    m_reports = new ReportsPanel(m_floor, *m_session.coupons(), m_tabs);
    // Its charts' height must not keep the queue small while another tab is shown.
    m_reports->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_tabs->addTab(m_reports, tr("Reports"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        const bool reports = m_tabs->widget(index) == m_reports;
        shareHeight();
        if (reports && !m_reports->report())
            m_reports->refresh();
    });
    split->addWidget(queueBox);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("floorStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(&m_floor, &app::FloorWatch::floorChanged, this, &SupervisorView::onFloorChanged);
    connect(&m_floor, &app::FloorWatch::teamsChanged, this, &SupervisorView::onTeamsChanged);
    connect(&m_floor, &app::FloorWatch::alert, this, &SupervisorView::onAlert);
    connect(&m_floor, &app::FloorWatch::problem, this, [this](const QString& message) { setStatus(message, true); });
    connect(m_team, &QComboBox::activated, this, [this](int index) { m_floor.start(m_team->itemData(index).toLongLong()); });
    connect(m_queue->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SupervisorView::updateButtons);
    connect(m_queueFilter, &QComboBox::activated, this, &SupervisorView::applyFilter);
    connect(m_queueChoice, &QComboBox::activated, this, &SupervisorView::applyFilter);
    connect(m_agents->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SupervisorView::updateButtons);
    connect(m_queue, &QTableView::doubleClicked, this, [this] { monitorSelected(); });
    connect(m_monitor, &QPushButton::clicked, this, [this] { monitorSelected(); });
    connect(m_reassign, &QPushButton::clicked, this, &SupervisorView::reassignSelected);
    connect(m_takeOver, &QPushButton::clicked, this, &SupervisorView::takeOverSelected);
    connect(m_capacity, &QPushButton::clicked, this, &SupervisorView::askCapacity);
    connect(broadcast, &QPushButton::clicked, this, &SupervisorView::askBroadcast);
    connect(log, &QPushButton::clicked, this, &SupervisorView::auditRequested);
    connect(m_session.coupons(), &app::CouponDesk::approvalsChanged, this, &SupervisorView::updateTiles);
    connect(&m_session, &app::WorkspaceSession::problem, this, [this](const QString& message) {
        if (isVisible())
            setStatus(message, true);
    });

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SupervisorView::tick);
    m_tick.start();
    onFloorChanged();
}

void SupervisorView::shareHeight()
{
    // The queue first, as it is what a lead watches; the reports need the room when shown.
    const int height = m_split->height();
    const bool reports = m_tabs->currentWidget() == m_reports;
    m_split->setSizes({reports ? height * 3 / 10 : height * 2 / 3, reports ? height * 7 / 10 : height / 3});
}

void SupervisorView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_heightShared) {
        m_heightShared = true;
        // Once the window has laid itself out: before that the splitter has no height to share.
        QTimer::singleShot(0, this, &SupervisorView::shareHeight);
    }
}

QWidget* SupervisorView::buildTiles()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    addTile(row, QStringLiteral("waiting"), tr("Waiting"));
    addTile(row, QStringLiteral("longest"), tr("Longest wait"));
    addTile(row, QStringLiteral("breaches"), tr("Past the SLA"));
    addTile(row, QStringLiteral("online"), tr("Agents online"));
    addTile(row, QStringLiteral("load"), tr("Load / capacity"));
    addTile(row, QStringLiteral("handled"), tr("Handled today"));
    addTile(row, QStringLiteral("firstResponse"), tr("First response today"));
    addTile(row, QStringLiteral("requests"), tr("Coupon requests"));
    return row;
}

QLabel* SupervisorView::addTile(QWidget* parent, const QString& name, const QString& caption)
{
    auto* tile = new QFrame(parent);
    tile->setObjectName(QStringLiteral("tile_%1").arg(name));
    tile->setStyleSheet(QStringLiteral("QFrame#tile_%1{background:#f6f7f9;border:1px solid #e3e5ea;border-radius:8px}").arg(name));
    auto* layout = new QVBoxLayout(tile);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    auto* value = new QLabel(QStringLiteral("–"), tile);
    value->setObjectName(QStringLiteral("tileValue_%1").arg(name));
    value->setStyleSheet(QStringLiteral("font-size:22px;font-weight:600;border:none;background:transparent"));
    auto* label = new QLabel(caption, tile);
    label->setStyleSheet(QStringLiteral("color:#6b7280;border:none;background:transparent"));
    layout->addWidget(value);
    layout->addWidget(label);
    parent->layout()->addWidget(tile);
    m_tiles.insert(name, value);
    return value;
}

QString SupervisorView::tileText(const QString& name) const
{
    const QLabel* tile = m_tiles.value(name);
    return tile ? tile->text() : QString();
}

void SupervisorView::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

QString SupervisorView::statusText() const
{
    return m_status->text();
}

void SupervisorView::setStatus(const QString& text, bool warning)
{
    m_status->setStyleSheet(warning ? QStringLiteral("color:#b91c1c") : QStringLiteral("color:#374151"));
    m_status->setText(text);
}

void SupervisorView::onTeamsChanged()
{
    const std::vector<Team>& teams = m_floor.teams();
    m_team->clear();
    for (const Team& t : teams)
        m_team->addItem(t.name, t.id);
    // Leads see their own team only; admins choose.
    m_team->setVisible(teams.size() > 1);
    const int current = m_team->findData(m_floor.teamId());
    if (current >= 0)
        m_team->setCurrentIndex(current);
}

void SupervisorView::onFloorChanged()
{
    const auto& floor = m_floor.floor();
    const qint64 conversation = selectedConversation();
    const qint64 agent = selectedAgent();
    const int queueScroll = m_queue->verticalScrollBar()->value();
    const int agentScroll = m_agents->verticalScrollBar()->value();
    if (!floor) {
        m_title->setText(tr("Floor"));
        setStatus(tr("Connecting to the floor…"));
        updateTiles();
        updateButtons();
        return;
    }
    if (m_status->text() == tr("Connecting to the floor…"))
        m_status->clear();
    m_title->setText(tr("Floor of %1").arg(floor->teamName));
    m_queueModel->setFloor(*floor, m_floor.serverNow());
    m_agentModel->setAgents(floor->agents);
    updateQueues();
    applyFilter();
    // Selections and the scroll position survive the floor's updates.
    if (conversation)
        reselect(m_queue, m_queueModel->rowOf(conversation));
    if (agent)
        reselect(m_agents, m_agentModel->rowOf(agent));
    m_queue->verticalScrollBar()->setValue(queueScroll);
    m_agents->verticalScrollBar()->setValue(agentScroll);
    if (m_reports->report() && m_reports->report()->teamId != floor->teamId)
        m_reports->clear();  // another team now: its figures, not the last team's
    const int team = m_team->findData(floor->teamId);
    if (team >= 0)
        m_team->setCurrentIndex(team);
    updateTiles();
    updateButtons();
}

void SupervisorView::tick()
{
    if (!m_floor.floor())
        return;
    m_queueModel->tick(m_floor.serverNow());
    applyFilter();
    updateTiles();
}

void SupervisorView::setQueueFilter(QueueFilter filter)
{
    m_queueFilter->setCurrentIndex(m_queueFilter->findData(filter));
    applyFilter();
}

int SupervisorView::visibleQueueRows() const
{
    int visible = 0;
    for (int row = 0; row < m_queueModel->rowCount(); ++row)
        visible += m_queue->isRowHidden(row) ? 0 : 1;
    return visible;
}

void SupervisorView::setQueue(const QString& topic)
{
    m_queueChoice->setCurrentIndex(topic.isNull() ? 0 : std::max(0, m_queueChoice->findData(topic)));
    applyFilter();
}

void SupervisorView::updateQueues()
{
    // One entry per queue with its waiting count; the chosen queue stays chosen, also when it
    // empties out of the floor's list (a topic the team does not list, now served).
    const auto& floor = m_floor.floor();
    const QVariant chosen = m_queueChoice->currentData();
    std::vector<FloorQueue> queues = floor ? floor->queues : std::vector<FloorQueue>{};
    if (chosen.isValid()
        && std::none_of(queues.begin(), queues.end(), [&](const FloorQueue& q) { return q.topic == chosen.toString(); }))
        queues.push_back(FloorQueue{.topic = chosen.toString()});
    if (m_queueChoice->count() != int(queues.size()) + 1) {
        m_queueChoice->clear();
        m_queueChoice->addItem(tr("All queues"));
    }
    for (size_t i = 0; i < queues.size(); ++i) {
        const int item = int(i) + 1;
        const QString text = tr("%1 (%2)").arg(UiText::topic(queues[i].topic)).arg(queues[i].waiting);
        if (item >= m_queueChoice->count())
            m_queueChoice->addItem(text, queues[i].topic);
        m_queueChoice->setItemText(item, text);
        m_queueChoice->setItemData(item, queues[i].topic);
    }
    m_queueChoice->setCurrentIndex(chosen.isValid() ? std::max(0, m_queueChoice->findData(chosen.toString())) : 0);
}

QString SupervisorView::waitingByQueueText() const
{
    return m_byQueue->text();
}

void SupervisorView::applyFilter()
{
    const auto filter = QueueFilter(m_queueFilter->currentData().toInt());
    const QString queue = m_queueChoice->currentData().toString();
    const bool oneQueue = m_queueChoice->currentIndex() > 0;
    for (int row = 0; row < m_queueModel->rowCount(); ++row) {
        const QModelIndex index = m_queueModel->index(row, 0);
        bool shown = !oneQueue || index.data(FloorQueueModel::QueueRole).toString() == queue;
        if (filter == InQueue)
            shown = shown && ConversationStatus(index.data(FloorQueueModel::StatusRole).toInt()) == ConversationStatus::Waiting;
        else if (filter == PastSla)
            shown = shown && SlaPolicy::State(index.data(FloorQueueModel::SlaStateRole).toInt()) == SlaPolicy::State::Breached;
        if (m_queue->isRowHidden(row) == shown)
            m_queue->setRowHidden(row, !shown);
    }
}

void SupervisorView::updateTiles()
{
    const auto& floor = m_floor.floor();
    const int pending = m_session.coupons()->pendingCount(m_session.me().id);
    m_tabs->setTabText(1, pending > 0 ? tr("Coupon requests (%1)").arg(pending) : tr("Coupon requests"));
    if (!floor)
        return;
    const FloorFigures f = FloorFigures::of(*floor, m_floor.serverNow());
    m_tiles.value(QStringLiteral("waiting"))->setText(QString::number(f.waiting));
    QStringList tiers;
    for (CustomerTier tier : {CustomerTier::Vip, CustomerTier::Gold, CustomerTier::Silver, CustomerTier::Regular})
        tiers << tr("%1 %2").arg(UiText::tier(tier)).arg(f.waitingByTier.at(size_t(tier)));
    m_byTier->setText(tr("Waiting by tier: %1").arg(tiers.join(QStringLiteral(" · "))));
    // Each queue's waiting customers and its longest wait, ticking like the table.
    QStringList queues;
    for (const FloorQueue& q : floor->queues) {
        queues << (q.waiting > 0 && q.oldestWaitingSince > 0
                       ? tr("%1 %2 (longest %3)").arg(UiText::topic(q.topic)).arg(q.waiting)
                             .arg(UiText::clock(m_floor.serverNow() - q.oldestWaitingSince))
                       : tr("%1 %2").arg(UiText::topic(q.topic)).arg(q.waiting));
    }
    m_byQueue->setText(queues.isEmpty() ? QString() : tr("Waiting by queue: %1").arg(queues.join(QStringLiteral(" · "))));
    m_tiles.value(QStringLiteral("longest"))->setText(f.waiting > 0 ? UiText::clock(f.longestWaitMs) : QStringLiteral("–"));
    QLabel* breaches = m_tiles.value(QStringLiteral("breaches"));
    breaches->setText(QString::number(f.breaches));
    breaches->setStyleSheet(QStringLiteral("font-size:22px;font-weight:600;border:none;background:transparent;color:%1")
                                .arg(f.breaches > 0 ? QStringLiteral("#b91c1c") : QStringLiteral("#111827")));
    m_tiles.value(QStringLiteral("online"))->setText(QStringLiteral("%1 / %2").arg(f.agentsOnline).arg(floor->agents.size()));
    m_tiles.value(QStringLiteral("load"))->setText(QStringLiteral("%1 / %2").arg(f.load).arg(f.capacity));
    m_tiles.value(QStringLiteral("handled"))->setText(QString::number(f.handledToday));
    m_tiles.value(QStringLiteral("firstResponse"))
        ->setText(f.firstResponseMsToday > 0 ? UiText::clock(f.firstResponseMsToday) : QStringLiteral("–"));
    m_tiles.value(QStringLiteral("requests"))->setText(QString::number(std::max(pending, floor->pendingApprovals)));
}

void SupervisorView::onAlert(const ConversationInfo& conversation)
{
    const QString text = tr("%1 (%2) has waited past the SLA of %3.")
                             .arg(conversation.customerName, UiText::tier(conversation.customerTier),
                                  UiText::clock(m_floor.floor() ? m_floor.floor()->slaMs : 0));
    // The desktop notification is the main window's, in whichever view the lead is.
    setStatus(QStringLiteral("⚠ %1 %2").arg(UiText::timeOfDay(QDateTime::currentMSecsSinceEpoch()), text), true);
}

qint64 SupervisorView::selectedConversation() const
{
    const QModelIndexList rows = m_queue->selectionModel()->selectedRows();
    // A row the filter hides is not a choice on screen.
    if (rows.isEmpty() || m_queue->isRowHidden(rows.first().row()))
        return 0;
    return rows.first().data(FloorQueueModel::ConversationIdRole).toLongLong();
}

void SupervisorView::reselect(QTableView* table, int row)
{
    if (row < 0)
        return;
    // Without scrolling to it, unlike selectRow(): the lead may be reading elsewhere.
    table->selectionModel()->select(table->model()->index(row, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

qint64 SupervisorView::selectedAgent() const
{
    const QModelIndexList rows = m_agents->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(FloorAgentModel::AgentIdRole).toLongLong();
}

bool SupervisorView::selectConversation(qint64 conversationId)
{
    const int row = m_queueModel->rowOf(conversationId);
    if (row < 0)
        return false;
    m_queue->selectRow(row);
    return true;
}

bool SupervisorView::selectAgent(qint64 agentId)
{
    const int row = m_agentModel->rowOf(agentId);
    if (row < 0)
        return false;
    m_agents->selectRow(row);
    return true;
}

void SupervisorView::updateButtons()
{
    const ConversationInfo* c = m_floor.conversation(selectedConversation());
    m_monitor->setEnabled(c != nullptr);
    m_reassign->setEnabled(c != nullptr && !m_reassigning);
    m_takeOver->setEnabled(c != nullptr && c->agentId != m_session.me().id);
    m_capacity->setEnabled(selectedAgent() != 0);
}

MonitorDialog* SupervisorView::monitorSelected()
{
    const qint64 id = selectedConversation();
    if (!id)
        return nullptr;
    if (MonitorDialog* open = m_monitors.value(id)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* dialog = new MonitorDialog(m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MonitorDialog::takeOverRequested, this, [this](qint64 conversation) {
        m_session.transfer(conversation, m_session.me().id, 0, {});
    });
    m_monitors.insert(id, dialog);
    dialog->show();
    return dialog;
}

void SupervisorView::takeOverSelected()
{
    const ConversationInfo* c = m_floor.conversation(selectedConversation());
    if (!c)
        return;
    m_session.transfer(c->id, m_session.me().id, 0, {});
    setStatus(tr("You take over %1's conversation; it opens in your workspace.").arg(c->customerName));
}

void SupervisorView::reassignSelected()
{
    const ConversationInfo* c = m_floor.conversation(selectedConversation());
    if (!c || m_reassigning)
        return;
    m_reassigning = true;
    updateButtons();
    const ConversationInfo conversation = *c;
    QPointer<SupervisorView> self(this);
    m_session.requestStaff([this, self, conversation](const StaffListOk* staff) {
        if (!self)
            return;
        if (!staff) {
            m_reassigning = false;
            updateButtons();
            return;
        }
        // The dialog opens after the network handler has returned, not inside it.
        QTimer::singleShot(0, this, [this, conversation, list = *staff] {
            // The serving agent is left out of the choice, as the user is from their own transfers.
            TransferDialog dialog(list, conversation.agentId, this);
            dialog.setWindowTitle(tr("Reassign %1").arg(conversation.customerName));
            if (dialog.exec() == QDialog::Accepted) {
                m_session.transfer(conversation.id, dialog.toAgentId(), dialog.toTeamId(), dialog.note());
                setStatus(tr("%1's conversation is being reassigned.").arg(conversation.customerName));
            }
            m_reassigning = false;
            updateButtons();
        });
    });
}

void SupervisorView::askCapacity()
{
    const FloorAgent* agent = m_agentModel->agent(selectedAgent());
    if (!agent)
        return;
    bool ok = false;
    const int capacity = QInputDialog::getInt(this, tr("Capacity of %1").arg(agent->name),
                                              tr("Conversations %1 takes at once:").arg(agent->name), agent->capacity, 0, 50,
                                              1, &ok);
    if (ok && capacity != agent->capacity)
        setCapacityOfSelected(capacity);
}

void SupervisorView::setCapacityOfSelected(int capacity)
{
    const FloorAgent* agent = m_agentModel->agent(selectedAgent());
    if (!agent)
        return;
    const QString name = agent->name;
    QPointer<SupervisorView> self(this);
    m_floor.setCapacity(agent->id, capacity, [this, self, name, capacity](const QString& error) {
        if (!self)
            return;
        if (error.isEmpty())
            setStatus(tr("%1 now takes up to %n conversation(s) at once.", nullptr, capacity).arg(name));
        else
            setStatus(tr("The capacity was not changed: %1").arg(error), true);
    });
}

void SupervisorView::askBroadcast()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Notice to the team"),
                                                        tr("Every member of the team sees this at once:"), {}, &ok);
    if (ok && !text.trimmed().isEmpty())
        broadcast(text.trimmed());
}

void SupervisorView::broadcast(const QString& text)
{
    QPointer<SupervisorView> self(this);
    m_floor.broadcast(text, [this, self](const QString& error) {
        if (!self)
            return;
        if (error.isEmpty())
            setStatus(tr("The notice went to the team."));
        else
            setStatus(tr("The notice was not sent: %1").arg(error), true);
    });
}

} // namespace agentdesk::ui
