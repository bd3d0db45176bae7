#pragma once

#include "i18n/ServerText.h"
#include "protocol/ErrorCode.h"
#include "protocol/FrameCodec.h"
#include "protocol/FrameSpec.h"
#include "service/Identity.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QWebSocketProtocol>

#include <deque>
#include <optional>

class QWebSocket;

namespace agentdesk::server {

struct ServerContext;
class RequestDispatcher;

// One client connection: limits (frame size, rate, sign-in deadline, heartbeat, send buffer),
// decoding, and delivery of replies and events. What a request means is RequestDispatcher's.
class Session : public QObject {
    Q_OBJECT
public:
    Session(QWebSocket* socket, protocol::Endpoint endpoint, ServerContext& context, RequestDispatcher& dispatcher,
            QObject* parent = nullptr);
    ~Session() override;

    protocol::Endpoint endpoint() const { return m_endpoint; }
    const QString& peerAddress() const { return m_peerAddress; }
    // The language of the texts it is sent (its sign-in's).
    const TextLanguage& language() const { return m_language; }
    const std::optional<Identity>& identity() const { return m_identity; }
    void signIn(const Identity& identity, const QString& tokenHash);
    const QString& tokenHash() const { return m_tokenHash; }
    bool isClosing() const { return m_closing; }
    // Closes with kCloseSessionEnded: the token was revoked or expired.
    void endSession();
    // Live on its stream from the sync's head on: events up to it were replayed (or are in the
    // snapshot a reset asks for), later ones are delivered once each.
    void goLive(qint64 head);
    bool isLive() const { return m_live; }

    void deliver(const QByteArray& frame);
    // A frame that a later one replaces whole (a floor snapshot): not queued behind a backlog
    // of a quarter of the slow-consumer limit, so that a lead on a slow link misses snapshots
    // rather than being dropped. False if it was not sent.
    bool deliverReplaceable(const QByteArray& frame);
    // An event of the session's stream with its sequence number: sent once, in order.
    void deliverEvent(const QByteArray& frame, qint64 seq);
    void sendError(const QString& requestId, protocol::ErrorCode code, const QString& message);
    void closeWith(QWebSocketProtocol::CloseCode code, const QString& reason);
    // Called on every heartbeat tick: pings, or aborts a peer silent for two intervals.
    void heartbeat();
    // Counts failed sign-ins; too many closes the connection.
    void noteAuthFailure();
    // A request is answered later, from another thread (kpi.report): the connection's next
    // requests wait, so that they are still answered in the order they came (docs/PROTOCOL.md).
    void hold() { m_held = true; }
    // It was answered: the requests that waited are handled, until one holds the connection again.
    void release();

signals:
    void finished(agentdesk::server::Session* session);

private:
    void onText(const QString& text);
    void handle(const protocol::Frame& frame);
    void onBinary(const QByteArray& data);
    void onDisconnected();
    bool takeRateToken();
    // A sign-in frame names the language of the texts this connection gets from then on.
    void adoptLanguage(const protocol::Frame& frame);

    QWebSocket* m_socket;
    protocol::Endpoint m_endpoint;
    QString m_peerAddress;
    ServerContext& m_ctx;
    RequestDispatcher& m_dispatcher;
    std::optional<Identity> m_identity;
    QString m_tokenHash;
    bool m_live = false;
    bool m_closing = false;
    qint64 m_delivered = 0;  // the stream's last sequence number sent
    QTimer m_authDeadline;
    int m_unansweredPings = 0;
    QElapsedTimer m_rateClock;
    double m_rateTokens = 0;
    int m_rateStrikes = 0;
    int m_authFailures = 0;
    TextLanguage m_language = TextLanguage::English;
    bool m_held = false;
    std::deque<protocol::Frame> m_waiting;  // while held
};

} // namespace agentdesk::server
