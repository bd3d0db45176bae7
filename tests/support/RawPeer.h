#pragma once

#include <QByteArray>

class QTcpSocket;

namespace agentdesk::test {

// What Qt's own clients would never send, written by hand over a plain TCP socket: a WebSocket
// handshake, client frames with any bytes, HTTP requests to the ops endpoint.

// Connects to 127.0.0.1:port and completes the WebSocket handshake on /v1/staff: true on "101".
bool rawWebSocketHandshake(QTcpSocket& socket, quint16 port);
// A masked client text frame (RFC 6455) with a zero mask, so the bytes go as they are; up to 64 KiB.
QByteArray rawClientTextFrame(const QByteArray& payload);

// Sends the bytes to 127.0.0.1:port and returns all that is answered until the server closes.
QByteArray httpExchange(quint16 port, const QByteArray& request, int timeoutMs = 5000);
QByteArray httpGet(quint16 port, const QByteArray& path);
int httpStatus(const QByteArray& response);
QByteArray httpBody(const QByteArray& response);
// The value of one Prometheus sample ("name" or "name{labels}") in /metrics' text, -1 if absent.
double metricSample(const QByteArray& metrics, const QByteArray& series);

} // namespace agentdesk::test
