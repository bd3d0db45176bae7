#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace agentdesk::server {

// A minimal HTTP/1.1 endpoint for monitoring: GET only, one request per connection, answered and
// closed. (Qt HttpServer is a technology preview in Qt 6.4 whose API changed later; three GET
// paths do not need it.) What a path answers is the owner's: see Server.
class OpsEndpoint : public QObject {
    Q_OBJECT
public:
    struct Response {
        int status = 200;
        QByteArray contentType = "text/plain; charset=utf-8";
        QByteArray body;
    };
    using Handler = std::function<Response(const QByteArray& path)>;

    OpsEndpoint(Handler handler, QObject* parent = nullptr);
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const;

    static constexpr int kMaxRequestBytes = 8 * 1024;
    static constexpr int kRequestTimeoutMs = 5'000;

private:
    void accept();
    void read(QTcpSocket* socket);
    static void reply(QTcpSocket* socket, const Response& response);

    Handler m_handler;
    QTcpServer* m_server;
};

} // namespace agentdesk::server
