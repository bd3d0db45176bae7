#pragma once

#include "i18n/ServerText.h"
#include "service/Identity.h"
#include "service/Outcome.h"
#include "store/EventLog.h"

#include <vector>

namespace agentdesk::server {

struct ServerContext;

// The conversation rules of the server: who may read and write which conversation, what a
// message changes, and which streams hear of it. Writes run inside the caller's transaction and
// append their events to the log, which holds them until that transaction has committed
// (ServerContext::publishEvents).
class ChatService {
    AGENTDESK_SERVER_TEXTS(ChatService)

public:
    explicit ChatService(ServerContext& context);

    Outcome listConversations(const Identity& who, const protocol::ConversationsList& request);
    Outcome history(const Identity& who, const protocol::ConversationHistory& request);
    Outcome customerProfile(const Identity& who, const protocol::CustomerProfileGet& request);

    Outcome openConversation(const Identity& who, const protocol::ConversationOpen& request);
    Outcome sendMessage(const Identity& who, const protocol::MessageSend& request);
    Outcome closeConversation(const Identity& who, const protocol::ConversationClose& request);
    Outcome setPresence(const Identity& who, const protocol::PresenceSet& request);
    Outcome addNote(const Identity& who, const protocol::NoteAdd& request);
    Outcome rate(const Identity& who, const protocol::ConversationRate& request);
    Outcome listStaff(const Identity& who);
    Outcome transfer(const Identity& who, const protocol::ConversationTransfer& request);
    // An order the customer placed through the shop's channel.
    Outcome placeOrder(const Identity& who, const protocol::OrderPlace& request);
    void assign(qint64 conversationId, qint64 agentId);
    // Stores a system message (event and names, text in English) and announces it with the
    // conversation, as the other services' effects in a conversation (a coupon granted) are shown.
    protocol::ChatMessage postSystemMessage(const protocol::ConversationInfo& conversation, const QString& event,
                                            std::vector<QString> args, const QString& text, qint64 at);

private:
    bool canRead(const Identity& who, const protocol::ConversationInfo& conversation) const;
    // To the customer's and the assigned agent's streams, and to a previous agent's if given.
    void announce(const protocol::ConversationInfo& conversation, qint64 previousAgentId = 0);
    protocol::ChatMessage systemMessage(qint64 conversationId, const QString& event, std::vector<QString> args,
                                        const QString& text, qint64 at) const;
    void announce(const protocol::ChatMessage& message, const protocol::ConversationInfo& conversation);
    std::vector<QString> streamsOf(const protocol::ConversationInfo& conversation, bool staffOnly = false) const;

    ServerContext& m_ctx;
};

} // namespace agentdesk::server
