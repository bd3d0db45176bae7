#include "ScenarioCheck.h"

#include "demo/DemoShop.h"
#include "sandbox/PathPlayer.h"
#include "sandbox/ScenarioLoader.h"

#include <cstdio>

namespace agentdesk::sim {

using namespace sandbox;

namespace {
const char* outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Purchase: return "purchase";
    case Outcome::Resolved: return "resolved";
    case Outcome::Left: return "left";
    }
    return "?";
}

void print(const PathPlayer::Result& r)
{
    const qint64 start = r.transcript.empty() ? 0 : r.transcript.front().at;
    for (const TranscriptEntry& e : r.transcript) {
        const char* who = e.who == TranscriptEntry::Who::Customer ? "customer" : e.who == TranscriptEntry::Who::Agent ? "agent" : "system";
        const QString text = e.couponCents > 0 ? QStringLiteral("coupon worth %1 cents").arg(e.couponCents) : e.text;
        std::printf("  %4llds %-8s %s\n", static_cast<long long>((e.at - start) / 1000), who, qPrintable(text));
    }
    const SandboxScore& s = r.score;
    std::printf("  ending %s (%s, rating %d); score %d/100: response %d, recommendation %d, coupon %d, outcome %d, satisfaction %d\n",
                qPrintable(s.ending), outcomeName(s.outcome), s.rating, s.total(), s.responsePoints, s.recommendationPoints,
                s.couponPoints, s.outcomePoints, s.satisfactionPoints);
}
} // namespace

int checkScenarios(const QStringList& files, const QString& play, const QString& language)
{
    if (!play.isEmpty() && play != QLatin1String("expert") && play != QLatin1String("poor")) {
        std::fprintf(stderr, "agentdesk-sim: --play expects expert or poor\n");
        return 2;
    }
    if (language != QLatin1String("zh") && language != QLatin1String("en")) {
        std::fprintf(stderr, "agentdesk-sim: --language expects zh or en with --check-scenario\n");
        return 2;
    }
    int failed = 0;
    for (const QString& file : files) {
        QString error;
        const auto scenario = ScenarioLoader::load(file, server::DemoShop::skus(), &error);
        if (!scenario) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            ++failed;
            continue;
        }
        std::printf("%s: %s (%s), %zu states, %zu endings: fine\n", qPrintable(file), qPrintable(scenario->title.in(language)),
                    qPrintable(scenario->difficulty), scenario->states.size(), scenario->endings.size());
        if (!play.isEmpty())
            print(PathPlayer::play(*scenario, language, play == QLatin1String("expert") ? scenario->expertPath : scenario->poorPath));
    }
    return failed > 0 ? 1 : 0;
}

} // namespace agentdesk::sim
