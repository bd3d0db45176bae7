// Client event rate (issue 10): incoming messages applied per second to the workspace's models
// while the window is shown, and the longest main-thread stall. Target: 2,000 messages/s applied
// with no stall over 16 ms.
//
// agentdesk-server runs as a process (durability off: the server is not what is measured) with
// the demo shop, a team "Bench" (topic bench) and one agent. In this process the agent's real
// client stack signs in on the main thread, as agentdesk assembles it: WorkspaceSession
// (ProtocolClient, SyncEngine, LocalCache in a file, the models) and the MainWindow, shown
// offscreen, with the first conversation open. --conversations customers, each on a connection of
// its own on one load thread (tests/bench/load), open a conversation that routing gives to the
// agent; then they send --rate messages a second in total for --seconds (open loop).
//   applied    customer messages applied by SyncEngine (into the cache and then the models:
//              messageArrived), per second of the load; the conversation changes they make
//              (SyncEngine::conversationChanged, from the message itself since no
//              conversation.updated follows a message.send) are counted beside them
//   stall      a 1 ms Qt::PreciseTimer on the main thread: the longest gap between two ticks
//              minus 1 ms, and the 99th percentile gap, from the start of the load until the
//              client has applied every message
//   latency    from the customer's send to the client's applying it (the same clock)
// Figures, not assertions: the exit code says only whether every message sent was applied.
// Run: build/bench/tests/bench_client_events [--rate 2000 --seconds 5 --conversations 20]

#include "MainWindow.h"
#include "ServerConfig.h"
#include "ServerProcess.h"
#include "load/BenchShop.h"
#include "load/LoadStats.h"
#include "load/LoadWorker.h"
#include "settings/WorkspaceSettings.h"
#include "workspace/WorkspaceSession.h"
#include "Percentile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace agentdesk;
using namespace agentdesk::bench;

namespace {

const QString kAgent = QStringLiteral("bench-agent-0");

struct Options {
    double rate = 2000;
    int seconds = 5;
    int conversations = 20;
};

// The team "Bench" with one agent who can take every conversation.
bool prepareDatabase(const QString& path, int conversations, QString* error)
{
    return prepareBenchShop(path, {{kAgent, QStringLiteral("agent"), conversations}}, error);
}

// "bench c=<customer> t=<ns>": when the customer sent it.
qint64 sentAt(const QString& text)
{
    const qsizetype at = text.indexOf(QLatin1String(" t="));
    return at < 0 ? 0 : QStringView(text).mid(at + 3).toLongLong();
}

// Runs the event loop (no sleeping between passes, unlike QTest::qWait) until `done` or the time is up.
bool runUntil(const std::function<bool()>& done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    if (!done())
        loop.exec();
    return done();
}

} // namespace

int main(int argc, char** argv)
{
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath(QStringLiteral("config"))));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Incoming messages applied by the workspace per second, and main-thread stalls."));
    parser.addHelpOption();
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Messages a second offered in total (2000)."), QStringLiteral("n"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Seconds of load (5)."), QStringLiteral("s"));
    const QCommandLineOption conversations(QStringLiteral("conversations"),
                                           QStringLiteral("Customers, each with a conversation with the agent (20)."), QStringLiteral("n"));
    parser.addOptions({rate, seconds, conversations});
    parser.process(app);
    Options options;
    if (parser.isSet(rate))
        options.rate = parser.value(rate).toDouble();
    if (parser.isSet(seconds))
        options.seconds = parser.value(seconds).toInt();
    if (parser.isSet(conversations))
        options.conversations = parser.value(conversations).toInt();
    if (options.rate <= 0 || options.seconds < 1 || options.conversations < 1) {
        std::fprintf(stderr, "bench_client_events: --rate, --seconds and --conversations must be positive\n");
        return 2;
    }
    QString error;
    const QString db = dir.filePath(QStringLiteral("server.sqlite"));
    if (!dir.isValid() || !prepareDatabase(db, options.conversations, &error)) {
        std::fprintf(stderr, "bench_client_events: %s\n", qPrintable(error));
        return 1;
    }
    const quint16 port = test::ServerProcess::freePort();
    test::ServerProcess server(QStringLiteral(AGENTDESK_SERVER_BINARY),
                               {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--db"), db,
                                QStringLiteral("--demo-data"), QStringLiteral("--durability"), QStringLiteral("off"),
                                QStringLiteral("--rate"), QStringLiteral("100000"), QStringLiteral("--burst"), QStringLiteral("100000")},
                               dir.filePath(QStringLiteral("server.log")));
    if (!server.start(port, &error)) {
        std::fprintf(stderr, "bench_client_events: the server did not start: %s\n", qPrintable(error));
        return 1;
    }
    const QString staffUrl = QStringLiteral("ws://127.0.0.1:%1/v1/staff").arg(port);
    const QUrl customerUrl(QStringLiteral("ws://127.0.0.1:%1/v1/customer").arg(port));

    // The workstation, as desktop/main.cpp assembles it for a real server.
    app::WorkspaceSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    app::WorkspaceSession session({QUrl(staffUrl), kAgent, LoadPeer::password()}, dir.filePath(QStringLiteral("cache.sqlite")), staffUrl);
    if (!session.open(&error)) {
        std::fprintf(stderr, "bench_client_events: %s\n", qPrintable(error));
        return 1;
    }
    ui::MainWindow window(session, settings);
    window.resize(1440, 900);
    window.show();
    session.start();
    if (!runUntil([&] { return session.engine().state() == app::SyncEngine::State::Online && session.me().id != 0; }, 30'000)) {
        std::fprintf(stderr, "bench_client_events: %s did not get online\n", qPrintable(kAgent));
        return 1;
    }

    // What the client applies: SyncEngine has stored each event and the session has updated the
    // models when these signals reach this later connection.
    qint64 applied = 0;
    qint64 conversationUpdates = 0;
    bool recording = false;
    std::vector<qint64> latencies;
    QObject::connect(&session.engine(), &app::SyncEngine::messageArrived, &app, [&](const protocol::ChatMessage& m) {
        if (m.sender != Sender::Customer || !m.text.startsWith(QLatin1String("bench c=")))
            return;
        ++applied;
        if (recording)
            latencies.push_back(LoadStats::nowNs() - sentAt(m.text));
    });
    QObject::connect(&session.engine(), &app::SyncEngine::conversationChanged, &app, [&] { ++conversationUpdates; });

    // The customers, on a thread of their own.
    LoadStats stats(options.conversations);
    std::vector<LoadWorker::PeerSpec> customers;
    for (int i = 0; i < options.conversations; ++i)
        customers.push_back({LoadPeer::Role::Customer, i, customerUrl});
    QThread loadThread;
    auto* worker = new LoadWorker(Target::Server, customers, stats);
    worker->moveToThread(&loadThread);
    QObject::connect(&loadThread, &QThread::finished, worker, &QObject::deleteLater);
    loadThread.start();
    const auto stopLoad = [&] {
        QMetaObject::invokeMethod(worker, &LoadWorker::closeAll, Qt::BlockingQueuedConnection);
        loadThread.quit();
        loadThread.wait();
    };
    QMetaObject::invokeMethod(worker, &LoadWorker::start, Qt::QueuedConnection);
    const auto mine = [&] {
        int rows = 0;
        for (int row = 0; row < session.conversations()->rowCount(); ++row) {
            const QModelIndex index = session.conversations()->index(row, 0);
            if (index.data(app::ConversationListModel::AgentIdRole).toLongLong() == session.me().id)
                ++rows;
        }
        return rows;
    };
    if (!runUntil([&] { return (stats.ready + stats.failed >= options.conversations && mine() >= options.conversations) || stats.failed > 0; },
                  60'000)
        || stats.failed > 0) {
        std::fprintf(stderr, "bench_client_events: %d of %d customers ready, %d conversations listed; %s\n", stats.ready.load(),
                     options.conversations, mine(), qPrintable(stats.firstError()));
        stopLoad();
        return 1;
    }
    window.selectRow(0);  // the open conversation's view follows its messages
    runUntil([] { return false; }, 500);  // its history and profile arrive

    // The main thread's pulse.
    QElapsedTimer pulseClock;
    std::vector<qint64> gaps;
    gaps.reserve(size_t(options.seconds) * 2000 + 60'000);
    qint64 lastTick = 0;
    QTimer pulse;
    pulse.setTimerType(Qt::PreciseTimer);
    pulse.setInterval(1);
    QObject::connect(&pulse, &QTimer::timeout, &app, [&] {
        const qint64 now = pulseClock.nsecsElapsed();
        gaps.push_back(now - lastTick);
        lastTick = now;
    });

    const qint64 applied0 = applied;
    const qint64 updates0 = conversationUpdates;
    const qint64 sent0 = stats.sentTotal;
    recording = true;
    pulseClock.start();
    pulse.start();
    QMetaObject::invokeMethod(worker, [worker, r = options.rate] { worker->setPace(LoadWorker::Pace::Fixed, r, 1); }, Qt::QueuedConnection);
    runUntil([] { return false; }, options.seconds * 1000);
    QMetaObject::invokeMethod(worker, [worker] { worker->setPace(LoadWorker::Pace::Idle, 0, 1); }, Qt::QueuedConnection);
    const double loadSeconds = double(pulseClock.nsecsElapsed()) / 1e9;
    const qint64 appliedDuringLoad = applied - applied0;
    const qint64 updatesDuringLoad = conversationUpdates - updates0;
    // Whatever is still on its way is applied before the figures are taken.
    const bool caughtUp = runUntil([&] { return applied - applied0 >= stats.sentTotal - sent0; }, 60'000);
    const double drainMs = double(pulseClock.nsecsElapsed()) / 1e6 - loadSeconds * 1000;
    pulse.stop();
    recording = false;
    const qint64 sent = stats.sentTotal - sent0;
    const qint64 appliedTotal = applied - applied0;
    stopLoad();

    const double maxGapMs = gaps.empty() ? 0 : double(*std::max_element(gaps.begin(), gaps.end())) / 1e6;
    const double p99GapMs = percentile(gaps, 0.99) / 1e6;
    const double p50LatencyMs = percentile(latencies, 0.50) / 1e6;
    const double p99LatencyMs = percentile(latencies, 0.99) / 1e6;
    const double maxLatencyMs = percentile(latencies, 1.0) / 1e6;

    std::printf("Client event rate: %s's workspace (MainWindow offscreen, the first conversation open), %d customers on one\n"
                "load thread, agentdesk-server as a process (durability off), loopback; %d s of load at %.0f msg/s offered\n\n",
                qPrintable(kAgent), options.conversations, options.seconds, options.rate);
    std::printf("%-44s %12s\n", "figure", "value");
    std::printf("%-44s %12.0f\n", "offered msg/s", options.rate);
    std::printf("%-44s %12.0f\n", "sent msg/s (during the load)", double(sent) / loadSeconds);
    std::printf("%-44s %12.0f\n", "applied msg/s (during the load)", double(appliedDuringLoad) / loadSeconds);
    std::printf("%-44s %12.0f\n", "conversation changes applied/s (during)", double(updatesDuringLoad) / loadSeconds);
    std::printf("%-44s %12.0f\n", "caught up after the load stopped, ms", caughtUp ? drainMs : -1.0);
    std::printf("%-44s %12.2f\n", "longest main-thread stall, ms (gap - 1 ms)", std::max(0.0, maxGapMs - 1.0));
    std::printf("%-44s %12.2f\n", "p99 gap between 1 ms ticks, ms", p99GapMs);
    std::printf("%-44s %12zu\n", "ticks", gaps.size());
    std::printf("%-44s %12.2f\n", "send to applied p50, ms", p50LatencyMs);
    std::printf("%-44s %12.2f\n", "send to applied p99, ms", p99LatencyMs);
    std::printf("%-44s %12.2f\n", "send to applied max, ms", maxLatencyMs);
    std::printf("%-44s %12d\n", "messages in the open conversation's view", session.messages()->rowCount());
    std::printf("\nTarget: %.0f msg/s applied with no stall over 16 ms. Stalls cover the load and the catch-up after it.\n",
                options.rate);
    if (!caughtUp || appliedTotal != sent || stats.errors > 0 || stats.failed > 0) {
        std::printf("FAILED: %lld sent, %lld applied, %lld error frames, %d connections failed; %s\n", static_cast<long long>(sent),
                    static_cast<long long>(appliedTotal), static_cast<long long>(stats.errors.load()), stats.failed.load(),
                    qPrintable(stats.firstError()));
        return 1;
    }
    return 0;
}
