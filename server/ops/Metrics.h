#pragma once

#include "protocol/ErrorCode.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <map>
#include <vector>

namespace agentdesk::server {

// The server's counters and its request-latency histogram, written as Prometheus text at each
// scrape of /metrics (OpsEndpoint). Plain integers: everything runs on the server's one thread.
class Metrics {
public:
    // Upper bounds of the latency buckets, seconds.
    static constexpr std::array<double, 12> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                     0.05,   0.1,   0.25,   0.5,   1.0,  2.5};

    void frameReceived() { ++m_framesReceived; }
    void frameSent() { ++m_framesSent; }
    void errorSent(protocol::ErrorCode code) { ++m_errors[code]; }
    void slowConsumerDropped() { ++m_slowConsumers; }
    void replaceableFrameSkipped() { ++m_replaceableSkipped; }
    // One group commit of several writes (RequestDispatcher).
    void writeGroupCommitted(size_t writes)
    {
        ++m_writeGroups;
        m_groupedWrites += writes;
    }
    // One request handled, from its frame's arrival to its answer (`type`: the frame's wire name).
    void requestHandled(const char* type, double seconds);

    // What is read at the scrape rather than counted: connections, queues, the database.
    struct Gauges {
        int staffConnections = 0;
        int customerConnections = 0;
        int liveSessions = 0;
        std::map<qint64, qint64> waitingByTeam;  // team id (0: none) -> conversations waiting
        bool databaseUp = false;
        bool cluster = false;
        qint64 commits = 0;
        qint64 logPages = -1;  // -1: not known (PostgreSQL, or SQLite through Qt Sql)
    };
    QByteArray prometheusText(const Gauges& gauges) const;

private:
    quint64 m_framesReceived = 0;
    quint64 m_framesSent = 0;
    quint64 m_slowConsumers = 0;
    quint64 m_replaceableSkipped = 0;
    quint64 m_writeGroups = 0;
    quint64 m_groupedWrites = 0;
    QHash<protocol::ErrorCode, quint64> m_errors;
    QHash<const char*, quint64> m_requests;  // by the frame spec's static name
    std::array<quint64, kBuckets.size()> m_bucketCounts{};  // not cumulative; summed when written
    quint64 m_requestCount = 0;
    double m_requestSeconds = 0;
};

} // namespace agentdesk::server
