#include "ops/OpsEndpoint.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace agentdesk::server {
namespace {
QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}
} // namespace

OpsEndpoint::OpsEndpoint(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &OpsEndpoint::accept);
}

bool OpsEndpoint::listen(const QHostAddress& address, quint16 port, QString* error)
{
    if (m_server->listen(address, port))
        return true;
    *error = QStringLiteral("cannot listen for health and metrics on %1:%2: %3")
                 .arg(address.toString()).arg(port).arg(m_server->errorString());
    return false;
}

quint16 OpsEndpoint::port() const
{
    return m_server->serverPort();
}

void OpsEndpoint::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        // A client that never finishes its request (slow loris) is cut off.
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void OpsEndpoint::read(QTcpSocket* socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    const QByteArray buffered = socket->peek(kMaxRequestBytes + 1);
    const qsizetype end = buffered.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffered.size() > kMaxRequestBytes)
            reply(socket, {431, "text/plain; charset=utf-8", "request too large\n"});
        return;
    }
    const QList<QByteArray> requestLine = buffered.left(buffered.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        reply(socket, {400, "text/plain; charset=utf-8", "not an HTTP/1.x request\n"});
        return;
    }
    if (requestLine[0] != "GET") {
        reply(socket, {405, "text/plain; charset=utf-8", "only GET\n"});
        return;
    }
    QByteArray path = requestLine[1];
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path.truncate(query);
    reply(socket, m_handler(path));
}

void OpsEndpoint::reply(QTcpSocket* socket, const Response& response)
{
    socket->setProperty("answered", true);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\nCache-Control: no-store\r\n\r\n";
    out += response.body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace agentdesk::server
