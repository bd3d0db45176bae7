#include "HistoryClient.h"

#include "History.h"

#include <QRandomGenerator>
#include <QUuid>

namespace agentdesk::test {

using namespace protocol;

namespace {
constexpr int kReplyDeadlineMs = 5000;
const QString kSignInId = QStringLiteral("sign-in");
const QString kSyncId = QStringLiteral("sync");
const QString kOpenId = QStringLiteral("open");

QString freshKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

HistoryClient::HistoryClient(const QString& name, Kind kind, const QString& login, const QUrl& url, History& history,
                             QObject* parent)
    : QObject(parent)
    , m_name(name)
    , m_kind(kind)
    , m_login(login)
    , m_url(url)
    , m_history(history)
    , m_openKey(freshKey())
{
    m_reconnect.setSingleShot(true);
    m_replyDeadline.setSingleShot(true);
    m_replyDeadline.setInterval(kReplyDeadlineMs);
    connect(&m_reconnect, &QTimer::timeout, this, &HistoryClient::connectNow);
    // A request unanswered for this long: the server is gone without a word (half-open).
    connect(&m_replyDeadline, &QTimer::timeout, this, [this] { m_socket.abort(); });
    connect(&m_socket, &QWebSocket::connected, this, &HistoryClient::onConnected);
    connect(&m_socket, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &HistoryClient::onText);
}

HistoryClient::~HistoryClient()
{
    // The socket, destroyed after our other members, would still call onDisconnected.
    m_socket.disconnect(this);
}

void HistoryClient::start()
{
    m_running = true;
    connectNow();
}

void HistoryClient::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_replyDeadline.stop();
    m_socket.abort();
}

void HistoryClient::queue(qint64 conversationId, const QString& text)
{
    const Pending p{freshKey(), conversationId, text};
    m_history.invoked(m_name, p.key, conversationId, text);
    m_outbox.push_back(p);
    sendNext();
}

void HistoryClient::connectNow()
{
    if (!m_running || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    m_socket.open(m_url);
}

void HistoryClient::send(const Payload& payload, const QString& id)
{
    const FrameType type = std::visit([](const auto& p) { return std::decay_t<decltype(p)>::kType; }, payload);
    m_awaiting = id;
    m_replyDeadline.start();
    m_socket.sendTextMessage(QString::fromUtf8(FrameCodec::encode(Frame{type, id, 0, payload})));
}

void HistoryClient::onConnected()
{
    if (!m_token.isEmpty())
        send(AuthToken{m_token, kProtocolVersion, {}}, kSignInId);
    else if (m_kind == Kind::Staff)
        send(AuthLogin{m_login, QStringLiteral("demo1234"), kProtocolVersion, QStringLiteral("fault-run"), {}}, kSignInId);
    else
        send(CustomerSignin{QStringLiteral("demo-channel-key"), m_login, m_name, Channel::Web, kProtocolVersion, {}}, kSignInId);
}

void HistoryClient::onDisconnected()
{
    const bool wasOnline = m_online;
    m_online = false;
    m_awaiting.clear();
    m_replyDeadline.stop();
    if (wasOnline)
        ++m_reconnects;
    if (m_running)
        m_reconnect.start(100 + int(QRandomGenerator::global()->bounded(200)));
}

void HistoryClient::onText(const QString& text)
{
    const DecodeResult decoded = FrameCodec::decode(text.toUtf8(), DecodeMode::ClientReadsServer);
    if (!decoded.ok()) {
        m_history.anomaly(m_name, QStringLiteral("undecodable frame: %1").arg(decoded.error.message));
        return;
    }
    const Frame& frame = *decoded.frame;
    if (frame.id.isEmpty())
        onEvent(frame);
    else if (frame.id == m_awaiting)
        onReply(frame);
}

void HistoryClient::onEvent(const Frame& frame)
{
    if (frame.seq == 0)
        return;  // transient (a floor, a monitor), or an error without id
    if (frame.seq <= m_lastSeq) {
        m_history.anomaly(m_name, QStringLiteral("event %1 again after %2").arg(frame.seq).arg(m_lastSeq));
        return;
    }
    if (frame.seq != m_lastSeq + 1)
        m_history.anomaly(m_name, QStringLiteral("events %1 to %2 skipped").arg(m_lastSeq + 1).arg(frame.seq - 1));
    m_lastSeq = frame.seq;
    if (const auto* message = frame.as<MessageNew>()) {
        m_history.received(m_name, message->message.conversationId, message->message.id, message->message.text);
    } else if (const auto* updated = frame.as<ConversationUpdated>()) {
        const ConversationInfo& c = updated->conversation;
        if (m_kind == Kind::Staff) {
            if (c.agentId == m_myId && c.status != ConversationStatus::Closed)
                m_assigned.insert(c.id);
            else
                m_assigned.remove(c.id);
        }
    }
}

void HistoryClient::onReply(const Frame& frame)
{
    m_awaiting.clear();
    m_replyDeadline.stop();
    const auto* error = frame.as<protocol::Error>();
    if (frame.id == kSignInId) {
        if (const auto* ok = frame.as<AuthOk>()) {
            m_token = ok->token;
            m_myId = ok->principal.id;
            send(Sync{m_lastSeq}, kSyncId);
        } else if (error && error->code == errorCodeName(ErrorCode::AuthFailed) && !m_token.isEmpty()) {
            m_token.clear();
            onConnected();
        } else {
            m_history.anomaly(m_name, QStringLiteral("sign-in refused: %1").arg(error ? error->message : QString()));
            m_socket.abort();
        }
        return;
    }
    if (frame.id == kSyncId) {
        if (const auto* ok = frame.as<SyncOk>(); ok && ok->reset)
            m_history.anomaly(m_name, QStringLiteral("told to reset at %1 (head %2)").arg(m_lastSeq).arg(ok->head));
        m_online = true;
        emit becameOnline();
        if (m_kind == Kind::Customer && m_conversationId == 0)
            openConversation();
        else
            sendNext();
        return;
    }
    if (frame.id == kOpenId) {
        if (const auto* ok = frame.as<ConversationOpenOk>())
            m_conversationId = ok->conversation.id;
        else
            m_history.anomaly(m_name, QStringLiteral("conversation.open refused: %1").arg(error ? error->message : QString()));
        sendNext();
        return;
    }
    // The answer to the message at the front of the outbox.
    if (m_outbox.empty())
        return;
    const Pending& front = m_outbox.front();
    if (const auto* ok = frame.as<MessageSendOk>()) {
        m_history.acknowledged(front.key, ok->message.id);
        m_outbox.pop_front();
    } else if (error && (error->code == errorCodeName(ErrorCode::Internal) || error->code == errorCodeName(ErrorCode::RateLimited))) {
        // Retry the same request with the same key a little later.
        QTimer::singleShot(200, this, &HistoryClient::sendNext);
        return;
    } else {
        m_history.refused(front.key, error ? error->code : QStringLiteral("unexpected %1").arg(QLatin1String(specOf(frame.type).name)));
        m_outbox.pop_front();
    }
    sendNext();
}

void HistoryClient::openConversation()
{
    // The same key on every attempt: a conversation opened before a crash is the one returned.
    send(ConversationOpen{m_openKey, QStringLiteral("presales"), {}}, kOpenId);
}

void HistoryClient::sendNext()
{
    if (!m_online || !m_awaiting.isEmpty() || m_outbox.empty())
        return;
    Pending& front = m_outbox.front();
    if (front.conversationId == 0)
        front.conversationId = m_conversationId;
    if (front.conversationId == 0)
        return;  // the customer's conversation is not open yet
    m_history.attempted(front.key);
    send(MessageSend{front.key, front.conversationId, front.text, {}, {}, {}}, QStringLiteral("send-%1").arg(++m_nextId));
}

} // namespace agentdesk::test
