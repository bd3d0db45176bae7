#include "WsClient.h"

#include "TestServer.h"

#include <QTest>
#include "protocol/IdempotencyKey.h"

namespace agentdesk::test {

using namespace protocol;

QString newKey()
{
    return protocol::newIdempotencyKey();
}

WsClient::WsClient(const QUrl& url, QObject* parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        DecodeResult decoded = FrameCodec::decode(text.toUtf8(), DecodeMode::ClientReadsServer);
        if (decoded.ok())
            m_inbox.append(*decoded.frame);
        else
            ++m_undecodable;
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_closed = true;
        m_closeCode = m_socket.closeCode();
        m_closeReason = m_socket.closeReason();
    });
    m_socket.open(url);
}

WsClient::~WsClient()
{
    // The socket, destroyed after our other members, still signals its disconnection: its
    // handler would write into members already gone (LeakSanitizer saw the close reason leak).
    m_socket.disconnect(this);
}

bool WsClient::waitConnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return isConnected() || m_closed; }, timeoutMs) && isConnected();
}

bool WsClient::waitClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_closed; }, timeoutMs);
}

void WsClient::sendText(const QByteArray& text)
{
    m_socket.sendTextMessage(QString::fromUtf8(text));
}

void WsClient::sendBinary(const QByteArray& data)
{
    m_socket.sendBinaryMessage(data);
}

Frame WsClient::waitReply(const QString& id, int timeoutMs)
{
    Frame found{FrameType::Error, id, 0, protocol::Error{QStringLiteral("timeout"), QStringLiteral("no reply in time")}};
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] {
        for (qsizetype i = 0; i < m_inbox.size(); ++i) {
            if (m_inbox[i].id == id && specOf(m_inbox[i].type).kind != FrameKind::Event) {
                found = m_inbox.takeAt(i);
                return true;
            }
        }
        return m_closed;
    }, timeoutMs);
    return found;
}

std::optional<Frame> WsClient::waitEvent(const std::function<bool(const Frame&)>& match, int timeoutMs)
{
    std::optional<Frame> found;
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] {
        for (qsizetype i = 0; i < m_inbox.size(); ++i) {
            if (m_inbox[i].id.isEmpty() && match(m_inbox[i])) {
                found = m_inbox.takeAt(i);
                return true;
            }
        }
        return false;
    }, timeoutMs);
    return found;
}

std::optional<Frame> WsClient::waitError(ErrorCode code, int timeoutMs)
{
    return waitEvent([code](const Frame& f) {
        const auto* e = f.as<protocol::Error>();
        return e && e->code == errorCodeName(code);
    }, timeoutMs);
}

QList<Frame> WsClient::takeAll()
{
    return std::exchange(m_inbox, {});
}

AuthOk WsClient::login(const QString& user, const QString& password, const QString& language)
{
    const Frame reply = request(AuthLogin{user, password, kProtocolVersion, QStringLiteral("test"), language});
    return reply.as<AuthOk>() ? *reply.as<AuthOk>() : AuthOk{};
}

AuthOk WsClient::signinCustomer(const QString& ref, const QString& key, const QString& language)
{
    const Frame reply = request(CustomerSignin{key, ref, {}, Channel::Web, kProtocolVersion, language});
    return reply.as<AuthOk>() ? *reply.as<AuthOk>() : AuthOk{};
}

SyncOk WsClient::sync(qint64 since)
{
    const Frame reply = request(Sync{since});
    return reply.as<SyncOk>() ? *reply.as<SyncOk>() : SyncOk{};
}

ConversationInfo WsClient::openConversation(const QString& text, const QString& topic)
{
    const Frame reply = request(ConversationOpen{newKey(), topic, text});
    return reply.as<ConversationOpenOk>() ? reply.as<ConversationOpenOk>()->conversation : ConversationInfo{};
}

ChatMessage WsClient::send(qint64 conversationId, const QString& text, const QString& key)
{
    const Frame reply = request(MessageSend{key, conversationId, text, {}, {}, {}});
    return reply.as<MessageSendOk>() ? reply.as<MessageSendOk>()->message : ChatMessage{};
}

std::optional<ChatMessage> WsClient::waitMessage(qint64 conversationId, const QString& text, int timeoutMs)
{
    const auto frame = waitEvent([&](const Frame& f) {
        const auto* m = f.as<MessageNew>();
        return m && m->message.conversationId == conversationId && (text.isEmpty() || m->message.text == text);
    }, timeoutMs);
    if (!frame)
        return std::nullopt;
    return frame->as<MessageNew>()->message;
}

std::optional<ConversationInfo> WsClient::waitConversation(const std::function<bool(const ConversationInfo&)>& match,
                                                           int timeoutMs)
{
    const auto frame = waitEvent([&](const Frame& f) {
        const auto* c = f.as<ConversationUpdated>();
        return c && match(c->conversation);
    }, timeoutMs);
    if (!frame)
        return std::nullopt;
    return frame->as<ConversationUpdated>()->conversation;
}

std::unique_ptr<WsClient> liveStaff(TestServer& server, const QString& user)
{
    auto client = std::make_unique<WsClient>(server.staffUrl());
    if (!client->waitConnected())
        return nullptr;
    const AuthOk ok = client->login(user);
    if (ok.principal.id == 0)
        return nullptr;
    client->sync(ok.head);
    return client;
}

std::unique_ptr<WsClient> liveCustomer(TestServer& server, const QString& ref)
{
    auto client = std::make_unique<WsClient>(server.customerUrl());
    if (!client->waitConnected())
        return nullptr;
    const AuthOk ok = client->signinCustomer(ref);
    if (ok.principal.id == 0)
        return nullptr;
    client->sync(ok.head);
    return client;
}

bool isError(const Frame& frame, ErrorCode code)
{
    const auto* e = frame.as<protocol::Error>();
    return e && e->code == errorCodeName(code);
}

QByteArray describe(const Frame& frame)
{
    if (const auto* e = frame.as<protocol::Error>())
        return (e->code + QStringLiteral(": ") + e->message).toUtf8();
    return QByteArray(specOf(frame.type).name);
}

Staff signIn(TestServer& server, const QString& user, int timeoutMs)
{
    Staff s;
    s.ws = std::make_unique<WsClient>(server.staffUrl());
    if (!s.ws->waitConnected(timeoutMs))
        return {};
    const AuthOk ok = s.ws->login(user);
    if (ok.principal.id == 0)
        return {};
    s.id = ok.principal.id;
    s.teamId = ok.principal.teamId;
    s.ws->sync(ok.head);
    return s;
}

} // namespace agentdesk::test
