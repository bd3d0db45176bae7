#pragma once

#include "policy/RoutingPolicy.h"
#include "protocol/Records.h"

#include <QHash>

#include <map>
#include <optional>
#include <vector>

namespace agentdesk::sql {
class Rows;
}

namespace agentdesk::server {

class Database;

// Conversations, their messages, and the customer data an agent sees beside them.
class ConversationStore {
public:
    explicit ConversationStore(Database& db);

    std::optional<protocol::ConversationInfo> conversation(qint64 id);
    std::optional<protocol::ConversationInfo> openConversationOf(qint64 customerId);
    std::vector<protocol::ConversationInfo> ofAgent(qint64 agentId, bool includeClosed);
    std::vector<protocol::ConversationInfo> ofCustomer(qint64 customerId);

    protocol::ConversationInfo create(qint64 customerId, qint64 teamId, Channel channel, const QString& topic, qint64 now);
    void assign(qint64 conversationId, qint64 agentId, qint64 now);
    void close(qint64 conversationId, const QString& resolution, qint64 now);
    // Back to a team's queue, unassigned.
    void requeue(qint64 conversationId, qint64 teamId);

    // Stores the message and what a customer's or an agent's message changes in its conversation
    // (activity time, preview, the customer's wait), in the database and in `conversation`, which
    // must be the conversation as stored: the caller announces it without reading it again.
    protocol::ChatMessage addMessage(const protocol::ChatMessage& message, protocol::ConversationInfo& conversation);
    // A group of messages written in one transaction (RequestDispatcher::writeGroup): their
    // conversations are read in a few statements first, and the activity the messages change
    // (ConversationActivity) is written in a few at the end, instead of a read and an update for
    // each message. Until then conversation() answers from the copies, which addMessage() keeps
    // current; any other method of this store first writes the activity and ends the batch.
    // Only this store knows of the batch: other stores' queries must not run inside one.
    void beginBatch(const std::vector<qint64>& conversationIds);
    // Writes the batch's activity, inside its transaction.
    void finishBatch();
    // The transaction rolls back: the batch is forgotten.
    void abandonBatch() { m_batch.reset(); }
    // One message by its id, whatever its conversation.
    std::optional<protocol::ChatMessage> message(qint64 id);
    // Internal notes only for staff (includeNotes).
    std::vector<protocol::ChatMessage> history(qint64 conversationId, qint64 beforeId, int limit, bool includeNotes, bool* more);
    void rate(qint64 conversationId, int score, const QString& comment);

    // The waiting queue of a team, in the order the routing policy serves it.
    std::vector<QueuedConversation> waiting(qint64 teamId);
    std::vector<qint64> teamsWithWaiting();
    // Conversations waiting per team (0: none), every team listed, an empty queue as 0.
    std::map<qint64, qint64> waitingByTeam();

    std::optional<protocol::CustomerProfile> customer(qint64 customerId);
    std::vector<protocol::Order> orders(qint64 customerId, int limit);

    // "SELECT <the columns of a conversation> FROM ... ": other stores' queries read conversations
    // through these two as well.
    static QString selectColumns();
    static protocol::ConversationInfo conversationFrom(const sql::Rows& q);

private:
    struct Batch {
        QHash<qint64, protocol::ConversationInfo> conversations;  // as they are now in the transaction
        QHash<qint64, qint64> changed;  // the conversations to update, each with its first answer in the batch (or 0)
    };
    std::vector<protocol::ConversationInfo> conversationsWhere(const QString& condition, std::initializer_list<QVariant> bindings);

    Database& m_db;
    std::optional<Batch> m_batch;
};

} // namespace agentdesk::server
