#pragma once

#include "protocol/FrameCodec.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace agentdesk::app {

class SyncEngine;

// A lead's live view of a team's floor: watches it on the server while running (again after each
// reconnect), keeps the newest snapshot, and passes on the server's SLA alerts. Also the floor's
// actions that are not transfers: an agent's capacity, a notice to the team, the action log.
class FloorWatch : public QObject {
    Q_OBJECT
public:
    explicit FloorWatch(SyncEngine& engine, QObject* parent = nullptr);

    // Watches the team (0: my own) now or as soon as online, until stop().
    void start(qint64 teamId = 0);
    void stop();
    bool running() const { return m_running; }
    qint64 teamId() const { return m_floor ? m_floor->teamId : m_team; }
    const std::optional<protocol::FloorSnapshot>& floor() const { return m_floor; }
    const std::vector<protocol::Team>& teams() const { return m_teams; }
    // The server's clock, as of the last snapshot: waits tick from it.
    qint64 serverNow() const;
    const protocol::ConversationInfo* conversation(qint64 id) const;

    // The handler gets an error message, empty on success.
    using Done = std::function<void(const QString& error)>;
    void setCapacity(qint64 agentId, int capacity, Done done);
    void broadcast(const QString& text, Done done);
    void actionsPage(const protocol::ActionsList& request,
                     std::function<void(const protocol::ActionsListOk*, const QString& error)> handler);
    // Every action of [since, until) (0: open-ended), page after page.
    void allActions(qint64 since, qint64 until,
                    std::function<void(const std::vector<protocol::StaffAction>& actions, const QString& error)> handler);
    // The watched team's KPIs for a period.
    // The watched team's KPIs of [since, until), of one queue (a topic) or, empty, the whole team.
    void kpiReport(qint64 since, qint64 until, const QString& queue,
                   std::function<void(const protocol::KpiReportOk*, const QString& error)> handler);

signals:
    void floorChanged();
    void teamsChanged();
    void alert(const agentdesk::protocol::ConversationInfo& conversation);
    void problem(const QString& message);

private:
    void watchNow();
    void onSnapshot(const protocol::FloorSnapshot& snapshot);
    void onEvent(const protocol::Frame& event);
    // The same key for the same action until the server answered it for sure.
    QString keyFor(const QString& slot);

    SyncEngine& m_engine;
    bool m_running = false;
    qint64 m_team = 0;
    int m_round = 0;  // answers to an earlier watch are dropped
    std::optional<protocol::FloorSnapshot> m_floor;
    std::vector<protocol::Team> m_teams;
    qint64 m_clockOffset = 0;
    QHash<QString, QString> m_keys;
};

} // namespace agentdesk::app
