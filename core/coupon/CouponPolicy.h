#pragma once

#include "protocol/Records.h"

#include <QTimeZone>

#include <optional>
#include <span>
#include <vector>

namespace agentdesk {

// The coupon rules, decided once here for the workspace (what it offers before any click) and the
// server (what it grants, inside the grant's transaction). Every limit is inclusive: a grant that
// reaches a limit exactly is allowed, one that would pass it is refused.
class CouponPolicy {
public:
    // Refusal codes, in the order they are checked; a decision lists every one that applies.
    static constexpr const char* kInactive = "inactive";  // also a template worth nothing (no amount or cap)
    static constexpr const char* kSingleLimit = "single_limit";
    static constexpr const char* kDailyLimit = "daily_limit";
    static constexpr const char* kTeamBudget = "team_budget";
    static constexpr const char* kCustomerLimit = "customer_limit";
    static constexpr const char* kConversationLimit = "conversation_limit";
    static constexpr const char* kTooEarly = "too_early";
    static constexpr const char* kNoPriceObjection = "no_price_objection";
    static constexpr const char* kTier = "tier";

    struct Decision {
        std::vector<protocol::CouponRefusal> refusals;
        bool allowed() const { return refusals.empty(); }
        bool refusedFor(const char* code) const;
    };

    // conditionsWaived: a lead approving a request judges the template's conditions themselves;
    // their limits and the team's budget still hold.
    static Decision evaluate(const protocol::CouponTemplate& coupon, const protocol::CouponLimits& limits,
                             const protocol::CouponFacts& facts, qint64 now, bool conditionsWaived = false);

    // The id of the most valuable template worth at most maxCents that may be granted now (a
    // sandbox's expert giving "a 20 yuan coupon" gives what the policy allows up to that).
    static std::optional<qint64> largestAllowed(std::span<const protocol::CouponTemplate> templates,
                                                const protocol::CouponLimits& limits, const protocol::CouponFacts& facts,
                                                qint64 now, qint64 maxCents);

    // What is left to grant today: the staff member's daily limit, within the team's budget.
    static qint64 remainingToday(const protocol::CouponLimits& limits, const protocol::CouponFacts& facts);

    // The start of the shop's day that `now` falls in, in the shop's time zone: daily limits and
    // budgets count from there, whatever the time zone of the customer or the server.
    static qint64 dayStart(qint64 now, const QTimeZone& shopZone);

    // Who decides a coupon request: the leads of its team and the admins, never its requester.
    static bool decidesRequests(const protocol::Principal& who, qint64 teamId);
    static bool mayDecide(const protocol::Principal& who, const protocol::CouponApproval& approval);

    // Whether a customer's message objects to the price (Chinese or English keywords).
    static bool isPriceObjection(const QString& text);

    // In English, for error messages and the audit log.
    static QString describe(const protocol::CouponRefusal& refusal);
    static QString describeLimits(const protocol::CouponLimits& limits, const protocol::CouponFacts& facts);
};

} // namespace agentdesk
