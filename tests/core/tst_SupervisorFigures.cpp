// Core's supervisor rules on fixed data with known answers: the floor's figures from a snapshot
// and the clock, the queues per topic (and their tiers when the snapshot is truncated), the KPI formulas (no denominator gives no figure, not 0 %), the team's total,
// the queue over time, and who supervises which team.
#include "policy/SupervisorAccess.h"
#include "supervisor/FloorFigures.h"
#include "supervisor/KpiFormulas.h"

#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;

namespace {
constexpr qint64 t0 = 1'700'000'000'000;

ConversationInfo open(qint64 id, ConversationStatus status, qint64 waitingSince, CustomerTier tier = CustomerTier::Regular,
                      Channel channel = Channel::Web)
{
    ConversationInfo c;
    c.id = id;
    c.status = status;
    c.waitingSince = waitingSince;
    c.createdAt = t0 - 600'000;
    c.lastMessageAt = t0 - 300'000;
    c.customerTier = tier;
    c.channel = channel;
    c.agentId = status == ConversationStatus::Assigned ? 5 : 0;
    return c;
}

Principal staff(Role role, qint64 team)
{
    Principal p;
    p.kind = PrincipalKind::Staff;
    p.id = 9;
    p.name = QStringLiteral("x");
    p.role = role;
    p.teamId = team;
    return p;
}
} // namespace

class TestSupervisorFigures : public QObject {
    Q_OBJECT
private slots:
    void floorFigures()
    {
        FloorSnapshot f;
        f.slaMs = 180'000;
        f.conversations = {
            open(1, ConversationStatus::Waiting, t0 - 200'000, CustomerTier::Vip, Channel::WeChat),  // breached
            open(2, ConversationStatus::Waiting, t0 - 130'000, CustomerTier::Gold),                   // near
            open(3, ConversationStatus::Waiting, t0 - 10'000),                                        // ok
            open(4, ConversationStatus::Waiting, 0),  // requeued after an answer: waits since its last message
            open(5, ConversationStatus::Assigned, t0 - 181'000),  // breached while assigned
            open(6, ConversationStatus::Assigned, 0),             // answered
        };
        f.waitingTotal = 4;
        f.agents = {FloorAgent{5, QStringLiteral("a"), Role::Agent, PresenceStatus::Online, 2, 5, 10, 4, 30'000},
                    FloorAgent{6, QStringLiteral("b"), Role::Agent, PresenceStatus::Busy, 3, 3, 2, 1, 90'000},
                    FloorAgent{7, QStringLiteral("c"), Role::Agent, PresenceStatus::Offline, 0, 5, 1, 0, 0}};
        const FloorFigures fig = FloorFigures::of(f, t0);
        QCOMPARE(fig.waiting, 4);
        QCOMPARE(fig.active, 2);
        QCOMPARE(fig.longestWaitMs, qint64(300'000));  // the requeued one, waiting since its last message
        QCOMPARE(fig.breaches, 3);                     // 1, 4 (5 minutes) and 5
        QCOMPARE(fig.nearBreach, 1);
        QCOMPARE(fig.waitingByTier[size_t(CustomerTier::Vip)], 1);
        QCOMPARE(fig.waitingByTier[size_t(CustomerTier::Gold)], 1);
        QCOMPARE(fig.waitingByTier[size_t(CustomerTier::Regular)], 2);
        QCOMPARE(fig.waitingByChannel[size_t(Channel::WeChat)], 1);
        QCOMPARE(fig.agentsOnline, 2);
        QCOMPARE(fig.load, 5);
        QCOMPARE(fig.capacity, 8);
        QCOMPARE(fig.handledToday, 13);
        QCOMPARE(fig.firstResponseMsToday, qint64((4 * 30'000 + 1 * 90'000) / 5));  // weighted by responses

        // A truncated snapshot still counts the whole queue.
        f.waitingTotal = 250;
        QCOMPARE(FloorFigures::of(f, t0).waiting, 250);
        // Breach moments: exactly at the SLA.
        QCOMPARE(FloorFigures::breachAt(f.conversations[0], f.slaMs), t0 - 20'000);
        QVERIFY(!FloorFigures::breached(f.conversations[2], f.slaMs, t0 + 169'999));
        QVERIFY(FloorFigures::breached(f.conversations[2], f.slaMs, t0 + 170'000));
        QCOMPARE(FloorFigures::breachAt(f.conversations[5], f.slaMs), qint64(0));
        ConversationInfo closed = f.conversations[0];
        closed.status = ConversationStatus::Closed;
        QCOMPARE(FloorFigures::waitingSince(closed), qint64(0));
    }

    void queuesPerTopic()
    {
        auto withTopic = [](ConversationInfo c, const QString& topic) {
            c.topic = topic;
            return c;
        };
        const std::vector<ConversationInfo> open6 = {
            withTopic(open(1, ConversationStatus::Waiting, t0 - 200'000, CustomerTier::Vip), QStringLiteral("price")),
            withTopic(open(2, ConversationStatus::Waiting, t0 - 130'000, CustomerTier::Gold), QStringLiteral("price")),
            withTopic(open(3, ConversationStatus::Waiting, t0 - 10'000), QStringLiteral("presales")),
            withTopic(open(4, ConversationStatus::Waiting, 0), QStringLiteral("returns")),  // transferred in: not a topic of the team
            withTopic(open(5, ConversationStatus::Waiting, t0 - 50'000, CustomerTier::Silver), QString()),
            withTopic(open(6, ConversationStatus::Assigned, t0 - 400'000), QStringLiteral("price")),  // with an agent: not queued
        };
        const QStringList teamTopics = {QStringLiteral("presales"), QStringLiteral("price"), QStringLiteral("general")};
        const std::vector<FloorQueue> queues = FloorFigures::queuesOf(open6, teamTopics);
        // The team's queues in its order, the empty one too, then the others by name ("" first).
        QCOMPARE(queues.size(), size_t(5));
        QCOMPARE(queues[0].topic, QStringLiteral("presales"));
        QCOMPARE(queues[1].topic, QStringLiteral("price"));
        QCOMPARE(queues[2].topic, QStringLiteral("general"));
        QCOMPARE(queues[3].topic, QString());
        QCOMPARE(queues[4].topic, QStringLiteral("returns"));
        QCOMPARE(queues[0].waiting, 1);
        QCOMPARE(queues[0].oldestWaitingSince, t0 - 10'000);
        QCOMPARE(queues[0].regular, 1);
        QCOMPARE(queues[1].waiting, 2);
        QCOMPARE(queues[1].oldestWaitingSince, t0 - 200'000);
        QCOMPARE(queues[1].vip, 1);
        QCOMPARE(queues[1].gold, 1);
        QCOMPARE(queues[1].regular, 0);
        QCOMPARE(queues[2].waiting, 0);
        QCOMPARE(queues[2].oldestWaitingSince, qint64(0));
        QCOMPARE(queues[3].silver, 1);
        QCOMPARE(queues[4].oldestWaitingSince, t0 - 300'000);  // requeued: since its last message

        // The floor's figures take the tiers and the longest wait from the whole queue's counts
        // when a truncated snapshot lists only its head.
        FloorSnapshot f;
        f.slaMs = 180'000;
        f.conversations = {open6[2]};
        f.waitingTotal = 5;
        f.truncated = true;
        f.queues = queues;
        const FloorFigures fig = FloorFigures::of(f, t0);
        QCOMPARE(fig.waiting, 5);
        QCOMPARE(fig.waitingByTier[size_t(CustomerTier::Vip)], 1);
        QCOMPARE(fig.waitingByTier[size_t(CustomerTier::Gold)], 1);
        QCOMPARE(fig.waitingByTier[size_t(CustomerTier::Silver)], 1);
        QCOMPARE(fig.waitingByTier[size_t(CustomerTier::Regular)], 2);
        QCOMPARE(fig.longestWaitMs, qint64(300'000));
        // No team topics, nothing waiting: no queues.
        QVERIFY(FloorFigures::queuesOf({}, {}).empty());
    }

    void kpiFormulas()
    {
        KpiCounts c;
        c.consultations = 40;
        c.converted = 9;
        c.revenueCents = 1'299'900;
        c.closed = 38;
        c.resolvedFirstContact = 33;
        c.handlingMs = 38 * 420'000LL;
        c.responded = 40;
        c.firstResponseMs = 40 * 35'000LL;
        c.rated = 20;
        c.ratingSum = 88;
        c.satisfied = 17;
        QCOMPARE(*KpiFormulas::conversionRate(c), 0.225);
        QCOMPARE(*KpiFormulas::firstContactResolution(c), 33.0 / 38.0);
        QCOMPARE(*KpiFormulas::averageHandlingMs(c), qint64(420'000));
        QCOMPARE(*KpiFormulas::averageFirstResponseMs(c), qint64(35'000));
        QCOMPARE(*KpiFormulas::csat(c), 0.85);
        QCOMPARE(*KpiFormulas::averageRating(c), 4.4);
        QCOMPARE(*KpiFormulas::revenuePerConsultationCents(c), qint64(32'497));
        QCOMPARE(*KpiFormulas::budgetUsed(6'000, 10'000), 0.6);

        const KpiCounts none;
        QVERIFY(!KpiFormulas::conversionRate(none));
        QVERIFY(!KpiFormulas::firstContactResolution(none));
        QVERIFY(!KpiFormulas::averageHandlingMs(none));
        QVERIFY(!KpiFormulas::averageFirstResponseMs(none));
        QVERIFY(!KpiFormulas::csat(none));
        QVERIFY(!KpiFormulas::budgetUsed(500, 0));

        KpiCounts other;
        other.consultations = 10;
        other.converted = 1;
        other.closed = 2;
        other.rated = 5;
        other.satisfied = 1;
        other.couponCents = 2'000;
        other.coupons = 1;
        const std::vector<KpiCounts> agents{c, other};
        const KpiCounts team = KpiFormulas::total(agents);
        QCOMPARE(team.consultations, 50);
        QCOMPARE(*KpiFormulas::conversionRate(team), 0.2);
        QCOMPARE(*KpiFormulas::csat(team), 18.0 / 25.0);
        QCOMPARE(team.couponCents, qint64(2'000));
        QCOMPARE(team.agentId, qint64(0));
    }

    void waitingSeries()
    {
        using Stay = KpiFormulas::QueueStay;
        const std::vector<Stay> stays{{t0, t0 + 120'000}, {t0 + 30'000, 0}, {t0 + 60'000, t0 + 60'000}, {t0 - 60'000, t0 + 61'000}};
        const auto series = KpiFormulas::waitingSeries(stays, t0, t0 + 180'000, 60'000);
        QCOMPARE(series.size(), size_t(3));
        QCOMPARE(series[0].at, t0);
        QCOMPARE(series[0].waiting, 2);  // the first and the one from before
        QCOMPARE(series[1].waiting, 3);  // + the second; the third left at once
        QCOMPARE(series[2].waiting, 1);  // only the second, still waiting
        QVERIFY(KpiFormulas::waitingSeries(stays, t0, t0, 60'000).empty());
        QVERIFY(KpiFormulas::waitingSeries(stays, t0, t0 + 1, 0).empty());
    }

    void whoSupervises()
    {
        QVERIFY(SupervisorAccess::canSupervise(staff(Role::Lead, 1), 1));
        QVERIFY(!SupervisorAccess::canSupervise(staff(Role::Lead, 1), 2));
        QCOMPARE(SupervisorAccess::teamFor(staff(Role::Lead, 1), 0), qint64(1));
        QCOMPARE(SupervisorAccess::teamFor(staff(Role::Lead, 1), 2), qint64(0));
        QVERIFY(SupervisorAccess::canSupervise(staff(Role::Admin, 0), 2));
        QCOMPARE(SupervisorAccess::teamFor(staff(Role::Admin, 0), 0), qint64(0));  // an admin names the team
        QVERIFY(!SupervisorAccess::canSupervise(staff(Role::Agent, 1), 1));
        QVERIFY(!SupervisorAccess::canSupervise(staff(Role::Trainer, 1), 1));
        QVERIFY(!SupervisorAccess::canSupervise(staff(Role::Lead, 0), 0));
        Principal customer;
        customer.kind = PrincipalKind::Customer;
        customer.teamId = 1;
        QVERIFY(!SupervisorAccess::supervises(customer));
    }
};

QTEST_GUILESS_MAIN(TestSupervisorFigures)
#include "tst_SupervisorFigures.moc"
