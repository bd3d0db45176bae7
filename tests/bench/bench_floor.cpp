// Prints what the supervisor's floor costs on a busy team: 450 open conversations (300 in the
// queue), 50,000 closed ones over 30 days and 5,000 orders. Measured over real sockets against
// the server library with a SQLite file: floor.watch (a snapshot read and sent), the time from a
// customer's message to the lead's floor.updated (it includes the 150 ms coalescing), from a wait
// passing the SLA (2 s here) to the lead's floor.alert, kpi.report for today and for 30 days, and
// the longest ping of another client while a report is read (the reports are read on a thread of
// their own). Figures, not assertions (run: build/dev/tests/bench_floor).

#include "TestServer.h"
#include "WsClient.h"
#include "store/Database.h"
#include "Percentile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {

void populate(const QString& path, qint64 now, int closedCount)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    db.setDatabaseName(path);
    db.open();
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
    std::vector<qint64> agents;
    q.exec(QStringLiteral("SELECT id FROM users WHERE team_id = 1 AND role = 'agent'"));
    while (q.next())
        agents.push_back(q.value(0).toLongLong());
    std::vector<qint64> customers;
    q.exec(QStringLiteral("SELECT id FROM customers ORDER BY id"));
    while (q.next())
        customers.push_back(q.value(0).toLongLong());
    auto* random = QRandomGenerator::global();
    constexpr qint64 kDay = 24LL * 3600 * 1000;
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO conversations (customer_id, team_id, channel, topic, status, agent_id, created_at, assigned_at,"
        " first_assigned_at, closed_at, first_response_at, last_message_at, waiting_since, csat)"
        " VALUES (?, 1, 'web', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto add = [&](const QString& status, qint64 agent, qint64 created, qint64 assigned, qint64 closed, qint64 answered,
                   qint64 waiting, int csat) {
        insert.addBindValue(customers[random->bounded(int(customers.size()))]);
        // Two of the team's queues, so that one queue's report reads about half of them.
        insert.addBindValue(random->bounded(2) == 0 ? QStringLiteral("presales") : QStringLiteral("price"));
        insert.addBindValue(status);
        insert.addBindValue(agent > 0 ? QVariant(agent) : QVariant());
        insert.addBindValue(created);
        insert.addBindValue(assigned > 0 ? QVariant(assigned) : QVariant());
        insert.addBindValue(assigned > 0 ? QVariant(assigned) : QVariant());
        insert.addBindValue(closed > 0 ? QVariant(closed) : QVariant());
        insert.addBindValue(answered > 0 ? QVariant(answered) : QVariant());
        insert.addBindValue(std::max(created, answered));
        insert.addBindValue(waiting);
        insert.addBindValue(csat);
        insert.exec();
    };
    for (int i = 0; i < closedCount; ++i) {
        const qint64 created = now - random->bounded(30 * kDay);
        const qint64 assigned = created + random->bounded(120'000);
        const qint64 answered = assigned + random->bounded(60'000);
        add(QStringLiteral("closed"), agents[size_t(i) % agents.size()], created, assigned, answered + random->bounded(900'000),
            answered, 0, random->bounded(2) ? 1 + random->bounded(5) : 0);
    }
    for (int i = 0; i < 150; ++i) {
        const qint64 created = now - random->bounded(600'000);
        add(QStringLiteral("assigned"), agents[size_t(i) % agents.size()], created, created + 1000, 0, 0, created, 0);
    }
    for (int i = 0; i < 300; ++i) {
        const qint64 created = now - random->bounded(900'000);
        add(QStringLiteral("waiting"), 0, created, 0, 0, 0, created, 0);
    }
    QSqlQuery order(db);
    order.prepare(QStringLiteral("INSERT INTO orders (order_no, customer_id, status, total_cents, created_at) VALUES (?, ?, 'paid', ?, ?)"));
    for (int i = 0; i < 5'000; ++i) {
        order.addBindValue(QStringLiteral("BENCH%1").arg(i));
        order.addBindValue(customers[random->bounded(int(customers.size()))]);
        order.addBindValue(1000 + random->bounded(500'000));
        order.addBindValue(now - random->bounded(30 * kDay));
        order.exec();
    }
    db.commit();
    db.close();
}

template <class T>
std::vector<double> timeRequests(WsClient& client, int rounds, const T& request)
{
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        const Frame reply = client.request(request, 30'000);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (reply.as<protocol::Error>()) {
            std::fprintf(stderr, "error: %s\n", qPrintable(reply.as<protocol::Error>()->message));
            break;
        }
    }
    return ms;
}

void print(const char* what, const std::vector<double>& ms)
{
    std::printf("%-52s median %8.1f ms   p95 %8.1f ms   (%zu runs)\n", what, bench::median(ms), bench::percentile(ms, 0.95), ms.size());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // --smoke (ctest): a small floor and few rounds, so that the benchmark cannot rot unnoticed.
    const bool smoke = app.arguments().contains(QStringLiteral("--smoke"));
    const qsizetype sizeAt = app.arguments().indexOf(QStringLiteral("--closed"));  // for the scaling table
    const int closed = smoke ? 500 : sizeAt > 0 ? app.arguments().value(sizeAt + 1).toInt() : 50'000;
    const int rounds = smoke ? 2 : 20;
    // No assignments during the bench: the router would drain the queue as agents sign in.
    TestServer server([](server::ServerConfig& c) {
        c.durability = server::Database::Durability::Normal;
        c.slaMs = 2000;  // so that the breach alert can be timed within the run
    });
    if (!server.start()) {
        std::fprintf(stderr, "the server did not start: %s\n", qPrintable(server.error()));
        return 1;
    }
    QElapsedTimer fill;
    fill.start();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    populate(server.database(), now, closed);
    std::printf("populated %d closed, 150 assigned and 300 waiting conversations and 5,000 orders in %.1f s\n", closed,
                double(fill.elapsed()) / 1000);

    auto lead = liveStaff(server, QStringLiteral("lead1"));
    lead->request(PresenceSet{newKey(), PresenceStatus::Away, 0});
    const Frame watched = lead->request(FloorWatch{0, false});
    const auto* ok = watched.as<FloorWatchOk>();
    if (!ok || !ok->snapshot) {
        std::fprintf(stderr, "floor.watch failed\n");
        return 1;
    }
    std::printf("snapshot: %zu conversations (queue %d, truncated %s), %zu agents, %lld bytes\n",
                ok->snapshot->conversations.size(), ok->snapshot->waitingTotal, ok->snapshot->truncated ? "yes" : "no",
                ok->snapshot->agents.size(), qlonglong(FrameCodec::encode(*ok).size()));
    print("floor.watch (snapshot read, encoded, sent)", timeRequests(*lead, smoke ? 2 : 30, FloorWatch{0, false}));

    // A customer's message changes the floor (their waiting time): how soon the lead sees it.
    auto customer = liveCustomer(server, QStringLiteral("demo-0099"));
    const qint64 conversation = customer->openConversation(QStringLiteral("bench")).id;
    lead->takeAll();
    std::vector<double> push;
    for (int i = 0; i < rounds; ++i) {
        QTest::qWait(200);  // past the coalescing window, so that each message is a fresh change
        lead->takeAll();
        QElapsedTimer t;
        t.start();
        customer->send(conversation, QStringLiteral("still there? %1").arg(i));
        if (lead->waitEvent([](const Frame& f) { return f.as<FloorUpdated>() != nullptr; }, 5000))
            push.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    print("message -> lead's floor.updated (150 ms coalescing)", push);

    // An SLA breach: from the moment a wait passes the SLA (2 s here) to the lead's floor.alert,
    // on the same busy floor.
    std::vector<double> alerts;
    for (int i = 0; i < (smoke ? 1 : 5); ++i) {
        // A new customer: a demo one may already have an open conversation, long past the SLA.
        auto waiting = liveCustomer(server, QStringLiteral("bench-alert-%1").arg(i));
        const ConversationInfo c = waiting->openConversation(QStringLiteral("anyone there?"));
        const auto alert = lead->waitEvent([&](const Frame& f) { return f.as<FloorAlert>() && f.as<FloorAlert>()->conversation.id == c.id; },
                                           12'000);
        if (alert)
            alerts.push_back(double(QDateTime::currentMSecsSinceEpoch() - (c.waitingSince + alert->as<FloorAlert>()->slaMs)));
    }
    print("wait passes the SLA -> lead's floor.alert", alerts);

    const qint64 day = 24LL * 3600 * 1000;
    print("kpi.report, today", timeRequests(*lead, 10, KpiReport{0, now - now % day, 0, {}}));
    print("kpi.report, 30 days (all closed conversations)", timeRequests(*lead, 5, KpiReport{0, now - 30 * day, 0, {}}));
    print("kpi.report, 30 days, one queue", timeRequests(*lead, 5, KpiReport{0, now - 30 * day, 0, QStringLiteral("price")}));

    // What a report costs everybody else: a customer pings the server every 40 ms while the lead's
    // 30-day report is read; the longest round trip of each report, beside the longest of as many
    // pings without a report.
    // Not WsClient::waitReply, which sleeps 10 ms between its looks: a ping would take 30 ms.
    const auto answered = [](const WsClient& client, const QString& id) {
        const auto& inbox = client.peekAll();
        return std::any_of(inbox.begin(), inbox.end(), [&](const Frame& f) { return f.id == id; });
    };
    const auto ping = [&customer, &answered](int n) {
        const QString id = QStringLiteral("ping-%1").arg(n);
        QElapsedTimer t;
        t.start();
        customer->sendText(FrameCodec::encode(Ping{}, id));
        while (!answered(*customer, id) && t.elapsed() < 30'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        customer->takeAll();
        // 25 pings a second: within the connection's rate limit (30 a second).
        while (t.elapsed() < 40)
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        return ms;
    };
    std::vector<double> stalls;
    std::vector<double> quiet;
    int pings = 0;
    for (int i = 0; i < (smoke ? 1 : 5); ++i) {
        const QString id = QStringLiteral("stall-%1").arg(i);
        lead->takeAll();
        lead->sendText(FrameCodec::encode(KpiReport{0, now - 30 * day, 0, {}}, id));
        double longest = 0;
        int during = 0;
        QElapsedTimer whole;
        whole.start();
        while (!answered(*lead, id) && whole.elapsed() < 30'000) {
            longest = std::max(longest, ping(++pings));
            ++during;
        }
        stalls.push_back(longest);
        longest = 0;
        for (int n = 0; n < during; ++n)
            longest = std::max(longest, ping(++pings));
        quiet.push_back(longest);
    }
    print("a customer's longest ping during a 30-day kpi.report", stalls);
    print("...and of as many pings without one", quiet);
    if (int(push.size()) != rounds || alerts.empty()) {
        std::fprintf(stderr, "a floor.updated or floor.alert did not come\n");
        return 1;
    }
    return 0;
}
