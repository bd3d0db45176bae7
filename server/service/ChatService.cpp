#include "service/ChatService.h"

#include "FloorMonitor.h"
#include "Router.h"
#include "policy/ConversationAccess.h"
#include "policy/SupervisorAccess.h"
#include "net/Session.h"
#include "ServerContext.h"
#include "service/ImageService.h"
#include "service/LibraryService.h"
#include "service/RecommendationService.h"
#include "service/SupervisorService.h"

#include <QDateTime>

namespace agentdesk::server {

using namespace protocol;

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

constexpr int kOrderHistoryLimit = 50;

ChatMessage authored(const Identity& who, Sender sender, qint64 conversationId, const QString& text, const QString& key,
                     qint64 at)
{
    ChatMessage m;
    m.conversationId = conversationId;
    m.sender = sender;
    m.authorId = who.id;
    m.senderName = who.name;
    m.text = text;
    m.at = at;
    m.key = key;
    return m;
}

// The same answer for a conversation that does not exist and one the caller may not see.
Outcome notVisible(qint64 conversationId)
{
    return failWith(ErrorCode::NotFound, ChatService::tr("no conversation %1 is visible to you").arg(conversationId));
}
} // namespace

ChatService::ChatService(ServerContext& context)
    : m_ctx(context)
{
}

bool ChatService::canRead(const Identity& who, const ConversationInfo& c) const
{
    return ConversationAccess::canRead(who.principal(), c);
}

std::vector<QString> ChatService::streamsOf(const ConversationInfo& c, bool staffOnly) const
{
    std::vector<QString> streams;
    if (!staffOnly)
        streams.push_back(EventLog::customerStream(c.customerId));
    if (c.agentId > 0)
        streams.push_back(EventLog::staffStream(c.agentId));
    return streams;
}

void ChatService::announce(const ConversationInfo& c, qint64 previousAgentId)
{
    std::vector<QString> streams = streamsOf(c);
    if (previousAgentId > 0 && previousAgentId != c.agentId)
        streams.push_back(EventLog::staffStream(previousAgentId));
    for (const QString& stream : streams)
        m_ctx.events.append(stream, ConversationUpdated{c});
    if (m_ctx.mayBeWatched(Hub::monitorTopic(c.id)))
        m_ctx.events.appendTransient(Hub::monitorTopic(c.id), ConversationUpdated{c});
    m_ctx.floorMonitor->touch(c.teamId);
}

ChatMessage ChatService::systemMessage(qint64 conversationId, const QString& event, std::vector<QString> args,
                                       const QString& text, qint64 at) const
{
    ChatMessage m;
    m.conversationId = conversationId;
    m.sender = Sender::System;
    m.senderName = QStringLiteral("AgentDesk");
    m.text = text;
    m.at = at;
    m.event = event;
    m.args = std::move(args);
    return m;
}

void ChatService::announce(const ChatMessage& m, const ConversationInfo& c)
{
    // Internal notes never reach the customer's stream. Staff who are not the serving agent (a
    // lead's whisper, or a message of a lead who joined) hear of their own messages too.
    const bool note = m.sender == Sender::Note;
    std::vector<QString> streams = streamsOf(c, note);
    if ((note || m.sender == Sender::Agent) && m.authorId > 0 && m.authorId != c.agentId)
        streams.push_back(EventLog::staffStream(m.authorId));
    for (const QString& stream : streams)
        m_ctx.events.append(stream, MessageNew{m});
    if (m_ctx.mayBeWatched(Hub::monitorTopic(c.id)))
        m_ctx.events.appendTransient(Hub::monitorTopic(c.id), MessageNew{m});
}

Outcome ChatService::listConversations(const Identity& who, const ConversationsList& request)
{
    ConversationsListOk reply;
    reply.head = m_ctx.events.head(who.stream());
    reply.conversations = who.isStaff() ? m_ctx.conversations.ofAgent(who.id, request.includeClosed)
                                        : m_ctx.conversations.ofCustomer(who.id);
    return reply;
}

Outcome ChatService::history(const Identity& who, const ConversationHistory& request)
{
    const auto c = m_ctx.conversations.conversation(request.conversationId);
    if (!c || !canRead(who, *c))
        return notVisible(request.conversationId);
    ConversationHistoryOk reply;
    reply.conversationId = c->id;
    reply.messages = m_ctx.conversations.history(c->id, request.beforeId, request.limit, who.isStaff(), &reply.more);
    return reply;
}

Outcome ChatService::customerProfile(const Identity& who, const CustomerProfileGet& request)
{
    const auto c = m_ctx.conversations.conversation(request.conversationId);
    if (!c || !canRead(who, *c))
        return notVisible(request.conversationId);
    // Customer data is for the agent serving the conversation, not for every reader of it.
    if (!ConversationAccess::canSeeCustomer(who.principal(), *c))
        return failWith(ErrorCode::Forbidden, tr("only the assigned agent sees the customer's profile"));
    auto customer = m_ctx.conversations.customer(c->customerId);
    if (!customer)
        return failWith(ErrorCode::NotFound, tr("the customer no longer exists"));
    CustomerProfileOk reply;
    reply.customer = std::move(*customer);
    reply.orders = m_ctx.conversations.orders(c->customerId, kOrderHistoryLimit);
    return reply;
}

Outcome ChatService::openConversation(const Identity& who, const ConversationOpen& request)
{
    if (auto open = m_ctx.conversations.openConversationOf(who.id)) {
        // One open conversation per customer: a second "open" joins it.
        if (!request.text.trimmed().isEmpty())
            sendMessage(who, MessageSend{request.key, open->id, request.text, {}, {}, {}});
        return ConversationOpenOk{*m_ctx.conversations.conversation(open->id)};
    }
    const qint64 at = now();
    const qint64 team = m_ctx.directory.teamForTopic(request.topic);
    const Channel channel = enumFromName<Channel>(m_ctx.directory.customerChannel(who.id)).value_or(Channel::Web);
    ConversationInfo c = m_ctx.conversations.create(who.id, team, channel, request.topic, at);
    if (!request.text.trimmed().isEmpty()) {
        announce(m_ctx.conversations.addMessage(authored(who, Sender::Customer, c.id, request.text, request.key, at), c), c);
    }
    announce(c);
    m_ctx.router->schedule();
    return ConversationOpenOk{c};
}

Outcome ChatService::sendMessage(const Identity& who, const MessageSend& request)
{
    const auto c = m_ctx.conversations.conversation(request.conversationId);
    if (!c || !canRead(who, *c))
        return notVisible(request.conversationId);
    if (c->status == ConversationStatus::Closed)
        return failWith(ErrorCode::InvalidState, tr("conversation %1 is closed").arg(c->id));
    const bool joined = who.isStaff() && c->agentId != who.id && m_ctx.floor.isParticipant(c->id, who.id);
    if (!ConversationAccess::canReply(who.principal(), *c, joined))
        return failWith(ErrorCode::Forbidden, tr("conversation %1 is assigned to someone else").arg(c->id));
    if (!request.replies.empty() && !who.isStaff())
        return failWith(ErrorCode::Forbidden, tr("customers do not use the reply library"));
    if (!request.recommendation.isEmpty()) {
        if (auto error = m_ctx.recommender->checkSend(who, *c, request.recommendation))
            return *error;
    }
    if (!request.image.isEmpty()) {
        if (!who.isStaff())
            return failWith(ErrorCode::Forbidden, tr("customers do not send images here"));
        if (auto error = m_ctx.imageService->checkReference(request.image))
            return *error;
    }
    ChatMessage message =
        authored(who, who.isStaff() ? Sender::Agent : Sender::Customer, c->id, request.text, request.key, now());
    message.image = request.image;
    ConversationInfo updated = *c;
    const ChatMessage stored = m_ctx.conversations.addMessage(message, updated);
    m_ctx.library->recordUses(who, request.replies, c->id, stored.id, stored.at);
    if (!request.recommendation.isEmpty())
        m_ctx.recommender->recordSent(who, *c, request.recommendation, stored.at);
    // No conversation.updated: a message changes only its conversation's activity, and the
    // clients apply message.new to their copy with the same rule (ConversationActivity) that
    // addMessage applied to `updated`. Two events a message instead of four were a quarter of
    // the saturated throughput (PERFORMANCE.md). The leads' floor still counts the activity.
    announce(stored, updated);
    m_ctx.floorMonitor->touch(c->teamId);
    return MessageSendOk{stored};
}

Outcome ChatService::placeOrder(const Identity& who, const OrderPlace& request)
{
    if (request.lines.empty())
        return failWith(ErrorCode::BadFrame, tr("an order needs at least one line"));
    std::vector<std::pair<CatalogueProduct, int>> lines;
    for (const OrderLine& line : request.lines) {
        auto product = m_ctx.catalogue.product(line.sku);
        if (!product)
            return failWith(ErrorCode::NotFound, tr("the catalogue has no product %1").arg(line.sku));
        lines.emplace_back(std::move(*product), line.quantity);
    }
    const qint64 at = now();
    const Order order = m_ctx.catalogue.placeOrder(who.id, lines, at);
    // The agent serving the customer sees the purchase in the conversation.
    if (const auto c = m_ctx.conversations.openConversationOf(who.id)) {
        const QString total = QString::number(double(order.totalCents) / 100, 'f', 2);
        ConversationInfo updated = *c;
        const ChatMessage stored = m_ctx.conversations.addMessage(
            systemMessage(c->id, QStringLiteral("order_placed"), {order.orderNo, total},
                          QStringLiteral("%1 placed order %2 (%3)").arg(who.name, order.orderNo, total), at),
            updated);
        announce(stored, updated);
        announce(updated);
    }
    return OrderPlaceOk{order};
}

Outcome ChatService::closeConversation(const Identity& who, const ConversationClose& request)
{
    const auto c = m_ctx.conversations.conversation(request.conversationId);
    if (!c || !canRead(who, *c))
        return notVisible(request.conversationId);
    if (c->status == ConversationStatus::Closed)
        return failWith(ErrorCode::InvalidState, tr("conversation %1 is already closed").arg(c->id));
    if (!ConversationAccess::canManage(who.principal(), *c))
        return failWith(ErrorCode::Forbidden, tr("you may not close conversation %1").arg(c->id));
    m_ctx.conversations.close(c->id, request.resolution, now());
    const ConversationInfo closed = *m_ctx.conversations.conversation(c->id);
    announce(closed);
    m_ctx.router->schedule();
    return ConversationCloseOk{closed};
}

Outcome ChatService::setPresence(const Identity& who, const PresenceSet& request)
{
    const auto user = m_ctx.directory.userById(who.id);
    if (!user)
        return failWith(ErrorCode::NotFound, tr("your account no longer exists"));
    const int capacity = request.capacity > 0 ? request.capacity : user->capacity;
    m_ctx.directory.setPresence(who.id, request.status, capacity);
    m_ctx.floorMonitor->touch(who.teamId);
    m_ctx.router->schedule();
    return PresenceSetOk{request.status, capacity};
}

Outcome ChatService::addNote(const Identity& who, const NoteAdd& request)
{
    const auto c = m_ctx.conversations.conversation(request.conversationId);
    if (!c || !canRead(who, *c))
        return notVisible(request.conversationId);
    ConversationInfo noted = *c;
    const ChatMessage stored = m_ctx.conversations.addMessage(authored(who, Sender::Note, c->id, request.text, request.key, now()), noted);
    announce(stored, *c);
    // A note from anyone but the agent serving the conversation is a lead's whisper to that agent.
    if (c->status == ConversationStatus::Assigned && c->agentId > 0 && c->agentId != who.id)
        m_ctx.supervisor->record(who, StaffActionKind::Whisper, c->teamId, c->id, c->agentId, c->agentName, request.text);
    return NoteAddOk{stored};
}

Outcome ChatService::rate(const Identity& who, const ConversationRate& request)
{
    const auto c = m_ctx.conversations.conversation(request.conversationId);
    if (!c || !canRead(who, *c))
        return notVisible(request.conversationId);
    if (c->status != ConversationStatus::Closed)
        return failWith(ErrorCode::InvalidState, tr("conversation %1 can be rated once it is closed").arg(c->id));
    if (c->csat != 0)
        return failWith(ErrorCode::InvalidState, tr("conversation %1 was already rated").arg(c->id));
    m_ctx.conversations.rate(c->id, request.score, request.comment);
    const ConversationInfo rated = *m_ctx.conversations.conversation(c->id);
    announce(rated);
    return ConversationRateOk{rated};
}

Outcome ChatService::listStaff(const Identity&)
{
    StaffListOk reply;
    reply.staff = m_ctx.directory.staff([this](qint64 id) { return m_ctx.hub.isStaffConnected(id); });
    reply.teams = m_ctx.directory.teams();
    return reply;
}

Outcome ChatService::transfer(const Identity& who, const ConversationTransfer& request)
{
    if ((request.toAgentId > 0) == (request.toTeamId > 0))
        return failWith(ErrorCode::BadFrame, tr("conversation.transfer: give either toAgentId or toTeamId"));
    const auto c = m_ctx.conversations.conversation(request.conversationId);
    if (!c || !canRead(who, *c))
        return notVisible(request.conversationId);
    if (c->status == ConversationStatus::Closed)
        return failWith(ErrorCode::InvalidState, tr("conversation %1 is closed").arg(c->id));
    if (!ConversationAccess::canManage(who.principal(), *c))
        return failWith(ErrorCode::Forbidden, tr("you may not transfer conversation %1").arg(c->id));
    const qint64 at = now();
    const qint64 previousAgent = c->agentId;
    ChatMessage announcement;
    if (request.toAgentId > 0) {
        const auto target = m_ctx.directory.userById(request.toAgentId);
        if (!target || target->disabled || (target->role != Role::Agent && target->role != Role::Lead))
            return failWith(ErrorCode::NotFound, tr("no colleague %1 can take conversations").arg(request.toAgentId));
        if (target->id == c->agentId)
            return failWith(ErrorCode::InvalidState, tr("conversation %1 is already with %2").arg(c->id).arg(target->name));
        if (!m_ctx.hub.isStaffConnected(target->id) || target->status == PresenceStatus::Offline)
            return failWith(ErrorCode::InvalidState, tr("%1 is not online").arg(target->name));
        // A lead moving a colleague's conversation keeps it within the teams they supervise.
        if (previousAgent != who.id && target->teamId != c->teamId
            && !SupervisorAccess::canSupervise(who.principal(), target->teamId))
            return failWith(ErrorCode::Forbidden, tr("%1 is not in a team of yours").arg(target->name));
        m_ctx.conversations.assign(c->id, target->id, at);
        m_ctx.directory.markAssigned(target->id, at);
        announcement = systemMessage(c->id, QStringLiteral("transferred_to_agent"), {who.name, target->name},
                                     QStringLiteral("%1 has handed the conversation to %2.").arg(who.name, target->name), at);
    } else {
        const QString team = m_ctx.directory.teamName(request.toTeamId);
        if (team.isEmpty())
            return failWith(ErrorCode::NotFound, tr("no team %1").arg(request.toTeamId));
        m_ctx.conversations.requeue(c->id, request.toTeamId);
        announcement = systemMessage(c->id, QStringLiteral("transferred_to_team"), {who.name, team},
                                     QStringLiteral("%1 has handed the conversation to the %2 team; a colleague will be with you "
                                                    "shortly.").arg(who.name, team), at);
    }
    ConversationInfo moved = *m_ctx.conversations.conversation(c->id);
    // Moving someone else's conversation is a lead's action on the floor.
    if (previousAgent != who.id) {
        const StaffActionKind action = request.toTeamId > 0        ? StaffActionKind::Requeue
                                       : request.toAgentId == who.id ? StaffActionKind::TakeOver
                                                                     : StaffActionKind::Reassign;
        m_ctx.supervisor->record(who, action, c->teamId, c->id, moved.agentId, moved.agentName,
                                 previousAgent > 0 ? QStringLiteral("from %1").arg(c->agentName) : QStringLiteral("from the queue"));
    }
    if (c->teamId != moved.teamId) {
        m_ctx.floorMonitor->touch(c->teamId);
        // Leads of the old team who were monitoring it may no longer read it.
        for (Session* s : m_ctx.hub.subscribers(Hub::monitorTopic(c->id))) {
            if (!s->identity() || !ConversationAccess::canRead(s->identity()->principal(), moved)
                || !SupervisorAccess::canSupervise(s->identity()->principal(), moved.teamId))
                m_ctx.hub.unsubscribe(Hub::monitorTopic(c->id), s);
        }
    }
    if (!request.note.trimmed().isEmpty())
        announce(m_ctx.conversations.addMessage(authored(who, Sender::Note, c->id, request.note, request.key, at), moved), moved);
    announce(m_ctx.conversations.addMessage(announcement, moved), moved);
    announce(moved, previousAgent);
    m_ctx.router->schedule();
    return ConversationTransferOk{moved};
}

ChatMessage ChatService::postSystemMessage(const ConversationInfo& c, const QString& event, std::vector<QString> args,
                                           const QString& text, qint64 at)
{
    ConversationInfo current = c;
    const ChatMessage stored = m_ctx.conversations.addMessage(systemMessage(c.id, event, std::move(args), text, at), current);
    announce(stored, c);
    // Read again: the caller may have changed the conversation since it read `c`.
    announce(*m_ctx.conversations.conversation(c.id));
    return stored;
}

void ChatService::assign(qint64 conversationId, qint64 agentId)
{
    const auto agent = m_ctx.directory.userById(agentId);
    if (!agent)
        return;
    const qint64 at = now();
    m_ctx.conversations.assign(conversationId, agentId, at);
    m_ctx.directory.markAssigned(agentId, at);
    ConversationInfo assigned = *m_ctx.conversations.conversation(conversationId);
    announce(m_ctx.conversations.addMessage(systemMessage(assigned.id, QStringLiteral("assigned"), {agent->name},
                                                          QStringLiteral("%1 is here to help you.").arg(agent->name), at),
                                            assigned),
             assigned);
    // Last, so that the conversation in the event already shows the message above.
    announce(*m_ctx.conversations.conversation(conversationId));
}

} // namespace agentdesk::server
