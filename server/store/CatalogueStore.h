#pragma once

#include "protocol/Records.h"

#include <optional>
#include <vector>

namespace agentdesk::server {

class Database;

struct Product {
    qint64 id = 0;
    QString sku;
    QString name;
    QString nameZh;
    QString category;
    QString kind;  // product, addon, warranty, service
    qint64 priceCents = 0;
};

// The shop's catalogue and the orders customers place through its channels.
class CatalogueStore {
public:
    explicit CatalogueStore(Database& db);

    std::optional<Product> product(const QString& sku);
    // Stores a paid order at the catalogue's prices and adds it to the customer's lifetime value.
    protocol::Order placeOrder(qint64 customerId, const std::vector<std::pair<Product, int>>& lines, qint64 now);

private:
    Database& m_db;
};

} // namespace agentdesk::server
