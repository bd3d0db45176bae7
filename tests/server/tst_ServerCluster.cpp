// Several server instances on one PostgreSQL database serving one contact centre (Cluster): a
// customer on one instance, an agent on another, in real time; presence, floors and monitoring
// across instances; an instance that stops no longer counts. PostgreSQL only: as
// tst_server_cluster_pg; on SQLite every test is skipped.
//
// Inputs tried: a burst of 40 messages one way (order, each once), a message too large for a
// NOTIFY payload (4,000 Chinese characters, 12,000 bytes), the same agent connected to both
// instances, an instance stopped while its agent was the only one available, a notification on
// the channel that is not ours, every database connection of both instances cut.
#include "DatabasePeek.h"
#include "TestServer.h"
#include "WsClient.h"
#include "net/Cluster.h"

#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {
int messagesIn(const QList<Frame>& frames, qint64 conversationId, QStringList* texts = nullptr)
{
    int n = 0;
    for (const Frame& f : frames) {
        if (const auto* m = f.as<MessageNew>(); m && m->message.conversationId == conversationId) {
            ++n;
            if (texts)
                *texts << m->message.text;
        }
    }
    return n;
}

std::optional<FloorAgent> agentOnFloor(const FloorSnapshot& s, qint64 id)
{
    for (const FloorAgent& a : s.agents) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}
} // namespace

class TestServerCluster : public QObject {
    Q_OBJECT
    std::unique_ptr<TestServer> m_a;
    std::unique_ptr<TestServer> m_b;

private slots:
    void initTestCase()
    {
        if (TestServer::postgresCluster().isEmpty())
            QSKIP("several instances need PostgreSQL: this suite runs as tst_server_cluster_pg");
    }

    void init()
    {
        m_a = std::make_unique<TestServer>();
        QVERIFY2(m_a->start(), qPrintable(m_a->error()));
        m_b = std::make_unique<TestServer>(TestServer::SameDatabaseAs{*m_a});
        QVERIFY2(m_b->start(), qPrintable(m_b->error()));
        QVERIFY(m_a->staffUrl() != m_b->staffUrl());
    }

    void cleanup()
    {
        m_b.reset();
        m_a.reset();
    }

    void aCustomerOnOneInstanceReachesAnAgentOnAnother()
    {
        auto agent = liveStaff(*m_a, QStringLiteral("agent1"));
        QVERIFY(agent);
        auto customer = liveCustomer(*m_b, QStringLiteral("demo-0021"));
        QVERIFY(customer);
        const ConversationInfo opened = customer->openConversation(QStringLiteral("你好，这款手机有现货吗？"));
        QVERIFY(opened.id > 0);
        // B's router gives it to the agent connected to A, who hears of it from A.
        const auto assigned = agent->waitConversation([&](const ConversationInfo& c) { return c.id == opened.id && c.agentId > 0; });
        QVERIFY(assigned);
        QVERIFY(customer->send(opened.id, QStringLiteral("还在吗？")).id > 0);
        QVERIFY(agent->waitMessage(opened.id, QStringLiteral("还在吗？")));

        QVERIFY(agent->send(opened.id, QStringLiteral("有的，今天下单明天到。")).id > 0);
        QVERIFY(customer->waitMessage(opened.id, QStringLiteral("有的，今天下单明天到。")));

        // A burst one way: every message once, in order.
        agent->takeAll();
        QStringList sent;
        for (int i = 0; i < 40; ++i) {
            sent << QStringLiteral("message %1").arg(i);
            customer->sendText(FrameCodec::encode(MessageSend{newKey(), opened.id, sent.last(), {}, {}, {}}, QStringLiteral("b%1").arg(i)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(messagesIn(agent->peekAll(), opened.id), 40, 10000);
        QTest::qWait(300);  // nothing more may come
        QStringList received;
        QCOMPARE(messagesIn(agent->takeAll(), opened.id, &received), 40);
        QCOMPARE(received, sent);

        // Too large for a notification's payload: read from the event log by the other instance.
        const QString large(4000, u'长');
        QVERIFY(customer->send(opened.id, large).id > 0);
        const auto big = agent->waitMessage(opened.id);
        QVERIFY(big);
        QCOMPARE(big->text, large);
    }

    void theSameAgentOnBothInstancesGetsEachEventOnBoth()
    {
        auto onA = liveStaff(*m_a, QStringLiteral("agent1"));
        auto onB = liveStaff(*m_b, QStringLiteral("agent1"));
        QVERIFY(onA && onB);
        auto customer = liveCustomer(*m_a, QStringLiteral("demo-0022"));
        const ConversationInfo opened = customer->openConversation(QStringLiteral("two windows"));
        QVERIFY(onA->waitConversation([&](const ConversationInfo& c) { return c.id == opened.id && c.agentId > 0; }));
        QVERIFY(onB->waitConversation([&](const ConversationInfo& c) { return c.id == opened.id && c.agentId > 0; }));
        for (int i = 0; i < 5; ++i)
            QVERIFY(customer->send(opened.id, QStringLiteral("again %1").arg(i)).id > 0);
        QTRY_COMPARE(messagesIn(onB->peekAll(), opened.id), 6);
        QTRY_COMPARE(messagesIn(onA->peekAll(), opened.id), 6);
        QTest::qWait(300);
        QCOMPARE(messagesIn(onA->takeAll(), opened.id), 6);
        QCOMPARE(messagesIn(onB->takeAll(), opened.id), 6);
    }

    void aLeadWatchingOnOneInstanceSeesTheOther()
    {
        auto lead = liveStaff(*m_b, QStringLiteral("lead1"));
        QVERIFY(lead);
        const Frame watch = lead->request(FloorWatch{0, false});
        QVERIFY2(watch.as<FloorWatchOk>(), describe(watch).constData());
        const qint64 agent1 = DatabasePeek(m_a->database()).scalar(QStringLiteral("SELECT id FROM users WHERE login = 'agent1'"));
        QCOMPARE(agentOnFloor(*watch.as<FloorWatchOk>()->snapshot, agent1)->status, PresenceStatus::Offline);

        // agent1 signs in on A: online on B's floor.
        auto agent = liveStaff(*m_a, QStringLiteral("agent1"));
        QVERIFY(agent);
        QVERIFY(lead->waitEvent([&](const Frame& f) {
            const auto* u = f.as<FloorUpdated>();
            return u && agentOnFloor(u->snapshot, agent1) && agentOnFloor(u->snapshot, agent1)->status != PresenceStatus::Offline;
        }, 5000));

        // A customer arrives on A: in B's floor, assigned to agent1.
        auto customer = liveCustomer(*m_a, QStringLiteral("demo-0023"));
        const ConversationInfo opened = customer->openConversation(QStringLiteral("floor"));
        QVERIFY(lead->waitEvent([&](const Frame& f) {
            const auto* u = f.as<FloorUpdated>();
            if (!u)
                return false;
            for (const ConversationInfo& c : u->snapshot.conversations) {
                if (c.id == opened.id && c.agentId == agent1)
                    return true;
            }
            return false;
        }, 5000));

        // Monitoring from B a conversation served on A.
        const Frame monitor = lead->request(ConversationMonitor{opened.id, false});
        QVERIFY2(monitor.as<ConversationMonitorOk>(), describe(monitor).constData());
        QVERIFY(agent->send(opened.id, QStringLiteral("watched from afar")).id > 0);
        QVERIFY(lead->waitMessage(opened.id, QStringLiteral("watched from afar")));

        // agent1 leaves A: offline on B's floor.
        agent.reset();
        QVERIFY(lead->waitEvent([&](const Frame& f) {
            const auto* u = f.as<FloorUpdated>();
            return u && agentOnFloor(u->snapshot, agent1) && agentOnFloor(u->snapshot, agent1)->status == PresenceStatus::Offline;
        }, 5000));
    }

    void aStoppedInstanceNoLongerCounts()
    {
        {
            auto agent = liveStaff(*m_b, QStringLiteral("agent1"));
            QVERIFY(agent);
            QTRY_COMPARE(DatabasePeek(m_a->database()).scalar(QStringLiteral("SELECT COUNT(*) FROM staff_connections")), qint64(1));
            m_b->stop();
            QVERIFY(agent->waitClosed());
        }
        QCOMPARE(DatabasePeek(m_a->database()).scalar(QStringLiteral("SELECT COUNT(*) FROM server_instances")), qint64(1));
        QCOMPARE(DatabasePeek(m_a->database()).scalar(QStringLiteral("SELECT COUNT(*) FROM staff_connections")), qint64(0));
        // Nobody to take it on A now: it waits, and goes to agent1 once they sign in on A.
        auto customer = liveCustomer(*m_a, QStringLiteral("demo-0024"));
        const ConversationInfo opened = customer->openConversation(QStringLiteral("anyone?"));
        QTest::qWait(500);
        QCOMPARE(DatabasePeek(m_a->database()).text(QStringLiteral("SELECT status FROM conversations WHERE id = %1").arg(opened.id)),
                 QStringLiteral("waiting"));
        auto agent = liveStaff(*m_a, QStringLiteral("agent1"));
        QVERIFY(agent->waitConversation([&](const ConversationInfo& c) { return c.id == opened.id && c.agentId > 0; }));
    }

    void lostDatabaseConnectionsAreOpenedAgain()
    {
        auto agent = liveStaff(*m_a, QStringLiteral("agent1"));
        auto customer = liveCustomer(*m_a, QStringLiteral("demo-0026"));
        const ConversationInfo opened = customer->openConversation(QStringLiteral("before"));
        QVERIFY(agent->waitConversation([&](const ConversationInfo& c) { return c.id == opened.id && c.agentId > 0; }));
        // Every connection of both instances to the database cut, as by a PostgreSQL restart.
        QVERIFY(DatabasePeek(m_a->database()).scalar(QStringLiteral(
                    "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()")) >= 4);
        // The next request finds its connection gone, opens it again and is stored.
        QVERIFY(customer->send(opened.id, QStringLiteral("after")).id > 0);
        QVERIFY(agent->waitMessage(opened.id, QStringLiteral("after")));
        // Notifications may have been missed meanwhile: within a heartbeat the instances close
        // their connections so that clients resume from the event log.
        QVERIFY(agent->waitClosed(server::Cluster::kHeartbeatMs + 3000));
        QCOMPARE(agent->closeCode(), int(QWebSocketProtocol::CloseCodeGoingAway));
        auto again = liveStaff(*m_b, QStringLiteral("agent1"));
        QVERIFY(again);
        auto customerAgain = liveCustomer(*m_a, QStringLiteral("demo-0026"));
        QVERIFY(customerAgain->send(opened.id, QStringLiteral("and on")).id > 0);
        QVERIFY(again->waitMessage(opened.id, QStringLiteral("and on")));
    }

    void aForeignNotificationIsIgnored()
    {
        auto agent = liveStaff(*m_a, QStringLiteral("agent1"));
        QVERIFY(DatabasePeek(m_a->database()).exec(QStringLiteral("NOTIFY agentdesk, 'not ours'")));
        QVERIFY(DatabasePeek(m_a->database()).exec(QStringLiteral("NOTIFY agentdesk, E'x\\te\\ts:1\\tnot-a-number\\t{'")));
        auto customer = liveCustomer(*m_b, QStringLiteral("demo-0025"));
        const ConversationInfo opened = customer->openConversation(QStringLiteral("hello"));
        QVERIFY(agent->waitConversation([&](const ConversationInfo& c) { return c.id == opened.id && c.agentId > 0; }));
        QVERIFY(customer->send(opened.id, QStringLiteral("still fine")).id > 0);
        QVERIFY(agent->waitMessage(opened.id, QStringLiteral("still fine")));
        QCOMPARE(agent->undecodableFrames(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerCluster)
#include "tst_ServerCluster.moc"
