#pragma once

#include "protocol/FrameCodec.h"

#include <QByteArray>
#include <QtCore/qcontainerfwd.h>
#include <QString>

#include <algorithm>
#include <span>
#include <utility>
#include <vector>

namespace agentdesk::server {

class Database;

// The per-stream event log. Each principal has one stream ("s:12" for staff user 12, "c:40" for
// customer 40); an event's sequence number is taken in the transaction that stores it, so the
// numbers of a stream have no gaps. Old events are pruned beyond a retention count; a client
// that asks for pruned events is told to reload a snapshot.
class EventLog {
public:
    struct Appended {
        QString stream;  // or a hub topic, for a transient event
        qint64 seq = 0;  // 0: transient; kUnnumbered until the transaction is about to commit
        QByteArray frame;
    };

    EventLog(Database& db, qint64 retention);
    ~EventLog();
    EventLog(const EventLog&) = delete;
    EventLog& operator=(const EventLog&) = delete;

    static QString staffStream(qint64 userId);
    static QString customerStream(qint64 customerId);

    static constexpr qint64 kUnnumbered = -1;

    // Inside a write transaction. The event waits in unpublished() until the transaction has
    // committed and it is handed to the hub, or is discarded with a rollback. It is numbered and
    // its row written with the transaction's other events just before the commit: one statement
    // per 64 streams for the numbers, one per 64 rows (a statement per event, and one per number,
    // were a quarter of a message's cost). Outside a transaction, at once.
    template <class T>
    void append(const QString& stream, T payload)
    {
        m_unpublished.push_back(Appended{stream, kUnnumbered, protocol::FrameCodec::encode(std::move(payload))});
        if (!inTransaction())
            storePending();
    }
    // Not stored and without a sequence: for the sessions watching a hub topic, after the same
    // commit as the stored events.
    template <class T>
    void appendTransient(const QString& topic, T payload)
    {
        m_unpublished.push_back(Appended{topic, 0, protocol::FrameCodec::encode(std::move(payload), {}, 0)});
    }
    std::vector<Appended> takeUnpublished()
    {
        m_announced = 0;
        m_stored = 0;
        return std::exchange(m_unpublished, {});
    }
    void discardUnpublished()
    {
        m_announced = 0;
        m_stored = 0;
        m_unpublished.clear();
    }
    // For a request rolled back to its savepoint within a larger transaction.
    size_t unpublishedCount() const { return m_unpublished.size(); }
    void discardUnpublishedFrom(size_t mark)
    {
        m_unpublished.resize(std::min(mark, m_unpublished.size()));
        m_announced = std::min(m_announced, m_unpublished.size());
        m_stored = std::min(m_stored, m_unpublished.size());
    }
    // The events appended since the last call, for the other server instances (Cluster), while
    // they stay unpublished here until the commit.
    std::span<const Appended> takeUnannounced()
    {
        const std::span<const Appended> out = std::span(m_unpublished).subspan(m_announced);
        m_announced = m_unpublished.size();
        return out;
    }

    qint64 head(const QString& stream);
    // The highest sequence number pruned: events after it can be replayed.
    qint64 floor(const QString& stream);
    std::vector<QByteArray> after(const QString& stream, qint64 since, int limit);
    // The size of the events after `since`, as sent.
    qint64 bytesAfter(const QString& stream, qint64 since);

private:
    bool inTransaction() const;
    // Numbers the events appended since the last call and writes their rows (Database's
    // before-commit hook).
    void storePending();
    void number(const QHash<QString, std::vector<Appended*>>& byStream);
    void prune(const Appended& event);

    Database& m_db;
    qint64 m_retention;
    std::vector<Appended> m_unpublished;
    size_t m_announced = 0;
    size_t m_stored = 0;  // the unpublished events before this one have their rows written
};

} // namespace agentdesk::server
