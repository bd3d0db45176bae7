// The supervisor view on the offscreen platform, against a real server with a short SLA: a lead
// sees the queue grow and a breach flagged as it happens; a reassignment reaches the agent's
// workspace at once; waiting by queue and one queue at a time, on the floor and in the reports;
// report periods from the shop's midnight in a zone that is not the desktop's;
// monitor with a whisper, capacity and a notice to the team round-trip; an
// agent has no floor. Bad inputs tried: a take-over of a conversation already the lead's (the
// button is off), an empty notice (not sent), a capacity beyond 50 (refused by the server).

#include "MainWindow.h"
#include "MonitorDialog.h"
#include "ReportsPanel.h"
#include "SupervisorView.h"
#include "TestServer.h"
#include "WsClient.h"
#include "settings/WorkspaceSettings.h"
#include "supervisor/FloorWatch.h"
#include "workspace/WorkspaceSession.h"

#include <QDateEdit>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

class TestSupervisor : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>([](server::ServerConfig& c) { c.slaMs = 1500; });
        QVERIFY(m_server->start());
        m_lead = session(QStringLiteral("lead1"));
        QTRY_COMPARE(m_lead->engine().state(), app::SyncEngine::State::Online);
        // Watching, not serving: customers wait in the queue until an agent comes.
        m_lead->setPresence(PresenceStatus::Away);
        m_leadWindow = std::make_unique<ui::MainWindow>(*m_lead, m_settings);
        m_leadWindow->resize(1440, 900);
        m_leadWindow->show();
        QTRY_VERIFY(m_leadWindow->findChild<QToolButton*>(QStringLiteral("floorView"))->isVisible());
        m_leadWindow->showFloor(true);
        m_view = m_leadWindow->supervisorView();
        QVERIFY(m_view);
        QTRY_VERIFY(m_lead->floor()->floor().has_value());
    }

    void cleanup()
    {
        m_agentWindow.reset();
        m_leadWindow.reset();
        m_agent.reset();
        m_agent2.reset();
        m_lead.reset();
        m_customers.clear();
        m_server.reset();
    }

    void theQueueGrowsAndABreachIsFlaggedLive()
    {
        QTRY_COMPARE(m_view->tileText(QStringLiteral("waiting")), QStringLiteral("0"));
        const qint64 first = customer(QStringLiteral("demo-0011"), QStringLiteral("Is the X1 in stock?"));
        QTRY_COMPARE(m_view->tileText(QStringLiteral("waiting")), QStringLiteral("1"));
        customer(QStringLiteral("demo-0012"), QStringLiteral("Price for two?"), QStringLiteral("price"));
        QTRY_COMPARE(m_view->tileText(QStringLiteral("waiting")), QStringLiteral("2"));
        // Waiting by queue, and one queue at a time.
        QTRY_VERIFY2(m_view->waitingByQueueText().contains(QStringLiteral("Product question 1"))
                         && m_view->waitingByQueueText().contains(QStringLiteral("Price 1")),
                     qPrintable(m_view->waitingByQueueText()));
        QVERIFY(m_view->waitingByQueueText().contains(QStringLiteral("General 0")));
        m_view->setQueue(QStringLiteral("price"));
        QCOMPARE(m_view->visibleQueueRows(), 1);
        m_view->setQueue(QStringLiteral("general"));
        QCOMPARE(m_view->visibleQueueRows(), 0);
        m_view->setQueue(QString());
        QCOMPARE(m_view->visibleQueueRows(), 2);
        QVERIFY(m_view->selectConversation(first));
        // The server's alert, not only the ticking client: within a second or so of the SLA.
        QTRY_VERIFY_WITH_TIMEOUT(m_view->statusText().contains(QStringLiteral("waited past the SLA")), 8000);
        QTRY_COMPARE(m_view->tileText(QStringLiteral("breaches")), QStringLiteral("2"));
        QVERIFY(m_view->tileText(QStringLiteral("longest")).startsWith(QStringLiteral("0:0")));
        m_view->setQueueFilter(ui::SupervisorView::PastSla);
        QCOMPARE(m_view->visibleQueueRows(), 2);
        m_view->setQueueFilter(ui::SupervisorView::AllOpen);
        shoot(*m_leadWindow, QStringLiteral("supervisor-floor.png"));

        // An agent comes online: the queue drains to them and the board shows their load.
        m_agent = session(QStringLiteral("agent1"));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->tileText(QStringLiteral("waiting")) == QLatin1String("0"), 8000);
        const auto& floor = *m_lead->floor()->floor();
        const auto agent = std::find_if(floor.agents.begin(), floor.agents.end(),
                                        [&](const FloorAgent& a) { return a.id == m_agent->me().id; });
        QVERIFY(agent != floor.agents.end());
        QCOMPARE(agent->load, 2);
        QCOMPARE(agent->status, PresenceStatus::Online);
        m_view->setQueueFilter(ui::SupervisorView::InQueue);
        QCOMPARE(m_view->visibleQueueRows(), 0);
        m_view->setQueueFilter(ui::SupervisorView::AllOpen);
        QCOMPARE(m_view->visibleQueueRows(), 2);
    }

    void aReassignmentReachesTheAgentsScreenAtOnce()
    {
        m_agent = session(QStringLiteral("agent1"));
        m_agent2 = session(QStringLiteral("agent2"));
        QTRY_COMPARE(m_agent->engine().state(), app::SyncEngine::State::Online);
        QTRY_COMPARE(m_agent2->engine().state(), app::SyncEngine::State::Online);
        m_agentWindow = std::make_unique<ui::MainWindow>(*m_agent, m_settings);
        m_agentWindow->show();
        const qint64 id = customer(QStringLiteral("demo-0013"), QStringLiteral("Where is my parcel?"));
        QTRY_VERIFY(m_lead->floor()->conversation(id) && m_lead->floor()->conversation(id)->agentId != 0);
        const qint64 from = m_lead->floor()->conversation(id)->agentId;
        app::WorkspaceSession& target = from == m_agent->me().id ? *m_agent2 : *m_agent;
        app::WorkspaceSession& source = from == m_agent->me().id ? *m_agent : *m_agent2;

        m_lead->transfer(id, target.me().id, 0, QStringLiteral("VIP, please take this one"));
        QTRY_VERIFY(target.conversations()->find(id) && target.conversations()->find(id)->agentId == target.me().id);
        QTRY_COMPARE(source.conversations()->find(id)->agentId, target.me().id);
        QTRY_COMPARE(m_lead->floor()->conversation(id)->agentId, target.me().id);

        // Take over: the conversation becomes the lead's own, in their workspace list.
        QVERIFY(m_view->selectConversation(id));
        auto* takeOver = m_view->findChild<QPushButton*>(QStringLiteral("takeOverButton"));
        QVERIFY(takeOver->isEnabled());
        m_view->takeOverSelected();
        QTRY_VERIFY(m_lead->conversations()->find(id) && m_lead->conversations()->find(id)->agentId == m_lead->me().id);
        QTRY_COMPARE(target.conversations()->find(id)->agentId, m_lead->me().id);
        QTRY_VERIFY(m_view->selectConversation(id) && !takeOver->isEnabled());

        std::vector<StaffAction> log;
        m_lead->floor()->actionsPage(ActionsList{0, 0, 0, 50}, [&](const ActionsListOk* ok, const QString&) {
            if (ok)
                log = ok->entries;
        });
        QTRY_COMPARE(log.size(), size_t(2));
        QCOMPARE(log[0].action, StaffActionKind::TakeOver);
        QCOMPARE(log[1].action, StaffActionKind::Reassign);
        QCOMPARE(log[1].conversationId, id);
        QCOMPARE(log[1].targetId, target.me().id);
    }

    void monitorWhisperCapacityAndNotice()
    {
        m_agent = session(QStringLiteral("agent1"));
        QTRY_COMPARE(m_agent->engine().state(), app::SyncEngine::State::Online);
        m_agentWindow = std::make_unique<ui::MainWindow>(*m_agent, m_settings);
        m_agentWindow->show();
        // An agent has no floor.
        QVERIFY(!m_agentWindow->findChild<QToolButton*>(QStringLiteral("floorView"))->isVisible());
        QVERIFY(!m_agent->floor()->running());

        const qint64 id = customer(QStringLiteral("demo-0014"), QStringLiteral("Does it come in blue?"));
        QTRY_VERIFY(m_agent->conversations()->find(id));
        QTRY_VERIFY(m_view->selectConversation(id));
        ui::MonitorDialog* monitor = m_view->monitorSelected();
        QVERIFY(monitor);
        QTRY_VERIFY(monitor->messageCount() >= 2);  // the question and "agent is here"
        const int before = monitor->messageCount();
        m_customers.back()->send(id, QStringLiteral("Or in red?"));
        QTRY_COMPARE(monitor->messageCount(), before + 1);

        monitor->whisper(QStringLiteral("Offer the extended warranty"));
        m_agentWindow->selectRow(0);
        QTRY_COMPARE(m_agent->current(), id);
        QTRY_VERIFY(lastText(*m_agent) == QLatin1String("Offer the extended warranty"));
        QCOMPARE(m_agent->messages()->index(m_agent->messages()->rowCount() - 1).data(app::MessageListModel::SenderRole).toInt(),
                 int(Sender::Note));
        QTRY_COMPARE(monitor->messageCount(), before + 2);

        // Joining lets the lead write to the customer beside the agent.
        QVERIFY(!monitor->joined());
        monitor->sendToCustomer(QStringLiteral("not yet"));  // nothing before joining
        monitor->join();
        QTRY_VERIFY(monitor->joined());
        QTRY_COMPARE(monitor->messageCount(), before + 3);  // "… has joined the conversation."
        monitor->sendToCustomer(QStringLiteral("I am the team lead; blue ships Friday."));
        QVERIFY(m_customers.back()->waitMessage(id, QStringLiteral("I am the team lead; blue ships Friday."), 10000));
        QTRY_COMPARE(monitor->messageCount(), before + 4);
        QVERIFY(!m_customers.back()->waitMessage(id, QStringLiteral("not yet"), 300));
        shoot(*monitor, QStringLiteral("supervisor-monitor.png"));

        QVERIFY(m_view->selectAgent(m_agent->me().id));
        m_view->setCapacityOfSelected(2);
        QTRY_VERIFY(m_view->statusText().contains(QStringLiteral("up to 2")));
        QTRY_COMPARE(agentOnFloor(m_agent->me().id).capacity, 2);
        m_view->setCapacityOfSelected(51);
        QTRY_VERIFY(m_view->statusText().contains(QStringLiteral("was not changed")));
        QCOMPARE(agentOnFloor(m_agent->me().id).capacity, 2);

        m_view->broadcast(QStringLiteral("Peak from 20:00: keep answers short"));
        QTRY_VERIFY(m_agentWindow->noticeText().contains(QStringLiteral("Peak from 20:00")));
        QVERIFY(m_agentWindow->noticeText().contains(m_lead->me().name.toHtmlEscaped()));
        shoot(*m_agentWindow, QStringLiteral("team-notice.png"));
    }

    void reportsShowThePeriodAndExportCsv()
    {
        m_agent = session(QStringLiteral("agent1"));
        QTRY_COMPARE(m_agent->engine().state(), app::SyncEngine::State::Online);
        m_agentWindow = std::make_unique<ui::MainWindow>(*m_agent, m_settings);
        const qint64 id = customer(QStringLiteral("demo-0015"), QStringLiteral("Can I get it by Friday?"));
        QTRY_VERIFY(m_agent->conversations()->find(id));
        m_agent->select(id);
        QVERIFY(m_agent->send(QStringLiteral("Yes, it ships today.")));
        QVERIFY(m_customers.back()->waitMessage(id, QStringLiteral("Yes, it ships today."), 10000));
        m_agent->closeCurrent(QStringLiteral("solved"));
        QTRY_VERIFY(m_agent->conversations()->find(id)->status == ConversationStatus::Closed);
        const Frame rated = m_customers.back()->request(ConversationRate{newKey(), id, 5, QStringLiteral("quick")});
        QVERIFY(rated.as<ConversationRateOk>());
        m_view->broadcast(QStringLiteral("Well done"));  // an action to export

        m_view->showTab(2);
        ui::ReportsPanel* reports = m_view->reports();
        reports->setPeriod(ui::ReportsPanel::Today);
        QTRY_VERIFY(reports->report().has_value());
        const int teamRow = reports->rowCount() - 1;
        QCOMPARE(reports->cell(teamRow, ui::ReportsPanel::AgentColumn), QStringLiteral("Team"));
        QCOMPARE(reports->cell(teamRow, ui::ReportsPanel::ConsultationsColumn), QStringLiteral("1"));
        QCOMPARE(reports->cell(teamRow, ui::ReportsPanel::FcrColumn), QStringLiteral("100.0%"));
        QCOMPARE(reports->cell(teamRow, ui::ReportsPanel::CsatColumn), QStringLiteral("100.0%"));
        QCOMPARE(reports->cell(teamRow, ui::ReportsPanel::ConversionColumn), QStringLiteral("0.0%"));
        QCOMPARE(reports->report()->waiting.size(), size_t(60));
        // One queue: the delivery question is not a price one.
        reports->setQueue(QStringLiteral("price"));
        QTRY_VERIFY(reports->report() && reports->report()->queue == QLatin1String("price"));
        QCOMPARE(reports->cell(reports->rowCount() - 1, ui::ReportsPanel::ConsultationsColumn), QStringLiteral("0"));
        reports->setQueue(QString());
        QTRY_VERIFY(reports->report() && reports->report()->queue.isEmpty());
        bool agentRow = false;
        for (int row = 0; row < teamRow; ++row)
            agentRow = agentRow || (reports->cell(row, 0) == m_agent->me().name && reports->cell(row, 1) == QLatin1String("1"));
        QVERIFY(agentRow);
        shoot(*m_leadWindow, QStringLiteral("supervisor-reports.png"));

        const QString kpis = m_dir.filePath(QStringLiteral("kpis.csv"));
        QString error = QStringLiteral("pending");
        reports->exportKpis(kpis, [&](const QString& e) { error = e; });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList kpiLines = readLines(kpis);
        QCOMPARE(kpiLines.size(), reports->rowCount() + 1);
        QVERIFY(kpiLines.first().contains(QStringLiteral("since_utc,until_utc,team_id,team,queue,agent_id")));
        QFile raw(kpis);
        QVERIFY(raw.open(QIODevice::ReadOnly) && raw.read(3) == QByteArray("\xEF\xBB\xBF"));  // for spreadsheets
        QVERIFY2(kpiLines.last().contains(QStringLiteral(",team,1,0,0.0000,0,1,1,1.0000,")), qPrintable(kpiLines.last()));

        const QString actions = m_dir.filePath(QStringLiteral("actions.csv"));
        error = QStringLiteral("pending");
        reports->exportActions(actions, [&](const QString& e) { error = e; });
        QTRY_VERIFY(error != QLatin1String("pending"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList actionLines = readLines(actions);
        QCOMPARE(actionLines.size(), 2);
        QVERIFY(actionLines[1].contains(QStringLiteral(",broadcast,")));
        QVERIFY(actionLines[1].endsWith(QStringLiteral("Well done")));

        // The coupon log of the period: nothing granted, the header alone.
        const QString couponLog = m_dir.filePath(QStringLiteral("coupons.csv"));
        error = QStringLiteral("pending");
        reports->exportCouponLog(couponLog, [&](const QString& e) { error = e; });
        QTRY_VERIFY(error != QLatin1String("pending"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(readLines(couponLog).size(), 1);
    }

    // The Reports tab's days are the shop's (as the floor's "today" and the budget's days), not the
    // desktop's: a shop 14 hours ahead of UTC (or 10 behind, whichever is not the desktop's zone).
    void reportPeriodsStartAtTheShopsMidnight()
    {
        cleanup();
        const QTimeZone zone(QTimeZone::systemTimeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()) > 0
                                 ? QByteArrayLiteral("Pacific/Honolulu")
                                 : QByteArrayLiteral("Pacific/Kiritimati"));
        QVERIFY(zone.isValid());
        m_server = std::make_unique<TestServer>([zone](server::ServerConfig& c) { c.shopTimeZone = zone; });
        QVERIFY(m_server->start());
        m_lead = session(QStringLiteral("lead1"));
        QTRY_VERIFY(m_lead->floor()->floor().has_value());
        QCOMPARE(m_lead->floor()->floor()->timeZone, QString::fromUtf8(zone.id()));
        ui::ReportsPanel panel(*m_lead->floor(), *m_lead->coupons());
        for (const auto period : {ui::ReportsPanel::Today, ui::ReportsPanel::Yesterday, ui::ReportsPanel::Last7Days}) {
            panel.setPeriod(period);
            const auto [since, until] = panel.period();
            const QDateTime start = QDateTime::fromMSecsSinceEpoch(since, zone);
            QCOMPARE(start.time(), QTime(0, 0));
            const QDate shopToday = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
            const int back = period == ui::ReportsPanel::Today ? 0 : period == ui::ReportsPanel::Yesterday ? 1 : 6;
            QCOMPARE(start.date(), shopToday.addDays(-back));
            if (period == ui::ReportsPanel::Yesterday)
                QCOMPARE(QDateTime::fromMSecsSinceEpoch(until, zone), shopToday.startOfDay(zone));
            QTRY_VERIFY(panel.report() && panel.report()->since == since);
        }
        // Chosen days: whole days of the shop's calendar, the last one included.
        const QDate shopToday = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
        panel.setCustomPeriod(shopToday.addDays(-3), shopToday.addDays(-1));
        QCOMPARE(panel.findChild<QDateEdit*>(QStringLiteral("reportFrom"))->isVisibleTo(&panel), true);
        auto [since, until] = panel.period();
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(since, zone), shopToday.addDays(-3).startOfDay(zone));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(until, zone), shopToday.startOfDay(zone));
        QTRY_VERIFY(panel.report() && panel.report()->since == since && panel.report()->until == until);
        // Later days than the last ones: not held back by the last end.
        panel.setCustomPeriod(shopToday.addDays(-1), shopToday);
        std::tie(since, until) = panel.period();
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(since, zone), shopToday.addDays(-1).startOfDay(zone));
        // Beyond what a report takes (365 days, nothing after today): held to it, and answered.
        panel.setCustomPeriod(shopToday.addDays(-500), shopToday.addDays(5));
        std::tie(since, until) = panel.period();
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(since, zone), shopToday.addDays(-364).startOfDay(zone));
        QVERIFY(until <= QDateTime::currentMSecsSinceEpoch() + 60'000);
        QTRY_VERIFY(panel.report() && panel.report()->since == since);
        QCOMPARE(panel.findChild<QDateEdit*>(QStringLiteral("reportFrom"))->date(), shopToday.addDays(-364));
        QCOMPARE(panel.findChild<QDateEdit*>(QStringLiteral("reportTo"))->date(), shopToday);
        panel.setPeriod(ui::ReportsPanel::Today);
        QVERIFY(!panel.findChild<QDateEdit*>(QStringLiteral("reportFrom"))->isVisibleTo(&panel));
    }

private:
    static QStringList readLines(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }

    qint64 customer(const QString& ref, const QString& text, const QString& topic = QStringLiteral("presales"))
    {
        m_customers.push_back(liveCustomer(*m_server, ref));
        return m_customers.back()->openConversation(text, topic).id;
    }

    FloorAgent agentOnFloor(qint64 id)
    {
        for (const FloorAgent& a : m_lead->floor()->floor()->agents) {
            if (a.id == id)
                return a;
        }
        return {};
    }

    static QString lastText(app::WorkspaceSession& s)
    {
        const int rows = s.messages()->rowCount();
        return rows > 0 ? s.messages()->index(rows - 1).data(app::MessageListModel::TextRole).toString() : QString();
    }

    static void shoot(QWidget& widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("AGENTDESK_SHOTS");
        if (dir.isEmpty())
            return;
        widget.show();
        QTest::qWait(100);
        widget.grab().save(dir + QLatin1Char('/') + name);
    }

    std::unique_ptr<app::WorkspaceSession> session(const QString& user)
    {
        auto s = std::make_unique<app::WorkspaceSession>(
            app::SyncEngine::Credentials{m_server->staffUrl(), user, QStringLiteral("demo1234")},
            m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(user).arg(++m_round)), QStringLiteral("test-server"));
        QString error;
        if (!s->open(&error))
            qWarning() << error;
        s->start();
        return s;
    }

    QTemporaryDir m_dir;
    int m_round = 0;
    app::WorkspaceSettings m_settings{m_dir.filePath(QStringLiteral("settings.ini"))};
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<app::WorkspaceSession> m_lead;
    std::unique_ptr<app::WorkspaceSession> m_agent;
    std::unique_ptr<app::WorkspaceSession> m_agent2;
    std::unique_ptr<ui::MainWindow> m_leadWindow;
    std::unique_ptr<ui::MainWindow> m_agentWindow;
    ui::SupervisorView* m_view = nullptr;
    std::vector<std::unique_ptr<WsClient>> m_customers;
};

QTEST_MAIN(TestSupervisor)
#include "tst_Supervisor.moc"
