#pragma once

#include "recommend/RecommendationData.h"

#include <vector>

namespace agentdesk {

// Proposes at most a few products or services worth offering in a conversation, each with its
// reason: what the customer said (a rule's keyword), the product it goes with (one they bought,
// or one they mention) and the catalogue's relation (add-on, accessory, warranty, upgrade); one
// offer per rule and product. The policy's verdict comes with each; owned, dismissed and already
// sent products never appear.
class RecommendationEngine {
public:
    static std::vector<protocol::Recommendation> propose(const std::vector<RecommendationRule>& rules,
                                                         const Catalogue& catalogue, const ConversationFacts& facts,
                                                         const RecommendationSettings& settings = {});
    // Chinese when the customer writes Chinese.
    static bool speaksChinese(const ConversationFacts& facts);
    // The words a customer would use for a product: "nova x1" for "Nova X1 phone 128 GB".
    static QString shortName(const CatalogueProduct& product);
};

} // namespace agentdesk
