#pragma once

#include "protocol/Records.h"
#include "recommend/RecommendationData.h"

#include <optional>
#include <vector>

namespace agentdesk::server {

class Database;

// The shop's catalogue and the orders customers place through its channels.
class CatalogueStore {
public:
    explicit CatalogueStore(Database& db);

    std::optional<CatalogueProduct> product(const QString& sku);
    // Stores a paid order at the catalogue's prices and adds it to the customer's lifetime value.
    protocol::Order placeOrder(qint64 customerId, const std::vector<std::pair<CatalogueProduct, int>>& lines, qint64 now);

private:
    Database& m_db;
};

} // namespace agentdesk::server
