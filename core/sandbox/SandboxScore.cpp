#include "sandbox/SandboxScore.h"

#include <algorithm>

namespace agentdesk::sandbox {

namespace {
// Full marks within the goal, half within twice the goal, none beyond or never.
int timePoints(qint64 ms, int goalSeconds, int max)
{
    if (ms < 0)
        return 0;
    if (ms <= goalSeconds * 1000LL)
        return max;
    if (ms <= goalSeconds * 2000LL)
        return max / 2;
    return 0;
}
} // namespace

SandboxScore SandboxScore::of(const Scenario& scenario, const QString& language, const std::vector<TranscriptEntry>& transcript,
                              const Ending& ending, int couponRefusals, qint64 endedAt)
{
    using Who = TranscriptEntry::Who;
    SandboxScore s;
    s.ending = ending.name;
    s.outcome = ending.outcome;
    s.rating = ending.rating;
    s.couponRefusals = couponRefusals;

    // Response times: every customer message waits for the agent's next one.
    std::vector<qint64> waits;
    std::vector<qint64> pending;
    qint64 opened = -1;
    qint64 last = 0;
    bool recommended = false;
    for (const TranscriptEntry& e : transcript) {
        last = std::max(last, e.at);
        switch (e.who) {
        case Who::Customer:
            if (opened < 0)
                opened = e.at;
            if (!e.leaving)
                pending.push_back(e.at);
            break;
        case Who::Agent:
            ++s.agentMessages;
            s.repliesUsed += e.fromLibrary ? 1 : 0;
            if (s.firstResponseMs < 0 && opened >= 0)
                s.firstResponseMs = e.at - opened;
            for (qint64 since : pending)
                waits.push_back(e.at - since);
            pending.clear();
            // A worthwhile recommendation is the one the goals name; any card counts where none is named.
            if (scenario.goals.recommend.isEmpty() ? e.recommendation : scenario.goals.recommend.matches(e.text, language))
                recommended = true;
            break;
        case Who::System:
            if (e.couponCents > 0) {
                ++s.couponsGranted;
                s.couponCents += e.couponCents;
            }
            break;
        }
    }
    // A customer left waiting waited until the end of the session (their last words, said as they
    // left, are not counted at all).
    const qint64 end = std::max(last, endedAt);
    for (qint64 since : pending)
        waits.push_back(end - since);
    if (!waits.empty()) {
        qint64 sum = 0;
        for (qint64 w : waits)
            sum += w;
        s.averageResponseMs = sum / qint64(waits.size());
    }
    s.responsePoints = timePoints(s.firstResponseMs, scenario.goals.firstResponseSeconds, 15)
                     + timePoints(s.firstResponseMs < 0 ? -1 : s.averageResponseMs, scenario.goals.responseSeconds, 15);

    if (scenario.goals.recommend.isEmpty())
        s.recommendation = recommended ? Recommendation::Made : Recommendation::NotNeeded;
    else
        s.recommendation = recommended ? Recommendation::Made : Recommendation::Missed;
    s.recommendationPoints = s.recommendation == Recommendation::Missed ? 0 : 15;

    switch (scenario.goals.coupon) {
    case ScenarioGoals::CouponUse::Needed:
        s.coupon = s.couponsGranted > 0 ? CouponVerdict::Respected : CouponVerdict::Missed;
        break;
    case ScenarioGoals::CouponUse::Unneeded:
        s.coupon = s.couponsGranted > 0 ? CouponVerdict::Unneeded : CouponVerdict::Respected;
        break;
    case ScenarioGoals::CouponUse::Either:
        s.coupon = CouponVerdict::Respected;
        break;
    }
    switch (s.coupon) {
    case CouponVerdict::Respected: s.couponPoints = 15; break;
    case CouponVerdict::Unneeded: s.couponPoints = 5; break;
    case CouponVerdict::Missed: s.couponPoints = 0; break;
    case CouponVerdict::BeyondLimits: break;
    }
    // Trying beyond one's limits costs, whatever else: never more than 10 less 5 for each.
    if (couponRefusals > 0) {
        s.coupon = CouponVerdict::BeyondLimits;
        s.couponPoints = std::min(s.couponPoints, std::max(0, 10 - 5 * couponRefusals));
    }

    s.outcomePoints = ending.outcome == Outcome::Left ? 0 : 25;
    s.satisfactionPoints = std::clamp(ending.rating, 0, 5) * 3;
    return s;
}

} // namespace agentdesk::sandbox
