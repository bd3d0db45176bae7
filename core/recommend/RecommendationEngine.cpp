#include "recommend/RecommendationEngine.h"

#include "recommend/RecommendationPolicy.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace agentdesk {

using namespace protocol;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

struct Source {
    QString sku;
    qint64 boughtAt = 0;  // 0: mentioned
};

QString matchedKeyword(const RecommendationRule& rule, const QString& text)
{
    for (const QString& keyword : rule.keywords) {
        if (!keyword.isEmpty() && text.contains(keyword.toCaseFolded()))
            return keyword;
    }
    return {};
}

// Products the customer owns, newest purchase first (one entry per SKU).
std::vector<Source> ownedProducts(const ConversationFacts& facts, int maxAgeDays)
{
    std::vector<Source> out;
    QSet<QString> seen;
    std::vector<const Order*> orders;
    for (const Order& o : facts.orders)
        orders.push_back(&o);
    std::sort(orders.begin(), orders.end(), [](const Order* a, const Order* b) { return a->createdAt > b->createdAt; });
    for (const Order* o : orders) {
        if (o->status == QLatin1String("returned") || o->status == QLatin1String("refunded"))
            continue;
        if (maxAgeDays > 0 && facts.now - o->createdAt > maxAgeDays * kDayMs)
            continue;
        for (const OrderItem& item : o->items) {
            if (!seen.contains(item.sku)) {
                seen.insert(item.sku);
                out.push_back({item.sku, o->createdAt});
            }
        }
    }
    return out;
}

std::vector<Source> mentionedProducts(const Catalogue& catalogue, const QString& text)
{
    std::vector<Source> out;
    for (const CatalogueProduct& p : catalogue.products) {
        if (p.kind == QLatin1String("product") && text.contains(RecommendationEngine::shortName(p)))
            out.push_back({p.sku, 0});
    }
    std::sort(out.begin(), out.end(), [](const Source& a, const Source& b) { return a.sku < b.sku; });
    return out;
}

bool hasWarrantyFor(const Catalogue& catalogue, const ConversationFacts& facts, const QString& productSku)
{
    for (const ProductRelation& r : catalogue.relations) {
        if (r.productSku == productSku && r.kind == QLatin1String("warranty") && RecommendationPolicy::owns(facts, r.relatedSku))
            return true;
    }
    return false;
}

QString fillSentence(QString sentence, const QString& related, const QString& product, const QString& customer)
{
    sentence.replace(QStringLiteral("{related.name}"), related);
    sentence.replace(QStringLiteral("{product.name}"), product);
    sentence.replace(QStringLiteral("{customer.name}"), customer);
    return sentence;
}

} // namespace

bool RecommendationEngine::speaksChinese(const ConversationFacts& facts)
{
    for (const QString& message : facts.customerMessages) {
        for (QChar c : message) {
            if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
                return true;
        }
    }
    return false;
}

QString RecommendationEngine::shortName(const CatalogueProduct& product)
{
    const QStringList words = product.name.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.mid(0, 2).join(QLatin1Char(' '));
}

std::vector<Recommendation> RecommendationEngine::propose(const std::vector<RecommendationRule>& rules,
                                                          const Catalogue& catalogue, const ConversationFacts& facts,
                                                          const RecommendationSettings& settings)
{
    std::vector<Recommendation> out;
    const QString text = facts.customerMessages.empty()
        ? QString()
        : QStringList(facts.customerMessages.begin(), facts.customerMessages.end()).join(QLatin1Char('\n')).toCaseFolded();
    const bool chinese = speaksChinese(facts);
    const QString tier = enumName(facts.customer.tier);
    QSet<QString> proposed;
    auto nameOf = [&](const CatalogueProduct& p) { return chinese && !p.nameZh.isEmpty() ? p.nameZh : p.name; };

    for (const RecommendationRule& rule : rules) {
        if (int(out.size()) >= settings.maxCards)
            break;
        if (!rule.tiers.empty() && std::find(rule.tiers.begin(), rule.tiers.end(), tier) == rule.tiers.end())
            continue;
        const QString matched = matchedKeyword(rule, text);
        if (matched.isEmpty())
            continue;
        const std::vector<Source> sources = rule.source == QLatin1String("mentioned") ? mentionedProducts(catalogue, text)
                                                                                      : ownedProducts(facts, rule.maxAgeDays);
        for (const Source& source : sources) {
            const auto product = catalogue.products.constFind(source.sku);
            if (product == catalogue.products.cend())
                continue;
            for (const ProductRelation& relation : catalogue.relations) {
                if (relation.productSku != source.sku || relation.kind != rule.relation || proposed.contains(relation.relatedSku))
                    continue;
                const auto related = catalogue.products.constFind(relation.relatedSku);
                if (related == catalogue.products.cend())
                    continue;
                const auto verdict = RecommendationPolicy::check(facts, related->sku, settings);
                if (RecommendationPolicy::hidden(verdict))
                    continue;
                Recommendation r;
                r.ruleId = rule.id;
                r.sku = related->sku;
                r.name = nameOf(*related);
                r.kind = relation.kind;
                r.priceCents = related->priceCents;
                r.matched = matched;
                r.forProduct = nameOf(*product);
                r.boughtAt = source.boughtAt;
                r.lacksWarranty = source.boughtAt > 0 && !hasWarrantyFor(catalogue, facts, source.sku);
                r.sentence = fillSentence(chinese ? rule.sentenceZh : rule.sentenceEn, r.name, r.forProduct, facts.customer.name);
                r.allowed = verdict == RecommendationPolicy::Verdict::Allowed;
                r.refusal = RecommendationPolicy::code(verdict);
                proposed.insert(r.sku);
                out.push_back(std::move(r));
                if (int(out.size()) >= settings.maxCards)
                    return out;
                break;  // one offer per product and rule: a prompt, not a catalogue
            }
        }
    }
    return out;
}

} // namespace agentdesk
