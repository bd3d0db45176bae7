#include "demo/SandboxShop.h"

#include "auth/PasswordHash.h"
#include "demo/DemoShop.h"
#include "sandbox/Scenario.h"
#include "store/Database.h"
#include "store/Directory.h"

#include <QDateTime>
#include <QSqlQuery>

namespace agentdesk::server {

namespace {
QString logisticsFor(const sandbox::ScenarioOrder& order)
{
    if (order.status == QLatin1String("shipped"))
        return order.daysAgo >= 4 ? QStringLiteral("delayed at hub") : QStringLiteral("in transit");
    if (order.status == QLatin1String("paid"))
        return QStringLiteral("awaiting pickup");
    if (order.status == QLatin1String("returned") || order.status == QLatin1String("refunded"))
        return QStringLiteral("returned to warehouse");
    return QStringLiteral("delivered");
}

} // namespace

QString SandboxShop::customerRef(const sandbox::Scenario& scenario)
{
    return QStringLiteral("sandbox-%1").arg(scenario.id);
}

void SandboxShop::populate(Database& db, const sandbox::Scenario& scenario, const QString& language)
{
    constexpr qint64 kDay = 24LL * 3600 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Once per sandbox, into its own new database: never into one that holds anything else.
    if (db.scalar(QStringLiteral("SELECT COUNT(*) FROM conversations")).toLongLong() > 0
        || db.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE login = ?"), {QLatin1String(kTrainee)}).toLongLong() > 0)
        throw DatabaseError("a sandbox needs a new database, and this one is in use");
    WriteTransaction tx(db);
    {
        for (const sandbox::ScenarioProduct& p : scenario.products) {
            db.exec(QStringLiteral("INSERT INTO products (sku, name, name_zh, category, kind, price_cents) VALUES (?, ?, ?, ?, ?, ?)"),
                    {p.sku, p.name.en, p.name.zh, p.category, p.kind, p.priceCents});
        }
        const qint64 customerId = db.scalar(
            QStringLiteral("INSERT INTO customers (external_ref, name, tier, tags, segment, channel, created_at)"
                           " VALUES (?, ?, ?, ?, '', 'web', ?) RETURNING id"),
            {customerRef(scenario), scenario.customer.name.in(language), scenario.customer.tier,
             scenario.customer.tags.join(QLatin1Char(',')), now - 400 * kDay}).toLongLong();
        qint64 lifetime = 0;
        int orderNo = 900000;
        for (const sandbox::ScenarioOrder& o : scenario.orders) {
            // In the afternoon of that day, so that "3 days ago" reads as such in any zone.
            const qint64 created = now - o.daysAgo * kDay - 2 * 3600 * 1000;
            const qint64 orderId = db.scalar(
                QStringLiteral("INSERT INTO orders (order_no, customer_id, status, total_cents, created_at, carrier, tracking_no,"
                               " logistics_state) VALUES (?, ?, ?, 0, ?, ?, ?, ?) RETURNING id"),
                {QStringLiteral("SB%1").arg(++orderNo), customerId, o.status, created, o.carrier, o.trackingNumber, logisticsFor(o)})
                                      .toLongLong();
            qint64 total = 0;
            for (const sandbox::ScenarioOrderLine& l : o.lines) {
                sql::Rows product = db.exec(QStringLiteral("SELECT id, price_cents FROM products WHERE sku = ?"), {l.sku});
                if (!product.next())
                    throw DatabaseError("a scenario's order names a product the shop does not have: " + l.sku.toStdString());
                const qint64 price = product.value(1).toLongLong();
                db.exec(QStringLiteral("INSERT INTO order_items (order_id, product_id, quantity, price_cents) VALUES (?, ?, ?, ?)"),
                        {orderId, product.value(0).toLongLong(), l.quantity, price});
                total += price * l.quantity;
            }
            db.exec(QStringLiteral("UPDATE orders SET total_cents = ? WHERE id = ?"), {total, orderId});
            if (o.status != QLatin1String("returned") && o.status != QLatin1String("refunded"))
                lifetime += total;
        }
        db.exec(QStringLiteral("UPDATE customers SET lifetime_value_cents = ? WHERE id = ?"), {lifetime, customerId});
        // The trainee: a junior agent (junior coupon limits) of the team the conversation goes to.
        db.exec(QStringLiteral("INSERT INTO users (login, display_name, role, level, team_id, password_hash, capacity)"
                               " VALUES (?, ?, 'agent', 'junior', ?, ?, 5)"),
                {QLatin1String(kTrainee), language == QLatin1String("zh") ? QStringLiteral("学员") : QStringLiteral("Trainee"),
                 Directory(db).teamForTopic(scenario.topic), PasswordHash::make(QLatin1String(DemoShop::kPassword))});
    }
    tx.commit();
}

} // namespace agentdesk::server
