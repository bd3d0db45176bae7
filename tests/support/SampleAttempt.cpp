#include "SampleAttempt.h"

namespace agentdesk::test {

sandbox::SandboxResult sampleAttempt(const QString& scenario, qint64 startedAt, int rating, sandbox::Outcome outcome,
                                     const QString& language)
{
    using sandbox::SandboxScore;
    using sandbox::TranscriptEntry;
    using Who = TranscriptEntry::Who;
    sandbox::SandboxResult r;
    r.scenarioId = scenario;
    r.title = QStringLiteral("The hesitant buyer");
    r.language = language;
    r.startedAt = startedAt;
    r.endedAt = startedAt + 120'000;
    r.transcript = {TranscriptEntry(Who::Customer, startedAt, QStringLiteral("Too expensive")),
                    TranscriptEntry(Who::Agent, startedAt + 20'000, QStringLiteral("Here is a coupon"), true, false, 0, QStringLiteral("k1")),
                    TranscriptEntry(Who::System, startedAt + 30'000, QStringLiteral("coupon"), false, false, 2000)};
    SandboxScore& s = r.score;
    s.firstResponseMs = 20'000;
    s.averageResponseMs = 20'000;
    s.agentMessages = 1;
    s.repliesUsed = 1;
    s.recommendation = SandboxScore::Recommendation::Missed;
    s.couponsGranted = 1;
    s.couponCents = 2000;
    s.coupon = SandboxScore::CouponVerdict::Respected;
    s.outcome = outcome;
    s.ending = QStringLiteral("bought");
    s.rating = rating;
    s.responsePoints = 30;
    s.recommendationPoints = 0;
    s.couponPoints = 15;
    s.outcomePoints = outcome == sandbox::Outcome::Left ? 0 : 25;
    s.satisfactionPoints = rating * 3;
    return r;
}

} // namespace agentdesk::test
