// agentdesk-sim's scripted customers and agents against a real server: every customer is
// answered, thanks the agent and sees the conversation closed.

#include "Simulator.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace agentdesk;

class TestSimulator : public QObject {
    Q_OBJECT
private slots:
    void customersAreServedByScriptedAgents()
    {
        test::TestServer server;
        QVERIFY(server.start());
        sim::SimulatorOptions options;
        options.settings.customerUrl = server.customerUrl();
        options.settings.staffUrl = server.staffUrl();
        options.settings.channelKey = QStringLiteral("demo-channel-key");
        options.settings.turns = 2;
        options.settings.minReplyDelayMs = 10;
        options.settings.maxReplyDelayMs = 50;
        options.customers = 6;
        options.concurrency = 6;
        options.intervalMs = 50;
        options.agents = 2;  // one per demo team
        QStringList lines;
        sim::Simulator simulator(options);
        connect(&simulator, &sim::Simulator::log, this, [&](const QString& line) { lines << line; });
        QSignalSpy done(&simulator, &sim::Simulator::allFinished);
        simulator.start();
        QVERIFY2(done.wait(30000), qPrintable(simulator.summary() + QLatin1Char('\n') + lines.join(QLatin1Char('\n'))));
        QVERIFY2(simulator.summary().contains(QStringLiteral("served 6, not served 0")), qPrintable(simulator.summary()));
        // Both languages and several topics were spoken.
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("谢谢")) || all.contains(QStringLiteral("辛苦")));
        QVERIFY(all.contains(QStringLiteral("Thank")) || all.contains(QStringLiteral("thanks")));
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_Simulator.moc"
