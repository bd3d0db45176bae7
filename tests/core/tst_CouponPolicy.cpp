// The coupon policy in core, on a table of cases: every limit and condition at, just under and
// just over its bound; several reasons at once; conditions waived for a lead's approval; the
// shop's day across midnight, whatever the customer's or the server's time zone; price objections.

#include "coupon/CouponPolicy.h"

#include <QDateTime>
#include <QTest>

Q_DECLARE_METATYPE(agentdesk::protocol::CouponTemplate)
Q_DECLARE_METATYPE(agentdesk::protocol::CouponFacts)

using namespace agentdesk;
using namespace agentdesk::protocol;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kNow = 1'790'000'000'000;

CouponTemplate amount(qint64 cents)
{
    CouponTemplate t;
    t.id = 1;
    t.name = QStringLiteral("Amount off");
    t.kind = CouponKind::Amount;
    t.amountCents = cents;
    return t;
}

// Junior agent limits of the demo: 20 yuan each, 200 a day, 2 per customer in 30 days, 1 per conversation.
CouponLimits junior()
{
    return CouponLimits{2000, 20000, 2, 30, 1};
}

CouponFacts quiet()
{
    CouponFacts f;
    f.conversationStartedAt = kNow - 10 * kMinute;
    return f;
}

} // namespace

class TestCouponPolicy : public QObject {
    Q_OBJECT
private slots:
    void eachBound_data()
    {
        QTest::addColumn<CouponTemplate>("coupon");
        QTest::addColumn<CouponFacts>("facts");
        QTest::addColumn<QString>("refusal");  // empty: allowed
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<qint64>("actual");
        const CouponFacts base = quiet();
        auto row = [](const char* name, CouponTemplate t, CouponFacts f, const char* refusal, qint64 limit = 0, qint64 actual = 0) {
            QTest::newRow(name) << t << f << QString::fromLatin1(refusal) << limit << actual;
        };
        row("single: under", amount(1999), base, "");
        row("single: at", amount(2000), base, "");
        row("single: over", amount(2001), base, CouponPolicy::kSingleLimit, 2000, 2001);
        CouponTemplate percent = amount(0);
        percent.kind = CouponKind::Percent;
        percent.percent = 10;
        percent.capCents = 2001;  // a percent coupon counts at its cap
        row("single: percent over by its cap", percent, base, CouponPolicy::kSingleLimit, 2000, 2001);

        CouponFacts f = base;
        f.grantedTodayCents = 17999;
        row("daily: under", amount(2000), f, "");
        f.grantedTodayCents = 18000;
        row("daily: at", amount(2000), f, "");
        f.grantedTodayCents = 18001;
        row("daily: over", amount(2000), f, CouponPolicy::kDailyLimit, 20000, 20001);

        f = base;
        f.teamBudgetCents = 100000;
        f.teamGrantedTodayCents = 98000;
        row("team budget: at", amount(2000), f, "");
        f.teamGrantedTodayCents = 98001;
        row("team budget: over", amount(2000), f, CouponPolicy::kTeamBudget, 100000, 100001);
        f.teamBudgetCents = 0;
        f.teamGrantedTodayCents = 9999999;
        row("team budget: none set", amount(2000), f, "");

        f = base;
        f.customerGrants = 1;
        row("customer: at", amount(500), f, "");
        f.customerGrants = 2;
        row("customer: over", amount(500), f, CouponPolicy::kCustomerLimit, 2, 3);

        f = base;
        f.conversationGrants = 1;
        row("conversation: over", amount(500), f, CouponPolicy::kConversationLimit, 1, 2);

        CouponTemplate hesitate = amount(500);
        hesitate.minMinutes = 3;
        f = base;
        f.conversationStartedAt = kNow - 3 * kMinute + 1;
        row("minutes: just under", hesitate, f, CouponPolicy::kTooEarly, 3, 2);
        f.conversationStartedAt = kNow - 3 * kMinute;
        row("minutes: at", hesitate, f, "");
        f.conversationStartedAt = kNow + kMinute;  // a clock ahead of ours: no negative minutes
        row("minutes: started in the future", hesitate, f, CouponPolicy::kTooEarly, 3, 0);

        CouponTemplate objection = amount(500);
        objection.needsPriceObjection = true;
        row("price objection: none", objection, base, CouponPolicy::kNoPriceObjection);
        f = base;
        f.priceObjection = true;
        row("price objection: raised", objection, f, "");

        CouponTemplate gold = amount(500);
        gold.tiers = {QStringLiteral("gold"), QStringLiteral("vip")};
        row("tier: regular", gold, base, CouponPolicy::kTier);
        f = base;
        f.tier = CustomerTier::Vip;
        row("tier: vip", gold, f, "");

        CouponTemplate retired = amount(500);
        retired.active = false;
        row("inactive", retired, base, CouponPolicy::kInactive);
        CouponTemplate uncapped = amount(0);
        uncapped.kind = CouponKind::Percent;
        uncapped.percent = 50;  // half off anything, with no cap: worth 0 by its numbers
        row("percent without a cap", uncapped, base, CouponPolicy::kInactive);
    }

    void eachBound()
    {
        QFETCH(CouponTemplate, coupon);
        QFETCH(CouponFacts, facts);
        QFETCH(QString, refusal);
        QFETCH(qint64, limit);
        QFETCH(qint64, actual);
        const auto decision = CouponPolicy::evaluate(coupon, junior(), facts, kNow);
        if (refusal.isEmpty()) {
            QVERIFY2(decision.allowed(), qPrintable(decision.refusals.empty() ? QString() : decision.refusals.front().code));
            return;
        }
        QCOMPARE(decision.refusals.size(), size_t(1));
        QCOMPARE(decision.refusals.front().code, refusal);
        QCOMPARE(decision.refusals.front().limit, limit);
        QCOMPARE(decision.refusals.front().actual, actual);
        QVERIFY(!CouponPolicy::describe(decision.refusals.front()).isEmpty());
    }

    void theLargestAllowedUpToAValue()
    {
        auto make = [](qint64 id, qint64 cents, bool needsObjection = false, bool active = true) {
            CouponTemplate t = amount(cents);
            t.id = id;
            t.needsPriceObjection = needsObjection;
            t.active = active;
            return t;
        };
        const std::vector<CouponTemplate> templates = {make(1, 500), make(2, 1000), make(3, 2000, true), make(4, 5000),
                                                       make(5, 1500, false, false)};
        CouponFacts f = quiet();
        // 50 is over the junior's limit, 20 needs a price objection, 15 is no longer offered: 10.
        QCOMPARE(CouponPolicy::largestAllowed(templates, junior(), f, kNow, 5000), std::optional<qint64>(2));
        f.priceObjection = true;
        QCOMPARE(CouponPolicy::largestAllowed(templates, junior(), f, kNow, 5000), std::optional<qint64>(3));
        QCOMPARE(CouponPolicy::largestAllowed(templates, junior(), f, kNow, 1999), std::optional<qint64>(2));  // up to the value
        QCOMPARE(CouponPolicy::largestAllowed(templates, junior(), f, kNow, 499), std::nullopt);
        f.conversationGrants = 1;  // one per conversation, already given
        QCOMPARE(CouponPolicy::largestAllowed(templates, junior(), f, kNow, 5000), std::nullopt);
    }

    void everyReasonIsGiven()
    {
        CouponTemplate big = amount(5000);
        big.minMinutes = 5;
        big.needsPriceObjection = true;
        CouponFacts f = quiet();
        f.grantedTodayCents = 19000;
        f.conversationGrants = 1;
        f.conversationStartedAt = kNow;
        const auto decision = CouponPolicy::evaluate(big, junior(), f, kNow);
        QStringList codes;
        for (const auto& r : decision.refusals)
            codes << r.code;
        QCOMPARE(codes, (QStringList{QLatin1String(CouponPolicy::kSingleLimit), QLatin1String(CouponPolicy::kDailyLimit),
                                     QLatin1String(CouponPolicy::kConversationLimit), QLatin1String(CouponPolicy::kTooEarly),
                                     QLatin1String(CouponPolicy::kNoPriceObjection)}));
        QVERIFY(decision.refusedFor(CouponPolicy::kTooEarly));
        QVERIFY(!decision.refusedFor(CouponPolicy::kTier));
    }

    void anApprovalWaivesConditionsNotLimits()
    {
        CouponTemplate t = amount(5000);
        t.minMinutes = 30;
        t.needsPriceObjection = true;
        t.tiers = {QStringLiteral("vip")};
        const CouponLimits lead{20000, 200000, 3, 30, 2};
        CouponFacts f = quiet();
        QVERIFY(CouponPolicy::evaluate(t, lead, f, kNow, true).allowed());
        QVERIFY(!CouponPolicy::evaluate(t, lead, f, kNow, false).allowed());
        f.grantedTodayCents = 196000;
        const auto decision = CouponPolicy::evaluate(t, lead, f, kNow, true);
        QCOMPARE(decision.refusals.size(), size_t(1));
        QCOMPARE(decision.refusals.front().code, QString::fromLatin1(CouponPolicy::kDailyLimit));
    }

    void whoDecidesRequests()
    {
        CouponApproval a;
        a.teamId = 1;
        a.requestedBy = 7;
        const Principal lead{PrincipalKind::Staff, 8, QStringLiteral("lead"), Role::Lead, 1, QStringLiteral("Presales")};
        const Principal otherLead{PrincipalKind::Staff, 9, QStringLiteral("other"), Role::Lead, 2, QStringLiteral("Aftersales")};
        const Principal admin{PrincipalKind::Staff, 10, QStringLiteral("admin"), Role::Admin, 0, {}};
        const Principal agent{PrincipalKind::Staff, 7, QStringLiteral("agent"), Role::Agent, 1, QStringLiteral("Presales")};
        QVERIFY(CouponPolicy::mayDecide(lead, a));
        QVERIFY(CouponPolicy::mayDecide(admin, a));
        QVERIFY(!CouponPolicy::mayDecide(otherLead, a));
        QVERIFY(!CouponPolicy::mayDecide(agent, a));
        Principal requestingLead = lead;
        a.requestedBy = lead.id;
        QVERIFY(!CouponPolicy::mayDecide(requestingLead, a));  // never one's own
        a.requestedBy = 7;
        a.status = ApprovalStatus::Denied;
        QVERIFY(!CouponPolicy::mayDecide(lead, a));  // only pending ones
    }

    void remainingTodayIsTheSmallerOfOwnAndTeam()
    {
        CouponFacts f = quiet();
        f.grantedTodayCents = 5000;
        QCOMPARE(CouponPolicy::remainingToday(junior(), f), qint64(15000));
        f.teamBudgetCents = 100000;
        f.teamGrantedTodayCents = 92000;
        QCOMPARE(CouponPolicy::remainingToday(junior(), f), qint64(8000));
        f.teamGrantedTodayCents = 120000;  // overspent by grants made under older limits
        QCOMPARE(CouponPolicy::remainingToday(junior(), f), qint64(0));
    }

    void theShopsDayDecidesAcrossMidnight_data()
    {
        QTest::addColumn<QByteArray>("shopZone");
        QTest::addColumn<QString>("localTime");  // in the shop's zone
        QTest::addColumn<QString>("dayStart");   // expected, in the shop's zone
        QTest::newRow("Shanghai, a second before midnight") << QByteArray("Asia/Shanghai") << QStringLiteral("2026-11-24T23:59:59")
                                                            << QStringLiteral("2026-11-24T00:00:00");
        QTest::newRow("Shanghai, midnight") << QByteArray("Asia/Shanghai") << QStringLiteral("2026-11-25T00:00:00")
                                            << QStringLiteral("2026-11-25T00:00:00");
        QTest::newRow("New York, just after midnight") << QByteArray("America/New_York") << QStringLiteral("2026-11-25T00:00:01")
                                                       << QStringLiteral("2026-11-25T00:00:00");
        // The night the clocks go back: the day is 25 hours long, and starts at midnight still.
        QTest::newRow("New York, DST ends") << QByteArray("America/New_York") << QStringLiteral("2026-11-01T23:30:00")
                                            << QStringLiteral("2026-11-01T00:00:00");
        QTest::newRow("UTC") << QByteArray("UTC") << QStringLiteral("2026-11-24T12:00:00") << QStringLiteral("2026-11-24T00:00:00");
    }

    void theShopsDayDecidesAcrossMidnight()
    {
        QFETCH(QByteArray, shopZone);
        QFETCH(QString, localTime);
        QFETCH(QString, dayStart);
        const QTimeZone zone(shopZone);
        QVERIFY(zone.isValid());
        QDateTime at = QDateTime::fromString(localTime, Qt::ISODate);
        at.setTimeZone(zone);
        QDateTime expected = QDateTime::fromString(dayStart, Qt::ISODate);
        expected.setTimeZone(zone);
        QCOMPARE(CouponPolicy::dayStart(at.toMSecsSinceEpoch(), zone), expected.toMSecsSinceEpoch());
    }

    void aGrantBeforeTheShopsMidnightDoesNotCountAfterIt()
    {
        // The shop is in Shanghai; the customer in New York and the server in UTC. 23:59:59 and
        // 00:00:01 Shanghai time are one day for both of them, but two for the shop's limits.
        const QTimeZone shanghai("Asia/Shanghai");
        QDateTime before(QDate(2026, 11, 24), QTime(23, 59, 59), shanghai);
        QDateTime after(QDate(2026, 11, 25), QTime(0, 0, 1), shanghai);
        QCOMPARE(before.toTimeZone(QTimeZone("America/New_York")).date(), after.toTimeZone(QTimeZone("America/New_York")).date());
        QCOMPARE(before.toUTC().date(), after.toUTC().date());
        const qint64 firstDay = CouponPolicy::dayStart(before.toMSecsSinceEpoch(), shanghai);
        const qint64 secondDay = CouponPolicy::dayStart(after.toMSecsSinceEpoch(), shanghai);
        QVERIFY(before.toMSecsSinceEpoch() >= firstDay && before.toMSecsSinceEpoch() < secondDay);
        QVERIFY(after.toMSecsSinceEpoch() >= secondDay);
        QCOMPARE(secondDay - firstDay, qint64(24) * 60 * kMinute);
    }

    void priceObjectionsAreRecognised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("objection");
        QTest::newRow("zh: too expensive") << QStringLiteral("这个也太贵了吧") << true;
        QTest::newRow("zh: cheaper elsewhere") << QStringLiteral("别家便宜五十") << true;
        QTest::newRow("zh: any discount") << QStringLiteral("有没有优惠") << true;
        QTest::newRow("en: expensive") << QStringLiteral("That's EXPENSIVE for a case") << true;
        QTest::newRow("en: cheaper") << QStringLiteral("I saw it cheaper at another shop") << true;
        QTest::newRow("zh: delivery") << QStringLiteral("我的快递到哪了") << false;
        QTest::newRow("zh: VIP, not a price") << QStringLiteral("我是你们的贵宾会员") << false;
        QTest::newRow("zh: VIP and a price") << QStringLiteral("我是贵宾，这也太贵了") << true;
        QTest::newRow("zh: polite, your shop") << QStringLiteral("贵店的发货速度怎么样") << false;
        QTest::newRow("en: price question") << QStringLiteral("What is the price of the X1?") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void priceObjectionsAreRecognised()
    {
        QFETCH(QString, text);
        QFETCH(bool, objection);
        QCOMPARE(CouponPolicy::isPriceObjection(text), objection);
    }
};

QTEST_GUILESS_MAIN(TestCouponPolicy)
#include "tst_CouponPolicy.moc"
