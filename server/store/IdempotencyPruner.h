#pragma once

#include <QObject>
#include <QTimer>

namespace agentdesk::server {

class Database;
class IdempotencyStore;

// Deletes the idempotency keys older than their retention, on the server's thread between
// requests. A backlog (the first start after an upgrade, a server stopped for days) goes in
// slices of kSlice keys, each its own short transaction, with the event loop turning in between,
// never in one long transaction that would hold every write back.
class IdempotencyPruner : public QObject {
    Q_OBJECT

public:
    static constexpr int kSlice = 1000;

    IdempotencyPruner(Database& db, IdempotencyStore& keys, qint64 retentionMs, int intervalMs, QObject* parent = nullptr);

    void start() { m_timer.start(m_intervalMs); }
    void stop() { m_timer.stop(); }
    // One slice, for the keys stored before now - retention; how many went (-1: the database
    // failed, logged, tried again at the next interval).
    int pruneSlice(qint64 now);

private:
    void onTimer();

    Database& m_db;
    IdempotencyStore& m_keys;
    qint64 m_retentionMs;
    int m_intervalMs;
    QTimer m_timer;
};

} // namespace agentdesk::server
