#include "store/EventLog.h"

#include "store/Database.h"

#include <QDateTime>

namespace agentdesk::server {

namespace {
// Pruning runs every this many events of a stream, not on every append.
constexpr qint64 kPruneEvery = 128;
} // namespace

EventLog::EventLog(Database& db, qint64 retention)
    : m_db(db)
    , m_retention(std::max<qint64>(retention, 1))
{
}

QString EventLog::staffStream(qint64 userId)
{
    return QStringLiteral("s:%1").arg(userId);
}

QString EventLog::customerStream(qint64 customerId)
{
    return QStringLiteral("c:%1").arg(customerId);
}

qint64 EventLog::nextSeq(const QString& stream)
{
    // One statement (SQLite 3.35+, PostgreSQL): four events a message made this a fifth of the
    // statements a message runs.
    return m_db.scalar(QStringLiteral("INSERT INTO streams (name, head) VALUES (?, 1)"
                                      " ON CONFLICT (name) DO UPDATE SET head = streams.head + 1 RETURNING head"),
                       {stream}).toLongLong();
}

void EventLog::store(const Appended& event)
{
    m_db.exec(QStringLiteral("INSERT INTO events (stream, seq, frame, created_at) VALUES (?, ?, ?, ?)"),
              {event.stream, event.seq, QString::fromUtf8(event.frame), QDateTime::currentMSecsSinceEpoch()});
    if (event.seq % kPruneEvery == 0 && event.seq > m_retention) {
        const qint64 newFloor = event.seq - m_retention;
        m_db.exec(QStringLiteral("DELETE FROM events WHERE stream = ? AND seq <= ?"), {event.stream, newFloor});
        m_db.exec(QStringLiteral("UPDATE streams SET floor = ? WHERE name = ?"), {newFloor, event.stream});
    }
}

qint64 EventLog::head(const QString& stream)
{
    return m_db.scalar(QStringLiteral("SELECT head FROM streams WHERE name = ?"), {stream}).toLongLong();
}

qint64 EventLog::floor(const QString& stream)
{
    return m_db.scalar(QStringLiteral("SELECT floor FROM streams WHERE name = ?"), {stream}).toLongLong();
}

qint64 EventLog::bytesAfter(const QString& stream, qint64 since)
{
    // Bytes, not characters: a CJK character is 3 of them in UTF-8.
    const QString bytes = m_db.dialect() == Database::Dialect::Sqlite ? QStringLiteral("LENGTH(CAST(frame AS BLOB))")
                                                                      : QStringLiteral("OCTET_LENGTH(frame)");
    return m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(%1), 0) FROM events WHERE stream = ? AND seq > ?").arg(bytes),
                       {stream, since}).toLongLong();
}

std::vector<QByteArray> EventLog::after(const QString& stream, qint64 since, int limit)
{
    std::vector<QByteArray> out;
    sql::Rows q = m_db.exec(
        QStringLiteral("SELECT frame FROM events WHERE stream = ? AND seq > ? ORDER BY seq LIMIT ?"),
        {stream, since, limit});
    while (q.next())
        out.push_back(q.value(0).toString().toUtf8());
    return out;
}

} // namespace agentdesk::server
