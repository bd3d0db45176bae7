#include "net/ProtocolClient.h"

#include <QElapsedTimer>
#include <QSslConfiguration>

#include <limits>

namespace agentdesk::app {

using namespace protocol;

namespace {
// Handling frames for longer than this at a time would show as a stutter (a frame is 16 ms).
constexpr qint64 kSliceNs = 5'000'000;
} // namespace

ProtocolClient::ProtocolClient(QObject* parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::connected, this, &ProtocolClient::opened);
    m_drain.setSingleShot(true);
    m_drain.setInterval(0);
    connect(&m_drain, &QTimer::timeout, this, [this] { drain(kSliceNs); });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        // What arrived before the close is handled before it.
        drain(std::numeric_limits<qint64>::max());
        // Requests in flight will never be answered on this connection.
        const auto pending = std::exchange(m_pending, {});
        for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
            Frame error{FrameType::Error, it.key(), 0,
                        protocol::Error{errorCodeName(ErrorCode::Internal), tr("the connection closed before the server answered")}};
            it.value().handler(error);
        }
        emit closed(m_socket.closeCode(), m_socket.closeReason());
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &ProtocolClient::onText);
    // Not ignored: QWebSocket aborts the handshake after this signal.
    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        QStringList reasons;
        for (const QSslError& e : errors)
            reasons << e.errorString();
        emit tlsFailed(reasons.join(QStringLiteral("; ")));
    });
}

void ProtocolClient::setCaCertificates(const QList<QSslCertificate>& certificates)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_socket.setSslConfiguration(configuration);
}

ProtocolClient::~ProtocolClient()
{
    // The socket, destroyed after our other members, still signals its disconnection.
    m_socket.disconnect(this);
}

void ProtocolClient::open(const QUrl& url)
{
    m_socket.open(url);
}

void ProtocolClient::close()
{
    m_socket.close();
}

void ProtocolClient::abort()
{
    // Whoever aborts wants nothing more from this connection.
    m_received.clear();
    m_drain.stop();
    m_socket.abort();
}

void ProtocolClient::onText(const QString& text)
{
    m_received.push_back(text);
    if (!m_drain.isActive())
        m_drain.start();
}

void ProtocolClient::drain(qint64 budgetNs)
{
    QElapsedTimer slice;
    slice.start();
    while (!m_received.empty()) {
        const QString text = std::move(m_received.front());
        m_received.pop_front();
        handle(text);
        if (slice.nsecsElapsed() > budgetNs && !m_received.empty()) {
            m_drain.start();
            return;
        }
    }
}

void ProtocolClient::handle(const QString& text)
{
    DecodeResult decoded = FrameCodec::decode(text.toUtf8(), DecodeMode::ClientReadsServer);
    if (!decoded.ok()) {
        emit errorReceived(decoded.error);
        return;
    }
    const Frame& frame = *decoded.frame;
    if (specOf(frame.type).kind == FrameKind::Event) {
        emit eventReceived(frame);
        return;
    }
    const auto it = m_pending.find(frame.id);
    if (it == m_pending.end()) {
        if (const auto* error = frame.as<protocol::Error>()) {
            ErrorCode code = ErrorCode::Internal;
            errorCodeFromName(error->code, &code);
            emit errorReceived({code, error->message});
        }
        return;
    }
    Pending pending = std::move(it.value());
    m_pending.erase(it);
    if (frame.type != pending.expected && frame.type != FrameType::Error) {
        pending.handler(Frame{FrameType::Error, frame.id, 0,
                              protocol::Error{errorCodeName(ErrorCode::Internal),
                                              tr("the server answered with an unexpected %1").arg(QLatin1String(specOf(frame.type).name))}});
        return;
    }
    pending.handler(frame);
}

} // namespace agentdesk::app
