// Faults, in the manner of Jepsen: clients record every message they send and every
// acknowledgement and event they receive (History), a nemesis disrupts the real agentdesk-server
// process, and a checker (FaultChecker) classifies each acknowledged message as applied once, lost
// or duplicated against the database, and checks that both sides of every conversation received
// each message exactly once, in order.
//
// Nemeses tried: kill -9 of the server every 1.5 to 2.5 s while six customers and three agents
// exchange messages as fast as the server takes them, and a restart on the same database (SQLite, and PostgreSQL as _pg); TCP
// connections cut in a frame's header, in its payload and one byte short of its end; the server
// stopped with SIGSTOP (a half-open connection: open, but nothing answers); the SQLite file locked
// by another connection for longer than the busy timeout; the disk full (the server's files may
// not grow: writes fail with EFBIG). The run's figures are printed (QINFO "verdict").

#include "FaultChecker.h"
#include "History.h"
#include "HistoryClient.h"
#include "ServerProcess.h"

#include "DatabasePeek.h"
#include "RawPeer.h"
#include "TestServer.h"
#include "WsClient.h"
#include "Workstation.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {

constexpr int kWait = 15000;
const QString kPrefix = QStringLiteral("fault:");

bool onPostgres()
{
    return !TestServer::postgresCluster().isEmpty();
}

// A database of the demo shop for the server process: a SQLite file in dir, or a new PostgreSQL
// database when the tests run on PostgreSQL.
QString newDatabase(const QTemporaryDir& dir)
{
    return onPostgres() ? TestServer::createPostgresDatabase(true) : dir.filePath(QStringLiteral("fault.sqlite"));
}

QStringList serverArguments(quint16 port, const QString& database)
{
    return {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--db"), database,
            QStringLiteral("--demo-data"), QStringLiteral("--rate"), QStringLiteral("1000"), QStringLiteral("--burst"),
            QStringLiteral("1000"), QStringLiteral("--event-retention"), QStringLiteral("1000000")};
}

QUrl urlOf(quint16 port, const char* path)
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(QLatin1String(path)));
}

// The real server process on a new database of the demo shop, its log in a temporary folder.
struct ProcessRun {
    QTemporaryDir dir;
    quint16 port = ServerProcess::freePort();
    QString database = newDatabase(dir);
    ServerProcess server{QStringLiteral(AGENTDESK_SERVER_BINARY), serverArguments(port, database),
                         dir.filePath(QStringLiteral("server.log"))};
};

QList<FaultChecker::Stored> storedMessages(DatabasePeek& db)
{
    QList<FaultChecker::Stored> out;
    for (const QVariantList& row : db.rows(QStringLiteral("SELECT id, conversation_id, body FROM messages")))
        out << FaultChecker::Stored{row.at(0).toLongLong(), row.at(1).toLongLong(), row.at(2).toString()};
    return out;
}

} // namespace

class TestFault : public QObject {
    Q_OBJECT
private slots:
    void killNineDuringTraffic()
    {
        ProcessRun run;
        QVERIFY(!run.database.isEmpty());
        ServerProcess& server = run.server;
        const quint16 port = run.port;
        const QString& database = run.database;
        QString error;
        QVERIFY2(server.start(port, &error), qPrintable(error));

        History history;
        std::vector<std::unique_ptr<HistoryClient>> agents;
        std::vector<std::unique_ptr<HistoryClient>> customers;
        for (const char* login : {"agent1", "agent2", "agent3"})
            agents.push_back(std::make_unique<HistoryClient>(QLatin1String(login), HistoryClient::Kind::Staff, QLatin1String(login),
                                                             urlOf(port, "/v1/staff"), history));
        for (const auto& a : agents)
            a->start();
        QVERIFY(QTest::qWaitFor([&] { return std::all_of(agents.begin(), agents.end(), [](const auto& a) { return a->isOnline(); }); }, kWait));
        for (int i = 1; i <= 6; ++i) {
            const QString ref = QStringLiteral("demo-02%1").arg(i, 2, 10, QLatin1Char('0'));
            customers.push_back(std::make_unique<HistoryClient>(ref, HistoryClient::Kind::Customer, ref, urlOf(port, "/v1/customer"), history));
            customers.back()->start();
        }
        // Every customer's conversation open and assigned before the nemesis starts.
        QVERIFY(QTest::qWaitFor([&] {
            qsizetype assigned = 0;
            for (const auto& a : agents)
                assigned += a->assignedConversations().size();
            return assigned == 6 && std::all_of(customers.begin(), customers.end(), [](const auto& c) { return c->conversationId() > 0; });
        }, kWait));

        // Traffic: every 20 ms a message from each participant into its conversation, at most 20
        // waiting per client: each always has one in flight, so every kill cuts some off, answered
        // or not.
        std::vector<HistoryClient*> everyone;
        for (const auto& c : customers)
            everyone.push_back(c.get());
        for (const auto& a : agents)
            everyone.push_back(a.get());
        int sent = 0;
        QTimer traffic;
        traffic.setInterval(20);
        connect(&traffic, &QTimer::timeout, this, [&] {
            for (HistoryClient* who : everyone) {
                if (who->unsent() > 20)
                    continue;
                qint64 conversation = 0;  // a customer's own
                if (who->isStaff()) {
                    const QList<qint64> mine = who->assignedConversations();
                    if (mine.isEmpty())
                        continue;
                    conversation = mine.at(int(QRandomGenerator::global()->bounded(int(mine.size()))));
                }
                who->queue(conversation, QStringLiteral("%1%2:%3").arg(kPrefix, who->name()).arg(++sent));
            }
        });
        traffic.start();

        // The nemesis: kill -9 and restart, again and again, with a steady stream of messages.
        QRandomGenerator nemesis(20261203);
        int kills = 0;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 20'000) {
            QTest::qWait(1500 + int(nemesis.bounded(1000)));
            server.kill9();
            ++kills;
            QTest::qWait(100 + int(nemesis.bounded(400)));
            QVERIFY2(server.start(port, &error), qPrintable(error));
        }
        traffic.stop();

        // Quiet: everyone back, every message answered, every event arrived.
        QVERIFY2(QTest::qWaitFor([&] {
                     return std::all_of(everyone.begin(), everyone.end(), [](HistoryClient* c) { return c->isOnline() && c->unsent() == 0; });
                 }, 60'000),
                 "the clients did not all get their messages acknowledged after the last restart");
        DatabasePeek db(database);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QHash<QString, QList<qint64>> participants;
        for (const auto& c : customers)
            participants[c->name()] << c->conversationId();
        for (const QVariantList& row : db.rows(QStringLiteral("SELECT id, agent_id FROM conversations WHERE agent_id IS NOT NULL"))) {
            for (const auto& a : agents) {
                if (a->principalId() == row.at(1).toLongLong())
                    participants[a->name()] << row.at(0).toLongLong();
            }
        }
        FaultChecker::Verdict verdict;
        const bool allArrived = QTest::qWaitFor([&] {
            verdict = FaultChecker::check(history, storedMessages(db), participants, kPrefix);
            return verdict.undelivered == 0;
        }, kWait);
        if (!allArrived)
            qWarning() << "not every delivery arrived within" << kWait << "ms";
        int reconnects = 0;
        for (HistoryClient* c : everyone)
            reconnects += c->reconnects();
        qInfo().noquote() << "verdict:" << kills << "kills," << reconnects << "reconnects;" << verdict.summary();
        QVERIFY2(verdict.clean(), qPrintable(verdict.problems.join(QLatin1Char('\n'))));
        QVERIFY(kills >= 6);
        QVERIFY2(verdict.acknowledged > 100, "too little traffic got through to mean anything");
        QVERIFY(verdict.deliveriesExpected >= 2 * verdict.acknowledged);
        if (!onPostgres())
            QCOMPARE(db.text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        for (HistoryClient* c : everyone)
            c->stop();
    }

    void framesCutMidwayStoreNothing()
    {
        TestServer server;
        QVERIFY(server.start());
        const quint16 port = server.staffUrl().port();
        auto customer = liveCustomer(server, QStringLiteral("demo-0230"));
        QVERIFY(customer);
        WsClient watcher(server.staffUrl());
        QVERIFY(watcher.waitConnected());
        watcher.sync(watcher.login(QStringLiteral("agent1")).head);
        const qint64 conversation = customer->openConversation(QStringLiteral("hello")).id;
        QVERIFY(watcher.waitConversation([&](const ConversationInfo& c) { return c.id == conversation && c.agentId > 0; }));

        const auto cutAfter = [&](const QString& text, int keep) {
            QTcpSocket raw;
            if (!rawWebSocketHandshake(raw, port))
                return false;
            raw.write(rawClientTextFrame(FrameCodec::encode(AuthLogin{QStringLiteral("agent1"), QStringLiteral("demo1234"),
                                                                      kProtocolVersion, {}, {}}, QStringLiteral("a"))));
            if (!QTest::qWaitFor([&] { return raw.bytesAvailable() > 0 || raw.waitForReadyRead(100); }, kWait))
                return false;
            const QByteArray frame = rawClientTextFrame(FrameCodec::encode(
                MessageSend{newKey(), conversation, text, {}, {}, {}}, QStringLiteral("m")));
            raw.write(keep >= 0 ? frame.left(keep) : frame.left(frame.size() + keep));
            raw.flush();
            raw.waitForBytesWritten(1000);
            raw.abort();
            return true;
        };
        QVERIFY(cutAfter(QStringLiteral("cut in the header"), 1));
        QVERIFY(cutAfter(QStringLiteral("cut in the payload"), 40));
        QVERIFY(cutAfter(QStringLiteral("cut one byte short"), -1));
        // The server is serving, the cut connections are gone, and none of the three was stored.
        QVERIFY(watcher.request(Ping{}).as<Pong>());
        QTRY_COMPARE_WITH_TIMEOUT(server.server().connectionCount(), 2, kWait);
        DatabasePeek db(server.database());
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE body LIKE 'cut %'")), 0);
        QVERIFY(watcher.send(conversation, QStringLiteral("still here")).id > 0);
    }

    void aStoppedServerIsNoticedByHeartbeats()
    {
        ProcessRun run;
        ServerProcess& server = run.server;
        const quint16 port = run.port;
        QString error;
        QVERIFY2(server.start(port, &error), qPrintable(error));
        Workstation workstation(urlOf(port, "/v1/staff"), run.dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY2(workstation.open(&error), qPrintable(error));
        app::SyncEngine& engine = workstation.engine;
        constexpr int kHeartbeatMs = 500;
        engine.setHeartbeatInterval(kHeartbeatMs);
        engine.setBackoff({200});
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), app::SyncEngine::State::Online, kWait);

        // Stopped, not dead: the TCP connection stays open and nothing answers.
        server.pause();
        QElapsedTimer noticed;
        noticed.start();
        QVERIFY(QTest::qWaitFor([&] { return engine.state() != app::SyncEngine::State::Online; }, kWait));
        const qint64 ms = noticed.elapsed();
        qInfo() << "a stopped server was noticed after" << ms << "ms with pings every" << kHeartbeatMs << "ms";
        // The bound: two unanswered pings and the tick that counts them, with room for a slow machine.
        QVERIFY2(ms <= 6 * kHeartbeatMs, qPrintable(QStringLiteral("noticed after %1 ms").arg(ms)));
        server.resume();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), app::SyncEngine::State::Online, kWait);
        engine.stop();
    }

    void aLockedDatabaseGivesErrorsNotCorruption()
    {
        if (onPostgres())
            QSKIP("a file lock is SQLite's; PostgreSQL's own locks wait");
        TestServer server;
        QVERIFY(server.start());
        auto customer = liveCustomer(server, QStringLiteral("demo-0231"));
        QVERIFY(customer);
        const qint64 conversation = customer->openConversation(QStringLiteral("hello")).id;

        DatabasePeek locker(server.database());
        QVERIFY(locker.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const QString key = newKey();
        const Frame refused = customer->request(MessageSend{key, conversation, QStringLiteral("while locked"), {}, {}, {}}, 30'000);
        QVERIFY2(isError(refused, ErrorCode::Internal), describe(refused));
        QVERIFY(refused.as<protocol::Error>()->message.contains(QStringLiteral("same key")));
        QVERIFY(locker.exec(QStringLiteral("ROLLBACK")));
        // The same key again, as the error says: stored once.
        const Frame stored = customer->request(MessageSend{key, conversation, QStringLiteral("while locked"), {}, {}, {}});
        QVERIFY2(stored.as<MessageSendOk>(), describe(stored));
        QVERIFY(customer->request(MessageSend{key, conversation, QStringLiteral("while locked"), {}, {}, {}}).as<MessageSendOk>());
        QCOMPARE(locker.scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE body = 'while locked'")), 1);
        QCOMPARE(locker.text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void aFullDiskGivesErrorsNotCorruption()
    {
        if (onPostgres())
            QSKIP("the server process writes no database file on PostgreSQL");
        ProcessRun run;
        ServerProcess& server = run.server;
        const quint16 port = run.port;
        const QString& database = run.database;
        QString error;
        QVERIFY2(server.start(port, &error), qPrintable(error));  // loads the demo shop
        QVERIFY(server.stop());  // and folds the write-ahead log into the file
        // Room for a few transactions in the write-ahead log, then the disk is "full".
        server.limitFileSize(QFileInfo(database).size() + 96 * 1024);
        QVERIFY2(server.start(port, &error), qPrintable(error));

        WsClient customer(urlOf(port, "/v1/customer"));
        QVERIFY(customer.waitConnected());
        customer.sync(customer.signinCustomer(QStringLiteral("demo-0232")).head);
        const Frame opened = customer.request(ConversationOpen{newKey(), QStringLiteral("presales"), {}});
        QVERIFY2(opened.as<ConversationOpenOk>(), describe(opened));
        const qint64 conversation = opened.as<ConversationOpenOk>()->conversation.id;
        QStringList acknowledged;
        QString failedKey;
        QString failedText;
        for (int i = 0; i < 400 && failedKey.isEmpty(); ++i) {
            const QString key = newKey();
            const QString text = QStringLiteral("disk %1 ").arg(i) + QString(300, u'x');
            const Frame answer = customer.request(MessageSend{key, conversation, text, {}, {}, {}});
            if (answer.as<MessageSendOk>()) {
                acknowledged << text;
            } else {
                QVERIFY2(isError(answer, ErrorCode::Internal), describe(answer));
                failedKey = key;
                failedText = text;
            }
        }
        QVERIFY2(!failedKey.isEmpty(), "the file size limit was never reached");
        qInfo() << acknowledged.size() << "messages stored before the disk was full";
        // Still answering while full; then room again, and the refused message goes through.
        QVERIFY(customer.request(Ping{}).as<Pong>());
        QVERIFY(server.liftFileSizeLimit());
        const Frame retried = customer.request(MessageSend{failedKey, conversation, failedText, {}, {}, {}});
        QVERIFY2(retried.as<MessageSendOk>(), describe(retried));
        acknowledged << failedText;

        // Nothing lost or doubled, and the file is sound, also after a crash.
        server.kill9();
        DatabasePeek db(database);
        QCOMPARE(db.text(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        for (const QString& text : std::as_const(acknowledged))
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE body = '%1'").arg(text)), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE body LIKE 'disk %'")), qint64(acknowledged.size()));
    }
};

QTEST_GUILESS_MAIN(TestFault)
#include "tst_Fault.moc"
