#pragma once

#include "protocol/Frames.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace agentdesk::server {

class Database;

// Coupon templates, limits and budgets, the coupons granted, requests for approval and the audit
// log. The counts are read inside the grant's write transaction, so they cannot change before the
// coupon is recorded.
class CouponStore {
public:
    explicit CouponStore(Database& db);

    std::vector<protocol::CouponTemplate> templates();
    std::optional<protocol::CouponTemplate> couponTemplate(qint64 id);
    // The most specific limits of a staff member; all zero (nothing may be granted) when none apply.
    protocol::CouponLimits limitsFor(qint64 userId);
    qint64 teamBudget(qint64 teamId);

    qint64 grantedBy(qint64 userId, qint64 since);
    qint64 grantedByTeam(qint64 teamId, qint64 since);
    int grantsToCustomer(qint64 customerId, qint64 since);
    int grantsInConversation(qint64 conversationId);
    bool grantedSince(qint64 conversationId, qint64 templateId, qint64 since);
    // What the customer wrote in the conversation, for core's price-objection check.
    QStringList customerTexts(qint64 conversationId);

    // Stores the coupon under a new unique, unguessable code; returns it with its id and code.
    protocol::Coupon insertCoupon(protocol::Coupon coupon, qint64 teamId);

    protocol::CouponApproval insertApproval(const protocol::CouponApproval& approval);
    std::optional<protocol::CouponApproval> approval(qint64 id);
    bool hasPending(qint64 conversationId, qint64 templateId);
    void decide(qint64 id, ApprovalStatus status, qint64 decidedBy, const QString& comment, qint64 couponId, qint64 at);
    // teamId > 0: that team's; requesterId > 0: that person's; both 0: all. Pending first, newest first.
    std::vector<protocol::CouponApproval> approvals(qint64 teamId, qint64 requesterId, bool includeDecided);

    // Append only: nothing in the server updates or deletes audit rows.
    qint64 appendAudit(const protocol::AuditEntry& entry);
    // actorId > 0: that person's; teamId > 0: that team's; both 0: all. Newest first.
    std::vector<protocol::AuditEntry> audit(qint64 actorId, qint64 teamId, const protocol::AuditList& page, bool* more);

private:
    Database& m_db;
};

} // namespace agentdesk::server
