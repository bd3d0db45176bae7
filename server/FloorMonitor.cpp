#include "FloorMonitor.h"

#include "FloorReader.h"
#include "ServerContext.h"
#include "net/Cluster.h"
#include "supervisor/FloorFigures.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcFloor, "agentdesk.server.floor")

namespace agentdesk::server {

using namespace protocol;

FloorMonitor::FloorMonitor(ServerContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &FloorMonitor::flush);
    m_breachTimer.setSingleShot(true);
    m_breachTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_breachTimer, &QTimer::timeout, this, &FloorMonitor::onBreachTimer);
    QString error;
    m_reader = FloorReader::start(m_ctx.config.database, &error);
    if (!m_reader)
        qCInfo(lcFloor) << "floors are read on the server's thread:" << error;
}

FloorMonitor::~FloorMonitor() = default;

void FloorMonitor::touch(qint64 teamId)
{
    if (teamId > 0 && m_ctx.cluster)
        m_ctx.cluster->touchFloor(teamId);
    touchHere(teamId);
}

void FloorMonitor::touchHere(qint64 teamId)
{
    if (teamId <= 0)
        return;
    if (!m_ctx.hub.hasSubscribers(Hub::floorTopic(teamId))) {
        // Nobody watches: what was alerted is forgotten, so that the next watcher's first
        // snapshot sets the breach timer again.
        m_breached.remove(teamId);
        m_nextBreach.remove(teamId);
        m_clocks.remove(teamId);
        return;
    }
    m_dirty.insert(teamId);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

FloorSnapshot FloorMonitor::snapshot(qint64 teamId)
{
    FloorReading reading = readFloor(m_ctx.floor, m_ctx.directory, query(teamId));
    m_clocks.insert(teamId, std::move(reading.clocks));
    return std::move(reading.snapshot);
}

FloorQuery FloorMonitor::query(qint64 teamId) const
{
    FloorQuery q;
    q.teamId = teamId;
    q.at = QDateTime::currentMSecsSinceEpoch();
    q.slaMs = m_ctx.config.slaMs;
    q.timeZone = m_ctx.config.shopTimeZone;
    q.connectedStaff = m_ctx.hub.connectedStaff();
    return q;
}

void FloorMonitor::watched(const FloorSnapshot& snapshot)
{
    if (!m_breached.contains(snapshot.teamId))
        track(snapshot, false);
}

void FloorMonitor::flush()
{
    const QSet<qint64> teams = std::exchange(m_dirty, {});
    for (qint64 team : teams) {
        if (!m_ctx.hub.hasSubscribers(Hub::floorTopic(team))) {
            m_breached.remove(team);
            m_nextBreach.remove(team);
            m_clocks.remove(team);
            continue;
        }
        if (!m_reader) {
            try {
                received(team, readFloor(m_ctx.floor, m_ctx.directory, query(team)), {});
            } catch (const DatabaseError& e) {
                received(team, std::nullopt, QString::fromUtf8(e.what()));
            }
            continue;
        }
        // One read per team at a time; a touch meanwhile is read after it.
        if (m_reading.contains(team)) {
            m_dirty.insert(team);
            continue;
        }
        m_reading.insert(team);
        m_reader->read(query(team), this, [this, team](std::optional<FloorReading> reading, const QString& error) {
            m_reading.remove(team);
            received(team, std::move(reading), error);
            // Touched while it was read: read again.
            if (m_dirty.contains(team) && !m_coalesce.isActive())
                m_coalesce.start();
        });
    }
    rearm();
}

void FloorMonitor::received(qint64 teamId, std::optional<FloorReading> reading, const QString& error)
{
    if (reading) {
        push(teamId, std::move(*reading));
        return;
    }
    qCWarning(lcFloor) << "cannot read the floor of team" << teamId << ", retrying:" << error;
    retryLater(teamId);
}

void FloorMonitor::push(qint64 teamId, FloorReading reading)
{
    const QString topic = Hub::floorTopic(teamId);
    // The last watcher may have left while it was read.
    if (!m_ctx.hub.hasSubscribers(topic))
        return;
    m_clocks.insert(teamId, std::move(reading.clocks));
    track(reading.snapshot, true);
    // A watcher too far behind gets a fresher one later, when its link has caught up.
    // (Not at once: the others would get the same floor again every coalescing interval.)
    if (m_ctx.hub.publishReplaceable(topic, FrameCodec::encode(FloorUpdated{std::move(reading.snapshot)})) > 0)
        retryLater(teamId);
}

void FloorMonitor::retryLater(qint64 teamId)
{
    m_dirty.insert(teamId);
    QTimer::singleShot(1000, this, [this] {
        if (!m_coalesce.isActive())
            m_coalesce.start();
    });
}

void FloorMonitor::track(const FloorSnapshot& s, bool alert)
{
    QSet<qint64> breached;
    qint64 next = std::numeric_limits<qint64>::max();
    static const std::vector<ConversationInfo> kNone;
    const auto found = m_clocks.constFind(s.teamId);
    for (const ConversationInfo& clock : found != m_clocks.cend() ? *found : kNone) {
        const qint64 at = FloorFigures::breachAt(clock, s.slaMs);
        if (at <= 0)
            continue;
        if (at <= s.at) {
            breached.insert(clock.id);
            if (alert && !m_breached.value(s.teamId).contains(clock.id)) {
                if (const auto c = m_ctx.conversations.conversation(clock.id))
                    m_ctx.hub.publishTopic(Hub::floorTopic(s.teamId), FrameCodec::encode(FloorAlert{*c, s.slaMs}));
            }
        } else {
            next = std::min(next, at);
        }
    }
    m_breached.insert(s.teamId, breached);
    if (next == std::numeric_limits<qint64>::max())
        m_nextBreach.remove(s.teamId);
    else
        m_nextBreach.insert(s.teamId, next);
    rearm();
}

void FloorMonitor::rearm()
{
    if (m_nextBreach.isEmpty()) {
        m_breachTimer.stop();
        return;
    }
    const qint64 next = *std::min_element(m_nextBreach.cbegin(), m_nextBreach.cend());
    const qint64 wait = std::max<qint64>(0, next - QDateTime::currentMSecsSinceEpoch());
    m_breachTimer.start(int(std::min<qint64>(wait, 24LL * 3600 * 1000)));
}

void FloorMonitor::onBreachTimer()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> due;
    for (auto it = m_nextBreach.cbegin(); it != m_nextBreach.cend(); ++it) {
        if (it.value() <= now)
            due << it.key();
    }
    // Until their snapshots are read again, these teams have no next breach. (touch() may
    // change the hash: not while iterating it.)
    for (qint64 team : due) {
        m_nextBreach.remove(team);
        touchHere(team);
    }
    rearm();
}

} // namespace agentdesk::server
