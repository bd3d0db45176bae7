#include "net/ProtocolClient.h"

#include <QSslConfiguration>

namespace agentdesk::app {

using namespace protocol;

ProtocolClient::ProtocolClient(QObject* parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::connected, this, &ProtocolClient::opened);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        // Requests in flight will never be answered on this connection.
        const auto pending = std::exchange(m_pending, {});
        for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
            Frame error{FrameType::Error, it.key(), 0,
                        protocol::Error{errorCodeName(ErrorCode::Internal), QStringLiteral("connection closed")}};
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
    m_socket.abort();
}

void ProtocolClient::onText(const QString& text)
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
                                              QStringLiteral("the server answered with %1").arg(QLatin1String(specOf(frame.type).name))}});
        return;
    }
    pending.handler(frame);
}

} // namespace agentdesk::app
