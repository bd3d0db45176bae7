#include "store/EventLog.h"

#include "store/Database.h"

#include <QDateTime>
#include <QHash>

namespace agentdesk::server {

namespace {
// Pruning runs every this many events of a stream, not on every append.
constexpr qint64 kPruneEvery = 128;
} // namespace

EventLog::EventLog(Database& db, qint64 retention)
    : m_db(db)
    , m_retention(std::max<qint64>(retention, 1))
{
    m_db.addBeforeCommit(this, [this] { storePending(); });
}

EventLog::~EventLog()
{
    m_db.removeBeforeCommit(this);
}

bool EventLog::inTransaction() const
{
    return m_db.inTransaction();
}

QString EventLog::staffStream(qint64 userId)
{
    return QStringLiteral("s:%1").arg(userId);
}

QString EventLog::customerStream(qint64 customerId)
{
    return QStringLiteral("c:%1").arg(customerId);
}

void EventLog::number(const QHash<QString, std::vector<Appended*>>& byStream)
{
    // One statement (SQLite 3.35+, PostgreSQL) takes the numbers of the new events of up to
    // sql::kRowsPerStatement streams: a group of messages from different customers has about as
    // many streams as messages. The streams' rows stay locked until the commit.
    for (auto it = byStream.cbegin(); it != byStream.cend();) {
        QVariantList values;
        size_t count = 0;
        for (; it != byStream.cend() && count < sql::kRowsPerStatement; ++it, ++count)
            values << it.key() << qint64(it->size());
        sql::Rows heads = m_db.exec(QStringLiteral("INSERT INTO streams (name, head) VALUES %1 ON CONFLICT (name)"
                                                   " DO UPDATE SET head = streams.head + excluded.head RETURNING name, head")
                                        .arg(sql::placeholderRows(2, count)),
                                    values);
        size_t numbered = 0;
        while (heads.next()) {
            const auto events = byStream.constFind(heads.value(0).toString());
            if (events == byStream.cend())
                throw DatabaseError("the numbering of the events returned an unknown stream");
            qint64 seq = heads.value(1).toLongLong() - qint64(events->size());
            for (Appended* event : *events) {
                event->seq = ++seq;
                event->frame = protocol::FrameCodec::withSeq(event->frame, event->seq);
            }
            ++numbered;
        }
        if (numbered != count)
            throw DatabaseError(QStringLiteral("the numbering of the events returned %1 streams of %2").arg(numbered).arg(count).toStdString());
    }
}

void EventLog::storePending()
{
    std::vector<Appended*> rows;
    QHash<QString, std::vector<Appended*>> byStream;  // in the order appended
    for (size_t i = m_stored; i < m_unpublished.size(); ++i) {
        if (m_unpublished[i].seq == kUnnumbered) {
            rows.push_back(&m_unpublished[i]);
            byStream[m_unpublished[i].stream].push_back(&m_unpublished[i]);
        }
    }
    m_stored = m_unpublished.size();
    number(byStream);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (size_t from = 0; from < rows.size(); from += sql::kRowsPerStatement) {
        const size_t count = std::min(sql::kRowsPerStatement, rows.size() - from);
        QVariantList values;
        values.reserve(qsizetype(count * 4));
        for (size_t i = from; i < from + count; ++i)
            values << rows[i]->stream << rows[i]->seq << QString::fromUtf8(rows[i]->frame) << now;
        m_db.exec(QStringLiteral("INSERT INTO events (stream, seq, frame, created_at) VALUES %1").arg(sql::placeholderRows(4, count)),
                  values);
    }
    for (const Appended* event : rows)
        prune(*event);
}

void EventLog::prune(const Appended& event)
{
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
