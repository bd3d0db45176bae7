#include "net/RequestDispatcher.h"

#include "FloorMonitor.h"
#include "FloorReader.h"
#include "Router.h"
#include "ServerContext.h"
#include "net/Session.h"
#include "service/AuthService.h"
#include "service/ChatService.h"
#include "service/LibraryService.h"
#include "service/CouponService.h"
#include "service/ImageService.h"
#include "service/RecommendationService.h"
#include "service/SupervisorService.h"
#include "service/TrainingService.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDispatch, "agentdesk.server.dispatch")

namespace agentdesk::server {

using namespace protocol;

namespace {

constexpr int kReplayPage = 1000;
// A group is written at once when it reaches this size, so that its replies are not held long.
constexpr size_t kMaxGroup = 512;
// The stored reply of a message.send: "message:" and the message's id (write()).
constexpr QByteArrayView kStoredMessage = "message:";

QString idempotencyKeyOf(const Frame& frame)
{
    return std::visit([](const auto& p) -> QString {
        if constexpr (requires { p.key; })
            return p.key;
        else
            return {};
    }, frame.payload);
}

QString endpointName(Endpoint endpoint)
{
    return endpoint == StaffEndpoint ? QStringLiteral("staff") : QStringLiteral("customer");
}

} // namespace

RequestDispatcher::RequestDispatcher(ServerContext& context)
    : m_ctx(context)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(m_ctx.config.groupWindowMs);
    m_flushTimer.callOnTimeout([this] { flushWrites(); });
}

RequestDispatcher::~RequestDispatcher() = default;

std::optional<ProtocolError> RequestDispatcher::refusal(const Session& session, const Frame& frame) const
{
    const FrameSpec& spec = specOf(frame.type);
    const QString name = QLatin1String(spec.name);
    if (!(spec.endpoints & session.endpoint()))
        return ProtocolError{ErrorCode::Forbidden, tr("%1 is not available on the %2 endpoint").arg(name, endpointName(session.endpoint()))};
    const unsigned sender = session.identity() ? session.identity()->senderBit() : unsigned(SignedOut);
    if (spec.senders & sender)
        return std::nullopt;
    if (!session.identity())
        return ProtocolError{ErrorCode::Unauthenticated, tr("sign in before sending %1").arg(name)};
    if (spec.senders == SignedOut)
        return ProtocolError{ErrorCode::InvalidState, tr("already signed in")};
    return ProtocolError{ErrorCode::Forbidden, tr("your role may not send %1").arg(name)};
}

bool RequestDispatcher::dispatch(Session& session, const Frame& frame)
{
    const std::optional<ProtocolError> refused = refusal(session, frame);
    const bool joins = !refused && specOf(frame.type).mutating && joinsGroup(frame);
    // A connection's requests are answered in the order they came: what does not join the
    // group waits until the connection's requests in it are answered.
    if (!joins && m_queuedFrom.contains(&session))
        flushWrites();
    if (refused) {
        session.sendError(frame.id, refused->code, refused->message);
        return true;
    }
    if (joins) {
        queueWrite(session, frame);
        return false;
    }
    try {
        switch (frame.type) {
        case FrameType::AuthLogin:
        case FrameType::AuthToken:
        case FrameType::CustomerSignin:
            signIn(session, frame);
            return true;
        case FrameType::Sync:
            sync(session, frame);
            return true;
        case FrameType::AuthLogout:
            signOut(session, frame);
            return true;
        case FrameType::Ping:
            session.deliver(FrameCodec::encode(Pong{QDateTime::currentMSecsSinceEpoch()}, frame.id));
            return true;
        case FrameType::FloorWatch:
            watchFloor(session, frame);
            return true;
        case FrameType::ConversationMonitor:
            monitor(session, frame);
            return true;
        case FrameType::KpiReport:
            return reportKpis(session, frame);
        default:
            break;
        }
        if (specOf(frame.type).mutating)
            writeAlone(&session, *session.identity(), frame);
        else
            answer(session, frame, perform(*session.identity(), frame));
    } catch (const DatabaseError& e) {
        m_ctx.discardEvents();
        qCWarning(lcDispatch) << specOf(frame.type).name << "failed in the database:" << e.what();
        session.sendError(frame.id, ErrorCode::Internal,
                          tr("the server could not complete the request; retry it with the same key"));
    }
    return true;
}

void RequestDispatcher::signIn(Session& session, const Frame& frame)
{
    AuthService::Result result;
    if (const auto* login = frame.as<AuthLogin>())
        result = m_ctx.auth->login(*login, session.peerAddress());
    else if (const auto* token = frame.as<AuthToken>())
        result = m_ctx.auth->resume(*token, session.endpoint());
    else
        result = m_ctx.auth->customerSignin(*frame.as<CustomerSignin>(), session.peerAddress());

    if (!result.identity) {
        answer(session, frame, result.outcome);
        if (std::get<ProtocolError>(result.outcome).code == ErrorCode::AuthFailed)
            session.noteAuthFailure();
        return;
    }
    const auto& ok = std::get<AuthOk>(std::get<Payload>(result.outcome));
    session.signIn(*result.identity, Directory::tokenHash(ok.token));
    answer(session, frame, result.outcome);
    if (result.identity->isStaff())
        m_ctx.router->schedule();
}

void RequestDispatcher::signOut(Session& session, const Frame& frame)
{
    const Identity who = *session.identity();
    AuthLogoutOk ok;
    ok.revokedTokens = m_ctx.auth->logout(who);
    ok.closedConnections = m_ctx.endSessionsOf(who.stream(), &session);
    session.deliver(FrameCodec::encode(ok, frame.id));
    session.closeWith(QWebSocketProtocol::CloseCodeNormal, tr("signed out"));
}

void RequestDispatcher::sync(Session& session, const Frame& frame)
{
    const QString stream = session.identity()->stream();
    const qint64 since = frame.as<Sync>()->since;
    const qint64 head = m_ctx.events.head(stream);
    SyncOk reply;
    reply.head = head;
    // A replay is sent at once, so it must fit in the send buffer with room to spare, or the
    // client would be dropped as a slow consumer again and again.
    const qint64 replayLimit = m_ctx.config.maxBufferedBytes / 2;
    if (since > head || since < m_ctx.events.floor(stream)
        || (since < head && m_ctx.events.bytesAfter(stream, since) > replayLimit)) {
        // Ahead of us (another database?), behind the retained events, or too far behind to
        // replay: reload a snapshot.
        reply.reset = true;
    } else {
        for (qint64 cursor = since; cursor < head;) {
            const auto page = m_ctx.events.after(stream, cursor, kReplayPage);
            if (page.empty())
                break;
            for (const QByteArray& event : page)
                session.deliver(event);
            reply.replayed += qint64(page.size());
            cursor += qint64(page.size());
        }
    }
    // Single-threaded: no event can be appended between the replay and going live.
    session.deliver(FrameCodec::encode(reply, frame.id));
    session.goLive(head);
}

void RequestDispatcher::watchFloor(Session& session, const Frame& frame)
{
    const auto& request = *frame.as<FloorWatch>();
    qint64 team = 0;
    const Outcome outcome = m_ctx.supervisor->watch(*session.identity(), request, &team);
    // One floor at a time per connection: watching another team replaces it.
    if (std::holds_alternative<Payload>(outcome) || request.stop)
        m_ctx.hub.unsubscribePrefix(Hub::kFloorTopicPrefix, &session);
    if (const auto* ok = std::get_if<Payload>(&outcome); ok && team > 0) {
        m_ctx.hub.subscribe(Hub::floorTopic(team), &session);
        m_ctx.floorMonitor->watched(*std::get<FloorWatchOk>(*ok).snapshot);
    }
    answer(session, frame, outcome);
}

void RequestDispatcher::monitor(Session& session, const Frame& frame)
{
    const auto& request = *frame.as<ConversationMonitor>();
    // Stopping always stops, also when the conversation has left the caller's team meanwhile.
    if (request.stop)
        m_ctx.hub.unsubscribe(Hub::monitorTopic(request.conversationId), &session);
    const Outcome outcome = m_ctx.supervisor->monitor(*session.identity(), request);
    if (std::holds_alternative<Payload>(outcome) && !request.stop)
        m_ctx.hub.subscribe(Hub::monitorTopic(request.conversationId), &session);
    answer(session, frame, outcome);
}

bool RequestDispatcher::reportKpis(Session& session, const Frame& frame)
{
    if (!m_reportReaderTried) {
        m_reportReaderTried = true;
        QString error;
        m_reportReader = FloorReader::start(m_ctx.config.database, &error);
        if (!m_reportReader)
            qCInfo(lcDispatch) << "KPI reports are read on the server's thread:" << error;
    }
    const Identity& who = *session.identity();
    const auto& request = *frame.as<KpiReport>();
    if (!m_reportReader) {
        answer(session, frame, m_ctx.supervisor->kpis(who, request));
        return true;
    }
    auto prepared = m_ctx.supervisor->prepareKpis(who, request);
    if (const auto* error = std::get_if<ProtocolError>(&prepared)) {
        session.sendError(frame.id, error->code, error->message);
        return true;
    }
    auto& kpis = std::get<SupervisorService::PreparedKpis>(prepared);
    session.hold();
    QElapsedTimer since;
    since.start();
    m_reportReader->readKpis(std::move(kpis.query), std::move(kpis.report), &m_answers,
                             [this, client = QPointer<Session>(&session), id = frame.id, since](std::optional<KpiReportOk> report,
                                                                                                const QString& error) {
        m_ctx.metrics.requestHandled(specOf(FrameType::KpiReport).name, double(since.nsecsElapsed()) / 1e9);
        if (!client)
            return;  // disconnected meanwhile
        const ServerText::Scope language(client->language());
        if (report) {
            client->deliver(FrameCodec::encode(std::move(*report), id));
        } else {
            qCWarning(lcDispatch) << "kpi.report failed in the database:" << error;
            client->sendError(id, ErrorCode::Internal, tr("the server could not read the report; retry it"));
        }
        client->release();
    });
    return false;
}

bool RequestDispatcher::joinsGroup(const Frame& frame)
{
    // Only requests whose every effect is in the database (or deferred until after the commit)
    // may wait in a group; messages are most of the writes.
    return frame.type == FrameType::MessageSend;
}

void RequestDispatcher::queueWrite(Session& session, const Frame& frame)
{
    m_queued.push_back(QueuedWrite{&session, *session.identity(), frame, {}, 0, {}});
    m_queued.back().since.start();
    m_queuedFrom.insert(&session);
    if (m_queued.size() >= kMaxGroup)
        flushWrites();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void RequestDispatcher::flushWrites()
{
    m_flushTimer.stop();
    std::vector<QueuedWrite> group = std::exchange(m_queued, {});
    m_queuedFrom.clear();
    if (group.empty())
        return;
    if (group.size() == 1 || !writeGroup(group)) {
        for (QueuedWrite& queued : group) {
            writeAlone(queued.session.data(), queued.who, queued.frame);
            m_ctx.metrics.requestHandled(specOf(queued.frame.type).name, double(queued.since.nsecsElapsed()) / 1e9);
        }
        return;
    }
    m_ctx.metrics.writeGroupCommitted(group.size());
    const std::vector<EventLog::Appended> events = m_ctx.events.takeUnpublished();
    size_t published = 0;
    for (const QueuedWrite& queued : group) {
        if (queued.session)
            send(*queued.session, queued.frame.id, queued.result);
        m_ctx.metrics.requestHandled(specOf(queued.frame.type).name, double(queued.since.nsecsElapsed()) / 1e9);
        m_ctx.publish(std::span(events).subspan(published, queued.eventsEnd - published));
        published = queued.eventsEnd;
    }
}

bool RequestDispatcher::writeGroup(std::vector<QueuedWrite>& group)
{
    // A savepoint around each write lets one that is not kept (a replay, a refusal) leave the
    // others' writes in place, but costs two statements a message, and such writes are rare:
    // the group is written without savepoints first, and again with them if one was not kept.
    // Without savepoints, the group's conversations and keys are also read and written for the
    // whole group at once (the stores' batches); with them, a write rolled back to its savepoint
    // would leave the batches out of step with the database.
    for (const bool savepoints : {false, true}) {
        try {
            WriteTransaction tx(m_ctx.db);
            if (!savepoints)
                beginBatches(group);
            if (!writeEach(group, savepoints)) {
                abandonBatches();
                continue;  // rolled back with tx
            }
            finishBatches();
            tx.commit();
            return true;
        } catch (const DatabaseError& e) {
            abandonBatches();
            m_ctx.discardEvents();
            qCWarning(lcDispatch) << "a group of" << group.size() << "writes failed, writing them one by one:" << e.what();
            return false;
        }
    }
    return false;  // not reached: with savepoints every write finds its place
}

void RequestDispatcher::beginBatches(const std::vector<QueuedWrite>& group)
{
    std::vector<qint64> conversations;
    std::vector<IdempotencyStore::Key> keys;
    conversations.reserve(group.size());
    keys.reserve(group.size());
    for (const QueuedWrite& queued : group) {
        if (const auto* message = queued.frame.as<MessageSend>())
            conversations.push_back(message->conversationId);
        keys.emplace_back(queued.who.stream(), idempotencyKeyOf(queued.frame));
    }
    m_ctx.conversations.beginBatch(conversations);
    m_ctx.idempotency.beginBatch(keys);
}

void RequestDispatcher::finishBatches()
{
    m_ctx.conversations.finishBatch();
    m_ctx.idempotency.finishBatch();
}

void RequestDispatcher::abandonBatches()
{
    m_ctx.conversations.abandonBatch();
    m_ctx.idempotency.abandonBatch();
}

bool RequestDispatcher::writeEach(std::vector<QueuedWrite>& group, bool savepoints)
{
    for (QueuedWrite& queued : group) {
        const size_t mark = m_ctx.events.unpublishedCount();
        if (savepoints)
            m_ctx.db.savepoint();
        queued.result = write(queued.who, queued.frame);
        if (queued.result.keep) {
            if (savepoints)
                m_ctx.db.releaseSavepoint();
        } else if (savepoints) {
            m_ctx.db.rollbackToSavepoint();
            m_ctx.events.discardUnpublishedFrom(mark);
        } else {
            m_ctx.discardEvents();
            return false;
        }
        queued.eventsEnd = m_ctx.events.unpublishedCount();
    }
    return true;
}

void RequestDispatcher::writeAlone(Session* session, const Identity& who, const Frame& frame)
{
    Written written;
    try {
        WriteTransaction tx(m_ctx.db);
        written = write(who, frame);
        if (written.keep)
            tx.commit();
        else
            m_ctx.discardEvents();  // the transaction rolls back with tx
    } catch (const DatabaseError& e) {
        m_ctx.discardEvents();
        qCWarning(lcDispatch) << specOf(frame.type).name << "failed in the database:" << e.what();
        written = Written{{}, ProtocolError{ErrorCode::Internal, tr("the server could not complete the request; retry it with the same key")}, false};
    }
    if (session)
        send(*session, frame.id, written);
    m_ctx.publishEvents();
}

RequestDispatcher::Written RequestDispatcher::write(const Identity& who, const Frame& frame)
{
    const QString scope = who.stream();
    const QString key = idempotencyKeyOf(frame);
    if (const auto stored = m_ctx.idempotency.find(scope, key)) {
        if (!FrameCodec::hasFingerprint(frame, stored->fingerprint))
            return {{}, ProtocolError{ErrorCode::IdempotencyConflict, tr("key %1 was already used for a different request").arg(key)}, false};
        if (stored->reply.startsWith(kStoredMessage))
            return replayMessage(stored->reply, frame, key);
        DecodeResult replay = FrameCodec::decode(stored->reply, DecodeMode::ClientReadsServer);
        if (!replay.ok()) {
            qCWarning(lcDispatch) << "a stored reply no longer decodes:" << replay.error.message;
            return {{}, ProtocolError{ErrorCode::Internal, tr("the stored result of key %1 is unreadable").arg(key)}, false};
        }
        replay.frame->id = frame.id;
        return {FrameCodec::encode(*replay.frame), {}, false};
    }
    const Outcome outcome = perform(who, frame);
    if (const auto* error = std::get_if<ProtocolError>(&outcome))
        return {{}, *error, false};
    const Payload& payload = std::get<Payload>(outcome);
    const FrameType replyType = specOf(frame.type).reply;
    // Stored as sent: a retry's own id replaces this one's when it is replayed.
    QByteArray reply = FrameCodec::encode(Frame{replyType, frame.id, 0, payload});
    // A message's reply is the message, which is stored anyway and never changes: the key names
    // it instead of keeping a third copy (its two events hold the others).
    const auto* sent = std::get_if<MessageSendOk>(&payload);
    m_ctx.idempotency.store(scope, key,
                            {FrameCodec::fingerprint(frame), sent ? kStoredMessage.toByteArray() + QByteArray::number(sent->message.id) : reply},
                            QDateTime::currentMSecsSinceEpoch());
    return {std::move(reply), {}, true};
}

RequestDispatcher::Written RequestDispatcher::replayMessage(const QByteArray& storedReply, const Frame& frame, const QString& key)
{
    bool number = false;
    const qint64 id = storedReply.mid(kStoredMessage.size()).toLongLong(&number);
    const auto message = number ? m_ctx.conversations.message(id) : std::nullopt;
    if (!message) {
        qCWarning(lcDispatch) << "a stored reply names no message:" << storedReply.left(40);
        return {{}, ProtocolError{ErrorCode::Internal, tr("the stored result of key %1 is unreadable").arg(key)}, false};
    }
    return {FrameCodec::encode(Frame{specOf(frame.type).reply, frame.id, 0, MessageSendOk{*message}}), {}, false};
}

void RequestDispatcher::send(Session& session, const QString& requestId, const Written& written)
{
    if (written.error)
        session.sendError(requestId, written.error->code, written.error->message);
    else
        session.deliver(written.reply);
}

Outcome RequestDispatcher::perform(const Identity& who, const Frame& frame)
{
    ChatService& chat = *m_ctx.chat;
    switch (frame.type) {
    case FrameType::ConversationsList: return chat.listConversations(who, *frame.as<ConversationsList>());
    case FrameType::ConversationHistory: return chat.history(who, *frame.as<ConversationHistory>());
    case FrameType::CustomerProfileGet: return chat.customerProfile(who, *frame.as<CustomerProfileGet>());
    case FrameType::ConversationOpen: return chat.openConversation(who, *frame.as<ConversationOpen>());
    case FrameType::MessageSend: return chat.sendMessage(who, *frame.as<MessageSend>());
    case FrameType::ConversationClose: return chat.closeConversation(who, *frame.as<ConversationClose>());
    case FrameType::PresenceSet: return chat.setPresence(who, *frame.as<PresenceSet>());
    case FrameType::NoteAdd: return chat.addNote(who, *frame.as<NoteAdd>());
    case FrameType::ConversationRate: return chat.rate(who, *frame.as<ConversationRate>());
    case FrameType::StaffList: return chat.listStaff(who);
    case FrameType::ConversationTransfer: return chat.transfer(who, *frame.as<ConversationTransfer>());
    case FrameType::OrderPlace: return chat.placeOrder(who, *frame.as<OrderPlace>());
    case FrameType::LibraryList: return m_ctx.library->list(who);
    case FrameType::ReplySave: return m_ctx.library->save(who, *frame.as<ReplySave>());
    case FrameType::ReplyDelete: return m_ctx.library->remove(who, *frame.as<ReplyDelete>());
    case FrameType::ReplyFavorite: return m_ctx.library->favorite(who, *frame.as<ReplyFavorite>());
    case FrameType::LibraryStats: return m_ctx.library->stats(who, *frame.as<LibraryStats>());
    case FrameType::RecommendationsGet: return m_ctx.recommender->get(who, *frame.as<RecommendationsGet>());
    case FrameType::RecommendationDismiss: return m_ctx.recommender->dismiss(who, *frame.as<RecommendationDismiss>());
    case FrameType::ImageUpload: return m_ctx.imageService->upload(who, *frame.as<ImageUpload>());
    case FrameType::ImageGet: return m_ctx.imageService->get(who, *frame.as<ImageGet>());
    case FrameType::CouponsOptions: return m_ctx.couponService->options(who, *frame.as<CouponsOptions>());
    case FrameType::CouponGrant: return m_ctx.couponService->grant(who, *frame.as<CouponGrant>());
    case FrameType::CouponRequest: return m_ctx.couponService->requestApproval(who, *frame.as<CouponRequest>());
    case FrameType::ApprovalsList: return m_ctx.couponService->approvals(who, *frame.as<ApprovalsList>());
    case FrameType::ApprovalDecide: return m_ctx.couponService->decide(who, *frame.as<ApprovalDecide>());
    case FrameType::AuditList: return m_ctx.couponService->audit(who, *frame.as<AuditList>());
    case FrameType::AgentCapacitySet: return m_ctx.supervisor->setCapacity(who, *frame.as<AgentCapacitySet>());
    case FrameType::TeamBroadcast: return m_ctx.supervisor->broadcast(who, *frame.as<TeamBroadcast>());
    case FrameType::ActionsList: return m_ctx.supervisor->actions(who, *frame.as<ActionsList>());
    case FrameType::KpiReport: return m_ctx.supervisor->kpis(who, *frame.as<KpiReport>());
    case FrameType::ConversationJoin: return m_ctx.supervisor->join(who, *frame.as<ConversationJoin>());
    case FrameType::TrainingTrainees: return m_ctx.trainingService->trainees(who);
    case FrameType::TrainingAssign: return m_ctx.trainingService->assign(who, *frame.as<TrainingAssign>());
    case FrameType::TrainingUnassign: return m_ctx.trainingService->unassign(who, *frame.as<TrainingUnassign>());
    case FrameType::TrainingAssignments: return m_ctx.trainingService->assignments(who, *frame.as<TrainingAssignments>());
    case FrameType::TrainingSubmit: return m_ctx.trainingService->submit(who, *frame.as<TrainingSubmit>());
    case FrameType::TrainingResults: return m_ctx.trainingService->results(who, *frame.as<TrainingResults>());
    case FrameType::TrainingResultGet: return m_ctx.trainingService->result(who, *frame.as<TrainingResultGet>());
    default: break;
    }
    return failWith(ErrorCode::Internal, tr("%1 has no handler").arg(QLatin1String(specOf(frame.type).name)));
}

void RequestDispatcher::answer(Session& session, const Frame& request, const Outcome& outcome)
{
    if (const auto* error = std::get_if<ProtocolError>(&outcome)) {
        session.sendError(request.id, error->code, error->message);
        return;
    }
    session.deliver(FrameCodec::encode(Frame{specOf(request.type).reply, request.id, 0, std::get<Payload>(outcome)}));
}

} // namespace agentdesk::server
