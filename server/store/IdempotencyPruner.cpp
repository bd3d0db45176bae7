#include "store/IdempotencyPruner.h"

#include "store/Database.h"
#include "store/IdempotencyStore.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKeys, "agentdesk.server.db.keys")

namespace agentdesk::server {

namespace {
// Between two slices of a backlog: long enough for the requests waiting to go first.
constexpr int kSliceGapMs = 20;
} // namespace

IdempotencyPruner::IdempotencyPruner(Database& db, IdempotencyStore& keys, qint64 retentionMs, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_keys(keys)
    , m_retentionMs(retentionMs)
    , m_intervalMs(intervalMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdempotencyPruner::onTimer);
}

int IdempotencyPruner::pruneSlice(qint64 now)
{
    try {
        WriteTransaction tx(m_db);
        const int pruned = m_keys.pruneBefore(now - m_retentionMs, kSlice);
        tx.commit();
        return pruned;
    } catch (const DatabaseError& e) {
        qCWarning(lcKeys) << "could not delete expired idempotency keys:" << e.what();
        return -1;
    }
}

void IdempotencyPruner::onTimer()
{
    // Requests run to their end on this thread, so no transaction is open here; the database may be
    // closed, while the server stops.
    const int pruned = m_db.isOpen() ? pruneSlice(QDateTime::currentMSecsSinceEpoch()) : 0;
    if (pruned > 0)
        qCDebug(lcKeys) << pruned << "expired idempotency keys deleted";
    m_timer.start(pruned == kSlice ? kSliceGapMs : m_intervalMs);
}

} // namespace agentdesk::server
