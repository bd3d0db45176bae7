#include "store/CatalogueStore.h"

#include "store/Database.h"

#include <QRandomGenerator>

namespace agentdesk::server {

using namespace protocol;

CatalogueStore::CatalogueStore(Database& db)
    : m_db(db)
{
}

std::optional<CatalogueProduct> CatalogueStore::product(const QString& sku)
{
    sql::Rows q = m_db.exec(QStringLiteral("SELECT sku, name, name_zh, category, kind, price_cents FROM products WHERE sku = ?"),
                            {sku});
    if (!q.next())
        return std::nullopt;
    return CatalogueProduct{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toLongLong()};
}

Order CatalogueStore::placeOrder(qint64 customerId, const std::vector<std::pair<CatalogueProduct, int>>& lines, qint64 now)
{
    Order order;
    order.status = QStringLiteral("paid");
    order.createdAt = now;
    // Unguessable enough for a demo order number; unique by the table's constraint.
    order.orderNo = QStringLiteral("AD%1%2").arg(now).arg(QRandomGenerator::global()->bounded(1000), 3, 10, QLatin1Char('0'));
    for (const auto& [product, quantity] : lines) {
        order.totalCents += product.priceCents * quantity;
        order.items.push_back({product.sku, product.name, quantity, product.priceCents, product.nameZh});
    }
    order.id = m_db.scalar(QStringLiteral("INSERT INTO orders (order_no, customer_id, status, total_cents, created_at)"
                                          " VALUES (?, ?, ?, ?, ?) RETURNING id"),
                           {order.orderNo, customerId, order.status, order.totalCents, now})
                   .toLongLong();
    for (const auto& [product, quantity] : lines) {
        m_db.exec(QStringLiteral("INSERT INTO order_items (order_id, product_id, quantity, price_cents)"
                                 " VALUES (?, (SELECT id FROM products WHERE sku = ?), ?, ?)"),
                  {order.id, product.sku, quantity, product.priceCents});
    }
    m_db.exec(QStringLiteral("UPDATE customers SET lifetime_value_cents = lifetime_value_cents + ? WHERE id = ?"),
              {order.totalCents, customerId});
    return order;
}

} // namespace agentdesk::server
