// Limits under load: a client that asks and never reads is dropped once what waits for it passes
// maxBufferedBytes, rather than being buffered for ever; it is counted in /metrics, and another
// agent on the same server is served throughout. Inputs tried: a raw WebSocket client that signs
// in, sends 400 library.list requests (each answered with the whole library) and reads nothing,
// its receive buffer shrunk to 4 KiB so that the kernel holds little of it.

#include "RawPeer.h"
#include "TestServer.h"
#include "WsClient.h"

#include <QTcpSocket>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;


class TestServerLimits : public QObject {
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;

    double slowConsumersDropped()
    {
        return metricSample(httpBody(httpGet(m_server->server().opsPort(), "/metrics")), "agentdesk_slow_consumers_dropped_total");
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>([](server::ServerConfig& c) {
            c.opsPort = 0;
            c.rateBurst = 1000;
            c.ratePerSecond = 1000;
            c.maxBufferedBytes = 256 * 1024;
        });
        QVERIFY(m_server->start());
    }

    void cleanupTestCase() { m_server.reset(); }

    void aClientThatReadsNothingIsDropped()
    {
        WsClient bystander(m_server->staffUrl());
        QVERIFY(bystander.waitConnected());
        QVERIFY(bystander.login(QStringLiteral("agent2")).principal.id > 0);
        const double droppedBefore = slowConsumersDropped();
        QVERIFY(droppedBefore >= 0);

        QTcpSocket raw;
        raw.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        QVERIFY(rawWebSocketHandshake(raw, m_server->server().port()));
        raw.write(rawClientTextFrame(R"({"type":"auth.login","id":"l","user":"agent1","password":"demo1234","protocol":1})"));
        QVERIFY(QTest::qWaitFor([&] { return raw.bytesAvailable() > 0; }, 3000));
        QVERIFY(raw.readAll().contains("auth.ok"));
        // From here on nothing is read.
        raw.setReadBufferSize(1);
        for (int i = 0; i < 400; ++i)
            raw.write(rawClientTextFrame("{\"type\":\"library.list\",\"id\":\"q" + QByteArray::number(i) + "\"}"));

        QVERIFY(QTest::qWaitFor([&] {
            return slowConsumersDropped() > droppedBefore;
        }, 30000));
        QVERIFY(QTest::qWaitFor([&] { return raw.state() == QAbstractSocket::UnconnectedState; }, 10000));
        // The other agent was not held up.
        QVERIFY(bystander.request(Ping{}).as<Pong>());
        QVERIFY(bystander.request(LibraryList{}).as<LibraryListOk>());
    }
};

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_ServerLimits.moc"
