#include "demo/DemoShop.h"

#include "auth/PasswordHash.h"
#include "demo/DemoLibrary.h"
#include "demo/DemoRecommendations.h"
#include "store/Database.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QStringList>

#include <vector>

Q_LOGGING_CATEGORY(lcDemo, "agentdesk.server.demo")

namespace agentdesk::server {
namespace {

struct ProductSeed {
    const char* sku;
    const char* name;
    const char* nameZh;
    const char* category;
    const char* kind;
    int priceYuan;
};

// Products, then the add-ons and warranties offered with them.
const std::vector<ProductSeed> kCatalogue = {
    {"PH-X1-128", "Nova X1 phone 128 GB", "Nova X1 手机 128GB", "phones", "product", 2999},
    {"PH-X1-256", "Nova X1 phone 256 GB", "Nova X1 手机 256GB", "phones", "product", 3499},
    {"PH-X1P-512", "Nova X1 Pro phone 512 GB", "Nova X1 Pro 手机 512GB", "phones", "product", 5299},
    {"PH-L5-64", "Lumo 5 phone 64 GB", "Lumo 5 手机 64GB", "phones", "product", 1299},
    {"PH-L5-128", "Lumo 5 phone 128 GB", "Lumo 5 手机 128GB", "phones", "product", 1499},
    {"PH-F2", "Fold F2 phone", "Fold F2 折叠屏手机", "phones", "product", 8999},
    {"TB-P11", "Pad 11 tablet", "Pad 11 平板电脑", "tablets", "product", 2499},
    {"TB-P13P", "Pad 13 Pro tablet", "Pad 13 Pro 平板电脑", "tablets", "product", 4299},
    {"TB-MINI", "Pad mini tablet", "Pad mini 平板电脑", "tablets", "product", 1899},
    {"LT-AIR14", "AirBook 14 laptop", "AirBook 14 笔记本电脑", "laptops", "product", 5499},
    {"LT-PRO16", "ProBook 16 laptop", "ProBook 16 笔记本电脑", "laptops", "product", 8999},
    {"LT-GM15", "Gamer 15 laptop", "Gamer 15 游戏本", "laptops", "product", 7499},
    {"WT-S3", "Watch S3", "智能手表 S3", "wearables", "product", 1299},
    {"WT-S3-TI", "Watch S3 titanium", "智能手表 S3 钛金属版", "wearables", "product", 2399},
    {"WT-BAND7", "Band 7 fitness tracker", "手环 7", "wearables", "product", 249},
    {"AU-BUDS2", "Buds 2 wireless earbuds", "Buds 2 无线耳机", "audio", "product", 499},
    {"AU-BUDS2P", "Buds 2 Pro noise-cancelling earbuds", "Buds 2 Pro 降噪耳机", "audio", "product", 899},
    {"AU-HP900", "HP900 over-ear headphones", "HP900 头戴式降噪耳机", "audio", "product", 1599},
    {"AU-SPK-MINI", "Mini Bluetooth speaker", "迷你蓝牙音箱", "audio", "product", 199},
    {"AU-SPK-HOME", "Home smart speaker", "家庭智能音箱", "audio", "product", 399},
    {"HM-VAC-R5", "Robot vacuum R5", "扫地机器人 R5", "home", "product", 1999},
    {"HM-AIR-P2", "Air purifier P2", "空气净化器 P2", "home", "product", 1299},
    {"HM-CAM-2K", "Home camera 2K", "家用摄像头 2K", "home", "product", 249},
    {"HM-LOCK", "Smart door lock", "智能门锁", "home", "product", 1499},
    {"HM-KETTLE", "Smart kettle", "智能电水壶", "home", "product", 159},
    {"CH-65W", "65 W GaN charger", "65W 氮化镓充电器", "charging", "product", 169},
    {"CH-120W", "120 W fast charger", "120W 快充充电器", "charging", "product", 249},
    {"CH-PB10", "Power bank 10,000 mAh", "充电宝 10000mAh", "charging", "product", 129},
    {"CH-PB20", "Power bank 20,000 mAh", "充电宝 20000mAh", "charging", "product", 199},
    {"CH-WL15", "15 W wireless charger", "15W 无线充电器", "charging", "product", 149},
    {"CB-C2C-1M", "USB-C cable 1 m", "USB-C 数据线 1米", "cables", "addon", 39},
    {"CB-C2C-2M", "USB-C cable 2 m braided", "USB-C 编织数据线 2米", "cables", "addon", 59},
    {"AC-CASE-X1", "Nova X1 silicone case", "Nova X1 硅胶保护壳", "accessories", "addon", 79},
    {"AC-CASE-L5", "Lumo 5 clear case", "Lumo 5 透明保护壳", "accessories", "addon", 49},
    {"AC-GLASS-X1", "Nova X1 tempered glass screen protector", "Nova X1 钢化膜", "accessories", "addon", 39},
    {"AC-GLASS-L5", "Lumo 5 screen protector", "Lumo 5 钢化膜", "accessories", "addon", 29},
    {"AC-PEN", "Stylus pen for Pad", "Pad 手写笔", "accessories", "addon", 499},
    {"AC-KB-PAD", "Pad keyboard cover", "Pad 键盘保护套", "accessories", "addon", 699},
    {"AC-STRAP", "Watch sport strap", "手表运动表带", "accessories", "addon", 99},
    {"AC-SLEEVE", "Laptop sleeve 14\"", "14寸电脑内胆包", "accessories", "addon", 129},
    {"AC-MOUSE", "Wireless mouse", "无线鼠标", "accessories", "addon", 99},
    {"AC-EARTIPS", "Memory-foam ear tips", "记忆海绵耳塞套", "accessories", "addon", 49},
    {"WR-EXT1-PH", "Extended warranty 1 year, phones", "手机延长保修1年", "warranty", "warranty", 199},
    {"WR-EXT2-PH", "Extended warranty 2 years, phones", "手机延长保修2年", "warranty", "warranty", 349},
    {"WR-SCREEN", "Accidental screen damage cover", "碎屏保障服务", "warranty", "warranty", 149},
    {"WR-EXT1-LT", "Extended warranty 1 year, laptops", "笔记本延长保修1年", "warranty", "warranty", 399},
    {"WR-BATT", "Battery replacement plan", "电池换新服务", "warranty", "warranty", 99},
    {"WR-EXT1-HM", "Extended warranty 1 year, home appliances", "家电延长保修1年", "warranty", "warranty", 129},
    {"SV-SETUP", "Home setup and installation", "上门安装服务", "services", "service", 99},
    {"SV-DATA", "Data transfer service", "数据迁移服务", "services", "service", 49},
    {"SV-TRADEIN", "Trade-in evaluation", "以旧换新评估", "services", "service", 0},
    {"SV-EXPRESS", "Next-day express delivery", "次日达快递", "services", "service", 15},
};

// Which add-ons and warranties go with which product categories.
const std::vector<std::pair<const char*, std::vector<const char*>>> kAddonsByCategory = {
    {"phones", {"CB-C2C-1M", "CB-C2C-2M", "AC-CASE-X1", "AC-CASE-L5", "AC-GLASS-X1", "AC-GLASS-L5", "WR-EXT1-PH",
                "WR-EXT2-PH", "WR-SCREEN", "WR-BATT", "SV-DATA", "SV-TRADEIN", "CH-65W"}},
    {"tablets", {"AC-PEN", "AC-KB-PAD", "CB-C2C-1M", "WR-SCREEN", "CH-65W"}},
    {"laptops", {"AC-SLEEVE", "AC-MOUSE", "WR-EXT1-LT", "SV-DATA", "CH-120W"}},
    {"wearables", {"AC-STRAP", "WR-BATT"}},
    {"audio", {"AC-EARTIPS", "CB-C2C-1M", "WR-BATT"}},
    {"home", {"WR-EXT1-HM", "SV-SETUP"}},
    {"charging", {"CB-C2C-1M", "CB-C2C-2M", "WR-BATT"}},
};

const QStringList kSurnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
                               QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("赵"), QStringLiteral("黄"),
                               QStringLiteral("周"), QStringLiteral("吴"), QStringLiteral("徐"), QStringLiteral("孙"),
                               QStringLiteral("胡"), QStringLiteral("朱"), QStringLiteral("高"), QStringLiteral("林")};
const QStringList kGivenNames = {QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("敏"),
                                 QStringLiteral("静"), QStringLiteral("丽"), QStringLiteral("强"), QStringLiteral("磊"),
                                 QStringLiteral("洋"), QStringLiteral("艳"), QStringLiteral("杰"), QStringLiteral("娟"),
                                 QStringLiteral("涛"), QStringLiteral("明"), QStringLiteral("超"), QStringLiteral("秀英"),
                                 QStringLiteral("晓东"), QStringLiteral("雪"), QStringLiteral("婷"), QStringLiteral("浩然")};
const QStringList kFirstNames = {QStringLiteral("Emma"), QStringLiteral("Liam"), QStringLiteral("Olivia"),
                                 QStringLiteral("Noah"), QStringLiteral("Ava"), QStringLiteral("Lucas"),
                                 QStringLiteral("Mia"), QStringLiteral("Ethan"), QStringLiteral("Sophia"),
                                 QStringLiteral("James"), QStringLiteral("Chloe"), QStringLiteral("Daniel")};
const QStringList kLastNames = {QStringLiteral("Smith"), QStringLiteral("Brown"), QStringLiteral("Wilson"),
                                QStringLiteral("Taylor"), QStringLiteral("Martin"), QStringLiteral("Lee"),
                                QStringLiteral("Walker"), QStringLiteral("Hall"), QStringLiteral("Young")};
const QStringList kTags = {QStringLiteral("price-sensitive"), QStringLiteral("no-marketing"),
                           QStringLiteral("gift-buyer"), QStringLiteral("tech-savvy"), QStringLiteral("returns-often"),
                           QStringLiteral("loyal"), QStringLiteral("business"), QStringLiteral("student")};
const QStringList kCarriers = {QStringLiteral("SF Express"), QStringLiteral("JD Logistics"),
                               QStringLiteral("ZTO Express"), QStringLiteral("YTO Express")};

struct StaffSeed {
    const char* login;
    const char* name;
    const char* nameZh;  // for Names::Chinese
    const char* role;
    const char* level;
    int team;  // 1 presales, 2 aftersales, 0 none
    int capacity;
};

const std::vector<StaffSeed> kStaff = {
    {"agent1", "Li Na 李娜", "李娜", "agent", "junior", 1, 5},
    {"agent2", "Zhang Wei 张伟", "张伟", "agent", "senior", 1, 6},
    {"agent3", "Chen Jie 陈杰", "陈杰", "agent", "expert", 1, 8},
    {"agent4", "Wang Fang 王芳", "王芳", "agent", "junior", 2, 5},
    {"agent5", "Zhao Lei 赵磊", "赵磊", "agent", "senior", 2, 6},
    {"agent6", "Emma Brown", "林晓雨", "agent", "senior", 2, 6},
    {"lead1", "Liu Yang 刘洋", "刘洋", "lead", "expert", 1, 3},
    {"lead2", "Huang Min 黄敏", "黄敏", "lead", "expert", 2, 3},
    {"lead3", "Daniel Lee", "李丹", "lead", "expert", 1, 3},
    {"trainer1", "Sun Li 孙丽", "孙丽", "trainer", "", 0, 0},
    {"trainer2", "Olivia Hall", "何静怡", "trainer", "", 0, 0},
    {"trainer3", "Gao Tao 高涛", "高涛", "trainer", "", 0, 0},
    {"admin1", "Zhou Qiang 周强", "周强", "admin", "", 0, 0},
    {"admin2", "James Walker", "王建军", "admin", "", 0, 0},
    {"admin3", "Wu Jing 吴静", "吴静", "admin", "", 0, 0},
};

const QString kOrderStatuses[] = {QStringLiteral("delivered"), QStringLiteral("delivered"), QStringLiteral("delivered"),
                                  QStringLiteral("shipped"), QStringLiteral("paid"), QStringLiteral("returned"),
                                  QStringLiteral("refunded")};

QString logisticsFor(const QString& status, QRandomGenerator& rng)
{
    if (status == QLatin1String("shipped")) {
        static const QStringList states = {QStringLiteral("in transit"), QStringLiteral("at local depot"),
                                           QStringLiteral("out for delivery"), QStringLiteral("delayed at hub")};
        return states[rng.bounded(int(states.size()))];
    }
    if (status == QLatin1String("paid"))
        return QStringLiteral("awaiting pickup");
    if (status == QLatin1String("returned"))
        return QStringLiteral("returned to warehouse");
    return QStringLiteral("delivered");
}

void insertCatalogue(Database& db, QHash<QString, qint64>& idBySku)
{
    for (const ProductSeed& p : kCatalogue) {
        const qint64 id = db.scalar(QStringLiteral("INSERT INTO products (sku, name, name_zh, category, kind, price_cents)"
                                                   " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                                    {QLatin1String(p.sku), QString::fromUtf8(p.name), QString::fromUtf8(p.nameZh),
                                     QLatin1String(p.category), QLatin1String(p.kind), qint64(p.priceYuan) * 100})
                              .toLongLong();
        idBySku.insert(QLatin1String(p.sku), id);
    }
    for (const auto& [category, addons] : kAddonsByCategory) {
        for (const ProductSeed& p : kCatalogue) {
            if (qstrcmp(p.category, category) != 0 || qstrcmp(p.kind, "product") != 0)
                continue;
            for (const char* addon : addons) {
                if (qstrcmp(addon, p.sku) != 0)
                    db.exec(QStringLiteral("INSERT INTO product_addons (product_id, addon_id) VALUES (?, ?)"),
                            {idBySku.value(QLatin1String(p.sku)), idBySku.value(QLatin1String(addon))});
            }
        }
    }
}

void insertStaff(Database& db, DemoShop::Names names)
{
    const bool chinese = names == DemoShop::Names::Chinese;
    db.exec(QStringLiteral("INSERT INTO teams (id, name, topics) VALUES (1, ?, 'presales,price,general')"),
            {chinese ? QStringLiteral("售前") : QStringLiteral("Presales")});
    db.exec(QStringLiteral("INSERT INTO teams (id, name, topics) VALUES (2, ?, 'aftersales,logistics,returns,repair')"),
            {chinese ? QStringLiteral("售后") : QStringLiteral("Aftersales")});
    // One hash for all demo accounts: they share the documented demo password anyway.
    const QString hash = PasswordHash::make(QLatin1String(DemoShop::kPassword));
    for (const StaffSeed& s : kStaff) {
        db.exec(QStringLiteral("INSERT INTO users (login, display_name, role, level, team_id, password_hash, capacity)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {QLatin1String(s.login), QString::fromUtf8(chinese ? s.nameZh : s.name), QLatin1String(s.role), QLatin1String(s.level),
                 s.team > 0 ? QVariant(s.team) : QVariant(), hash, s.capacity});
    }
    // Skills: Emma Brown takes returns and repairs only; the others every topic of their team.
    db.exec(QStringLiteral("UPDATE users SET skills = 'returns,repair' WHERE login = 'agent6'"));
}

// Coupons as the product brief has them: small ones on the spot for a hesitating customer or a
// price objection, larger ones for better tiers; limits by level (junior 20 yuan each and 200 a
// day, senior 50 and 500, lead 200 and 2,000), one person's own limits, and team budgets.
void insertCouponTemplates(Database& db)
{
    db.exec(QStringLiteral(
        "INSERT INTO coupon_templates (name, name_zh, kind, amount_cents, min_order_cents, valid_days, min_minutes,"
        " needs_price_objection, tiers) VALUES"
        " ('5 yuan off', '立减5元', 'amount', 500, 5000, 7, 0, 0, ''),"
        " ('10 yuan off orders over 100', '满100减10', 'amount', 1000, 10000, 7, 3, 0, ''),"
        " ('20 yuan off orders over 300', '满300减20', 'amount', 2000, 30000, 14, 0, 1, ''),"
        " ('50 yuan off orders over 1000', '满1000减50', 'amount', 5000, 100000, 14, 0, 0, 'gold,vip'),"
        " ('100 yuan off orders over 3000', '满3000减100', 'amount', 10000, 300000, 30, 0, 0, 'vip')"));
    db.exec(QStringLiteral(
        "INSERT INTO coupon_templates (name, name_zh, kind, percent, cap_cents, min_order_cents, valid_days, categories) VALUES"
        " ('5% off accessories, up to 30 yuan', '配件95折，最多减30元', 'percent', 5, 3000, 0, 7, 'accessories'),"
        " ('10% off warranty plans, up to 50 yuan', '保障服务9折，最多减50元', 'percent', 10, 5000, 0, 30, 'warranty')"));
    db.exec(QStringLiteral(
        "INSERT INTO coupon_limits (role, level, user_id, max_single_cents, daily_total_cents, per_customer_count,"
        " per_customer_days, per_conversation_count) VALUES"
        " ('agent', '', 0, 2000, 20000, 2, 30, 1),"
        " ('agent', 'junior', 0, 2000, 20000, 2, 30, 1),"
        " ('agent', 'senior', 0, 5000, 50000, 2, 30, 1),"
        " ('agent', 'expert', 0, 5000, 80000, 3, 30, 1),"
        " ('lead', '', 0, 20000, 200000, 3, 30, 2),"
        " ('admin', '', 0, 20000, 200000, 3, 30, 2)"));
    // One person's own limits: Emma handles the English VIP accounts.
    db.exec(QStringLiteral("INSERT INTO coupon_limits (role, level, user_id, max_single_cents, daily_total_cents, per_customer_count,"
                           " per_customer_days, per_conversation_count)"
                           " SELECT '', '', id, 10000, 60000, 2, 30, 1 FROM users WHERE login = 'agent6'"));
    db.exec(QStringLiteral("UPDATE teams SET coupon_budget_cents = 150000 WHERE id = 1"));
    db.exec(QStringLiteral("UPDATE teams SET coupon_budget_cents = 100000 WHERE id = 2"));
}

void insertCustomersAndOrders(Database& db, const QHash<QString, qint64>& idBySku, DemoShop::Names names)
{
    QRandomGenerator rng(20261124);
    QRandomGenerator recentRng(7);  // its own sequence, so the rest of the shop stays as it was
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 day = 24LL * 3600 * 1000;
    std::vector<const ProductSeed*> products;
    for (const ProductSeed& p : kCatalogue)
        products.push_back(&p);
    int orderNo = 100000;
    for (int i = 1; i <= 240; ++i) {
        // Either kind of name takes two draws, so the rest of the shop is the same with both.
        const bool chinese = i % 5 != 0 || names == DemoShop::Names::Chinese;
        const QString name = chinese ? kSurnames[rng.bounded(int(kSurnames.size()))] + kGivenNames[rng.bounded(int(kGivenNames.size()))]
                                     : kFirstNames[rng.bounded(int(kFirstNames.size()))] + QLatin1Char(' ')
                                           + kLastNames[rng.bounded(int(kLastNames.size()))];
        const int roll = rng.bounded(100);
        const QString tier = roll < 55 ? QStringLiteral("regular") : roll < 80 ? QStringLiteral("silver")
                           : roll < 94 ? QStringLiteral("gold") : QStringLiteral("vip");
        QStringList tags;
        for (int t = 0; t < 2; ++t) {
            if (rng.bounded(3) == 0) {
                const QString tag = kTags[rng.bounded(int(kTags.size()))];
                if (!tags.contains(tag))
                    tags << tag;
            }
        }
        const int orderCount = 2 + rng.bounded(tier == QLatin1String("regular") ? 4 : 9);
        const qint64 since = now - (30 + rng.bounded(900)) * day;
        const qint64 customerId = db.scalar(
            QStringLiteral("INSERT INTO customers (external_ref, name, tier, tags, segment, notes, channel, created_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {QStringLiteral("demo-%1").arg(i, 4, 10, QLatin1Char('0')), name, tier, tags.join(QLatin1Char(',')),
             QString(), i % 7 == 0 ? QStringLiteral("Prefers calls after 6 pm.") : QString(),
             i % 3 == 0 ? QStringLiteral("app") : QStringLiteral("web"), since}).toLongLong();
        qint64 lifetime = 0;
        qint64 lastOrder = since;
        for (int o = 0; o < orderCount; ++o) {
            const qint64 created = since + qint64(rng.bounded(int((now - since) / day))) * day + rng.bounded(int(day));
            lastOrder = std::max(lastOrder, created);
            const ProductSeed* main = products[rng.bounded(30)];  // the first 30 are products
            const QString status = kOrderStatuses[rng.bounded(7)];
            const QString carrier = status == QLatin1String("paid") ? QString() : kCarriers[rng.bounded(int(kCarriers.size()))];
            const qint64 orderId = db.scalar(
                QStringLiteral("INSERT INTO orders (order_no, customer_id, status, total_cents, created_at, carrier,"
                               " tracking_no, logistics_state) VALUES (?, ?, ?, 0, ?, ?, ?, ?) RETURNING id"),
                {QStringLiteral("DS%1").arg(++orderNo), customerId, status, created, carrier,
                 carrier.isEmpty() ? QString() : QStringLiteral("%1%2").arg(carrier.left(2).toUpper()).arg(rng.bounded(100000000), 9, 10, QLatin1Char('0')),
                 logisticsFor(status, rng)}).toLongLong();
            qint64 total = 0;
            const int quantity = main->priceYuan < 300 ? 1 + rng.bounded(3) : 1;
            db.exec(QStringLiteral("INSERT INTO order_items (order_id, product_id, quantity, price_cents) VALUES (?, ?, ?, ?)"),
                    {orderId, idBySku.value(QLatin1String(main->sku)), quantity, qint64(main->priceYuan) * 100});
            total += qint64(main->priceYuan) * 100 * quantity;
            if (rng.bounded(2) == 0) {
                const ProductSeed* extra = products[30 + rng.bounded(int(products.size()) - 30)];
                db.exec(QStringLiteral("INSERT INTO order_items (order_id, product_id, quantity, price_cents) VALUES (?, ?, 1, ?)"),
                        {orderId, idBySku.value(QLatin1String(extra->sku)), qint64(extra->priceYuan) * 100});
                total += qint64(extra->priceYuan) * 100;
            }
            db.exec(QStringLiteral("UPDATE orders SET total_cents = ? WHERE id = ?"), {total, orderId});
            if (status != QLatin1String("refunded") && status != QLatin1String("returned"))
                lifetime += total;
        }
        // Every other customer bought a phone in the last two months, without a warranty: the
        // case the recommendation prompts are for when they ask about charging.
        if (i % 2 == 0) {
            const ProductSeed* phone = products[recentRng.bounded(6)];  // the first six are phones
            const qint64 created = now - (3 + recentRng.bounded(55)) * day;
            const QString carrier = kCarriers[recentRng.bounded(int(kCarriers.size()))];
            const qint64 orderId = db.scalar(
                QStringLiteral("INSERT INTO orders (order_no, customer_id, status, total_cents, created_at, carrier,"
                               " tracking_no, logistics_state) VALUES (?, ?, 'delivered', ?, ?, ?, ?, 'delivered') RETURNING id"),
                {QStringLiteral("DS%1").arg(++orderNo), customerId, qint64(phone->priceYuan) * 100, created, carrier,
                 QStringLiteral("%1%2").arg(carrier.left(2).toUpper()).arg(recentRng.bounded(100000000), 9, 10, QLatin1Char('0'))})
                                      .toLongLong();
            db.exec(QStringLiteral("INSERT INTO order_items (order_id, product_id, quantity, price_cents) VALUES (?, ?, 1, ?)"),
                    {orderId, idBySku.value(QLatin1String(phone->sku)), qint64(phone->priceYuan) * 100});
            lifetime += qint64(phone->priceYuan) * 100;
            lastOrder = std::max(lastOrder, created);
        }
        // RFM in three words: recent, frequent, big spender.
        const bool recent = now - lastOrder < 60 * day;
        const QString segment = lifetime > 2'000'000 ? (recent ? QStringLiteral("champion") : QStringLiteral("at-risk high value"))
                              : orderCount >= 6 ? QStringLiteral("loyal")
                              : recent ? QStringLiteral("promising") : QStringLiteral("hibernating");
        db.exec(QStringLiteral("UPDATE customers SET lifetime_value_cents = ?, segment = ? WHERE id = ?"),
                {lifetime, segment, customerId});
    }
}

} // namespace

QStringList DemoShop::skus()
{
    QStringList out;
    for (const ProductSeed& p : kCatalogue)
        out << QString::fromLatin1(p.sku);
    return out;
}

void DemoShop::populateIfEmpty(Database& db, Names names)
{
    // Looked at inside the write transaction: two instances starting at once load it once.
    WriteTransaction tx(db);
    if (db.scalar(QStringLiteral("SELECT COUNT(*) FROM users")).toLongLong() > 0)
        return;
    QHash<QString, qint64> idBySku;
    insertCatalogue(db, idBySku);
    insertStaff(db, names);
    insertCouponTemplates(db);
    insertCustomersAndOrders(db, idBySku, names);
    DemoLibrary::populate(db);
    DemoRecommendations::populate(db);
    db.resyncIdSequences();
    tx.commit();
    qCInfo(lcDemo) << "loaded the demo shop:" << kCatalogue.size() << "products," << kStaff.size() << "staff, 240 customers";
}

} // namespace agentdesk::server
