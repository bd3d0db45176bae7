#pragma once

// The records that frames carry: conversations, messages, customers, orders. Each names its
// fields once in fields(), which the reader, the writer and the schema collector all walk.

#include "protocol/Enums.h"
#include "protocol/FieldRule.h"

#include <QString>

#include <optional>
#include <vector>

namespace agentdesk::protocol {

struct Principal {
    static constexpr const char* kName = "Principal";
    PrincipalKind kind = PrincipalKind::Staff;
    qint64 id = 0;
    QString name;
    std::optional<Role> role;  // staff only
    qint64 teamId = 0;         // staff only; 0 for none
    QString teamName;

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("kind", s.kind, kEnum);
        v.field("id", s.id, kId);
        v.field("name", s.name, kRequiredName);
        v.field("role", s.role, kOptionalEnum);
        v.field("teamId", s.teamId, kOptionalId);
        v.field("teamName", s.teamName, kOptionalText);
    }
};

struct ConversationInfo {
    static constexpr const char* kName = "Conversation";
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    CustomerTier customerTier = CustomerTier::Regular;
    Channel channel = Channel::Web;
    QString topic;
    ConversationStatus status = ConversationStatus::Waiting;
    qint64 teamId = 0;
    qint64 agentId = 0;  // 0 while waiting
    QString agentName;
    qint64 createdAt = 0;      // ms since the epoch, UTC, as every timestamp
    qint64 lastMessageAt = 0;
    QString lastMessagePreview;
    qint64 waitingSince = 0;   // the customer's oldest message without a reply; 0 when none
    QString resolution;        // set when closed
    int csat = 0;              // the customer's rating 1-5 after closing; 0 for none

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("id", s.id, kId);
        v.field("customerId", s.customerId, kId);
        v.field("customerName", s.customerName, kShortText);
        v.field("customerTier", s.customerTier, kEnum);
        v.field("channel", s.channel, kEnum);
        v.field("topic", s.topic, kOptionalText);
        v.field("status", s.status, kEnum);
        v.field("teamId", s.teamId, kOptionalId);
        v.field("agentId", s.agentId, kOptionalId);
        v.field("agentName", s.agentName, kOptionalText);
        v.field("createdAt", s.createdAt, kTimestamp);
        v.field("lastMessageAt", s.lastMessageAt, kTimestamp);
        v.field("lastMessagePreview", s.lastMessagePreview, kOptionalText);
        v.field("waitingSince", s.waitingSince, kTimestamp);
        v.field("resolution", s.resolution, kOptionalText);
        v.field("csat", s.csat, FieldRule{.required = false, .min = 0, .max = 5});
    }
};

struct ChatMessage {
    static constexpr const char* kName = "Message";
    qint64 id = 0;
    qint64 conversationId = 0;
    Sender sender = Sender::Customer;
    qint64 authorId = 0;  // the customer's or the agent's id; 0 for system messages
    QString senderName;
    QString text;
    qint64 at = 0;
    QString key;  // the sender's idempotency key; empty for system messages
    // System messages: what happened ("assigned", "transferred_to_agent", "transferred_to_team")
    // and its names, so that each client can say it in its own language; text is the English.
    QString event;
    std::vector<QString> args;
    QString image;  // the id of an attached image (image.get), or empty

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("id", s.id, kId);
        v.field("conversationId", s.conversationId, kId);
        v.field("sender", s.sender, kEnum);
        v.field("authorId", s.authorId, kOptionalId);
        v.field("senderName", s.senderName, kShortText);
        v.field("text", s.text, FieldRule{.maxLength = 4000});
        v.field("at", s.at, kTimestamp);
        v.field("key", s.key, FieldRule{.required = false, .maxLength = 64});
        v.field("event", s.event, FieldRule{.required = false, .maxLength = 40});
        v.field("args", s.args, FieldRule{.required = false, .maxItems = 8});
        v.field("image", s.image, kImageId);
    }
};

struct OrderItem {
    static constexpr const char* kName = "OrderItem";
    QString sku;
    QString name;  // English
    int quantity = 1;
    qint64 priceCents = 0;
    QString nameZh;  // Simplified Chinese, when the catalogue has it

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("sku", s.sku, kShortText);
        v.field("name", s.name, kShortText);
        v.field("nameZh", s.nameZh, kOptionalShortText);
        v.field("quantity", s.quantity, kCount);
        v.field("priceCents", s.priceCents, kCount);
    }
};

struct Order {
    static constexpr const char* kName = "Order";
    qint64 id = 0;
    QString orderNo;
    QString status;  // pending, paid, shipped, delivered, returned, refunded
    qint64 totalCents = 0;
    qint64 createdAt = 0;
    QString carrier;
    QString trackingNo;
    QString logisticsState;
    std::vector<OrderItem> items;

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("id", s.id, kId);
        v.field("orderNo", s.orderNo, kShortText);
        v.field("status", s.status, kShortText);
        v.field("totalCents", s.totalCents, kCount);
        v.field("createdAt", s.createdAt, kTimestamp);
        v.field("carrier", s.carrier, kOptionalText);
        v.field("trackingNo", s.trackingNo, kOptionalText);
        v.field("logisticsState", s.logisticsState, kOptionalText);
        v.field("items", s.items, kList);
    }
};

struct CustomerProfile {
    static constexpr const char* kName = "Customer";
    qint64 id = 0;
    QString name;
    CustomerTier tier = CustomerTier::Regular;
    std::vector<QString> tags;  // e.g. price-sensitive, no-marketing
    qint64 lifetimeValueCents = 0;
    QString segment;  // RFM segment
    QString notes;
    qint64 since = 0;

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("id", s.id, kId);
        v.field("name", s.name, kShortText);
        v.field("tier", s.tier, kEnum);
        v.field("tags", s.tags, kList);
        v.field("lifetimeValueCents", s.lifetimeValueCents, kCount);
        v.field("segment", s.segment, kOptionalText);
        v.field("notes", s.notes, kOptionalText);
        v.field("since", s.since, kTimestamp);
    }
};

struct StaffMember {
    static constexpr const char* kName = "StaffMember";
    qint64 id = 0;
    QString name;
    Role role = Role::Agent;
    qint64 teamId = 0;
    QString teamName;
    PresenceStatus status = PresenceStatus::Offline;  // offline when not connected
    int load = 0;
    int capacity = 0;

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("id", s.id, kId);
        v.field("name", s.name, kShortText);
        v.field("role", s.role, kEnum);
        v.field("teamId", s.teamId, kOptionalId);
        v.field("teamName", s.teamName, kOptionalText);
        v.field("status", s.status, kEnum);
        v.field("load", s.load, kCount);
        v.field("capacity", s.capacity, kCount);
    }
};

struct Team {
    static constexpr const char* kName = "Team";
    qint64 id = 0;
    QString name;

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("id", s.id, rules::kId);
        v.field("name", s.name, rules::kShortText);
    }
};

struct ScriptStep {
    static constexpr const char* kName = "ScriptStep";
    QString title;
    QString body;

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("title", s.title, FieldRule{.maxLength = 80, .nonEmpty = true});
        v.field("body", s.body, FieldRule{.maxLength = 2000, .nonEmpty = true});
    }
};

// A quick reply, or a script (an ordered set of steps for one scenario) when steps is not empty.
// Bodies may hold variables such as {customer.name} and fill-in fields such as {input:label}.
struct Reply {
    static constexpr const char* kName = "Reply";
    qint64 id = 0;  // 0 in reply.save creates one
    QString title;
    QString body;  // empty for a script
    std::vector<ScriptStep> steps;
    ReplyCategory category = ReplyCategory::Other;
    std::vector<QString> tags;
    QString language;  // zh_CN, en
    ReplyScope scope = ReplyScope::Personal;
    qint64 ownerId = 0;  // personal replies: the agent who keeps it
    qint64 teamId = 0;   // team replies: the team, or 0 for the whole shop
    qint64 abPairId = 0;  // two replies with the same pair id are the variants of an A/B test
    int abVariant = 0;    // 0 for A, 1 for B
    qint64 updatedAt = 0;
    QString image;  // an image sent with the reply (image.get), replies only, not scripts

    bool isScript() const { return !steps.empty(); }

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("id", s.id, kOptionalId);
        v.field("title", s.title, FieldRule{.maxLength = 80, .nonEmpty = true});
        v.field("body", s.body, FieldRule{.required = false, .maxLength = 2000});
        v.field("steps", s.steps, FieldRule{.required = false, .maxItems = 12});
        v.field("category", s.category, kEnum);
        v.field("tags", s.tags, FieldRule{.required = false, .maxLength = 40, .maxItems = 10});
        v.field("language", s.language, FieldRule{.maxLength = 10, .nonEmpty = true});
        v.field("scope", s.scope, kEnum);
        v.field("ownerId", s.ownerId, kOptionalId);
        v.field("teamId", s.teamId, kOptionalId);
        v.field("abPairId", s.abPairId, kOptionalId);
        v.field("abVariant", s.abVariant, FieldRule{.required = false, .min = 0, .max = 1});
        v.field("updatedAt", s.updatedAt, FieldRule{.required = false, .min = 0});
        v.field("image", s.image, kImageId);
    }
};

// A stored image: PNG or JPEG, at most 32 KiB, named by the SHA-256 of its bytes.
struct ImageData {
    static constexpr const char* kName = "Image";
    QString id;
    QString mime;  // image/png or image/jpeg
    QString data;  // base64 of the bytes

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("id", s.id, FieldRule{.maxLength = 64, .nonEmpty = true});
        v.field("mime", s.mime, FieldRule{.maxLength = 20, .nonEmpty = true});
        v.field("data", s.data, kImageBase64);
    }
};

// A reply (or a script's step) that went into a message: recorded as a use of the reply.
struct ReplyRef {
    static constexpr const char* kName = "ReplyRef";
    qint64 replyId = 0;
    int step = 0;  // the script step, 0 for a reply

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("replyId", s.replyId, rules::kId);
        v.field("step", s.step, FieldRule{.required = false, .min = 0, .max = 11});
    }
};

// What one agent has done with a reply: for "favourites and most used first".
struct ReplyMine {
    static constexpr const char* kName = "ReplyMine";
    qint64 replyId = 0;
    int uses = 0;
    bool favorite = false;

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("replyId", s.replyId, rules::kId);
        v.field("uses", s.uses, rules::kCount);
        v.field("favorite", s.favorite, rules::kFlag);
    }
};

// How a reply did: used in how many conversations, and how many of them led to a purchase.
struct ReplyStats {
    static constexpr const char* kName = "ReplyStats";
    qint64 replyId = 0;
    int uses = 0;
    int conversations = 0;
    int conversions = 0;

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("replyId", s.replyId, rules::kId);
        v.field("uses", s.uses, rules::kCount);
        v.field("conversations", s.conversations, rules::kCount);
        v.field("conversions", s.conversions, rules::kCount);
    }
};

// An item a customer orders through a channel.
struct OrderLine {
    static constexpr const char* kName = "OrderLine";
    QString sku;
    int quantity = 1;

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("sku", s.sku, FieldRule{.maxLength = 40, .nonEmpty = true});
        v.field("quantity", s.quantity, FieldRule{.min = 1, .max = 99});
    }
};

// A product or service worth offering in a conversation, with why, and whether the policy allows
// offering it now (one add-on per consultation by default, none to "no-marketing" customers).
struct Recommendation {
    static constexpr const char* kName = "Recommendation";
    qint64 ruleId = 0;
    QString sku;
    QString name;        // in the conversation's language
    QString kind;        // addon, accessory, warranty, upgrade
    qint64 priceCents = 0;
    QString matched;     // what the customer said that triggered it
    QString forProduct;  // the product it goes with, in the conversation's language
    qint64 boughtAt = 0; // when the customer bought that product; 0 when only mentioned
    bool lacksWarranty = false;  // the customer has no warranty for that product
    QString sentence;    // ready to send
    bool allowed = true;
    QString refusal;     // when not allowed: cap_reached, no_marketing

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("ruleId", s.ruleId, kId);
        v.field("sku", s.sku, FieldRule{.maxLength = 40, .nonEmpty = true});
        v.field("name", s.name, kShortText);
        v.field("kind", s.kind, FieldRule{.maxLength = 20});
        v.field("priceCents", s.priceCents, kCount);
        v.field("matched", s.matched, kOptionalText);
        v.field("forProduct", s.forProduct, kOptionalText);
        v.field("boughtAt", s.boughtAt, FieldRule{.required = false, .min = 0});
        v.field("lacksWarranty", s.lacksWarranty, kFlag);
        v.field("sentence", s.sentence, FieldRule{.maxLength = 2000, .nonEmpty = true});
        v.field("allowed", s.allowed, kFlag);
        v.field("refusal", s.refusal, FieldRule{.required = false, .maxLength = 40});
    }
};

// What became of the recommendations of one product.
struct RecommendationStats {
    static constexpr const char* kName = "RecommendationStats";
    QString sku;
    QString name;
    int shown = 0;
    int sent = 0;
    int dismissed = 0;
    int converted = 0;  // sent, and the customer bought it within the conversion window

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("sku", s.sku, FieldRule{.maxLength = 40, .nonEmpty = true});
        v.field("name", s.name, kShortText);
        v.field("shown", s.shown, kCount);
        v.field("sent", s.sent, kCount);
        v.field("dismissed", s.dismissed, kCount);
        v.field("converted", s.converted, kCount);
    }
};

// A kind of coupon the shop offers, with the conditions under which staff may grant it.
struct CouponTemplate {
    static constexpr const char* kName = "CouponTemplate";
    qint64 id = 0;
    QString name;    // English
    QString nameZh;  // Simplified Chinese
    CouponKind kind = CouponKind::Amount;
    qint64 amountCents = 0;  // amount: the discount
    int percent = 0;         // percent: the discount in percent...
    qint64 capCents = 0;     // ...up to this much
    qint64 minOrderCents = 0;
    int validDays = 7;
    std::vector<QString> skus;        // applies to these products only; empty: see categories
    std::vector<QString> categories;  // ...or these catalogue categories; both empty: the whole order
    // Conditions: the conversation has lasted this many minutes (the customer hesitates), a price
    // objection was raised, the customer is of one of these tiers (empty: any).
    int minMinutes = 0;
    bool needsPriceObjection = false;
    std::vector<QString> tiers;
    bool active = true;

    // What the coupon can be worth at most: the unit of every limit.
    qint64 valueCents() const { return kind == CouponKind::Amount ? amountCents : capCents; }

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("id", s.id, kId);
        v.field("name", s.name, kRequiredName);
        v.field("nameZh", s.nameZh, kShortText);
        v.field("kind", s.kind, kEnum);
        v.field("amountCents", s.amountCents, kOptionalCount);
        v.field("percent", s.percent, FieldRule{.required = false, .min = 0, .max = 100});
        v.field("capCents", s.capCents, kOptionalCount);
        v.field("minOrderCents", s.minOrderCents, kOptionalCount);
        v.field("validDays", s.validDays, FieldRule{.min = 1, .max = 366});
        v.field("skus", s.skus, FieldRule{.required = false, .maxLength = 40, .maxItems = 100});
        v.field("categories", s.categories, FieldRule{.required = false, .maxLength = 40, .maxItems = 20});
        v.field("minMinutes", s.minMinutes, FieldRule{.required = false, .min = 0, .max = 1440});
        v.field("needsPriceObjection", s.needsPriceObjection, kFlag);
        v.field("tiers", s.tiers, FieldRule{.required = false, .maxLength = 20, .maxItems = 4});
        v.field("active", s.active, kFlag);
    }
};

// How much a staff member may grant on their own: by role and level, or set for them.
struct CouponLimits {
    static constexpr const char* kName = "CouponLimits";
    qint64 maxSingleCents = 0;    // the largest single coupon
    qint64 dailyTotalCents = 0;   // in total per day (the shop's day)
    int perCustomerCount = 0;     // coupons to one customer...
    int perCustomerDays = 30;     // ...within this many days (from anyone)
    int perConversationCount = 0; // coupons in one conversation (from anyone)

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("maxSingleCents", s.maxSingleCents, kCount);
        v.field("dailyTotalCents", s.dailyTotalCents, kCount);
        v.field("perCustomerCount", s.perCustomerCount, kCount);
        v.field("perCustomerDays", s.perCustomerDays, FieldRule{.min = 1, .max = 366});
        v.field("perConversationCount", s.perConversationCount, kCount);
    }
};

// What the coupon policy needs to know about the moment of a grant, counted by the server.
struct CouponFacts {
    static constexpr const char* kName = "CouponFacts";
    qint64 grantedTodayCents = 0;      // by this staff member since the start of the shop's day
    qint64 teamGrantedTodayCents = 0;  // by their team since then
    qint64 teamBudgetCents = 0;        // the team's daily budget; 0: the team has none
    int customerGrants = 0;            // to this customer within the limits' period
    int conversationGrants = 0;        // in this conversation
    qint64 conversationStartedAt = 0;
    bool priceObjection = false;       // the customer objected to the price in this conversation
    CustomerTier tier = CustomerTier::Regular;
    qint64 dayStartsAt = 0;            // the start of the shop's day the counts are of

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("grantedTodayCents", s.grantedTodayCents, kCount);
        v.field("teamGrantedTodayCents", s.teamGrantedTodayCents, kCount);
        v.field("teamBudgetCents", s.teamBudgetCents, kCount);
        v.field("customerGrants", s.customerGrants, kCount);
        v.field("conversationGrants", s.conversationGrants, kCount);
        v.field("conversationStartedAt", s.conversationStartedAt, kTimestamp);
        v.field("priceObjection", s.priceObjection, kFlag);
        v.field("tier", s.tier, kEnum);
        v.field("dayStartsAt", s.dayStartsAt, kTimestamp);
    }
};

// One reason a coupon may not be granted, with the figures behind it.
struct CouponRefusal {
    static constexpr const char* kName = "CouponRefusal";
    QString code;       // see CouponPolicy: single_limit, daily_limit, team_budget...
    qint64 limit = 0;   // the bound in force (cents, a count or minutes)
    qint64 actual = 0;  // what the grant would make it, or what there is

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("code", s.code, FieldRule{.maxLength = 40, .nonEmpty = true});
        v.field("limit", s.limit, kOptionalCount);
        v.field("actual", s.actual, kOptionalCount);
    }
};

// A coupon granted to a customer.
struct Coupon {
    static constexpr const char* kName = "Coupon";
    qint64 id = 0;
    QString code;  // unique and unguessable: what the customer types at checkout
    qint64 templateId = 0;
    QString name;
    QString nameZh;
    qint64 valueCents = 0;
    qint64 minOrderCents = 0;
    qint64 customerId = 0;
    qint64 conversationId = 0;
    qint64 grantedBy = 0;
    qint64 approvalId = 0;  // granted by approving this request, or 0
    qint64 grantedAt = 0;
    qint64 validUntil = 0;

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("id", s.id, kId);
        v.field("code", s.code, FieldRule{.maxLength = 40, .nonEmpty = true});
        v.field("templateId", s.templateId, kId);
        v.field("name", s.name, kShortText);
        v.field("nameZh", s.nameZh, kShortText);
        v.field("valueCents", s.valueCents, kCount);
        v.field("minOrderCents", s.minOrderCents, kOptionalCount);
        v.field("customerId", s.customerId, kId);
        v.field("conversationId", s.conversationId, kId);
        v.field("grantedBy", s.grantedBy, kId);
        v.field("approvalId", s.approvalId, kOptionalId);
        v.field("grantedAt", s.grantedAt, kTimestamp);
        v.field("validUntil", s.validUntil, kTimestamp);
    }
};

// An agent's request for a coupon beyond their authority, and what their lead made of it.
struct CouponApproval {
    static constexpr const char* kName = "CouponApproval";
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 customerId = 0;
    QString customerName;
    qint64 templateId = 0;
    QString templateName;
    qint64 valueCents = 0;
    qint64 requestedBy = 0;
    QString requestedByName;
    qint64 teamId = 0;
    QString reason;
    std::vector<CouponRefusal> refusals;  // why the agent could not grant it
    ApprovalStatus status = ApprovalStatus::Pending;
    qint64 decidedBy = 0;
    QString decidedByName;
    QString comment;
    qint64 couponId = 0;
    QString couponCode;
    qint64 createdAt = 0;
    qint64 decidedAt = 0;

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("id", s.id, kId);
        v.field("conversationId", s.conversationId, kId);
        v.field("customerId", s.customerId, kId);
        v.field("customerName", s.customerName, kShortText);
        v.field("templateId", s.templateId, kId);
        v.field("templateName", s.templateName, kShortText);
        v.field("valueCents", s.valueCents, kCount);
        v.field("requestedBy", s.requestedBy, kId);
        v.field("requestedByName", s.requestedByName, kShortText);
        v.field("teamId", s.teamId, kOptionalId);
        v.field("reason", s.reason, kOptionalText);
        v.field("refusals", s.refusals, FieldRule{.required = false, .maxItems = 20});
        v.field("status", s.status, kEnum);
        v.field("decidedBy", s.decidedBy, kOptionalId);
        v.field("decidedByName", s.decidedByName, FieldRule{.required = false});
        v.field("comment", s.comment, kOptionalText);
        v.field("couponId", s.couponId, kOptionalId);
        v.field("couponCode", s.couponCode, FieldRule{.required = false, .maxLength = 40});
        v.field("createdAt", s.createdAt, kTimestamp);
        v.field("decidedAt", s.decidedAt, FieldRule{.required = false, .min = 0});
    }
};

// One row of the append-only coupon audit log.
struct AuditEntry {
    static constexpr const char* kName = "AuditEntry";
    qint64 id = 0;
    qint64 at = 0;
    AuditAction action = AuditAction::Grant;
    qint64 actorId = 0;
    QString actorName;
    qint64 teamId = 0;
    qint64 customerId = 0;
    qint64 conversationId = 0;
    qint64 templateId = 0;
    QString templateName;
    qint64 valueCents = 0;
    qint64 couponId = 0;
    qint64 approvalId = 0;
    std::vector<CouponRefusal> refusals;  // refusals: each reason
    QString limits;  // the limits and counts in force, e.g. "single 20.00; daily 200.00 (granted 50.00); ..."
    QString comment;

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("id", s.id, kId);
        v.field("at", s.at, kTimestamp);
        v.field("action", s.action, kEnum);
        v.field("actorId", s.actorId, kId);
        v.field("actorName", s.actorName, kShortText);
        v.field("teamId", s.teamId, kOptionalId);
        v.field("customerId", s.customerId, kOptionalId);
        v.field("conversationId", s.conversationId, kOptionalId);
        v.field("templateId", s.templateId, kOptionalId);
        v.field("templateName", s.templateName, kShortText);
        v.field("valueCents", s.valueCents, kOptionalCount);
        v.field("couponId", s.couponId, kOptionalId);
        v.field("approvalId", s.approvalId, kOptionalId);
        v.field("refusals", s.refusals, FieldRule{.required = false, .maxItems = 20});
        v.field("limits", s.limits, kOptionalText);
        v.field("comment", s.comment, kOptionalText);
    }
};

// One agent (or lead) on the supervisor's floor: presence, load and today's work.
struct FloorAgent {
    static constexpr const char* kName = "FloorAgent";
    qint64 id = 0;
    QString name;
    Role role = Role::Agent;
    PresenceStatus status = PresenceStatus::Offline;  // offline when not connected
    int load = 0;      // conversations assigned and open
    int capacity = 0;
    int handledToday = 0;             // conversations closed since the shop's midnight
    int respondedToday = 0;           // first responses given since midnight...
    qint64 firstResponseMsToday = 0;  // ...and their average time from arrival, ms (0: none)

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("id", s.id, kId);
        v.field("name", s.name, kShortText);
        v.field("role", s.role, kEnum);
        v.field("status", s.status, kEnum);
        v.field("load", s.load, kCount);
        v.field("capacity", s.capacity, kCount);
        v.field("handledToday", s.handledToday, kCount);
        v.field("respondedToday", s.respondedToday, kCount);
        v.field("firstResponseMsToday", s.firstResponseMsToday, kCount);
    }
};

// One of a team's queues: the conversations of a topic waiting for an agent (the team's topics
// are its queues; agents' skills are topics). Counted over the whole queue, not a snapshot's head.
struct FloorQueue {
    static constexpr const char* kName = "FloorQueue";
    QString topic;               // "" for conversations without a topic
    int waiting = 0;
    qint64 oldestWaitingSince = 0;  // the longest-waiting customer's wait started then (0: none)
    int vip = 0;                 // waiting by customer tier
    int gold = 0;
    int silver = 0;
    int regular = 0;

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("topic", s.topic, kOptionalText);
        v.field("waiting", s.waiting, kCount);
        v.field("oldestWaitingSince", s.oldestWaitingSince, kTimestamp);
        v.field("vip", s.vip, kCount);
        v.field("gold", s.gold, kCount);
        v.field("silver", s.silver, kCount);
        v.field("regular", s.regular, kCount);
    }
};

// The most agents a floor snapshot lists (a team larger than that shows its first by name).
inline constexpr qsizetype kMaxFloorAgents = 10'000;

// A team's floor as the server sees it at `at`: the open conversations (the queue first, in the
// order routing serves it, then those assigned) and the team's agents. Waiting times and SLA
// breaches follow from it and the clock (core's FloorFigures), so a client ticks them itself.
struct FloorSnapshot {
    static constexpr const char* kName = "FloorSnapshot";
    qint64 teamId = 0;
    QString teamName;
    qint64 at = 0;
    qint64 slaMs = 0;
    std::vector<ConversationInfo> conversations;
    bool truncated = false;  // more open conversations than a snapshot carries
    int waitingTotal = 0;    // waiting conversations, also those left out
    std::vector<FloorAgent> agents;  // at most kMaxFloorAgents: the first by name
    int pendingApprovals = 0;
    std::vector<FloorQueue> queues;  // every topic of the team, then any other topic waiting
    QString timeZone;                // the shop's IANA zone: where "today" and the budget's days start

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("teamId", s.teamId, kId);
        v.field("teamName", s.teamName, kShortText);
        v.field("at", s.at, kTimestamp);
        v.field("slaMs", s.slaMs, FieldRule{.min = 1});
        v.field("conversations", s.conversations, FieldRule{.maxItems = 2000});
        v.field("truncated", s.truncated, kFlag);
        v.field("waitingTotal", s.waitingTotal, kCount);
        v.field("agents", s.agents, FieldRule{.maxItems = kMaxFloorAgents});
        v.field("pendingApprovals", s.pendingApprovals, kCount);
        v.field("queues", s.queues, FieldRule{.required = false, .maxItems = 100});
        v.field("timeZone", s.timeZone, FieldRule{.required = false, .maxLength = 64});
    }
};

// A notice a lead broadcast to their team.
struct Notice {
    static constexpr const char* kName = "Notice";
    qint64 id = 0;
    qint64 teamId = 0;
    qint64 authorId = 0;
    QString authorName;
    QString text;
    qint64 at = 0;

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("id", s.id, kId);
        v.field("teamId", s.teamId, kId);
        v.field("authorId", s.authorId, kId);
        v.field("authorName", s.authorName, kShortText);
        v.field("text", s.text, FieldRule{.maxLength = 1000, .nonEmpty = true});
        v.field("at", s.at, kTimestamp);
    }
};

// One row of the append-only log of leads' actions on the floor.
struct StaffAction {
    static constexpr const char* kName = "StaffAction";
    qint64 id = 0;
    qint64 at = 0;
    StaffActionKind action = StaffActionKind::Reassign;
    qint64 actorId = 0;
    QString actorName;
    qint64 teamId = 0;
    qint64 conversationId = 0;
    qint64 targetId = 0;  // the staff member acted upon (new agent, capacity changed)
    QString targetName;
    QString detail;       // e.g. "capacity 5 -> 3", the notice's text

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("id", s.id, kId);
        v.field("at", s.at, kTimestamp);
        v.field("action", s.action, kEnum);
        v.field("actorId", s.actorId, kId);
        v.field("actorName", s.actorName, kShortText);
        v.field("teamId", s.teamId, kOptionalId);
        v.field("conversationId", s.conversationId, kOptionalId);
        v.field("targetId", s.targetId, kOptionalId);
        v.field("targetName", s.targetName, FieldRule{.required = false});
        v.field("detail", s.detail, kOptionalText);
    }
};

// What one agent (or a whole team: agentId 0) did in a period, as counts and sums; the KPIs
// follow from them by core's KpiFormulas, on the server's and the client's side alike.
struct KpiCounts {
    static constexpr const char* kName = "KpiCounts";
    qint64 agentId = 0;
    QString agentName;
    int consultations = 0;         // conversations of the period the agent served
    int converted = 0;             // ...whose customer bought within the conversion window
    qint64 revenueCents = 0;       // ...what those customers bought in it
    int closed = 0;                // ...closed
    int resolvedFirstContact = 0;  // ...closed, and the customer did not come back within the FCR window
    qint64 handlingMs = 0;         // sum over the closed ones, from assignment to close
    int responded = 0;             // conversations with a first answer...
    qint64 firstResponseMs = 0;    // ...and the sum of their waits for it
    int rated = 0;                 // CSAT ratings given...
    int ratingSum = 0;             // ...their sum (1-5 each)...
    int satisfied = 0;             // ...and how many were 4 or 5
    int coupons = 0;               // coupons granted in the period...
    qint64 couponCents = 0;        // ...and their worth

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("agentId", s.agentId, kOptionalId);
        v.field("agentName", s.agentName, FieldRule{.required = false});
        v.field("consultations", s.consultations, kCount);
        v.field("converted", s.converted, kCount);
        v.field("revenueCents", s.revenueCents, kCount);
        v.field("closed", s.closed, kCount);
        v.field("resolvedFirstContact", s.resolvedFirstContact, kCount);
        v.field("handlingMs", s.handlingMs, kCount);
        v.field("responded", s.responded, kCount);
        v.field("firstResponseMs", s.firstResponseMs, kCount);
        v.field("rated", s.rated, kCount);
        v.field("ratingSum", s.ratingSum, kCount);
        v.field("satisfied", s.satisfied, kCount);
        v.field("coupons", s.coupons, kCount);
        v.field("couponCents", s.couponCents, kCount);
    }
};

// How many customers waited in a team's queue at a moment.
struct WaitPoint {
    static constexpr const char* kName = "WaitPoint";
    qint64 at = 0;
    int waiting = 0;

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("at", s.at, rules::kTimestamp);
        v.field("waiting", s.waiting, rules::kCount);
    }
};

// An agent a coach may train, with how far their training has come.
struct Trainee {
    static constexpr const char* kName = "Trainee";
    qint64 id = 0;
    QString name;
    qint64 teamId = 0;
    QString teamName;
    int assigned = 0;          // scenarios assigned to them now
    int results = 0;           // attempts they submitted
    int averageScore = -1;     // over those attempts; -1: none
    qint64 lastResultAt = 0;   // when the latest ended; 0: none

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("id", s.id, kId);
        v.field("name", s.name, kShortText);
        v.field("teamId", s.teamId, kOptionalId);
        v.field("teamName", s.teamName, kOptionalText);
        v.field("assigned", s.assigned, kCount);
        v.field("results", s.results, kCount);
        v.field("averageScore", s.averageScore, FieldRule{.min = -1, .max = 100});
        v.field("lastResultAt", s.lastResultAt, kCount);
    }
};

// A sandbox scenario a coach set a trainee to practise, with the trainee's attempts since.
struct TrainingAssignment {
    static constexpr const char* kName = "TrainingAssignment";
    qint64 id = 0;
    qint64 traineeId = 0;
    QString traineeName;
    qint64 coachId = 0;
    QString coachName;
    QString scenarioId;
    QString note;
    qint64 assignedAt = 0;
    int attempts = 0;     // the trainee's results for the scenario since it was assigned
    int bestScore = -1;   // the best of them; -1: none yet

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("id", s.id, kId);
        v.field("traineeId", s.traineeId, kId);
        v.field("traineeName", s.traineeName, kShortText);
        v.field("coachId", s.coachId, kId);
        v.field("coachName", s.coachName, kShortText);
        v.field("scenarioId", s.scenarioId, FieldRule{.maxLength = 64, .nonEmpty = true});
        v.field("note", s.note, FieldRule{.required = false, .maxLength = 500});
        v.field("assignedAt", s.assignedAt, kTimestamp);
        v.field("attempts", s.attempts, kCount);
        v.field("bestScore", s.bestScore, FieldRule{.min = -1, .max = 100});
    }
};

// A trainee's sandbox attempt as a server keeps it: the figures a list shows; the whole attempt
// (transcript and every point) comes with training.result.
struct TrainingResult {
    static constexpr const char* kName = "TrainingResult";
    qint64 id = 0;
    qint64 traineeId = 0;
    QString traineeName;
    QString scenarioId;
    QString title;
    QString language;  // zh, en
    qint64 startedAt = 0;
    qint64 endedAt = 0;
    qint64 submittedAt = 0;
    int total = 0;     // of 100
    QString outcome;   // purchase, resolved, left
    int rating = 0;    // the scripted customer's, 0-5

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("id", s.id, kId);
        v.field("traineeId", s.traineeId, kId);
        v.field("traineeName", s.traineeName, kShortText);
        v.field("scenarioId", s.scenarioId, FieldRule{.maxLength = 64, .nonEmpty = true});
        v.field("title", s.title, kShortText);
        v.field("language", s.language, FieldRule{.maxLength = 8});
        v.field("startedAt", s.startedAt, kTimestamp);
        v.field("endedAt", s.endedAt, kTimestamp);
        v.field("submittedAt", s.submittedAt, kTimestamp);
        v.field("total", s.total, FieldRule{.min = 0, .max = 100});
        v.field("outcome", s.outcome, FieldRule{.maxLength = 16});
        v.field("rating", s.rating, FieldRule{.min = 0, .max = 5});
    }
};

} // namespace agentdesk::protocol
