#include "sandbox/ScenarioLoader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace agentdesk::sandbox {

namespace {

// Walks the document with the path of where it is, so that every complaint says where. The
// first few complaints are kept: a trainer fixing a file sees more than one at a time.
class Reader {
public:
    QStringList errors;

    void fail(const QString& path, const QString& what)
    {
        if (errors.size() < 10)
            errors << QStringLiteral("%1: %2").arg(path.isEmpty() ? QStringLiteral("(top)") : path, what);
    }

    static QString at(const QString& path, const QString& key) { return path.isEmpty() ? key : path + QLatin1Char('.') + key; }
    static QString at(const QString& path, qsizetype index) { return QStringLiteral("%1[%2]").arg(path).arg(index); }

    // Unknown keys are mistakes (a misspelt "then" would silently do nothing).
    void onlyKeys(const QJsonObject& o, const QString& path, const QStringList& allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                fail(at(path, it.key()), QStringLiteral("unknown field (expected one of: %1)").arg(allowed.join(QStringLiteral(", "))));
        }
    }

    QJsonObject object(const QJsonObject& o, const QString& key, const QString& path, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(at(path, key), QStringLiteral("missing"));
            return {};
        }
        if (!v.isObject()) {
            fail(at(path, key), QStringLiteral("must be an object"));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonObject& o, const QString& key, const QString& path, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(at(path, key), QStringLiteral("missing"));
            return {};
        }
        if (!v.isArray()) {
            fail(at(path, key), QStringLiteral("must be a list"));
            return {};
        }
        return v.toArray();
    }

    QString text(const QJsonObject& o, const QString& key, const QString& path, bool required = true, qsizetype maxLength = 2000)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(at(path, key), QStringLiteral("missing"));
            return {};
        }
        if (!v.isString()) {
            fail(at(path, key), QStringLiteral("must be a string"));
            return {};
        }
        const QString s = v.toString();
        if (required && s.trimmed().isEmpty())
            fail(at(path, key), QStringLiteral("must not be empty"));
        if (s.size() > maxLength)
            fail(at(path, key), QStringLiteral("longer than %1 characters").arg(maxLength));
        return s;
    }

    qint64 number(const QJsonObject& o, const QString& key, const QString& path, qint64 min, qint64 max, qint64 fallback,
                  bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(at(path, key), QStringLiteral("missing"));
            return fallback;
        }
        const double d = v.toDouble();
        // Compared as a double first: a cast of 1e300 to an integer is undefined.
        if (!v.isDouble() || d < -9.0e15 || d > 9.0e15 || d != double(qint64(d))) {
            fail(at(path, key), v.isDouble() && d == std::trunc(d) ? QStringLiteral("must be from %1 to %2").arg(min).arg(max)
                                                                    : QStringLiteral("must be a whole number"));
            return fallback;
        }
        if (qint64(d) < min || qint64(d) > max) {
            fail(at(path, key), QStringLiteral("must be from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return qint64(d);
    }

    QString choice(const QJsonObject& o, const QString& key, const QString& path, const QStringList& allowed, bool required = true)
    {
        const QString s = text(o, key, path, required);
        if (!s.isEmpty() && !allowed.contains(s))
            fail(at(path, key), QStringLiteral("\"%1\" is not one of: %2").arg(s, allowed.join(QStringLiteral(", "))));
        return s;
    }

    LocalText local(const QJsonObject& o, const QString& key, const QString& path, bool required = true)
    {
        if (!required && o.value(key).isUndefined())
            return {};
        const QJsonObject t = object(o, key, path);
        const QString here = at(path, key);
        onlyKeys(t, here, {QStringLiteral("zh"), QStringLiteral("en")});
        return {text(t, QStringLiteral("zh"), here), text(t, QStringLiteral("en"), here)};
    }

    QStringList words(const QJsonObject& o, const QString& key, const QString& path)
    {
        QStringList out;
        const QJsonArray list = array(o, key, path);
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list[i].isString() || list[i].toString().trimmed().isEmpty())
                fail(at(at(path, key), i), QStringLiteral("must be a word or phrase"));
            else
                out << list[i].toString().trimmed();
        }
        if (list.isEmpty() && o.contains(key))
            fail(at(path, key), QStringLiteral("must name at least one word"));
        return out;
    }

    Keywords keywords(const QJsonObject& o, const QString& key, const QString& path)
    {
        if (o.value(key).isUndefined())
            return {};
        const QJsonObject k = object(o, key, path);
        const QString here = at(path, key);
        onlyKeys(k, here, {QStringLiteral("zh"), QStringLiteral("en")});
        return {words(k, QStringLiteral("zh"), here), words(k, QStringLiteral("en"), here)};
    }

    QStringList flags(const QJsonObject& o, const QString& key, const QString& path)
    {
        QStringList out;
        if (o.value(key).isUndefined())
            return out;
        const QJsonArray list = array(o, key, path);
        static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_-]{0,39}$"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString f = list[i].toString();
            if (!list[i].isString() || !name.match(f).hasMatch())
                fail(at(at(path, key), i), QStringLiteral("a flag is a lower-case name of at most 40 characters"));
            else
                out << f;
        }
        return out;
    }

    std::vector<ScenarioOrderLine> lines(const QJsonObject& o, const QString& key, const QString& path, bool required)
    {
        std::vector<ScenarioOrderLine> out;
        const QJsonArray list = array(o, key, path, required);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString here = at(at(path, key), i);
            if (!list[i].isObject()) {
                fail(here, QStringLiteral("must be an object"));
                continue;
            }
            const QJsonObject l = list[i].toObject();
            onlyKeys(l, here, {QStringLiteral("sku"), QStringLiteral("quantity")});
            out.push_back({text(l, QStringLiteral("sku"), here, true, 64),
                           int(number(l, QStringLiteral("quantity"), here, 1, 99, 1))});
        }
        return out;
    }
};

const QStringList kTiers = {QStringLiteral("regular"), QStringLiteral("silver"), QStringLiteral("gold"), QStringLiteral("vip")};
const QStringList kTriggers = {QStringLiteral("message"), QStringLiteral("coupon"), QStringLiteral("silence"),
                               QStringLiteral("flags"), QStringLiteral("closed")};

Reaction readReaction(Reader& r, const QJsonObject& o, const QString& path)
{
    r.onlyKeys(o, path,
               {QStringLiteral("when"), QStringLiteral("contains"), QStringLiteral("minValueCents"), QStringLiteral("withinSeconds"),
                QStringLiteral("afterSeconds"), QStringLiteral("flags"), QStringLiteral("sets"), QStringLiteral("say"),
                QStringLiteral("then")});
    Reaction x;
    const QString when = r.choice(o, QStringLiteral("when"), path, kTriggers);
    x.trigger = Trigger(std::max<qsizetype>(0, kTriggers.indexOf(when)));
    x.contains = r.keywords(o, QStringLiteral("contains"), path);
    x.minValueCents = r.number(o, QStringLiteral("minValueCents"), path, 0, 100'000'00, 0);
    x.withinSeconds = int(r.number(o, QStringLiteral("withinSeconds"), path, 1, 24 * 3600, 0));
    x.afterSeconds = int(r.number(o, QStringLiteral("afterSeconds"), path, 1, 24 * 3600, 0, x.trigger == Trigger::Silence));
    x.flags = r.flags(o, QStringLiteral("flags"), path);
    x.sets = r.flags(o, QStringLiteral("sets"), path);
    if (o.contains(QStringLiteral("say")))
        x.say = r.local(o, QStringLiteral("say"), path);
    x.then = r.text(o, QStringLiteral("then"), path, false, 40);
    // What makes no sense for the trigger is a mistake, not something to ignore.
    if (x.trigger == Trigger::Flags && x.then.isEmpty())
        r.fail(Reader::at(path, QStringLiteral("then")), QStringLiteral("a \"flags\" reaction moves on, or it would fire again"));
    if (x.trigger == Trigger::Flags && x.flags.isEmpty())
        r.fail(Reader::at(path, QStringLiteral("flags")), QStringLiteral("a \"flags\" reaction names the flags it waits for"));
    if (x.trigger != Trigger::Flags && !x.flags.isEmpty())
        r.fail(Reader::at(path, QStringLiteral("flags")), QStringLiteral("only a \"flags\" reaction waits for flags"));
    if (x.trigger != Trigger::Message && !x.contains.isEmpty())
        r.fail(Reader::at(path, QStringLiteral("contains")), QStringLiteral("only a \"message\" reaction looks for words"));
    if (x.trigger != Trigger::Coupon && x.minValueCents > 0)
        r.fail(Reader::at(path, QStringLiteral("minValueCents")), QStringLiteral("only a \"coupon\" reaction has a value"));
    if (x.withinSeconds > 0 && x.trigger != Trigger::Message && x.trigger != Trigger::Coupon)
        r.fail(Reader::at(path, QStringLiteral("withinSeconds")), QStringLiteral("only a \"message\" or \"coupon\" reaction has a time window"));
    if (x.trigger != Trigger::Silence && x.afterSeconds > 0)
        r.fail(Reader::at(path, QStringLiteral("afterSeconds")), QStringLiteral("only a \"silence\" reaction waits"));
    if (!x.say && x.then.isEmpty() && x.sets.isEmpty())
        r.fail(path, QStringLiteral("does nothing: give it \"say\", \"sets\" or \"then\""));
    return x;
}

std::vector<PathStep> readPath(Reader& r, const QJsonObject& o, const QString& key, const QString& path)
{
    std::vector<PathStep> out;
    const QJsonArray list = r.array(o, key, path);
    const QString here = Reader::at(path, key);
    static const QStringList kinds = {QStringLiteral("say"), QStringLiteral("coupon"), QStringLiteral("close"), QStringLiteral("wait")};
    int last = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString step = Reader::at(here, i);
        if (!list[i].isObject()) {
            r.fail(step, QStringLiteral("must be an object"));
            continue;
        }
        const QJsonObject s = list[i].toObject();
        r.onlyKeys(s, step, {QStringLiteral("do"), QStringLiteral("atSeconds"), QStringLiteral("text"), QStringLiteral("valueCents")});
        PathStep p;
        p.kind = PathStep::Kind(std::max<qsizetype>(0, kinds.indexOf(r.choice(s, QStringLiteral("do"), step, kinds))));
        p.atSeconds = int(r.number(s, QStringLiteral("atSeconds"), step, 0, 24 * 3600, 0, true));
        if (p.atSeconds < last)
            r.fail(Reader::at(step, QStringLiteral("atSeconds")), QStringLiteral("steps go forward in time"));
        last = std::max(last, p.atSeconds);
        if (p.kind == PathStep::Kind::Say)
            p.text = r.local(s, QStringLiteral("text"), step);
        else if (s.contains(QStringLiteral("text")))
            r.fail(Reader::at(step, QStringLiteral("text")), QStringLiteral("only a \"say\" step has a text"));
        if (p.kind == PathStep::Kind::Coupon)
            p.valueCents = r.number(s, QStringLiteral("valueCents"), step, 1, 100'000'00, 0, true);
        out.push_back(std::move(p));
    }
    if (list.isEmpty() && o.contains(key))
        r.fail(here, QStringLiteral("needs at least one step"));
    return out;
}

} // namespace

bool Keywords::matches(const QString& text, const QString& language) const
{
    const QStringList& words = in(language);
    if (words.isEmpty())
        return true;
    for (const QString& w : words) {
        if (text.contains(w, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

const ScenarioState* Scenario::state(const QString& name) const
{
    for (const ScenarioState& s : states) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const Ending* Scenario::ending(const QString& name) const
{
    for (const Ending& e : endings) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

std::optional<Scenario> ScenarioLoader::parse(const QByteArray& json, const QStringList& knownSkus, QString* error)
{
    if (json.size() > kMaxFileBytes) {
        *error = QStringLiteral("the file is larger than %1 KiB").arg(kMaxFileBytes / 1024);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The line makes the offset findable in an editor.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        *error = QStringLiteral("not valid JSON at line %1: %2").arg(line).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("a scenario is a JSON object");
        return std::nullopt;
    }
    Reader r;
    const QJsonObject top = doc.object();
    r.onlyKeys(top, {},
               {QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("difficulty"), QStringLiteral("title"),
                QStringLiteral("brief"), QStringLiteral("expert"), QStringLiteral("timeLimitSeconds"), QStringLiteral("shop"),
                QStringLiteral("customer"), QStringLiteral("goals"), QStringLiteral("expertPath"), QStringLiteral("poorPath")});
    Scenario s;
    const qint64 format = r.number(top, QStringLiteral("format"), {}, 1, 1000, 0, true);
    if (format > Scenario::kFormat) {
        *error = QStringLiteral("format: %1 is newer than this program reads (%2)").arg(format).arg(Scenario::kFormat);
        return std::nullopt;
    }
    s.id = r.text(top, QStringLiteral("id"), {}, true, 64);
    if (!s.id.isEmpty() && !isValidId(s.id))
        r.fail(QStringLiteral("id"), QStringLiteral("lower-case letters, digits and dashes"));
    s.difficulty = r.choice(top, QStringLiteral("difficulty"), {}, {QStringLiteral("easy"), QStringLiteral("medium"), QStringLiteral("hard")});
    s.title = r.local(top, QStringLiteral("title"), {});
    s.brief = r.local(top, QStringLiteral("brief"), {});
    s.expert = r.local(top, QStringLiteral("expert"), {});
    s.timeLimitSeconds = int(r.number(top, QStringLiteral("timeLimitSeconds"), {}, 60, 3600, 600));

    // The shop: products of its own, the customer and their orders.
    const QJsonObject shop = r.object(top, QStringLiteral("shop"), {});
    r.onlyKeys(shop, QStringLiteral("shop"), {QStringLiteral("products"), QStringLiteral("customer"), QStringLiteral("orders")});
    QStringList skus = knownSkus;
    const QJsonArray products = r.array(shop, QStringLiteral("products"), QStringLiteral("shop"), false);
    for (qsizetype i = 0; i < products.size(); ++i) {
        const QString here = Reader::at(QStringLiteral("shop.products"), i);
        const QJsonObject p = products[i].toObject();
        r.onlyKeys(p, here, {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("category"), QStringLiteral("kind"),
                             QStringLiteral("priceCents")});
        ScenarioProduct product;
        product.sku = r.text(p, QStringLiteral("sku"), here, true, 64);
        product.name = r.local(p, QStringLiteral("name"), here);
        product.category = r.text(p, QStringLiteral("category"), here, true, 64);
        product.kind = r.choice(p, QStringLiteral("kind"), here,
                                {QStringLiteral("product"), QStringLiteral("addon"), QStringLiteral("warranty"), QStringLiteral("service")});
        product.priceCents = r.number(p, QStringLiteral("priceCents"), here, 1, 100'000'000, 0, true);
        if (skus.contains(product.sku))
            r.fail(Reader::at(here, QStringLiteral("sku")), QStringLiteral("\"%1\" is already in the shop").arg(product.sku));
        skus << product.sku;
        s.products.push_back(std::move(product));
    }
    const QJsonObject customer = r.object(shop, QStringLiteral("customer"), QStringLiteral("shop"));
    r.onlyKeys(customer, QStringLiteral("shop.customer"), {QStringLiteral("name"), QStringLiteral("tier"), QStringLiteral("tags")});
    s.customer.name = r.local(customer, QStringLiteral("name"), QStringLiteral("shop.customer"));
    s.customer.tier = r.choice(customer, QStringLiteral("tier"), QStringLiteral("shop.customer"), kTiers);
    s.customer.tags = r.flags(customer, QStringLiteral("tags"), QStringLiteral("shop.customer"));
    auto checkSkus = [&](const std::vector<ScenarioOrderLine>& lines, const QString& path) {
        for (size_t i = 0; i < lines.size(); ++i) {
            if (!lines[i].sku.isEmpty() && !skus.contains(lines[i].sku))
                r.fail(Reader::at(Reader::at(path, qsizetype(i)), QStringLiteral("sku")),
                       QStringLiteral("no product \"%1\" in the shop").arg(lines[i].sku));
        }
    };
    const QJsonArray orders = r.array(shop, QStringLiteral("orders"), QStringLiteral("shop"), false);
    for (qsizetype i = 0; i < orders.size(); ++i) {
        const QString here = Reader::at(QStringLiteral("shop.orders"), i);
        const QJsonObject o = orders[i].toObject();
        r.onlyKeys(o, here, {QStringLiteral("daysAgo"), QStringLiteral("status"), QStringLiteral("lines"), QStringLiteral("carrier"),
                             QStringLiteral("trackingNumber")});
        ScenarioOrder order;
        order.daysAgo = int(r.number(o, QStringLiteral("daysAgo"), here, 0, 3650, 0, true));
        order.status = r.choice(o, QStringLiteral("status"), here,
                                {QStringLiteral("paid"), QStringLiteral("shipped"), QStringLiteral("delivered"),
                                 QStringLiteral("returned"), QStringLiteral("refunded")});
        order.lines = r.lines(o, QStringLiteral("lines"), here, true);
        if (order.lines.empty())
            r.fail(Reader::at(here, QStringLiteral("lines")), QStringLiteral("an order has at least one line"));
        checkSkus(order.lines, Reader::at(here, QStringLiteral("lines")));
        order.carrier = r.text(o, QStringLiteral("carrier"), here, false, 64);
        order.trackingNumber = r.text(o, QStringLiteral("trackingNumber"), here, false, 64);
        s.orders.push_back(std::move(order));
    }

    // The scripted customer: an opening, states with reactions, endings.
    const QJsonObject script = r.object(top, QStringLiteral("customer"), {});
    r.onlyKeys(script, QStringLiteral("customer"), {QStringLiteral("topic"), QStringLiteral("opening"), QStringLiteral("start"),
                                                    QStringLiteral("states"), QStringLiteral("endings")});
    s.topic = r.text(script, QStringLiteral("topic"), QStringLiteral("customer"), true, 40);
    s.opening = r.local(script, QStringLiteral("opening"), QStringLiteral("customer"));
    s.start = r.text(script, QStringLiteral("start"), QStringLiteral("customer"), true, 40);
    const QJsonObject states = r.object(script, QStringLiteral("states"), QStringLiteral("customer"));
    for (auto it = states.begin(); it != states.end(); ++it) {
        const QString here = Reader::at(QStringLiteral("customer.states"), it.key());
        ScenarioState state;
        state.name = it.key();
        const QJsonObject st = it.value().toObject();
        r.onlyKeys(st, here, {QStringLiteral("reactions")});
        const QJsonArray reactions = r.array(st, QStringLiteral("reactions"), here);
        for (qsizetype i = 0; i < reactions.size(); ++i)
            state.reactions.push_back(readReaction(r, reactions[i].toObject(), Reader::at(Reader::at(here, QStringLiteral("reactions")), i)));
        if (state.reactions.empty())
            r.fail(here, QStringLiteral("a state needs at least one reaction, or the customer waits for ever"));
        s.states.push_back(std::move(state));
    }
    const QJsonObject endings = r.object(script, QStringLiteral("endings"), QStringLiteral("customer"));
    static const QStringList outcomes = {QStringLiteral("purchase"), QStringLiteral("resolved"), QStringLiteral("left")};
    for (auto it = endings.begin(); it != endings.end(); ++it) {
        const QString here = Reader::at(QStringLiteral("customer.endings"), it.key());
        const QJsonObject e = it.value().toObject();
        r.onlyKeys(e, here, {QStringLiteral("outcome"), QStringLiteral("rating"), QStringLiteral("order"), QStringLiteral("say")});
        Ending ending;
        ending.name = it.key();
        ending.outcome = Outcome(std::max<qsizetype>(0, outcomes.indexOf(r.choice(e, QStringLiteral("outcome"), here, outcomes))));
        ending.rating = int(r.number(e, QStringLiteral("rating"), here, 1, 5, 3, true));
        ending.order = r.lines(e, QStringLiteral("order"), here, ending.outcome == Outcome::Purchase);
        if (ending.outcome == Outcome::Purchase && ending.order.empty())
            r.fail(Reader::at(here, QStringLiteral("order")), QStringLiteral("a purchase buys at least one product"));
        if (ending.outcome != Outcome::Purchase && !ending.order.empty())
            r.fail(Reader::at(here, QStringLiteral("order")), QStringLiteral("only a purchase places an order"));
        checkSkus(ending.order, Reader::at(here, QStringLiteral("order")));
        if (e.contains(QStringLiteral("say")))
            ending.say = r.local(e, QStringLiteral("say"), here);
        if (s.state(ending.name))
            r.fail(here, QStringLiteral("a state has the same name"));
        s.endings.push_back(std::move(ending));
    }
    if (s.endings.empty())
        r.fail(QStringLiteral("customer.endings"), QStringLiteral("needs at least one ending"));

    // Every reaction leads somewhere that exists; every state and ending can be reached from the
    // start (walked, not just named: two states leading only to each other are still lost).
    if (!s.start.isEmpty() && !s.state(s.start))
        r.fail(QStringLiteral("customer.start"), QStringLiteral("no state \"%1\"").arg(s.start));
    for (const ScenarioState& state : s.states) {
        for (size_t i = 0; i < state.reactions.size(); ++i) {
            const QString& then = state.reactions[i].then;
            if (!then.isEmpty() && !s.state(then) && !s.ending(then)) {
                r.fail(QStringLiteral("customer.states.%1.reactions[%2].then").arg(state.name).arg(i),
                       QStringLiteral("no state or ending \"%1\"").arg(then));
            }
        }
    }
    QSet<QString> reached = {s.start};
    QStringList toVisit = {s.start};
    while (!toVisit.isEmpty()) {
        const ScenarioState* state = s.state(toVisit.takeFirst());
        if (!state)
            continue;
        for (const Reaction& x : state->reactions) {
            if (!x.then.isEmpty() && !reached.contains(x.then)) {
                reached.insert(x.then);
                toVisit << x.then;
            }
        }
    }
    for (const ScenarioState& state : s.states) {
        if (!reached.contains(state.name))
            r.fail(Reader::at(QStringLiteral("customer.states"), state.name), QStringLiteral("nothing leads to this state"));
    }
    for (const Ending& e : s.endings) {
        if (!reached.contains(e.name))
            r.fail(Reader::at(QStringLiteral("customer.endings"), e.name), QStringLiteral("nothing leads to this ending"));
    }

    const QJsonObject goals = r.object(top, QStringLiteral("goals"), {});
    r.onlyKeys(goals, QStringLiteral("goals"), {QStringLiteral("firstResponseSeconds"), QStringLiteral("responseSeconds"),
                                                QStringLiteral("recommend"), QStringLiteral("recommendWhat"), QStringLiteral("coupon")});
    s.goals.firstResponseSeconds = int(r.number(goals, QStringLiteral("firstResponseSeconds"), QStringLiteral("goals"), 5, 3600, 60));
    s.goals.responseSeconds = int(r.number(goals, QStringLiteral("responseSeconds"), QStringLiteral("goals"), 5, 3600, 90));
    s.goals.recommend = r.keywords(goals, QStringLiteral("recommend"), QStringLiteral("goals"));
    if (!s.goals.recommend.isEmpty())
        s.goals.recommendWhat = r.local(goals, QStringLiteral("recommendWhat"), QStringLiteral("goals"));
    else if (goals.contains(QStringLiteral("recommendWhat")))
        r.fail(QStringLiteral("goals.recommendWhat"), QStringLiteral("names a recommendation, but \"recommend\" gives no words for it"));
    static const QStringList couponUses = {QStringLiteral("either"), QStringLiteral("needed"), QStringLiteral("unneeded")};
    const QString coupon = r.choice(goals, QStringLiteral("coupon"), QStringLiteral("goals"), couponUses, false);
    s.goals.coupon = ScenarioGoals::CouponUse(std::max<qsizetype>(0, couponUses.indexOf(coupon)));

    s.expertPath = readPath(r, top, QStringLiteral("expertPath"), {});
    s.poorPath = readPath(r, top, QStringLiteral("poorPath"), {});

    if (!r.errors.isEmpty()) {
        *error = r.errors.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    return s;
}

std::optional<Scenario> ScenarioLoader::load(const QString& path, const QStringList& knownSkus, QString* error)
{
    QFile file(path);
    if (QFileInfo(path).size() > kMaxFileBytes) {
        *error = QStringLiteral("%1: the file is larger than %2 KiB").arg(path).arg(kMaxFileBytes / 1024);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    auto scenario = parse(file.read(kMaxFileBytes + 1), knownSkus, &why);
    if (!scenario)
        *error = QStringLiteral("%1: %2").arg(path, why.replace(QLatin1Char('\n'), QStringLiteral("\n%1: ").arg(path)));
    return scenario;
}

bool ScenarioLoader::isValidId(const QString& id)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return idPattern.match(id).hasMatch();
}

} // namespace agentdesk::sandbox
