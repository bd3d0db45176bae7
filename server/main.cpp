// agentdesk-server: the production backend. Everything is in the agentdesk_server library.

#include "EventDispatcherChoice.h"
#include "Server.h"
#include "ServerOptions.h"
#include "log/Logging.h"
#include "store/DatabaseLocation.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT and SIGTERM end the event loop, so that the server closes its connections and its
// database in order rather than dying mid-transaction.
void quitOnSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        qInfo("shutting down");
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#else
void quitOnSignals(QCoreApplication&)
{
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
}
#endif

} // namespace

int main(int argc, char* argv[])
{
    agentdesk::server::chooseServerEventDispatcher();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AgentDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("agentdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AGENTDESK_VERSION));

    agentdesk::server::ServerConfig config;
    agentdesk::server::ServerOptions options;
    QString message;
    switch (options.parse(QCoreApplication::arguments(), &config, &message)) {
    case agentdesk::server::ServerOptions::Result::ShowHelp:
        std::fputs(qPrintable(options.helpText()), stdout);
        return 0;
    case agentdesk::server::ServerOptions::Result::ShowVersion:
        std::printf("agentdesk-server %s\n", AGENTDESK_VERSION);
        return 0;
    case agentdesk::server::ServerOptions::Result::Error:
        std::fprintf(stderr, "agentdesk-server: %s\nTry --help.\n", qPrintable(message));
        return 2;
    case agentdesk::server::ServerOptions::Result::Run:
        break;
    }
    agentdesk::initLogging({QStringLiteral("agentdesk-server"), config.logDirectory, options.verbose(), false, options.jsonLogs()});

    // Before the port opens: whoever sees it listening may already send SIGTERM, and until the
    // handler is in place that would kill the server with its database half written.
    quitOnSignals(app);
    agentdesk::server::Server server(config);
    QString error;
    if (!server.start(&error)) {
        qCritical("%s", qPrintable(error));
        return 1;
    }
    std::printf("agentdesk-server %s\n  staff:    %s\n  customer: %s\n  database: %s\n", AGENTDESK_VERSION,
                qPrintable(server.staffUrl().toString()), qPrintable(server.customerUrl().toString()),
                qPrintable(agentdesk::server::DatabaseLocation::parse(config.database, &error)->displayName()));
    std::fflush(stdout);
    const int rc = QCoreApplication::exec();
    server.stop();
    return rc;
}
