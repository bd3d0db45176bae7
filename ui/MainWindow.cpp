#include "MainWindow.h"

#include "ApprovalsDialog.h"
#include "AttachmentBar.h"
#include "AuditDialog.h"
#include "CouponDialog.h"
#include "Composer.h"
#include "ConnectionIndicator.h"
#include "ConversationDelegate.h"
#include "CustomerPanel.h"
#include "LibraryPanel.h"
#include "LibraryStatsDialog.h"
#include "ImageFitter.h"
#include "MessageDelegate.h"
#include "RecommendationBar.h"
#include "ReplyEditorDialog.h"
#include "ReplyFillDialog.h"
#include "SettingsDialog.h"
#include "settings/WorkspaceSettings.h"
#include "TransferDialog.h"
#include "UiText.h"
#include "library/LibraryAccess.h"
#include "policy/ConversationAccess.h"
#include "policy/SupervisorAccess.h"
#include "SupervisorView.h"
#include "models/ReplySearchModel.h"
#include "workspace/WorkspaceSession.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QLocale>
#include <QMenu>
#include <QShortcut>
#include <QSpinBox>
#include <QToolButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QVBoxLayout>

namespace agentdesk::ui {

namespace {
constexpr qint64 kLargestPictureFile = 20 * 1024 * 1024;
}

using app::ConversationFilterModel;
using app::ConversationListModel;
using app::MessageListModel;

MainWindow::MainWindow(app::WorkspaceSession& session, app::WorkspaceSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AgentDesk"));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(buildConversationColumn());
    splitter->addWidget(buildChatColumn());
    auto* side = new QSplitter(Qt::Vertical, splitter);
    side->setObjectName(QStringLiteral("sideColumn"));
    m_customerPanel = new CustomerPanel(side);
    m_library = new LibraryPanel(*m_session.library(), side);
    side->addWidget(m_customerPanel);
    side->addWidget(m_library);
    side->setSizes({420, 480});
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({340, 680, 420});
    connect(m_library, &LibraryPanel::insertRequested, this, [this](qint64 id, int step) { useReply(id, step, false); });
    connect(m_library, &LibraryPanel::sendRequested, this, [this](qint64 id, int step) { useReply(id, step, true); });
    connect(m_library, &LibraryPanel::editRequested, this, [this](qint64 id) { editReply(id); });
    connect(m_library, &LibraryPanel::statsRequested, this, &MainWindow::showLibraryStats);
    // A notice from the lead above whichever view is shown; the workspace or the floor below it.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("teamNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setStyleSheet(QStringLiteral("background:#fff7d6;border-bottom:1px solid #f0d98c;padding:8px 12px"));
    m_notice->setCursor(Qt::PointingHandCursor);
    m_notice->setToolTip(tr("Click to dismiss"));
    m_notice->installEventFilter(this);
    m_notice->hide();
    m_views = new QStackedWidget(central);
    m_views->addWidget(splitter);
    centralLayout->addWidget(m_notice);
    centralLayout->addWidget(m_views, 1);
    setCentralWidget(central);
    buildStatusBar();
    buildShortcuts();
    onCurrentChanged(0);
    applySettings();

    connect(&m_session, &app::WorkspaceSession::currentChanged, this, &MainWindow::onCurrentChanged);
    connect(&m_session, &app::WorkspaceSession::profileChanged, this, [this] {
        m_customerPanel->show(m_session.profile(), m_session.current() != 0);
    });
    connect(&m_session, &app::WorkspaceSession::attention, this,
            [this](qint64 conversationId, const QString& title, const QString& body) { notify(title, body, conversationId); });
    connect(m_session.conversations(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateChatHeader);
    // Follow new messages unless the agent has scrolled up to read older ones; then the message
    // at the top stays where it was, also when a page of older ones comes in above it.
    connect(m_session.messages(), &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QScrollBar* bar = m_messageList->verticalScrollBar();
        m_followMessages = m_followMessages || bar->value() >= bar->maximum() - 4;
        m_anchorMessage = 0;
        const QModelIndex top = m_messageList->indexAt(QPoint(m_messageList->viewport()->width() / 2, 0));
        if (!m_followMessages && top.isValid()) {
            m_anchorMessage = top.data(app::MessageListModel::IdRole).toLongLong();
            m_anchorOffset = m_messageList->visualRect(top).top();
        }
        m_resettingMessages = true;
    });
    connect(m_session.messages(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_followMessages) {
            m_messageList->scrollToBottom();
        } else if (const int row = m_session.messages()->rowOf(m_anchorMessage); row >= 0) {
            QScrollBar* bar = m_messageList->verticalScrollBar();
            const int top = m_messageList->visualRect(m_session.messages()->index(row, 0)).top() + bar->value();
            bar->setValue(top - m_anchorOffset);
        }
        m_followMessages = false;
        m_resettingMessages = false;
        // A page that was all in the cache already moves nothing: still at the top, so on to the next.
        loadEarlierNearTheTop();
    });
    // A picture arriving makes its bubble taller: the newest message stays in sight.
    connect(m_session.messages(), &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
        const QScrollBar* bar = m_messageList->verticalScrollBar();
        m_followImages = bar->value() >= bar->maximum() - 4;
    });
    connect(m_session.messages(), &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_followImages)
            m_messageList->scrollToBottom();
    });

    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, [this] { m_session.conversations()->tick(QDateTime::currentMSecsSinceEpoch()); });
    m_clock.start();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("AgentDesk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { showConversation(m_notifiedConversation); });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                showConversation(0);
        });
        m_tray->setVisible(m_settings.desktopNotifications());
    }
}

QWidget* MainWindow::buildConversationColumn()
{
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    m_search = new QLineEdit(column);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setPlaceholderText(tr("Search customers and messages (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_session.filteredConversations(), &ConversationFilterModel::setSearch);

    m_filters = new QTabBar(column);
    m_filters->setObjectName(QStringLiteral("filters"));
    m_filters->setAccessibleName(tr("Conversation filter"));
    m_filters->addTab(tr("Mine"));
    m_filters->addTab(tr("Waiting"));
    m_filters->addTab(tr("Closed"));
    m_filters->setExpanding(true);
    connect(m_filters, &QTabBar::currentChanged, this, [this](int tab) {
        m_session.filteredConversations()->setFilter(ConversationFilterModel::Filter(tab));
    });

    m_conversationList = new QListView(column);
    m_conversationList->setObjectName(QStringLiteral("conversationList"));
    m_conversationList->setAccessibleName(tr("Conversations"));
    m_conversationList->setModel(m_session.filteredConversations());
    m_conversationList->setItemDelegate(new ConversationDelegate(m_conversationList));
    m_conversationList->setUniformItemSizes(true);
    m_conversationList->setFrameShape(QFrame::NoFrame);
    m_conversationList->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_conversationList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        saveDraft();
        m_session.select(index.isValid() ? index.data(ConversationListModel::IdRole).toLongLong() : 0);
    });

    auto* searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(8, 0, 8, 0);
    searchRow->addWidget(m_search);
    layout->addLayout(searchRow);
    layout->addWidget(m_filters);
    layout->addWidget(m_conversationList, 1);
    column->setMinimumWidth(280);
    return column;
}

QWidget* MainWindow::buildChatColumn()
{
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(0);
    m_chatHeader = new QLabel(column);
    m_chatHeader->setObjectName(QStringLiteral("chatHeader"));
    m_chatHeader->setTextFormat(Qt::RichText);
    m_chatHeader->setContentsMargins(16, 12, 16, 12);

    m_messageList = new QListView(column);
    m_messageList->setObjectName(QStringLiteral("messageList"));
    m_messageList->setAccessibleName(tr("Messages"));
    m_messageList->setModel(m_session.messages());
    m_messageDelegate = new MessageDelegate(m_messageList);
    m_messageDelegate->setImages(m_session.images());
    m_messageList->setItemDelegate(m_messageDelegate);
    m_messageList->setFrameShape(QFrame::NoFrame);
    m_messageList->setSelectionMode(QAbstractItemView::NoSelection);
    m_messageList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messageList->setResizeMode(QListView::Adjust);
    m_messageList->viewport()->installEventFilter(this);
    m_messageList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_messageList, &QWidget::customContextMenuRequested, this, &MainWindow::showMessageMenu);
    // Scrolling up towards the oldest message shown fetches the page before it.
    connect(m_messageList->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_resettingMessages)
            loadEarlierNearTheTop();
    });
    m_historyStatus = new QLabel(tr("Loading earlier messages…"), column);
    m_historyStatus->setObjectName(QStringLiteral("historyStatus"));
    m_historyStatus->setAlignment(Qt::AlignCenter);
    m_historyStatus->setForegroundRole(QPalette::PlaceholderText);
    m_historyStatus->setContentsMargins(0, 4, 0, 4);
    m_historyStatus->hide();
    connect(&m_session, &app::WorkspaceSession::historyChanged, this, [this] {
        m_historyStatus->setVisible(m_session.loadingEarlier());
    });

    m_composer = new Composer(column);
    m_composer->setFixedHeight(84);
    connect(m_composer, &Composer::sendRequested, this, &MainWindow::submit);
    auto* completions = new app::ReplySearchModel(*m_session.library(), m_composer);
    completions->setLimit(8);
    m_composer->setReplyCompletions(completions);
    connect(m_composer, &Composer::replyPicked, this, [this](qint64 id) { useReply(id, -1, false, true); });
    connect(&m_session, &app::WorkspaceSession::currentChanged, completions, &app::ReplySearchModel::setConversation);
    m_sendButton = new QPushButton(tr("Send"), column);
    m_sendButton->setObjectName(QStringLiteral("send"));
    m_sendButton->setDefault(true);
    connect(m_sendButton, &QPushButton::clicked, this, [this] { submit(m_composer->toPlainText()); });
    m_noteMode = new QToolButton(column);
    m_noteMode->setObjectName(QStringLiteral("noteMode"));
    m_noteMode->setText(tr("Internal note"));
    m_noteMode->setToolTip(tr("Write a note for colleagues that the customer never sees (Ctrl+Shift+N)"));
    m_noteMode->setCheckable(true);
    connect(m_noteMode, &QToolButton::toggled, this, &MainWindow::setNoteMode);
    auto* composeRow = new QHBoxLayout;
    composeRow->setContentsMargins(12, 8, 12, 0);
    composeRow->addWidget(m_composer, 1);
    m_attachButton = new QToolButton(column);
    m_attachButton->setObjectName(QStringLiteral("attachImage"));
    m_attachButton->setText(tr("Image…"));
    m_attachButton->setToolTip(tr("Attach a picture to the next message (PNG or JPEG; larger ones are made smaller)"));
    connect(m_attachButton, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach an image"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"));
        if (!path.isEmpty())
            attachImageFile(path);
    });
    m_attachment = new AttachmentBar(column);
    connect(m_attachment, &AttachmentBar::removeRequested, &m_session, &app::WorkspaceSession::clearAttachment);
    connect(&m_session, &app::WorkspaceSession::attachmentChanged, this, &MainWindow::updateAttachment);
    connect(m_session.images(), &app::ImageCache::imageArrived, this, [this](const QString& id) {
        if (id == m_session.attachedImage())
            updateAttachment();
    });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_noteMode);
    buttons->addWidget(m_attachButton);
    buttons->addStretch(1);
    buttons->addWidget(m_sendButton);
    composeRow->addLayout(buttons);

    m_closeButton = new QToolButton(column);
    m_closeButton->setObjectName(QStringLiteral("closeConversation"));
    m_closeButton->setText(tr("Close conversation"));
    m_closeButton->setToolTip(tr("Close with a resolution (Ctrl+Shift+W, then Enter closes as solved)"));
    m_closeButton->setPopupMode(QToolButton::InstantPopup);
    auto* resolutions = new QMenu(m_closeButton);
    const std::pair<QString, QString> codes[] = {{QStringLiteral("solved"), tr("Solved")},
                                                 {QStringLiteral("purchased"), tr("Customer purchased")},
                                                 {QStringLiteral("no-response"), tr("Customer stopped answering")},
                                                 {QStringLiteral("escalated"), tr("Escalated to a specialist")}};
    for (const auto& [code, label] : codes) {
        QAction* action = resolutions->addAction(label);
        connect(action, &QAction::triggered, this, [this, code = code] { m_session.closeCurrent(code); });
    }
    m_closeButton->setMenu(resolutions);
    auto* headerRow = new QHBoxLayout;
    headerRow->setContentsMargins(0, 0, 12, 0);
    m_transferButton = new QToolButton(column);
    m_transferButton->setObjectName(QStringLiteral("transfer"));
    m_transferButton->setText(tr("Transfer…"));
    m_transferButton->setToolTip(tr("Hand the conversation to a colleague or a team (Ctrl+Shift+T)"));
    connect(m_transferButton, &QToolButton::clicked, this, &MainWindow::startTransfer);
    m_couponButton = new QToolButton(column);
    m_couponButton->setObjectName(QStringLiteral("coupon"));
    m_couponButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_couponButton->setText(tr("Coupon"));
    connect(m_couponButton, &QToolButton::clicked, this, &MainWindow::openCoupons);
    connect(m_session.coupons(), &app::CouponDesk::optionsChanged, this, &MainWindow::updateCouponButton);
    headerRow->addWidget(m_chatHeader, 1);
    headerRow->addWidget(m_couponButton);
    headerRow->addWidget(m_transferButton);
    headerRow->addWidget(m_closeButton);
    auto* header = new QWidget(column);
    header->setObjectName(QStringLiteral("chatHeaderRow"));
    header->setLayout(headerRow);
    header->setStyleSheet(QStringLiteral("#chatHeaderRow { border-bottom: 1px solid #e5e7eb; background: #fbfbfc; }"));

    m_recommendations = new RecommendationBar(column);
    connect(m_recommendations, &RecommendationBar::sendRequested, this, [this](const QString& sku) {
        if (m_session.sendRecommendation(sku))
            m_followMessages = true;
    });
    connect(m_recommendations, &RecommendationBar::dismissRequested, &m_session, &app::WorkspaceSession::dismissRecommendation);
    connect(&m_session, &app::WorkspaceSession::recommendationsChanged, this,
            [this] { m_recommendations->show(m_session.recommendations()); });

    layout->addWidget(header);
    layout->addWidget(m_historyStatus);
    layout->addWidget(m_messageList, 1);
    layout->addWidget(m_recommendations);
    layout->addWidget(m_attachment);
    layout->addLayout(composeRow);
    return column;
}

void MainWindow::buildStatusBar()
{
    m_connection = new ConnectionIndicator(this);
    m_me = new QLabel(this);
    m_presence = new QComboBox(this);
    m_presence->setObjectName(QStringLiteral("presence"));
    m_presence->setAccessibleName(tr("My status"));
    for (PresenceStatus status : {PresenceStatus::Online, PresenceStatus::Away, PresenceStatus::Busy})
        m_presence->addItem(UiText::presence(status), int(status));
    connect(m_presence, &QComboBox::activated, this, [this](int index) {
        m_session.setPresence(PresenceStatus(m_presence->itemData(index).toInt()));
    });
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_capacity->setAccessibleName(tr("Capacity"));
    m_capacity->setRange(1, 50);
    m_capacity->setValue(5);
    m_capacity->setPrefix(tr("Capacity "));
    m_capacity->setToolTip(tr("How many conversations you take at once"));
    m_capacity->setKeyboardTracking(false);
    connect(m_capacity, &QSpinBox::valueChanged, this, [this](int capacity) {
        m_session.setPresence(PresenceStatus(m_presence->currentData().toInt()), capacity);
    });
    connect(&m_session, &app::WorkspaceSession::presenceChanged, this, [this](PresenceStatus status, int capacity) {
        const QSignalBlocker blockPresence(m_presence);
        const QSignalBlocker blockCapacity(m_capacity);
        m_presence->setCurrentIndex(m_presence->findData(int(status)));
        m_capacity->setValue(capacity);
    });
    connect(&m_session, &app::WorkspaceSession::problem, this, [this](const QString& message) {
        statusBar()->showMessage(message, 15000);
    });
    auto* settingsButton = new QToolButton(this);
    settingsButton->setObjectName(QStringLiteral("settings"));
    settingsButton->setText(tr("Settings"));
    settingsButton->setToolTip(tr("Notifications, language, reply target (Ctrl+,)"));
    settingsButton->setAutoRaise(true);
    connect(settingsButton, &QToolButton::clicked, this, &MainWindow::openSettings);
    statusBar()->addWidget(m_connection);
    m_requestsButton = new QToolButton(this);
    m_requestsButton->setObjectName(QStringLiteral("couponRequests"));
    m_requestsButton->setAutoRaise(true);
    connect(m_requestsButton, &QToolButton::clicked, this, &MainWindow::openRequests);
    connect(m_session.coupons(), &app::CouponDesk::approvalsChanged, this, &MainWindow::updateRequestsButton);
    connect(m_session.coupons(), &app::CouponDesk::myRequestDecided, this, [this](const protocol::CouponApproval& a) {
        const QString text = a.status == ApprovalStatus::Approved
            ? tr("%1 approved your coupon request for %2: code %3.").arg(a.decidedByName, a.customerName, a.couponCode)
            : a.comment.isEmpty() ? tr("%1 denied your coupon request for %2.").arg(a.decidedByName, a.customerName)
                                  : tr("%1 denied your coupon request for %2: “%3”").arg(a.decidedByName, a.customerName, a.comment);
        statusBar()->showMessage(text, 20000);
        notify(tr("Coupon request"), text, a.conversationId);
    });
    m_floorButton = new QToolButton(this);
    m_floorButton->setObjectName(QStringLiteral("floorView"));
    m_floorButton->setText(tr("Floor"));
    m_floorButton->setToolTip(tr("The supervisor view: queue, agents and KPIs of your team (F9)"));
    m_floorButton->setCheckable(true);
    m_floorButton->setAutoRaise(true);
    m_floorButton->hide();
    connect(m_floorButton, &QToolButton::toggled, this, &MainWindow::showFloor);
    statusBar()->addPermanentWidget(m_floorButton);
    statusBar()->addPermanentWidget(m_requestsButton);
    statusBar()->addPermanentWidget(m_me);
    statusBar()->addPermanentWidget(m_capacity);
    statusBar()->addPermanentWidget(m_presence);
    // Training: what coaches set me and my results here; the sandbox itself opens in a window of
    // its own, on a shop of its own (agentdesk --sandbox).
    auto* sandboxButton = new QToolButton(this);
    sandboxButton->setObjectName(QStringLiteral("sandboxButton"));
    sandboxButton->setAutoRaise(true);
    auto showAssigned = [this, sandboxButton] {
        const int assigned = int(m_session.training()->myAssignments().size());
        sandboxButton->setText(assigned > 0 ? tr("Training (%n)", "scenarios assigned", assigned) : tr("Training"));
        sandboxButton->setToolTip(assigned > 0 ? tr("%n scenario(s) assigned to you. Practise with scripted customers in the "
                                                    "sandbox: nothing reaches this shop", "", assigned)
                                               : tr("Practise with a scripted customer in the sandbox: nothing reaches this shop"));
    };
    showAssigned();
    connect(m_session.training(), &app::TrainingDesk::assignmentsChanged, sandboxButton, showAssigned);
    connect(sandboxButton, &QToolButton::clicked, this, &MainWindow::trainingRequested);
    statusBar()->addPermanentWidget(sandboxButton);
    statusBar()->addPermanentWidget(settingsButton);
    auto* signOutButton = new QToolButton(this);
    signOutButton->setObjectName(QStringLiteral("signOut"));
    signOutButton->setText(tr("Sign out"));
    signOutButton->setToolTip(tr("Sign out here and on every other computer; messages not yet sent are kept for your next sign-in"));
    signOutButton->setAutoRaise(true);
    connect(signOutButton, &QToolButton::clicked, &m_session.engine(), &app::SyncEngine::signOut);
    statusBar()->addPermanentWidget(signOutButton);
    // Signed out, here or elsewhere: the window goes, and with it the program.
    connect(&m_session.engine(), &app::SyncEngine::signedOut, this, &QWidget::close);
    connect(&m_session.engine(), &app::SyncEngine::stateChanged, m_connection, &ConnectionIndicator::setState);
    m_connection->setState(m_session.engine().state(), 0);
    connect(&m_session, &app::WorkspaceSession::signedIn, this, &MainWindow::onSignedIn);
    if (m_session.me().id != 0)
        onSignedIn();  // the window opened after the session had signed in
    connect(&m_session.engine(), &app::SyncEngine::noticeReceived, this, &MainWindow::showNotice);
    // A lead hears of an SLA breach in whichever view they are.
    connect(m_session.floor(), &app::FloorWatch::alert, this, [this](const protocol::ConversationInfo& c) {
        notify(tr("Waiting past the SLA"), tr("%1 (%2) has waited past the SLA.").arg(c.customerName, UiText::tier(c.customerTier)));
    });
    connect(&m_session.engine(), &app::SyncEngine::problem, this, [this](const QString& message) {
        statusBar()->showMessage(message, 15000);
    });
}

void MainWindow::buildShortcuts()
{
    auto add = [this](const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence::Find, [this] { m_search->setFocus(); m_search->selectAll(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { m_composer->setFocus(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_K), [this] { m_library->focusSearch(); });
    add(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveSelection(1); });
    add(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelection(-1); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { m_noteMode->toggle(); m_composer->setFocus(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] { startTransfer(); });
    add(QKeySequence(Qt::Key_F9), [this] {
        if (m_floorButton->isVisible())
            m_floorButton->toggle();
    });
    add(QKeySequence::Preferences, [this] { openSettings(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { openSettings(); });
    // The resolutions, "solved" first: Enter closes as solved, the arrows pick another, Escape
    // thinks again.
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), [this] {
        if (!m_closeButton->isVisible() || !m_closeButton->isEnabled())
            return;  // also not from the floor view, where the chat is not shown
        QMenu* menu = m_closeButton->menu();
        menu->popup(m_closeButton->mapToGlobal(QPoint(0, m_closeButton->height())));
        menu->setActiveAction(menu->actions().constFirst());
    });
    // The first card's offer: sent, or put away.
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] {
        if (!m_recommendations->isVisible())
            return;
        for (const protocol::Recommendation& r : m_session.recommendations()) {
            if (r.allowed) {
                if (m_session.sendRecommendation(r.sku))
                    m_followMessages = true;
                return;
            }
        }
    });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this] {
        if (m_recommendations->isVisible() && !m_session.recommendations().empty())
            m_session.dismissRecommendation(m_session.recommendations().front().sku);
    });
    add(QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_filters->setCurrentIndex(0); });
    add(QKeySequence(Qt::CTRL | Qt::Key_2), [this] { m_filters->setCurrentIndex(1); });
    add(QKeySequence(Qt::CTRL | Qt::Key_3), [this] { m_filters->setCurrentIndex(2); });
}

void MainWindow::moveSelection(int delta)
{
    const int rows = m_conversationList->model()->rowCount();
    if (rows == 0)
        return;
    const int current = m_conversationList->currentIndex().row();
    selectRow(std::clamp(current < 0 ? 0 : current + delta, 0, rows - 1));
}

void MainWindow::selectRow(int row)
{
    const QModelIndex index = m_conversationList->model()->index(row, 0);
    if (index.isValid())
        m_conversationList->setCurrentIndex(index);
}

void MainWindow::onCurrentChanged(qint64 conversationId)
{
    m_followMessages = true;
    m_draftOwner = conversationId;
    m_composer->setPlainText(conversationId ? m_session.draft(conversationId) : QString());
    m_composer->moveCursor(QTextCursor::End);
    m_composer->setEnabled(conversationId != 0);
    m_sendButton->setEnabled(conversationId != 0);
    m_noteMode->setEnabled(conversationId != 0);
    m_attachButton->setEnabled(conversationId != 0);
    updateCloseButton();
    m_customerPanel->show(m_session.profile(), conversationId != 0);
    m_library->setConversation(conversationId);
    updateChatHeader();
}

void MainWindow::useReply(qint64 replyId, int step, bool sendNow, bool fromCompleter)
{
    const qint64 conversation = m_session.current();
    const auto prepared = m_session.prepareReply(replyId, step);
    if (!prepared)
        return;
    QString text = prepared->filled.text;
    if (!prepared->filled.unfilled.empty()) {
        ReplyFillDialog dialog(text, prepared->filled.unfilled, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        text = dialog.text();
        if (m_session.current() != conversation) {
            statusBar()->showMessage(tr("Another conversation was opened meanwhile; the reply was not used."), 8000);
            return;
        }
    }
    if (sendNow) {
        if (m_session.sendReply(*prepared, text))
            m_followMessages = true;
        return;
    }
    m_composer->insertReply(text, fromCompleter);
    m_session.noteInserted(prepared->ref);
    m_composer->setFocus();
}

void MainWindow::editReply(qint64 replyId, const QString& presetBody, const QString& presetImage)
{
    protocol::Reply reply;
    if (const protocol::Reply* stored = m_session.library()->find(replyId)) {
        reply = *stored;
    } else {
        reply.scope = ReplyScope::Personal;
        reply.language = QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
        reply.body = presetBody;
        reply.title = presetBody.simplified().left(30);
        reply.image = presetImage;
    }
    openReplyEditor(reply);
}

void MainWindow::openReplyEditor(const protocol::Reply& reply, const QString& refusal, const QByteArray& pickedImage)
{
    ReplyEditorDialog dialog(reply, m_session.me(), this);
    if (!pickedImage.isEmpty())
        dialog.setNewImage(pickedImage);
    if (!refusal.isEmpty())
        dialog.setRefusal(refusal);
    // A/B tests pair replies of one kind and language that the user keeps and that are in no test yet.
    std::vector<std::pair<qint64, QString>> candidates;
    protocol::Reply kept = reply;
    if (kept.scope == ReplyScope::Personal)
        kept.ownerId = m_session.me().id;  // what the server will make of it
    for (const protocol::Reply& other : m_session.library()->replies()) {
        if (other.abPairId == 0 && other.isScript() == reply.isScript() && other.language == reply.language
            && LibraryAccess::canPair(m_session.me(), kept, other))
            candidates.emplace_back(other.id, other.title);
    }
    dialog.setAbCandidates(candidates);
    if (!reply.image.isEmpty()) {
        dialog.showCurrentImage(m_session.images()->bytes(reply.image));
        connect(m_session.images(), &app::ImageCache::imageArrived, &dialog, [this, &dialog, id = reply.image](const QString& arrived) {
            if (arrived == id)
                dialog.showCurrentImage(m_session.images()->bytes(id));
        });
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const protocol::Reply edited = dialog.reply();
    const QByteArray newImage = edited.isScript() ? QByteArray() : dialog.newImage();
    if (!newImage.isEmpty()) {
        // The picture first: the reply refers to it by the id the server gives it.
        QPointer<MainWindow> self(this);
        m_session.images()->upload(newImage, [self, edited, newImage](const QString& imageId, const QString& error) {
            if (!self)
                return;
            if (imageId.isEmpty()) {
                // The editor again, with the picture the user chose: nothing they did is lost.
                QTimer::singleShot(0, self, [self, edited, error, newImage] {
                    if (self)
                        self->openReplyEditor(edited, tr("The image was not uploaded: %1").arg(error), newImage);
                });
                return;
            }
            protocol::Reply withImage = edited;
            withImage.image = imageId;
            self->saveReply(withImage);
        });
        return;
    }
    saveReply(edited);
}

void MainWindow::saveReply(const protocol::Reply& edited)
{
    QPointer<MainWindow> self(this);
    m_session.library()->save(edited, [self, edited](const protocol::Reply* saved, const QString& error) {
        if (!self)
            return;
        if (saved) {
            self->statusBar()->showMessage(tr("Saved “%1” in the reply library.").arg(saved->title), 8000);
            return;
        }
        // Nothing the user typed is lost: the editor opens again with it and the reason. After a
        // concurrent change, saving again (now knowingly) replaces the current version.
        QTimer::singleShot(0, self, [self, edited, error] {
            if (!self)
                return;
            protocol::Reply again = edited;
            if (const protocol::Reply* current = self->m_session.library()->find(edited.id))
                again.updatedAt = current->updatedAt;
            self->openReplyEditor(again, tr("The reply was not saved: %1").arg(error));
        });
    });
}

void MainWindow::showLibraryStats()
{
    QPointer<MainWindow> self(this);
    m_session.library()->requestStats([this, self](const protocol::LibraryStatsOk& stats) {
        if (!self)
            return;
        QTimer::singleShot(0, this, [this, stats] {
            LibraryStatsDialog dialog(stats, *m_session.library(), this);
            dialog.exec();
        });
    });
}

void MainWindow::showMessageMenu(const QPoint& at)
{
    const QModelIndex index = m_messageList->indexAt(at);
    if (!index.isValid() || Sender(index.data(MessageListModel::SenderRole).toInt()) != Sender::Agent)
        return;
    QMenu menu(this);
    const QString text = index.data(MessageListModel::TextRole).toString();
    const QString image = index.data(MessageListModel::ImageRole).toString();
    connect(menu.addAction(tr("Save as my reply…")), &QAction::triggered, this,
            [this, text, image] { editReply(0, text, image); });
    menu.exec(m_messageList->viewport()->mapToGlobal(at));
}

void MainWindow::showImage(const QString& imageId)
{
    const QPixmap picture = ImageFitter::pixmap(imageId, m_session.images()->bytes(imageId));
    if (picture.isNull())
        return;
    // One viewer, reused: a second click shows the other picture in it.
    if (!m_imageViewer) {
        m_imageViewer = new QDialog(this);
        m_imageViewer->setWindowTitle(tr("Image"));
        auto* scroll = new QScrollArea(m_imageViewer);
        scroll->setObjectName(QStringLiteral("imageViewerArea"));
        scroll->setWidget(new QLabel(scroll));
        scroll->setAlignment(Qt::AlignCenter);
        auto* layout = new QVBoxLayout(m_imageViewer);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(scroll);
    }
    auto* scroll = m_imageViewer->findChild<QScrollArea*>(QStringLiteral("imageViewerArea"));
    auto* label = qobject_cast<QLabel*>(scroll->widget());
    label->setPixmap(picture);
    label->adjustSize();
    const QSize room = screen() ? screen()->availableSize() * 0.8 : QSize(1024, 768);
    m_imageViewer->resize(picture.size().boundedTo(room) + QSize(4, 4));
    m_imageViewer->show();
    m_imageViewer->raise();
}

void MainWindow::updateAttachment()
{
    const QString id = m_session.attachedImage();
    m_attachment->show(id, id.isEmpty() ? QByteArray() : m_session.images()->bytes(id));
}

void MainWindow::attachImageFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        statusBar()->showMessage(tr("The file cannot be read: %1").arg(file.errorString()), 8000);
        return;
    }
    // Pictures of many megabytes are not for a chat; refusing early keeps the window responsive.
    if (file.size() > kLargestPictureFile) {
        statusBar()->showMessage(tr("The picture is larger than %1 MiB.").arg(kLargestPictureFile / (1024 * 1024)), 8000);
        return;
    }
    QString error;
    const QByteArray bytes = ImageFitter::fit(file.readAll(), &error);
    if (bytes.isEmpty()) {
        statusBar()->showMessage(error, 8000);
        return;
    }
    const qint64 conversation = m_session.current();
    QPointer<MainWindow> self(this);
    m_session.images()->upload(bytes, [self, conversation](const QString& imageId, const QString& uploadError) {
        if (!self)
            return;
        if (imageId.isEmpty()) {
            self->statusBar()->showMessage(tr("The image was not attached: %1").arg(uploadError), 8000);
            return;
        }
        // Attached where it was picked, even if another conversation is open by now.
        self->m_session.attachImage(imageId, conversation);
    });
}

void MainWindow::updateCloseButton()
{
    const protocol::ConversationInfo* c = m_session.currentConversation();
    const bool open = c && ConversationAccess::canManage(m_session.me(), *c);
    m_closeButton->setEnabled(open);
    m_transferButton->setEnabled(open);
    updateCouponButton();
}

void MainWindow::startTransfer()
{
    // One transfer at a time: a double click must not open two dialogs or send two requests.
    if (!m_transferButton->isEnabled() || m_transferInProgress)
        return;
    m_transferInProgress = true;
    const qint64 conversation = m_session.current();
    QPointer<MainWindow> self(this);
    m_session.requestStaff([this, self, conversation](const protocol::StaffListOk* staff) {
        if (!self)
            return;  // the window closed meanwhile
        if (!staff || m_session.current() != conversation) {
            m_transferInProgress = false;
            return;
        }
        // Open the dialog after the network handler has returned, not inside it.
        QTimer::singleShot(0, this, [this, conversation, list = *staff] {
            TransferDialog dialog(list, m_session.me().id, this);
            if (dialog.exec() == QDialog::Accepted && m_session.current() == conversation)
                m_session.transfer(conversation, dialog.toAgentId(), dialog.toTeamId(), dialog.note());
            m_transferInProgress = false;
        });
    });
}

void MainWindow::updateChatHeader()
{
    updateCloseButton();
    const protocol::ConversationInfo* c = m_session.currentConversation();
    if (!c) {
        m_chatHeader->setText(QStringLiteral("<span style='color:#6b7280'>%1</span>").arg(tr("Select a conversation")));
        return;
    }
    QString status;
    if (c->status == ConversationStatus::Closed)
        status = c->csat > 0 ? tr("closed, rated %1/5").arg(c->csat) : tr("closed");
    else if (c->waitingSince > 0)
        status = tr("waiting %1").arg(UiText::waited(QDateTime::currentMSecsSinceEpoch() - c->waitingSince));
    m_chatHeader->setText(QStringLiteral("<b style='font-size:15px'>%1</b> &nbsp; <span style='color:%2'>%3</span> · %4 · %5 %6")
                              .arg(c->customerName.toHtmlEscaped(), UiText::tierColor(c->customerTier).name(),
                                   UiText::tier(c->customerTier), UiText::channel(c->channel), UiText::topic(c->topic),
                                   status.isEmpty() ? QString() : QStringLiteral("· <b>%1</b>").arg(status)));
}

void MainWindow::submit(const QString& text)
{
    const bool note = m_noteMode->isChecked();
    if (!(note ? m_session.addNote(text) : m_session.send(text)))
        return;  // kept in the composer; the status bar says why
    m_composer->clear();
    m_followMessages = true;
    if (note)
        m_noteMode->setChecked(false);
}

void MainWindow::setNoteMode(bool on)
{
    m_composer->setStyleSheet(on ? QStringLiteral("QPlainTextEdit { background: #fff9db; }") : QString());
    m_composer->setPlaceholderText(on ? tr("Internal note for colleagues; the customer never sees it. Enter adds it.")
                                      : tr("Type a reply. Enter sends, Shift+Enter adds a line, / finds a quick reply."));
    m_sendButton->setText(on ? tr("Add note") : tr("Send"));
    // Notes carry no picture: an attached one waits for the next message to the customer.
    m_attachButton->setEnabled(!on && m_session.current() != 0);
    m_attachment->setNoteMode(on);
}

void MainWindow::saveDraft()
{
    if (m_draftOwner != 0)
        m_session.saveDraft(m_draftOwner, m_composer->toPlainText());
}

void MainWindow::updateCouponButton()
{
    app::CouponDesk* desk = m_session.coupons();
    const bool serving = desk->serving();
    m_couponButton->setEnabled(serving);
    if (!serving || !desk->hasOptions()) {
        m_couponButton->setText(tr("Coupon"));
        m_couponButton->setToolTip(serving ? tr("Loading the coupons you may grant…") : tr("Coupons are granted by the agent serving the conversation"));
        return;
    }
    // Before any click: how many may be granted now, what is left of today's allowance, and why
    // the others may not.
    const int grantable = desk->grantableCount();
    m_couponButton->setText(tr("Coupon (%1)").arg(grantable));
    QStringList lines{tr("%n coupon(s) you may grant now; %1 left today", nullptr, grantable).arg(UiText::money(desk->remainingToday()))};
    for (const app::CouponDesk::Option& o : desk->options()) {
        if (!o.decision.allowed())
            lines << tr("Not now: %1 (%2)").arg(UiText::localName(o.coupon.name, o.coupon.nameZh), UiText::couponRefusals(o.decision.refusals));
    }
    lines << tr("Ctrl+Shift+C opens the coupons");
    m_couponButton->setToolTip(lines.join(QLatin1Char('\n')));
}

void MainWindow::updateRequestsButton()
{
    const Role role = m_session.me().role.value_or(Role::Agent);
    const bool lead = role == Role::Lead || role == Role::Admin;
    // For a lead, what waits for them: not their own requests, which someone else decides.
    const int pending = m_session.coupons()->pendingCount(lead ? m_session.me().id : 0);
    m_requestsButton->setVisible(lead || !m_session.coupons()->approvals().empty());
    m_requestsButton->setText(lead ? tr("Coupon requests (%1)").arg(pending) : tr("My coupon requests (%1 waiting)").arg(pending));
    m_requestsButton->setStyleSheet(lead && pending > 0 ? QStringLiteral("font-weight: bold; color: #b45309;") : QString());
}

void MainWindow::openCoupons()
{
    const protocol::ConversationInfo* c = m_session.currentConversation();
    if (!c)
        return;
    m_session.coupons()->refresh();
    CouponDialog dialog(*m_session.coupons(), c->customerName, this);
    connect(&dialog, &CouponDialog::auditRequested, this, &MainWindow::openAudit);
    dialog.exec();
}

// Requests and the log stay open beside the chat (not modal): a lead keeps answering customers.
void MainWindow::openRequests()
{
    if (m_requests) {
        m_requests->raise();
        m_requests->activateWindow();
        return;
    }
    m_requests = new ApprovalsDialog(*m_session.coupons(), m_session.me(), this);
    m_requests->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_requests, &ApprovalsDialog::auditRequested, this, &MainWindow::openAudit);
    m_requests->show();
}

void MainWindow::openAudit()
{
    if (m_audit) {
        m_audit->raise();
        m_audit->activateWindow();
        return;
    }
    m_audit = new AuditDialog(*m_session.coupons(), this);
    m_audit->setAttribute(Qt::WA_DeleteOnClose);
    m_audit->show();
}

void MainWindow::notify(const QString& title, const QString& body, qint64 conversationId)
{
    // Not while any window of the program is in front (a dialog of this one included).
    if (QApplication::activeWindow())
        return;
    // Where there is no tray (stock GNOME, many Wayland desktops) the taskbar entry still asks.
    QApplication::alert(this);
    if (m_tray && m_settings.desktopNotifications()) {
        m_notifiedConversation = conversationId;
        m_tray->showMessage(title, body.left(200), QSystemTrayIcon::Information, 5000);
    }
    if (m_settings.sound())
        QApplication::beep();
}

void MainWindow::loadEarlierNearTheTop()
{
    const QScrollBar* bar = m_messageList->verticalScrollBar();
    if (bar->maximum() > 0 && bar->value() <= bar->pageStep() / 2)
        m_session.loadEarlier();
}

void MainWindow::showConversation(qint64 conversationId)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    // Gone from the user's list meanwhile: nothing to show, and the filters stay as they are.
    const protocol::ConversationInfo* c = conversationId != 0 ? m_session.conversations()->find(conversationId) : nullptr;
    if (!c)
        return;
    showFloor(false);
    auto listed = [this, conversationId] {
        ConversationListModel* all = m_session.conversations();
        return m_session.filteredConversations()->mapFromSource(all->index(all->rowOf(conversationId), 0));
    };
    if (!listed().isValid()) {
        m_search->clear();
        m_filters->setCurrentIndex(int(c->status == ConversationStatus::Closed ? ConversationFilterModel::Filter::Closed
                                                                              : ConversationFilterModel::Filter::Mine));
    }
    if (const QModelIndex index = listed(); index.isValid())
        m_conversationList->setCurrentIndex(index);
}

void MainWindow::applySettings()
{
    m_session.conversations()->setSlaPolicy(SlaPolicy(m_session.slaMs()));
    m_session.conversations()->tick(QDateTime::currentMSecsSinceEpoch());
    if (m_tray)
        m_tray->setVisible(m_settings.desktopNotifications());  // no icon that does nothing
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_session.slaMs(), this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings();
}

void MainWindow::onSignedIn()
{
    m_me->setText(tr("%1 · %2").arg(m_session.me().name, m_session.me().teamName));
    m_library->setPrincipal(m_session.me());
    m_floorButton->setVisible(SupervisorAccess::supervises(m_session.me()));
    updateRequestsButton();
    applySettings();  // the server has said its reply-time target
}

void MainWindow::showFloor(bool on)
{
    if (on && !SupervisorAccess::supervises(m_session.me()))
        return;
    if (on && !m_supervisor) {
        m_supervisor = new SupervisorView(m_session, *m_session.floor(), m_views);
        connect(m_supervisor, &SupervisorView::auditRequested, this, &MainWindow::openAudit);
        m_views->addWidget(m_supervisor);
    }
    if (m_supervisor)
        m_views->setCurrentWidget(on ? static_cast<QWidget*>(m_supervisor) : m_views->widget(0));
    const QSignalBlocker block(m_floorButton);
    m_floorButton->setChecked(on);
    setWindowTitle(on ? tr("AgentDesk — Floor") : tr("AgentDesk"));
}

void MainWindow::showNotice(const protocol::Notice& notice)
{
    const QString when = UiText::timeOfDay(notice.at);
    m_notice->setText(tr("<b>Notice from %1</b> (%2): %3").arg(notice.authorName.toHtmlEscaped(), when,
                                                               notice.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    m_notice->show();
    notify(tr("Notice from %1").arg(notice.authorName), notice.text);
}

void MainWindow::addBanner(QWidget* banner)
{
    if (auto* layout = qobject_cast<QVBoxLayout*>(centralWidget()->layout()))
        layout->insertWidget(0, banner);
}

QString MainWindow::noticeText() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_notice && event->type() == QEvent::MouseButtonRelease) {
        m_notice->hide();
        return true;
    }
    if (watched == m_messageList->viewport()) {
        if (event->type() == QEvent::Resize) {
            m_messageDelegate->setViewWidth(m_messageList->viewport()->width());
            m_messageList->doItemsLayout();
        } else if (event->type() == QEvent::MouseButtonRelease) {
            // A click on a failed message sends it again, with the same key.
            const QPoint at = static_cast<QMouseEvent*>(event)->position().toPoint();
            const QModelIndex index = m_messageList->indexAt(at);
            if (index.isValid() && index.data(MessageListModel::DeliveryRole).toInt() == int(MessageListModel::Delivery::Failed))
                m_session.retry(index.data(MessageListModel::KeyRole).toString());
            // A click on a picture shows it at full size.
            if (index.isValid()) {
                QStyleOptionViewItem option;
                option.initFrom(m_messageList->viewport());
                option.rect = m_messageList->visualRect(index);
                if (m_messageDelegate->imageRect(option, index).contains(at))
                    showImage(index.data(MessageListModel::ImageRole).toString());
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveDraft();
    QMainWindow::closeEvent(event);
}

} // namespace agentdesk::ui
