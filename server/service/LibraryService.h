#pragma once

#include "service/Identity.h"
#include "service/Outcome.h"

namespace agentdesk::server {

struct ServerContext;

// The reply library on the server: who sees and keeps which reply (LibraryAccess in core), the
// live push of every change to those who see it, favourites, and the figures of A/B tests.
class LibraryService {
public:
    explicit LibraryService(ServerContext& context);

    Outcome list(const Identity& who);
    Outcome save(const Identity& who, const protocol::ReplySave& request);
    Outcome remove(const Identity& who, const protocol::ReplyDelete& request);
    Outcome favorite(const Identity& who, const protocol::ReplyFavorite& request);
    Outcome stats(const Identity& who, const protocol::LibraryStats& request);
    // Uses of replies named by a message just stored; unknown or invisible replies are refused
    // before the message is (see check).
    void recordUses(const Identity& who, const std::vector<protocol::ReplyRef>& refs, qint64 conversationId,
                    qint64 messageId, qint64 at);
    std::optional<protocol::ProtocolError> check(const Identity& who, const std::vector<protocol::ReplyRef>& refs);

private:
    // To everyone who sees the reply; as a deletion to those who saw it before an edit moved it away.
    void announce(const protocol::Reply& reply, bool deleted, const protocol::Reply* before = nullptr);
    std::optional<protocol::ProtocolError> validate(const Identity& who, protocol::Reply& reply);

    ServerContext& m_ctx;
};

} // namespace agentdesk::server
