#include "supervisor/FloorWatch.h"

#include "protocol/IdempotencyKey.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QPointer>

#include <memory>

namespace agentdesk::app {

using namespace protocol;

FloorWatch::FloorWatch(SyncEngine& engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
    connect(&m_engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        // The server forgets watchers with their connection: watch again on each new one.
        if (state == SyncEngine::State::Online && m_running)
            watchNow();
    });
    connect(&m_engine, &SyncEngine::transientEvent, this, &FloorWatch::onEvent);
}

void FloorWatch::start(qint64 teamId)
{
    m_running = true;
    m_team = teamId;
    if (m_engine.state() == SyncEngine::State::Online)
        watchNow();
}

void FloorWatch::stop()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_round;
    if (m_engine.state() == SyncEngine::State::Online)
        m_engine.client().request(protocol::FloorWatch{0, true});
}

void FloorWatch::watchNow()
{
    const int round = ++m_round;
    m_engine.client().request(protocol::FloorWatch{m_team, false}, [this, round](const Frame& reply) {
        if (round != m_round)
            return;
        if (const auto* ok = reply.as<FloorWatchOk>()) {
            m_teams = ok->teams;
            emit teamsChanged();
            if (ok->snapshot)
                onSnapshot(*ok->snapshot);
        } else if (const auto* error = reply.as<protocol::Error>()) {
            emit problem(tr("The floor cannot be watched: %1").arg(error->message));
        }
    });
}

void FloorWatch::onSnapshot(const FloorSnapshot& snapshot)
{
    m_clockOffset = snapshot.at - QDateTime::currentMSecsSinceEpoch();
    m_floor = snapshot;
    emit floorChanged();
}

void FloorWatch::onEvent(const Frame& event)
{
    if (!m_running)
        return;
    if (const auto* update = event.as<FloorUpdated>()) {
        // After a switch of team, the old team's last pushes may still arrive.
        if (m_team == 0 || update->snapshot.teamId == m_team)
            onSnapshot(update->snapshot);
    } else if (const auto* alarm = event.as<FloorAlert>()) {
        if (m_floor && alarm->conversation.teamId == m_floor->teamId)
            emit alert(alarm->conversation);
    }
}

qint64 FloorWatch::serverNow() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffset;
}

const ConversationInfo* FloorWatch::conversation(qint64 id) const
{
    if (!m_floor)
        return nullptr;
    for (const ConversationInfo& c : m_floor->conversations) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QString FloorWatch::keyFor(const QString& slot)
{
    if (!m_keys.contains(slot))
        m_keys.insert(slot, newIdempotencyKey());
    return m_keys.value(slot);
}

void FloorWatch::setCapacity(qint64 agentId, int capacity, Done done)
{
    if (m_engine.state() != SyncEngine::State::Online) {
        done(tr("You are offline; changing a capacity needs the connection."));
        return;
    }
    const QString slot = QStringLiteral("capacity:%1:%2").arg(agentId).arg(capacity);
    m_engine.client().request(AgentCapacitySet{keyFor(slot), agentId, capacity},
                              [this, slot, done = std::move(done)](const Frame& reply) {
                                  const auto* error = reply.as<protocol::Error>();
                                  if (!error || !ProtocolClient::isTransient(*error))
                                      m_keys.remove(slot);
                                  done(error ? error->message : QString());
                              });
}

void FloorWatch::broadcast(const QString& text, Done done)
{
    if (m_engine.state() != SyncEngine::State::Online) {
        done(tr("You are offline; a notice needs the connection."));
        return;
    }
    const QString slot = QStringLiteral("broadcast:%1:%2").arg(teamId()).arg(text);
    m_engine.client().request(TeamBroadcast{keyFor(slot), teamId(), text},
                              [this, slot, done = std::move(done)](const Frame& reply) {
                                  const auto* error = reply.as<protocol::Error>();
                                  if (!error || !ProtocolClient::isTransient(*error))
                                      m_keys.remove(slot);
                                  done(error ? error->message : QString());
                              });
}

void FloorWatch::actionsPage(const ActionsList& request, std::function<void(const ActionsListOk*, const QString&)> handler)
{
    if (m_engine.state() != SyncEngine::State::Online) {
        handler(nullptr, tr("You are offline; the action log needs the connection."));
        return;
    }
    m_engine.client().request(request, [handler = std::move(handler)](const Frame& reply) {
        if (const auto* ok = reply.as<ActionsListOk>())
            handler(ok, {});
        else
            handler(nullptr, reply.as<protocol::Error>()->message);
    });
}

void FloorWatch::allActions(qint64 since, qint64 until,
                            std::function<void(const std::vector<StaffAction>&, const QString&)> handler)
{
    auto rows = std::make_shared<std::vector<StaffAction>>();
    auto next = std::make_shared<std::function<void(qint64)>>();
    // The page handler refers to itself through `next`; the chain ends with the last page.
    QPointer<FloorWatch> self(this);
    *next = [self, since, until, rows, next, handler = std::move(handler)](qint64 beforeId) {
        if (!self)
            return;
        self->actionsPage(ActionsList{since, until, beforeId, 1000}, [rows, next, handler](const ActionsListOk* page, const QString& error) {
            if (!page) {
                handler(*rows, error);
                *next = nullptr;
                return;
            }
            rows->insert(rows->end(), page->entries.begin(), page->entries.end());
            if (page->more && !page->entries.empty()) {
                (*next)(page->entries.back().id);
            } else {
                handler(*rows, {});
                *next = nullptr;
            }
        });
    };
    (*next)(0);
}

void FloorWatch::kpiReport(qint64 since, qint64 until, const QString& queue,
                           std::function<void(const KpiReportOk*, const QString&)> handler)
{
    if (m_engine.state() != SyncEngine::State::Online) {
        handler(nullptr, tr("You are offline; reports need the connection."));
        return;
    }
    m_engine.client().request(KpiReport{teamId(), since, until, queue}, [handler = std::move(handler)](const Frame& reply) {
        if (const auto* ok = reply.as<KpiReportOk>())
            handler(ok, {});
        else
            handler(nullptr, reply.as<protocol::Error>()->message);
    });
}

} // namespace agentdesk::app
