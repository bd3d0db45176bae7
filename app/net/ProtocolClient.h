#pragma once

#include "protocol/FrameCodec.h"

#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <QTimer>
#include <QWebSocket>

#include <deque>

#include <functional>

namespace agentdesk::app {

// One WebSocket connection that speaks the protocol: it numbers requests, routes each reply (or
// error) to the handler given with its request, and hands events and unanswered errors on as
// signals. It knows nothing of sign-in or resume; the sync engine and the simulator build on it.
class ProtocolClient : public QObject {
    Q_OBJECT
public:
    using ReplyHandler = std::function<void(const protocol::Frame& reply)>;

    explicit ProtocolClient(QObject* parent = nullptr);
    ~ProtocolClient() override;

    // wss:// only: also trust these CAs (a company's own) besides the system's. A certificate that
    // does not verify ends the connection (tlsFailed); there is never a fallback to ws://.
    void setCaCertificates(const QList<QSslCertificate>& certificates);
    void open(const QUrl& url);
    void close();
    void abort();
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QWebSocket& socket() { return m_socket; }

    // Sends a request; the handler gets its reply frame of the request's reply type, or an Error
    // frame (also when the server answered with anything else). Returns the id.
    template <class T>
    QString request(T payload, ReplyHandler handler = {})
    {
        const QString id = QString::number(m_nextId++);
        if (handler)
            m_pending.insert(id, Pending{protocol::specOf(T::kType).reply, std::move(handler)});
        m_socket.sendTextMessage(QString::fromUtf8(protocol::FrameCodec::encode(std::move(payload), id)));
        return id;
    }
    int pendingRequests() const { return int(m_pending.size()); }
    // An error after which the same request, with the same key, may succeed: keep the key.
    static bool isTransient(const protocol::Error& error)
    {
        return error.code == protocol::errorCodeName(protocol::ErrorCode::Internal)
            || error.code == protocol::errorCodeName(protocol::ErrorCode::RateLimited);
    }

signals:
    void opened();
    // The server's certificate did not verify: what was wrong, in words.
    void tlsFailed(const QString& reasons);
    void closed(int closeCode, const QString& reason);
    void eventReceived(const agentdesk::protocol::Frame& event);
    // An error frame that answers no pending request (e.g. rate_limited), or an undecodable frame.
    void errorReceived(const agentdesk::protocol::ProtocolError& error);

private:
    void onText(const QString& text);
    // Handles received frames in slices of a few milliseconds, so that a burst (a catch-up of
    // thousands of events, one socket read of hundreds) leaves the window time to paint.
    void drain(qint64 budgetNs);
    void handle(const QString& text);

    QWebSocket m_socket;
    struct Pending {
        protocol::FrameType expected;
        ReplyHandler handler;
    };
    QHash<QString, Pending> m_pending;
    quint64 m_nextId = 1;
    std::deque<QString> m_received;  // not handled yet, in order
    QTimer m_drain;
};

} // namespace agentdesk::app
