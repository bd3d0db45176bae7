#include "sandbox/SandboxResult.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace agentdesk::app {

using sandbox::SandboxScore;
using sandbox::TranscriptEntry;

namespace {
const QStringList kWho = {QStringLiteral("customer"), QStringLiteral("agent"), QStringLiteral("system")};
const QStringList kOutcomes = {QStringLiteral("purchase"), QStringLiteral("resolved"), QStringLiteral("left")};
const QStringList kRecommendations = {QStringLiteral("not_needed"), QStringLiteral("made"), QStringLiteral("missed")};
const QStringList kCoupons = {QStringLiteral("respected"), QStringLiteral("missed"), QStringLiteral("unneeded"),
                              QStringLiteral("beyond_limits")};
constexpr int kFormat = 1;
} // namespace

QByteArray SandboxResult::toJson() const
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
        .toJson(QJsonDocument::Indented);
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
    SandboxResult r;
    r.scenarioId = o.value(QStringLiteral("scenario")).toString();
    r.title = o.value(QStringLiteral("title")).toString();
    r.language = o.value(QStringLiteral("language")).toString();
    r.startedAt = qint64(o.value(QStringLiteral("startedAt")).toDouble());
    r.endedAt = qint64(o.value(QStringLiteral("endedAt")).toDouble());
    const QJsonObject s = o.value(QStringLiteral("score")).toObject();
    auto index = [](const QStringList& names, const QJsonValue& v) { return std::max<qsizetype>(0, names.indexOf(v.toString())); };
    r.score.firstResponseMs = qint64(s.value(QStringLiteral("firstResponseMs")).toDouble(-1));
    r.score.averageResponseMs = qint64(s.value(QStringLiteral("averageResponseMs")).toDouble(-1));
    r.score.agentMessages = s.value(QStringLiteral("agentMessages")).toInt();
    r.score.repliesUsed = s.value(QStringLiteral("repliesUsed")).toInt();
    r.score.recommendation = SandboxScore::Recommendation(index(kRecommendations, s.value(QStringLiteral("recommendation"))));
    r.score.couponsGranted = s.value(QStringLiteral("couponsGranted")).toInt();
    r.score.couponCents = qint64(s.value(QStringLiteral("couponCents")).toDouble());
    r.score.couponRefusals = s.value(QStringLiteral("couponRefusals")).toInt();
    r.score.coupon = SandboxScore::CouponVerdict(index(kCoupons, s.value(QStringLiteral("coupon"))));
    r.score.outcome = sandbox::Outcome(index(kOutcomes, s.value(QStringLiteral("outcome"))));
    r.score.ending = s.value(QStringLiteral("ending")).toString();
    r.score.rating = s.value(QStringLiteral("rating")).toInt();
    r.score.responsePoints = s.value(QStringLiteral("responsePoints")).toInt();
    r.score.recommendationPoints = s.value(QStringLiteral("recommendationPoints")).toInt();
    r.score.couponPoints = s.value(QStringLiteral("couponPoints")).toInt();
    r.score.outcomePoints = s.value(QStringLiteral("outcomePoints")).toInt();
    r.score.satisfactionPoints = s.value(QStringLiteral("satisfactionPoints")).toInt();
    for (const QJsonValue& v : o.value(QStringLiteral("transcript")).toArray()) {
        const QJsonObject line = v.toObject();
        r.transcript.emplace_back(TranscriptEntry::Who(index(kWho, line.value(QStringLiteral("who")))),
                                  qint64(line.value(QStringLiteral("at")).toDouble()), line.value(QStringLiteral("text")).toString(),
                                  line.value(QStringLiteral("fromLibrary")).toBool(), line.value(QStringLiteral("recommendation")).toBool(),
                                  qint64(line.value(QStringLiteral("couponCents")).toDouble()));
    }
    return r;
}

QString SandboxResult::save(const QString& folder, QString* error) const
{
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot make the folder %1").arg(folder);
        return {};
    }
    const QString stamp = QDateTime::fromMSecsSinceEpoch(endedAt).toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString path = QDir(folder).filePath(QStringLiteral("%1-%2.json").arg(scenarioId, stamp));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        *error = file.errorString();
        return {};
    }
    return path;
}

std::vector<SandboxResult> SandboxResult::attempts(const QString& folder, const QString& scenarioId)
{
    std::vector<SandboxResult> out;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({scenarioId + QStringLiteral("-*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024)
            continue;
        QString error;
        if (auto r = fromJson(file.readAll(), &error); r && r->scenarioId == scenarioId)
            out.push_back(std::move(*r));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.endedAt < b.endedAt; });
    return out;
}

QString SandboxResult::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sandbox-results"));
}

} // namespace agentdesk::app
