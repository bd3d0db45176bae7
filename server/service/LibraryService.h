#pragma once

#include "i18n/ServerText.h"
#include "service/Identity.h"
#include "service/Outcome.h"

namespace agentdesk::server {

struct ServerContext;

// The reply library on the server: who sees and keeps which reply (LibraryAccess in core), the
// live push of every change to those who see it, favourites, and the figures of A/B tests.
class LibraryService {
    AGENTDESK_SERVER_TEXTS(LibraryService)

public:
    explicit LibraryService(ServerContext& context);

    Outcome list(const Identity& who);
    Outcome save(const Identity& who, const protocol::ReplySave& request);
    Outcome remove(const Identity& who, const protocol::ReplyDelete& request);
    Outcome favorite(const Identity& who, const protocol::ReplyFavorite& request);
    Outcome stats(const Identity& who, const protocol::LibraryStats& request);
    // The references of a message that count as uses: each (reply, step) once, of replies the
    // sender sees. Others are left out rather than refused: a reply deleted while the message
    // waited in an outbox must not keep the customer from getting it.
    std::vector<protocol::ReplyRef> usable(const Identity& who, const std::vector<protocol::ReplyRef>& refs);
    void recordUses(const Identity& who, const std::vector<protocol::ReplyRef>& refs, qint64 conversationId,
                    qint64 messageId, qint64 at);

private:
    // To everyone who sees the reply; as a deletion to those who saw it before an edit moved it away.
    void announce(const protocol::Reply& reply, bool deleted, const protocol::Reply* before = nullptr);
    std::optional<protocol::ProtocolError> validate(const Identity& who, protocol::Reply& reply);
    // The other variant of a test this reply leaves (deleted, or its test ended) is in no test any more.
    void dissolvePair(const protocol::Reply& leaving, qint64 by, qint64 now);

    ServerContext& m_ctx;
};

} // namespace agentdesk::server
