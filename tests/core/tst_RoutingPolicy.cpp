#include "policy/RoutingPolicy.h"

#include <QTest>

#include <algorithm>
#include <vector>

using namespace agentdesk;

class TestRoutingPolicy : public QObject {
    Q_OBJECT
private slots:
    void nobodyAvailable()
    {
        std::vector<AgentAvailability> agents{
            {1, false, PresenceStatus::Online, 0, 5, 0, {}},  // not connected
            {2, true, PresenceStatus::Away, 0, 5, 0, {}},     // away
            {3, true, PresenceStatus::Online, 5, 5, 0, {}},   // full
            {4, true, PresenceStatus::Busy, 0, 5, 0, {}},     // busy
        };
        QVERIFY(!RoutingPolicy::pickAgent(agents).has_value());
        QVERIFY(!RoutingPolicy::pickAgent({}).has_value());
    }

    void lowestRelativeLoadWins()
    {
        std::vector<AgentAvailability> agents{
            {1, true, PresenceStatus::Online, 2, 4, 0, {}},  // 50%
            {2, true, PresenceStatus::Online, 2, 8, 0, {}},  // 25%
            {3, true, PresenceStatus::Online, 1, 2, 0, {}},  // 50%
        };
        QCOMPARE(*RoutingPolicy::pickAgent(agents), 2);
    }

    void tiesGoToWhoWaitedLongestForWork()
    {
        std::vector<AgentAvailability> agents{
            {1, true, PresenceStatus::Online, 1, 5, 3000, {}},
            {2, true, PresenceStatus::Online, 1, 5, 1000, {}},
            {3, true, PresenceStatus::Online, 1, 5, 2000, {}},
        };
        QCOMPARE(*RoutingPolicy::pickAgent(agents), 2);
        agents[1].lastAssignedAt = 3000;
        agents[2].lastAssignedAt = 3000;
        QCOMPARE(*RoutingPolicy::pickAgent(agents), 1);  // then the lowest id
    }

    void skillsAreRespected()
    {
        std::vector<AgentAvailability> agents{
            {1, true, PresenceStatus::Online, 0, 5, 0, {QStringLiteral("returns"), QStringLiteral("repair")}},
            {2, true, PresenceStatus::Online, 3, 5, 0, {}},  // every topic, but busier
        };
        QCOMPARE(*RoutingPolicy::pickAgent(agents, QStringLiteral("returns")), 1);
        QCOMPARE(*RoutingPolicy::pickAgent(agents, QStringLiteral("logistics")), 2);  // not 1's skill
        QCOMPARE(*RoutingPolicy::pickAgent(agents), 1);                               // no topic: anyone
        agents[1].load = 5;
        QVERIFY(!RoutingPolicy::pickAgent(agents, QStringLiteral("logistics")).has_value());
        QVERIFY(RoutingPolicy::hasSkill(agents[0], QStringLiteral("repair")));
        QVERIFY(!RoutingPolicy::hasSkill(agents[0], QStringLiteral("Repair")));  // topics are codes
    }

    void queueOrder()
    {
        std::vector<QueuedConversation> queue{
            {1, CustomerTier::Regular, 100, {}}, {2, CustomerTier::Vip, 300, {}}, {3, CustomerTier::Gold, 200, {}},
            {4, CustomerTier::Vip, 250, {}},     {5, CustomerTier::Regular, 50, {}},
        };
        std::sort(queue.begin(), queue.end(), RoutingPolicy::servesFirst);
        QList<qint64> order;
        for (const auto& q : queue)
            order << q.id;
        QCOMPARE(order, (QList<qint64>{4, 2, 3, 5, 1}));
    }
};

QTEST_GUILESS_MAIN(TestRoutingPolicy)
#include "tst_RoutingPolicy.moc"
