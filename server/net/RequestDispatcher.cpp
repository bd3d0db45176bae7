#include "net/RequestDispatcher.h"

#include "FloorMonitor.h"
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
// Beyond this many missed events a snapshot is cheaper than a replay, and a replay this long
// could overflow the send buffer and get the client dropped again and again.
constexpr qint64 kMaxReplay = 2000;
// Replies kept for idempotent retries carry this id; the retry's own id replaces it.
const QString kStoredReplyId = QStringLiteral("stored");

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
}

bool RequestDispatcher::admit(Session& session, const Frame& frame)
{
    const FrameSpec& spec = specOf(frame.type);
    const QString name = QLatin1String(spec.name);
    if (!(spec.endpoints & session.endpoint())) {
        session.sendError(frame.id, ErrorCode::Forbidden,
                          tr("%1 is not available on the %2 endpoint").arg(name, endpointName(session.endpoint())));
        return false;
    }
    const unsigned sender = session.identity() ? session.identity()->senderBit() : unsigned(SignedOut);
    if (spec.senders & sender)
        return true;
    if (!session.identity())
        session.sendError(frame.id, ErrorCode::Unauthenticated, tr("sign in before sending %1").arg(name));
    else if (spec.senders == SignedOut)
        session.sendError(frame.id, ErrorCode::InvalidState, tr("already signed in"));
    else
        session.sendError(frame.id, ErrorCode::Forbidden, tr("your role may not send %1").arg(name));
    return false;
}

void RequestDispatcher::dispatch(Session& session, const Frame& frame)
{
    if (!admit(session, frame))
        return;
    try {
        switch (frame.type) {
        case FrameType::AuthLogin:
        case FrameType::AuthToken:
        case FrameType::CustomerSignin:
            signIn(session, frame);
            return;
        case FrameType::Sync:
            sync(session, frame);
            return;
        case FrameType::AuthLogout:
            signOut(session, frame);
            return;
        case FrameType::Ping:
            session.deliver(FrameCodec::encode(Pong{QDateTime::currentMSecsSinceEpoch()}, frame.id));
            return;
        case FrameType::FloorWatch:
            watchFloor(session, frame);
            return;
        case FrameType::ConversationMonitor:
            monitor(session, frame);
            return;
        default:
            break;
        }
        if (specOf(frame.type).mutating)
            mutate(session, frame);
        else
            answer(session, frame, perform(*session.identity(), frame));
    } catch (const DatabaseError& e) {
        m_ctx.discardEvents();
        qCWarning(lcDispatch) << specOf(frame.type).name << "failed in the database:" << e.what();
        session.sendError(frame.id, ErrorCode::Internal,
                          tr("the server could not complete the request; retry it with the same key"));
    }
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
    if (since > head || since < m_ctx.events.floor(stream) || head - since > kMaxReplay) {
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

void RequestDispatcher::mutate(Session& session, const Frame& frame)
{
    const Identity& who = *session.identity();
    const QString scope = who.stream();
    const QString key = idempotencyKeyOf(frame);
    const QByteArray fingerprint = FrameCodec::fingerprint(frame);

    WriteTransaction tx(m_ctx.db);
    if (const auto stored = m_ctx.idempotency.find(scope, key)) {
        tx.commit();
        if (stored->fingerprint != fingerprint) {
            session.sendError(frame.id, ErrorCode::IdempotencyConflict,
                              tr("key %1 was already used for a different request").arg(key));
            return;
        }
        DecodeResult replay = FrameCodec::decode(stored->reply, DecodeMode::ClientReadsServer);
        if (!replay.ok()) {
            qCWarning(lcDispatch) << "a stored reply no longer decodes:" << replay.error.message;
            session.sendError(frame.id, ErrorCode::Internal, tr("the stored result of key %1 is unreadable").arg(key));
            return;
        }
        replay.frame->id = frame.id;
        session.deliver(FrameCodec::encode(*replay.frame));
        return;
    }
    const Outcome outcome = perform(who, frame);
    if (const auto* payload = std::get_if<Payload>(&outcome)) {
        const FrameType replyType = specOf(frame.type).reply;
        m_ctx.idempotency.store(scope, key, {fingerprint, FrameCodec::encode(Frame{replyType, kStoredReplyId, 0, *payload})},
                                QDateTime::currentMSecsSinceEpoch());
        tx.commit();
    } else {
        m_ctx.discardEvents();  // the transaction rolls back with tx
    }
    answer(session, frame, outcome);
    m_ctx.publishEvents();
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
