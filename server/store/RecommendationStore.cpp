#include "store/RecommendationStore.h"

#include "store/Database.h"

namespace agentdesk::server {

using namespace protocol;

namespace {
std::vector<QString> lines(const QString& text)
{
    std::vector<QString> out;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out.push_back(line.trimmed());
    return out;
}
} // namespace

RecommendationStore::RecommendationStore(Database& db)
    : m_db(db)
{
}

Catalogue RecommendationStore::catalogue()
{
    Catalogue c;
    sql::Rows products = m_db.exec(QStringLiteral("SELECT sku, name, name_zh, category, kind, price_cents FROM products"));
    while (products.next()) {
        CatalogueProduct p{products.value(0).toString(), products.value(1).toString(), products.value(2).toString(),
                           products.value(3).toString(), products.value(4).toString(), products.value(5).toLongLong()};
        c.products.insert(p.sku, p);
    }
    sql::Rows relations = m_db.exec(QStringLiteral("SELECT product_sku, related_sku, kind FROM product_relations"
                                                   " ORDER BY product_sku, kind, related_sku"));
    while (relations.next())
        c.relations.push_back({relations.value(0).toString(), relations.value(1).toString(), relations.value(2).toString()});
    return c;
}

std::vector<RecommendationRule> RecommendationStore::rules()
{
    std::vector<RecommendationRule> out;
    sql::Rows q = m_db.exec(QStringLiteral("SELECT id, name, keywords, relation, source, max_age_days, tiers, sentence_zh,"
                                           " sentence_en FROM recommendation_rules ORDER BY id"));
    while (q.next()) {
        RecommendationRule r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.keywords = lines(q.value(2).toString());
        r.relation = q.value(3).toString();
        r.source = q.value(4).toString();
        r.maxAgeDays = q.value(5).toInt();
        r.tiers = lines(q.value(6).toString());
        r.sentenceZh = q.value(7).toString();
        r.sentenceEn = q.value(8).toString();
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<QString> RecommendationStore::skusWith(qint64 conversationId, const QString& action)
{
    std::vector<QString> out;
    sql::Rows q = m_db.exec(QStringLiteral("SELECT DISTINCT sku FROM recommendation_events WHERE conversation_id = ?"
                                           " AND action = ? ORDER BY sku"), {conversationId, action});
    while (q.next())
        out.push_back(q.value(0).toString());
    return out;
}

void RecommendationStore::record(qint64 conversationId, qint64 customerId, const QString& sku, qint64 ruleId,
                                 const QString& action, qint64 agentId, qint64 at)
{
    // Shown and dismissed count once per conversation and product, however often the card is
    // fetched or the dismissal retried with new keys.
    if (action != QLatin1String("sent")
        && m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM recommendation_events WHERE conversation_id = ? AND sku = ?"
                                      " AND action = ?"), {conversationId, sku, action}).toInt() > 0)
        return;
    m_db.exec(QStringLiteral("INSERT INTO recommendation_events (conversation_id, customer_id, sku, rule_id, action, agent_id, at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {conversationId, customerId, sku, ruleId, action, agentId, at});
}

std::vector<RecommendationStats> RecommendationStore::stats(qint64 since, qint64 windowMs)
{
    sql::Rows q = m_db.exec(QStringLiteral(
        "SELECT e.sku, COALESCE(p.name, e.sku),"
        " SUM(CASE WHEN e.action = 'shown' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN e.action = 'sent' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN e.action = 'dismissed' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN e.action = 'sent' AND EXISTS (SELECT 1 FROM orders o JOIN order_items i ON i.order_id = o.id"
        "   JOIN products op ON op.id = i.product_id WHERE o.customer_id = e.customer_id AND op.sku = e.sku"
        "   AND o.created_at >= e.at AND o.created_at <= e.at + ?) THEN 1 ELSE 0 END)"
        " FROM recommendation_events e LEFT JOIN products p ON p.sku = e.sku"
        " WHERE e.at >= ? GROUP BY e.sku, p.name ORDER BY e.sku"),
        {windowMs, since});
    std::vector<RecommendationStats> out;
    while (q.next()) {
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
                       q.value(4).toInt(), q.value(5).toInt()});
    }
    return out;
}

} // namespace agentdesk::server
