// The transport's limit, the baseline of bench_routing: a bare QWebSocket relay on one event-loop
// thread, as the server is. Agents connect to /agent/N and customers to /customer/N; each text
// frame of customer N goes, unparsed and unstored, to agent N mod --agents.
// Run: bench_relay --listen PORT --agents N

#include "EventDispatcherChoice.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cstdio>
#include <vector>

int main(int argc, char** argv)
{
    agentdesk::server::chooseServerEventDispatcher();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Loopback port."), QStringLiteral("port"));
    const QCommandLineOption agents(QStringLiteral("agents"), QStringLiteral("Agent connections."), QStringLiteral("n"));
    parser.addOptions({listen, agents});
    parser.process(app);
    const int agentCount = parser.value(agents).toInt();
    const quint16 port = quint16(parser.value(listen).toUInt());
    if (agentCount <= 0 || port == 0) {
        std::fprintf(stderr, "bench_relay: --listen PORT and --agents N (N > 0) are required\n");
        return 2;
    }

    QWebSocketServer server(QStringLiteral("bench_relay"), QWebSocketServer::NonSecureMode);
    server.setMaxPendingConnections(4096);
    if (!server.listen(QHostAddress::LocalHost, port)) {
        std::fprintf(stderr, "bench_relay: cannot listen on %u: %s\n", port, qPrintable(server.errorString()));
        return 1;
    }
    std::vector<QWebSocket*> agentSockets(size_t(agentCount), nullptr);
    QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&] {
        while (QWebSocket* socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            const QStringList path = socket->requestUrl().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
            const int index = path.size() == 2 ? path[1].toInt() : -1;
            if (index < 0 || (path[0] != QLatin1String("agent") && path[0] != QLatin1String("customer"))) {
                socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("/agent/N or /customer/N"));
                continue;
            }
            if (path[0] == QLatin1String("agent")) {
                if (index >= agentCount) {
                    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("no such agent"));
                    continue;
                }
                agentSockets[size_t(index)] = socket;
                QObject::connect(socket, &QObject::destroyed, &server, [&agentSockets, index, socket] {
                    if (agentSockets[size_t(index)] == socket)
                        agentSockets[size_t(index)] = nullptr;
                });
                continue;
            }
            const size_t target = size_t(index % agentCount);
            QObject::connect(socket, &QWebSocket::textMessageReceived, socket, [&agentSockets, target](const QString& text) {
                if (QWebSocket* agent = agentSockets[target])
                    agent->sendTextMessage(text);
            });
        }
    });
    return app.exec();
}
