#include "RawPeer.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>

namespace agentdesk::test {

bool rawWebSocketHandshake(QTcpSocket& socket, quint16 port)
{
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return false;
    socket.write("GET /v1/staff HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    if (!QTest::qWaitFor([&] { return socket.bytesAvailable() > 0; }, 3000))
        return false;
    return socket.readAll().startsWith("HTTP/1.1 101");
}

QByteArray rawClientTextFrame(const QByteArray& payload)
{
    QByteArray frame;
    frame.append(char(0x81));  // FIN, text
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else {
        frame.append(char(0x80 | 126));
        frame.append(char((payload.size() >> 8) & 0xff));
        frame.append(char(payload.size() & 0xff));
    }
    frame.append(QByteArray(4, '\0'));
    return frame + payload;
}

QByteArray httpExchange(quint16 port, const QByteArray& request, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(request);
    QByteArray out;
    [[maybe_unused]] const bool closed = QTest::qWaitFor([&] {
        out += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    }, timeoutMs);
    return out + socket.readAll();
}

QByteArray httpGet(quint16 port, const QByteArray& path)
{
    return httpExchange(port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
}

int httpStatus(const QByteArray& response)
{
    return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
}

QByteArray httpBody(const QByteArray& response)
{
    return response.mid(response.indexOf("\r\n\r\n") + 4);
}

double metricSample(const QByteArray& metrics, const QByteArray& series)
{
    for (const QByteArray& line : metrics.split('\n')) {
        if (line.startsWith(series + ' '))
            return line.mid(series.size() + 1).toDouble();
    }
    return -1;
}

} // namespace agentdesk::test
