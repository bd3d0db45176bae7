#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

class QSqlQuery;

namespace agentdesk::server {

// Copies a SQLite database's write-ahead log back into the database file on a thread and a
// connection of its own, so that the server's thread never waits for it. Left to SQLite, the
// commit that takes the log past 1,000 pages does it (wal_autocheckpoint): 20-40 ms on the
// server's only thread, about twice a second at 2,000 messages/s, which was most of the p99.
// A PASSIVE checkpoint never blocks the writer, and once one has copied the whole log, the
// writer's next transaction starts the log again from its beginning. Under a steady stream of
// commits that never happens (the commits made during a checkpoint are still to be copied), so a
// log past kRestartFrames asks the writer to copy the few pages left itself, between two of its
// transactions (Database::commit): its next transaction then starts the log again. A RESTART
// checkpoint here did the same by holding the writer off, which then slept in SQLite's busy
// handler in steps of 1, 2, 5 and 10 ms: part of the durable p99 at 2,000 msg/s (10-12 ms with
// it, 8.0-8.8 ms without, before kGatherMs went from 50 to 5 ms).
class WalCheckpointer {
public:
    WalCheckpointer() = default;
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Opens `path` on a second connection in a new thread. `synchronous` is the main
    // connection's setting (FULL, NORMAL or OFF): a checkpoint syncs the file as the commits do.
    // False, with *error, if the connection cannot be opened.
    bool start(const QString& path, const QString& synchronous, QString* error);
    // Waits for a checkpoint under way; no new one starts.
    void stop();
    bool isRunning() const { return m_thread.joinable(); }
    // After a commit: a checkpoint follows within kGatherMs, for all the commits of that time.
    void committed();
    // Commits, and how many of the first ones a checkpoint has copied whole (for tests: once
    // the two are equal, the next write starts the log from its beginning).
    quint64 commits() const;
    quint64 checkpointedCommits() const;
    // Whether the log has grown past kRestartFrames and the writer should copy the rest itself.
    bool wantsWriterCheckpoint() const { return m_wantsWriterCheckpoint.load(std::memory_order_relaxed); }
    // The writer's checkpoint: `whole` when it left nothing to copy (the log starts again).
    void writerCheckpointed(bool whole);
    // Checkpoints by the writer that left the log copied whole (see the class comment).
    quint64 restarts() const;
    // The row of `PRAGMA wal_checkpoint` (busy, frames in the log, frames copied): whether it
    // ran and left every frame of the log in the database file.
    static bool copiedWhole(const QVariant& busy, const QVariant& logFrames, const QVariant& copiedFrames);

    // Short, so that each checkpoint copies and syncs few pages: a checkpoint's sync of the
    // database file shares the disk with the writer's sync of the log, and a long one delays the
    // commits behind it. Durable p99 at 2,000 msg/s (this constant changed by hand, then
    // `bench_routing --targets full`, 2 runs each): 50 ms 8.0-8.8
    // ms, 20 ms 5.5-8.8, 10 ms 4.5-5.8, 5 ms 4.0-4.8, 2 ms 4.3-4.4; the saturated rate stayed
    // within 8,300-9,100 msg/s (8,900-9,100 at 50 ms: perhaps a few per cent, within the noise).
    static constexpr int kGatherMs = 5;
    // After a failed checkpoint (the file gone, the disk full), before the next try.
    static constexpr int kRetryMs = 1000;
    // A log of this many pages (16 MB of 4 KB pages) is started again from its beginning.
    static constexpr qint64 kRestartFrames = 4096;

private:
    struct Copied {
        bool whole = false;   // every frame of the log is in the database file
        bool failed = false;
        qint64 frames = 0;    // in the log
    };
    void run(const QString& path, const QString& synchronous);
    Copied checkpoint(const QString& connection);

    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    // Set by the thread once it has tried to open its connection.
    bool m_opened = false;
    QString m_openError;
    quint64 m_commits = 0;
    quint64 m_checkpointed = 0;
    quint64 m_restarts = 0;
    std::atomic<bool> m_wantsWriterCheckpoint = false;
};

} // namespace agentdesk::server
