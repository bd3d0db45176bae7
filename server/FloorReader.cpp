#include "FloorReader.h"

#include "coupon/CouponPolicy.h"
#include "store/Database.h"
#include "store/Directory.h"
#include "store/FloorStore.h"
#include "supervisor/FloorFigures.h"
#include "supervisor/KpiFormulas.h"

namespace agentdesk::server {

using namespace protocol;

FloorReading readFloor(FloorStore& floor, Directory& directory, const FloorQuery& query)
{
    FloorReading reading;
    FloorSnapshot& s = reading.snapshot;
    s.teamId = query.teamId;
    s.teamName = directory.teamName(query.teamId);
    s.at = query.at;
    s.slaMs = query.slaMs;
    s.conversations = floor.openConversations(query.teamId, kFloorSnapshotLimit, &s.waitingTotal, &s.truncated);
    s.agents = floor.agents(query.teamId, CouponPolicy::dayStart(s.at, query.timeZone),
                            [&](qint64 id) { return query.connectedStaff.contains(id); });
    s.pendingApprovals = floor.pendingApprovals(query.teamId);
    reading.clocks = floor.waitingClocks(query.teamId);
    s.queues = FloorFigures::queuesOf(reading.clocks, directory.teamTopics(query.teamId));
    s.timeZone = QString::fromUtf8(query.timeZone.id());
    return reading;
}

void readKpis(FloorStore& floor, const KpiQuery& query, KpiReportOk& report)
{
    report.agents = floor.kpis(query.teamId, query.queue, query.since, query.until, query.conversionWindowMs, query.fcrWindowMs);
    constexpr qint64 kMinute = 60LL * 1000;
    constexpr qint64 kHour = 60 * kMinute;
    const qint64 to = query.until - query.until % kMinute + kMinute;
    const auto stays = floor.queueStays(query.teamId, query.queue, to - kHour, to);
    report.waiting = KpiFormulas::waitingSeries(stays, to - kHour, to, kMinute);
}

struct FloorReader::Connection {
    Database db;
    Directory directory{db};
    FloorStore floor{db};
};

FloorReader::FloorReader() = default;

std::unique_ptr<FloorReader> FloorReader::start(const QString& location, QString* error)
{
    std::unique_ptr<FloorReader> reader(new FloorReader);
    reader->m_worker = new QObject;
    reader->m_worker->moveToThread(&reader->m_thread);
    reader->m_thread.setObjectName(QStringLiteral("floor reader"));
    reader->m_thread.start();
    QString failure;
    FloorReader* self = reader.get();
    QMetaObject::invokeMethod(reader->m_worker, [self, location, &failure] {
        auto connection = std::make_unique<Connection>();
        if (!connection->db.openForReading(location)) {
            failure = connection->db.errorString();
            return;
        }
        self->m_connection = connection.release();
    }, Qt::BlockingQueuedConnection);
    if (!self->m_connection) {
        *error = failure;
        return nullptr;
    }
    return reader;
}

FloorReader::~FloorReader()
{
    if (m_thread.isRunning()) {
        // The connection is closed in the thread that opened it, after any read under way.
        QMetaObject::invokeMethod(m_worker, [this] {
            delete m_connection;
            m_connection = nullptr;
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_worker;
}

template <class Result>
void FloorReader::run(std::function<Result(Connection&)> work, QObject* context,
                      std::function<void(std::optional<Result>, const QString&)> done)
{
    QMetaObject::invokeMethod(m_worker, [this, work = std::move(work), context, done = std::move(done)]() mutable {
        std::optional<Result> result;
        QString error;
        Database& db = m_connection->db;
        try {
            // One snapshot of the database for all of the statements, so that a commit between
            // two of them cannot make the result disagree with itself.
            db.beginRead();
            result = work(*m_connection);
            db.commit();
        } catch (const DatabaseError& e) {
            error = QString::fromUtf8(e.what());
            result.reset();
            try {
                db.rollback();
            } catch (const DatabaseError&) {
            }
        }
        QMetaObject::invokeMethod(context, [result = std::move(result), error, done = std::move(done)] {
            done(result, error);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void FloorReader::read(FloorQuery query, QObject* context, Done done)
{
    run<FloorReading>([query = std::move(query)](Connection& c) { return readFloor(c.floor, c.directory, query); }, context,
                      std::move(done));
}

void FloorReader::readKpis(KpiQuery query, KpiReportOk report, QObject* context, KpisDone done)
{
    run<KpiReportOk>([query = std::move(query), report = std::move(report)](Connection& c) mutable {
        agentdesk::server::readKpis(c.floor, query, report);
        return report;
    }, context, std::move(done));
}

} // namespace agentdesk::server
