#pragma once

#include "recommend/RecommendationData.h"

#include <vector>

namespace agentdesk::server {

class Database;

// The recommendation data (catalogue relations and rules) and what became of each card.
class RecommendationStore {
public:
    explicit RecommendationStore(Database& db);

    Catalogue catalogue();
    std::vector<RecommendationRule> rules();
    std::vector<QString> skusWith(qint64 conversationId, const QString& action);
    // "shown" and "dismissed" once per conversation and product; "sent" every time.
    void record(qint64 conversationId, qint64 customerId, const QString& sku, qint64 ruleId, const QString& action,
                qint64 agentId, qint64 at);
    // Per product since `since`: shown, sent, dismissed, and sent then bought by the customer
    // within windowMs.
    std::vector<protocol::RecommendationStats> stats(qint64 since, qint64 windowMs);

private:
    Database& m_db;
};

} // namespace agentdesk::server
