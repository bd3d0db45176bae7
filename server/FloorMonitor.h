#pragma once

#include "protocol/Records.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

namespace agentdesk::server {

struct ServerContext;
class FloorReader;
struct FloorReading;
struct FloorQuery;

// The live floor of each watched team. Whatever changes a team's queue or agents touches the
// team; within a short coalescing interval the monitor reads the team's snapshot once (indexed
// queries of its open conversations, its whole queue's clocks and its agents) and pushes it to the leads
// watching it, instead of each lead polling the database. A timer set to the next moment a wait
// will pass the SLA pushes the change and a floor.alert at that moment, so a breach shows within
// a fraction of a second even when nothing else happens. The pushed snapshots are read on a
// thread of their own (FloorReader) where the database allows a second connection.
class FloorMonitor : public QObject {
    Q_OBJECT
public:
    explicit FloorMonitor(ServerContext& context, QObject* parent = nullptr);
    ~FloorMonitor() override;

    // Something on the team's floor changed; cheap, and harmless if the change rolls back. The
    // other instances on the same database are told too (Cluster), for the leads watching there.
    void touch(qint64 teamId);
    // The same for a change another instance told of.
    void touchHere(qint64 teamId);
    protocol::FloorSnapshot snapshot(qint64 teamId);
    // A session started watching: breaches already on the floor are not alerted again.
    void watched(const protocol::FloorSnapshot& snapshot);

    static constexpr int kCoalesceMs = 150;
    // Whether pushed snapshots are read off the server's thread.
    bool readsInBackground() const { return m_reader != nullptr; }

private:
    void flush();
    // A team's floor read (here or by the reader), or why it could not be.
    void received(qint64 teamId, std::optional<FloorReading> reading, const QString& error);
    void push(qint64 teamId, FloorReading reading);
    void retryLater(qint64 teamId);
    FloorQuery query(qint64 teamId) const;
    void onBreachTimer();
    // Which conversations have passed the SLA and when the next one will: alerts and the timer.
    // (from the clocks the snapshot read)
    void track(const protocol::FloorSnapshot& snapshot, bool alert);
    void rearm();

    ServerContext& m_ctx;
    QSet<qint64> m_dirty;
    QTimer m_coalesce;
    QTimer m_breachTimer;
    QHash<qint64, QSet<qint64>> m_breached;  // per team: conversations already alerted
    QHash<qint64, qint64> m_nextBreach;      // per team: when the next wait passes the SLA
    QHash<qint64, std::vector<protocol::ConversationInfo>> m_clocks;  // per team: the last snapshot's waits
    std::unique_ptr<FloorReader> m_reader;
    QSet<qint64> m_reading;  // teams whose snapshot the reader is reading
};

} // namespace agentdesk::server
