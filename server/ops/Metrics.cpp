#include "ops/Metrics.h"

#include <algorithm>

namespace agentdesk::server {
namespace {
// One metric family: its HELP and TYPE lines, then its samples.
void family(QByteArray& out, const char* name, const char* type, const char* help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

void sample(QByteArray& out, const char* name, const QByteArray& labels, double value)
{
    out += name;
    if (!labels.isEmpty())
        out += '{' + labels + '}';
    out += ' ';
    out += QByteArray::number(value, 'g', 15);
    out += '\n';
}

void single(QByteArray& out, const char* name, const char* type, const char* help, double value)
{
    family(out, name, type, help);
    sample(out, name, {}, value);
}
} // namespace

void Metrics::requestHandled(const char* type, double seconds)
{
    ++m_requests[type];
    ++m_requestCount;
    m_requestSeconds += seconds;
    const auto bucket = std::lower_bound(kBuckets.begin(), kBuckets.end(), seconds);
    if (bucket != kBuckets.end())
        ++m_bucketCounts[size_t(bucket - kBuckets.begin())];
}

QByteArray Metrics::prometheusText(const Gauges& g) const
{
    QByteArray out;
    out.reserve(4096);
    family(out, "agentdesk_connections", "gauge", "Open WebSocket connections by endpoint.");
    sample(out, "agentdesk_connections", "endpoint=\"staff\"", g.staffConnections);
    sample(out, "agentdesk_connections", "endpoint=\"customer\"", g.customerConnections);
    single(out, "agentdesk_live_sessions", "gauge", "Signed-in connections receiving live events.", g.liveSessions);
    single(out, "agentdesk_frames_received_total", "counter", "Frames received from clients (text and binary).", double(m_framesReceived));
    single(out, "agentdesk_frames_sent_total", "counter", "Frames sent to clients (replies, events, errors).", double(m_framesSent));
    single(out, "agentdesk_slow_consumers_dropped_total", "counter",
           "Connections dropped because they did not read what was sent to them.", double(m_slowConsumers));
    single(out, "agentdesk_replaceable_frames_skipped_total", "counter",
           "Floor snapshots not sent to a watcher too far behind (a fresher one follows).", double(m_replaceableSkipped));
    single(out, "agentdesk_write_groups_total", "counter", "Transactions that committed several requests at once.", double(m_writeGroups));
    single(out, "agentdesk_grouped_writes_total", "counter", "Requests committed in those transactions.", double(m_groupedWrites));

    family(out, "agentdesk_requests_total", "counter", "Requests handled, by frame type.");
    std::vector<std::pair<QByteArray, quint64>> requests;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        requests.emplace_back(QByteArray(it.key()), it.value());
    std::sort(requests.begin(), requests.end());
    for (const auto& [type, count] : requests)
        sample(out, "agentdesk_requests_total", "type=\"" + type + '"', double(count));

    family(out, "agentdesk_errors_total", "counter", "Error frames sent, by error code.");
    std::vector<std::pair<QByteArray, quint64>> errors;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        errors.emplace_back(protocol::errorCodeName(it.key()).toUtf8(), it.value());
    std::sort(errors.begin(), errors.end());
    for (const auto& [code, count] : errors)
        sample(out, "agentdesk_errors_total", "code=\"" + code + '"', double(count));

    family(out, "agentdesk_request_duration_seconds", "histogram",
           "Time from a request's arrival to its answer (decoding, database, reply, events).");
    quint64 cumulative = 0;
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        cumulative += m_bucketCounts[i];
        sample(out, "agentdesk_request_duration_seconds_bucket", "le=\"" + QByteArray::number(kBuckets[i], 'g', 6) + '"',
               double(cumulative));
    }
    sample(out, "agentdesk_request_duration_seconds_bucket", "le=\"+Inf\"", double(m_requestCount));
    sample(out, "agentdesk_request_duration_seconds_sum", {}, m_requestSeconds);
    sample(out, "agentdesk_request_duration_seconds_count", {}, double(m_requestCount));

    family(out, "agentdesk_queue_waiting", "gauge", "Conversations waiting for an agent, by team (0: no team).");
    for (const auto& [team, waiting] : g.waitingByTeam)
        sample(out, "agentdesk_queue_waiting", "team=\"" + QByteArray::number(team) + '"', double(waiting));
    single(out, "agentdesk_database_up", "gauge", "1 when the database answered this scrape.", g.databaseUp ? 1 : 0);
    single(out, "agentdesk_db_commits_total", "counter", "Write transactions committed.", double(g.commits));
    if (g.logPages >= 0)
        single(out, "agentdesk_db_log_pages_written_total", "counter",
               "Pages SQLite wrote to its log for the server's writes (each page a transaction changed, whole).",
               double(g.logPages));
    single(out, "agentdesk_cluster", "gauge", "1 when live events cross instances (PostgreSQL).", g.cluster ? 1 : 0);
    return out;
}

} // namespace agentdesk::server
