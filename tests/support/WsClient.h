#pragma once

#include "protocol/FrameCodec.h"

#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <memory>

namespace agentdesk::test {

QString newKey();

// A plain WebSocket client for integration tests: it can send any text (valid or not), keeps
// every frame the server sends, and waits for replies, events and closes with a timeout.
class WsClient : public QObject {
    Q_OBJECT
public:
    explicit WsClient(const QUrl& url, QObject* parent = nullptr);
    ~WsClient() override;

    bool waitConnected(int timeoutMs = 5000);
    bool waitClosed(int timeoutMs = 5000);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    int closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }
    QWebSocket& socket() { return m_socket; }

    void sendText(const QByteArray& text);
    void sendBinary(const QByteArray& data);

    // Sends a request and waits for the frame that answers it (reply or error).
    template <class T>
    protocol::Frame request(T payload, int timeoutMs = 5000)
    {
        const QString id = QStringLiteral("t%1").arg(++m_nextId);
        sendText(protocol::FrameCodec::encode(std::move(payload), id));
        return waitReply(id, timeoutMs);
    }
    protocol::Frame waitReply(const QString& id, int timeoutMs = 5000);
    // The next frame with no id (an event or an unsolicited error) matching the predicate.
    std::optional<protocol::Frame> waitEvent(const std::function<bool(const protocol::Frame&)>& match,
                                             int timeoutMs = 5000);
    std::optional<protocol::Frame> waitError(protocol::ErrorCode code, int timeoutMs = 5000);
    // Everything received so far that has not been consumed by a wait.
    QList<protocol::Frame> takeAll();
    const QList<protocol::Frame>& peekAll() const { return m_inbox; }
    int undecodableFrames() const { return m_undecodable; }

    // Conveniences for the common sign-ins.
    // language: of the server's error messages to this connection (auth.login's "language").
    protocol::AuthOk login(const QString& user, const QString& password = QStringLiteral("demo1234"), const QString& language = {});
    protocol::AuthOk signinCustomer(const QString& ref, const QString& key = QStringLiteral("demo-channel-key"), const QString& language = {});
    protocol::SyncOk sync(qint64 since);
    // A signed-in, live customer opens a conversation with a first message.
    protocol::ConversationInfo openConversation(const QString& text, const QString& topic = QStringLiteral("presales"));
    protocol::ChatMessage send(qint64 conversationId, const QString& text, const QString& key = newKey());
    // Waits for a message.new (or conversation.updated) event about the given conversation.
    std::optional<protocol::ChatMessage> waitMessage(qint64 conversationId, const QString& text = {}, int timeoutMs = 5000);
    std::optional<protocol::ConversationInfo> waitConversation(
        const std::function<bool(const protocol::ConversationInfo&)>& match, int timeoutMs = 5000);

private:
    QWebSocket m_socket;
    QList<protocol::Frame> m_inbox;
    int m_undecodable = 0;
    int m_nextId = 0;
    int m_closeCode = -1;
    QString m_closeReason;
    bool m_closed = false;
};

class TestServer;

// Signed in and live from the current head, as a fresh client is; null when that failed.
std::unique_ptr<WsClient> liveStaff(TestServer& server, const QString& user);
std::unique_ptr<WsClient> liveCustomer(TestServer& server, const QString& ref);
bool isError(const protocol::Frame& frame, protocol::ErrorCode code);
// "code: message" of an error, else the frame's type: for test failure messages.
QByteArray describe(const protocol::Frame& frame);

// A signed-in, live staff connection and who it is (null when signing in failed).
struct Staff {
    std::unique_ptr<WsClient> ws;
    qint64 id = 0;
    qint64 teamId = 0;
    WsClient* operator->() const { return ws.get(); }
    WsClient& operator*() const { return *ws; }
    explicit operator bool() const { return ws && id > 0; }
};
Staff signIn(TestServer& server, const QString& user, int timeoutMs = 10000);

} // namespace agentdesk::test
