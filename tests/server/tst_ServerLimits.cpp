// Limits under load: a client that asks and never reads is dropped once what waits for it passes
// maxBufferedBytes, rather than being buffered for ever; it is counted in /metrics, and another
// agent on the same server is served throughout. Inputs tried: a raw WebSocket client that signs
// in, sends 400 library.list requests (each answered with the whole library) and reads nothing,
// its receive buffer shrunk to 4 KiB so that the kernel holds little of it.

#include "TestServer.h"
#include "WsClient.h"

#include <QTcpSocket>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {
// A masked client text frame (RFC 6455), with a zero mask so that the bytes go as they are.
QByteArray clientFrame(const QByteArray& payload)
{
    QByteArray frame;
    frame.append(char(0x81));
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char((payload.size() >> 8) & 0xff));
        frame.append(char(payload.size() & 0xff));
    }
    frame.append(QByteArray(4, '\0'));
    return frame + payload;
}

double metric(quint16 port, const QByteArray& name)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return -1;
    socket.write("GET /metrics HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QByteArray all;
    [[maybe_unused]] const bool closed = QTest::qWaitFor([&] {
        all += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    }, 5000);
    all += socket.readAll();
    for (const QByteArray& line : all.split('\n')) {
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).toDouble();
    }
    return -1;
}
} // namespace

class TestServerLimits : public QObject {
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;

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
        const double droppedBefore = metric(m_server->server().opsPort(), "agentdesk_slow_consumers_dropped_total");
        QVERIFY(droppedBefore >= 0);

        QTcpSocket raw;
        raw.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        raw.connectToHost(QHostAddress::LocalHost, m_server->server().port());
        QVERIFY(raw.waitForConnected(3000));
        raw.write("GET /v1/staff HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return raw.bytesAvailable() > 0; }, 3000));
        QVERIFY(raw.readAll().startsWith("HTTP/1.1 101"));
        raw.write(clientFrame(R"({"type":"auth.login","id":"l","user":"agent1","password":"demo1234","protocol":1})"));
        QVERIFY(QTest::qWaitFor([&] { return raw.bytesAvailable() > 0; }, 3000));
        QVERIFY(raw.readAll().contains("auth.ok"));
        // From here on nothing is read.
        raw.setReadBufferSize(1);
        for (int i = 0; i < 400; ++i)
            raw.write(clientFrame("{\"type\":\"library.list\",\"id\":\"q" + QByteArray::number(i) + "\"}"));

        QVERIFY(QTest::qWaitFor([&] {
            return metric(m_server->server().opsPort(), "agentdesk_slow_consumers_dropped_total") > droppedBefore;
        }, 30000));
        QVERIFY(QTest::qWaitFor([&] { return raw.state() == QAbstractSocket::UnconnectedState; }, 10000));
        // The other agent was not held up.
        QVERIFY(bystander.request(Ping{}).as<Pong>());
        QVERIFY(bystander.request(LibraryList{}).as<LibraryListOk>());
    }
};

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_ServerLimits.moc"
