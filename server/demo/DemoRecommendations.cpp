#include "demo/DemoRecommendations.h"

#include "store/Database.h"

#include <QStringList>

namespace agentdesk::server {
namespace {

struct Relations {
    QStringList products;
    const char* kind;
    QStringList related;
};

struct RuleSeed {
    const char* name;
    QStringList keywords;
    const char* relation;
    const char* source;
    int maxAgeDays;
    const char* sentenceZh;
    const char* sentenceEn;
};

const QStringList kPhones{QStringLiteral("PH-X1-128"), QStringLiteral("PH-X1-256"), QStringLiteral("PH-X1P-512"),
                          QStringLiteral("PH-L5-64"),  QStringLiteral("PH-L5-128"), QStringLiteral("PH-F2")};
const QStringList kX1{QStringLiteral("PH-X1-128"), QStringLiteral("PH-X1-256"), QStringLiteral("PH-X1P-512")};
const QStringList kL5{QStringLiteral("PH-L5-64"), QStringLiteral("PH-L5-128")};
const QStringList kTablets{QStringLiteral("TB-P11"), QStringLiteral("TB-P13P"), QStringLiteral("TB-MINI")};
const QStringList kLaptops{QStringLiteral("LT-AIR14"), QStringLiteral("LT-PRO16"), QStringLiteral("LT-GM15")};
const QStringList kWatches{QStringLiteral("WT-S3"), QStringLiteral("WT-S3-TI"), QStringLiteral("WT-BAND7")};
const QStringList kBuds{QStringLiteral("AU-BUDS2"), QStringLiteral("AU-BUDS2P"), QStringLiteral("AU-HP900")};
const QStringList kHome{QStringLiteral("HM-VAC-R5"), QStringLiteral("HM-AIR-P2"), QStringLiteral("HM-CAM-2K"),
                        QStringLiteral("HM-LOCK")};

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

void DemoRecommendations::populate(Database& db)
{
    const std::vector<Relations> relations{
        {kPhones, "warranty", list({"WR-BATT", "WR-EXT1-PH", "WR-EXT2-PH", "WR-SCREEN"})},
        {kPhones, "addon", list({"CH-65W", "CB-C2C-1M", "CH-PB10"})},
        {kX1, "accessory", list({"AC-CASE-X1", "AC-GLASS-X1"})},
        {kL5, "accessory", list({"AC-CASE-L5", "AC-GLASS-L5"})},
        {{QStringLiteral("PH-L5-64")}, "upgrade", list({"PH-L5-128"})},
        {{QStringLiteral("PH-L5-128")}, "upgrade", list({"PH-X1-128"})},
        {{QStringLiteral("PH-X1-128")}, "upgrade", list({"PH-X1-256"})},
        {{QStringLiteral("PH-X1-256")}, "upgrade", list({"PH-X1P-512"})},
        {kTablets, "accessory", list({"AC-PEN", "AC-KB-PAD"})},
        {kTablets, "warranty", list({"WR-SCREEN"})},
        {kTablets, "addon", list({"CH-65W"})},
        {kLaptops, "warranty", list({"WR-BATT", "WR-EXT1-LT"})},
        {kLaptops, "accessory", list({"AC-SLEEVE", "AC-MOUSE"})},
        {kLaptops, "addon", list({"CH-65W"})},
        {kWatches, "accessory", list({"AC-STRAP"})},
        {kBuds, "accessory", list({"AC-EARTIPS"})},
        {kHome, "warranty", list({"WR-EXT1-HM"})},
    };
    for (const Relations& r : relations) {
        for (const QString& product : r.products) {
            for (const QString& related : r.related) {
                db.exec(QStringLiteral("INSERT INTO product_relations (product_sku, related_sku, kind) VALUES (?, ?, ?)"),
                        {product, related, QLatin1String(r.kind)});
            }
        }
    }

    const std::vector<RuleSeed> rules{
        {"Charging or battery worries: a warranty for the device",
         list({"充电", "电池", "续航", "耗电", "发烫", "charge", "charging", "battery"}), "warranty", "owned", 730,
         "亲，您的{product.name}可以加一份{related.name}，以后电池或充电出问题都能直接换新，省心很多～",
         "With {related.name} for your {product.name}, any battery or charging trouble is fixed or replaced at no cost."},
        {"Screen or drop worries: protection for the device",
         list({"屏幕", "碎屏", "摔", "划痕", "保护壳", "贴膜", "screen", "drop", "scratch", "case"}), "accessory", "owned", 365,
         "亲，给{product.name}配一个{related.name}吧，日常磕碰和划痕都能防住～",
         "A {related.name} keeps your {product.name} safe from drops and scratches."},
        {"Slow charging: a faster charger",
         list({"充电器", "快充", "充电慢", "充电头", "charger", "fast charg", "slow charg"}), "addon", "owned", 0,
         "亲，{product.name}搭配{related.name}充电会快很多，出门前半小时就能充到一大半～",
         "With the {related.name}, your {product.name} charges much faster: most of a charge in half an hour."},
        {"Buying a device: the accessories it needs",
         list({"买", "下单", "入手", "推荐", "哪款", "buy", "order", "recommend", "which one"}), "accessory", "mentioned", 0,
         "亲，入手{product.name}的话，很多顾客会一起带上{related.name}，到手就能用得放心～",
         "Many customers take a {related.name} with their {product.name}, so it is protected from day one."},
        {"Slow or full device: an upgrade",
         list({"卡顿", "内存不够", "存储不够", "容量不够", "slow", "storage", "no space", "lag"}), "upgrade", "owned", 0,
         "亲，如果{product.name}空间不够用了，可以看看{related.name}，现在以旧换新还能抵扣一部分～",
         "If your {product.name} is running out of space, {related.name} has room to spare, and a trade-in lowers the price."},
    };
    for (const RuleSeed& r : rules) {
        db.exec(QStringLiteral("INSERT INTO recommendation_rules (name, keywords, relation, source, max_age_days, sentence_zh,"
                               " sentence_en) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {QString::fromUtf8(r.name), r.keywords.join(QLatin1Char('\n')), QLatin1String(r.relation),
                 QLatin1String(r.source), r.maxAgeDays, QString::fromUtf8(r.sentenceZh), QString::fromUtf8(r.sentenceEn)});
    }
}

} // namespace agentdesk::server
