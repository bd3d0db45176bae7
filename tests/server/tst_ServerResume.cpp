// Resume by sequence after a dropped connection (no gap, no duplicate), reset when too far
// behind, and a restarted server that still has every acknowledged message.

#include "TestServer.h"
#include "WsClient.h"

#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

class TestServerResume : public QObject {
    Q_OBJECT
private slots:
    void resumeAfterADropGetsExactlyTheMissedEvents()
    {
        TestServer server;
        QVERIFY(server.start());
        WsClient agent(server.staffUrl());
        QVERIFY(agent.waitConnected());
        const AuthOk ok = agent.login(QStringLiteral("agent1"));
        QCOMPARE(agent.sync(ok.head).reset, false);

        WsClient customer(server.customerUrl());
        QVERIFY(customer.waitConnected());
        customer.sync(customer.signinCustomer(QStringLiteral("demo-0005")).head);
        const ConversationInfo c = customer.openConversation(QStringLiteral("before the drop"));
        QVERIFY(agent.waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.agentId > 0; }));
        QVERIFY(agent.waitMessage(c.id));  // the system message of the assignment
        // Everything so far has been applied: the snapshot's head says how far that is.
        QTest::qWait(100);
        const qint64 lastApplied = agent.request(ConversationsList{}).as<ConversationsListOk>()->head;
        QVERIFY(lastApplied > 0);

        // The agent's connection drops; the customer goes on writing.
        agent.socket().abort();
        QStringList sentWhileAway;
        for (int i = 0; i < 7; ++i) {
            sentWhileAway << QStringLiteral("while away %1").arg(i);
            QVERIFY(customer.send(c.id, sentWhileAway.last()).id > 0);
        }

        WsClient back(server.staffUrl());
        QVERIFY(back.waitConnected());
        QVERIFY(back.request(AuthToken{ok.token, kProtocolVersion, {}}).as<AuthOk>());
        const SyncOk synced = back.sync(lastApplied);
        QCOMPARE(synced.reset, false);
        QVERIFY(synced.replayed >= 7);
        QCOMPARE(synced.head, lastApplied + synced.replayed);

        // Exactly the events after lastApplied, in order, each once.
        QList<Frame> events = back.takeAll();
        QCOMPARE(qint64(events.size()), synced.replayed);
        QStringList texts;
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(events[i].seq, lastApplied + 1 + i);
            if (const auto* m = events[i].as<MessageNew>())
                texts << m->message.text;
        }
        QCOMPARE(texts, sentWhileAway);

        // Live again: the next event continues the sequence.
        QVERIFY(customer.send(c.id, QStringLiteral("live again")).id > 0);
        const auto live = back.waitEvent([](const Frame& f) { return f.as<MessageNew>() != nullptr; });
        QVERIFY(live);
        QCOMPARE(live->seq, synced.head + 1);
    }

    void resetWhenBehindTheRetainedEventsOrAhead()
    {
        TestServer server([](server::ServerConfig& c) {
            c.eventRetention = 10;
            c.rateBurst = 1000;
            c.ratePerSecond = 1000;
        });
        QVERIFY(server.start());
        WsClient customer(server.customerUrl());
        QVERIFY(customer.waitConnected());
        const AuthOk ok = customer.signinCustomer(QStringLiteral("demo-0006"));
        customer.sync(ok.head);
        const ConversationInfo c = customer.openConversation(QStringLiteral("m"));
        // Each message is one event on the customer's stream, plus a conversation update.
        for (int i = 0; i < 140; ++i)
            QVERIFY(customer.send(c.id, QStringLiteral("m%1").arg(i)).id > 0);

        WsClient late(server.customerUrl());
        QVERIFY(late.waitConnected());
        QVERIFY(late.request(AuthToken{ok.token, kProtocolVersion, {}}).as<AuthOk>());
        const SyncOk old = late.sync(1);
        QVERIFY(old.reset);
        QCOMPARE(old.replayed, 0);
        QVERIFY(late.takeAll().isEmpty());
        // Recent enough: replayed.
        const SyncOk recent = late.sync(old.head - 5);
        QVERIFY(!recent.reset);
        QCOMPARE(recent.replayed, 5);
        // Ahead of the server (a cache from another database): reset too.
        QVERIFY(late.sync(old.head + 100).reset);
        // After a reset, the snapshot has the conversation.
        const Frame snapshot = late.request(ConversationsList{});
        QCOMPARE(snapshot.as<ConversationsListOk>()->conversations.size(), size_t(1));
        QVERIFY(snapshot.as<ConversationsListOk>()->head >= old.head);
    }

    void aReplayLargerThanHalfTheSendBufferIsAReset()
    {
        // Replays are sent at once: a larger one would get the client dropped as a slow consumer.
        TestServer server([](server::ServerConfig& c) {
            c.maxBufferedBytes = 64 * 1024;  // replays up to 32 KiB
            c.rateBurst = 1000;
            c.ratePerSecond = 1000;
        });
        QVERIFY(server.start());
        WsClient customer(server.customerUrl());
        QVERIFY(customer.waitConnected());
        const AuthOk ok = customer.signinCustomer(QStringLiteral("demo-0007"));
        const qint64 start = customer.sync(ok.head).head;
        const ConversationInfo c = customer.openConversation(QStringLiteral("m"));
        // Chinese text is 3 bytes a character: the limit is in bytes. 40 messages of 300
        // characters, each in two events, are over 70 KiB.
        const QString text = QString(300, QChar(0x6d88));
        for (int i = 0; i < 40; ++i)
            QVERIFY(customer.send(c.id, text).id > 0);

        WsClient late(server.customerUrl());
        QVERIFY(late.waitConnected());
        QVERIFY(late.request(AuthToken{ok.token, kProtocolVersion, {}}).as<AuthOk>());
        const SyncOk tooMuch = late.sync(start);
        QVERIFY(tooMuch.reset);
        QVERIFY(late.takeAll().isEmpty());
        // The last few messages fit: replayed.
        const SyncOk recent = late.sync(tooMuch.head - 6);
        QVERIFY(!recent.reset);
        QCOMPARE(recent.replayed, 6);
        QVERIFY(late.isConnected());
    }

    void restartKeepsEveryAcknowledgedMessage()
    {
        TestServer server;
        QVERIFY(server.start());
        QList<ChatMessage> acknowledged;
        qint64 conversationId = 0;
        QString token;
        {
            WsClient customer(server.customerUrl());
            QVERIFY(customer.waitConnected());
            const AuthOk ok = customer.signinCustomer(QStringLiteral("demo-0007"));
            token = ok.token;
            customer.sync(ok.head);
            conversationId = customer.openConversation(QStringLiteral("first")).id;
            for (int i = 0; i < 20; ++i) {
                const ChatMessage m = customer.send(conversationId, QStringLiteral("message %1").arg(i));
                QVERIFY(m.id > 0);
                acknowledged << m;
            }
        }
        QVERIFY(server.restart());

        WsClient again(server.customerUrl());
        QVERIFY(again.waitConnected());
        // The token survives the restart, as do the messages and the stream.
        QVERIFY(again.request(AuthToken{token, kProtocolVersion, {}}).as<AuthOk>());
        const Frame history = again.request(ConversationHistory{conversationId, 0, 100});
        const auto& messages = history.as<ConversationHistoryOk>()->messages;
        QList<qint64> stored;
        for (const ChatMessage& m : messages) {
            if (m.text.startsWith(QStringLiteral("message ")))
                stored << m.id;
        }
        QList<qint64> expected;
        for (const ChatMessage& m : acknowledged)
            expected << m.id;
        QCOMPARE(stored, expected);
        const SyncOk replay = again.sync(0);
        QVERIFY(!replay.reset);
        QVERIFY(replay.replayed >= 21);

        // The restarted server routes the waiting conversation to an agent who signs in now.
        WsClient agent(server.staffUrl());
        QVERIFY(agent.waitConnected());
        agent.sync(agent.login(QStringLiteral("agent1")).head);
        QVERIFY(agent.waitConversation([&](const ConversationInfo& c) { return c.id == conversationId && c.agentId > 0; }));
    }
};

QTEST_GUILESS_MAIN(TestServerResume)
#include "tst_ServerResume.moc"
