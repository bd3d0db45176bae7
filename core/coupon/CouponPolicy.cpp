#include "coupon/CouponPolicy.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace agentdesk {

using namespace protocol;

namespace {

constexpr qint64 kMinute = 60 * 1000;

QString money(qint64 cents)
{
    return QString::number(double(cents) / 100, 'f', 2);
}

} // namespace

bool CouponPolicy::Decision::refusedFor(const char* code) const
{
    return std::any_of(refusals.begin(), refusals.end(), [code](const CouponRefusal& r) { return r.code == QLatin1String(code); });
}

CouponPolicy::Decision CouponPolicy::evaluate(const CouponTemplate& coupon, const CouponLimits& limits,
                                              const CouponFacts& facts, qint64 now, bool conditionsWaived)
{
    Decision d;
    auto refuse = [&d](const char* code, qint64 limit, qint64 actual) {
        d.refusals.push_back({QString::fromLatin1(code), limit, actual});
    };
    const qint64 value = coupon.valueCents();
    // A template worth nothing by its numbers (a percent coupon without a cap) would pass every
    // money limit while giving away an unbounded discount: it is never granted.
    if (!coupon.active || value <= 0)
        refuse(kInactive, 0, 0);
    if (value > limits.maxSingleCents)
        refuse(kSingleLimit, limits.maxSingleCents, value);
    if (facts.grantedTodayCents + value > limits.dailyTotalCents)
        refuse(kDailyLimit, limits.dailyTotalCents, facts.grantedTodayCents + value);
    if (facts.teamBudgetCents > 0 && facts.teamGrantedTodayCents + value > facts.teamBudgetCents)
        refuse(kTeamBudget, facts.teamBudgetCents, facts.teamGrantedTodayCents + value);
    if (facts.customerGrants + 1 > limits.perCustomerCount)
        refuse(kCustomerLimit, limits.perCustomerCount, facts.customerGrants + 1);
    if (facts.conversationGrants + 1 > limits.perConversationCount)
        refuse(kConversationLimit, limits.perConversationCount, facts.conversationGrants + 1);
    if (conditionsWaived)
        return d;
    const qint64 minutes = std::max<qint64>(0, now - facts.conversationStartedAt) / kMinute;
    if (minutes < coupon.minMinutes)
        refuse(kTooEarly, coupon.minMinutes, minutes);
    if (coupon.needsPriceObjection && !facts.priceObjection)
        refuse(kNoPriceObjection, 0, 0);
    if (!coupon.tiers.empty()
        && std::find(coupon.tiers.begin(), coupon.tiers.end(), enumName(facts.tier)) == coupon.tiers.end())
        refuse(kTier, 0, 0);
    return d;
}

qint64 CouponPolicy::remainingToday(const CouponLimits& limits, const CouponFacts& facts)
{
    qint64 left = std::max<qint64>(0, limits.dailyTotalCents - facts.grantedTodayCents);
    if (facts.teamBudgetCents > 0)
        left = std::min(left, std::max<qint64>(0, facts.teamBudgetCents - facts.teamGrantedTodayCents));
    return left;
}

std::optional<qint64> CouponPolicy::largestAllowed(std::span<const protocol::CouponTemplate> templates,
                                                   const protocol::CouponLimits& limits, const protocol::CouponFacts& facts,
                                                   qint64 now, qint64 maxCents)
{
    std::optional<qint64> best;
    qint64 bestValue = 0;
    for (const protocol::CouponTemplate& t : templates) {
        const qint64 value = t.valueCents();
        if (t.active && value <= maxCents && value > bestValue && evaluate(t, limits, facts, now).allowed()) {
            best = t.id;
            bestValue = value;
        }
    }
    return best;
}

qint64 CouponPolicy::dayStart(qint64 now, const QTimeZone& shopZone)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(now, shopZone).date();
    return day.startOfDay(shopZone).toMSecsSinceEpoch();
}

bool CouponPolicy::decidesRequests(const Principal& who, qint64 teamId)
{
    return who.role == Role::Admin || (who.role == Role::Lead && who.teamId != 0 && who.teamId == teamId);
}

bool CouponPolicy::mayDecide(const Principal& who, const CouponApproval& approval)
{
    return approval.status == ApprovalStatus::Pending && decidesRequests(who, approval.teamId) && approval.requestedBy != who.id;
}

bool CouponPolicy::isPriceObjection(const QString& text)
{
    static const QStringList keywords{
        QStringLiteral("贵"),          QStringLiteral("便宜"),         QStringLiteral("优惠"),
        QStringLiteral("降价"),        QStringLiteral("打折"),         QStringLiteral("折扣"),
        QStringLiteral("划算"),        QStringLiteral("砍价"),         QStringLiteral("价格太高"),
        QStringLiteral("别家"),        QStringLiteral("expensive"),    QStringLiteral("cheaper"),
        QStringLiteral("discount"),    QStringLiteral("too much"),     QStringLiteral("pricey"),
        QStringLiteral("lower price"), QStringLiteral("better price"), QStringLiteral("best price"),
        QStringLiteral("a deal"),      QStringLiteral("costs more"),
    };
    // 贵 in polite or other words (贵宾 VIP, 贵店 your shop, 宝贵 precious) is not about the price.
    QString folded = text.toCaseFolded();
    for (const char16_t* polite : {u"贵宾", u"贵店", u"贵公司", u"贵司", u"宝贵", u"贵姓"})
        folded.remove(QString::fromUtf16(polite));
    return std::any_of(keywords.begin(), keywords.end(), [&](const QString& k) { return folded.contains(k); });
}

QString CouponPolicy::describe(const CouponRefusal& r)
{
    const QString code = r.code;
    if (code == QLatin1String(kInactive))
        return QStringLiteral("the coupon is no longer offered");
    if (code == QLatin1String(kSingleLimit))
        return QStringLiteral("worth %1, above the single-coupon limit of %2").arg(money(r.actual), money(r.limit));
    if (code == QLatin1String(kDailyLimit))
        return QStringLiteral("would bring today's grants to %1, above the daily limit of %2").arg(money(r.actual), money(r.limit));
    if (code == QLatin1String(kTeamBudget))
        return QStringLiteral("would bring the team's grants today to %1, above its budget of %2").arg(money(r.actual), money(r.limit));
    if (code == QLatin1String(kCustomerLimit))
        return QStringLiteral("would be coupon %1 for this customer in the period, at most %2").arg(r.actual).arg(r.limit);
    if (code == QLatin1String(kConversationLimit))
        return QStringLiteral("would be coupon %1 in this conversation, at most %2").arg(r.actual).arg(r.limit);
    if (code == QLatin1String(kTooEarly))
        return QStringLiteral("only after %1 minutes of conversation, now %2").arg(r.limit).arg(r.actual);
    if (code == QLatin1String(kNoPriceObjection))
        return QStringLiteral("only after the customer objected to the price");
    if (code == QLatin1String(kTier))
        return QStringLiteral("not for this customer's tier");
    return code;
}

QString CouponPolicy::describeLimits(const CouponLimits& limits, const CouponFacts& facts)
{
    QString out = QStringLiteral("single %1; daily %2 (granted %3); per customer %4 in %5 days (has %6); per conversation %7 (has %8)")
                      .arg(money(limits.maxSingleCents), money(limits.dailyTotalCents), money(facts.grantedTodayCents))
                      .arg(limits.perCustomerCount)
                      .arg(limits.perCustomerDays)
                      .arg(facts.customerGrants)
                      .arg(limits.perConversationCount)
                      .arg(facts.conversationGrants);
    if (facts.teamBudgetCents > 0)
        out += QStringLiteral("; team budget %1 (granted %2)").arg(money(facts.teamBudgetCents), money(facts.teamGrantedTodayCents));
    return out;
}

} // namespace agentdesk
