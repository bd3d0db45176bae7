#pragma once

#include "i18n/ServerText.h"
#include "service/Identity.h"
#include "service/Outcome.h"

namespace agentdesk::server {

struct ServerContext;

// Coupons on the server, the authority: core's CouponPolicy decides again inside the request's
// write transaction, with counts read in that same transaction, so no pair of clicks, clients or
// server processes sharing the database can pass a limit. Every grant, refusal, request, approval
// and denial is appended to the audit log in the transaction of its effect.
class CouponService {
    AGENTDESK_SERVER_TEXTS(CouponService)

public:
    explicit CouponService(ServerContext& context);

    Outcome options(const Identity& who, const protocol::CouponsOptions& request);
    Outcome grant(const Identity& who, const protocol::CouponGrant& request);
    Outcome requestApproval(const Identity& who, const protocol::CouponRequest& request);
    Outcome approvals(const Identity& who, const protocol::ApprovalsList& request);
    Outcome decide(const Identity& who, const protocol::ApprovalDecide& request);
    Outcome audit(const Identity& who, const protocol::AuditList& request);

private:
    struct Granter {
        qint64 id = 0;
        QString name;
        qint64 teamId = 0;
    };
    protocol::CouponFacts factsFor(const Granter& granter, const protocol::ConversationInfo& conversation,
                                   const protocol::CouponLimits& limits, qint64 now);
    // The coupon, its message to the customer and its audit row.
    protocol::Coupon issue(const Granter& granter, const protocol::CouponTemplate& coupon,
                           const protocol::ConversationInfo& conversation, qint64 approvalId, const QString& limits, qint64 now);
    void audit(const Granter& actor, AuditAction action, const protocol::ConversationInfo* conversation,
               const protocol::CouponTemplate* coupon, qint64 couponId, qint64 approvalId,
               const std::vector<protocol::CouponRefusal>& refusals, const QString& limits, const QString& comment, qint64 now);
    void announce(const protocol::CouponApproval& approval);
    // The open conversation the caller serves, or the error to answer with.
    std::variant<protocol::ConversationInfo, protocol::ProtocolError> servedConversation(const Identity& who, qint64 id);

    ServerContext& m_ctx;
};

} // namespace agentdesk::server
