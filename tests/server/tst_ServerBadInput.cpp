// Bad input of every kind gets a clear error or a close with a reason, and never disturbs
// another session. Inputs tried: invalid JSON, non-object JSON, unknown types, wrong field types,
// unknown fields, requests before sign-in, binary frames, oversized frames, unknown endpoints,
// no sign-in before the deadline, repeated wrong passwords, floods beyond the rate limit, a
// silent peer that never answers pings; nesting 3,000 deep, null for a string, numbers negative,
// above 2^53, fractional, beyond a double and in a string, a 15,000-character user name, an id
// of 200 characters, invalid UTF-8 in a text frame, a handshake never finished (slow loris),
// connections beyond the server's cap. docs/BAD_INPUT.md lists them all with what they get.

#include "RawPeer.h"
#include "TestServer.h"
#include "WsClient.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

class TestServerBadInput : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>([](server::ServerConfig& c) {
            c.authTimeoutMs = 800;
            c.heartbeatMs = 300;
            c.rateBurst = 20;
            c.ratePerSecond = 10;
            c.maxFrameBytes = 16 * 1024;
            c.handshakeTimeoutMs = 1000;
            c.maxConnections = 8;
        });
        QVERIFY(m_server->start());
        // A bystander with a live conversation that must keep working whatever others send.
        m_agent = std::make_unique<WsClient>(m_server->staffUrl());
        QVERIFY(m_agent->waitConnected());
        m_agent->sync(m_agent->login(QStringLiteral("agent1")).head);
        m_customer = std::make_unique<WsClient>(m_server->customerUrl());
        QVERIFY(m_customer->waitConnected());
        m_customer->sync(m_customer->signinCustomer(QStringLiteral("demo-0050")).head);
        m_conversation = m_customer->openConversation(QStringLiteral("hello")).id;
        QVERIFY(m_agent->waitConversation([this](const ConversationInfo& c) { return c.id == m_conversation && c.agentId > 0; }));
    }

    void cleanup()
    {
        // The bystanders still talk to each other, in both directions.
        QVERIFY(m_customer->isConnected());
        QVERIFY(m_agent->isConnected());
        const QString text = QStringLiteral("still here %1").arg(++m_round);
        QVERIFY(m_customer->send(m_conversation, text).id > 0);
        QVERIFY(m_agent->waitMessage(m_conversation, text));
        QVERIFY(m_agent->send(m_conversation, text + QStringLiteral("!")).id > 0);
        QVERIFY(m_customer->waitMessage(m_conversation, text + QStringLiteral("!")));
        m_customer.reset();
        m_agent.reset();
        m_server.reset();
    }

    void malformedFramesGetErrorsAndTheConnectionStays_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << QByteArray("hello there") << QStringLiteral("bad_json");
        QTest::newRow("half json") << QByteArray(R"({"type":"auth.login","id":"1",)") << QStringLiteral("bad_json");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("bad_json");
        QTest::newRow("number") << QByteArray("42") << QStringLiteral("bad_json");
        QTest::newRow("no type") << QByteArray(R"({"id":"1"})") << QStringLiteral("bad_frame");
        QTest::newRow("unknown type") << QByteArray(R"({"type":"drop.tables","id":"1"})") << QStringLiteral("unknown_type");
        QTest::newRow("event type from client") << QByteArray(R"({"type":"message.new","seq":1})") << QStringLiteral("unknown_type");
        QTest::newRow("wrong field type") << QByteArray(R"({"type":"auth.login","id":"1","user":[],"password":"x","protocol":1})")
                                          << QStringLiteral("bad_frame");
        QTest::newRow("unknown field") << QByteArray(R"({"type":"auth.login","id":"1","user":"agent1","password":"demo1234","protocol":1,"role":"admin"})")
                                       << QStringLiteral("bad_frame");
        QTest::newRow("invalid code points") << QByteArray("{\"type\":\"ping\",\"id\":\"\\ud800\"}") << QStringLiteral("");
        QTest::newRow("before sign-in") << QByteArray(R"({"type":"conversations.list","id":"1"})") << QStringLiteral("unauthenticated");
        QTest::newRow("deep nesting") << QByteArray(R"({"type":"ping","id":"1","x":)") + QByteArray(3000, '[') + QByteArray(3000, ']') + "}"
                                      << QStringLiteral("bad_json");
        QTest::newRow("null field") << QByteArray(R"({"type":"auth.login","id":"1","user":null,"password":"x","protocol":1})")
                                    << QStringLiteral("bad_frame");
        // The frame is checked before who sends it: bad_frame, not unauthenticated.
        QTest::newRow("negative number") << QByteArray(R"({"type":"sync","id":"1","since":-1})") << QStringLiteral("bad_frame");
        QTest::newRow("number above 2^53") << QByteArray(R"({"type":"auth.login","id":"1","user":"a","password":"x","protocol":9007199254740993})")
                                           << QStringLiteral("bad_frame");
        QTest::newRow("fraction for an integer") << QByteArray(R"({"type":"auth.login","id":"1","user":"a","password":"x","protocol":1.5})")
                                                 << QStringLiteral("bad_frame");
        QTest::newRow("number beyond double") << QByteArray(R"({"type":"auth.login","id":"1","user":"a","password":"x","protocol":1e400})")
                                              << QStringLiteral("bad_json");
        QTest::newRow("string for a number") << QByteArray(R"({"type":"auth.login","id":"1","user":"a","password":"x","protocol":"1"})")
                                             << QStringLiteral("bad_frame");
        QTest::newRow("huge string") << QByteArray(R"({"type":"auth.login","id":"1","user":")") + QByteArray(15000, 'u')
                                            + QByteArray(R"(","password":"x","protocol":1})")
                                     << QStringLiteral("bad_frame");
        QTest::newRow("id of 200 characters") << QByteArray(R"({"type":"ping","id":")") + QByteArray(200, '7') + QByteArray(R"("})")
                                              << QStringLiteral("bad_frame");
    }

    void malformedFramesGetErrorsAndTheConnectionStays()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        WsClient client(m_server->staffUrl());
        QVERIFY(client.waitConnected());
        client.sendText(text);
        if (!code.isEmpty()) {
            // The error echoes the id when the frame had a readable one.
            QVERIFY(QTest::qWaitFor([&] { return !client.peekAll().isEmpty(); }, 3000));
            const Frame reply = client.takeAll().constFirst();
            QVERIFY(reply.as<protocol::Error>());
            QCOMPARE(reply.as<protocol::Error>()->code, code);
            QVERIFY(!reply.as<protocol::Error>()->message.isEmpty());
        }
        // The same connection still works.
        QVERIFY(client.request(Ping{}).as<Pong>());
        QVERIFY(client.login(QStringLiteral("agent2")).principal.id > 0);
    }

    void errorsAnswerTheRequestId()
    {
        WsClient client(m_server->staffUrl());
        QVERIFY(client.waitConnected());
        client.sendText(R"({"type":"sync","id":"mine-7","since":"zero"})");
        const Frame reply = client.waitReply(QStringLiteral("mine-7"));
        QVERIFY(isError(reply, ErrorCode::BadFrame));
        QVERIFY(reply.as<protocol::Error>()->message.contains(QStringLiteral("since")));
    }

    void binaryFramesAreRefused()
    {
        WsClient client(m_server->staffUrl());
        QVERIFY(client.waitConnected());
        client.sendBinary(QByteArray("\x00\x01\x02", 3));
        QVERIFY(client.waitError(ErrorCode::Unsupported));
        QVERIFY(client.request(Ping{}).as<Pong>());
    }

    void oversizedFramesCloseOnlyThatConnection()
    {
        WsClient client(m_server->customerUrl());
        QVERIFY(client.waitConnected());
        client.signinCustomer(QStringLiteral("demo-0051"));
        client.sendText(QByteArray(R"({"type":"ping","id":"1","pad":")") + QByteArray(64 * 1024, 'x') + QByteArray(R"("})"));
        QVERIFY(client.waitClosed());
        QCOMPARE(client.closeCode(), int(QWebSocketProtocol::CloseCodeTooMuchData));
    }

    void longTextsAreRefusedWithAReason()
    {
        const Frame reply = m_customer->request(MessageSend{newKey(), m_conversation, QString(4001, QLatin1Char('a')), {}, {}, {}});
        QVERIFY(isError(reply, ErrorCode::BadFrame));
        QVERIFY(reply.as<protocol::Error>()->message.contains(QStringLiteral("4000")));
    }

    void unknownEndpointsAreClosed()
    {
        QUrl url = m_server->staffUrl();
        url.setPath(QStringLiteral("/v2/admin"));
        WsClient client(url);
        QVERIFY(client.waitClosed());
        QCOMPARE(client.closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
        QVERIFY(client.closeReason().contains(QStringLiteral("/v1/staff")));
    }

    void noSignInBeforeTheDeadlineCloses()
    {
        WsClient client(m_server->staffUrl());
        QVERIFY(client.waitConnected());
        QVERIFY(client.waitClosed(15000));
        QCOMPARE(client.closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
        QCOMPARE(client.closeReason(), QStringLiteral("sign-in timeout"));
    }

    void repeatedWrongPasswordsClose()
    {
        WsClient client(m_server->staffUrl());
        QVERIFY(client.waitConnected());
        for (int i = 0; i < 5; ++i)
            client.sendText(FrameCodec::encode(AuthLogin{QStringLiteral("agent1"), QStringLiteral("guess%1").arg(i), 1, {}, {}},
                                               QStringLiteral("g%1").arg(i)));
        QVERIFY(client.waitClosed(15000));
        QCOMPARE(client.closeReason(), QStringLiteral("too many failed sign-ins"));
    }

    void floodsAreRateLimited()
    {
        WsClient client(m_server->staffUrl());
        QVERIFY(client.waitConnected());
        // Signed in, so that the sign-in deadline (800 ms here) cannot close it during the pauses.
        QVERIFY(!client.login(QStringLiteral("agent2")).token.isEmpty());
        for (int i = 0; i < 60; ++i)
            client.sendText(FrameCodec::encode(Ping{}, QStringLiteral("p%1").arg(i)));
        QVERIFY(client.waitError(ErrorCode::RateLimited));
        QTest::qWait(400);
        int pongs = 0;
        int limited = 1;
        for (const Frame& f : client.takeAll()) {
            pongs += f.as<Pong>() ? 1 : 0;
            limited += isError(f, ErrorCode::RateLimited) ? 1 : 0;
        }
        QVERIFY2(pongs >= 15 && pongs < 60, qPrintable(QString::number(pongs)));
        QCOMPARE(pongs + limited, 60);
        // After a pause the connection is served again.
        QTest::qWait(1000);
        const Frame again = client.request(Ping{}, 15000);
        QVERIFY2(again.as<Pong>(), describe(again));
    }

    void aHundredRefusalsInARowClose()
    {
        // Burst 20, then each frame over the rate is refused; 100 refused in a row end it.
        WsClient client(m_server->staffUrl());
        QVERIFY(client.waitConnected());
        for (int i = 0; i < 200; ++i)
            client.sendText(FrameCodec::encode(Ping{}, QStringLiteral("f%1").arg(i)));
        QVERIFY(client.waitClosed(5000));
        QCOMPARE(client.closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
        QCOMPARE(client.closeReason(), QStringLiteral("rate limit exceeded"));
    }

    void silentPeersAreDropped()
    {
        // A raw TCP client completes the WebSocket handshake, then never answers a ping.
        QTcpSocket raw;
        QVERIFY(rawWebSocketHandshake(raw, m_server->server().port()));
        // Heartbeat 300 ms: dropped after two silent intervals (the sign-in deadline is 800 ms,
        // so this is the heartbeat's doing only if it comes first; either way the peer is gone).
        QVERIFY(QTest::qWaitFor([&] { return raw.state() == QAbstractSocket::UnconnectedState; }, 3000));
    }

    void invalidUtf8ClosesTheConnection()
    {
        // A raw client: Qt's own would never send it. A text frame whose bytes are not UTF-8.
        QTcpSocket raw;
        QVERIFY(rawWebSocketHandshake(raw, m_server->server().port()));
        const QByteArray payload("{\"type\":\"ping\",\"id\":\"\xff\xfe\"}");
        raw.write(rawClientTextFrame(payload));
        QVERIFY(QTest::qWaitFor([&] { return raw.bytesAvailable() >= 4 || raw.state() == QAbstractSocket::UnconnectedState; }, 3000));
        const QByteArray answer = raw.readAll();
        QVERIFY2(answer.size() >= 4 && quint8(answer.at(0)) == 0x88, answer.toHex().constData());  // a close frame
        QCOMPARE((quint8(answer.at(2)) << 8) | quint8(answer.at(3)), int(QWebSocketProtocol::CloseCodeWrongDatatype));  // 1007
    }

    void slowHandshakesAreDropped()
    {
        // Slow loris: a handshake begun and never finished is dropped after handshakeTimeoutMs.
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, m_server->server().port());
        QVERIFY(raw.waitForConnected(3000));
        raw.write("GET /v1/staff HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n");
        QElapsedTimer clock;
        clock.start();
        QVERIFY(QTest::qWaitFor([&] { return raw.state() == QAbstractSocket::UnconnectedState; }, 5000));
        QVERIFY2(clock.elapsed() >= 500, qPrintable(QString::number(clock.elapsed())));
    }

    void connectionsBeyondTheCapAreTurnedAway()
    {
        // maxConnections 8, two held by the bystanders: six more are served, the next is told.
        std::vector<std::unique_ptr<WsClient>> clients;
        for (int i = 0; i < 6; ++i) {
            clients.push_back(std::make_unique<WsClient>(m_server->staffUrl()));
            QVERIFY(clients.back()->waitConnected());
            QVERIFY(clients.back()->request(Ping{}).as<Pong>());
        }
        WsClient extra(m_server->staffUrl());
        QVERIFY(extra.waitClosed());
        QCOMPARE(extra.closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
        QCOMPARE(extra.closeReason(), QStringLiteral("the server is full; retry later"));
        clients.clear();
        // Once they are gone, there is room again.
        QVERIFY(QTest::qWaitFor([&] {
            WsClient again(m_server->staffUrl());
            return again.waitConnected(1000) && again.request(Ping{}).as<Pong>();
        }, 5000));
    }

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<WsClient> m_agent;
    std::unique_ptr<WsClient> m_customer;
    qint64 m_conversation = 0;
    int m_round = 0;
};

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "tst_ServerBadInput.moc"
