// A real client process for tst_outbox_crash: queues N messages to a conversation in its cache
// (as an agent typing while the program starts), prints "queued", signs in as agent1 and sends
// until the outbox is empty ("online" when it starts to), then prints "outbox empty" and exits. The test kills it with SIGKILL
// at various moments after "queued": before connecting, mid-send, after the server stored
// everything but before the acknowledgements were recorded.

#include "cache/LocalCache.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace agentdesk::app;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: outbox_writer STAFF_URL CACHE CONVERSATION_ID COUNT\n");
        return 2;
    }
    const QUrl url(args[1]);
    LocalCache cache(args[2], QStringLiteral("crash-test"), QStringLiteral("agent1"));
    QString error;
    if (!cache.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    SyncEngine engine(cache, {url, QStringLiteral("agent1"), QStringLiteral("demo1234")});
    const qint64 conversation = args[3].toLongLong();
    const int count = args[4].toInt();
    for (int i = 0; i < count; ++i)
        engine.sendMessage(conversation, QStringLiteral("crash %1").arg(i, 3, 10, QLatin1Char('0')));
    std::printf("queued\n");
    std::fflush(stdout);
    QObject::connect(&engine, &SyncEngine::stateChanged, &app, [](SyncEngine::State state) {
        if (state == SyncEngine::State::Online) {
            std::printf("online\n");  // the outbox is being sent from here on
            std::fflush(stdout);
        }
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (engine.state() == SyncEngine::State::Online && cache.outbox().empty()) {
            std::printf("outbox empty\n");
            std::fflush(stdout);
            QCoreApplication::quit();
        }
    });
    poll.start(20);
    engine.start();
    return QCoreApplication::exec();
}
