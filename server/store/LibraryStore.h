#pragma once

#include "protocol/Records.h"

#include <optional>
#include <vector>

namespace agentdesk::server {

class Database;

// The reply library: replies and scripts, favourites, and the uses of replies in conversations
// with the purchases credited to them.
class LibraryStore {
public:
    explicit LibraryStore(Database& db);

    std::vector<protocol::Reply> all();
    std::optional<protocol::Reply> reply(qint64 id);
    // Inserts (id 0) or updates; returns the stored reply.
    protocol::Reply save(const protocol::Reply& reply, qint64 by, qint64 now);
    void remove(qint64 id);
    // How many replies share the A/B pair (with the given variant, or any for -1), this one aside.
    int pairSize(qint64 pairId, qint64 except, int variant = -1);

    std::vector<protocol::ReplyMine> mine(qint64 userId);
    void setFavorite(qint64 userId, qint64 replyId, bool favorite);
    void recordUse(const protocol::ReplyRef& ref, qint64 conversationId, qint64 agentId, qint64 messageId, qint64 at);

    // Replies used since `since`: uses, conversations, and conversations after which the customer
    // ordered within windowMs of the conversation's end.
    std::vector<protocol::ReplyStats> stats(qint64 since, qint64 windowMs);

private:
    Database& m_db;
};

} // namespace agentdesk::server
