// Limits under load: a client that asks and never reads is dropped once what waits for it passes
// maxBufferedBytes, rather than being buffered for ever; it is counted in /metrics, and another
// agent on the same server is served throughout. Inputs tried: a raw WebSocket client that signs
// in, sends 400 library.list requests (each answered with the whole library) and reads nothing,
// its receive buffer shrunk to 4 KiB so that the kernel holds little of it.
// Also: the cap on connections from one address (the one over it is closed with 1008 and the
// reason, and there is room again once one leaves); browser origins (none, one on the list, one
// not on it, "*"); failed sign-ins across connections (wrong passwords for one name from fresh
// connections, then the right one is refused too; another name from the same address until the
// address's limit; wrong channel keys on the customer endpoint). A lead watching the floor that
// stops reading while an agent's presence changes 20 times (a push of some 500 KB each, with 240
// conversations waiting) with a 32 KiB limit. A lead whose kpi.report is read on the report
// thread sends 300 pings behind it in one write, without waiting: closed with 1008 once 256 wait;
// 100 pings behind it are all answered, after the report.

#include "DatabasePeek.h"
#include "RawPeer.h"
#include "TestServer.h"
#include "WsClient.h"
#include "FloorMonitor.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

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

    void aLeadBehindMissesFloorSnapshotsInsteadOfBeingDropped()
    {
        // A server of its own with a small limit, which a few seconds of floor pushes pass.
        TestServer server([](server::ServerConfig& c) {
            c.opsPort = 0;
            c.maxBufferedBytes = 32 * 1024;
        });
        QVERIFY(server.start());
        auto metric = [&](const char* series) {
            return metricSample(httpBody(httpGet(server.server().opsPort(), "/metrics")), series);
        };
        auto dropped = [&] { return metric("agentdesk_slow_consumers_dropped_total"); };
        Staff agent = signIn(server, QStringLiteral("agent2"));
        QVERIFY(agent);
        // A waiting conversation for each demo customer, with a long preview: snapshots of some
        // 500 KB, so that a few pushes are more than the kernel's socket buffers hold.
        {
            DatabasePeek peek(server.database());
            QVERIFY2(peek.isOpen(), qPrintable(peek.error()));
            QVERIFY(peek.exec(QStringLiteral(
                "INSERT INTO conversations (customer_id, team_id, channel, topic, status, created_at, last_message_at,"
                " last_preview, waiting_since) SELECT id, 1, 'web', 'price', 'waiting', 1, 1, '%1', 1 FROM customers")
                                  .arg(QString(2000, QLatin1Char('x')))));
        }
        QTcpSocket raw;
        raw.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        QVERIFY(rawWebSocketHandshake(raw, server.server().port()));
        raw.write(rawClientTextFrame(R"({"type":"auth.login","id":"l","user":"lead1","password":"demo1234","protocol":1})"));
        QByteArray read;
        QVERIFY(QTest::qWaitFor([&] { read += raw.readAll(); return read.contains("auth.ok"); }, 5000));
        raw.write(rawClientTextFrame(FrameCodec::encode(FloorWatch{0, false}, QStringLiteral("w"))));
        QVERIFY(QTest::qWaitFor([&] { read += raw.readAll(); return read.contains("floor.watch.ok"); }, 5000));
        const double droppedBefore = dropped();
        // From here on the lead reads nothing. Each presence change pushes the floor (a few KB).
        raw.setReadBufferSize(1);
        for (int i = 0; i < 20; ++i) {
            const auto status = i % 2 == 0 ? PresenceStatus::Away : PresenceStatus::Online;
            QVERIFY(agent->request(PresenceSet{newKey(), status, 0}).as<PresenceSetOk>());
            QTest::qWait(server::FloorMonitor::kCoalesceMs + 30);
        }
        // Behind, it missed snapshots; it was not dropped, as a client behind on its own stream
        // would be.
        QVERIFY2(metric("agentdesk_replaceable_frames_skipped_total") > 0, "the lead never fell behind: push more");
        QCOMPARE(dropped(), droppedBefore);
        QCOMPARE(raw.state(), QAbstractSocket::ConnectedState);
        QVERIFY(agent->request(Ping{}).as<Pong>());
    }

    void tooManyRequestsBehindAHeldOneClose_data()
    {
        QTest::addColumn<int>("pings");
        QTest::addColumn<bool>("closed");
        QTest::newRow("100 wait: answered") << 100 << false;
        QTest::newRow("300 wait: closed") << 300 << true;
    }

    void tooManyRequestsBehindAHeldOneClose()
    {
        QFETCH(int, pings);
        QFETCH(bool, closed);
        // Without the rate limit in the way: this is about what waits, not how fast it comes.
        TestServer server([](server::ServerConfig& c) {
            c.rateBurst = 1000;
            c.ratePerSecond = 1000;
        });
        QVERIFY(server.start());
        QTcpSocket raw;
        QVERIFY(rawWebSocketHandshake(raw, server.server().port()));
        raw.write(rawClientTextFrame(R"({"type":"auth.login","id":"l","user":"lead1","password":"demo1234","protocol":1})"));
        QByteArray read;
        QVERIFY(QTest::qWaitFor([&] { read += raw.readAll(); return read.contains("auth.ok"); }, 5000));
        read.clear();
        // One write: the server reads the pings before the report thread's answer can come back,
        // and holds them so that the answers keep the requests' order.
        QByteArray burst = rawClientTextFrame(FrameCodec::encode(KpiReport{0, QDateTime::currentMSecsSinceEpoch() - 30LL * 24 * 3600 * 1000, 0, {}},
                                                                 QStringLiteral("report")));
        for (int i = 0; i < pings; ++i)
            burst += rawClientTextFrame("{\"type\":\"ping\",\"id\":\"p" + QByteArray::number(i) + "\"}");
        raw.write(burst);
        if (closed) {
            QVERIFY(QTest::qWaitFor([&] {
                read += raw.readAll();
                return raw.state() == QAbstractSocket::UnconnectedState;
            }, 10000));
            read += raw.readAll();
            QVERIFY2(read.contains("more than 256 requests wait"), read.right(300).constData());
            return;
        }
        const QByteArray last = "\"id\":\"p" + QByteArray::number(pings - 1) + "\"";
        QVERIFY(QTest::qWaitFor([&] { read += raw.readAll(); return read.contains(last); }, 10000));
        QCOMPARE(raw.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(read.count("\"type\":\"pong\""), qsizetype(pings));
        QVERIFY(read.indexOf("kpi.report.ok") >= 0 && read.indexOf("kpi.report.ok") < read.indexOf("\"id\":\"p0\""));
    }

    void connectionsPerAddressAreCapped()
    {
        TestServer server([](server::ServerConfig& c) { c.maxConnectionsPerAddress = 3; });
        QVERIFY(server.start());
        std::vector<std::unique_ptr<WsClient>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<WsClient>(server.staffUrl()));
            QVERIFY(held.back()->waitConnected());
        }
        WsClient extra(server.staffUrl());
        QVERIFY(extra.waitClosed(10000));
        QCOMPARE(extra.closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
        QVERIFY2(extra.closeReason().contains(QStringLiteral("too many connections from your address")), qPrintable(extra.closeReason()));
        // The held ones are still served; once one leaves there is room again.
        QVERIFY(held.front()->request(Ping{}).as<Pong>());
        held.front()->socket().close();
        QVERIFY(held.front()->waitClosed());
        QTRY_COMPARE(server.server().connectionCount(), 2);
        WsClient again(server.staffUrl());
        QVERIFY(again.waitConnected());
        QVERIFY(again.request(Ping{}).as<Pong>());
    }

    void browserOriginsMustBeAllowed()
    {
        const auto connects = [](const QUrl& url, const QString& origin) {
            QWebSocket socket(origin);
            bool open = false;
            bool failed = false;
            QObject::connect(&socket, &QWebSocket::connected, &socket, [&] { open = true; });
            QObject::connect(&socket, &QWebSocket::disconnected, &socket, [&] { failed = true; });
            socket.open(url);
            return QTest::qWaitFor([&] { return open || failed; }, 10000) && open;
        };
        TestServer server([](server::ServerConfig& c) { c.allowedOrigins = {QStringLiteral("https://shop.example")}; });
        QVERIFY(server.start());
        QVERIFY(connects(server.customerUrl(), QString()));  // not a browser: the workstation
        QVERIFY(connects(server.customerUrl(), QStringLiteral("https://shop.example")));
        QVERIFY(connects(server.customerUrl(), QStringLiteral("HTTPS://SHOP.EXAMPLE")));
        QVERIFY(!connects(server.customerUrl(), QStringLiteral("https://evil.example")));
        QVERIFY(!connects(server.staffUrl(), QStringLiteral("https://shop.example.evil.example")));
        QVERIFY(!connects(server.staffUrl(), QStringLiteral("null")));

        TestServer open([](server::ServerConfig& c) { c.allowedOrigins = {QStringLiteral("*")}; });
        QVERIFY(open.start());
        QVERIFY(connects(open.staffUrl(), QStringLiteral("https://anywhere.example")));
        TestServer closed;  // the default: no browser
        QVERIFY(closed.start());
        QVERIFY(!connects(closed.staffUrl(), QStringLiteral("https://shop.example")));
    }

    void failedSignInsAreLimitedAcrossConnections()
    {
        TestServer server([](server::ServerConfig& c) {
            c.signInFailuresPerName = 3;
            c.signInFailuresPerAddress = 5;
        });
        QVERIFY(server.start());
        const auto attempt = [&](const QString& user, const QString& password) {
            WsClient fresh(server.staffUrl());
            if (!fresh.waitConnected())
                return Frame{};
            return fresh.request(AuthLogin{user, password, kProtocolVersion, {}, {}});
        };
        for (int i = 0; i < 3; ++i)
            QVERIFY(isError(attempt(QStringLiteral("agent1"), QStringLiteral("guess%1").arg(i)), ErrorCode::AuthFailed));
        // Each from a new connection, so the per-connection limit never saw more than one.
        const Frame refused = attempt(QStringLiteral("agent1"), QStringLiteral("demo1234"));
        QVERIFY2(isError(refused, ErrorCode::RateLimited), describe(refused));
        QVERIFY(refused.as<protocol::Error>()->message.contains(QStringLiteral("15 minutes")));
        // Another name from the same address, until the address's limit (5) is reached too.
        QVERIFY(attempt(QStringLiteral("agent2"), QStringLiteral("demo1234")).as<AuthOk>());
        QVERIFY(isError(attempt(QStringLiteral("agent2"), QStringLiteral("wrong")), ErrorCode::AuthFailed));
        QVERIFY(isError(attempt(QStringLiteral("nobody"), QStringLiteral("wrong")), ErrorCode::AuthFailed));
        QVERIFY(isError(attempt(QStringLiteral("agent3"), QStringLiteral("demo1234")), ErrorCode::RateLimited));
        // A token needs no password: reconnecting sessions are not locked out.
        WsClient customer(server.customerUrl());
        QVERIFY(customer.waitConnected());
        QVERIFY(isError(customer.request(CustomerSignin{QStringLiteral("demo-channel-key"), QStringLiteral("demo-0001"), {},
                                                        Channel::Web, kProtocolVersion, {}}),
                        ErrorCode::RateLimited));
    }
};

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_ServerLimits.moc"
