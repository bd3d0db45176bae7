#include "FloorMonitor.h"

#include "ServerContext.h"
#include "coupon/CouponPolicy.h"
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
}

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
    FloorSnapshot s;
    s.teamId = teamId;
    s.teamName = m_ctx.directory.teamName(teamId);
    s.at = QDateTime::currentMSecsSinceEpoch();
    s.slaMs = m_ctx.config.slaMs;
    s.conversations = m_ctx.floor.openConversations(teamId, kSnapshotLimit, &s.waitingTotal, &s.truncated);
    s.agents = m_ctx.floor.agents(teamId, CouponPolicy::dayStart(s.at, m_ctx.config.shopTimeZone),
                                  [this](qint64 id) { return m_ctx.hub.isStaffConnected(id); });
    s.pendingApprovals = m_ctx.floor.pendingApprovals(teamId);
    // The whole queue's clocks, read once: for its queues' figures here, for the alerts in track().
    std::vector<ConversationInfo>& clocks = m_clocks[teamId];
    clocks = m_ctx.floor.waitingClocks(teamId);
    s.queues = FloorFigures::queuesOf(clocks, m_ctx.directory.teamTopics(teamId));
    s.timeZone = QString::fromUtf8(m_ctx.config.shopTimeZone.id());
    return s;
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
        const QString topic = Hub::floorTopic(team);
        if (!m_ctx.hub.hasSubscribers(topic)) {
            m_breached.remove(team);
            m_nextBreach.remove(team);
            m_clocks.remove(team);
            continue;
        }
        try {
            FloorSnapshot s = snapshot(team);
            track(s, true);
            m_ctx.hub.publishTopic(topic, FrameCodec::encode(FloorUpdated{std::move(s)}));
        } catch (const DatabaseError& e) {
            qCWarning(lcFloor) << "cannot read the floor of team" << team << ", retrying:" << e.what();
            m_dirty.insert(team);
            QTimer::singleShot(1000, this, [this] {
                if (!m_coalesce.isActive())
                    m_coalesce.start();
            });
        }
    }
    rearm();
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
