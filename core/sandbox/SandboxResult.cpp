#include "sandbox/SandboxResult.h"

#include "sandbox/ScenarioLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace agentdesk::sandbox {

namespace {
const QStringList kWho = {QStringLiteral("customer"), QStringLiteral("agent"), QStringLiteral("system")};
const QStringList kOutcomes = {QStringLiteral("purchase"), QStringLiteral("resolved"), QStringLiteral("left")};
const QStringList kRecommendations = {QStringLiteral("not_needed"), QStringLiteral("made"), QStringLiteral("missed")};
const QStringList kCoupons = {QStringLiteral("respected"), QStringLiteral("missed"), QStringLiteral("unneeded"),
                              QStringLiteral("beyond_limits")};
constexpr int kFormat = 1;
} // namespace

SandboxResult SandboxResult::of(const Scenario& scenario, const QString& language, std::vector<TranscriptEntry> transcript,
                                const SandboxScore& score, qint64 endedAt)
{
    SandboxResult r;
    r.scenarioId = scenario.id;
    r.title = scenario.title.in(language);
    r.language = language;
    r.startedAt = transcript.empty() ? endedAt : transcript.front().at;
    r.endedAt = endedAt;
    r.score = score;
    r.transcript = std::move(transcript);
    return r;
}

QByteArray SandboxResult::toJson(bool compact) const
{
    const SandboxScore& s = score;
    QJsonObject scoreObject{
        {QStringLiteral("total"), s.total()},
        {QStringLiteral("firstResponseMs"), double(s.firstResponseMs)},
        {QStringLiteral("averageResponseMs"), double(s.averageResponseMs)},
        {QStringLiteral("agentMessages"), s.agentMessages},
        {QStringLiteral("repliesUsed"), s.repliesUsed},
        {QStringLiteral("recommendation"), kRecommendations.at(int(s.recommendation))},
        {QStringLiteral("couponsGranted"), s.couponsGranted},
        {QStringLiteral("couponCents"), double(s.couponCents)},
        {QStringLiteral("couponRefusals"), s.couponRefusals},
        {QStringLiteral("coupon"), kCoupons.at(int(s.coupon))},
        {QStringLiteral("outcome"), kOutcomes.at(int(s.outcome))},
        {QStringLiteral("ending"), s.ending},
        {QStringLiteral("rating"), s.rating},
        {QStringLiteral("responsePoints"), s.responsePoints},
        {QStringLiteral("recommendationPoints"), s.recommendationPoints},
        {QStringLiteral("couponPoints"), s.couponPoints},
        {QStringLiteral("outcomePoints"), s.outcomePoints},
        {QStringLiteral("satisfactionPoints"), s.satisfactionPoints},
    };
    QJsonArray lines;
    for (const TranscriptEntry& e : transcript) {
        QJsonObject line{{QStringLiteral("who"), kWho.at(int(e.who))}, {QStringLiteral("at"), double(e.at)}, {QStringLiteral("text"), e.text}};
        if (e.fromLibrary)
            line.insert(QStringLiteral("fromLibrary"), true);
        if (e.recommendation)
            line.insert(QStringLiteral("recommendation"), true);
        if (e.couponCents > 0)
            line.insert(QStringLiteral("couponCents"), double(e.couponCents));
        lines.append(line);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), kFormat},
                                     {QStringLiteral("scenario"), scenarioId},
                                     {QStringLiteral("title"), title},
                                     {QStringLiteral("language"), language},
                                     {QStringLiteral("startedAt"), double(startedAt)},
                                     {QStringLiteral("endedAt"), double(endedAt)},
                                     {QStringLiteral("score"), scoreObject},
                                     {QStringLiteral("transcript"), lines}})
        .toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented);
}

std::optional<SandboxResult> SandboxResult::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString() : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toInt() != kFormat || !o.value(QStringLiteral("scenario")).isString()
        || !o.value(QStringLiteral("score")).isObject() || !o.value(QStringLiteral("transcript")).isArray()) {
        *error = QStringLiteral("not a sandbox result of format %1").arg(kFormat);
        return std::nullopt;
    }
    QStringList problems;
    auto text = [&](const QJsonObject& from, const char* name, qsizetype maxLength) {
        const QString value = from.value(QLatin1String(name)).toString();
        if (value.size() > maxLength)
            problems << QStringLiteral("%1 is longer than %2 characters").arg(QLatin1String(name)).arg(maxLength);
        return value;
    };
    auto number = [&](const QJsonObject& from, const char* name, qint64 min, qint64 max, qint64 absent) {
        const QJsonValue v = from.value(QLatin1String(name));
        if (v.isUndefined())
            return absent;
        const double d = v.toDouble(-1e18);
        if (!v.isDouble() || d < double(min) || d > double(max) || d != double(qint64(d))) {
            problems << QStringLiteral("%1 must be a whole number from %2 to %3").arg(QLatin1String(name)).arg(min).arg(max);
            return absent;
        }
        return qint64(d);
    };
    auto oneOf = [&](const QStringList& names, const QJsonValue& v, const QString& what) {
        const qsizetype i = names.indexOf(v.toString());
        if (i < 0)
            problems << QStringLiteral("%1 must be one of %2").arg(what, names.join(QStringLiteral(", ")));
        return int(std::max<qsizetype>(0, i));
    };
    constexpr qint64 kLatest = qint64(1) << 53;

    SandboxResult r;
    r.scenarioId = text(o, "scenario", 64);
    if (!ScenarioLoader::isValidId(r.scenarioId))
        problems << QStringLiteral("scenario must be a scenario's id: lower-case letters, digits and dashes");
    r.title = text(o, "title", 200);
    r.language = o.value(QStringLiteral("language")).toString();
    if (r.language != QLatin1String("zh") && r.language != QLatin1String("en"))
        problems << QStringLiteral("language must be zh or en");
    r.startedAt = number(o, "startedAt", 0, kLatest, 0);
    r.endedAt = number(o, "endedAt", 0, kLatest, 0);
    if (r.endedAt < r.startedAt)
        problems << QStringLiteral("endedAt is before startedAt");

    const QJsonObject s = o.value(QStringLiteral("score")).toObject();
    SandboxScore& score = r.score;
    score.firstResponseMs = number(s, "firstResponseMs", -1, kLatest, -1);
    score.averageResponseMs = number(s, "averageResponseMs", -1, kLatest, -1);
    score.agentMessages = int(number(s, "agentMessages", 0, kMaxLines, 0));
    score.repliesUsed = int(number(s, "repliesUsed", 0, kMaxLines, 0));
    score.recommendation = SandboxScore::Recommendation(oneOf(kRecommendations, s.value(QStringLiteral("recommendation")),
                                                              QStringLiteral("score.recommendation")));
    score.couponsGranted = int(number(s, "couponsGranted", 0, kMaxLines, 0));
    score.couponCents = number(s, "couponCents", 0, kLatest, 0);
    score.couponRefusals = int(number(s, "couponRefusals", 0, kMaxLines, 0));
    score.coupon = SandboxScore::CouponVerdict(oneOf(kCoupons, s.value(QStringLiteral("coupon")), QStringLiteral("score.coupon")));
    score.outcome = Outcome(oneOf(kOutcomes, s.value(QStringLiteral("outcome")), QStringLiteral("score.outcome")));
    score.ending = text(s, "ending", 200);
    score.rating = int(number(s, "rating", 0, 5, 0));
    score.responsePoints = int(number(s, "responsePoints", 0, 30, 0));
    score.recommendationPoints = int(number(s, "recommendationPoints", 0, 15, 0));
    score.couponPoints = int(number(s, "couponPoints", 0, 15, 0));
    score.outcomePoints = int(number(s, "outcomePoints", 0, 25, 0));
    score.satisfactionPoints = int(number(s, "satisfactionPoints", 0, 15, 0));
    if (const qint64 total = number(s, "total", 0, 100, -1); total >= 0 && total != score.total())
        problems << QStringLiteral("score.total %1 is not the sum of its points (%2)").arg(total).arg(score.total());

    const QJsonArray lines = o.value(QStringLiteral("transcript")).toArray();
    if (lines.size() > kMaxLines)
        problems << QStringLiteral("the transcript has more than %1 lines").arg(kMaxLines);
    for (qsizetype i = 0; i < lines.size() && i < kMaxLines && problems.size() < 5; ++i) {
        const QJsonObject line = lines.at(i).toObject();
        const int who = oneOf(kWho, line.value(QStringLiteral("who")), QStringLiteral("transcript[%1].who").arg(i));
        r.transcript.emplace_back(TranscriptEntry::Who(who), number(line, "at", 0, kLatest, 0), text(line, "text", 4000),
                                  line.value(QStringLiteral("fromLibrary")).toBool(),
                                  line.value(QStringLiteral("recommendation")).toBool(), number(line, "couponCents", 0, kLatest, 0));
    }
    if (!problems.isEmpty()) {
        *error = problems.mid(0, 5).join(QStringLiteral("; "));
        return std::nullopt;
    }
    return r;
}

QString outcomeName(Outcome outcome)
{
    return kOutcomes.at(int(outcome));
}

} // namespace agentdesk::sandbox
