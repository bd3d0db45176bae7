// Training through the workspace, on a real server: a finished sandbox attempt dropped into the
// session's outbox is submitted and leaves it (also one dropped while the server was down, once it
// is back), the trainer's Training window lists the trainee with it, opens its report and replay,
// assigns scenarios and takes one back, and the trainee's Training button counts what is assigned.
// Bad inputs tried: a corrupt attempt file, a forged one (a total that is not the sum of its
// points; read as strictly here as on the server), a file larger than 1 MiB and a well-formed
// attempt too long for one frame (60,000 characters of messages) are set aside in outbox/refused
// with a message, not retried for ever; an agent's Training window has no Trainees tab; the
// Assign button needs a scenario ticked and a note of at most 500 characters.

#include "MainWindow.h"
#include "SandboxReplayDialog.h"
#include "SandboxReportDialog.h"
#include "SampleAttempt.h"
#include "TestServer.h"
#include "TrainingAssignDialog.h"
#include "TrainingDialog.h"
#include "WsClient.h"
#include "sandbox/SandboxResultFolder.h"
#include "settings/WorkspaceSettings.h"
#include "workspace/WorkspaceSession.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMessageBox>
#include <QTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {

sandbox::SandboxResult attempt(qint64 startedAt, int rating)
{
    return sampleAttempt(QStringLiteral("hesitant-buyer"), startedAt, rating);
}

std::vector<ui::ScenarioPickerDialog::Entry> scenarios()
{
    return {{QStringLiteral("hesitant-buyer"), QStringLiteral("The hesitant buyer"), QStringLiteral("easy"),
             QStringLiteral("A customer hesitates over the price."), -1, QStringLiteral("Offer the coupon within 3 minutes.")},
            {QStringLiteral("late-parcel"), QStringLiteral("The late parcel"), QStringLiteral("medium"),
             QStringLiteral("An angry customer's parcel is late."), -1, QStringLiteral("Apologise, then give the tracking.")}};
}

QStringList column(const QTreeWidget* tree, int c)
{
    QStringList out;
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        out << tree->topLevelItem(row)->text(c);
    return out;
}

} // namespace

class TestTraining : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }

    void cleanup()
    {
        m_sessions.clear();
        m_server.reset();
    }

    void anAttemptInTheOutboxReachesTheServerOnce()
    {
        app::WorkspaceSession& agent = session(QStringLiteral("agent1"));
        QTRY_COMPARE(agent.engine().state(), app::SyncEngine::State::Online);
        app::TrainingDesk& desk = *agent.training();
        QSignalSpy submitted(&desk, &app::TrainingDesk::submitted);
        QString error;
        QVERIFY(!app::SandboxResultFolder::save(attempt(1'700'000'000'000, 4), desk.outbox(), &error).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 10000);
        QTRY_COMPARE(desk.pendingCount(), 0);
        QCOMPARE(submitted.at(0).at(0).value<TrainingResult>().total, 30 + 15 + 25 + 12);

        // Dropped while the server is down: kept, and submitted once it is back.
        m_server->stop();
        QTRY_VERIFY(agent.engine().state() != app::SyncEngine::State::Online);
        QVERIFY(!app::SandboxResultFolder::save(attempt(1'700'000'600'000, 5), desk.outbox(), &error).isEmpty());
        QTest::qWait(300);
        QCOMPARE(desk.pendingCount(), 1);
        QVERIFY(m_server->restart());
        QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 2, 20000);
        QCOMPARE(desk.pendingCount(), 0);

        Staff trainer = signIn(*m_server, QStringLiteral("trainer1"));
        const Frame results = trainer->request(TrainingResults{agent.me().id, {}, 0, 10}, 10000);
        QVERIFY2(results.as<TrainingResultsOk>(), describe(results));
        QCOMPARE(results.as<TrainingResultsOk>()->results.size(), size_t(2));
    }

    void aBadAttemptIsSetAside()
    {
        app::WorkspaceSession& agent = session(QStringLiteral("agent1"));
        QTRY_COMPARE(agent.engine().state(), app::SyncEngine::State::Online);
        app::TrainingDesk& desk = *agent.training();
        QSignalSpy problems(&desk, &app::TrainingDesk::problem);
        const QDir outbox(desk.outbox());
        auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile f(outbox.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("corrupt.json"), "{ not json");
        QJsonObject o = QJsonDocument::fromJson(attempt(1'700'000'000'000, 4).toJson()).object();
        QJsonObject score = o.value(QStringLiteral("score")).toObject();
        score.insert(QStringLiteral("total"), 100);
        o.insert(QStringLiteral("score"), score);
        write(QStringLiteral("forged.json"), QJsonDocument(o).toJson());
        write(QStringLiteral("huge.json"), QByteArray(1024 * 1024 + 1, ' '));
        // Well formed but beyond what one frame carries: refused here, not sent to be cut off.
        auto longOne = attempt(1'700'000'900'000, 3);
        for (int i = 0; i < 20; ++i)
            longOne.transcript.emplace_back(sandbox::TranscriptEntry::Who::Agent, longOne.endedAt, QString(3000, QLatin1Char('x')));
        write(QStringLiteral("long.json"), longOne.toJson());
        QTRY_COMPARE(problems.count(), 4);
        QCOMPARE(desk.pendingCount(), 0);
        QCOMPARE(QDir(outbox.filePath(QStringLiteral("refused"))).entryList(QDir::Files).size(), 4);
        QVERIFY(problems.at(0).at(0).toString().contains(QStringLiteral("refused")));
    }

    void aTrainerSeesResultsAndAssigns()
    {
        app::WorkspaceSession& agent = session(QStringLiteral("agent1"));
        app::WorkspaceSession& trainer = session(QStringLiteral("trainer1"));
        QTRY_COMPARE(agent.engine().state(), app::SyncEngine::State::Online);
        QTRY_COMPARE(trainer.engine().state(), app::SyncEngine::State::Online);
        QSignalSpy submitted(agent.training(), &app::TrainingDesk::submitted);
        QString error;
        QVERIFY(!app::SandboxResultFolder::save(attempt(1'700'000'000'000, 4), agent.training()->outbox(), &error).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 10000);

        app::WorkspaceSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow agentWindow(agent, settings);
        auto* button = agentWindow.findChild<QToolButton*>(QStringLiteral("sandboxButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Training"));

        ui::TrainingDialog dialog(*trainer.training(), scenarios());
        dialog.show();
        QCOMPARE(dialog.findChild<QTabWidget*>()->count(), 2);
        QTRY_VERIFY(dialog.trainees()->topLevelItemCount() == 6);
        dialog.selectTrainee(agent.me().id);
        QTRY_COMPARE(dialog.theirResults()->topLevelItemCount(), 1);
        QCOMPARE(dialog.theirResults()->topLevelItem(0)->text(2), QStringLiteral("82 / 100"));
        QCOMPARE(dialog.theirResults()->topLevelItem(0)->text(3), QStringLiteral("bought"));
        QCOMPARE(dialog.theirResults()->topLevelItem(0)->text(4), QStringLiteral("4 / 5"));

        // Its report, with the expert's way, and the replay from there.
        dialog.openResult(dialog.theirResults()->topLevelItem(0)->data(0, Qt::UserRole).toLongLong());
        QTRY_VERIFY(dialog.report());
        QCOMPARE(dialog.report()->totalText(), QStringLiteral("82 / 100"));
        auto* replay = dialog.report()->findChild<QPushButton*>(QStringLiteral("replayButton"));
        QVERIFY(replay);
        replay->click();
        auto* replayDialog = dialog.report()->findChild<ui::SandboxReplayDialog*>();
        QTRY_VERIFY(replayDialog);
        dialog.report()->close();

        // Assigning: the trainee's lists and button follow.
        dialog.assignToSelected({QStringLiteral("hesitant-buyer"), QStringLiteral("late-parcel")}, QStringLiteral("Before Friday"));
        QTRY_COMPARE(dialog.theirAssignments()->topLevelItemCount(), 2);
        QCOMPARE(column(dialog.theirAssignments(), 0), (QStringList{QStringLiteral("The hesitant buyer"), QStringLiteral("The late parcel")}));
        QCOMPARE(dialog.theirAssignments()->topLevelItem(0)->text(5), QStringLiteral("Before Friday"));
        agent.training()->refreshMine();
        QTRY_COMPARE(button->text(), QStringLiteral("Training (2)"));

        ui::TrainingDialog mine(*agent.training(), scenarios());
        mine.show();
        QCOMPARE(mine.findChild<QTabWidget*>()->count(), 1);
        QTRY_COMPARE(mine.myAssignments()->topLevelItemCount(), 2);
        QCOMPARE(mine.myAssignments()->topLevelItem(0)->text(2), QStringLiteral("Sun Li 孙丽"));
        QTRY_COMPARE(mine.myResults()->topLevelItemCount(), 1);
        QSignalSpy start(&mine, &ui::TrainingDialog::startRequested);
        mine.myAssignments()->setCurrentItem(mine.myAssignments()->topLevelItem(1));
        mine.findChild<QPushButton*>(QStringLiteral("startAssigned"))->click();
        QCOMPARE(start.count(), 1);
        QCOMPARE(start.at(0).at(0).toString(), QStringLiteral("late-parcel"));

        // Taken back (the confirmation answered yes).
        dialog.theirAssignments()->setCurrentItem(dialog.theirAssignments()->topLevelItem(1));
        QTimer::singleShot(200, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        dialog.findChild<QPushButton*>(QStringLiteral("takeBack"))->click();
        QTRY_COMPARE(dialog.theirAssignments()->topLevelItemCount(), 1);
        agent.training()->refreshMine();
        QTRY_COMPARE(button->text(), QStringLiteral("Training (1)"));
    }

    void theAssignDialogNeedsAScenario()
    {
        ui::TrainingAssignDialog dialog(QStringLiteral("Li Na"), scenarios());
        auto* ok = dialog.findChild<QDialogButtonBox*>()->buttons().first();
        for (QAbstractButton* b : dialog.findChild<QDialogButtonBox*>()->buttons()) {
            if (dialog.findChild<QDialogButtonBox*>()->buttonRole(b) == QDialogButtonBox::AcceptRole)
                ok = b;
        }
        QVERIFY(!ok->isEnabled());
        dialog.setChosen({QStringLiteral("late-parcel")});
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.chosen(), std::vector<QString>{QStringLiteral("late-parcel")});
        dialog.setNote(QString(501, QLatin1Char('x')));
        QVERIFY(!ok->isEnabled());
        dialog.setNote(QStringLiteral("  Watch the tone  "));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.note(), QStringLiteral("Watch the tone"));
    }

private:
    app::WorkspaceSession& session(const QString& user)
    {
        auto s = std::make_unique<app::WorkspaceSession>(
            app::SyncEngine::Credentials{m_server->staffUrl(), user, QStringLiteral("demo1234")},
            m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(user).arg(++m_round)), QStringLiteral("test-server"));
        QString error;
        if (!s->open(&error))
            qWarning() << error;
        s->start();
        m_sessions.push_back(std::move(s));
        return *m_sessions.back();
    }

    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<TestServer> m_server;
    std::vector<std::unique_ptr<app::WorkspaceSession>> m_sessions;
};

QTEST_MAIN(TestTraining)
#include "tst_Training.moc"
