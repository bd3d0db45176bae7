#pragma once

#include "KpiQuery.h"
#include "protocol/Frames.h"

#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace agentdesk::server {

class Directory;
class FloorStore;

// Conversations per snapshot, for the queue and for those assigned each.
constexpr int kFloorSnapshotLimit = 300;

// What a team's floor snapshot needs besides the database.
struct FloorQuery {
    qint64 teamId = 0;
    qint64 at = 0;  // the snapshot's moment
    qint64 slaMs = 0;
    QTimeZone timeZone;
    QSet<qint64> connectedStaff;  // whose presence shows; the others show offline
};

// A team's floor at one moment, and its whole queue's clocks (for the breach alerts).
struct FloorReading {
    protocol::FloorSnapshot snapshot;
    std::vector<protocol::ConversationInfo> clocks;
};

// Throws DatabaseError.
FloorReading readFloor(FloorStore& floor, Directory& directory, const FloorQuery& query);

// Fills the report's figures: the counts per agent and the queue over the period's last hour.
// Throws DatabaseError.
void readKpis(FloorStore& floor, const KpiQuery& query, protocol::KpiReportOk& report);

// Reads floors (or KPI reports) on a thread and a database connection of its own, so that a
// large team's snapshot does not hold up the server's thread. With 2,000 open conversations and
// 500 agents one took 12 ms; pushed every 150 ms under load, those stalls were most of the p99
// latency at 2,000 msg/s (bench_routing with and without leads watching). A KPI report over a
// month of 50,000 conversations takes about 0.3 s: the reports have a reader of their own, so
// that they hold up neither the server nor the floors.
class FloorReader {
public:
    // Null, with *error, if the database cannot be opened a second time (an in-memory one).
    static std::unique_ptr<FloorReader> start(const QString& location, QString* error);
    ~FloorReader();
    FloorReader(const FloorReader&) = delete;
    FloorReader& operator=(const FloorReader&) = delete;

    // `done` runs later on `context`'s thread, with the reading or the error, unless `context`
    // is gone by then. `context` must outlive this reader (its owner, in practice): the reader's
    // destruction waits for a read under way.
    using Done = std::function<void(std::optional<FloorReading> reading, const QString& error)>;
    void read(FloorQuery query, QObject* context, Done done);
    // Likewise: `report` comes back with its figures filled in.
    using KpisDone = std::function<void(std::optional<protocol::KpiReportOk> report, const QString& error)>;
    void readKpis(KpiQuery query, protocol::KpiReportOk report, QObject* context, KpisDone done);

private:
    struct Connection;
    FloorReader();
    // Runs `work` in one read transaction on the reader's thread, then `done` on context's.
    template <class Result>
    void run(std::function<Result(Connection&)> work, QObject* context,
             std::function<void(std::optional<Result>, const QString&)> done);

    QThread m_thread;
    QObject* m_worker = nullptr;   // lives in m_thread
    Connection* m_connection = nullptr;  // created, used and deleted in m_thread
};

} // namespace agentdesk::server
