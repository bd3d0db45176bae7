#include "SampleAttempt.h"

namespace agentdesk::test {

sandbox::SandboxResult sampleAttempt(const QString& scenario, qint64 startedAt, int rating, sandbox::Outcome outcome,
                                     const QString& language)
{
    using sandbox::TranscriptEntry;
    using Who = TranscriptEntry::Who;
    const bool zh = language == QLatin1String("zh");
    sandbox::SandboxResult r;
    r.scenarioId = scenario;
    r.title = zh ? QStringLiteral("犹豫的买家") : QStringLiteral("The hesitant buyer");
    r.language = language;
    r.startedAt = startedAt;
    r.endedAt = startedAt + 120'000;
    r.transcript = {TranscriptEntry(Who::Customer, startedAt, zh ? QStringLiteral("有点贵") : QStringLiteral("It is a bit expensive")),
                    TranscriptEntry(Who::Agent, startedAt + 20'000, zh ? QStringLiteral("送您一张券") : QStringLiteral("Here is a coupon for you"),
                                    true),
                    TranscriptEntry(Who::System, startedAt + 25'000, QStringLiteral("coupon"), false, false, 2000),
                    TranscriptEntry(Who::Customer, startedAt + 60'000, zh ? QStringLiteral("那我买了") : QStringLiteral("Then I take it"))};
    sandbox::SandboxScore& s = r.score;
    s.firstResponseMs = 20'000;
    s.averageResponseMs = 20'000;
    s.agentMessages = 1;
    s.repliesUsed = 1;
    s.couponsGranted = 1;
    s.couponCents = 2000;
    s.outcome = outcome;
    s.rating = rating;
    s.responsePoints = 30;
    s.couponPoints = 15;
    s.outcomePoints = outcome == sandbox::Outcome::Left ? 0 : 25;
    s.satisfactionPoints = rating * 3;
    return r;
}

} // namespace agentdesk::test
