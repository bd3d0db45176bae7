// The recommendation engine and policy in core, on a table of conversations: what is proposed
// and why, and each policy case (cap reached, no-marketing tag, already owned, dismissed, sent).

#include "recommend/RecommendationEngine.h"
#include "recommend/RecommendationPolicy.h"

#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
constexpr qint64 kNow = 1'800'000'000'000;

Catalogue catalogue()
{
    Catalogue c;
    auto add = [&c](const char* sku, const char* name, const char* nameZh, const char* kind, qint64 price) {
        c.products.insert(QLatin1String(sku), CatalogueProduct{QLatin1String(sku), QLatin1String(name), QString::fromUtf8(nameZh),
                                                               QStringLiteral("x"), QLatin1String(kind), price});
    };
    add("PH-X1-128", "Nova X1 phone 128 GB", "Nova X1 手机 128GB", "product", 299900);
    add("PH-X1-256", "Nova X1 phone 256 GB", "Nova X1 手机 256GB", "product", 349900);
    add("WR-BATT", "Battery replacement plan", "电池换新服务", "warranty", 9900);
    add("WR-EXT1-PH", "Extended warranty 1 year, phones", "手机延长保修1年", "warranty", 19900);
    add("AC-CASE-X1", "Nova X1 silicone case", "Nova X1 硅胶保护壳", "addon", 7900);
    add("AC-GLASS-X1", "Nova X1 screen protector", "Nova X1 钢化膜", "addon", 3900);
    add("CH-65W", "65 W GaN charger", "65W 氮化镓充电器", "product", 16900);
    for (const char* phone : {"PH-X1-128", "PH-X1-256"}) {
        c.relations.push_back({QLatin1String(phone), QStringLiteral("WR-BATT"), QStringLiteral("warranty")});
        c.relations.push_back({QLatin1String(phone), QStringLiteral("WR-EXT1-PH"), QStringLiteral("warranty")});
        c.relations.push_back({QLatin1String(phone), QStringLiteral("AC-CASE-X1"), QStringLiteral("accessory")});
        c.relations.push_back({QLatin1String(phone), QStringLiteral("AC-GLASS-X1"), QStringLiteral("accessory")});
        c.relations.push_back({QLatin1String(phone), QStringLiteral("CH-65W"), QStringLiteral("addon")});
    }
    return c;
}

std::vector<RecommendationRule> shopRules()
{
    RecommendationRule charging{1, QStringLiteral("charging"), {QStringLiteral("充电"), QStringLiteral("battery")},
                                QStringLiteral("warranty"), QStringLiteral("owned"), 365, {},
                                QStringLiteral("亲，{product.name}加购{related.name}更安心"),
                                QStringLiteral("Add {related.name} to your {product.name}, {customer.name}.")};
    RecommendationRule buying{2, QStringLiteral("buying"), {QStringLiteral("买"), QStringLiteral("buy")},
                              QStringLiteral("accessory"), QStringLiteral("mentioned"), 0, {},
                              QStringLiteral("{product.name}配{related.name}"), QStringLiteral("{related.name} for {product.name}")};
    RecommendationRule vipCharger{3, QStringLiteral("vip charger"), {QStringLiteral("charger")}, QStringLiteral("addon"),
                                  QStringLiteral("owned"), 0, {QStringLiteral("vip")}, QStringLiteral("{related.name}"),
                                  QStringLiteral("{related.name}")};
    return {charging, buying, vipCharger};
}

Order order(const char* sku, qint64 daysAgo, const char* status = "delivered")
{
    Order o;
    o.id = daysAgo + 1;
    o.orderNo = QStringLiteral("DS%1").arg(daysAgo);
    o.status = QLatin1String(status);
    o.createdAt = kNow - daysAgo * kDay;
    o.items.push_back(OrderItem{QLatin1String(sku), QLatin1String(sku), 1, 100, {}});
    return o;
}

ConversationFacts facts(std::vector<QString> messages, std::vector<Order> orders = {})
{
    ConversationFacts f;
    f.customerMessages = std::move(messages);
    f.customer.name = QStringLiteral("Wang Fang");
    f.orders = std::move(orders);
    f.now = kNow;
    return f;
}

QStringList skus(const std::vector<Recommendation>& cards)
{
    QStringList out;
    for (const auto& c : cards)
        out << c.sku;
    return out;
}

} // namespace

class TestRecommendation : public QObject {
    Q_OBJECT
private slots:
    void chargingQuestionWithoutWarrantyBringsAWarranty()
    {
        const auto cards = RecommendationEngine::propose(shopRules(), catalogue(),
                                                         facts({QStringLiteral("这个手机充电要多久？")}, {order("PH-X1-128", 20)}));
        QCOMPARE(skus(cards), QStringList{QStringLiteral("WR-BATT")});  // one offer per product and rule
        const Recommendation& r = cards.front();
        QCOMPARE(r.kind, QStringLiteral("warranty"));
        QCOMPARE(r.name, QStringLiteral("电池换新服务"));  // the customer writes Chinese
        QCOMPARE(r.matched, QStringLiteral("充电"));
        QCOMPARE(r.forProduct, QStringLiteral("Nova X1 手机 128GB"));
        QCOMPARE(r.boughtAt, kNow - 20 * kDay);
        QVERIFY(r.lacksWarranty);
        QCOMPARE(r.sentence, QStringLiteral("亲，Nova X1 手机 128GB加购电池换新服务更安心"));
        QVERIFY(r.allowed);
        QVERIFY(r.refusal.isEmpty());
    }

    void table_data()
    {
        QTest::addColumn<QStringList>("messages");
        QTest::addColumn<QStringList>("owned");  // "SKU:daysAgo[:status]"
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QStringList>("sent");
        QTest::addColumn<QStringList>("dismissed");
        QTest::addColumn<QStringList>("expected");  // "SKU" allowed, "SKU!code" refused
        auto row = [](const char* name, QStringList messages, QStringList owned, QStringList expected, QStringList tags = {},
                      QStringList sent = {}, QStringList dismissed = {}, QString tier = QStringLiteral("regular")) {
            QTest::newRow(name) << messages << owned << tags << tier << sent << dismissed << expected;
        };
        const QStringList charging{QStringLiteral("How long does the battery last?")};
        const QStringList phone{QStringLiteral("PH-X1-128:20")};
        row("nothing said that a rule knows", {QStringLiteral("hello")}, phone, {});
        row("english charging question", charging, phone, {QStringLiteral("WR-BATT")});
        row("two products owned: one offer each", charging, {QStringLiteral("PH-X1-128:20"), QStringLiteral("PH-X1-256:5")},
            {QStringLiteral("WR-BATT"), QStringLiteral("WR-EXT1-PH")});
        row("a warranty already owned is not offered again", charging, {QStringLiteral("PH-X1-128:20"), QStringLiteral("WR-BATT:20")},
            {QStringLiteral("WR-EXT1-PH")});
        row("returned phone: nothing owned", charging, {QStringLiteral("PH-X1-128:20:returned")}, {});
        row("bought too long ago for the rule", charging, {QStringLiteral("PH-X1-128:400")}, {});
        row("cap reached: shown, refused", charging, phone,
            {QStringLiteral("WR-EXT1-PH!cap_reached")}, {}, {QStringLiteral("WR-BATT")});
        row("no-marketing customer: refused", charging, phone,
            {QStringLiteral("WR-BATT!no_marketing")}, {QStringLiteral("no-marketing")});
        row("dismissed ones are gone", charging, phone, {QStringLiteral("WR-EXT1-PH")}, {}, {}, {QStringLiteral("WR-BATT")});
        row("a mentioned product's accessories", {QStringLiteral("I want to buy the Nova X1")}, {},
            {QStringLiteral("AC-CASE-X1"), QStringLiteral("AC-GLASS-X1")});
        row("tier rule skipped for regular", {QStringLiteral("need a charger")}, phone, {});
        row("tier rule for vip", {QStringLiteral("need a charger")}, phone, {QStringLiteral("CH-65W")}, {}, {}, {},
            QStringLiteral("vip"));
        row("at most two cards", {QStringLiteral("battery? I will buy the Nova X1 256")},
            {QStringLiteral("PH-X1-128:20"), QStringLiteral("PH-X1-256:9")},
            {QStringLiteral("WR-BATT"), QStringLiteral("WR-EXT1-PH")});
    }

    void table()
    {
        QFETCH(QStringList, messages);
        QFETCH(QStringList, owned);
        QFETCH(QStringList, tags);
        QFETCH(QString, tier);
        QFETCH(QStringList, sent);
        QFETCH(QStringList, dismissed);
        QFETCH(QStringList, expected);
        std::vector<Order> orders;
        for (const QString& o : owned) {
            const QStringList parts = o.split(QLatin1Char(':'));
            Order x = order("", parts[1].toLongLong(), parts.size() > 2 ? "returned" : "delivered");
            x.items.front().sku = parts[0];
            orders.push_back(x);
        }
        ConversationFacts f = facts(std::vector<QString>(messages.begin(), messages.end()), orders);
        f.customer.tags.assign(tags.begin(), tags.end());
        f.customer.tier = enumFromName<CustomerTier>(tier).value_or(CustomerTier::Regular);
        f.sentSkus.assign(sent.begin(), sent.end());
        f.dismissedSkus.assign(dismissed.begin(), dismissed.end());
        QStringList got;
        for (const Recommendation& r : RecommendationEngine::propose(shopRules(), catalogue(), f))
            got << (r.allowed ? r.sku : r.sku + QLatin1Char('!') + r.refusal);
        QCOMPARE(got, expected);
    }

    void englishSentenceAndNames()
    {
        const auto cards = RecommendationEngine::propose(shopRules(), catalogue(),
                                                         facts({QStringLiteral("battery drains fast")}, {order("PH-X1-128", 3)}));
        QCOMPARE(cards.front().name, QStringLiteral("Battery replacement plan"));
        QCOMPARE(cards.front().sentence, QStringLiteral("Add Battery replacement plan to your Nova X1 phone 128 GB, Wang Fang."));
    }

    void policyAlone()
    {
        ConversationFacts f = facts({}, {order("WR-BATT", 3)});
        RecommendationSettings settings;
        QCOMPARE(RecommendationPolicy::check(f, QStringLiteral("CH-65W"), settings), RecommendationPolicy::Verdict::Allowed);
        QCOMPARE(RecommendationPolicy::check(f, QStringLiteral("WR-BATT"), settings), RecommendationPolicy::Verdict::AlreadyOwned);
        f.sentSkus = {QStringLiteral("AC-PEN")};
        QCOMPARE(RecommendationPolicy::check(f, QStringLiteral("CH-65W"), settings), RecommendationPolicy::Verdict::CapReached);
        QCOMPARE(RecommendationPolicy::check(f, QStringLiteral("AC-PEN"), settings), RecommendationPolicy::Verdict::AlreadySent);
        settings.maxAddOnsPerConsultation = 2;  // configurable
        QCOMPARE(RecommendationPolicy::check(f, QStringLiteral("CH-65W"), settings), RecommendationPolicy::Verdict::Allowed);
        f.customer.tags = {QStringLiteral("no-marketing")};
        QCOMPARE(RecommendationPolicy::check(f, QStringLiteral("CH-65W"), settings), RecommendationPolicy::Verdict::NoMarketing);
        QCOMPARE(RecommendationPolicy::code(RecommendationPolicy::Verdict::NoMarketing), QStringLiteral("no_marketing"));
    }
};

QTEST_GUILESS_MAIN(TestRecommendation)
#include "tst_Recommendation.moc"
