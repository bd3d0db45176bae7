#pragma once

#include "recommend/RecommendationData.h"

namespace agentdesk {

// Whether a product may be recommended now; the same answer on the client, which shows it, and
// on the server, which refuses a message that breaks it. Never pushy: at most a few add-ons per
// consultation, none to customers who asked for no marketing, nothing they own or turned down.
class RecommendationPolicy {
public:
    enum class Verdict { Allowed, NoMarketing, CapReached, AlreadyOwned, Dismissed, AlreadySent };

    static Verdict check(const ConversationFacts& facts, const QString& sku, const RecommendationSettings& settings);
    // Excluded outright rather than shown as refused.
    static bool hidden(Verdict verdict)
    {
        return verdict == Verdict::AlreadyOwned || verdict == Verdict::Dismissed || verdict == Verdict::AlreadySent;
    }
    static QString code(Verdict verdict);  // e.g. "cap_reached"
    // SKUs the customer owns: ordered and not returned or refunded.
    static bool owns(const ConversationFacts& facts, const QString& sku);
};

} // namespace agentdesk
