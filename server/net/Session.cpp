#include "net/Session.h"

#include "FloorMonitor.h"
#include "ServerContext.h"
#include "net/Cluster.h"
#include "net/RequestDispatcher.h"
#include "protocol/FrameCodec.h"

#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcSession, "agentdesk.server.session")

namespace agentdesk::server {

using namespace protocol;

namespace {
// Session is a QObject, whose own tr() would read the application's translator.
class SessionText {
    AGENTDESK_SERVER_TEXTS(Session)
};

constexpr int kMaxAuthFailures = 5;
constexpr int kMaxRateStrikes = 100;  // frames refused in a row before the connection is closed
// Requests waiting for an earlier one to be answered (hold()) before the connection is closed:
// a client that sends so many without waiting for answers is not the workstation.
constexpr size_t kMaxWaiting = 256;
} // namespace

Session::Session(QWebSocket* socket, Endpoint endpoint, ServerContext& context, RequestDispatcher& dispatcher,
                 QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_endpoint(endpoint)
    , m_peerAddress(socket->peerAddress().toString())
    , m_ctx(context)
    , m_dispatcher(dispatcher)
    , m_rateTokens(context.config.rateBurst)
{
    m_socket->setParent(this);
    m_socket->setMaxAllowedIncomingFrameSize(quint64(context.config.maxFrameBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(context.config.maxFrameBytes));
    m_rateClock.start();
    connect(m_socket, &QWebSocket::textMessageReceived, this, &Session::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &Session::onBinary);
    connect(m_socket, &QWebSocket::disconnected, this, &Session::onDisconnected);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_unansweredPings = 0; });

    m_authDeadline.setSingleShot(true);
    m_authDeadline.setInterval(context.config.authTimeoutMs);
    connect(&m_authDeadline, &QTimer::timeout, this, [this] {
        if (!m_identity)
            closeWith(QWebSocketProtocol::CloseCodePolicyViolated, SessionText::tr("sign-in timeout"));
    });
    m_authDeadline.start();
}

Session::~Session()
{
    m_ctx.hub.detach(this);
    if (m_identity && m_identity->isStaff()) {
        if (m_ctx.hub.staffDisconnected(m_identity->id) && m_ctx.cluster)
            m_ctx.cluster->staffPresence(m_identity->id, false);
        if (m_ctx.floorMonitor)
            m_ctx.floorMonitor->touch(m_identity->teamId);
    }
}

void Session::signIn(const Identity& identity, const QString& tokenHash)
{
    m_identity = identity;
    m_tokenHash = tokenHash;
    m_authDeadline.stop();
    if (identity.isStaff()) {
        if (m_ctx.hub.staffConnected(identity.id) && m_ctx.cluster)
            m_ctx.cluster->staffPresence(identity.id, true);
        m_ctx.floorMonitor->touch(identity.teamId);
    }
}

void Session::goLive(qint64 head)
{
    m_live = true;
    m_delivered = head;
    m_ctx.hub.attach(m_identity->stream(), this);
}

void Session::deliverEvent(const QByteArray& frame, qint64 seq)
{
    // Another instance's event may reach us after our sync replayed it from the database.
    if (seq <= m_delivered)
        return;
    m_delivered = seq;
    deliver(frame);
}

void Session::deliver(const QByteArray& frame)
{
    if (m_closing)
        return;
    // No backpressure in QWebSocket: a client that does not read would grow our memory without
    // bound. Drop it; it resumes from its last sequence when it reconnects.
    if (m_socket->bytesToWrite() > m_ctx.config.maxBufferedBytes) {
        qCWarning(lcSession) << "dropping a slow consumer with" << m_socket->bytesToWrite() << "bytes unsent";
        m_ctx.metrics.slowConsumerDropped();
        m_closing = true;
        m_ctx.hub.detach(this);
        m_socket->abort();
        return;
    }
    m_socket->sendTextMessage(QString::fromUtf8(frame));
    m_ctx.metrics.frameSent();
}

bool Session::deliverReplaceable(const QByteArray& frame)
{
    if (m_closing)
        return false;
    if (m_socket->bytesToWrite() > m_ctx.config.maxBufferedBytes / 4) {
        m_ctx.metrics.replaceableFrameSkipped();
        return false;
    }
    deliver(frame);
    return true;
}

void Session::sendError(const QString& requestId, ErrorCode code, const QString& message)
{
    m_ctx.metrics.errorSent(code);
    deliver(FrameCodec::encodeError(requestId, code, message));
}

void Session::closeWith(QWebSocketProtocol::CloseCode code, const QString& reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_ctx.hub.detach(this);
    m_socket->close(code, reason);
}

void Session::endSession()
{
    const ServerText::Scope language(m_language);
    closeWith(QWebSocketProtocol::CloseCode(kCloseSessionEnded),
              SessionText::tr("your session has ended (signed out, revoked or expired); sign in again"));
}

void Session::heartbeat()
{
    // Counted in ticks, not in time: when the server itself stalls, the late tick finds one ping
    // unanswered, not a peer silent for the whole stall.
    if (m_unansweredPings >= 2) {
        qCInfo(lcSession) << "aborting a silent peer";
        m_closing = true;
        m_ctx.hub.detach(this);
        m_socket->abort();
        return;
    }
    ++m_unansweredPings;
    m_socket->ping();
}

void Session::noteAuthFailure()
{
    if (++m_authFailures >= kMaxAuthFailures)
        closeWith(QWebSocketProtocol::CloseCodePolicyViolated, SessionText::tr("too many failed sign-ins"));
}

bool Session::takeRateToken()
{
    const double elapsed = double(m_rateClock.restart()) / 1000.0;
    m_rateTokens = std::min<double>(m_ctx.config.rateBurst, m_rateTokens + elapsed * m_ctx.config.ratePerSecond);
    if (m_rateTokens < 1.0)
        return false;
    m_rateTokens -= 1.0;
    return true;
}

void Session::onText(const QString& text)
{
    if (m_closing)
        return;
    const ServerText::Scope language(m_language);
    m_ctx.metrics.frameReceived();
    m_unansweredPings = 0;
    if (!takeRateToken()) {
        if (++m_rateStrikes >= kMaxRateStrikes) {
            closeWith(QWebSocketProtocol::CloseCodePolicyViolated, SessionText::tr("rate limit exceeded"));
            return;
        }
        sendError({}, ErrorCode::RateLimited,
                  SessionText::tr("more than %1 frames per second; slow down").arg(m_ctx.config.ratePerSecond));
        return;
    }
    m_rateStrikes = 0;
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > m_ctx.config.maxFrameBytes) {
        sendError({}, ErrorCode::FrameTooLarge, SessionText::tr("frames are limited to %1 bytes").arg(m_ctx.config.maxFrameBytes));
        return;
    }
    DecodeResult decoded = FrameCodec::decode(utf8, DecodeMode::ServerReadsRequest);
    if (!decoded.ok()) {
        sendError(decoded.requestId, decoded.error.code, decoded.error.message);
        return;
    }
    adoptLanguage(*decoded.frame);
    if (m_held) {
        if (m_waiting.size() >= kMaxWaiting) {
            closeWith(QWebSocketProtocol::CloseCodePolicyViolated,
                      SessionText::tr("more than %1 requests wait for an earlier one's answer").arg(kMaxWaiting));
            return;
        }
        m_waiting.push_back(std::move(*decoded.frame));
        return;
    }
    handle(*decoded.frame);
}

void Session::handle(const protocol::Frame& frame)
{
    QElapsedTimer handling;
    handling.start();
    if (m_dispatcher.dispatch(*this, frame))
        m_ctx.metrics.requestHandled(specOf(frame.type).name, double(handling.nsecsElapsed()) / 1e9);
}

void Session::release()
{
    const ServerText::Scope language(m_language);
    m_held = false;
    while (!m_held && !m_closing && !m_waiting.empty()) {
        const protocol::Frame frame = std::move(m_waiting.front());
        m_waiting.pop_front();
        handle(frame);
    }
}

void Session::onBinary(const QByteArray&)
{
    const ServerText::Scope language(m_language);
    m_ctx.metrics.frameReceived();
    m_unansweredPings = 0;
    if (!takeRateToken())
        return;
    sendError({}, ErrorCode::Unsupported, SessionText::tr("binary frames are not part of the protocol; send JSON text"));
}

void Session::adoptLanguage(const protocol::Frame& frame)
{
    if (m_identity)
        return;  // fixed at sign-in: a second sign-in frame is refused, and so changes nothing
    if (const auto* login = frame.as<protocol::AuthLogin>())
        m_language = ServerText::languageFor(login->language);
    else if (const auto* token = frame.as<protocol::AuthToken>())
        m_language = ServerText::languageFor(token->language);
    else if (const auto* customer = frame.as<protocol::CustomerSignin>())
        m_language = ServerText::languageFor(customer->language);
}

void Session::onDisconnected()
{
    m_closing = true;
    m_ctx.hub.detach(this);
    emit finished(this);
}

} // namespace agentdesk::server
