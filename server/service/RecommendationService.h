#pragma once

#include "i18n/ServerText.h"
#include "recommend/RecommendationData.h"
#include "service/Identity.h"
#include "service/Outcome.h"

#include <optional>

namespace agentdesk::server {

struct ServerContext;

// Recommendation prompts on the server: the facts of a conversation (what the customer wrote,
// their profile and orders, what was already sent or dismissed) run through core's engine and
// policy with the shop's rules and relations. The policy is enforced again when a message that
// recommends a product is sent, inside that message's transaction.
class RecommendationService {
    AGENTDESK_SERVER_TEXTS(RecommendationService)

public:
    explicit RecommendationService(ServerContext& context);

    Outcome get(const Identity& who, const protocol::RecommendationsGet& request);
    Outcome dismiss(const Identity& who, const protocol::RecommendationDismiss& request);
    // The policy's refusal of a message that recommends the SKU, if any.
    std::optional<protocol::ProtocolError> checkSend(const Identity& who, const protocol::ConversationInfo& conversation,
                                                     const QString& sku);
    void recordSent(const Identity& who, const protocol::ConversationInfo& conversation, const QString& sku, qint64 at);

private:
    ConversationFacts factsOf(const protocol::ConversationInfo& conversation);
    RecommendationSettings settings() const;

    ServerContext& m_ctx;
};

} // namespace agentdesk::server
