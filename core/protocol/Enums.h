#pragma once

#include <QString>

#include <array>
#include <optional>

namespace agentdesk {

// The domain's closed sets of values, spelled on the wire as the lower-case names below.
enum class Role { Agent, Lead, Trainer, Admin };
enum class PresenceStatus { Online, Away, Busy, Offline };
enum class ConversationStatus { Waiting, Assigned, Closed };
enum class Sender { Customer, Agent, System, Note };  // Note: internal, staff only
enum class CustomerTier { Regular, Silver, Gold, Vip };
enum class PrincipalKind { Staff, Customer };
enum class Channel { Web, App, WeChat, Taobao, Email };
enum class CouponKind { Amount, Percent };  // Percent: percent off, up to a cap
enum class ApprovalStatus { Pending, Approved, Denied };
enum class AuditAction { Grant, Refuse, Request, Approve, Deny };
// What a lead (or admin) did on the floor; each is kept in the staff action log.
enum class StaffActionKind { Reassign, TakeOver, Requeue, Monitor, Whisper, Capacity, Broadcast, Join };
enum class ReplyScope { Team, Personal };  // Team: kept by leads and admins; Personal: by its owner
enum class ReplyCategory {
    Greeting, ProductInfo, Logistics, Returns, PriceObjection, Hesitation, Competitor, Closing, Apology,
    AfterSales, Payment, Promotion, Other
};

template <class E>
struct EnumNames;
template <>
struct EnumNames<Role> {
    static constexpr std::array names{"agent", "lead", "trainer", "admin"};
};
template <>
struct EnumNames<PresenceStatus> {
    static constexpr std::array names{"online", "away", "busy", "offline"};
};
template <>
struct EnumNames<ConversationStatus> {
    static constexpr std::array names{"waiting", "assigned", "closed"};
};
template <>
struct EnumNames<Sender> {
    static constexpr std::array names{"customer", "agent", "system", "note"};
};
template <>
struct EnumNames<CustomerTier> {
    static constexpr std::array names{"regular", "silver", "gold", "vip"};
};
template <>
struct EnumNames<PrincipalKind> {
    static constexpr std::array names{"staff", "customer"};
};
template <>
struct EnumNames<Channel> {
    static constexpr std::array names{"web", "app", "wechat", "taobao", "email"};
};

template <>
struct EnumNames<CouponKind> {
    static constexpr std::array names{"amount", "percent"};
};
template <>
struct EnumNames<ApprovalStatus> {
    static constexpr std::array names{"pending", "approved", "denied"};
};
template <>
struct EnumNames<AuditAction> {
    static constexpr std::array names{"grant", "refuse", "request", "approve", "deny"};
};

template <>
struct EnumNames<StaffActionKind> {
    static constexpr std::array names{"reassign", "take_over", "requeue", "monitor", "whisper", "capacity", "broadcast",
                                      "join"};
};

template <>
struct EnumNames<ReplyScope> {
    static constexpr std::array names{"team", "personal"};
};
template <>
struct EnumNames<ReplyCategory> {
    static constexpr std::array names{"greeting", "product_info", "logistics", "returns", "price_objection",
                                      "hesitation", "competitor", "closing", "apology", "after_sales", "payment",
                                      "promotion", "other"};
};

template <class E>
concept WireEnum = requires { EnumNames<E>::names; };

template <WireEnum E>
QString enumName(E value)
{
    return QString::fromLatin1(EnumNames<E>::names.at(static_cast<size_t>(value)));
}

template <WireEnum E>
std::optional<E> enumFromName(QStringView name)
{
    const auto& names = EnumNames<E>::names;
    for (size_t i = 0; i < names.size(); ++i) {
        if (name == QLatin1String(names[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

// "a|b|c", for error messages and the protocol document.
template <WireEnum E>
QString enumAlternatives()
{
    QString out;
    for (const char* n : EnumNames<E>::names) {
        if (!out.isEmpty())
            out += QLatin1Char('|');
        out += QLatin1String(n);
    }
    return out;
}

} // namespace agentdesk
