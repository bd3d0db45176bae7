#pragma once

#include "i18n/ServerText.h"
#include "protocol/FrameCodec.h"
#include "service/Identity.h"
#include "service/Outcome.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace agentdesk::server {

struct ServerContext;
struct Identity;
class Session;
class FloorReader;

// Checks a decoded request against the protocol table (endpoint, sender's role), runs it, and
// answers. Mutating requests run in one write transaction with their idempotency record, and
// their replies and events go out only after it commits.
//
// Group commit: messages (the bulk of the writes) are not written one by one as they are read.
// Those read in one pass of the event loop are written in one transaction, so that a durable
// commit (an fsync) is paid once per group instead of once per message, with their
// conversations and keys read and written for the whole group at once (the stores' batches). A request's outcome is the same as alone; if the group cannot commit, its requests
// are run again one by one.
class RequestDispatcher {
    AGENTDESK_SERVER_TEXTS(RequestDispatcher)

public:
    explicit RequestDispatcher(ServerContext& context);
    ~RequestDispatcher();

    // False when the request is answered later: it waits in a group, or its figures are read on
    // another thread (kpi.report).
    bool dispatch(Session& session, const protocol::Frame& frame);
    // Writes the queued group now (also done by itself once the event loop is idle, and by
    // Server::stop while the database is still open).
    void flushWrites();

private:
    // Why the protocol table does not let this connection send the request, if it does not.
    std::optional<protocol::ProtocolError> refusal(const Session& session, const protocol::Frame& frame) const;
    void signIn(Session& session, const protocol::Frame& frame);
    void signOut(Session& session, const protocol::Frame& frame);
    void sync(Session& session, const protocol::Frame& frame);
    // Requests that subscribe the session to a hub topic.
    void watchFloor(Session& session, const protocol::Frame& frame);
    void monitor(Session& session, const protocol::Frame& frame);
    // Its figures are read on the report reader's thread while the session is held; false when
    // so (answered later), true when answered already.
    bool reportKpis(Session& session, const protocol::Frame& frame);
    // A mutating request's result inside the open write transaction: its reply (or error), and
    // whether its writes are to stay.
    struct Written {
        QByteArray reply;
        std::optional<protocol::ProtocolError> error;
        bool keep = false;
    };
    struct QueuedWrite {
        QPointer<Session> session;  // gone when the client has disconnected meanwhile
        Identity who;
        protocol::Frame frame;
        Written result;
        size_t eventsEnd = 0;  // its events are the unpublished ones up to here
        QElapsedTimer since;   // for the latency metric
    };
    static bool joinsGroup(const protocol::Frame& frame);
    void queueWrite(Session& session, const protocol::Frame& frame);
    void writeAlone(Session* session, const Identity& who, const protocol::Frame& frame);
    // The group in one transaction; false (and nothing written) if any part failed.
    bool writeGroup(std::vector<QueuedWrite>& group);
    // The stores' batches for the group's conversations and keys (writeGroup).
    void beginBatches(const std::vector<QueuedWrite>& group);
    void finishBatches();
    void abandonBatches();
    // Writes each of the group in the open transaction; without savepoints, false (the events
    // discarded) at the first write that is not kept.
    bool writeEach(std::vector<QueuedWrite>& group, bool savepoints);
    Written write(const Identity& who, const protocol::Frame& frame);
    // The reply of a message.send whose key names its stored message.
    Written replayMessage(const QByteArray& storedReply, const protocol::Frame& frame, const QString& key);
    Outcome perform(const Identity& who, const protocol::Frame& frame);
    void answer(Session& session, const protocol::Frame& request, const Outcome& outcome);
    void send(Session& session, const QString& requestId, const Written& written);

    ServerContext& m_ctx;
    // The report reader's answers come back through this. Declared before the reader, so
    // destroyed after it: the reader's destruction waits for a read under way, and answers still
    // queued then are dropped with this object.
    QObject m_answers;
    std::unique_ptr<FloorReader> m_reportReader;
    bool m_reportReaderTried = false;
    std::vector<QueuedWrite> m_queued;
    QSet<const Session*> m_queuedFrom;  // whose later requests must wait for the group
    QTimer m_flushTimer;
};

} // namespace agentdesk::server
