#include "recommend/RecommendationPolicy.h"

#include <algorithm>

namespace agentdesk {

namespace {
bool contains(const std::vector<QString>& list, const QString& value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}
} // namespace

bool RecommendationPolicy::owns(const ConversationFacts& facts, const QString& sku)
{
    for (const protocol::Order& order : facts.orders) {
        if (order.status == QLatin1String("returned") || order.status == QLatin1String("refunded"))
            continue;
        for (const protocol::OrderItem& item : order.items) {
            if (item.sku == sku)
                return true;
        }
    }
    return false;
}

RecommendationPolicy::Verdict RecommendationPolicy::check(const ConversationFacts& facts, const QString& sku,
                                                          const RecommendationSettings& settings)
{
    if (contains(facts.sentSkus, sku))
        return Verdict::AlreadySent;
    if (contains(facts.dismissedSkus, sku))
        return Verdict::Dismissed;
    if (owns(facts, sku))
        return Verdict::AlreadyOwned;
    if (contains(facts.customer.tags, QStringLiteral("no-marketing")))
        return Verdict::NoMarketing;
    if (int(facts.sentSkus.size()) >= settings.maxAddOnsPerConsultation)
        return Verdict::CapReached;
    return Verdict::Allowed;
}

QString RecommendationPolicy::code(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Allowed: return {};
    case Verdict::NoMarketing: return QStringLiteral("no_marketing");
    case Verdict::CapReached: return QStringLiteral("cap_reached");
    case Verdict::AlreadyOwned: return QStringLiteral("already_owned");
    case Verdict::Dismissed: return QStringLiteral("dismissed");
    case Verdict::AlreadySent: return QStringLiteral("already_sent");
    }
    return {};
}

} // namespace agentdesk
