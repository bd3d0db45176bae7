// Reconnect catch-up: an agent's workstation is offline while its customers write; how long it
// takes, once it reconnects, to sign in again, receive the missed events and apply them to its
// cache and models. The real client stack (WorkspaceSession: LocalCache, SyncEngine, models) and
// the real server library on loopback, with a SQLite database. The open conversation is one of
// those written to, so its message list reloads as the events arrive, as on the agent's screen.
//
// Not a test: it prints figures. It fails (exit code 1) only if the catch-up did not end at the
// server's head, or was a reset where a replay was due (or the other way round).

#include "DatabasePeek.h"
#include "TestServer.h"
#include "WsClient.h"
#include "workspace/WorkspaceSession.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {

// Sends `count` messages, spread over the customers, in bursts; true when all were stored.
bool writeWhileAway(const std::vector<std::unique_ptr<WsClient>>& customers, const std::vector<qint64>& conversations,
                    int count)
{
    constexpr int kBurst = 100;
    int sent = 0;
    int nextId = 0;
    while (sent < count) {
        std::vector<QString> last(customers.size());
        for (int i = 0; i < kBurst && sent < count; ++i, ++sent) {
            const size_t who = size_t(sent) % customers.size();
            last[who] = QStringLiteral("w%1").arg(++nextId);
            customers[who]->sendText(FrameCodec::encode(
                MessageSend{newKey(), conversations[who], QStringLiteral("消息 %1: is the order on its way?").arg(sent), {}, {}, {}},
                last[who]));
        }
        for (size_t who = 0; who < customers.size(); ++who) {
            if (last[who].isEmpty())
                continue;
            const Frame reply = customers[who]->waitReply(last[who], 30'000);
            if (!reply.as<MessageSendOk>()) {
                std::fprintf(stderr, "a message was refused: %s\n", describe(reply).constData());
                return false;
            }
            customers[who]->takeAll();
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reconnect catch-up of missed events."));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Missed events, about (10000)."),
                                         QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Catch-ups measured (3)."), QStringLiteral("n"),
                                        QStringLiteral("3"));
    parser.addOptions({eventsOption, runsOption});
    parser.process(app);
    const int events = std::max(2, parser.value(eventsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    TestServer server([events](server::ServerConfig& c) {
        c.rateBurst = 1'000'000;
        c.ratePerSecond = 1'000'000;
        c.eventRetention = std::max<qint64>(10'000, 2 * events);  // room for two runs
    });
    if (!server.start()) {
        std::fprintf(stderr, "the server did not start: %s\n", qPrintable(server.error()));
        return 1;
    }
    QTemporaryDir dir;
    app::WorkspaceSession workspace({server.staffUrl(), QStringLiteral("agent1"), QStringLiteral("demo1234")},
                                    dir.filePath(QStringLiteral("cache.sqlite")), server.staffUrl().toString());
    QString error;
    if (!workspace.open(&error)) {
        std::fprintf(stderr, "the cache did not open: %s\n", qPrintable(error));
        return 1;
    }
    auto online = [&] { return workspace.engine().state() == app::SyncEngine::State::Online; };
    workspace.start();
    if (!QTest::qWaitFor(online, 10'000)) {
        std::fprintf(stderr, "the workstation did not come online\n");
        return 1;
    }
    int resets = 0;
    QObject::connect(&workspace.engine(), &app::SyncEngine::snapshotLoaded, [&] { ++resets; });
    // When the first and the last replayed event were applied: the rest is signing in and the
    // server's reading of the events.
    QElapsedTimer clock;
    double firstEventMs = -1;
    double lastEventMs = -1;
    auto noteApplied = [&] {
        const double now = double(clock.nsecsElapsed()) / 1e6;
        if (firstEventMs < 0)
            firstEventMs = now;
        lastEventMs = now;
    };
    QObject::connect(&workspace.engine(), &app::SyncEngine::conversationChanged, noteApplied);
    QObject::connect(&workspace.engine(), &app::SyncEngine::messageArrived, noteApplied);

    // Four customers (an agent takes five at once) with a conversation each, assigned to agent1.
    std::vector<std::unique_ptr<WsClient>> customers;
    std::vector<qint64> conversations;
    for (int i = 0; i < 4; ++i) {
        customers.push_back(liveCustomer(server, QStringLiteral("demo-%1").arg(i + 11, 4, 10, QLatin1Char('0'))));
        if (!customers.back()) {
            std::fprintf(stderr, "a customer could not sign in\n");
            return 1;
        }
        conversations.push_back(customers.back()->openConversation(QStringLiteral("hello")).id);
    }
    const bool assigned = QTest::qWaitFor([&] {
        return std::all_of(conversations.begin(), conversations.end(), [&](qint64 id) {
            const ConversationInfo* c = workspace.conversations()->find(id);
            return c && c->agentId == workspace.me().id;
        });
    }, 10'000);
    if (!assigned) {
        std::fprintf(stderr, "the conversations were not assigned to agent1\n");
        return 1;
    }
    workspace.select(conversations.front());

    DatabasePeek serverDb(server.database());
    DatabasePeek cacheDb(dir.filePath(QStringLiteral("cache.sqlite")));
    const QString stream = QStringLiteral("s:%1").arg(workspace.me().id);
    std::printf("Reconnect catch-up: agent1's workstation (cache, sync engine, models; one of the conversations open)\n"
                "offline while 4 customers write; each message is one event on the agent's stream (message.new).\n\n");
    std::printf("%6s %10s %10s %12s %12s %12s %12s %10s\n", "run", "missed", "MiB", "catch-up ms", "events/s",
                "1st event ms", "applying ms", "replay?");
    std::vector<double> times;
    for (int run = 1; run <= runs; ++run) {
        QTest::qWait(200);
        workspace.engine().stop();
        const qint64 before = serverDb.scalar(QStringLiteral("SELECT head FROM streams WHERE name = '%1'").arg(stream));
        if (!writeWhileAway(customers, conversations, events))
            return 1;
        const qint64 head = serverDb.scalar(QStringLiteral("SELECT head FROM streams WHERE name = '%1'").arg(stream));
        const double mib = double(serverDb.scalar(QStringLiteral("SELECT SUM(LENGTH(CAST(frame AS BLOB))) FROM events"
                                                                 " WHERE stream = '%1' AND seq > %2").arg(stream).arg(before)))
                           / (1024.0 * 1024.0);
        const int resetsBefore = resets;

        firstEventMs = lastEventMs = -1;
        // Stamped as it happens, not polled: the events are committed in the pass after the last
        // one is applied, so the end is after that pass.
        QEventLoop wait;
        const auto quitWhenOnline = QObject::connect(&workspace.engine(), &app::SyncEngine::stateChanged, &wait,
                                                     [&](app::SyncEngine::State state) {
                                                         if (state == app::SyncEngine::State::Online)
                                                             wait.quit();
                                                     });
        QTimer::singleShot(60'000, &wait, &QEventLoop::quit);
        clock.start();
        workspace.engine().start();
        wait.exec();
        QObject::disconnect(quitWhenOnline);
        if (!online()) {
            std::fprintf(stderr, "the workstation did not come back online\n");
            return 1;
        }
        QCoreApplication::processEvents();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        const qint64 applied = cacheDb.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'last_seq'"));
        const bool replayed = resets == resetsBefore;
        std::printf("%6d %10lld %10.2f %12.1f %12.0f %12.1f %12.1f %10s\n", run, static_cast<long long>(head - before), mib,
                    ms, double(head - before) / (ms / 1000.0), firstEventMs, lastEventMs - firstEventMs,
                    replayed ? "yes" : "reset");
        // The server replays what fits in half its send buffer, and has the client reload a
        // snapshot beyond that (docs/PROTOCOL.md).
        const bool replayExpected = mib * 1024 * 1024 <= double(server::ServerConfig{}.maxBufferedBytes / 2);
        if (replayed != replayExpected || applied != head) {
            std::fprintf(stderr, "the catch-up ended at %lld, the server's head is %lld; %s\n", static_cast<long long>(applied),
                         static_cast<long long>(head), replayed ? "replayed" : "a reset, not a replay");
            return 1;
        }
        times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    std::printf("\nmedian catch-up: %.1f ms (from reconnecting to online: sign-in by token, replay, applied to the\n"
                "cache and the models)\n",
                times[times.size() / 2]);
    return 0;
}
