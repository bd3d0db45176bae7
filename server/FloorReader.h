#pragma once

#include "protocol/Records.h"

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

// Reads floors on a thread and a database connection of its own, so that a large team's
// snapshot does not hold up the server's thread. With 2,000 open conversations and 500 agents
// one took 12 ms; pushed every 150 ms under load, those stalls were most of the p99 latency at
// 2,000 msg/s (bench_routing with and without leads watching).
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

private:
    struct Connection;
    FloorReader();

    QThread m_thread;
    QObject* m_worker = nullptr;   // lives in m_thread
    Connection* m_connection = nullptr;  // created, used and deleted in m_thread
};

} // namespace agentdesk::server
