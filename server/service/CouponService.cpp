#include "service/CouponService.h"

#include "coupon/CouponPolicy.h"
#include "policy/ConversationAccess.h"
#include "FloorMonitor.h"
#include "ServerContext.h"
#include "service/ChatService.h"

#include <QDateTime>

namespace agentdesk::server {

using namespace protocol;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString money(qint64 cents)
{
    return QString::number(double(cents) / 100, 'f', 2);
}

} // namespace

CouponService::CouponService(ServerContext& context)
    : m_ctx(context)
{
}

std::variant<ConversationInfo, ProtocolError> CouponService::servedConversation(const Identity& who, qint64 id)
{
    const auto c = m_ctx.conversations.conversation(id);
    if (!c || !ConversationAccess::canRead(who.principal(), *c))
        return ProtocolError{ErrorCode::NotFound, tr("no conversation %1 is visible to you").arg(id)};
    if (c->status == ConversationStatus::Closed)
        return ProtocolError{ErrorCode::InvalidState, tr("conversation %1 is closed").arg(id)};
    if (!ConversationAccess::canReply(who.principal(), *c))
        return ProtocolError{ErrorCode::Forbidden, tr("coupons are granted by the agent serving conversation %1").arg(id)};
    return *c;
}

CouponFacts CouponService::factsFor(const Granter& granter, const ConversationInfo& c, const CouponLimits& limits, qint64 at)
{
    CouponFacts f;
    f.dayStartsAt = CouponPolicy::dayStart(at, m_ctx.config.shopTimeZone);
    f.grantedTodayCents = m_ctx.coupons.grantedBy(granter.id, f.dayStartsAt);
    if (granter.teamId > 0) {
        f.teamBudgetCents = m_ctx.coupons.teamBudget(granter.teamId);
        f.teamGrantedTodayCents = m_ctx.coupons.grantedByTeam(granter.teamId, f.dayStartsAt);
    }
    f.customerGrants = m_ctx.coupons.grantsToCustomer(c.customerId, at - qint64(limits.perCustomerDays) * kDay);
    f.conversationGrants = m_ctx.coupons.grantsInConversation(c.id);
    f.conversationStartedAt = c.createdAt;
    const QStringList texts = m_ctx.coupons.customerTexts(c.id);
    f.priceObjection = std::any_of(texts.begin(), texts.end(), [](const QString& t) { return CouponPolicy::isPriceObjection(t); });
    f.tier = c.customerTier;
    return f;
}

Outcome CouponService::options(const Identity& who, const CouponsOptions& request)
{
    auto served = servedConversation(who, request.conversationId);
    if (const auto* error = std::get_if<ProtocolError>(&served))
        return *error;
    const ConversationInfo& c = std::get<ConversationInfo>(served);
    const qint64 at = now();
    CouponsOptionsOk reply;
    reply.conversationId = c.id;
    reply.templates = m_ctx.coupons.templates();
    reply.limits = m_ctx.coupons.limitsFor(who.id);
    reply.facts = factsFor({who.id, who.name, who.teamId}, c, reply.limits, at);
    reply.serverTime = at;
    return reply;
}

Outcome CouponService::grant(const Identity& who, const CouponGrant& request)
{
    auto served = servedConversation(who, request.conversationId);
    if (const auto* error = std::get_if<ProtocolError>(&served))
        return *error;
    const ConversationInfo& c = std::get<ConversationInfo>(served);
    const auto coupon = m_ctx.coupons.couponTemplate(request.templateId);
    if (!coupon)
        return failWith(ErrorCode::NotFound, tr("no coupon template %1").arg(request.templateId));
    const qint64 at = now();
    const Granter me{who.id, who.name, who.teamId};
    const CouponLimits limits = m_ctx.coupons.limitsFor(who.id);
    const CouponFacts facts = factsFor(me, c, limits, at);
    const QString inForce = CouponPolicy::describeLimits(limits, facts);
    const auto decision = CouponPolicy::evaluate(*coupon, limits, facts, at);
    CouponGrantOk reply;
    if (!decision.allowed()) {
        audit(me, AuditAction::Refuse, &c, &*coupon, 0, 0, decision.refusals, inForce, {}, at);
        reply.refusals = decision.refusals;
        return reply;
    }
    reply.granted = true;
    reply.coupon = issue(me, *coupon, c, 0, inForce, at);
    return reply;
}

Coupon CouponService::issue(const Granter& granter, const CouponTemplate& t, const ConversationInfo& c, qint64 approvalId,
                            const QString& limits, qint64 at)
{
    Coupon coupon;
    coupon.templateId = t.id;
    coupon.name = t.name;
    coupon.nameZh = t.nameZh;
    coupon.valueCents = t.valueCents();
    coupon.minOrderCents = t.minOrderCents;
    coupon.customerId = c.customerId;
    coupon.conversationId = c.id;
    coupon.grantedBy = granter.id;
    coupon.approvalId = approvalId;
    coupon.grantedAt = at;
    coupon.validUntil = at + qint64(t.validDays) * kDay;
    coupon = m_ctx.coupons.insertCoupon(coupon, granter.teamId);
    const QString validUntil = QDateTime::fromMSecsSinceEpoch(coupon.validUntil, m_ctx.config.shopTimeZone).date().toString(Qt::ISODate);
    // The customer's channel shows the English text; the workspace says it in the agent's language.
    m_ctx.chat->postSystemMessage(c, QStringLiteral("coupon_granted"),
                                  {coupon.code, t.name, t.nameZh, money(t.minOrderCents), validUntil, money(coupon.valueCents)},
                                  QStringLiteral("You received a coupon: %1. Code %2, valid until %3%4.")
                                      .arg(t.name, coupon.code, validUntil,
                                           t.minOrderCents > 0 ? QStringLiteral(" on orders of %1 or more").arg(money(t.minOrderCents))
                                                               : QString()),
                                  at);
    audit(granter, AuditAction::Grant, &c, &t, coupon.id, approvalId, {}, limits, {}, at);
    return coupon;
}

void CouponService::audit(const Granter& actor, AuditAction action, const ConversationInfo* c, const CouponTemplate* t,
                          qint64 couponId, qint64 approvalId, const std::vector<CouponRefusal>& refusals, const QString& limits,
                          const QString& comment, qint64 at)
{
    AuditEntry e;
    e.at = at;
    e.action = action;
    e.actorId = actor.id;
    e.actorName = actor.name;
    e.teamId = actor.teamId;
    if (c) {
        e.customerId = c->customerId;
        e.conversationId = c->id;
    }
    if (t) {
        e.templateId = t->id;
        e.templateName = t->name;
        e.valueCents = t->valueCents();
    }
    e.couponId = couponId;
    e.approvalId = approvalId;
    e.refusals = refusals;
    e.limits = limits;
    e.comment = comment;
    m_ctx.coupons.appendAudit(e);
}

void CouponService::announce(const CouponApproval& approval)
{
    // The requester, the team's leads and the admins: everyone who sees it in approvals.list.
    std::vector<qint64> staff{approval.requestedBy};
    for (const Principal& p : m_ctx.directory.staffPrincipals()) {
        if (CouponPolicy::decidesRequests(p, approval.teamId) && p.id != approval.requestedBy)
            staff.push_back(p.id);
    }
    for (const qint64 id : staff)
        m_ctx.events.append(EventLog::staffStream(id), ApprovalUpdated{approval});
    m_ctx.floorMonitor->touch(approval.teamId);  // its count of pending requests
}

Outcome CouponService::requestApproval(const Identity& who, const CouponRequest& request)
{
    auto served = servedConversation(who, request.conversationId);
    if (const auto* error = std::get_if<ProtocolError>(&served))
        return *error;
    const ConversationInfo& c = std::get<ConversationInfo>(served);
    const auto coupon = m_ctx.coupons.couponTemplate(request.templateId);
    if (!coupon)
        return failWith(ErrorCode::NotFound, tr("no coupon template %1").arg(request.templateId));
    if (who.teamId == 0)
        return failWith(ErrorCode::InvalidState, tr("you belong to no team, so there is no lead to ask"));
    if (request.reason.trimmed().isEmpty())
        return failWith(ErrorCode::BadFrame, tr("coupon.request: say why in reason"));
    if (m_ctx.coupons.hasPending(c.id, coupon->id))
        return failWith(ErrorCode::InvalidState, tr("this coupon is already waiting for a lead in conversation %1").arg(c.id));
    const qint64 at = now();
    const Granter me{who.id, who.name, who.teamId};
    const CouponLimits limits = m_ctx.coupons.limitsFor(who.id);
    const CouponFacts facts = factsFor(me, c, limits, at);
    if (!coupon->active || coupon->valueCents() <= 0)
        return failWith(ErrorCode::InvalidState, tr("coupon template %1 is no longer offered").arg(coupon->id));
    const auto decision = CouponPolicy::evaluate(*coupon, limits, facts, at);
    if (decision.allowed())
        return failWith(ErrorCode::InvalidState, tr("you may grant this coupon yourself"));
    CouponApproval a;
    a.conversationId = c.id;
    a.customerId = c.customerId;
    a.templateId = coupon->id;
    a.valueCents = coupon->valueCents();
    a.requestedBy = who.id;
    a.teamId = who.teamId;
    a.reason = request.reason.trimmed();
    a.refusals = decision.refusals;
    a.createdAt = at;
    const CouponApproval stored = m_ctx.coupons.insertApproval(a);
    audit(me, AuditAction::Request, &c, &*coupon, 0, stored.id, decision.refusals, CouponPolicy::describeLimits(limits, facts),
          stored.reason, at);
    announce(stored);
    return CouponRequestOk{stored};
}

Outcome CouponService::approvals(const Identity& who, const ApprovalsList& request)
{
    ApprovalsListOk reply;
    if (who.role == Role::Admin)
        reply.approvals = m_ctx.coupons.approvals(0, 0, request.includeDecided);
    else if (who.role == Role::Lead && who.teamId > 0)
        reply.approvals = m_ctx.coupons.approvals(who.teamId, 0, request.includeDecided);
    else
        reply.approvals = m_ctx.coupons.approvals(0, who.id, request.includeDecided);
    return reply;
}

Outcome CouponService::decide(const Identity& who, const ApprovalDecide& request)
{
    auto approval = m_ctx.coupons.approval(request.approvalId);
    if (!approval || !CouponPolicy::decidesRequests(who.principal(), approval->teamId))
        return failWith(ErrorCode::NotFound, tr("no coupon request %1 is yours to decide").arg(request.approvalId));
    // The point of asking is a second pair of eyes: a lead cannot decide their own request.
    if (approval->requestedBy == who.id)
        return failWith(ErrorCode::Forbidden, tr("coupon request %1 is your own; another lead or an admin decides it").arg(approval->id));
    if (approval->status != ApprovalStatus::Pending)
        return failWith(ErrorCode::InvalidState, (approval->status == ApprovalStatus::Approved
                                                      ? tr("coupon request %1 was already approved by %2")
                                                      : tr("coupon request %1 was already denied by %2"))
                                                     .arg(approval->id)
                                                     .arg(approval->decidedByName));
    const qint64 at = now();
    // An approval's coupon counts against the approver's limits and the requesting team's budget.
    const Granter lead{who.id, who.name, approval->teamId};
    const auto c = m_ctx.conversations.conversation(approval->conversationId);
    const auto coupon = m_ctx.coupons.couponTemplate(approval->templateId);
    if (!c || !coupon)
        return failWith(ErrorCode::NotFound, tr("the conversation or coupon of request %1 is gone").arg(approval->id));
    const QString comment = request.comment.trimmed();
    ApprovalDecideOk reply;
    if (!request.approve) {
        m_ctx.coupons.decide(approval->id, ApprovalStatus::Denied, who.id, comment, 0, at);
        audit(lead, AuditAction::Deny, &*c, &*coupon, 0, approval->id, {}, {}, comment, at);
        reply.approval = *m_ctx.coupons.approval(approval->id);
        announce(reply.approval);
        return reply;
    }
    if (c->status == ConversationStatus::Closed)
        return failWith(ErrorCode::InvalidState,
                        tr("conversation %1 has closed; deny the request or ask the agent to reopen contact").arg(c->id));
    // The agent may have granted it meanwhile (a condition came true): not a second one.
    if (m_ctx.coupons.grantedSince(c->id, coupon->id, approval->createdAt))
        return failWith(ErrorCode::InvalidState,
                        tr("this coupon was granted in conversation %1 after the request; deny the request").arg(c->id));
    const CouponLimits limits = m_ctx.coupons.limitsFor(who.id);
    const CouponFacts facts = factsFor(lead, *c, limits, at);
    const QString inForce = CouponPolicy::describeLimits(limits, facts);
    const auto decision = CouponPolicy::evaluate(*coupon, limits, facts, at, true);
    if (!decision.allowed()) {
        // Beyond the lead's own authority too: recorded, and the request stays for someone else.
        audit(lead, AuditAction::Refuse, &*c, &*coupon, 0, approval->id, decision.refusals, inForce, comment, at);
        reply.approval = *approval;
        reply.refusals = decision.refusals;
        return reply;
    }
    const Coupon granted = issue(lead, *coupon, *c, approval->id, inForce, at);
    m_ctx.coupons.decide(approval->id, ApprovalStatus::Approved, who.id, comment, granted.id, at);
    audit(lead, AuditAction::Approve, &*c, &*coupon, granted.id, approval->id, {}, inForce, comment, at);
    reply.approval = *m_ctx.coupons.approval(approval->id);
    reply.granted = true;
    reply.coupon = granted;
    announce(reply.approval);
    return reply;
}

Outcome CouponService::audit(const Identity& who, const AuditList& request)
{
    AuditListOk reply;
    if (who.role == Role::Admin)
        reply.entries = m_ctx.coupons.audit(0, 0, request, &reply.more);
    else if (who.role == Role::Lead && who.teamId > 0)
        reply.entries = m_ctx.coupons.audit(0, who.teamId, request, &reply.more);
    else
        reply.entries = m_ctx.coupons.audit(who.id, 0, request, &reply.more);
    return reply;
}

} // namespace agentdesk::server
