// Server routing beside the transport's limit (issue 10). Customers send messages over real
// loopback sockets to agentdesk-server, which persists each, acknowledges it and delivers it to
// the conversation's agent (and updates the floor that leads watch). The baseline is bench_relay,
// a bare QWebSocket relay over the same number of connections in the same run. For each target:
//   saturated  each customer keeps --window messages undelivered: messages delivered per second
//   fixed      --rate messages a second offered in total (open loop): p50/p99/max end-to-end
//              latency, from the customer's send to the agent's receipt
// The server runs twice, with the database durable (SQLite synchronous=FULL) and not (OFF).
// For the server, its /metrics also give what the database did per message: the messages a
// commit carried and the pages SQLite wrote to its log (each page a transaction changed, whole).
// Figures, not assertions; the exit code says only whether every message arrived.
// Run: build/bench/tests/bench_routing [--agents 500 --customers 2000 --seconds 5 ...]

#include "EventDispatcherChoice.h"
#include "ServerConfig.h"
#include "ServerProcess.h"
#include "load/BenchShop.h"
#include "load/LoadStats.h"
#include "load/LoadWorker.h"
#include "Percentile.h"
#include "RawPeer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QMetaObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace agentdesk;
using namespace agentdesk::bench;

namespace {

struct Options {
    int agents = 500;
    int customers = 2000;
    int leads = 2;
    int seconds = 5;
    double rate = 2000;
    int window = 2;
    int threads = 2;
    QStringList targets{QStringLiteral("relay"), QStringLiteral("full"), QStringLiteral("off")};
    QStringList serverOptions;  // more options for agentdesk-server, e.g. --group-window-ms=1
};

struct Phase {
    double messagesPerSecond = 0;
    double p50Ms = 0, p99Ms = 0, maxMs = 0;
    double serverCpu = 0;  // the server's (or relay's) CPU time over the phase, in cores
    double loadCpu = 0;    // this process's: the load threads that play the peers
    qint64 samples = 0;
    // From the server's /metrics over the phase; -1 when not known (the relay).
    double messagesPerCommit = -1;
    double logPagesPerMessage = -1;
};

// The server's write counters, from its /metrics (port 0: the relay, which has none).
struct WriteCounters {
    double commits = -1;
    double logPages = -1;

    static WriteCounters scrape(quint16 opsPort)
    {
        WriteCounters out;
        if (opsPort == 0)
            return out;
        const QByteArray metrics = test::httpBody(test::httpGet(opsPort, "/metrics"));
        out.commits = test::metricSample(metrics, "agentdesk_db_commits_total");
        out.logPages = test::metricSample(metrics, "agentdesk_db_log_pages_written_total");
        return out;
    }
};

struct Outcome {
    QString name;
    Phase saturated;
    Phase fixed;
    QString error;  // empty: every message arrived
};

double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command's closing parenthesis; utime and stime are the 14th and 15th.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// The team "Bench": `agents` agents (each able to take its share of the customers) and `leads` leads.
bool prepareDatabase(const QString& path, const Options& options, QString* error)
{
    std::vector<BenchStaff> staff;
    for (int i = 0; i < options.agents; ++i)
        staff.push_back({QStringLiteral("bench-agent-%1").arg(i), QStringLiteral("agent"),
                         std::max(5, (options.customers + options.agents - 1) / options.agents)});
    for (int i = 0; i < options.leads; ++i)
        staff.push_back({QStringLiteral("bench-lead-%1").arg(i), QStringLiteral("lead"), 0});
    return prepareBenchShop(path, staff, error);
}

class Run {
public:
    Run(Target target, const Options& options, quint16 port)
        : m_stats(options.customers)
        , m_options(options)
    {
        const QString base = QStringLiteral("ws://127.0.0.1:%1").arg(port);
        std::vector<std::vector<LoadWorker::PeerSpec>> shares(size_t(options.threads));
        const auto url = [&](LoadPeer::Role role, int index) {
            if (target == Target::Relay)
                return QUrl(QStringLiteral("%1/%2/%3").arg(base, role == LoadPeer::Role::Customer ? QLatin1String("customer")
                                                                                                  : QLatin1String("agent"))
                                .arg(index));
            return QUrl(base + (role == LoadPeer::Role::Customer ? QLatin1String("/v1/customer") : QLatin1String("/v1/staff")));
        };
        // Agents first, so that conversations find them online.
        for (int i = 0; i < options.agents; ++i)
            shares[size_t(i % options.threads)].push_back({LoadPeer::Role::Agent, i, url(LoadPeer::Role::Agent, i)});
        if (target == Target::Server)
            for (int i = 0; i < options.leads; ++i)
                shares[size_t(i % options.threads)].push_back({LoadPeer::Role::Lead, i, url(LoadPeer::Role::Lead, i)});
        m_peers = options.agents + (target == Target::Server ? options.leads : 0);
        for (auto& share : shares) {
            auto* thread = new QThread;
            // The load threads' event loops do as the server's and the relay's.
            server::chooseServerEventDispatcher(thread);
            auto* worker = new LoadWorker(target, share, m_stats);
            worker->moveToThread(thread);
            QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
            thread->start();
            m_threads.push_back(thread);
            m_workers.push_back(worker);
        }
        // Customers are added once the agents are in (see start()).
        m_customerShares.resize(size_t(options.threads));
        for (int i = 0; i < options.customers; ++i)
            m_customerShares[size_t(i % options.threads)].push_back({LoadPeer::Role::Customer, i, url(LoadPeer::Role::Customer, i)});
        m_target = target;
    }

    ~Run()
    {
        for (LoadWorker* worker : m_workers)
            QMetaObject::invokeMethod(worker, &LoadWorker::closeAll, Qt::BlockingQueuedConnection);
        for (QThread* thread : m_threads) {
            thread->quit();
            thread->wait();
            delete thread;
        }
    }

    bool start(QString* error)
    {
        for (LoadWorker* worker : m_workers)
            QMetaObject::invokeMethod(worker, &LoadWorker::start, Qt::QueuedConnection);
        if (!waitForReady(m_peers, error))
            return false;
        for (size_t i = 0; i < m_customerShares.size(); ++i) {
            auto* thread = m_threads[i];
            auto* worker = new LoadWorker(m_target, m_customerShares[i], m_stats);
            worker->moveToThread(thread);
            QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
            m_workers.push_back(worker);
            QMetaObject::invokeMethod(worker, &LoadWorker::start, Qt::QueuedConnection);
        }
        return waitForReady(m_peers + m_options.customers, error);
    }

    // One message from every customer, each must reach an agent: routing works.
    bool probe(QString* error)
    {
        for (LoadWorker* worker : m_workers)
            QMetaObject::invokeMethod(worker, &LoadWorker::probe, Qt::QueuedConnection);
        if (!QTest::qWaitFor([&] { return m_stats.deliveredTotal >= m_options.customers || m_stats.errors > 0; }, 60'000)
            || m_stats.errors > 0) {
            *error = QStringLiteral("%1 of %2 first messages arrived; %3")
                         .arg(m_stats.deliveredTotal.load())
                         .arg(m_options.customers)
                         .arg(m_stats.firstError());
            return false;
        }
        return true;
    }

    Phase measure(LoadWorker::Pace pace, double rate, qint64 serverPid, quint16 opsPort, QString* error)
    {
        setPace(pace, rate / double(m_customerShares.size()));
        QThread::msleep(1000);  // warm-up
        collectLatencies();
        m_stats.recording = true;
        const qint64 delivered0 = m_stats.deliveredTotal;
        const double cpu0 = cpuSeconds(serverPid);
        const double loadCpu0 = cpuSeconds(getpid());
        const WriteCounters writes0 = WriteCounters::scrape(opsPort);
        QElapsedTimer clock;
        clock.start();
        QThread::msleep(ulong(m_options.seconds) * 1000);
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        Phase phase;
        phase.messagesPerSecond = double(m_stats.deliveredTotal - delivered0) / seconds;
        phase.serverCpu = (cpuSeconds(serverPid) - cpu0) / seconds;
        phase.loadCpu = (cpuSeconds(getpid()) - loadCpu0) / seconds;
        const WriteCounters writes1 = WriteCounters::scrape(opsPort);
        const double messages = phase.messagesPerSecond * seconds;
        if (writes0.commits >= 0 && writes1.commits > writes0.commits)
            phase.messagesPerCommit = messages / (writes1.commits - writes0.commits);
        if (writes0.logPages >= 0 && writes1.logPages >= 0 && messages > 0)
            phase.logPagesPerMessage = (writes1.logPages - writes0.logPages) / messages;
        m_stats.recording = false;
        setPace(LoadWorker::Pace::Idle, 0);
        const std::vector<qint64> latencies = collectLatencies();
        phase.samples = qint64(latencies.size());
        phase.p50Ms = percentile(latencies, 0.50) / 1e6;
        phase.p99Ms = percentile(latencies, 0.99) / 1e6;
        phase.maxMs = percentile(latencies, 1.0) / 1e6;
        // Everything sent must arrive, once.
        if (!QTest::qWaitFor([&] { return m_stats.deliveredTotal >= m_stats.sentTotal; }, 60'000)
            || m_stats.deliveredTotal != m_stats.sentTotal || m_stats.errors > 0 || m_stats.failed > 0) {
            *error = QStringLiteral("%1 sent, %2 delivered, %3 errors, %4 connections failed; %5")
                         .arg(m_stats.sentTotal.load())
                         .arg(m_stats.deliveredTotal.load())
                         .arg(m_stats.errors.load())
                         .arg(m_stats.failed.load())
                         .arg(m_stats.firstError());
        }
        return phase;
    }

private:
    bool waitForReady(int count, QString* error)
    {
        if (QTest::qWaitFor([&] { return m_stats.ready + m_stats.failed >= count; }, 180'000) && m_stats.failed == 0)
            return true;
        *error = QStringLiteral("%1 of %2 connections ready, %3 failed; %4")
                     .arg(m_stats.ready.load())
                     .arg(count)
                     .arg(m_stats.failed.load())
                     .arg(m_stats.firstError());
        return false;
    }

    void setPace(LoadWorker::Pace pace, double ratePerWorker)
    {
        for (LoadWorker* worker : m_workers)
            QMetaObject::invokeMethod(worker, [worker, pace, ratePerWorker, window = m_options.window] {
                worker->setPace(pace, ratePerWorker, window);
            }, Qt::BlockingQueuedConnection);
    }

    std::vector<qint64> collectLatencies()
    {
        std::vector<qint64> all;
        for (LoadWorker* worker : m_workers) {
            std::vector<qint64> part;
            QMetaObject::invokeMethod(worker, [&part, worker] { part = worker->takeLatencies(); }, Qt::BlockingQueuedConnection);
            all.insert(all.end(), part.begin(), part.end());
        }
        return all;
    }

    LoadStats m_stats;
    const Options& m_options;
    Target m_target = Target::Relay;
    int m_peers = 0;
    std::vector<QThread*> m_threads;
    std::vector<LoadWorker*> m_workers;
    std::vector<std::vector<LoadWorker::PeerSpec>> m_customerShares;
};

Outcome runTarget(const QString& name, const Options& options, const QString& templateDb, const QString& dir)
{
    Outcome outcome;
    outcome.name = name;
    const bool relay = name == QLatin1String("relay");
    const quint16 port = test::ServerProcess::freePort();
    QStringList arguments;
    QString binary;
    quint16 opsPort = 0;
    if (relay) {
        binary = QStringLiteral(AGENTDESK_BENCH_RELAY_BINARY);
        arguments = {QStringLiteral("--listen"), QString::number(port), QStringLiteral("--agents"), QString::number(options.agents)};
    } else {
        const QString db = QStringLiteral("%1/%2.sqlite").arg(dir, name);
        QFile::remove(db);
        if (!QFile::copy(templateDb, db)) {
            outcome.error = QStringLiteral("cannot copy the database to %1").arg(db);
            return outcome;
        }
        binary = QStringLiteral(AGENTDESK_SERVER_BINARY);
        arguments = {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--db"), db,
                     QStringLiteral("--demo-data"), QStringLiteral("--durability"), name,
                     QStringLiteral("--rate"), QStringLiteral("100000"), QStringLiteral("--burst"), QStringLiteral("100000"),
                     QStringLiteral("--max-connections-per-address"), QStringLiteral("100000")};
        opsPort = test::ServerProcess::freePort();
        arguments += {QStringLiteral("--ops-listen"), QStringLiteral("127.0.0.1:%1").arg(opsPort)};
        arguments += options.serverOptions;
    }
    test::ServerProcess process(binary, arguments, QStringLiteral("%1/%2.log").arg(dir, name));
    if (!process.start(port, &outcome.error))
        return outcome;
    Run run(relay ? Target::Relay : Target::Server, options, port);
    if (!run.start(&outcome.error) || !run.probe(&outcome.error))
        return outcome;
    outcome.saturated = run.measure(LoadWorker::Pace::Saturate, 0, process.pid(), opsPort, &outcome.error);
    if (outcome.error.isEmpty())
        outcome.fixed = run.measure(LoadWorker::Pace::Fixed, options.rate, process.pid(), opsPort, &outcome.error);
    return outcome;
}

const char* targetLabel(const QString& target)
{
    return target == QLatin1String("relay") ? "bare QWebSocket relay"
           : target == QLatin1String("full") ? "server, durable (FULL)"
                                             : "server, not durable (OFF)";
}

void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);  // inherited by the server and the relay
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Server routing beside a bare QWebSocket relay."));
    parser.addHelpOption();
    Options options;
    const QCommandLineOption agents(QStringLiteral("agents"), QStringLiteral("Agent connections (500)."), QStringLiteral("n"));
    const QCommandLineOption customers(QStringLiteral("customers"), QStringLiteral("Customer connections (2000)."), QStringLiteral("n"));
    const QCommandLineOption leads(QStringLiteral("leads"), QStringLiteral("Leads watching the floor (2)."), QStringLiteral("n"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Measured seconds per phase (5)."), QStringLiteral("s"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Offered messages/s in the fixed phase (2000)."), QStringLiteral("n"));
    const QCommandLineOption window(QStringLiteral("window"), QStringLiteral("Undelivered messages per customer when saturated (2)."), QStringLiteral("n"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Load threads (2)."), QStringLiteral("n"));
    const QCommandLineOption targets(QStringLiteral("targets"), QStringLiteral("Of relay,full,off (all)."), QStringLiteral("list"));
    const QCommandLineOption serverOption(QStringLiteral("server-option"),
                                          QStringLiteral("One more option for agentdesk-server, as --server-option=--group-window-ms=1 (repeatable)."),
                                          QStringLiteral("option"));
    parser.addOptions({agents, customers, leads, seconds, rate, window, threads, targets, serverOption});
    parser.process(app);
    const auto number = [&](const QCommandLineOption& option, auto& into) {
        if (parser.isSet(option))
            into = decltype(into + 0)(parser.value(option).toDouble());
    };
    number(agents, options.agents);
    number(customers, options.customers);
    number(leads, options.leads);
    number(seconds, options.seconds);
    number(rate, options.rate);
    number(window, options.window);
    number(threads, options.threads);
    if (parser.isSet(targets))
        options.targets = parser.value(targets).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.serverOptions = parser.values(serverOption);
    if (options.agents < 1 || options.customers < 1 || options.seconds < 1 || options.rate <= 0 || options.threads < 1
        || options.window < 1) {
        std::fprintf(stderr, "bench_routing: every count must be at least 1\n");
        return 2;
    }
    for (const QString& target : options.targets) {
        if (target != QLatin1String("relay") && target != QLatin1String("full") && target != QLatin1String("off")) {
            std::fprintf(stderr, "bench_routing: unknown target %s (relay, full, off)\n", qPrintable(target));
            return 2;
        }
    }
    raiseFileLimit();
    QTemporaryDir dir;
    const QString templateDb = dir.filePath(QStringLiteral("template.sqlite"));
    QString error;
    if (!prepareDatabase(templateDb, options, &error)) {
        std::fprintf(stderr, "bench_routing: %s\n", qPrintable(error));
        return 1;
    }

    std::printf("Routing: %d agents, %d customers, %d leads on loopback; %d load threads; %d s per phase\n",
                options.agents, options.customers, options.leads, options.threads, options.seconds);
    std::printf("saturated: %d undelivered messages per customer; fixed: %.0f msg/s offered\n\n", options.window, options.rate);
    std::printf("%-28s %12s %9s %9s | %9s %9s %9s %9s %9s\n", "", "saturated", "", "", "fixed", "", "", "", "");
    std::printf("%-28s %12s %9s %9s | %9s %9s %9s %9s %9s\n", "target", "msg/s", "of relay", "cpu", "msg/s", "p50 ms",
                "p99 ms", "max ms", "cpu");
    std::fflush(stdout);
    int failures = 0;
    double relayRate = 0;
    std::vector<Outcome> outcomes;
    for (const QString& target : options.targets) {
        outcomes.push_back(runTarget(target, options, templateDb, dir.path()));
        const Outcome& o = outcomes.back();
        const char* label = targetLabel(target);
        if (target == QLatin1String("relay"))
            relayRate = o.saturated.messagesPerSecond;
        const QString ofRelay = relayRate > 0 ? QStringLiteral("%1%").arg(100 * o.saturated.messagesPerSecond / relayRate, 0, 'f', 0)
                                              : QStringLiteral("-");
        std::printf("%-28s %12.0f %9s %9.2f | %9.0f %9.2f %9.2f %9.2f %9.2f\n", label, o.saturated.messagesPerSecond,
                    qPrintable(ofRelay), o.saturated.serverCpu, o.fixed.messagesPerSecond, o.fixed.p50Ms, o.fixed.p99Ms,
                    o.fixed.maxMs, o.fixed.serverCpu);
        if (!o.error.isEmpty()) {
            std::printf("  FAILED: %s\n", qPrintable(o.error));
            ++failures;
        }
        std::fflush(stdout);
    }
    if (failures > 0) {
        dir.setAutoRemove(false);
        std::printf("\nThe servers' logs are kept in %s\n", qPrintable(dir.path()));
    }
    std::printf("\ncpu: the server's (or relay's) CPU time per second of the phase, in cores.\n");
    const auto figure = [](double value) {
        return value < 0 ? QStringLiteral("-") : QString::number(value, 'f', value < 10 ? 2 : 0);
    };
    const auto perMessage = [](double cores, double messagesPerSecond) {
        return messagesPerSecond > 0 ? 1e6 * cores / messagesPerSecond : -1.0;
    };
    // Two cores hold the server and the load: what a message costs each is what the rate can be.
    std::printf("\nPer message: CPU of the server (or relay) and of the load threads, in microseconds; the server's writes\n"
                "(its /metrics): messages a commit carried, pages SQLite wrote to its log\n");
    std::printf("%-28s %9s %9s %9s %9s | %9s %9s %9s\n", "", "saturated", "", "", "", "fixed", "", "");
    std::printf("%-28s %9s %9s %9s %9s | %9s %9s %9s\n", "target", "server us", "load us", "msg/tx", "pages",
                "server us", "msg/tx", "pages");
    for (const Outcome& o : outcomes) {
        std::printf("%-28s %9s %9s %9s %9s | %9s %9s %9s\n", targetLabel(o.name),
                    qPrintable(figure(perMessage(o.saturated.serverCpu, o.saturated.messagesPerSecond))),
                    qPrintable(figure(perMessage(o.saturated.loadCpu, o.saturated.messagesPerSecond))),
                    qPrintable(figure(o.saturated.messagesPerCommit)), qPrintable(figure(o.saturated.logPagesPerMessage)),
                    qPrintable(figure(perMessage(o.fixed.serverCpu, o.fixed.messagesPerSecond))),
                    qPrintable(figure(o.fixed.messagesPerCommit)), qPrintable(figure(o.fixed.logPagesPerMessage)));
    }
    return failures == 0 ? 0 : 1;
}
