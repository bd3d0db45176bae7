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
    }
};

struct OrderItem {
    static constexpr const char* kName = "OrderItem";
    QString sku;
    QString name;
    int quantity = 1;
    qint64 priceCents = 0;

    template <class S, class V>
    static void fields(S& s, V& v)
    {
        using namespace rules;
        v.field("sku", s.sku, kShortText);
        v.field("name", s.name, kShortText);
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

} // namespace agentdesk::protocol
