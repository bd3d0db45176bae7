// Kill -9 the client process with messages in its outbox, start it again on the same cache:
// every message arrives exactly once, in order. Killed before it connected (nothing sent: the
// restart must send all) and once it was online (on loopback the server has then stored all 40,
// but no acknowledgement reached the cache: the restart must resend with the same keys and the
// server must not store them twice). The log line says how many were stored at the kill.

#include "TestServer.h"
#include "WsClient.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

class TestOutboxCrash : public QObject {
    Q_OBJECT
private slots:
    void killedMidSendDeliversExactlyOnce_data()
    {
        QTest::addColumn<QByteArray>("phase");
        QTest::addColumn<int>("killAfterMs");
        QTest::newRow("queued, not connected") << QByteArray("queued") << 0;
        QTest::newRow("as it goes online") << QByteArray("online") << 0;
        QTest::newRow("online + 10 ms") << QByteArray("online") << 10;
    }

    void killedMidSendDeliversExactlyOnce()
    {
        QFETCH(QByteArray, phase);
        QFETCH(int, killAfterMs);
        TestServer server([](server::ServerConfig& c) {
            c.rateBurst = 1000;
            c.ratePerSecond = 1000;
        });
        QVERIFY(server.start());
        // A conversation assigned to agent1.
        WsClient agent(server.staffUrl());
        QVERIFY(agent.waitConnected());
        agent.sync(agent.login(QStringLiteral("agent1")).head);
        WsClient customer(server.customerUrl());
        QVERIFY(customer.waitConnected());
        customer.sync(customer.signinCustomer(QStringLiteral("demo-0060")).head);
        const qint64 conversation = customer.openConversation(QStringLiteral("hello")).id;
        QVERIFY(agent.waitConversation([&](const ConversationInfo& c) { return c.id == conversation && c.agentId > 0; }));

        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
        constexpr int kMessages = 40;
        const QStringList args{server.staffUrl().toString(), cache, QString::number(conversation)};

        QProcess writer;
        writer.start(QStringLiteral(OUTBOX_WRITER), args + QStringList{QString::number(kMessages)});
        QVERIFY(writer.waitForStarted());
        QByteArray output;
        QVERIFY(QTest::qWaitFor([&] {
            output += writer.readAllStandardOutput();
            return output.contains(phase) || writer.state() == QProcess::NotRunning;
        }, 15000));
        if (killAfterMs > 0)
            QTest::qWait(killAfterMs);
        if (writer.state() != QProcess::NotRunning) {
            writer.kill();  // SIGKILL: no chance to clean up
            QVERIFY(writer.waitForFinished(5000));
            // Killed, or it had just finished on its own: either way the restart must not repeat.
            QVERIFY(writer.exitStatus() == QProcess::CrashExit || killAfterMs > 0);
        } else {
            QVERIFY(killAfterMs > 0);  // it finished first; the restart must then send nothing again
        }
        const auto delivered = [&] {
            int n = 0;
            const Frame page = customer.request(ConversationHistory{conversation, 0, 500});  // alive while read
            for (const ChatMessage& m : page.as<ConversationHistoryOk>()->messages)
                n += m.text.startsWith(QStringLiteral("crash ")) ? 1 : 0;
            return n;
        };
        qInfo("killed %d ms after \"%s\" with %d of %d messages stored", killAfterMs, phase.constData(), delivered(), kMessages);

        // Start again with nothing new to queue: it must deliver what is left, once.
        QProcess again;
        again.start(QStringLiteral(OUTBOX_WRITER), args + QStringList{QStringLiteral("0")});
        QVERIFY(again.waitForStarted());
        QVERIFY2(QTest::qWaitFor([&] { return again.state() == QProcess::NotRunning; }, 20000),
                 "the restarted client did not empty its outbox");
        QVERIFY2(again.readAllStandardOutput().contains("outbox empty"), again.readAllStandardError().constData());

        const Frame history = customer.request(ConversationHistory{conversation, 0, 500});
        QStringList received;
        for (const ChatMessage& m : history.as<ConversationHistoryOk>()->messages) {
            if (m.text.startsWith(QStringLiteral("crash ")))
                received << m.text;
        }
        QStringList expected;
        for (int i = 0; i < kMessages; ++i)
            expected << QStringLiteral("crash %1").arg(i, 3, 10, QLatin1Char('0'));
        QCOMPARE(received, expected);
    }
};

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_OutboxCrash.moc"
