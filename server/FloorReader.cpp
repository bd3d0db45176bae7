#include "FloorReader.h"

#include "coupon/CouponPolicy.h"
#include "store/Database.h"
#include "store/Directory.h"
#include "store/FloorStore.h"
#include "supervisor/FloorFigures.h"

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

void FloorReader::read(FloorQuery query, QObject* context, Done done)
{
    QMetaObject::invokeMethod(m_worker, [this, query = std::move(query), context, done = std::move(done)]() mutable {
        std::optional<FloorReading> reading;
        QString error;
        Database& db = m_connection->db;
        try {
            // One snapshot of the database for all of the floor's statements, so that a commit
            // between two of them cannot make the floor disagree with itself.
            db.beginRead();
            reading = readFloor(m_connection->floor, m_connection->directory, query);
            db.commit();
        } catch (const DatabaseError& e) {
            error = QString::fromUtf8(e.what());
            reading.reset();
            try {
                db.rollback();
            } catch (const DatabaseError&) {
            }
        }
        QMetaObject::invokeMethod(context, [reading = std::move(reading), error, done = std::move(done)] {
            done(reading, error);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

} // namespace agentdesk::server
