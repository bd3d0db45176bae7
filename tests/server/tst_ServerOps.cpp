// agentdesk-server's health, readiness and Prometheus metrics (--ops-listen): what they say while
// customers and an agent talk, and what bad HTTP gets. Bad requests tried: POST, an unknown path,
// a line that is not HTTP, a request of 9 KiB, a request never finished (cut after the timeout).

#include "RawPeer.h"
#include "TestServer.h"
#include "WsClient.h"
#include "ops/Metrics.h"
#include "ops/OpsEndpoint.h"

#include <QRegularExpression>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;


class TestServerOps : public QObject {
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;
    quint16 m_port = 0;

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>([](server::ServerConfig& c) { c.opsPort = 0; });
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_port = m_server->server().opsPort();
        QVERIFY(m_port > 0);
    }
    void cleanup() { m_server.reset(); }

    void healthAndReadiness()
    {
        const QByteArray health = httpGet(m_port, "/healthz");
        QCOMPARE(httpStatus(health), 200);
        QCOMPARE(httpBody(health), QByteArray("ok\n"));
        const QByteArray ready = httpGet(m_port, "/readyz?verbose=1");
        QCOMPARE(httpStatus(ready), 200);
        QCOMPARE(httpBody(ready), QByteArray("ready\n"));
    }

    void metricsFollowTheTraffic()
    {
        // Nobody to serve it yet: the queue of team 1 (Presales) holds one.
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0031"));
        const ConversationInfo opened = customer->openConversation(QStringLiteral("hello"));
        QVERIFY(opened.id > 0);
        QByteArray metrics = httpBody(httpGet(m_port, "/metrics"));
        QCOMPARE(metricSample(metrics, "agentdesk_queue_waiting{team=\"1\"}"), 1.0);
        QCOMPARE(metricSample(metrics, "agentdesk_queue_waiting{team=\"2\"}"), 0.0);
        QCOMPARE(metricSample(metrics, "agentdesk_database_up"), 1.0);
        const double commitsBefore = metricSample(metrics, "agentdesk_db_commits_total");
        const double pagesBefore = metricSample(metrics, "agentdesk_db_log_pages_written_total");
        QVERIFY(commitsBefore >= 1);  // the conversation opened
        // Pages are counted on SQLite through its own API, which Debian's Qt driver allows (as
        // tst_statement_cache requires); never on PostgreSQL (metricSample: -1 for a series not
        // there).
        const bool postgres = m_server->config().database.startsWith(QLatin1String("postgresql://"));
#ifdef AGENTDESK_SQLITE_API
        const bool pagesCounted = !postgres;
#else
        const bool pagesCounted = false;
#endif
        if (pagesCounted)
            QVERIFY2(pagesBefore > 0, qPrintable(QString::number(pagesBefore)));
        else
            QCOMPARE(pagesBefore, -1.0);

        auto agent = liveStaff(*m_server, QStringLiteral("agent1"));
        QVERIFY(agent->waitConversation([&](const ConversationInfo& c) { return c.id == opened.id && c.agentId > 0; }));
        // A load run, scraped while it goes on.
        for (int i = 0; i < 30; ++i) {
            customer->sendText(FrameCodec::encode(MessageSend{newKey(), opened.id, QStringLiteral("m%1").arg(i), {}, {}, {}},
                                                  QStringLiteral("r%1").arg(i)));
            if (i % 10 == 0)
                QCOMPARE(httpStatus(httpGet(m_port, "/metrics")), 200);
        }
        const auto last = agent->waitMessage(opened.id, QStringLiteral("m29"), 10000);
        QVERIFY2(last, customer->peekAll().isEmpty() ? "nothing answered" : describe(customer->peekAll().constLast()).constData());
        agent->sendText("{not json");
        QVERIFY(agent->waitError(ErrorCode::BadJson));

        metrics = httpBody(httpGet(m_port, "/metrics"));
        QCOMPARE(metricSample(metrics, "agentdesk_connections{endpoint=\"staff\"}"), 1.0);
        QCOMPARE(metricSample(metrics, "agentdesk_connections{endpoint=\"customer\"}"), 1.0);
        QCOMPARE(metricSample(metrics, "agentdesk_live_sessions"), 2.0);
        QCOMPARE(metricSample(metrics, "agentdesk_queue_waiting{team=\"1\"}"), 0.0);
        QCOMPARE(metricSample(metrics, "agentdesk_requests_total{type=\"message.send\"}"), 30.0);
        QCOMPARE(metricSample(metrics, "agentdesk_requests_total{type=\"conversation.open\"}"), 1.0);
        QCOMPARE(metricSample(metrics, "agentdesk_errors_total{code=\"bad_json\"}"), 1.0);
        QVERIFY(metricSample(metrics, "agentdesk_frames_received_total") >= 36);  // sign-ins, syncs, open, 30 sends, junk
        QVERIFY(metricSample(metrics, "agentdesk_frames_sent_total") >= 60);      // replies and the agent's events
        // 30 messages: at least one more commit, at most one each (they may share commits).
        const double commits = metricSample(metrics, "agentdesk_db_commits_total") - commitsBefore;
        QVERIFY2(commits >= 1 && commits <= 30 + 10, qPrintable(QString::number(commits)));
        if (pagesCounted)
            QVERIFY(metricSample(metrics, "agentdesk_db_log_pages_written_total") > pagesBefore);
        // The histogram: cumulative buckets, +Inf equal to the count, the count to the requests.
        double previous = 0;
        for (double le : server::Metrics::kBuckets) {
            const double bucket = metricSample(metrics, "agentdesk_request_duration_seconds_bucket{le=\"" + QByteArray::number(le, 'g', 6) + "\"}");
            QVERIFY(bucket >= previous);
            previous = bucket;
        }
        const double count = metricSample(metrics, "agentdesk_request_duration_seconds_count");
        QCOMPARE(metricSample(metrics, "agentdesk_request_duration_seconds_bucket{le=\"+Inf\"}"), count);
        double requests = 0;
        for (const auto& m : QRegularExpression(QStringLiteral("^agentdesk_requests_total\\{[^}]*\\} (\\d+)$"),
                                                QRegularExpression::MultilineOption).globalMatch(QString::fromUtf8(metrics)))
            requests += m.captured(1).toDouble();
        QCOMPARE(count, requests);
        QVERIFY(metricSample(metrics, "agentdesk_request_duration_seconds_sum") > 0);
        QVERIFY(metrics.contains("# TYPE agentdesk_request_duration_seconds histogram\n"));
    }

    void badHttpIsRefused()
    {
        QCOMPARE(httpStatus(httpExchange(m_port, "POST /metrics HTTP/1.1\r\nContent-Length: 0\r\n\r\n")), 405);
        QCOMPARE(httpStatus(httpGet(m_port, "/nope")), 404);
        QCOMPARE(httpStatus(httpExchange(m_port, "hello there\r\n\r\n")), 400);
        QCOMPARE(httpStatus(httpExchange(m_port, "GET /metrics HTTP/1.1\r\nX-Padding: " + QByteArray(9 * 1024, 'x'))), 431);
        // Never finished: cut off after the timeout, with no answer.
        QElapsedTimer waited;
        waited.start();
        const QByteArray nothing = httpExchange(m_port, "GET /metrics HTTP/1.1\r\n", server::OpsEndpoint::kRequestTimeoutMs + 3000);
        QVERIFY(nothing.isEmpty());
        QVERIFY(waited.elapsed() >= server::OpsEndpoint::kRequestTimeoutMs - 500);
        // Still answering.
        QCOMPARE(httpStatus(httpGet(m_port, "/healthz")), 200);
    }
};

QTEST_GUILESS_MAIN(TestServerOps)
#include "tst_ServerOps.moc"
