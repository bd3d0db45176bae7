#pragma once

#include "protocol/Records.h"

#include <QHash>
#include <QString>

#include <vector>

namespace agentdesk {

// The data the recommendation engine works from. Rules and relations are the shop's data, kept by
// the server (store/RecommendationStore), not code.

struct CatalogueProduct {
    QString sku;
    QString name;
    QString nameZh;
    QString category;
    QString kind;  // product, addon, warranty, service
    qint64 priceCents = 0;
};

// "Offer relatedSku with productSku": kind is addon, accessory, warranty or upgrade.
struct ProductRelation {
    QString productSku;
    QString relatedSku;
    QString kind;
};

struct Catalogue {
    QHash<QString, CatalogueProduct> products;
    std::vector<ProductRelation> relations;
};

// When the customer says one of the keywords about a product they own (bought within maxAgeDays,
// 0 for any time) or mention, offer that product's related products of one kind.
struct RecommendationRule {
    qint64 id = 0;
    QString name;
    std::vector<QString> keywords;  // Chinese and English; matched case-insensitively in the customer's messages
    QString relation;               // addon, accessory, warranty, upgrade
    QString source;                 // owned, mentioned
    int maxAgeDays = 0;
    std::vector<QString> tiers;     // customer tiers it applies to; empty for all
    QString sentenceZh;             // with {related.name}, {product.name}, {customer.name}
    QString sentenceEn;
};

// What the conversation has shown so far.
struct ConversationFacts {
    std::vector<QString> customerMessages;  // oldest first
    protocol::CustomerProfile customer;
    std::vector<protocol::Order> orders;
    std::vector<QString> sentSkus;       // recommendations already sent in this consultation
    std::vector<QString> dismissedSkus;  // and dismissed by the agent
    qint64 now = 0;
};

struct RecommendationSettings {
    int maxAddOnsPerConsultation = 1;
    int maxCards = 2;  // a prompt, not a catalogue: what the workspace shows
};

} // namespace agentdesk
