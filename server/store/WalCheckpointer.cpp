#include "store/WalCheckpointer.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <chrono>

Q_LOGGING_CATEGORY(lcCheckpoint, "agentdesk.server.db.checkpoint")

namespace agentdesk::server {
namespace {
QAtomicInteger<int> g_checkpointerCounter;
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

bool WalCheckpointer::start(const QString& path, const QString& synchronous, QString* error)
{
    stop();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
        m_opened = false;
        m_openError.clear();
        m_commits = 0;
        m_checkpointed = 0;
        m_restarts = 0;
    }
    m_wantsWriterCheckpoint = false;
    m_thread = std::thread([this, path, synchronous] { run(path, synchronous); });
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return m_opened; });
    if (m_openError.isEmpty())
        return true;
    *error = m_openError;
    lock.unlock();
    m_thread.join();
    return false;
}

void WalCheckpointer::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WalCheckpointer::committed()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_commits;
    }
    m_wake.notify_all();
}

quint64 WalCheckpointer::commits() const
{
    std::lock_guard lock(m_mutex);
    return m_commits;
}

quint64 WalCheckpointer::checkpointedCommits() const
{
    std::lock_guard lock(m_mutex);
    return m_checkpointed;
}

void WalCheckpointer::writerCheckpointed(bool whole)
{
    if (!whole)
        return;  // tried again after the next commit
    m_wantsWriterCheckpoint = false;
    std::lock_guard lock(m_mutex);
    ++m_restarts;
}

bool WalCheckpointer::copiedWhole(const QVariant& busy, const QVariant& logFrames, const QVariant& copiedFrames)
{
    return busy.toInt() == 0 && logFrames.toLongLong() == copiedFrames.toLongLong();
}

quint64 WalCheckpointer::restarts() const
{
    std::lock_guard lock(m_mutex);
    return m_restarts;
}

void WalCheckpointer::run(const QString& path, const QString& synchronous)
{
    const QString connection = QStringLiteral("agentdesk-checkpoint-%1").arg(g_checkpointerCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QString failure;
        if (!db.open()) {
            failure = db.lastError().text().trimmed();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA synchronous=%1").arg(synchronous)))
                failure = q.lastError().text().trimmed();
        }
        std::unique_lock lock(m_mutex);
        m_opened = true;
        m_openError = failure.isEmpty() ? QString() : QStringLiteral("cannot open %1 for checkpoints: %2").arg(path, failure);
        m_wake.notify_all();
        if (failure.isEmpty()) {
            quint64 seen = 0;
            while (true) {
                m_wake.wait(lock, [&] { return m_stopping || m_commits != seen; });
                if (m_stopping)
                    break;
                // The commits of the next moments are copied by the same checkpoint.
                m_wake.wait_for(lock, std::chrono::milliseconds(kGatherMs), [this] { return m_stopping; });
                if (m_stopping)
                    break;
                const quint64 upTo = m_commits;
                lock.unlock();
                const Copied copied = checkpoint(connection);
                // Whole or not: under steady commits this checkpoint is rarely whole (the
                // commits made while it ran are still to be copied), and a log kept from
                // starting again by a reader stays long after the reader is gone.
                if (!copied.failed && copied.frames >= kRestartFrames)
                    m_wantsWriterCheckpoint = true;
                lock.lock();
                // A log not copied whole (a reader still needed its end) is tried again.
                if (copied.whole) {
                    seen = upTo;
                    m_checkpointed = upTo;
                } else if (copied.failed) {
                    m_wake.wait_for(lock, std::chrono::milliseconds(kRetryMs), [this] { return m_stopping; });
                }
            }
        }
        lock.unlock();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

WalCheckpointer::Copied WalCheckpointer::checkpoint(const QString& connection)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    const QString statement = QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)");
    Copied copied;
    if (!q.exec(statement) || !q.next()) {
        qCWarning(lcCheckpoint) << statement << "failed, trying again in" << kRetryMs << "ms:" << q.lastError().text().trimmed();
        copied.failed = true;
        return copied;
    }
    copied.frames = q.value(1).toLongLong();
    copied.whole = copiedWhole(q.value(0), q.value(1), q.value(2));
    return copied;
}

} // namespace agentdesk::server
