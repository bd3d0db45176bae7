// The workspace window on the offscreen platform, against a real server: selecting a
// conversation shows its history and the customer, Enter sends (Shift+Enter does not), drafts
// survive switching conversations and restarting, and the connection state is shown. A customer
// message asks for attention also in the open conversation, a notification opens its
// conversation whatever the filter, and scrolling up fetches older history a page at a time
// with the message being read kept in place.

#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TestServer.h"
#include "WsClient.h"
#include "models/ConversationListModel.h"
#include "models/MessageListModel.h"
#include "settings/WorkspaceSettings.h"
#include "workspace/WorkspaceSession.h"

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QToolButton>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        // Room for a long history at once; the limits themselves are tested in tst_server_edge.
        m_server = std::make_unique<TestServer>([](server::ServerConfig& c) {
            c.rateBurst = 1000;
            c.ratePerSecond = 1000;
            c.slaMs = 90'000;  // not the default, to tell the server's from the client's
        });
        QVERIFY(m_server->start());
        for (const char* ref : {"demo-0101", "demo-0102"}) {
            auto customer = std::make_unique<WsClient>(m_server->customerUrl());
            QVERIFY(customer->waitConnected());
            customer->sync(customer->signinCustomer(QLatin1String(ref)).head);
            m_conversations << customer->openConversation(QStringLiteral("Question from %1").arg(QLatin1String(ref))).id;
            m_customers.push_back(std::move(customer));
        }
        ++m_round;
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_customers.clear();
        m_conversations.clear();
        m_server.reset();
    }

    void selectingShowsHistoryAndCustomer()
    {
        auto* list = m_window->findChild<QListView*>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        m_window->selectRow(0);
        const qint64 selected = m_session->current();
        QVERIFY(m_conversations.contains(selected));
        auto* messages = m_window->findChild<QListView*>(QStringLiteral("messageList"));
        QTRY_VERIFY(messages->model()->rowCount() >= 2);
        QVERIFY(messages->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Question from demo-01")));
        auto* name = m_window->findChild<QLabel*>(QStringLiteral("customerName"));
        QTRY_COMPARE(name->text(), m_session->currentConversation()->customerName);
        auto* header = m_window->findChild<QLabel*>(QStringLiteral("chatHeader"));
        QVERIFY(header->text().contains(m_session->currentConversation()->customerName.toHtmlEscaped()));
    }

    void enterSendsAndShiftEnterDoesNot()
    {
        auto* list = m_window->findChild<QListView*>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        m_window->selectRow(0);
        const qint64 conversation = m_session->current();
        auto* composer = m_window->findChild<QPlainTextEdit*>(QStringLiteral("composer"));
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("Line one"));
        QTest::keyClick(composer, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(composer, QStringLiteral("line two"));
        QCOMPARE(composer->toPlainText(), QStringLiteral("Line one\nline two"));
        QTest::keyClick(composer, Qt::Key_Return);
        QVERIFY(composer->toPlainText().isEmpty());

        WsClient& customer = *m_customers[size_t(m_conversations.indexOf(conversation))];
        QVERIFY(customer.waitMessage(conversation, QStringLiteral("Line one\nline two")));
        // Sent once: the cache's outbox is empty and the bubble says "sent".
        auto* messages = m_window->findChild<QListView*>(QStringLiteral("messageList"));
        QTRY_COMPARE(messages->model()->index(messages->model()->rowCount() - 1, 0).data().toString(),
                     QStringLiteral("Line one\nline two"));
        QVERIFY(!customer.waitMessage(conversation, QStringLiteral("Line one\nline two"), 300));
    }

    void draftsSurviveSwitchesAndRestarts()
    {
        auto* list = m_window->findChild<QListView*>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        auto* composer = m_window->findChild<QPlainTextEdit*>(QStringLiteral("composer"));
        m_window->selectRow(0);
        const qint64 first = m_session->current();
        QTest::keyClicks(composer, QStringLiteral("half a thought"));
        m_window->selectRow(1);
        QVERIFY(m_session->current() != first);
        QVERIFY(composer->toPlainText().isEmpty());
        QTest::keyClicks(composer, QStringLiteral("second draft"));
        m_window->selectRow(list->model()->index(0, 0).data(app::ConversationListModel::IdRole).toLongLong() == first ? 0 : 1);
        QCOMPARE(composer->toPlainText(), QStringLiteral("half a thought"));

        // Close and reopen the program on the same cache: drafts are still there.
        m_window->close();
        openWindow();
        QTRY_COMPARE(m_window->findChild<QListView*>(QStringLiteral("conversationList"))->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            m_window->selectRow(row);
            const QString expected = m_session->current() == first ? QStringLiteral("half a thought") : QStringLiteral("second draft");
            QCOMPARE(m_window->findChild<QPlainTextEdit*>(QStringLiteral("composer"))->toPlainText(), expected);
        }
    }

    void internalNotesStayInternal()
    {
        auto* list = m_window->findChild<QListView*>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        m_window->selectRow(0);
        const qint64 conversation = m_session->current();
        auto* noteMode = m_window->findChild<QToolButton*>(QStringLiteral("noteMode"));
        noteMode->setChecked(true);
        auto* composer = m_window->findChild<QPlainTextEdit*>(QStringLiteral("composer"));
        QTest::keyClicks(composer, QStringLiteral("check the warranty first"));
        QTest::keyClick(composer, Qt::Key_Return);
        QVERIFY(!noteMode->isChecked());  // back to replies after one note
        auto* messages = m_window->findChild<QListView*>(QStringLiteral("messageList"));
        QTRY_VERIFY(messages->model()->index(messages->model()->rowCount() - 1, 0).data().toString() == QStringLiteral("check the warranty first")
                    && messages->model()->index(messages->model()->rowCount() - 1, 0).data(app::MessageListModel::DeliveryRole).toInt()
                           == int(app::MessageListModel::Delivery::Sent));
        QCOMPARE(messages->model()->index(messages->model()->rowCount() - 1, 0).data(app::MessageListModel::SenderRole).toInt(),
                 int(Sender::Note));
        WsClient& customer = *m_customers[size_t(m_conversations.indexOf(conversation))];
        QVERIFY(!customer.waitMessage(conversation, QStringLiteral("check the warranty first"), 500));
    }

    void closingWithAResolution()
    {
        auto* list = m_window->findChild<QListView*>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        m_window->selectRow(0);
        const qint64 conversation = m_session->current();
        auto* close = m_window->findChild<QToolButton*>(QStringLiteral("closeConversation"));
        QVERIFY(close->isEnabled());
        close->menu()->actions().at(1)->trigger();  // "customer purchased"
        WsClient& customer = *m_customers[size_t(m_conversations.indexOf(conversation))];
        const auto closed = customer.waitConversation([&](const ConversationInfo& c) {
            return c.id == conversation && c.status == ConversationStatus::Closed;
        });
        QVERIFY(closed);
        QCOMPARE(closed->resolution, QStringLiteral("purchased"));
        // It stays on screen while open (the agent may add a note), closing is no longer offered,
        // and it leaves the "mine" list once the agent moves on.
        QTRY_VERIFY(!close->isEnabled());
        QCOMPARE(m_session->current(), conversation);
        m_window->selectRow(list->model()->index(0, 0).data(app::ConversationListModel::IdRole).toLongLong() == conversation ? 1 : 0);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        m_window->findChild<QTabBar*>(QStringLiteral("filters"))->setCurrentIndex(2);  // closed
        QTRY_COMPARE(list->model()->rowCount(), 2);  // the closed one, and the open one pinned as current
    }

    // Ctrl+Shift+W offers the resolutions, "solved" first; Escape closes nothing. (Two tests: the
    // offscreen platform gives the window no focus back after a popup.)
    void closingFromTheKeyboardCanBeCancelled()
    {
        QMenu* resolutions = popUpResolutions();
        QVERIFY(resolutions);
        QCOMPARE(resolutions->activeAction(), resolutions->actions().constFirst());
        QTest::keyClick(resolutions, Qt::Key_Escape);
        QTRY_VERIFY(!resolutions->isVisible());
        QTest::qWait(300);
        QCOMPARE(m_session->currentConversation()->status, ConversationStatus::Assigned);
    }

    void closingFromTheKeyboard()
    {
        QMenu* resolutions = popUpResolutions();
        QVERIFY(resolutions);
        const qint64 conversation = m_session->current();
        QTest::keyClick(resolutions, Qt::Key_Down);  // "customer purchased"
        QTest::keyClick(resolutions, Qt::Key_Return);
        WsClient& customer = *m_customers[size_t(m_conversations.indexOf(conversation))];
        const auto closed = customer.waitConversation([&](const ConversationInfo& c) {
            return c.id == conversation && c.status == ConversationStatus::Closed;
        });
        QVERIFY(closed);
        QCOMPARE(closed->resolution, QStringLiteral("purchased"));
    }

    void aDoubleClickOpensOneTransferDialog()
    {
        auto* list = m_window->findChild<QListView*>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        m_window->selectRow(0);
        auto* button = m_window->findChild<QToolButton*>(QStringLiteral("transfer"));
        QTRY_VERIFY(button->isEnabled());
        int dialogs = 0;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()); dialog && dialog->isVisible()) {
                ++dialogs;
                dialog->reject();  // hides it at once: counted once
            }
        });
        poll.start(10);
        button->click();
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialogs, 1, 10000);
        QTest::qWait(500);  // a second request would have been answered by now
        QCOMPARE(dialogs, 1);
        // Once it is closed, the next click opens one again.
        button->click();
        QTRY_COMPARE(dialogs, 2);
    }

    void aTransferredConversationLeavesMyList()
    {
        auto* list = m_window->findChild<QListView*>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        m_window->selectRow(0);
        const qint64 conversation = m_session->current();
        QVERIFY(m_window->findChild<QToolButton*>(QStringLiteral("transfer"))->isEnabled());
        m_session->transfer(conversation, 0, 2, QStringLiteral("needs aftersales"));
        QTRY_VERIFY(!m_window->findChild<QToolButton*>(QStringLiteral("transfer"))->isEnabled());
        m_window->selectRow(list->model()->index(0, 0).data(app::ConversationListModel::IdRole).toLongLong() == conversation ? 1 : 0);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QVERIFY(list->model()->index(0, 0).data(app::ConversationListModel::IdRole).toLongLong() != conversation);
        WsClient& customer = *m_customers[size_t(m_conversations.indexOf(conversation))];
        QVERIFY(customer.waitConversation([&](const ConversationInfo& c) {
            return c.id == conversation && c.teamId == 2 && c.status == ConversationStatus::Waiting;
        }));
    }

    void capacityComesFromTheServer()
    {
        auto* capacity = m_window->findChild<QSpinBox*>(QStringLiteral("capacity"));
        QTRY_COMPARE(capacity->value(), 5);  // agent1's capacity in the demo shop
        capacity->setValue(7);
        WsClient probe(m_server->staffUrl());
        QVERIFY(probe.waitConnected());
        probe.login(QStringLiteral("agent1"));
        QTRY_COMPARE(probe.request(PresenceSet{newKey(), PresenceStatus::Online, 0}).as<PresenceSetOk>()->capacity, 7);
    }

    void theSelectionStaysWhenTheOpenConversationLeavesTheFilter()
    {
        auto* list = m_window->findChild<QListView*>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        m_window->findChild<QTabBar*>(QStringLiteral("filters"))->setCurrentIndex(1);  // waiting
        QTRY_COMPARE(list->model()->rowCount(), 2);
        m_window->selectRow(0);
        const qint64 first = m_session->current();
        auto* composer = m_window->findChild<QPlainTextEdit*>(QStringLiteral("composer"));
        QTest::keyClicks(composer, QStringLiteral("answered"));
        QTest::keyClick(composer, Qt::Key_Return);
        // The answer ends the wait; the conversation would leave "waiting" but stays open here.
        QTRY_VERIFY(m_session->currentConversation()->waitingSince == 0);
        QTest::qWait(200);
        QCOMPARE(m_session->current(), first);
        QTest::keyClicks(composer, QStringLiteral("follow-up"));
        QTest::keyClick(composer, Qt::Key_Return);
        WsClient& customer = *m_customers[size_t(m_conversations.indexOf(first))];
        QVERIFY(customer.waitMessage(first, QStringLiteral("follow-up")));
    }

    void tooLongMessagesStayInTheComposer()
    {
        auto* list = m_window->findChild<QListView*>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        m_window->selectRow(0);
        auto* composer = m_window->findChild<QPlainTextEdit*>(QStringLiteral("composer"));
        const QString tooLong(4001, QLatin1Char('x'));
        composer->setPlainText(tooLong);
        QTest::keyClick(composer, Qt::Key_Return);
        QCOMPARE(composer->toPlainText(), tooLong);
        QVERIFY(m_session->engine().state() == app::SyncEngine::State::Online);
        QVERIFY(statusBarText().contains(QStringLiteral("too long")));
    }

    void settingsAreSavedFromTheDialog()
    {
        ui::SettingsDialog dialog(m_settings, m_session->slaMs());
        dialog.findChild<QCheckBox*>(QStringLiteral("notifications"))->setChecked(false);
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("sla"))->text(), QStringLiteral("90 s"));  // the server's, shown
        dialog.accept();
        QVERIFY(!m_settings.desktopNotifications());
        QCOMPARE(m_settings.language(), QStringLiteral("zh_CN"));
    }

    void theReplyTimeTargetIsTheServers()
    {
        // The lead's floor view counts breaches by the server's target: the agent's list colours by
        // the same, also when it starts offline from its cache.
        QCOMPARE(m_session->slaMs(), qint64(90'000));
        const auto list = [this] { return m_window->findChild<QListView*>(QStringLiteral("conversationList"))->model(); };
        QTRY_COMPARE(list()->rowCount(), 2);
        // From the moment the customer began to wait, however long the set-up took.
        const qint64 now = list()->index(0, 0).data(app::ConversationListModel::WaitingSinceRole).toLongLong();
        QVERIFY(now > 0);
        const auto state = [&list](int row) { return list()->index(row, 0).data(app::ConversationListModel::SlaStateRole).toInt(); };
        m_session->conversations()->tick(now);
        QCOMPARE(state(0), int(SlaPolicy::State::Ok));
        m_session->conversations()->tick(now + 61'000);
        QCOMPARE(state(0), int(SlaPolicy::State::Near));
        m_session->conversations()->tick(now + 91'000);
        QCOMPARE(state(0), int(SlaPolicy::State::Breached));

        m_window->close();
        m_server->stop();
        openWindowOffline();
        QCOMPARE(m_session->slaMs(), qint64(90'000));
        QTRY_COMPARE(list()->rowCount(), 2);
        m_session->conversations()->tick(now + 91'000);
        QCOMPARE(state(0), int(SlaPolicy::State::Breached));
    }

    void connectionStateIsShown()
    {
        auto* indicator = m_window->findChild<QLabel*>(QStringLiteral("connectionIndicator"));
        QTRY_VERIFY(indicator->text().contains(QStringLiteral("Online")));
        m_server->stop();
        QTRY_VERIFY(indicator->text().contains(QStringLiteral("reconnecting")) || indicator->text().contains(QStringLiteral("Reconnecting")));
    }

    void signingOutClosesTheWindowAndEndsTheSessionEverywhere()
    {
        auto elsewhere = liveStaff(*m_server, QStringLiteral("agent1"));
        QVERIFY(elsewhere);
        auto* button = m_window->findChild<QToolButton*>(QStringLiteral("signOut"));
        QVERIFY(button && button->isVisible());
        button->click();
        QTRY_VERIFY(!m_window->isVisible());
        QVERIFY(elsewhere->waitClosed());
        QCOMPARE(elsewhere->closeCode(), kCloseSessionEnded);
        QCOMPARE(m_session->engine().state(), app::SyncEngine::State::Offline);
        QVERIFY(m_session->engine().client().socket().state() == QAbstractSocket::UnconnectedState
                || m_session->engine().client().socket().state() == QAbstractSocket::ClosingState);
    }

    void aCustomerMessageInTheOpenConversationAsksForAttention()
    {
        auto* list = m_window->findChild<QListView*>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        m_window->selectRow(0);
        const qint64 open = m_session->current();
        QSignalSpy attention(m_session.get(), &app::WorkspaceSession::attention);
        WsClient& customer = *m_customers[size_t(m_conversations.indexOf(open))];
        QVERIFY(customer.send(open, QStringLiteral("are you still there?")).id > 0);
        // The window only tells when it is not in front; the session must say it either way.
        QTRY_VERIFY(std::any_of(attention.begin(), attention.end(), [&](const QList<QVariant>& args) {
            return args.at(0).toLongLong() == open && args.at(2).toString() == QStringLiteral("are you still there?");
        }));
    }

    void aNotificationOpensItsConversationWhateverTheFilter()
    {
        auto* list = m_window->findChild<QListView*>(QStringLiteral("conversationList"));
        QTRY_COMPARE(list->model()->rowCount(), 2);
        m_window->selectRow(0);
        const qint64 other = m_conversations.at(0) == m_session->current() ? m_conversations.at(1) : m_conversations.at(0);
        auto* filters = m_window->findChild<QTabBar*>(QStringLiteral("filters"));
        filters->setCurrentIndex(2);  // closed: the other one is not listed
        m_window->findChild<QLineEdit*>(QStringLiteral("search"))->setText(QStringLiteral("nobody by this name"));
        m_window->showConversation(other);
        QCOMPARE(m_session->current(), other);
        QCOMPARE(filters->currentIndex(), 0);
        QVERIFY(m_window->findChild<QLineEdit*>(QStringLiteral("search"))->text().isEmpty());
        // Gone meanwhile: the window comes up, nothing else changes.
        filters->setCurrentIndex(1);
        m_window->findChild<QLineEdit*>(QStringLiteral("search"))->setText(QStringLiteral("kept"));
        m_window->showConversation(987654);
        QCOMPARE(m_session->current(), other);
        QCOMPARE(filters->currentIndex(), 1);
        QCOMPARE(m_window->findChild<QLineEdit*>(QStringLiteral("search"))->text(), QStringLiteral("kept"));
    }

    void scrollingUpFetchesEarlierMessages()
    {
        // 250 messages more than a page, then a workstation on a new cache that has none of them.
        const qint64 conversation = m_conversations.at(0);
        for (int i = 1; i <= 250; ++i)
            QVERIFY(m_customers[0]->send(conversation, QStringLiteral("message %1").arg(i)).id > 0);
        ++m_round;
        openWindow();
        QTRY_COMPARE(m_window->findChild<QListView*>(QStringLiteral("conversationList"))->model()->rowCount(), 2);
        m_window->showConversation(conversation);
        QCOMPARE(m_session->current(), conversation);
        app::MessageListModel* model = m_session->messages();
        const auto lastText = [model] { return model->index(model->rowCount() - 1, 0).data().toString(); };
        QTRY_COMPARE(lastText(), QStringLiteral("message 250"));
        QTRY_VERIFY(m_session->canLoadEarlier());
        const int firstPage = model->rowCount();
        QVERIFY2(firstPage <= 100, qPrintable(QString::number(firstPage)));

        // The agent scrolls to the top: the page before comes in above what they were reading,
        // which stays where it was on the screen.
        auto* view = m_window->findChild<QListView*>(QStringLiteral("messageList"));
        QScrollBar* bar = view->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        bar->setValue(0);
        const qint64 reading = model->index(0, 0).data(app::MessageListModel::IdRole).toLongLong();
        QVERIFY(reading > 0);
        QTRY_VERIFY(model->rowCount() > firstPage);
        QTRY_VERIFY(!m_session->loadingEarlier());
        QVERIFY(model->rowOf(reading) > 0);
        QCOMPARE(view->visualRect(model->index(model->rowOf(reading), 0)).top(), 0);
        QCOMPARE(lastText(), QStringLiteral("message 250"));  // still the whole conversation below

        // On to the beginning: every message once, in order, and nothing more to fetch.
        for (int pages = 0; pages < 10 && m_session->canLoadEarlier(); ++pages) {
            const int rows = model->rowCount();
            bar->setValue(0);
            QTRY_VERIFY(!m_session->loadingEarlier());
            QTRY_VERIFY(model->rowCount() > rows || !m_session->canLoadEarlier());  // the page is shown, away from the top
        }
        QVERIFY(!m_session->canLoadEarlier());
        QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("historyStatus"))->isVisible());
        QTRY_COMPARE(model->index(0, 0).data().toString(), QStringLiteral("Question from demo-0101"));
        QStringList numbered;
        for (int row = 0; row < model->rowCount(); ++row)
            if (const QString text = model->index(row, 0).data().toString(); text.startsWith(QStringLiteral("message ")))
                numbered << text;
        QCOMPARE(numbered.size(), 250);
        for (int i = 0; i < numbered.size(); ++i)
            QCOMPARE(numbered.at(i), QStringLiteral("message %1").arg(i + 1));
    }

private:
    // The first conversation open, and Ctrl+Shift+W pressed: the menu of resolutions, or null.
    QMenu* popUpResolutions()
    {
        auto* list = m_window->findChild<QListView*>(QStringLiteral("conversationList"));
        if (!QTest::qWaitFor([&] { return list->model()->rowCount() == 2; }))
            return nullptr;
        m_window->selectRow(0);
        auto* close = m_window->findChild<QToolButton*>(QStringLiteral("closeConversation"));
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()) || !QTest::qWaitFor([close] { return close->isEnabled(); }))
            return nullptr;
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        return QTest::qWaitFor([close] { return close->menu()->isVisible(); }) ? close->menu() : nullptr;
    }

    QString statusBarText() { return m_window->statusBar()->currentMessage(); }

    // The same cache with the server gone: the window shows what the cache holds.
    void openWindowOffline()
    {
        m_window.reset();
        m_session.reset();
        m_session = std::make_unique<app::WorkspaceSession>(
            app::SyncEngine::Credentials{QUrl(QStringLiteral("ws://127.0.0.1:1/v1/staff")), QStringLiteral("agent1"), QStringLiteral("demo1234")},
            m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(m_round)), QStringLiteral("test-server"));
        QString error;
        QVERIFY2(m_session->open(&error), qPrintable(error));
        m_window = std::make_unique<ui::MainWindow>(*m_session, m_settings);
        m_window->show();
    }

    void openWindow()
    {
        m_window.reset();
        m_session.reset();
        m_session = std::make_unique<app::WorkspaceSession>(
            app::SyncEngine::Credentials{m_server->staffUrl(), QStringLiteral("agent1"), QStringLiteral("demo1234")},
            m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(m_round)), QStringLiteral("test-server"));
        QString error;
        QVERIFY2(m_session->open(&error), qPrintable(error));
        m_window = std::make_unique<ui::MainWindow>(*m_session, m_settings);
        m_window->resize(1200, 800);
        m_window->show();
        m_session->start();
        QTRY_COMPARE(m_session->engine().state(), app::SyncEngine::State::Online);
    }

    QTemporaryDir m_dir;
    app::WorkspaceSettings m_settings{m_dir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<TestServer> m_server;
    std::vector<std::unique_ptr<WsClient>> m_customers;
    QList<qint64> m_conversations;
    int m_round = 0;
    std::unique_ptr<app::WorkspaceSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
