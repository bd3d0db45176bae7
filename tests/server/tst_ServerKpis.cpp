// The KPI report (kpi.report) over real sockets, from data made through the protocol: one agent
// serving a team's consultations (answered, closed, rated, a purchase after the close, a customer
// coming back within the FCR window, one left open, one never answered, coupons granted) gives
// exact counts per agent and the rates of core's KpiFormulas; the period's bounds (start
// inclusive, end exclusive; conversations by their start, coupons by their grant); a period before
// all data; every member of the team has a row; the windows come from the server's configuration;
// the coupon budget per shop day the period touches (UTC, and across a DST change); the queue over
// the hour before `until`, a point a minute; one queue's figures; who may ask for which team.
// Bad inputs tried: until equal to and before since; a period of 366 days and 1 ms, and since 0
// with until now (some 57 years); since in the future with until 0 (now); since -1, until -1,
// teamId -1; since missing; until as a string, since as a string, teamId as a string; an unknown
// field; since beyond 2^53; lead1 asking for team 2 and for team 99; an admin asking for "my team"
// (0), for team 99 and for team 2 (allowed); a queue the team does not have, another team's
// queue, a queue of 201 characters, a queue as a number and as a list; agent1 and trainer1 asking for their team and for
// team 1; a customer asking on the customer endpoint. Extreme but valid: a 1 ms period ending at
// 2^53 ms.
// The report is read on a thread and a database connection of its own: the lead's requests sent
// right behind it (a ping, a forbidden report, another ping) are answered after it and in order;
// a lead gone before the answer costs the server nothing.

#include "TestServer.h"
#include "WsClient.h"

#include "supervisor/KpiFormulas.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <limits>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {

// Generous: the machine is slow and shared. Waits end as soon as what they wait for arrives.
constexpr int kWait = 10000;
constexpr qint64 kMinute = 60LL * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kPresalesBudget = 150000;    // teams.coupon_budget_cents of team 1 (DemoShop)
constexpr qint64 kAftersalesBudget = 100000;  // ...and of team 2
constexpr qint64 kFiveYuan = 1;               // coupon template: 5 yuan, no condition (DemoShop)
// A pause before answering and before closing, so that the times measured are not 0 ms.
constexpr int kPause = 25;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

template <class T>
Frame ask(WsClient& client, T payload)
{
    return client.request(std::move(payload), kWait);
}

Frame report(WsClient& who, qint64 teamId, qint64 since, qint64 until = 0, const QString& queue = {})
{
    return ask(who, KpiReport{teamId, since, until, queue});
}

// Sends a hand-written frame (what the typed encoder would not produce) and waits for its answer.
Frame raw(WsClient& who, const QString& id, const QByteArray& text)
{
    who.sendText(text);
    return who.waitReply(id, kWait);
}

// Leads also take conversations while online; busy, they only supervise.
bool busy(WsClient& lead)
{
    return ask(lead, PresenceSet{newKey(), PresenceStatus::Busy, 0}).as<PresenceSetOk>() != nullptr;
}

const KpiCounts* rowOf(const KpiReportOk& r, qint64 agentId)
{
    const auto it = std::find_if(r.agents.begin(), r.agents.end(), [agentId](const KpiCounts& c) { return c.agentId == agentId; });
    return it == r.agents.end() ? nullptr : &*it;
}

// The fields in which two rows differ, empty when they are the same (names included).
QString differences(const KpiCounts& a, const KpiCounts& b)
{
    QStringList out;
    const auto cmp = [&](const char* name, qint64 x, qint64 y) {
        if (x != y)
            out << QStringLiteral("%1 %2 != %3").arg(QLatin1String(name)).arg(x).arg(y);
    };
    cmp("agentId", a.agentId, b.agentId);
    if (a.agentName != b.agentName)
        out << QStringLiteral("agentName %1 != %2").arg(a.agentName, b.agentName);
    cmp("consultations", a.consultations, b.consultations);
    cmp("converted", a.converted, b.converted);
    cmp("revenueCents", a.revenueCents, b.revenueCents);
    cmp("closed", a.closed, b.closed);
    cmp("resolvedFirstContact", a.resolvedFirstContact, b.resolvedFirstContact);
    cmp("handlingMs", a.handlingMs, b.handlingMs);
    cmp("responded", a.responded, b.responded);
    cmp("firstResponseMs", a.firstResponseMs, b.firstResponseMs);
    cmp("rated", a.rated, b.rated);
    cmp("ratingSum", a.ratingSum, b.ratingSum);
    cmp("satisfied", a.satisfied, b.satisfied);
    cmp("coupons", a.coupons, b.coupons);
    cmp("couponCents", a.couponCents, b.couponCents);
    return out.join(QStringLiteral("; "));
}

// The row of someone who did nothing in the period.
KpiCounts zeroRow(const KpiCounts& of)
{
    KpiCounts z;
    z.agentId = of.agentId;
    z.agentName = of.agentName;
    return z;
}

bool allZero(const KpiReportOk& r, QString* why)
{
    for (const KpiCounts& c : r.agents) {
        const QString d = differences(c, zeroRow(c));
        if (!d.isEmpty()) {
            *why = c.agentName + QStringLiteral(": ") + d;
            return false;
        }
    }
    return true;
}

const QStringList kPresalesNames = {QStringLiteral("Li Na 李娜"), QStringLiteral("Zhang Wei 张伟"), QStringLiteral("Chen Jie 陈杰"),
                                    QStringLiteral("Liu Yang 刘洋"), QStringLiteral("Daniel Lee")};
const QStringList kAftersalesNames = {QStringLiteral("Wang Fang 王芳"), QStringLiteral("Zhao Lei 赵磊"),
                                      QStringLiteral("Emma Brown"), QStringLiteral("Huang Min 黄敏")};

QStringList namesOf(const KpiReportOk& r)
{
    QStringList names;
    for (const KpiCounts& c : r.agents)
        names << c.agentName;
    names.sort();
    return names;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

// The shop days [since, until) touches, counted on the calendar of the zone.
qint64 shopDays(qint64 since, qint64 until, const QTimeZone& zone)
{
    const QDate first = QDateTime::fromMSecsSinceEpoch(since, zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(until - 1, zone).date();
    return first.daysTo(last) + 1;
}

qint64 localMs(const QTimeZone& zone, int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), zone).toMSecsSinceEpoch();
}

// The queue series' shape: 60 points a minute apart, on whole minutes, the last at or before
// until and less than a minute before it.
QString seriesShape(const KpiReportOk& r)
{
    if (r.waiting.size() != 60)
        return QStringLiteral("%1 points").arg(r.waiting.size());
    for (size_t i = 0; i < r.waiting.size(); ++i) {
        if (r.waiting[i].at % kMinute != 0)
            return QStringLiteral("point %1 at %2 is not on a whole minute").arg(i).arg(r.waiting[i].at);
        if (i > 0 && r.waiting[i].at - r.waiting[i - 1].at != kMinute)
            return QStringLiteral("points %1 and %2 are not a minute apart").arg(i - 1).arg(i);
    }
    const qint64 last = r.waiting.back().at;
    if (last > r.until || r.until - last >= kMinute)
        return QStringLiteral("the last point %1 is not the last whole minute at or before until %2").arg(last).arg(r.until);
    return {};
}

// When a conversation may have waited in the queue: from before it was opened until its
// assignment was seen.
struct Stay {
    qint64 from = 0;
    qint64 to = 0;
};

struct Served {
    ConversationInfo c;
    Stay stay;
};

// Opens a presales (team 1) conversation and waits until the agent has it.
Served openAndAssign(WsClient& customer, WsClient& agent, qint64 agentId, const QString& text,
                     const QString& topic = QStringLiteral("presales"))
{
    Served s;
    s.stay.from = nowMs();
    const ConversationInfo c = customer.openConversation(text, topic);
    if (c.id == 0)
        return {};
    const auto assigned = agent.waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.agentId == agentId; }, kWait);
    s.stay.to = nowMs();
    if (assigned)
        s.c = *assigned;
    return s;
}

bool answer(WsClient& agent, qint64 conversationId, const QString& text)
{
    QTest::qWait(kPause);
    return agent.send(conversationId, text).id > 0;
}

bool closeIt(WsClient& agent, qint64 conversationId, const QString& resolution)
{
    QTest::qWait(kPause);
    return ask(agent, ConversationClose{newKey(), conversationId, resolution}).as<ConversationCloseOk>() != nullptr;
}

bool rate(WsClient& customer, qint64 conversationId, int score)
{
    return ask(customer, ConversationRate{newKey(), conversationId, score, {}}).as<ConversationRateOk>() != nullptr;
}

std::optional<Coupon> grant(WsClient& agent, qint64 conversationId)
{
    const Frame f = ask(agent, CouponGrant{newKey(), conversationId, kFiveYuan});
    const auto* ok = f.as<CouponGrantOk>();
    if (!ok || !ok->granted || !ok->coupon)
        return std::nullopt;
    return *ok->coupon;
}

std::optional<Order> buy(WsClient& customer, std::vector<OrderLine> lines)
{
    const Frame f = ask(customer, OrderPlace{newKey(), std::move(lines)});
    return f.as<OrderPlaceOk>() ? std::optional<Order>(f.as<OrderPlaceOk>()->order) : std::nullopt;
}

} // namespace

class TestServerKpis : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }
    void cleanup() { m_server.reset(); }

    // 1. agent1 alone serves five consultations of team 1:
    //    A answered, coupon, closed, rated 5, then the customer buys (within the window) -> converted;
    //    B answered, closed, rated 2, then the same customer opens B2 -> B not resolved at first contact;
    //    B2 answered and closed, not rated -> resolved at first contact;
    //    C the customer bought before it started (does not count), answered, coupon, left open;
    //    D never answered.
    //    The lead's report has exact counts for agent1, zero rows for everyone else of the team.
    void aTeamsCountsPerAgentAreExact()
    {
        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        QVERIFY(lead);
        QVERIFY(busy(*lead));
        Staff agent1 = signIn(*m_server, QStringLiteral("agent1"));
        QVERIFY(agent1);
        auto customerA = liveCustomer(*m_server, QStringLiteral("demo-0201"));
        auto customerB = liveCustomer(*m_server, QStringLiteral("demo-0202"));
        auto customerC = liveCustomer(*m_server, QStringLiteral("demo-0203"));
        auto customerD = liveCustomer(*m_server, QStringLiteral("demo-0204"));
        QVERIFY(customerA && customerB && customerC && customerD);
        QTest::qWait(5);
        const qint64 start = nowMs();
        QTest::qWait(5);

        // A: the whole journey, and a purchase after the close.
        const Served a = openAndAssign(*customerA, *agent1, agent1.id, QStringLiteral("Which X1 should I buy?"));
        QVERIFY(a.c.id > 0);
        QCOMPARE(a.c.teamId, qint64(1));
        QVERIFY(answer(*agent1, a.c.id, QStringLiteral("The 128 GB one is plenty.")));
        const auto couponA = grant(*agent1, a.c.id);
        QVERIFY2(couponA, "the 5 yuan coupon was not granted in A");
        QVERIFY(closeIt(*agent1, a.c.id, QStringLiteral("purchased")));
        QVERIFY(rate(*customerA, a.c.id, 5));
        const auto order = buy(*customerA, {OrderLine{QStringLiteral("PH-X1-128"), 1}, OrderLine{QStringLiteral("AC-CASE-X1"), 2}});
        QVERIFY(order);
        QCOMPARE(order->totalCents, qint64(299900 + 2 * 7900));

        // B: rated 2; the customer is back (B2) within the FCR window.
        const Served b = openAndAssign(*customerB, *agent1, agent1.id, QStringLiteral("My X1 does not charge."));
        QVERIFY(b.c.id > 0);
        QVERIFY(answer(*agent1, b.c.id, QStringLiteral("Try another cable.")));
        QVERIFY(closeIt(*agent1, b.c.id, QStringLiteral("solved")));
        QVERIFY(rate(*customerB, b.c.id, 2));
        const Served b2 = openAndAssign(*customerB, *agent1, agent1.id, QStringLiteral("Still does not charge!"));
        QVERIFY(b2.c.id > 0);
        QVERIFY(b2.c.id != b.c.id);
        QVERIFY(answer(*agent1, b2.c.id, QStringLiteral("Then it is the port; here is what to do.")));
        QVERIFY(closeIt(*agent1, b2.c.id, QStringLiteral("solved")));

        // C: an order before the conversation started is no conversion; answered, coupon, left open.
        QVERIFY(buy(*customerC, {OrderLine{QStringLiteral("CH-65W"), 1}}));
        QTest::qWait(5);
        const Served c = openAndAssign(*customerC, *agent1, agent1.id, QStringLiteral("Is the Pad 11 good for drawing?"));
        QVERIFY(c.c.id > 0);
        QVERIFY(answer(*agent1, c.c.id, QStringLiteral("Yes, with the stylus.")));
        const auto couponC = grant(*agent1, c.c.id);
        QVERIFY2(couponC, "the 5 yuan coupon was not granted in C");

        // D: never answered.
        const Served d = openAndAssign(*customerD, *agent1, agent1.id, QStringLiteral("Hello?"));
        QVERIFY(d.c.id > 0);
        const qint64 end = nowMs();
        const std::vector<Served> all = {a, b, b2, c, d};

        const Frame frame = report(*lead, 0, start);
        const qint64 asked = nowMs();
        const auto* r = frame.as<KpiReportOk>();
        QVERIFY2(r, describe(frame));
        QCOMPARE(r->teamId, qint64(1));
        QCOMPARE(r->teamName, QStringLiteral("Presales"));
        QCOMPARE(r->since, start);
        QVERIFY(r->until >= end && r->until <= asked);  // 0: now
        QCOMPARE(r->conversionWindowHours, 72);
        QCOMPARE(r->fcrWindowHours, 72);

        // A row for each of the team (agent1..3, lead1, lead3), nobody of team 2.
        QCOMPARE(namesOf(*r), sorted(kPresalesNames));
        const KpiCounts* mine = rowOf(*r, agent1.id);
        QVERIFY(mine);
        QCOMPARE(mine->agentName, QStringLiteral("Li Na 李娜"));
        QVERIFY(rowOf(*r, lead.id));

        // agent1's counts, exactly; the times within what can be.
        KpiCounts expected = zeroRow(*mine);
        expected.consultations = 5;      // A, B, B2, C, D
        expected.converted = 1;          // A
        expected.revenueCents = order->totalCents;
        expected.closed = 3;             // A, B, B2
        expected.resolvedFirstContact = 2;  // A, B2 (the customer of B came back)
        expected.responded = 4;          // all but D
        expected.rated = 2;              // A 5, B 2
        expected.ratingSum = 7;
        expected.satisfied = 1;
        expected.coupons = 2;
        expected.couponCents = couponA->valueCents + couponC->valueCents;
        QCOMPARE(expected.couponCents, qint64(1000));
        expected.handlingMs = mine->handlingMs;
        expected.firstResponseMs = mine->firstResponseMs;
        QVERIFY2(differences(*mine, expected).isEmpty(), qPrintable(differences(*mine, expected)));
        const qint64 span = end - start;
        QVERIFY2(mine->handlingMs >= 3 * kPause && mine->handlingMs <= 3 * span, qPrintable(QString::number(mine->handlingMs)));
        QVERIFY2(mine->firstResponseMs >= 4 * kPause && mine->firstResponseMs <= 4 * span,
                 qPrintable(QString::number(mine->firstResponseMs)));
        for (const KpiCounts& other : r->agents) {
            if (other.agentId != agent1.id)
                QVERIFY2(differences(other, zeroRow(other)).isEmpty(), qPrintable(other.agentName + QStringLiteral(": ") + differences(other, zeroRow(other))));
        }

        // The team's total is agent1's, and the KPIs follow.
        const KpiCounts team = KpiFormulas::total(r->agents);
        KpiCounts agent1AsTeam = *mine;
        agent1AsTeam.agentId = 0;  // a team's counts have no agent
        agent1AsTeam.agentName.clear();
        QVERIFY2(differences(team, agent1AsTeam).isEmpty(), qPrintable(differences(team, agent1AsTeam)));
        QCOMPARE(KpiFormulas::conversionRate(team).value_or(-1), 1.0 / 5);
        QCOMPARE(KpiFormulas::firstContactResolution(team).value_or(-1), 2.0 / 3);
        QCOMPARE(KpiFormulas::csat(team).value_or(-1), 0.5);
        QCOMPARE(KpiFormulas::averageRating(team).value_or(-1), 3.5);
        QCOMPARE(KpiFormulas::revenuePerConsultationCents(team).value_or(-1), order->totalCents / 5);
        QCOMPARE(KpiFormulas::averageHandlingMs(team).value_or(-1), mine->handlingMs / 3);
        QVERIFY(*KpiFormulas::averageHandlingMs(team) >= kPause);
        QCOMPARE(KpiFormulas::averageFirstResponseMs(team).value_or(-1), mine->firstResponseMs / 4);
        QVERIFY(*KpiFormulas::averageFirstResponseMs(team) >= kPause);
        // Somebody who did nothing has no rates (not 0 %).
        QVERIFY(!KpiFormulas::conversionRate(*rowOf(*r, lead.id)));
        QVERIFY(!KpiFormulas::csat(*rowOf(*r, lead.id)));

        // The budget of the shop days the period touches (the shop's zone is the system's here).
        const qint64 days = shopDays(r->since, r->until, QTimeZone::systemTimeZone());
        QCOMPARE(r->couponBudgetCents, kPresalesBudget * days);
        QCOMPARE(KpiFormulas::budgetUsed(team.couponCents, r->couponBudgetCents).value_or(-1),
                 double(1000) / double(kPresalesBudget * days));

        // The queue: everyone was assigned at once, so a point counts a conversation only if it
        // fell between its opening and its assignment.
        QVERIFY2(seriesShape(*r).isEmpty(), qPrintable(seriesShape(*r)));
        for (const WaitPoint& p : r->waiting) {
            const int possible = int(std::count_if(all.begin(), all.end(), [&](const Served& s) {
                return s.stay.from <= p.at && p.at <= s.stay.to;
            }));
            QVERIFY2(p.waiting <= possible, qPrintable(QStringLiteral("%1 waiting at %2").arg(p.waiting).arg(p.at)));
        }

        // Another lead of the team and an admin see the same; team 2's report has none of it.
        Staff lead3 = signIn(*m_server, QStringLiteral("lead3"));
        Staff admin = signIn(*m_server, QStringLiteral("admin1"));
        QVERIFY(lead3 && admin);
        for (WsClient* who : {lead3.ws.get(), admin.ws.get()}) {
            const Frame same = report(*who, 1, start, r->until);
            QVERIFY2(same.as<KpiReportOk>(), describe(same));
            const KpiReportOk& s = *same.as<KpiReportOk>();
            QCOMPARE(s.agents.size(), r->agents.size());
            for (size_t i = 0; i < s.agents.size(); ++i)
                QVERIFY2(differences(s.agents[i], r->agents[i]).isEmpty(), qPrintable(differences(s.agents[i], r->agents[i])));
            QCOMPARE(s.couponBudgetCents, r->couponBudgetCents);
        }
        const Frame team2 = report(*admin, 2, start);
        QVERIFY2(team2.as<KpiReportOk>(), describe(team2));
        QCOMPARE(team2.as<KpiReportOk>()->teamName, QStringLiteral("Aftersales"));
        QCOMPARE(namesOf(*team2.as<KpiReportOk>()), sorted(kAftersalesNames));
        QString why;
        QVERIFY2(allZero(*team2.as<KpiReportOk>(), &why), qPrintable(why));

        // The period's bounds: conversations by their start (since inclusive, until exclusive)...
        const Frame onlyA = report(*lead, 0, a.c.createdAt, a.c.createdAt + 1);
        QVERIFY2(onlyA.as<KpiReportOk>(), describe(onlyA));
        const KpiCounts* aRow = rowOf(*onlyA.as<KpiReportOk>(), agent1.id);
        KpiCounts ofA = zeroRow(*aRow);
        ofA.consultations = 1;
        ofA.converted = 1;
        ofA.revenueCents = order->totalCents;  // bought after the period: the window follows the conversation
        ofA.closed = 1;
        ofA.resolvedFirstContact = 1;
        ofA.handlingMs = aRow->handlingMs;
        ofA.responded = 1;
        ofA.firstResponseMs = aRow->firstResponseMs;
        ofA.rated = 1;
        ofA.ratingSum = 5;
        ofA.satisfied = 1;
        // ...coupons by when they were granted: A's came after this 1 ms period.
        QVERIFY(couponA->grantedAt > a.c.createdAt);
        QVERIFY2(differences(*aRow, ofA).isEmpty(), qPrintable(differences(*aRow, ofA)));
        QVERIFY(aRow->handlingMs >= kPause && aRow->firstResponseMs >= kPause);
        const Frame beforeA = report(*lead, 0, start, a.c.createdAt);
        QVERIFY2(beforeA.as<KpiReportOk>(), describe(beforeA));
        QVERIFY2(allZero(*beforeA.as<KpiReportOk>(), &why), qPrintable(why));
        const Frame afterD = report(*lead, 0, d.c.createdAt + 1);
        QVERIFY2(afterD.as<KpiReportOk>(), describe(afterD));
        QVERIFY2(allZero(*afterD.as<KpiReportOk>(), &why), qPrintable(why));
        // The coupons alone: granted in [grant of A, grant of C] while no conversation started.
        const Frame coupons = report(*lead, 0, couponA->grantedAt, couponC->grantedAt + 1);
        QVERIFY2(coupons.as<KpiReportOk>(), describe(coupons));
        const KpiCounts* cRow = rowOf(*coupons.as<KpiReportOk>(), agent1.id);
        QCOMPARE(cRow->coupons, 2);
        QCOMPARE(cRow->couponCents, qint64(1000));
        QCOMPARE(cRow->consultations, 3);  // B, B2, C started in it
    }

    // 2. A period that ends before all the data: zero counts, still a row for everyone of the
    // team, the budget of its days and a queue with nobody.
    void aPeriodBeforeTheDataIsEmpty()
    {
        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        QVERIFY(lead);
        QVERIFY(busy(*lead));
        Staff agent1 = signIn(*m_server, QStringLiteral("agent1"));
        QVERIFY(agent1);
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0211"));
        QVERIFY(customer);
        const qint64 start = nowMs();
        QTest::qWait(5);
        const Served s = openAndAssign(*customer, *agent1, agent1.id, QStringLiteral("Hi"));
        QVERIFY(s.c.id > 0);
        QVERIFY(answer(*agent1, s.c.id, QStringLiteral("Hello!")));
        QVERIFY(grant(*agent1, s.c.id));
        QVERIFY(closeIt(*agent1, s.c.id, QStringLiteral("solved")));
        QVERIFY(rate(*customer, s.c.id, 4));
        // The data is there...
        const Frame now = report(*lead, 0, start);
        QVERIFY2(now.as<KpiReportOk>(), describe(now));
        QCOMPARE(rowOf(*now.as<KpiReportOk>(), agent1.id)->consultations, 1);
        QCOMPARE(rowOf(*now.as<KpiReportOk>(), agent1.id)->coupons, 1);

        // ...and a period far in the past, ending before it, has none of it.
        const qint64 since = start - 300 * kDay;
        const qint64 until = start - kHour;
        const Frame past = report(*lead, 0, since, until);
        const auto* r = past.as<KpiReportOk>();
        QVERIFY2(r, describe(past));
        QCOMPARE(r->since, since);
        QCOMPARE(r->until, until);
        QCOMPARE(namesOf(*r), sorted(kPresalesNames));
        QString why;
        QVERIFY2(allZero(*r, &why), qPrintable(why));
        const KpiCounts total = KpiFormulas::total(r->agents);
        QVERIFY(!KpiFormulas::conversionRate(total));
        QVERIFY(!KpiFormulas::firstContactResolution(total));
        QVERIFY(!KpiFormulas::averageHandlingMs(total));
        QVERIFY(!KpiFormulas::averageFirstResponseMs(total));
        QVERIFY(!KpiFormulas::csat(total));
        QVERIFY(!KpiFormulas::averageRating(total));
        QCOMPARE(r->couponBudgetCents, kPresalesBudget * shopDays(since, until, QTimeZone::systemTimeZone()));
        QCOMPARE(KpiFormulas::budgetUsed(total.couponCents, r->couponBudgetCents).value_or(-1), 0.0);
        QVERIFY2(seriesShape(*r).isEmpty(), qPrintable(seriesShape(*r)));
        QVERIFY(std::all_of(r->waiting.begin(), r->waiting.end(), [](const WaitPoint& p) { return p.waiting == 0; }));
        // Ending right when the data starts is still before it.
        const Frame upToStart = report(*lead, 0, since, start);
        QVERIFY2(upToStart.as<KpiReportOk>(), describe(upToStart));
        QVERIFY2(allZero(*upToStart.as<KpiReportOk>(), &why), qPrintable(why));
    }

    // 2b. One queue (a topic of the team): its conversations only, the coupons granted in them,
    // and the queue over the hour of that queue; the team's figures are the sum of its queues'.
    // Bad queues: one the team does not have, another team's, too long, not a string.
    void oneQueuesFiguresAreItsOwn()
    {
        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        QVERIFY(lead);
        QVERIFY(busy(*lead));
        Staff agent1 = signIn(*m_server, QStringLiteral("agent1"));
        QVERIFY(agent1);
        auto priceCustomer = liveCustomer(*m_server, QStringLiteral("demo-0215"));
        auto productCustomer = liveCustomer(*m_server, QStringLiteral("demo-0216"));
        QVERIFY(priceCustomer && productCustomer);
        const qint64 start = nowMs();
        QTest::qWait(5);

        const Served price = openAndAssign(*priceCustomer, *agent1, agent1.id, QStringLiteral("Any discount?"), QStringLiteral("price"));
        QVERIFY(price.c.id > 0);
        QCOMPARE(price.c.topic, QStringLiteral("price"));
        QVERIFY(answer(*agent1, price.c.id, QStringLiteral("Here is a coupon.")));
        QVERIFY(grant(*agent1, price.c.id));
        QVERIFY(closeIt(*agent1, price.c.id, QStringLiteral("solved")));
        QVERIFY(rate(*priceCustomer, price.c.id, 5));
        const Served product = openAndAssign(*productCustomer, *agent1, agent1.id, QStringLiteral("Is the X1 waterproof?"));
        QVERIFY(product.c.id > 0);
        QCOMPARE(product.c.topic, QStringLiteral("presales"));
        QVERIFY(answer(*agent1, product.c.id, QStringLiteral("Splash-proof, yes.")));

        const Frame whole = report(*lead, 0, start);
        const Frame ofPrice = report(*lead, 0, start, 0, QStringLiteral("price"));
        const Frame ofPresales = report(*lead, 0, start, 0, QStringLiteral("presales"));
        const Frame ofGeneral = report(*lead, 0, start, 0, QStringLiteral("general"));  // a queue of the team, empty
        for (const Frame* f : {&whole, &ofPrice, &ofPresales, &ofGeneral})
            QVERIFY2(f->as<KpiReportOk>(), describe(*f));
        QCOMPARE(whole.as<KpiReportOk>()->queue, QString());
        QCOMPARE(ofPrice.as<KpiReportOk>()->queue, QStringLiteral("price"));
        const KpiCounts* all = rowOf(*whole.as<KpiReportOk>(), agent1.id);
        const KpiCounts* p = rowOf(*ofPrice.as<KpiReportOk>(), agent1.id);
        const KpiCounts* q = rowOf(*ofPresales.as<KpiReportOk>(), agent1.id);
        QVERIFY(all && p && q);
        QCOMPARE(all->consultations, 2);
        QCOMPARE(p->consultations, 1);
        QCOMPARE(p->closed, 1);
        QCOMPARE(p->rated, 1);
        QCOMPARE(p->satisfied, 1);
        QCOMPARE(p->responded, 1);
        QCOMPARE(p->coupons, 1);  // granted in the price conversation
        QCOMPARE(q->consultations, 1);
        QCOMPARE(q->closed, 0);
        QCOMPARE(q->rated, 0);
        QCOMPARE(q->responded, 1);
        QCOMPARE(q->coupons, 0);
        QCOMPARE(all->coupons, 1);
        QString why;
        QVERIFY2(allZero(*ofGeneral.as<KpiReportOk>(), &why), qPrintable(why));
        // Every member of the team keeps a row, and the budget stays the team's.
        QCOMPARE(namesOf(*ofPrice.as<KpiReportOk>()), sorted(kPresalesNames));
        QCOMPARE(ofPrice.as<KpiReportOk>()->couponBudgetCents, whole.as<KpiReportOk>()->couponBudgetCents);
        // The team's counts are the sum of its queues'.
        KpiCounts sum = *p;
        for (int KpiCounts::*field : {&KpiCounts::consultations, &KpiCounts::converted, &KpiCounts::closed,
                                      &KpiCounts::resolvedFirstContact, &KpiCounts::responded, &KpiCounts::rated,
                                      &KpiCounts::satisfied, &KpiCounts::coupons})
            sum.*field += q->*field;
        sum.handlingMs += q->handlingMs;
        sum.firstResponseMs += q->firstResponseMs;
        sum.couponCents += q->couponCents;
        sum.revenueCents += q->revenueCents;
        sum.ratingSum += q->ratingSum;
        QVERIFY2(differences(sum, *all).isEmpty(), qPrintable(differences(sum, *all)));

        // Queues that are not the team's, and queues that are no text.
        QVERIFY(isError(report(*lead, 0, start, 0, QStringLiteral("returns")), ErrorCode::NotFound));  // Aftersales'
        QVERIFY(isError(report(*lead, 0, start, 0, QStringLiteral("nope")), ErrorCode::NotFound));
        QVERIFY(isError(report(*lead, 0, start, 0, QString(201, QLatin1Char('x'))), ErrorCode::BadFrame));
        const Frame number = raw(*lead, QStringLiteral("q1"), QByteArray(R"({"type":"kpi.report","id":"q1","since":1000,"queue":7})"));
        QVERIFY2(isError(number, ErrorCode::BadFrame), describe(number));
        const Frame list = raw(*lead, QStringLiteral("q2"), QByteArray(R"({"type":"kpi.report","id":"q2","since":1000,"queue":["price"]})"));
        QVERIFY2(isError(list, ErrorCode::BadFrame), describe(list));
    }

    // 3. The windows are the server's: with both at 0 hours, a purchase after the close is no
    // conversion and a customer back at once does not undo the resolution; the reply says so.
    void theWindowsComeFromTheConfiguration()
    {
        m_server.reset();
        m_server = std::make_unique<TestServer>([](server::ServerConfig& c) {
            c.conversionWindowHours = 0;
            c.fcrWindowHours = 0;
        });
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        QVERIFY(lead);
        QVERIFY(busy(*lead));
        Staff agent1 = signIn(*m_server, QStringLiteral("agent1"));
        QVERIFY(agent1);
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0212"));
        QVERIFY(customer);
        const qint64 start = nowMs();
        QTest::qWait(5);
        const Served e = openAndAssign(*customer, *agent1, agent1.id, QStringLiteral("Price of the Watch S3?"));
        QVERIFY(e.c.id > 0);
        QVERIFY(answer(*agent1, e.c.id, QStringLiteral("1,299 yuan.")));
        QVERIFY(closeIt(*agent1, e.c.id, QStringLiteral("solved")));
        QTest::qWait(5);
        QVERIFY(buy(*customer, {OrderLine{QStringLiteral("WT-S3"), 1}}));
        QTest::qWait(5);
        const Served e2 = openAndAssign(*customer, *agent1, agent1.id, QStringLiteral("One more question"));
        QVERIFY(e2.c.id > 0);

        const Frame frame = report(*lead, 0, start);
        const auto* r = frame.as<KpiReportOk>();
        QVERIFY2(r, describe(frame));
        QCOMPARE(r->conversionWindowHours, 0);
        QCOMPARE(r->fcrWindowHours, 0);
        const KpiCounts* mine = rowOf(*r, agent1.id);
        QVERIFY(mine);
        QCOMPARE(mine->consultations, 2);
        QCOMPARE(mine->converted, 0);
        QCOMPARE(mine->revenueCents, qint64(0));
        QCOMPARE(mine->closed, 1);
        QCOMPARE(mine->resolvedFirstContact, 1);
        QCOMPARE(mine->responded, 1);
    }

    // 4. The budget is the team's daily budget times the shop days the period touches (the
    // shop's day in UTC here): 1 within a day, 3 for three whole days, 4 as soon as a fourth is
    // touched, 366 for the longest period.
    void theBudgetCountsTheShopDays_data()
    {
        QTest::addColumn<qint64>("team");
        QTest::addColumn<qint64>("sinceFromToday");  // ms from today's 00:00 UTC
        QTest::addColumn<qint64>("untilFromToday");
        QTest::addColumn<qint64>("days");
        QTest::newRow("today, all of it") << qint64(1) << qint64(0) << kDay << qint64(1);
        QTest::newRow("today, an hour") << qint64(1) << 6 * kHour << 7 * kHour << qint64(1);
        QTest::newRow("today, 1 ms") << qint64(1) << kDay - 1 << kDay << qint64(1);
        QTest::newRow("three whole days") << qint64(1) << -3 * kDay << qint64(0) << qint64(3);
        QTest::newRow("three days and 1 ms") << qint64(1) << -3 * kDay << qint64(1) << qint64(4);
        QTest::newRow("1 ms before three days") << qint64(1) << -3 * kDay - 1 << qint64(0) << qint64(4);
        QTest::newRow("three days from noon to noon") << qint64(1) << -3 * kDay + 12 * kHour << 12 * kHour << qint64(4);
        QTest::newRow("midnight to noon") << qint64(1) << -kDay << 12 * kHour << qint64(2);
        QTest::newRow("366 days") << qint64(1) << -366 * kDay << qint64(0) << qint64(366);
        QTest::newRow("team 2, three days") << qint64(2) << -3 * kDay << qint64(0) << qint64(3);
    }
    void theBudgetCountsTheShopDays()
    {
        QFETCH(qint64, team);
        QFETCH(qint64, sinceFromToday);
        QFETCH(qint64, untilFromToday);
        QFETCH(qint64, days);
        m_server.reset();
        m_server = std::make_unique<TestServer>([](server::ServerConfig& c) { c.shopTimeZone = QTimeZone::utc(); });
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        Staff admin = signIn(*m_server, QStringLiteral("admin1"));
        QVERIFY(admin);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const qint64 midnight = QDateTime(today, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const Frame frame = report(*admin, team, midnight + sinceFromToday, midnight + untilFromToday);
        const auto* r = frame.as<KpiReportOk>();
        QVERIFY2(r, describe(frame));
        QCOMPARE(shopDays(r->since, r->until, QTimeZone::utc()), days);  // what the test means
        QCOMPARE(r->couponBudgetCents, (team == 1 ? kPresalesBudget : kAftersalesBudget) * days);
    }

    // 4b. The same in a shop zone with summer time: the shop days are calendar days there, 23 or
    // 25 hours long on the days the clocks change.
    void theBudgetCountsShopDaysAcrossSummerTime_data()
    {
        QTest::addColumn<int>("sinceMonth");
        QTest::addColumn<int>("sinceDay");
        QTest::addColumn<int>("sinceHour");
        QTest::addColumn<int>("untilMonth");
        QTest::addColumn<int>("untilDay");
        QTest::addColumn<int>("untilHour");
        QTest::addColumn<int>("untilMinute");
        QTest::addColumn<qint64>("days");
        // 2025 in Berlin: summer time from 30 March (23 hours) to 26 October (25 hours).
        QTest::newRow("a plain day") << 6 << 10 << 0 << 6 << 11 << 0 << 0 << qint64(1);
        QTest::newRow("the 23-hour day") << 3 << 30 << 0 << 3 << 31 << 0 << 0 << qint64(1);
        QTest::newRow("the 25-hour day") << 10 << 26 << 0 << 10 << 27 << 0 << 0 << qint64(1);
        QTest::newRow("a week over the 25-hour day") << 10 << 20 << 0 << 10 << 27 << 0 << 0 << qint64(7);
        QTest::newRow("noon of the 23-hour day to the next morning") << 3 << 30 << 12 << 3 << 31 << 0 << 30 << qint64(2);
    }
    void theBudgetCountsShopDaysAcrossSummerTime()
    {
        QFETCH(int, sinceMonth);
        QFETCH(int, sinceDay);
        QFETCH(int, sinceHour);
        QFETCH(int, untilMonth);
        QFETCH(int, untilDay);
        QFETCH(int, untilHour);
        QFETCH(int, untilMinute);
        QFETCH(qint64, days);
        const QTimeZone berlin("Europe/Berlin");
        if (!berlin.isValid())
            QSKIP("this machine does not know Europe/Berlin");
        m_server.reset();
        m_server = std::make_unique<TestServer>([berlin](server::ServerConfig& c) { c.shopTimeZone = berlin; });
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        QVERIFY(lead);
        const qint64 since = localMs(berlin, 2025, sinceMonth, sinceDay, sinceHour);
        const qint64 until = localMs(berlin, 2025, untilMonth, untilDay, untilHour, untilMinute);
        QCOMPARE(shopDays(since, until, berlin), days);  // what the test means
        const Frame frame = report(*lead, 0, since, until);
        const auto* r = frame.as<KpiReportOk>();
        QVERIFY2(r, describe(frame));
        QCOMPARE(r->couponBudgetCents, kPresalesBudget * days);
    }

    // 5. The queue over the hour before until, a point a minute: a conversation waiting in the
    // team's queue (nobody of the team online) counts from the first whole minute after it
    // arrived, at the last point once a minute has turned, and stops counting once assigned; the
    // other team's queue is not in it.
    void theQueueOverTheLastHour()
    {
        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        Staff admin = signIn(*m_server, QStringLiteral("admin1"));
        QVERIFY(lead && admin);
        QVERIFY(busy(*lead));
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0221"));
        auto other = liveCustomer(*m_server, QStringLiteral("demo-0222"));
        QVERIFY(customer && other);
        const ConversationInfo w = customer->openConversation(QStringLiteral("Anyone there?"));
        QVERIFY(w.id > 0);
        QCOMPARE(w.teamId, qint64(1));
        QCOMPARE(w.status, ConversationStatus::Waiting);
        const ConversationInfo elsewhere = other->openConversation(QStringLiteral("Where is my parcel?"), QStringLiteral("logistics"));
        QCOMPARE(elsewhere.teamId, qint64(2));
        const qint64 arrived = w.createdAt;
        const auto expectWaiting = [&](const KpiReportOk& r, qint64 assignedFrom, qint64 assignedTo) -> QString {
            if (const QString shape = seriesShape(r); !shape.isEmpty())
                return shape;
            for (const WaitPoint& p : r.waiting) {
                if (assignedFrom <= p.at && p.at <= assignedTo)
                    continue;  // assigned around then: either
                const int expected = p.at >= arrived && p.at < assignedFrom ? 1 : 0;
                if (p.waiting != expected)
                    return QStringLiteral("%1 waiting at %2, expected %3 (arrived %4)").arg(p.waiting).arg(p.at).arg(expected).arg(arrived);
            }
            return {};
        };
        constexpr qint64 kNever = std::numeric_limits<qint64>::max();

        // At once: only whole minutes at or after the arrival count it (usually none yet).
        const Frame first = report(*lead, 0, arrived - kHour);
        QVERIFY2(first.as<KpiReportOk>(), describe(first));
        QVERIFY2(expectWaiting(*first.as<KpiReportOk>(), kNever, kNever).isEmpty(),
                 qPrintable(expectWaiting(*first.as<KpiReportOk>(), kNever, kNever)));

        // Once the next whole minute has passed with the customer still waiting, the last point has them.
        const qint64 turn = arrived - arrived % kMinute + kMinute;
        QTest::qWait(int(std::max<qint64>(0, turn - nowMs())) + 200);
        const Frame later = report(*lead, 0, arrived - kHour);
        const auto* r = later.as<KpiReportOk>();
        QVERIFY2(r, describe(later));
        QVERIFY2(expectWaiting(*r, kNever, kNever).isEmpty(), qPrintable(expectWaiting(*r, kNever, kNever)));
        QVERIFY(r->waiting.back().at >= turn);
        QCOMPARE(r->waiting.back().waiting, 1);  // not 2: team 2's customer waits in team 2's queue
        // Ending exactly at that minute: it is the last point; 1 ms before: the minute before is.
        const Frame atTurn = report(*lead, 0, arrived - kHour, turn);
        QVERIFY2(atTurn.as<KpiReportOk>(), describe(atTurn));
        QCOMPARE(atTurn.as<KpiReportOk>()->waiting.back().at, turn);
        QCOMPARE(atTurn.as<KpiReportOk>()->waiting.back().waiting, 1);
        const Frame beforeTurn = report(*lead, 0, arrived - kHour, turn - 1);
        QVERIFY2(beforeTurn.as<KpiReportOk>(), describe(beforeTurn));
        QCOMPARE(beforeTurn.as<KpiReportOk>()->waiting.back().at, turn - kMinute);
        QVERIFY(std::all_of(beforeTurn.as<KpiReportOk>()->waiting.begin(), beforeTurn.as<KpiReportOk>()->waiting.end(),
                            [](const WaitPoint& p) { return p.waiting == 0; }));
        // Team 2's queue has its own customer.
        const Frame team2 = report(*admin, 2, arrived - kHour);
        QVERIFY2(team2.as<KpiReportOk>(), describe(team2));
        QCOMPARE(team2.as<KpiReportOk>()->waiting.back().waiting, 1);
        // Waiting is no consultation yet.
        QCOMPARE(KpiFormulas::total(r->agents).consultations, 0);

        // agent1 comes and takes the conversation: from then on it is out of the queue.
        const qint64 before = nowMs();
        Staff agent1 = signIn(*m_server, QStringLiteral("agent1"));
        QVERIFY(agent1);
        QVERIFY(agent1->waitConversation([&](const ConversationInfo& x) { return x.id == w.id && x.agentId == agent1.id; }, kWait));
        const qint64 after = nowMs();
        const Frame assigned = report(*lead, 0, arrived - kHour);
        const auto* r2 = assigned.as<KpiReportOk>();
        QVERIFY2(r2, describe(assigned));
        QVERIFY2(expectWaiting(*r2, before, after).isEmpty(), qPrintable(expectWaiting(*r2, before, after)));
        QCOMPARE(rowOf(*r2, agent1.id)->consultations, 1);
        QCOMPARE(rowOf(*r2, agent1.id)->responded, 0);
        // A report of a period ending in the future still has its points at or before until.
        const Frame ahead = report(*lead, 0, arrived - kHour, nowMs() + 10 * kMinute);
        QVERIFY2(ahead.as<KpiReportOk>(), describe(ahead));
        QVERIFY2(seriesShape(*ahead.as<KpiReportOk>()).isEmpty(), qPrintable(seriesShape(*ahead.as<KpiReportOk>())));
    }

    // 6. The report is read on a thread of its own: the requests behind it still in order.
    void requestsBehindAReportAreAnsweredInOrder()
    {
        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        QVERIFY(lead);
        const qint64 since = nowMs() - 30 * kDay;
        lead->takeAll();
        lead->sendText(FrameCodec::encode(KpiReport{0, since, 0, {}}, QStringLiteral("r1")));
        lead->sendText(FrameCodec::encode(Ping{}, QStringLiteral("p1")));
        lead->sendText(FrameCodec::encode(KpiReport{99, since, 0, {}}, QStringLiteral("r2")));
        lead->sendText(FrameCodec::encode(KpiReport{0, since, 0, {}}, QStringLiteral("r3")));
        lead->sendText(FrameCodec::encode(Ping{}, QStringLiteral("p2")));
        // Taken from the inbox: had it come before r3, r3 would be missing below.
        QVERIFY(lead->waitReply(QStringLiteral("p2"), kWait).as<Pong>());
        QStringList answered;
        for (const Frame& f : lead->takeAll()) {
            if (!f.id.isEmpty())
                answered << f.id + QLatin1Char(':') + QLatin1String(specOf(f.type).name);
        }
        QCOMPARE(answered, (QStringList{QStringLiteral("r1:kpi.report.ok"), QStringLiteral("p1:pong"), QStringLiteral("r2:error"),
                                        QStringLiteral("r3:kpi.report.ok")}));
    }

    void aLeadGoneBeforeTheAnswerCostsNothing()
    {
        const qint64 since = nowMs() - 30 * kDay;
        {
            Staff lead = signIn(*m_server, QStringLiteral("lead1"));
            QVERIFY(lead);
            lead->sendText(FrameCodec::encode(KpiReport{0, since, 0, {}}, QStringLiteral("gone")));
            lead->sendText(FrameCodec::encode(Ping{}, QStringLiteral("gone-too")));
        }  // disconnects, most likely before the report is read
        Staff again = signIn(*m_server, QStringLiteral("lead1"));
        QVERIFY(again);
        const Frame figures = report(*again, 0, since);
        QVERIFY2(figures.as<KpiReportOk>(), describe(figures));
    }

    // 7. Who may ask for which team, and bad requests; see the list of inputs at the top.
    void onlyLeadsOfTheTeamAndAdminsSeeTheFigures()
    {
        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        Staff lead2 = signIn(*m_server, QStringLiteral("lead2"));
        Staff admin = signIn(*m_server, QStringLiteral("admin1"));
        Staff agent1 = signIn(*m_server, QStringLiteral("agent1"));
        Staff trainer = signIn(*m_server, QStringLiteral("trainer1"));
        QVERIFY(lead && lead2 && admin && agent1 && trainer);
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0231"));
        QVERIFY(customer);
        const qint64 since = nowMs() - kDay;

        // Leads: their own team, as 0 or by its id.
        for (qint64 team : {qint64(0), qint64(1)}) {
            const Frame own = report(*lead, team, since);
            QVERIFY2(own.as<KpiReportOk>(), describe(own));
            QCOMPARE(own.as<KpiReportOk>()->teamId, qint64(1));
            QCOMPARE(own.as<KpiReportOk>()->agents.size(), size_t(5));
        }
        const Frame own2 = report(*lead2, 0, since);
        QVERIFY2(own2.as<KpiReportOk>(), describe(own2));
        QCOMPARE(own2.as<KpiReportOk>()->teamId, qint64(2));
        QCOMPARE(own2.as<KpiReportOk>()->teamName, QStringLiteral("Aftersales"));
        QVERIFY(isError(report(*lead, 2, since), ErrorCode::Forbidden));
        QVERIFY(isError(report(*lead, 99, since), ErrorCode::Forbidden));
        QVERIFY(isError(report(*lead2, 1, since), ErrorCode::Forbidden));

        // Admins: any team, but they must say which.
        QVERIFY(isError(report(*admin, 0, since), ErrorCode::Forbidden));
        QVERIFY(isError(report(*admin, 99, since), ErrorCode::NotFound));
        const Frame team2 = report(*admin, 2, since);
        QVERIFY2(team2.as<KpiReportOk>(), describe(team2));
        QCOMPARE(team2.as<KpiReportOk>()->teamId, qint64(2));
        QCOMPARE(namesOf(*team2.as<KpiReportOk>()), sorted(kAftersalesNames));
        const Frame team1 = report(*admin, 1, since);
        QVERIFY2(team1.as<KpiReportOk>(), describe(team1));
        QCOMPARE(namesOf(*team1.as<KpiReportOk>()), sorted(kPresalesNames));

        // Agents and trainers: never; customers: not on their endpoint.
        for (WsClient* who : {agent1.ws.get(), trainer.ws.get()}) {
            QVERIFY(isError(report(*who, 0, since), ErrorCode::Forbidden));
            QVERIFY(isError(report(*who, 1, since), ErrorCode::Forbidden));
        }
        QVERIFY(isError(report(*customer, 0, since), ErrorCode::Forbidden));

        // Bad periods.
        const qint64 now = nowMs();
        QVERIFY(isError(report(*lead, 0, now - kHour, now - kHour), ErrorCode::BadFrame));      // until == since
        QVERIFY(isError(report(*lead, 0, now - kHour, now - 2 * kHour), ErrorCode::BadFrame));  // until < since
        QVERIFY(isError(report(*lead, 0, now + kHour), ErrorCode::BadFrame));                   // since after now (until 0)
        QVERIFY(isError(report(*lead, 0, now - 367 * kDay), ErrorCode::BadFrame));
        QVERIFY(isError(report(*lead, 0, 0), ErrorCode::BadFrame));                             // since 1970
        QVERIFY(isError(report(*lead, 0, now - 366 * kDay - 1, now), ErrorCode::BadFrame));
        QVERIFY(isError(report(*admin, 2, now - 366 * kDay - 1, now), ErrorCode::BadFrame));
        const Frame longest = report(*lead, 0, now - 366 * kDay, now);
        QVERIFY2(longest.as<KpiReportOk>(), describe(longest));

        // Bad fields, written by hand.
        const QList<std::pair<QString, QByteArray>> bad = {
            {QStringLiteral("k1"), R"({"type":"kpi.report","id":"k1","since":-1})"},
            {QStringLiteral("k2"), R"({"type":"kpi.report","id":"k2","since":1000,"until":-1})"},
            {QStringLiteral("k3"), R"({"type":"kpi.report","id":"k3","teamId":-1,"since":1000})"},
            {QStringLiteral("k4"), R"({"type":"kpi.report","id":"k4"})"},
            {QStringLiteral("k5"), R"({"type":"kpi.report","id":"k5","since":1000,"until":"now"})"},
            {QStringLiteral("k6"), R"({"type":"kpi.report","id":"k6","since":"yesterday"})"},
            {QStringLiteral("k7"), R"({"type":"kpi.report","id":"k7","teamId":"presales","since":1000})"},
            {QStringLiteral("k8"), R"({"type":"kpi.report","id":"k8","since":1000,"agentId":3})"},
            {QStringLiteral("k9"), R"({"type":"kpi.report","id":"k9","since":9007199254740993})"},
        };
        for (const auto& [id, text] : bad) {
            const Frame answer = raw(*lead, id, text);
            QVERIFY2(isError(answer, ErrorCode::BadFrame), qPrintable(id + QStringLiteral(" ") + QString::fromUtf8(describe(answer))));
        }
        // The same frame well written is fine.
        const Frame fine = raw(*lead, QStringLiteral("k10"), QByteArray(R"({"type":"kpi.report","id":"k10","since":)")
                                                              + QByteArray::number(since) + "}");
        QVERIFY2(fine.as<KpiReportOk>(), describe(fine));

        // Extreme but valid: a 1 ms period at the end of what timestamps may be.
        constexpr qint64 kLast = qint64(1) << 53;
        const Frame extreme = report(*admin, 1, kLast - 1, kLast);
        QVERIFY2(extreme.as<KpiReportOk>(), describe(extreme));
        QCOMPARE(extreme.as<KpiReportOk>()->until, kLast);
        QCOMPARE(extreme.as<KpiReportOk>()->couponBudgetCents, kPresalesBudget);
        QVERIFY2(seriesShape(*extreme.as<KpiReportOk>()).isEmpty(), qPrintable(seriesShape(*extreme.as<KpiReportOk>())));

        // The refusals left the connections working.
        QVERIFY(lead->request(Ping{}, kWait).as<Pong>());
        QVERIFY(report(*lead, 0, since).as<KpiReportOk>());
    }

private:
    std::unique_ptr<TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestServerKpis)
#include "tst_ServerKpis.moc"
