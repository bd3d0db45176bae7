#include "service/RecommendationService.h"

#include "ServerContext.h"
#include "policy/ConversationAccess.h"
#include "recommend/RecommendationEngine.h"
#include "recommend/RecommendationPolicy.h"

#include <QDateTime>

namespace agentdesk::server {

using namespace protocol;

namespace {

constexpr int kMessagesConsidered = 200;
constexpr int kOrdersConsidered = 50;

QString explain(RecommendationPolicy::Verdict verdict, int cap)
{
    using V = RecommendationPolicy::Verdict;
    switch (verdict) {
    case V::Allowed: return {};
    case V::NoMarketing: return RecommendationService::tr("the customer asked for no marketing");
    case V::CapReached: return RecommendationService::tr("%n add-on recommendation(s) per consultation, already sent", nullptr, cap);
    case V::AlreadyOwned: return RecommendationService::tr("the customer already owns it");
    case V::Dismissed: return RecommendationService::tr("it was dismissed in this conversation");
    case V::AlreadySent: return RecommendationService::tr("it was already recommended in this conversation");
    }
    return {};
}

} // namespace

RecommendationService::RecommendationService(ServerContext& context)
    : m_ctx(context)
{
}

RecommendationSettings RecommendationService::settings() const
{
    RecommendationSettings s;
    s.maxAddOnsPerConsultation = m_ctx.config.maxAddOnsPerConsultation;
    return s;
}

ConversationFacts RecommendationService::factsOf(const ConversationInfo& c)
{
    ConversationFacts facts;
    bool more = false;
    for (const ChatMessage& m : m_ctx.conversations.history(c.id, 0, kMessagesConsidered, false, &more)) {
        if (m.sender == Sender::Customer)
            facts.customerMessages.push_back(m.text);
    }
    if (auto customer = m_ctx.conversations.customer(c.customerId))
        facts.customer = std::move(*customer);
    facts.orders = m_ctx.conversations.orders(c.customerId, kOrdersConsidered);
    facts.sentSkus = m_ctx.recommendations.skusWith(c.id, QStringLiteral("sent"));
    facts.dismissedSkus = m_ctx.recommendations.skusWith(c.id, QStringLiteral("dismissed"));
    facts.now = QDateTime::currentMSecsSinceEpoch();
    return facts;
}

Outcome RecommendationService::get(const Identity& who, const RecommendationsGet& request)
{
    const auto c = m_ctx.conversations.conversation(request.conversationId);
    if (!c || !ConversationAccess::canRead(who.principal(), *c))
        return failWith(ErrorCode::NotFound, tr("no conversation %1 is visible to you").arg(request.conversationId));
    if (!ConversationAccess::canSeeCustomer(who.principal(), *c))
        return failWith(ErrorCode::Forbidden, tr("recommendations are for the agent serving the conversation"));
    RecommendationsOk reply;
    reply.conversationId = c->id;
    if (c->status == ConversationStatus::Closed)
        return reply;
    const ConversationFacts facts = factsOf(*c);
    const RecommendationSettings limits = settings();
    reply.recommendations = RecommendationEngine::propose(m_ctx.recommendations.rules(), m_ctx.recommendations.catalogue(),
                                                          facts, limits);
    reply.remaining = std::max(0, limits.maxAddOnsPerConsultation - int(facts.sentSkus.size()));
    if (!reply.recommendations.empty()) {
        WriteTransaction tx(m_ctx.db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const Recommendation& r : reply.recommendations)
            m_ctx.recommendations.record(c->id, c->customerId, r.sku, r.ruleId, QStringLiteral("shown"), who.id, now);
        tx.commit();
    }
    return reply;
}

Outcome RecommendationService::dismiss(const Identity& who, const RecommendationDismiss& request)
{
    const auto c = m_ctx.conversations.conversation(request.conversationId);
    if (!c || !ConversationAccess::canRead(who.principal(), *c))
        return failWith(ErrorCode::NotFound, tr("no conversation %1 is visible to you").arg(request.conversationId));
    if (!ConversationAccess::canSeeCustomer(who.principal(), *c))
        return failWith(ErrorCode::Forbidden, tr("recommendations are for the agent serving the conversation"));
    m_ctx.recommendations.record(c->id, c->customerId, request.sku, 0, QStringLiteral("dismissed"), who.id,
                                 QDateTime::currentMSecsSinceEpoch());
    return RecommendationDismissOk{c->id, request.sku};
}

std::optional<ProtocolError> RecommendationService::checkSend(const Identity& who, const ConversationInfo& c, const QString& sku)
{
    if (!who.isStaff())
        return ProtocolError{ErrorCode::Forbidden, tr("customers do not send recommendations")};
    if (!m_ctx.catalogue.product(sku))
        return ProtocolError{ErrorCode::NotFound, tr("the catalogue has no product %1").arg(sku)};
    const auto verdict = RecommendationPolicy::check(factsOf(c), sku, settings());
    if (verdict == RecommendationPolicy::Verdict::Allowed)
        return std::nullopt;
    return ProtocolError{ErrorCode::Forbidden, tr("the recommendation policy refuses %1: %2 (%3)")
                                                   .arg(sku, explain(verdict, settings().maxAddOnsPerConsultation),
                                                        RecommendationPolicy::code(verdict))};
}

void RecommendationService::recordSent(const Identity& who, const ConversationInfo& c, const QString& sku, qint64 at)
{
    m_ctx.recommendations.record(c.id, c.customerId, sku, 0, QStringLiteral("sent"), who.id, at);
}

} // namespace agentdesk::server
