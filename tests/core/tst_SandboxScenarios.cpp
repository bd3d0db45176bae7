// The sandbox's scenarios, its scripted customer and its score, without a server: every shipped
// scenario loads, and its expert path and its poor path play to different endings and scores in
// both languages; the customer's reactions (words, coupons within a time, silences, flags, closing
// early, the time limit) on a scenario written here; the score's figures on a known transcript.
// Bad files tried: not JSON (with the line), not an object, over 256 KiB, a newer format, an
// unknown field, a text without English, a number as a string, a fraction, a reaction leading to a
// state that does not exist, a state nothing leads to, an ending nothing leads to, an order of a
// product the shop does not have, a purchase without an order, words on a coupon reaction, a
// "flags" reaction that does not move on, a silence without afterSeconds, a path going back in
// time, a scenario product with a SKU the shop has, an id with capitals, a number of 1e300,
// recommendWhat without recommend, two states leading only to each other (and an ending only
// they reach), a time window on a silence, a missing file.

#include "demo/DemoShop.h"
#include "sandbox/PathPlayer.h"
#include "sandbox/ScenarioLoader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::sandbox;

namespace {
const QString kScenarioDir = QStringLiteral(AGENTDESK_SOURCE_DIR "/resources/scenarios");

QStringList shopSkus()
{
    return server::DemoShop::skus();
}

// A small scenario to change one thing at a time in.
QJsonObject minimal()
{
    const QByteArray json = R"({
      "format": 1, "id": "tiny", "difficulty": "easy",
      "title": {"zh": "小", "en": "Tiny"}, "brief": {"zh": "简介", "en": "Brief"}, "expert": {"zh": "专家", "en": "Expert"},
      "timeLimitSeconds": 300,
      "shop": {"customer": {"name": {"zh": "王", "en": "Wang"}, "tier": "gold", "tags": []},
               "orders": [{"daysAgo": 3, "status": "shipped", "lines": [{"sku": "PH-X1-128"}]}]},
      "customer": {
        "topic": "logistics",
        "opening": {"zh": "我的包裹呢？", "en": "Where is my parcel?"},
        "start": "angry",
        "states": {
          "angry": {"reactions": [
            {"when": "message", "contains": {"zh": ["抱歉"], "en": ["sorry"]}, "sets": ["apologized"]},
            {"when": "message", "contains": {"zh": ["单号"], "en": ["tracking"]}, "sets": ["explained"]},
            {"when": "coupon", "withinSeconds": 60, "say": {"zh": "不要券", "en": "No coupon please"}},
            {"when": "flags", "flags": ["apologized", "explained"], "say": {"zh": "好的", "en": "OK then"}, "then": "calm"},
            {"when": "silence", "afterSeconds": 100, "say": {"zh": "算了", "en": "Forget it"}, "then": "left"}
          ]},
          "calm": {"reactions": [
            {"when": "message", "contains": {"zh": ["保修"], "en": ["warranty"]}, "then": "bought"},
            {"when": "closed", "then": "resolved"},
            {"when": "silence", "afterSeconds": 60, "then": "resolved"}
          ]}
        },
        "endings": {
          "bought": {"outcome": "purchase", "rating": 5, "order": [{"sku": "WR-EXT1-PH", "quantity": 1}],
                     "say": {"zh": "买了", "en": "Bought it"}},
          "resolved": {"outcome": "resolved", "rating": 4},
          "left": {"outcome": "left", "rating": 1}
        }
      },
      "goals": {"firstResponseSeconds": 30, "responseSeconds": 40, "coupon": "unneeded",
                "recommend": {"zh": ["保修"], "en": ["warranty"]}, "recommendWhat": {"zh": "延保", "en": "the warranty"}},
      "expertPath": [{"do": "say", "atSeconds": 10, "text": {"zh": "抱歉，单号是 SF1", "en": "Sorry, tracking SF1"}},
                     {"do": "say", "atSeconds": 20, "text": {"zh": "要保修吗", "en": "A warranty?"}}],
      "poorPath": [{"do": "wait", "atSeconds": 10}]
    })";
    return QJsonDocument::fromJson(json).object();
}

std::optional<Scenario> parse(const QJsonObject& o, QString* error)
{
    return ScenarioLoader::parse(QJsonDocument(o).toJson(), shopSkus(), error);
}

// Replaces the value at a dotted path ("customer.states.angry"); an invalid QJsonValue removes it.
QJsonObject with(QJsonObject o, const QStringList& path, const QJsonValue& value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            o.remove(path.first());
        else
            o.insert(path.first(), value);
        return o;
    }
    o.insert(path.first(), with(o.value(path.first()).toObject(), path.mid(1), value));
    return o;
}

using Kind = ScriptedCustomer::Action::Kind;

QStringList said(const std::vector<ScriptedCustomer::Action>& actions)
{
    QStringList out;
    for (const auto& a : actions) {
        if (a.kind == Kind::Say)
            out << a.text;
    }
    return out;
}
} // namespace

class TestSandboxScenarios : public QObject {
    Q_OBJECT
private slots:
    void shippedScenariosPlayToTheirEndings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        const QStringList files = QDir(kScenarioDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable(kScenarioDir));
        for (const QString& f : files) {
            for (const QString& language : {QStringLiteral("zh"), QStringLiteral("en")})
                QTest::newRow(qPrintable(f + QLatin1Char('/') + language)) << f << language;
        }
    }

    void shippedScenariosPlayToTheirEndings()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        QString error;
        const auto scenario = ScenarioLoader::load(QDir(kScenarioDir).filePath(file), shopSkus(), &error);
        QVERIFY2(scenario, qPrintable(error));
        QCOMPARE(scenario->id + QStringLiteral(".json"), file);
        const PathPlayer::Result expert = PathPlayer::play(*scenario, language, scenario->expertPath);
        const PathPlayer::Result poor = PathPlayer::play(*scenario, language, scenario->poorPath);
        QVERIFY(expert.ending && poor.ending);
        // The expert's way ends well; the poor way ends elsewhere, worse, and scores less.
        QVERIFY2(expert.ending->outcome != Outcome::Left, qPrintable(expert.ending->name));
        QVERIFY2(expert.ending->rating >= 4, qPrintable(expert.ending->name));
        QVERIFY2(poor.ending != expert.ending, qPrintable(poor.ending->name));
        QVERIFY2(poor.ending->rating < expert.ending->rating, qPrintable(poor.ending->name));
        QVERIFY2(expert.score.total() >= 80, qPrintable(QString::number(expert.score.total())));
        QVERIFY2(poor.score.total() + 25 <= expert.score.total(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(poor.score.total()).arg(expert.score.total())));
        // The customer speaks the language played, from the first line.
        QCOMPARE(expert.transcript.front().text, scenario->opening.in(language));
        QCOMPARE(poor.transcript.front().text, scenario->opening.in(language));
    }

    void theScenariosAreOfSeveralKinds()
    {
        const QStringList files = QDir(kScenarioDir).entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY2(files.size() >= 8, qPrintable(QString::number(files.size())));
        QSet<QString> difficulties;
        QSet<QString> ids;
        for (const QString& f : files) {
            QString error;
            const auto s = ScenarioLoader::load(QDir(kScenarioDir).filePath(f), shopSkus(), &error);
            QVERIFY2(s, qPrintable(error));
            difficulties.insert(s->difficulty);
            QVERIFY2(!ids.contains(s->id), qPrintable(s->id));
            ids.insert(s->id);
        }
        QCOMPARE(difficulties.size(), 3);
    }

    void theCustomerReactsToWhatTheAgentDoesAndWhen()
    {
        QString error;
        const auto s = parse(minimal(), &error);
        QVERIFY2(s, qPrintable(error));
        const qint64 t0 = 1'000'000;
        ScriptedCustomer c(*s, QStringLiteral("en"));
        QCOMPARE(said(c.open(t0)), QStringList{QStringLiteral("Where is my parcel?")});
        QCOMPARE(c.nextDeadline(), t0 + 100'000);  // the silence, before the time limit
        // A coupon in the first minute: answered, nothing else changes.
        QCOMPARE(said(c.couponGranted(500, t0 + 5'000)), QStringList{QStringLiteral("No coupon please")});
        // After it, a coupon matches nothing.
        QVERIFY(c.couponGranted(500, t0 + 61'000).empty());
        // An apology alone does not calm them...
        QVERIFY(said(c.agentMessage(QStringLiteral("So SORRY about that"), t0 + 62'000)).isEmpty());
        QVERIFY(c.hasFlag(QStringLiteral("apologized")));
        QCOMPARE(c.stateName(), QStringLiteral("angry"));
        // ...the silence counts from the agent's last message...
        QCOMPARE(c.nextDeadline(), t0 + 162'000);
        QVERIFY(c.tick(t0 + 161'999).empty());
        // ...the tracking number with it does.
        QCOMPARE(said(c.agentMessage(QStringLiteral("Your tracking number is SF1"), t0 + 70'000)), QStringList{QStringLiteral("OK then")});
        QCOMPARE(c.stateName(), QStringLiteral("calm"));
        QVERIFY(!c.finished());
        // Closing now ends it the way the script says.
        const auto closing = c.closed(t0 + 80'000);
        QVERIFY(c.finished());
        QCOMPARE(c.ending()->name, QStringLiteral("resolved"));
        QCOMPARE(closing.back().kind, Kind::End);
        QVERIFY(c.agentMessage(QStringLiteral("warranty?"), t0 + 81'000).empty());  // over

        // The same in Chinese, to a purchase with its order.
        ScriptedCustomer zh(*s, QStringLiteral("zh"));
        zh.open(t0);
        zh.agentMessage(QStringLiteral("非常抱歉"), t0 + 1'000);
        zh.agentMessage(QStringLiteral("单号 SF1"), t0 + 2'000);
        const auto bought = zh.agentMessage(QStringLiteral("需要保修吗"), t0 + 3'000);
        QVERIFY(zh.finished());
        QCOMPARE(zh.ending()->name, QStringLiteral("bought"));
        QCOMPARE(said(bought), QStringList{QStringLiteral("买了")});
        QCOMPARE(bought.at(1).kind, Kind::Order);
        QCOMPARE(bought.at(1).order.at(0).sku, QStringLiteral("WR-EXT1-PH"));

        // One message that apologises and explains at once calms them at once, with one answer.
        ScriptedCustomer both(*s, QStringLiteral("en"));
        both.open(t0);
        QCOMPARE(said(both.agentMessage(QStringLiteral("Sorry! Your tracking number is SF1"), t0 + 5'000)),
                 QStringList{QStringLiteral("OK then")});
        QCOMPARE(both.stateName(), QStringLiteral("calm"));

        // Giving up ends it as if the time were up, at that moment.
        ScriptedCustomer quitter(*s, QStringLiteral("en"));
        quitter.open(t0);
        QCOMPARE(quitter.giveUp(t0 + 7'000).back().kind, Kind::End);
        QCOMPARE(quitter.ending(), &ScriptedCustomer::timeUp());
        QCOMPARE(quitter.endedAt(), t0 + 7'000);

        // Silence: they leave; closing early without a "closed" reaction; the time limit.
        ScriptedCustomer quiet(*s, QStringLiteral("en"));
        quiet.open(t0);
        QCOMPARE(said(quiet.tick(t0 + 100'000)), QStringList{QStringLiteral("Forget it")});
        QCOMPARE(quiet.ending()->name, QStringLiteral("left"));
        QCOMPARE(quiet.endedAt(), t0 + 100'000);
        ScriptedCustomer early(*s, QStringLiteral("en"));
        early.open(t0);
        early.closed(t0 + 5'000);
        QCOMPARE(early.ending(), &ScriptedCustomer::closedEarly());
        ScriptedCustomer slow(*s, QStringLiteral("en"));
        slow.open(t0);
        slow.agentMessage(QStringLiteral("sorry"), t0 + 90'000);
        slow.agentMessage(QStringLiteral("hello"), t0 + 180'000);
        slow.agentMessage(QStringLiteral("hello"), t0 + 270'000);
        QVERIFY(!slow.finished());
        slow.tick(t0 + 300'000);
        QCOMPARE(slow.ending(), &ScriptedCustomer::timeUp());
    }

    void aSilenceThatStaysAsksAgain()
    {
        QJsonObject m = minimal();
        QJsonObject angry = m.value(QStringLiteral("customer")).toObject().value(QStringLiteral("states")).toObject()
                                .value(QStringLiteral("angry")).toObject();
        QJsonArray reactions = angry.value(QStringLiteral("reactions")).toArray();
        QJsonObject nag = reactions[4].toObject();
        nag.remove(QStringLiteral("then"));
        nag.insert(QStringLiteral("afterSeconds"), 30);
        reactions[4] = nag;
        reactions.append(QJsonObject{{QStringLiteral("when"), QStringLiteral("closed")}, {QStringLiteral("then"), QStringLiteral("left")}});
        angry.insert(QStringLiteral("reactions"), reactions);
        QString error;
        const auto s = parse(with(m, {QStringLiteral("customer"), QStringLiteral("states"), QStringLiteral("angry")}, angry), &error);
        QVERIFY2(s, qPrintable(error));
        // Every 30 s of silence, once each, until the time limit: neither a loop nor a flood.
        const PathPlayer::Result r = PathPlayer::play(*s, QStringLiteral("en"), {});
        QCOMPARE(r.ending, &ScriptedCustomer::timeUp());
        int nags = 0;
        for (const TranscriptEntry& e : r.transcript)
            nags += e.text == QLatin1String("Forget it") ? 1 : 0;
        QCOMPARE(nags, 300 / 30 - 1);  // at 30, 60, ... 270 s; at 300 s the time is up
    }

    void theScoreFollowsTheTranscript()
    {
        QString error;
        const auto s = parse(minimal(), &error);
        QVERIFY2(s, qPrintable(error));
        using Who = TranscriptEntry::Who;
        const qint64 t0 = 1'000'000;
        const std::vector<TranscriptEntry> transcript = {
            {Who::Customer, t0, QStringLiteral("Where?"), false, false, 0},
            {Who::Agent, t0 + 20'000, QStringLiteral("Sorry"), true, false, 0},       // 20 s: within 30
            {Who::Customer, t0 + 30'000, QStringLiteral("And?"), false, false, 0},
            {Who::Customer, t0 + 40'000, QStringLiteral("Hello?"), false, false, 0},
            {Who::Agent, t0 + 100'000, QStringLiteral("Tracking SF1"), false, false, 0},  // waits 70 and 60
            {Who::System, t0 + 110'000, QStringLiteral("coupon"), false, false, 500},
            {Who::Customer, t0 + 120'000, QStringLiteral("Bye"), false, false, 0, QString(), true},  // last words
        };
        const SandboxScore score = SandboxScore::of(*s, QStringLiteral("en"), transcript, *s->ending(QStringLiteral("resolved")), 0);
        QCOMPARE(score.firstResponseMs, qint64(20'000));
        // "Bye", said as they left, waits for nothing.
        QCOMPARE(score.averageResponseMs, qint64((20'000 + 70'000 + 60'000) / 3));  // 50 s: within twice 40
        QCOMPARE(score.agentMessages, 2);
        QCOMPARE(score.repliesUsed, 1);
        QCOMPARE(score.responsePoints, 15 + 7);
        QCOMPARE(score.recommendation, SandboxScore::Recommendation::Missed);
        QCOMPARE(score.recommendationPoints, 0);
        QCOMPARE(score.couponsGranted, 1);
        QCOMPARE(score.couponCents, qint64(500));
        QCOMPARE(score.coupon, SandboxScore::CouponVerdict::Unneeded);
        QCOMPARE(score.couponPoints, 5);
        QCOMPARE(score.outcomePoints, 25);
        QCOMPARE(score.satisfactionPoints, 12);
        QCOMPARE(score.total(), 22 + 0 + 5 + 25 + 12);
        // Refused grants: beyond one's limits, whatever else.
        const SandboxScore refused = SandboxScore::of(*s, QStringLiteral("en"), transcript, *s->ending(QStringLiteral("left")), 1);
        QCOMPARE(refused.coupon, SandboxScore::CouponVerdict::BeyondLimits);
        QCOMPARE(refused.couponPoints, 5);
        QCOMPARE(refused.outcomePoints, 0);
        // The session's end, not the last line, is what an unanswered message waits until; and a
        // customer's last words wait for nothing.
        std::vector<TranscriptEntry> unanswered = {transcript[0], transcript[1], transcript[2]};
        unanswered.emplace_back(Who::Customer, t0 + 40'000, QStringLiteral("Bye then"), false, false, 0, QString(), true);
        const SandboxScore finished = SandboxScore::of(*s, QStringLiteral("en"), unanswered, ScriptedCustomer::timeUp(), 0, t0 + 130'000);
        QCOMPARE(finished.averageResponseMs, qint64((20'000 + 100'000) / 2));
        // A recommendation card about something else is not the recommendation the goals name.
        std::vector<TranscriptEntry> card = {transcript[0],
                                             TranscriptEntry(Who::Agent, t0 + 5'000, QStringLiteral("A case?"), false, true)};
        QCOMPARE(SandboxScore::of(*s, QStringLiteral("en"), card, ScriptedCustomer::timeUp(), 0).recommendation,
                 SandboxScore::Recommendation::Missed);
        card.back().text = QStringLiteral("The extended warranty?");
        QCOMPARE(SandboxScore::of(*s, QStringLiteral("en"), card, ScriptedCustomer::timeUp(), 0).recommendation,
                 SandboxScore::Recommendation::Made);
        // A needed coupon tried beyond one's limits and refused scores no better than none.
        QJsonObject needed = with(minimal(), {QStringLiteral("goals"), QStringLiteral("coupon")}, QStringLiteral("needed"));
        const auto n = parse(needed, &error);
        QVERIFY2(n, qPrintable(error));
        QCOMPARE(SandboxScore::of(*n, QStringLiteral("en"), {transcript[0]}, ScriptedCustomer::timeUp(), 1).couponPoints, 0);

        // Never answered: no response points, not even for the average.
        const SandboxScore silent = SandboxScore::of(*s, QStringLiteral("en"), {transcript.front()}, ScriptedCustomer::timeUp(), 0);
        QCOMPARE(silent.firstResponseMs, qint64(-1));
        QCOMPARE(silent.responsePoints, 0);
    }

    void badFilesSayWhatIsWrongAndWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QJsonObject m = minimal();
        auto doc = [](const QJsonObject& o) { return QJsonDocument(o).toJson(); };
        QTest::newRow("not JSON") << QByteArray("{\n\"format\": 1,\n\"id\": }") << QStringLiteral("not valid JSON at line 3");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("a scenario is a JSON object");
        QTest::newRow("too large") << QByteArray(ScenarioLoader::kMaxFileBytes + 1, ' ') << QStringLiteral("larger than 256 KiB");
        QTest::newRow("newer format") << doc(with(m, {QStringLiteral("format")}, 2)) << QStringLiteral("format: 2 is newer");
        QTest::newRow("unknown field") << doc(with(m, {QStringLiteral("goals"), QStringLiteral("cupon")}, QStringLiteral("needed")))
                                       << QStringLiteral("goals.cupon: unknown field");
        QTest::newRow("no English") << doc(with(m, {QStringLiteral("title")}, QJsonObject{{QStringLiteral("zh"), QStringLiteral("小")}}))
                                    << QStringLiteral("title.en: missing");
        QTest::newRow("number as text") << doc(with(m, {QStringLiteral("timeLimitSeconds")}, QStringLiteral("300")))
                                        << QStringLiteral("timeLimitSeconds: must be a whole number");
        QTest::newRow("fraction") << doc(with(m, {QStringLiteral("timeLimitSeconds")}, 300.5))
                                  << QStringLiteral("timeLimitSeconds: must be a whole number");
        QTest::newRow("out of range") << doc(with(m, {QStringLiteral("timeLimitSeconds")}, 5))
                                      << QStringLiteral("timeLimitSeconds: must be from 60 to 3600");
        QTest::newRow("capital id") << doc(with(m, {QStringLiteral("id")}, QStringLiteral("Tiny")))
                                    << QStringLiteral("id: lower-case letters, digits and dashes");

        QJsonObject calm = m.value(QStringLiteral("customer")).toObject().value(QStringLiteral("states")).toObject()
                               .value(QStringLiteral("calm")).toObject();
        QJsonArray reactions = calm.value(QStringLiteral("reactions")).toArray();
        QJsonObject first = reactions[0].toObject();
        first.insert(QStringLiteral("then"), QStringLiteral("boughtt"));
        reactions[0] = first;
        calm.insert(QStringLiteral("reactions"), reactions);
        QTest::newRow("nowhere") << doc(with(m, {QStringLiteral("customer"), QStringLiteral("states"), QStringLiteral("calm")}, calm))
                                 << QStringLiteral("customer.states.calm.reactions[0].then: no state or ending \"boughtt\"");
        QTest::newRow("unreachable state")
            << doc(with(m, {QStringLiteral("customer"), QStringLiteral("states"), QStringLiteral("lost")},
                        QJsonObject{{QStringLiteral("reactions"), QJsonArray{QJsonObject{{QStringLiteral("when"), QStringLiteral("closed")},
                                                                                        {QStringLiteral("then"), QStringLiteral("left")}}}}}))
            << QStringLiteral("customer.states.lost: nothing leads to this state");
        QTest::newRow("unreachable ending")
            << doc(with(m, {QStringLiteral("customer"), QStringLiteral("endings"), QStringLiteral("spare")},
                        QJsonObject{{QStringLiteral("outcome"), QStringLiteral("left")}, {QStringLiteral("rating"), 1}}))
            << QStringLiteral("customer.endings.spare: nothing leads to this ending");
        QTest::newRow("unknown product")
            << doc(with(m, {QStringLiteral("shop"), QStringLiteral("orders")},
                        QJsonArray{QJsonObject{{QStringLiteral("daysAgo"), 1}, {QStringLiteral("status"), QStringLiteral("paid")},
                                               {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("PH-X9")}}}}}}))
            << QStringLiteral("shop.orders[0].lines[0].sku: no product \"PH-X9\" in the shop");
        QTest::newRow("purchase without an order")
            << doc(with(m, {QStringLiteral("customer"), QStringLiteral("endings"), QStringLiteral("bought")},
                        QJsonObject{{QStringLiteral("outcome"), QStringLiteral("purchase")}, {QStringLiteral("rating"), 5}}))
            << QStringLiteral("customer.endings.bought.order: missing");
        QJsonObject angry = m.value(QStringLiteral("customer")).toObject().value(QStringLiteral("states")).toObject()
                                .value(QStringLiteral("angry")).toObject();
        QJsonArray angryReactions = angry.value(QStringLiteral("reactions")).toArray();
        QJsonObject coupon = angryReactions[2].toObject();
        coupon.insert(QStringLiteral("contains"), QJsonObject{{QStringLiteral("zh"), QJsonArray{QStringLiteral("券")}},
                                                              {QStringLiteral("en"), QJsonArray{QStringLiteral("coupon")}}});
        QJsonObject flags = angryReactions[3].toObject();
        flags.remove(QStringLiteral("then"));
        QJsonObject silence = angryReactions[4].toObject();
        silence.remove(QStringLiteral("afterSeconds"));
        for (const auto& [name, index, reaction, expected] :
             {std::tuple{"words on a coupon", 2, coupon, QStringLiteral("angry.reactions[2].contains: only a \"message\" reaction looks for words")},
              std::tuple{"flags that stay", 3, flags, QStringLiteral("angry.reactions[3].then: a \"flags\" reaction moves on")},
              std::tuple{"silence without a time", 4, silence, QStringLiteral("angry.reactions[4].afterSeconds: missing")}}) {
            QJsonArray changed = angryReactions;
            changed[index] = reaction;
            QJsonObject state = angry;
            state.insert(QStringLiteral("reactions"), changed);
            QTest::newRow(name) << doc(with(m, {QStringLiteral("customer"), QStringLiteral("states"), QStringLiteral("angry")}, state))
                                << expected;
        }
        QTest::newRow("a huge number") << doc(with(m, {QStringLiteral("timeLimitSeconds")}, 1e300))
                                       << QStringLiteral("timeLimitSeconds: must be from 60 to 3600");
        QTest::newRow("recommendWhat alone")
            << doc(with(with(m, {QStringLiteral("goals"), QStringLiteral("recommend")}, QJsonValue::Undefined),
                        {QStringLiteral("goals"), QStringLiteral("recommendWhat")},
                        QJsonObject{{QStringLiteral("zh"), QStringLiteral("延保")}, {QStringLiteral("en"), QStringLiteral("warranty")}}))
            << QStringLiteral("goals.recommendWhat: names a recommendation");
        {
            // Two states leading only to each other are lost, and so is the ending only they reach.
            QJsonObject states = m.value(QStringLiteral("customer")).toObject().value(QStringLiteral("states")).toObject();
            auto goTo = [](const QString& target) {
                return QJsonObject{{QStringLiteral("reactions"), QJsonArray{QJsonObject{{QStringLiteral("when"), QStringLiteral("closed")},
                                                                                       {QStringLiteral("then"), target}}}}};
            };
            QJsonObject ping = goTo(QStringLiteral("pong"));
            QJsonArray pingReactions = ping.value(QStringLiteral("reactions")).toArray();
            pingReactions.append(QJsonObject{{QStringLiteral("when"), QStringLiteral("silence")}, {QStringLiteral("afterSeconds"), 5},
                                             {QStringLiteral("then"), QStringLiteral("island")}});
            ping.insert(QStringLiteral("reactions"), pingReactions);
            states.insert(QStringLiteral("ping"), ping);
            states.insert(QStringLiteral("pong"), goTo(QStringLiteral("ping")));
            QJsonObject island = m.value(QStringLiteral("customer")).toObject();
            island.insert(QStringLiteral("states"), states);
            QJsonObject endings = island.value(QStringLiteral("endings")).toObject();
            endings.insert(QStringLiteral("island"), QJsonObject{{QStringLiteral("outcome"), QStringLiteral("left")}, {QStringLiteral("rating"), 1}});
            island.insert(QStringLiteral("endings"), endings);
            const QByteArray json = doc(with(m, {QStringLiteral("customer")}, island));
            QTest::newRow("a lost pair of states") << json << QStringLiteral("customer.states.ping: nothing leads to this state");
            QTest::newRow("an ending only they reach") << json << QStringLiteral("customer.endings.island: nothing leads to this ending");
        }
        {
            QJsonArray changed = angryReactions;
            QJsonObject late = angryReactions[4].toObject();
            late.insert(QStringLiteral("withinSeconds"), 60);
            changed[4] = late;
            QJsonObject state = angry;
            state.insert(QStringLiteral("reactions"), changed);
            QTest::newRow("a window on a silence")
                << doc(with(m, {QStringLiteral("customer"), QStringLiteral("states"), QStringLiteral("angry")}, state))
                << QStringLiteral("angry.reactions[4].withinSeconds: only a \"message\" or \"coupon\" reaction has a time window");
        }
        QTest::newRow("back in time")
            << doc(with(m, {QStringLiteral("poorPath")},
                        QJsonArray{QJsonObject{{QStringLiteral("do"), QStringLiteral("wait")}, {QStringLiteral("atSeconds"), 20}},
                                   QJsonObject{{QStringLiteral("do"), QStringLiteral("wait")}, {QStringLiteral("atSeconds"), 10}}}))
            << QStringLiteral("poorPath[1].atSeconds: steps go forward in time");
        QTest::newRow("a product the shop has")
            << doc(with(m, {QStringLiteral("shop"), QStringLiteral("products")},
                        QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("CH-65W")},
                                               {QStringLiteral("name"), QJsonObject{{QStringLiteral("zh"), QStringLiteral("充")}, {QStringLiteral("en"), QStringLiteral("C")}}},
                                               {QStringLiteral("category"), QStringLiteral("charging")},
                                               {QStringLiteral("kind"), QStringLiteral("product")},
                                               {QStringLiteral("priceCents"), 100}}}))
            << QStringLiteral("shop.products[0].sku: \"CH-65W\" is already in the shop");
    }

    void badFilesSayWhatIsWrongAndWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ScenarioLoader::parse(json, shopSkus(), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void aMissingFileIsNamed()
    {
        QString error;
        QVERIFY(!ScenarioLoader::load(QStringLiteral("/nonexistent/x.json"), shopSkus(), &error));
        QVERIFY2(error.startsWith(QStringLiteral("/nonexistent/x.json: ")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSandboxScenarios)
#include "tst_SandboxScenarios.moc"
