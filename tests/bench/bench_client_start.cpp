// Client start (issue 10): from process start to a populated workspace, with a cache of 10,000
// conversations and 200,000 messages, and the peak memory; the baseline is an empty QMainWindow
// (bench_empty_window) started the same way in the same run. Targets: under 10x the baseline's
// time, under 150 MB peak.
//
// The real agentdesk-server runs with the demo shop. The cache is written with LocalCache itself,
// into the file agentdesk looks for (LocalCache::defaultPath under a temporary XDG_DATA_HOME),
// for the server's URL and agent1, with agent1's real token and stream head, so that agentdesk
// takes it as its own and its sync resumes instead of replacing the list. agentdesk runs as
// `agentdesk --server URL --user agent1` with AGENTDESK_PASSWORD (no sign-in dialog) and
// AGENTDESK_REPORT_READY: it prints "ready <ms since main()>" once the conversation list has
// painted with rows, and quits. It shows the cache before the server has answered, so the time
// is to the cached list shown, not to the end of the sync.
//
// Each program is started with fork/execve; the time runs from just before fork to the ready
// line, and the peak memory is the child's ru_maxrss from wait4. Figures, not assertions: the exit
// code says only whether every start reached "ready" on the cache it was given.
// Run: build/bench/tests/bench_client_start [--conversations 10000 --messages 200000 --runs 5]

#include "ServerProcess.h"
#include "WsClient.h"
#include "cache/LocalCache.h"
#include "Percentile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace agentdesk;

namespace {

constexpr int kTimeoutMs = 60'000;
const QString kUser = QStringLiteral("agent1");
const QString kPassword = QStringLiteral("demo1234");

struct Options {
    int conversations = 10'000;
    int messages = 200'000;
    int runs = 5;
};

struct Start {
    double readyMs = 0;       // fork to the ready line, measured here
    double reportedMs = 0;    // main() to the ready line, as the child reports it
    double peakMb = 0;        // ru_maxrss
    QString error;            // empty: it reached ready and exited with 0
};

// Far above the demo shop's ids, so that nothing the server sends overwrites the cached rows.
constexpr qint64 kFirstConversation = 1'000'000;
constexpr qint64 kFirstMessage = 10'000'000;

// The cache as agent1 would have it after a long while: every conversation open and assigned to
// them (so all are listed), the messages spread evenly over the conversations.
void fillCache(app::LocalCache& cache, const Options& options, qint64 agentId, qint64 head, const QString& token)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<protocol::ConversationInfo> conversations;
    conversations.reserve(size_t(options.conversations));
    for (int i = 0; i < options.conversations; ++i) {
        protocol::ConversationInfo c;
        c.id = kFirstConversation + i;
        c.customerId = kFirstConversation + i;
        c.customerName = QStringLiteral("Customer %1").arg(i);
        c.customerTier = CustomerTier(i % 4);
        c.channel = Channel(i % 5);
        c.topic = QStringLiteral("presales");
        c.status = ConversationStatus::Assigned;
        c.agentId = agentId;
        c.agentName = QStringLiteral("Agent 1");
        c.createdAt = now - qint64(i) * 60'000 - 3'600'000;
        c.lastMessageAt = now - qint64(i) * 60'000;
        c.waitingSince = i % 3 == 0 ? c.lastMessageAt : 0;
        c.lastMessagePreview = QStringLiteral("How long does the battery of the Nova X1 take to charge? (%1)").arg(i);
        conversations.push_back(std::move(c));
    }
    cache.applySnapshot(conversations, head);
    cache.setToken(token);

    constexpr int kBatch = 20'000;
    std::vector<protocol::ChatMessage> batch;
    batch.reserve(kBatch);
    for (int i = 0; i < options.messages; ++i) {
        const int conversation = i % std::max(1, options.conversations);
        protocol::ChatMessage m;
        m.id = kFirstMessage + i;
        m.conversationId = kFirstConversation + conversation;
        m.sender = i % 2 == 0 ? Sender::Customer : Sender::Agent;
        m.authorId = i % 2 == 0 ? kFirstConversation + conversation : agentId;
        m.senderName = i % 2 == 0 ? QStringLiteral("Customer %1").arg(conversation) : QStringLiteral("Agent 1");
        m.text = QStringLiteral("Message %1: could you tell me when my order will be delivered, and whether it can be gift-wrapped?").arg(i);
        m.at = now - qint64(options.messages - i) * 1000;
        m.key = QStringLiteral("bench-key-%1").arg(i);
        batch.push_back(std::move(m));
        if (int(batch.size()) == kBatch) {
            cache.storeMessages(batch);
            batch.clear();
        }
    }
    cache.storeMessages(batch);
}

// Starts `program` with fork/execve, waits for its "ready N" line and for its exit.
Start launch(const QString& program, const QStringList& arguments, const QStringList& environment, const QString& logFile)
{
    Start start;
    std::vector<QByteArray> argStore{QFile::encodeName(program)};
    for (const QString& a : arguments)
        argStore.push_back(a.toLocal8Bit());
    std::vector<QByteArray> envStore;
    for (const QString& e : environment)
        envStore.push_back(e.toLocal8Bit());
    // Built before fork: the child may only call async-signal-safe functions.
    std::vector<char*> argv;
    for (QByteArray& a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (QByteArray& e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    int out[2];
    if (pipe2(out, O_CLOEXEC) != 0) {
        start.error = QStringLiteral("pipe: %1").arg(qt_error_string(errno));
        return start;
    }
    const int log = ::open(QFile::encodeName(logFile).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    QElapsedTimer clock;
    clock.start();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        if (log >= 0)
            dup2(log, STDERR_FILENO);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    ::close(out[1]);
    if (log >= 0)
        ::close(log);
    if (pid < 0) {
        ::close(out[0]);
        start.error = QStringLiteral("fork: %1").arg(qt_error_string(errno));
        return start;
    }

    QByteArray text;
    bool ready = false;
    while (!ready) {
        const qint64 left = kTimeoutMs - clock.elapsed();
        if (left <= 0)
            break;
        pollfd p{out[0], POLLIN, 0};
        if (poll(&p, 1, int(left)) <= 0)
            continue;
        char buffer[256];
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n <= 0)
            break;  // the child closed its output: it exited without being ready
        text.append(buffer, n);
        for (qsizetype end = text.indexOf('\n'); end >= 0 && !ready; end = text.indexOf('\n')) {
            const QByteArray line = text.left(end);
            text.remove(0, end + 1);
            if (line.startsWith("ready ")) {
                start.readyMs = double(clock.nsecsElapsed()) / 1e6;
                start.reportedMs = line.mid(6).toDouble();
                ready = true;
            }
        }
    }
    if (!ready) {
        kill(pid, SIGKILL);
        start.error = QStringLiteral("no ready line within %1 s (its log: %2)").arg(kTimeoutMs / 1000).arg(logFile);
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    ::close(out[0]);
    start.peakMb = double(usage.ru_maxrss) / 1024.0;  // kilobytes on Linux
    if (ready && !(WIFEXITED(status) && WEXITSTATUS(status) == 0))
        start.error = QStringLiteral("exited with status %1 after ready (its log: %2)").arg(status).arg(logFile);
    return start;
}

struct Series {
    std::vector<double> readyMs, reportedMs, peakMb;
    void add(const Start& s)
    {
        readyMs.push_back(s.readyMs);
        reportedMs.push_back(s.reportedMs);
        peakMb.push_back(s.peakMb);
    }
    double maxOf(const std::vector<double>& v) const { return v.empty() ? 0 : *std::max_element(v.begin(), v.end()); }
};

} // namespace

int main(int argc, char** argv)
{
    QTemporaryDir dir;
    // Before anything asks QStandardPaths: this process computes the cache's path as agentdesk will.
    const QString dataHome = dir.filePath(QStringLiteral("data"));
    const QString configHome = dir.filePath(QStringLiteral("config"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome));
    QCoreApplication app(argc, argv);
    // agentdesk's names, which AppDataLocation (and so LocalCache::defaultPath) is made of.
    QCoreApplication::setOrganizationName(QStringLiteral("AgentDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("agentdesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Client start with a large cache beside an empty Qt main window."));
    parser.addHelpOption();
    const QCommandLineOption conversations(QStringLiteral("conversations"), QStringLiteral("Cached conversations (10000)."), QStringLiteral("n"));
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Cached messages (200000)."), QStringLiteral("n"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed starts of each program (5)."), QStringLiteral("n"));
    parser.addOptions({conversations, messages, runs});
    parser.process(app);
    Options options;
    const auto number = [&](const QCommandLineOption& option, int& into) {
        if (parser.isSet(option))
            into = parser.value(option).toInt();
    };
    number(conversations, options.conversations);
    number(messages, options.messages);
    number(runs, options.runs);
    if (options.conversations < 1 || options.messages < 0 || options.runs < 1) {
        std::fprintf(stderr, "bench_client_start: --conversations and --runs must be at least 1, --messages at least 0\n");
        return 2;
    }
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_client_start: no temporary folder\n");
        return 1;
    }

    const quint16 port = test::ServerProcess::freePort();
    test::ServerProcess server(QStringLiteral(AGENTDESK_SERVER_BINARY),
                               {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--db"),
                                dir.filePath(QStringLiteral("server.sqlite")), QStringLiteral("--demo-data")},
                               dir.filePath(QStringLiteral("server.log")));
    QString error;
    if (!server.start(port, &error)) {
        std::fprintf(stderr, "bench_client_start: the server did not start: %s\n", qPrintable(error));
        return 1;
    }
    // As the user types it into --server: the cache belongs to this very string.
    const QString serverUrl = QStringLiteral("ws://127.0.0.1:%1/v1/staff").arg(port);

    // agent1's identity, token and stream head, from the server itself.
    protocol::AuthOk signedIn;
    qint64 head = 0;
    {
        test::WsClient ws{QUrl(serverUrl)};
        if (!ws.waitConnected()) {
            std::fprintf(stderr, "bench_client_start: cannot connect to %s\n", qPrintable(serverUrl));
            return 1;
        }
        signedIn = ws.login(kUser, kPassword);
        const protocol::Frame list = ws.request(protocol::ConversationsList{true});
        if (signedIn.principal.id == 0 || !list.as<protocol::ConversationsListOk>()) {
            std::fprintf(stderr, "bench_client_start: %s could not sign in and list: %s\n", qPrintable(kUser),
                         test::describe(list).constData());
            return 1;
        }
        head = list.as<protocol::ConversationsListOk>()->head;
    }

    const QString cachePath = app::LocalCache::defaultPath(serverUrl, kUser);
    const QString master = dir.filePath(QStringLiteral("cache-master.sqlite"));
    QElapsedTimer clock;
    clock.start();
    {
        app::LocalCache cache(master, serverUrl, kUser);
        if (!cache.open(&error)) {
            std::fprintf(stderr, "bench_client_start: %s\n", qPrintable(error));
            return 1;
        }
        fillCache(cache, options, signedIn.principal.id, head, signedIn.token);
    }
    const double fillSeconds = double(clock.elapsed()) / 1000.0;
    const double cacheMb = double(QFileInfo(master).size()) / (1024.0 * 1024.0);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    environment.insert(QStringLiteral("AGENTDESK_REPORT_READY"), QStringLiteral("1"));
    environment.insert(QStringLiteral("AGENTDESK_PASSWORD"), kPassword);
    const QStringList env = environment.toStringList();
    const QStringList clientArguments{QStringLiteral("--server"), serverUrl, QStringLiteral("--user"), kUser,
                                      QStringLiteral("--language"), QStringLiteral("en")};

    // Every start finds the same cache: a fresh copy, nothing of the last run's writes.
    const auto placeCache = [&]() -> bool {
        QDir().mkpath(QFileInfo(cachePath).absolutePath());
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(cachePath + suffix);
        return QFile::copy(master, cachePath);
    };
    // A cache that agentdesk did not take as its own is renamed to *.unusable-*.
    const auto setAside = [&] {
        return !QDir(QFileInfo(cachePath).absolutePath())
                    .entryList({QFileInfo(cachePath).fileName() + QStringLiteral(".unusable-*")}, QDir::Files)
                    .isEmpty();
    };

    std::printf("Client start: %d conversations (all open and listed), %d messages in the cache (%.1f MB, written in %.1f s)\n",
                options.conversations, options.messages, cacheMb, fillSeconds);
    std::printf("agentdesk --server %s --user %s: ready = the cached conversation list painted; the server's sync\n"
                "follows it (the cache is shown first). Baseline: an empty QMainWindow, same environment (offscreen).\n"
                "Time: fork/execve to the ready line; main(): as the program reports it. Peak: the child's ru_maxrss (wait4).\n"
                "%d timed starts of each, alternating, after one untimed start of each.\n\n",
                qPrintable(serverUrl), qPrintable(kUser), options.runs);
    std::fflush(stdout);

    Series baseline;
    Series client;
    QStringList failures;
    const QString emptyWindow = QStringLiteral(AGENTDESK_EMPTY_WINDOW_BINARY);
    const QString agentdesk = QStringLiteral(AGENTDESK_BINARY);
    for (int run = 0; run <= options.runs; ++run) {
        const Start empty = launch(emptyWindow, {}, env, dir.filePath(QStringLiteral("empty-window-%1.log").arg(run)));
        if (!empty.error.isEmpty())
            failures << QStringLiteral("empty window, start %1: %2").arg(run).arg(empty.error);
        else if (run > 0)
            baseline.add(empty);

        if (!placeCache()) {
            failures << QStringLiteral("cannot copy the cache to %1").arg(cachePath);
            break;
        }
        const Start start = launch(agentdesk, clientArguments, env, dir.filePath(QStringLiteral("agentdesk-%1.log").arg(run)));
        if (!start.error.isEmpty())
            failures << QStringLiteral("agentdesk, start %1: %2").arg(run).arg(start.error);
        else if (setAside())
            failures << QStringLiteral("agentdesk, start %1: the cache was set aside, not shown").arg(run);
        else if (run > 0)
            client.add(start);
    }

    std::printf("%-30s %10s %10s %14s %14s %12s\n", "program", "median ms", "max ms", "main() med ms", "peak MB med", "peak MB max");
    const auto row = [&](const char* name, const Series& s) {
        std::printf("%-30s %10.1f %10.1f %14.1f %14.1f %12.1f\n", name, bench::median(s.readyMs), s.maxOf(s.readyMs), bench::median(s.reportedMs),
                    bench::median(s.peakMb), s.maxOf(s.peakMb));
    };
    row("empty QMainWindow (baseline)", baseline);
    row("agentdesk, cached workspace", client);
    const double ratio = bench::median(baseline.readyMs) > 0 ? bench::median(client.readyMs) / bench::median(baseline.readyMs) : 0;
    std::printf("\nagentdesk / baseline (medians): %.1fx (target under 10x); agentdesk's peak %.1f MB (target under 150 MB)\n",
                ratio, client.maxOf(client.peakMb));
    for (const QString& failure : failures)
        std::printf("FAILED: %s\n", qPrintable(failure));
    if (!failures.isEmpty()) {
        dir.setAutoRemove(false);
        std::printf("The logs are kept in %s\n", qPrintable(dir.path()));
    }
    return failures.isEmpty() ? 0 : 1;
}
