// The supervisor's floor over real sockets: a lead watches their team's floor live (queue, agents,
// load, answers), SLA breaches are alerted once each (also after the floor was watched again),
// who may do what on the floor, monitoring a conversation live and stopping, reassigning and
// taking over (and the action log of it), whispers (notes no customer sees), changing an agent's
// capacity (idempotent, in force at once), and notices broadcast to one team only.
// Bad inputs tried: floor.watch, agent.capacity, team.broadcast, actions.list and
// conversation.monitor from an agent and from a trainer, floor.watch on the customer endpoint, a
// lead watching another team, an admin watching without a team (the first team) and a team that does not
// exist, a lead monitoring / whispering into / transferring a conversation of another team and one
// that does not exist, a lead changing the capacity of an agent of another team, of an admin and of
// nobody, capacities 51 and -1, an idempotency key re-used for another capacity, a notice that is
// empty or only white space or for another team, an admin broadcasting to "my team", agents
// transferring conversations that are not theirs.

#include "FloorMonitor.h"
#include "TestServer.h"
#include "WsClient.h"

#include "supervisor/FloorFigures.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {

// Generous: the machine is slow and shared. Waits end as soon as what they wait for arrives.
constexpr int kWait = 10000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

template <class T>
Frame ask(WsClient& client, T payload)
{
    return client.request(std::move(payload), kWait);
}

// A lead also takes conversations while online; busy, they only supervise (and may be handed
// conversations, which needs them not offline).
bool busy(WsClient& lead)
{
    return ask(lead, PresenceSet{newKey(), PresenceStatus::Busy, 0}).as<PresenceSetOk>() != nullptr;
}

// Every frame the server published before it answers a ping sent now has arrived once the pong
// has: the server is single-threaded and publishes a request's events before it reads the next.
bool barrier(WsClient& client)
{
    return client.request(Ping{}, kWait).as<Pong>() != nullptr;
}

const ConversationInfo* conversationIn(const FloorSnapshot& s, qint64 id)
{
    const auto it = std::find_if(s.conversations.begin(), s.conversations.end(),
                                 [id](const ConversationInfo& c) { return c.id == id; });
    return it == s.conversations.end() ? nullptr : &*it;
}

const FloorAgent* agentIn(const FloorSnapshot& s, qint64 id)
{
    const auto it = std::find_if(s.agents.begin(), s.agents.end(), [id](const FloorAgent& a) { return a.id == id; });
    return it == s.agents.end() ? nullptr : &*it;
}

const FloorAgent* agentNamed(const FloorSnapshot& s, const QString& name)
{
    const auto it = std::find_if(s.agents.begin(), s.agents.end(), [&](const FloorAgent& a) { return a.name == name; });
    return it == s.agents.end() ? nullptr : &*it;
}

// The next floor.updated whose snapshot matches.
std::optional<Frame> waitFloor(WsClient& lead, const std::function<bool(const FloorSnapshot&)>& match, int timeoutMs = kWait)
{
    return lead.waitEvent([&](const Frame& f) {
        const auto* u = f.as<FloorUpdated>();
        return u && match(u->snapshot);
    }, timeoutMs);
}

const FloorSnapshot& snapshotOf(const Frame& frame)
{
    return frame.as<FloorUpdated>()->snapshot;
}

std::optional<Frame> waitAlert(WsClient& lead, qint64 conversationId, int timeoutMs)
{
    return lead.waitEvent([&](const Frame& f) {
        const auto* a = f.as<FloorAlert>();
        return a && (conversationId == 0 || a->conversation.id == conversationId);
    }, timeoutMs);
}

std::optional<Frame> waitUpdate(WsClient& client, qint64 conversationId, qint64 agentId)
{
    return client.waitEvent([&](const Frame& f) {
        const auto* u = f.as<ConversationUpdated>();
        return u && u->conversation.id == conversationId && u->conversation.agentId == agentId;
    }, kWait);
}

std::optional<Frame> waitNote(WsClient& client, qint64 conversationId, const QString& text)
{
    return client.waitEvent([&](const Frame& f) {
        const auto* m = f.as<MessageNew>();
        return m && m->message.conversationId == conversationId && m->message.text == text;
    }, kWait);
}

// Frames received and not yet consumed that are about the conversation.
int framesAbout(const WsClient& client, qint64 conversationId)
{
    return int(std::count_if(client.peekAll().begin(), client.peekAll().end(), [&](const Frame& f) {
        if (const auto* m = f.as<MessageNew>())
            return m->message.conversationId == conversationId;
        if (const auto* u = f.as<ConversationUpdated>())
            return u->conversation.id == conversationId;
        return false;
    }));
}

template <class T>
int framesOf(const WsClient& client)
{
    return int(std::count_if(client.peekAll().begin(), client.peekAll().end(), [](const Frame& f) { return f.as<T>() != nullptr; }));
}

std::vector<StaffAction> actionsOf(WsClient& client, bool* ok)
{
    const Frame frame = ask(client, ActionsList{});
    *ok = frame.as<ActionsListOk>() != nullptr;
    return *ok ? frame.as<ActionsListOk>()->entries : std::vector<StaffAction>{};
}

// Opens a presales (team 1) conversation and waits until the agent has it.
ConversationInfo openAndAssign(WsClient& customer, WsClient& agent, qint64 agentId, const QString& text)
{
    const ConversationInfo c = customer.openConversation(text);
    if (c.id == 0)
        return {};
    const auto assigned = agent.waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.agentId == agentId; },
                                                 kWait);
    return assigned ? *assigned : ConversationInfo{};
}

} // namespace

class TestServerSupervisor : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }
    void cleanup() { m_server.reset(); }

    // Routing respects skills: Emma Brown (agent6, the only aftersales agent online) takes returns
    // and repairs only; a logistics question waits for someone else although it came first, and
    // the lead sees it waiting on the floor.
    void routingRespectsSkills()
    {
        Staff lead = signIn(*m_server, QStringLiteral("lead2"));
        QVERIFY(lead && busy(*lead));
        QVERIFY(ask(*lead, FloorWatch{0, false}).as<FloorWatchOk>());
        Staff emma = signIn(*m_server, QStringLiteral("agent6"));
        QVERIFY(emma);
        auto first = liveCustomer(*m_server, QStringLiteral("demo-0131"));
        auto second = liveCustomer(*m_server, QStringLiteral("demo-0132"));
        const ConversationInfo logistics = first->openConversation(QStringLiteral("Where is my parcel?"), QStringLiteral("logistics"));
        const ConversationInfo returns = second->openConversation(QStringLiteral("I want to return it"), QStringLiteral("returns"));
        QCOMPARE(logistics.teamId, returns.teamId);
        QVERIFY(second->waitConversation([&](const ConversationInfo& c) { return c.id == returns.id && c.agentId == emma.id; }));
        QVERIFY(barrier(*lead));
        QTest::qWait(server::FloorMonitor::kCoalesceMs + 100);
        const Frame floor = ask(*lead, FloorWatch{0, false});
        const auto* ok = floor.as<FloorWatchOk>();
        QVERIFY2(ok && ok->snapshot, describe(floor));
        const ConversationInfo* waiting = conversationIn(*ok->snapshot, logistics.id);
        QVERIFY(waiting);
        QCOMPARE(waiting->status, ConversationStatus::Waiting);
        // Someone who takes every topic comes: the logistics question goes to them.
        Staff wang = signIn(*m_server, QStringLiteral("agent4"));
        QVERIFY(wang);
        QVERIFY(first->waitConversation([&](const ConversationInfo& c) { return c.id == logistics.id && c.agentId == wang.id; }));
    }

    // 1. The snapshot of one's own team, then the queue, the assignment and the first answer as
    // they happen, pushed as floor.updated (sequence 0).
    void aLeadWatchesTheirFloorLive()
    {
        // The pushed floors below are read on the floor reader's own connection.
        QVERIFY(m_server->server().readsFloorsInBackground());
        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        QVERIFY(lead);
        QVERIFY(busy(*lead));
        Staff agent2 = signIn(*m_server, QStringLiteral("agent2"));
        QVERIFY(agent2);

        const Frame watch = ask(*lead, FloorWatch{0, false});
        const auto* ok = watch.as<FloorWatchOk>();
        QVERIFY2(ok, describe(watch));
        QCOMPARE(ok->teams.size(), size_t(1));
        QCOMPARE(ok->teams.front().id, qint64(1));
        QVERIFY(ok->snapshot);
        const FloorSnapshot& s0 = *ok->snapshot;
        QCOMPARE(s0.teamId, qint64(1));
        QCOMPARE(s0.teamName, QStringLiteral("Presales"));
        QCOMPARE(s0.slaMs, qint64(3 * 60 * 1000));
        QVERIFY(s0.conversations.empty());
        QCOMPARE(s0.waitingTotal, 0);
        // The team's queues are its topics, each empty; the shop's zone comes with them.
        QStringList queues;
        for (const FloorQueue& q : s0.queues) {
            queues << q.topic;
            QCOMPARE(q.waiting, 0);
        }
        QCOMPARE(queues, QStringList({QStringLiteral("presales"), QStringLiteral("price"), QStringLiteral("general")}));
        QVERIFY(QTimeZone(s0.timeZone.toUtf8()).isValid());
        // agent1..agent3, lead1 and lead3; nobody of team 2.
        QCOMPARE(s0.agents.size(), size_t(5));
        QVERIFY(!agentNamed(s0, QStringLiteral("Wang Fang 王芳")));
        QVERIFY(agentIn(s0, agent2.id));
        QCOMPARE(agentIn(s0, agent2.id)->status, PresenceStatus::Online);
        QCOMPARE(agentIn(s0, agent2.id)->capacity, 6);
        QCOMPARE(agentIn(s0, lead.id)->status, PresenceStatus::Busy);
        for (const QString& absent : {QStringLiteral("Li Na 李娜"), QStringLiteral("Chen Jie 陈杰"), QStringLiteral("Daniel Lee")}) {
            QVERIFY2(agentNamed(s0, absent), qPrintable(absent));
            QCOMPARE(agentNamed(s0, absent)->status, PresenceStatus::Offline);
        }

        // agent2 steps away: nobody of team 1 takes conversations now.
        QVERIFY(ask(*agent2, PresenceSet{newKey(), PresenceStatus::Away, 0}).as<PresenceSetOk>());
        const auto away = waitFloor(*lead, [&](const FloorSnapshot& s) {
            return agentIn(s, agent2.id) && agentIn(s, agent2.id)->status == PresenceStatus::Away;
        });
        QVERIFY(away);
        QCOMPARE(away->seq, qint64(0));

        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0101"));
        QVERIFY(customer);
        const qint64 beforeOpen = nowMs();
        const ConversationInfo c = customer->openConversation(QStringLiteral("Does the X1 come in blue?"));
        QVERIFY(c.id > 0);
        QCOMPARE(c.teamId, qint64(1));
        const auto queued = waitFloor(*lead, [&](const FloorSnapshot& s) { return conversationIn(s, c.id) != nullptr; });
        QVERIFY2(queued, "no floor.updated with the new conversation");
        QCOMPARE(queued->seq, qint64(0));
        const FloorSnapshot& s1 = snapshotOf(*queued);
        const ConversationInfo* waiting = conversationIn(s1, c.id);
        QCOMPARE(waiting->status, ConversationStatus::Waiting);
        QCOMPARE(waiting->agentId, qint64(0));
        QVERIFY(waiting->waitingSince >= beforeOpen);
        QCOMPARE(s1.waitingTotal, 1);
        QCOMPARE(s1.queues.at(0).topic, QStringLiteral("presales"));
        QCOMPARE(s1.queues.at(0).waiting, 1);
        QCOMPARE(s1.queues.at(0).regular + s1.queues.at(0).silver + s1.queues.at(0).gold + s1.queues.at(0).vip, 1);
        QCOMPARE(s1.queues.at(0).oldestWaitingSince, waiting->waitingSince);
        QCOMPARE(s1.queues.at(1).waiting, 0);
        QCOMPARE(FloorFigures::of(s1, s1.at).waiting, 1);
        QCOMPARE(FloorFigures::of(s1, s1.at).active, 0);
        // The wait ticks on the client from the snapshot and the clock.
        QTRY_VERIFY_WITH_TIMEOUT(FloorFigures::of(s1, nowMs()).longestWaitMs > 0, kWait);

        // agent1 comes online and is given the conversation.
        Staff agent1 = signIn(*m_server, QStringLiteral("agent1"));
        QVERIFY(agent1);
        const auto assigned = waitFloor(*lead, [&](const FloorSnapshot& s) {
            return conversationIn(s, c.id) && conversationIn(s, c.id)->status == ConversationStatus::Assigned;
        });
        QVERIFY2(assigned, "no floor.updated with the conversation assigned");
        QCOMPARE(assigned->seq, qint64(0));
        const FloorSnapshot& s2 = snapshotOf(*assigned);
        QCOMPARE(conversationIn(s2, c.id)->agentId, agent1.id);
        QVERIFY(conversationIn(s2, c.id)->waitingSince > 0);  // not answered yet
        QVERIFY(agentIn(s2, agent1.id));
        QCOMPARE(agentIn(s2, agent1.id)->status, PresenceStatus::Online);
        QCOMPARE(agentIn(s2, agent1.id)->load, 1);
        QCOMPARE(agentIn(s2, agent1.id)->respondedToday, 0);
        QCOMPARE(s2.waitingTotal, 0);
        QCOMPARE(s2.queues.at(0).waiting, 0);  // assigned: out of the queue
        QCOMPARE(FloorFigures::of(s2, s2.at).waiting, 0);
        QCOMPARE(FloorFigures::of(s2, s2.at).active, 1);

        // The first answer ends the wait and counts for the agent today.
        QVERIFY(agent1->waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.agentId == agent1.id; }, kWait));
        QVERIFY(agent1->send(c.id, QStringLiteral("Yes, in blue and in black.")).id > 0);
        const auto answered = waitFloor(*lead, [&](const FloorSnapshot& s) {
            return conversationIn(s, c.id) && conversationIn(s, c.id)->waitingSince == 0;
        });
        QVERIFY2(answered, "no floor.updated with the conversation answered");
        QCOMPARE(answered->seq, qint64(0));
        const FloorSnapshot& s3 = snapshotOf(*answered);
        QCOMPARE(conversationIn(s3, c.id)->status, ConversationStatus::Assigned);
        QCOMPARE(agentIn(s3, agent1.id)->respondedToday, 1);
        QCOMPARE(agentIn(s3, agent1.id)->load, 1);
        QVERIFY(agentIn(s3, agent1.id)->firstResponseMsToday >= 0);
        QCOMPARE(FloorFigures::of(s3, s3.at).breaches, 0);
    }

    // 2. With a short SLA, a wait past it is a floor.alert, once, whatever else happens on the
    // floor afterwards; the next conversation gets its own.
    void aWaitPastTheSlaIsAlertedOnce()
    {
        constexpr qint64 kSla = 1500;
        m_server.reset();
        m_server = std::make_unique<TestServer>([](server::ServerConfig& c) { c.slaMs = kSla; });
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));

        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        QVERIFY(lead);
        QVERIFY(busy(*lead));
        const Frame watch = ask(*lead, FloorWatch{0, false});
        QVERIFY2(watch.as<FloorWatchOk>() && watch.as<FloorWatchOk>()->snapshot, describe(watch));
        QCOMPARE(watch.as<FloorWatchOk>()->snapshot->slaMs, kSla);

        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0102"));
        QVERIFY(customer);
        const ConversationInfo c = customer->openConversation(QStringLiteral("Is anyone there?"));
        QVERIFY(c.id > 0);
        QVERIFY(c.waitingSince > 0);
        const auto alert = waitAlert(*lead, c.id, int(c.waitingSince + kSla - nowMs()) + kWait);
        QVERIFY2(alert, "no floor.alert after the wait passed the SLA");
        const qint64 arrived = nowMs();
        QCOMPARE(alert->seq, qint64(0));
        const FloorAlert& a = *alert->as<FloorAlert>();
        QCOMPARE(a.slaMs, kSla);
        QCOMPARE(a.conversation.status, ConversationStatus::Waiting);
        QCOMPARE(a.conversation.waitingSince, c.waitingSince);
        QVERIFY2(arrived >= c.waitingSince + kSla, "the alert came before the wait passed the SLA");
        // The floor counts the breach too.
        QVERIFY(waitFloor(*lead, [&](const FloorSnapshot& s) {
            return conversationIn(s, c.id) && FloorFigures::of(s, s.at).breaches == 1;
        }));

        // More happens on the floor: the customer writes again, another customer comes.
        QVERIFY(customer->send(c.id, QStringLiteral("Hello??")).id > 0);
        auto second = liveCustomer(*m_server, QStringLiteral("demo-0103"));
        QVERIFY(second);
        const ConversationInfo d = second->openConversation(QStringLiteral("Price of the X1?"));
        QVERIFY(d.id > 0);
        const auto alertD = waitAlert(*lead, d.id, int(d.waitingSince + kSla - nowMs()) + kWait);
        QVERIFY2(alertD, "no floor.alert for the second conversation");
        QVERIFY(waitFloor(*lead, [&](const FloorSnapshot& s) {
            return conversationIn(s, d.id) && FloorFigures::of(s, s.at).breaches == 2;
        }));
        // And a further while with a change on the floor: no alert repeated for either breach.
        QVERIFY(second->send(d.id, QStringLiteral("Hello??")).id > 0);
        QVERIFY(!waitAlert(*lead, 0, 1500));
        QCOMPARE(framesOf<FloorAlert>(*lead), 0);
    }

    // 2b. A floor watched, left and watched again still alerts a breach that happens while it is
    // watched (leaving: floor.watch stop, or the connection going away and a new one watching).
    void aFloorWatchedAgainStillAlerts_data()
    {
        QTest::addColumn<bool>("reconnect");
        QTest::newRow("stop and watch again") << false;
        QTest::newRow("reconnect and watch again") << true;
    }
    void aFloorWatchedAgainStillAlerts()
    {
        QFETCH(bool, reconnect);
        constexpr qint64 kSla = 4000;
        m_server.reset();
        m_server = std::make_unique<TestServer>([](server::ServerConfig& c) { c.slaMs = kSla; });
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));

        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        QVERIFY(lead);
        QVERIFY(busy(*lead));
        QVERIFY(ask(*lead, FloorWatch{0, false}).as<FloorWatchOk>());
        if (reconnect) {
            const int connections = m_server->server().connectionCount();
            lead = {};
            // The server has let the connection go (and its watch with it).
            QTRY_VERIFY_WITH_TIMEOUT(m_server->server().connectionCount() < connections, kWait);
        } else {
            const Frame stopped = ask(*lead, FloorWatch{0, true});
            QVERIFY2(stopped.as<FloorWatchOk>(), describe(stopped));
            QVERIFY(!stopped.as<FloorWatchOk>()->snapshot);
            QCOMPARE(stopped.as<FloorWatchOk>()->teams.size(), size_t(1));
        }

        // A customer comes while nobody watches.
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0104"));
        QVERIFY(customer);
        const ConversationInfo c = customer->openConversation(QStringLiteral("Hello?"));
        QVERIFY(c.id > 0);

        if (reconnect) {
            lead = signIn(*m_server, QStringLiteral("lead1"));
            QVERIFY(lead);
        }
        const Frame again = ask(*lead, FloorWatch{0, false});
        QVERIFY2(again.as<FloorWatchOk>() && again.as<FloorWatchOk>()->snapshot, describe(again));
        const FloorSnapshot& s = *again.as<FloorWatchOk>()->snapshot;
        QVERIFY(conversationIn(s, c.id));
        if (FloorFigures::breached(*conversationIn(s, c.id), s.slaMs, s.at))
            QSKIP("the machine was too slow: the wait passed the SLA before the floor was watched again");

        const auto alert = waitAlert(*lead, c.id, int(c.waitingSince + kSla - nowMs()) + kWait);
        QVERIFY2(alert, "no floor.alert for a wait that passed the SLA while the floor was watched");
        QCOMPARE(alert->seq, qint64(0));
    }

    // 3. Who may do what on the floor; see the list of inputs at the top.
    void onlyLeadsOfTheTeamAndAdminsSupervise()
    {
        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        Staff agent1 = signIn(*m_server, QStringLiteral("agent1"));
        Staff agent2 = signIn(*m_server, QStringLiteral("agent2"));
        Staff agent4 = signIn(*m_server, QStringLiteral("agent4"));
        Staff trainer = signIn(*m_server, QStringLiteral("trainer1"));
        Staff admin = signIn(*m_server, QStringLiteral("admin1"));
        Staff lead2 = signIn(*m_server, QStringLiteral("lead2"));
        QVERIFY(lead && agent1 && agent2 && agent4 && trainer && admin && lead2);
        QVERIFY(busy(*lead));
        QVERIFY(busy(*lead2));

        auto customer1 = liveCustomer(*m_server, QStringLiteral("demo-0105"));
        auto customer2 = liveCustomer(*m_server, QStringLiteral("demo-0106"));
        QVERIFY(customer1 && customer2);
        const ConversationInfo ofTeam1 = openAndAssign(*customer1, *agent1, agent1.id, QStringLiteral("presales question"));
        QVERIFY(ofTeam1.id > 0);
        const ConversationInfo opened2 = customer2->openConversation(QStringLiteral("Where is my parcel?"), QStringLiteral("logistics"));
        QCOMPARE(opened2.teamId, qint64(2));
        QVERIFY(agent4->waitConversation([&](const ConversationInfo& x) { return x.id == opened2.id && x.agentId == agent4.id; }, kWait));
        const qint64 ofTeam2 = opened2.id;

        // Agents and trainers: none of the floor's requests.
        for (WsClient* who : {agent1.ws.get(), trainer.ws.get()}) {
            QVERIFY(isError(ask(*who, FloorWatch{0, false}), ErrorCode::Forbidden));
            QVERIFY(isError(ask(*who, FloorWatch{1, false}), ErrorCode::Forbidden));
            QVERIFY(isError(ask(*who, AgentCapacitySet{newKey(), agent2.id, 3}), ErrorCode::Forbidden));
            QVERIFY(isError(ask(*who, TeamBroadcast{newKey(), 0, QStringLiteral("hello team")}), ErrorCode::Forbidden));
            QVERIFY(isError(ask(*who, ActionsList{}), ErrorCode::Forbidden));
            QVERIFY(isError(ask(*who, ConversationMonitor{ofTeam1.id, false}), ErrorCode::Forbidden));
        }
        // Not on the customer endpoint either.
        QVERIFY(isError(ask(*customer1, FloorWatch{0, false}), ErrorCode::Forbidden));
        QVERIFY(isError(ask(*customer1, ActionsList{}), ErrorCode::Forbidden));

        // A lead: their own team only, and refusals do not end the watch they have.
        const Frame own = ask(*lead, FloorWatch{1, false});
        QVERIFY2(own.as<FloorWatchOk>(), describe(own));
        QCOMPARE(own.as<FloorWatchOk>()->snapshot->teamId, qint64(1));
        QVERIFY(isError(ask(*lead, FloorWatch{2, false}), ErrorCode::Forbidden));
        QVERIFY(isError(ask(*lead, ConversationMonitor{ofTeam2, false}), ErrorCode::NotFound));
        QVERIFY(isError(ask(*lead, ConversationMonitor{999999, false}), ErrorCode::NotFound));
        QVERIFY(isError(ask(*lead, NoteAdd{newKey(), ofTeam2, QStringLiteral("psst")}), ErrorCode::NotFound));
        QVERIFY(isError(ask(*lead, ConversationTransfer{newKey(), ofTeam2, lead.id, 0, {}}), ErrorCode::NotFound));
        QVERIFY(isError(ask(*lead, AgentCapacitySet{newKey(), agent4.id, 3}), ErrorCode::NotFound));
        QVERIFY(isError(ask(*lead, AgentCapacitySet{newKey(), admin.id, 3}), ErrorCode::NotFound));
        QVERIFY(isError(ask(*lead, AgentCapacitySet{newKey(), 999999, 3}), ErrorCode::NotFound));
        QVERIFY(isError(ask(*lead, AgentCapacitySet{newKey(), agent1.id, 51}), ErrorCode::BadFrame));
        QVERIFY(isError(ask(*lead, AgentCapacitySet{newKey(), agent1.id, -1}), ErrorCode::BadFrame));
        QVERIFY(isError(ask(*lead, TeamBroadcast{newKey(), 2, QStringLiteral("hello team 2")}), ErrorCode::Forbidden));
        QVERIFY(ask(*agent2, PresenceSet{newKey(), PresenceStatus::Away, 0}).as<PresenceSetOk>());
        QVERIFY2(waitFloor(*lead, [&](const FloorSnapshot& s) {
            return s.teamId == 1 && agentIn(s, agent2.id) && agentIn(s, agent2.id)->status == PresenceStatus::Away;
        }), "the refused requests ended the lead's watch");
        // None of the refusals was logged; agent1's capacity is unchanged.
        bool listed = false;
        QVERIFY(actionsOf(*lead, &listed).empty());
        QVERIFY(listed);
        const Frame floorNow = ask(*lead, FloorWatch{0, false});
        QCOMPARE(agentIn(*floorNow.as<FloorWatchOk>()->snapshot, agent1.id)->capacity, 5);

        // lead2 watches team 2 and sees only it.
        const Frame team2 = ask(*lead2, FloorWatch{0, false});
        QVERIFY2(team2.as<FloorWatchOk>(), describe(team2));
        QCOMPARE(team2.as<FloorWatchOk>()->snapshot->teamId, qint64(2));
        QCOMPARE(team2.as<FloorWatchOk>()->teams.size(), size_t(1));
        QCOMPARE(team2.as<FloorWatchOk>()->teams.front().id, qint64(2));

        // An admin: any team; without one named, the first.
        const Frame adminWatch = ask(*admin, FloorWatch{2, false});
        const auto* adminOk = adminWatch.as<FloorWatchOk>();
        QVERIFY2(adminOk, describe(adminWatch));
        QCOMPARE(adminOk->snapshot->teamId, qint64(2));
        QCOMPARE(adminOk->snapshot->agents.size(), size_t(4));  // agent4..agent6, lead2
        QVERIFY(conversationIn(*adminOk->snapshot, ofTeam2));
        QCOMPARE(adminOk->teams.size(), size_t(2));
        QCOMPARE(adminOk->teams[0].id, qint64(1));
        QCOMPARE(adminOk->teams[1].id, qint64(2));
        const Frame adminDefault = ask(*admin, FloorWatch{0, false});
        QVERIFY2(adminDefault.as<FloorWatchOk>() && adminDefault.as<FloorWatchOk>()->snapshot, describe(adminDefault));
        QCOMPARE(adminDefault.as<FloorWatchOk>()->snapshot->teamId, qint64(1));
        QVERIFY(isError(ask(*admin, FloorWatch{99, false}), ErrorCode::NotFound));
        QVERIFY(isError(ask(*admin, TeamBroadcast{newKey(), 0, QStringLiteral("hello")}), ErrorCode::Forbidden));
        QVERIFY(ask(*admin, ConversationMonitor{ofTeam2, false}).as<ConversationMonitorOk>());
        QVERIFY(ask(*admin, ConversationMonitor{ofTeam1.id, false}).as<ConversationMonitorOk>());
    }

    // 4. Monitoring: the conversation so far with its notes, then its events live (sequence 0)
    // until stop.
    void aLeadMonitorsAConversationUntilStop()
    {
        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        Staff agent1 = signIn(*m_server, QStringLiteral("agent1"));
        QVERIFY(lead && agent1);
        QVERIFY(busy(*lead));
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0107"));
        QVERIFY(customer);
        const ConversationInfo c = openAndAssign(*customer, *agent1, agent1.id, QStringLiteral("Which case fits the X1?"));
        QVERIFY(c.id > 0);
        QVERIFY(ask(*agent1, NoteAdd{newKey(), c.id, QStringLiteral("asked about cases before")}).as<NoteAddOk>());

        const Frame monitored = ask(*lead, ConversationMonitor{c.id, false});
        const auto* ok = monitored.as<ConversationMonitorOk>();
        QVERIFY2(ok, describe(monitored));
        QCOMPARE(ok->conversation.id, c.id);
        QCOMPARE(ok->conversation.agentId, agent1.id);
        QVERIFY(!ok->more);
        QCOMPARE(ok->messages.size(), size_t(3));
        QCOMPARE(ok->messages[0].sender, Sender::Customer);
        QCOMPARE(ok->messages[0].text, QStringLiteral("Which case fits the X1?"));
        QCOMPARE(ok->messages[1].sender, Sender::System);
        QCOMPARE(ok->messages[1].event, QStringLiteral("assigned"));
        QCOMPARE(ok->messages[2].sender, Sender::Note);
        QCOMPARE(ok->messages[2].text, QStringLiteral("asked about cases before"));

        // Live: the customer's message, the agent's answer, the agent's note, the updates.
        QVERIFY(customer->send(c.id, QStringLiteral("The blue one?")).id > 0);
        const auto fromCustomer = waitNote(*lead, c.id, QStringLiteral("The blue one?"));
        QVERIFY2(fromCustomer, "the monitoring lead did not get the customer's message");
        QCOMPARE(fromCustomer->seq, qint64(0));
        // A message moves the conversation's activity by itself (no conversation.updated); an
        // order's system message comes with one.
        const Frame ordered = customer->request(OrderPlace{newKey(), {OrderLine{QStringLiteral("CH-65W"), 1}}});
        QVERIFY2(ordered.as<OrderPlaceOk>(), describe(ordered));
        const auto updated = lead->waitEvent([&](const Frame& f) {
            return f.as<ConversationUpdated>() && f.as<ConversationUpdated>()->conversation.id == c.id;
        }, kWait);
        QVERIFY(updated);
        QCOMPARE(updated->seq, qint64(0));
        QCOMPARE(updated->as<ConversationUpdated>()->conversation.lastMessagePreview, QStringLiteral("The blue one?"));
        QVERIFY(agent1->send(c.id, QStringLiteral("The silicone one.")).id > 0);
        const auto fromAgent = waitNote(*lead, c.id, QStringLiteral("The silicone one."));
        QVERIFY(fromAgent);
        QCOMPARE(fromAgent->seq, qint64(0));
        QVERIFY(ask(*agent1, NoteAdd{newKey(), c.id, QStringLiteral("likes blue")}).as<NoteAddOk>());
        const auto note = waitNote(*lead, c.id, QStringLiteral("likes blue"));
        QVERIFY(note);
        QCOMPARE(note->as<MessageNew>()->message.sender, Sender::Note);
        QCOMPARE(note->seq, qint64(0));

        // Audited once.
        bool listed = false;
        auto entries = actionsOf(*lead, &listed);
        QVERIFY(listed);
        QCOMPARE(entries.size(), size_t(1));
        QCOMPARE(entries[0].action, StaffActionKind::Monitor);
        QCOMPARE(entries[0].conversationId, c.id);
        QCOMPARE(entries[0].targetId, agent1.id);
        QCOMPARE(entries[0].actorId, lead.id);

        // Stop: nothing more reaches the lead.
        const Frame stopped = ask(*lead, ConversationMonitor{c.id, true});
        QVERIFY2(stopped.as<ConversationMonitorOk>(), describe(stopped));
        QVERIFY(stopped.as<ConversationMonitorOk>()->messages.empty());
        lead->takeAll();
        QVERIFY(customer->send(c.id, QStringLiteral("Thanks!")).id > 0);
        QVERIFY(agent1->waitMessage(c.id, QStringLiteral("Thanks!"), kWait));
        QVERIFY(agent1->send(c.id, QStringLiteral("You're welcome.")).id > 0);
        QVERIFY(barrier(*lead));
        QCOMPARE(framesAbout(*lead, c.id), 0);
        QVERIFY(!lead->waitEvent([&](const Frame& f) {
            return (f.as<MessageNew>() && f.as<MessageNew>()->message.conversationId == c.id)
                || (f.as<ConversationUpdated>() && f.as<ConversationUpdated>()->conversation.id == c.id);
        }, 1000));
        entries = actionsOf(*lead, &listed);
        QCOMPARE(entries.size(), size_t(1));  // stopping is not logged
    }

    // 5. A lead reassigns one conversation and takes over another; both agents hear of it in
    // their streams; the action log has both, newest first. Agents move only their own.
    void aLeadReassignsAndTakesOver()
    {
        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        Staff agent1 = signIn(*m_server, QStringLiteral("agent1"));
        QVERIFY(lead && agent1);
        QVERIFY(busy(*lead));
        auto customerX = liveCustomer(*m_server, QStringLiteral("demo-0108"));
        auto customerY = liveCustomer(*m_server, QStringLiteral("demo-0109"));
        QVERIFY(customerX && customerY);
        const ConversationInfo x = openAndAssign(*customerX, *agent1, agent1.id, QStringLiteral("X: a question"));
        const ConversationInfo y = openAndAssign(*customerY, *agent1, agent1.id, QStringLiteral("Y: another question"));
        QVERIFY(x.id > 0 && y.id > 0);
        Staff agent2 = signIn(*m_server, QStringLiteral("agent2"));
        QVERIFY(agent2);

        // Reassign x from agent1 to agent2.
        const Frame moved = ask(*lead, ConversationTransfer{newKey(), x.id, agent2.id, 0, QStringLiteral("knows the X1 best")});
        QVERIFY2(moved.as<ConversationTransferOk>(), describe(moved));
        QCOMPARE(moved.as<ConversationTransferOk>()->conversation.agentId, agent2.id);
        const auto toB = waitUpdate(*agent2, x.id, agent2.id);
        QVERIFY2(toB, "the new agent did not get the conversation");
        QVERIFY(toB->seq > 0);
        QCOMPARE(toB->as<ConversationUpdated>()->conversation.status, ConversationStatus::Assigned);
        const auto toA = waitUpdate(*agent1, x.id, agent2.id);
        QVERIFY2(toA, "the previous agent did not hear of the reassignment");
        QVERIFY(toA->seq > 0);
        const auto handOver = waitNote(*agent2, x.id, QStringLiteral("knows the X1 best"));
        QVERIFY(handOver);
        QCOMPARE(handOver->as<MessageNew>()->message.sender, Sender::Note);

        // Take over y.
        const Frame taken = ask(*lead, ConversationTransfer{newKey(), y.id, lead.id, 0, {}});
        QVERIFY2(taken.as<ConversationTransferOk>(), describe(taken));
        QCOMPARE(taken.as<ConversationTransferOk>()->conversation.agentId, lead.id);
        const auto toLead = waitUpdate(*lead, y.id, lead.id);
        QVERIFY(toLead);
        QVERIFY(toLead->seq > 0);
        QVERIFY(waitUpdate(*agent1, y.id, lead.id));
        QVERIFY(lead->send(y.id, QStringLiteral("Hi, I am taking over.")).id > 0);  // it is theirs now

        bool listed = false;
        std::vector<StaffAction> entries = actionsOf(*lead, &listed);
        QVERIFY(listed);
        QCOMPARE(entries.size(), size_t(2));
        QCOMPARE(entries[0].action, StaffActionKind::TakeOver);
        QCOMPARE(entries[0].conversationId, y.id);
        QCOMPARE(entries[0].targetId, lead.id);
        QCOMPARE(entries[0].actorId, lead.id);
        QCOMPARE(entries[0].teamId, qint64(1));
        QCOMPARE(entries[1].action, StaffActionKind::Reassign);
        QCOMPARE(entries[1].conversationId, x.id);
        QCOMPARE(entries[1].targetId, agent2.id);
        QCOMPARE(entries[1].detail, QStringLiteral("from Li Na 李娜"));
        QVERIFY(entries[0].id > entries[1].id);
        QVERIFY(entries[0].at >= entries[1].at);

        // Agents may not move what is not theirs.
        const Frame notMine = ask(*agent1, ConversationTransfer{newKey(), x.id, agent1.id, 0, {}});
        QVERIFY2(isError(notMine, ErrorCode::NotFound) || isError(notMine, ErrorCode::Forbidden), describe(notMine));
        const Frame notMine2 = ask(*agent2, ConversationTransfer{newKey(), y.id, agent2.id, 0, {}});
        QVERIFY2(isError(notMine2, ErrorCode::NotFound) || isError(notMine2, ErrorCode::Forbidden), describe(notMine2));
        // An agent handing on their own conversation is not a lead's action: not logged.
        QVERIFY(ask(*agent2, ConversationTransfer{newKey(), x.id, agent1.id, 0, {}}).as<ConversationTransferOk>());
        entries = actionsOf(*lead, &listed);
        QCOMPARE(entries.size(), size_t(2));
    }

    // 6. A lead's note in an agent's conversation reaches the agent, never the customer, and is
    // logged as a whisper; the agent's own notes are not.
    void aWhisperReachesTheAgentOnly()
    {
        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        Staff agent1 = signIn(*m_server, QStringLiteral("agent1"));
        QVERIFY(lead && agent1);
        QVERIFY(busy(*lead));
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0110"));
        QVERIFY(customer);
        const ConversationInfo c = openAndAssign(*customer, *agent1, agent1.id, QStringLiteral("Too expensive."));
        QVERIFY(c.id > 0);

        const QString whisper = QStringLiteral("Offer the 5 yuan coupon");
        const Frame sent = ask(*lead, NoteAdd{newKey(), c.id, whisper});
        QVERIFY2(sent.as<NoteAddOk>(), describe(sent));
        QCOMPARE(sent.as<NoteAddOk>()->message.sender, Sender::Note);
        const auto heard = waitNote(*agent1, c.id, whisper);
        QVERIFY2(heard, "the agent did not get the whisper");
        QVERIFY(heard->seq > 0);
        QCOMPARE(heard->as<MessageNew>()->message.sender, Sender::Note);
        QCOMPARE(heard->as<MessageNew>()->message.authorId, lead.id);

        // The agent answers after it; the customer gets the answer and never the note.
        QVERIFY(agent1->send(c.id, QStringLiteral("I can offer you a coupon.")).id > 0);
        QVERIFY(customer->waitMessage(c.id, QStringLiteral("I can offer you a coupon."), kWait));
        const auto leaked = std::count_if(customer->peekAll().begin(), customer->peekAll().end(), [&](const Frame& f) {
            return f.as<MessageNew>() && (f.as<MessageNew>()->message.text == whisper
                                          || f.as<MessageNew>()->message.sender == Sender::Note);
        });
        QCOMPARE(int(leaked), 0);
        const Frame history = ask(*customer, ConversationHistory{c.id, 0, 50});
        QVERIFY(history.as<ConversationHistoryOk>());
        for (const ChatMessage& m : history.as<ConversationHistoryOk>()->messages)
            QVERIFY2(m.sender != Sender::Note, qPrintable(m.text));

        bool listed = false;
        std::vector<StaffAction> entries = actionsOf(*lead, &listed);
        QVERIFY(listed);
        QCOMPARE(entries.size(), size_t(1));
        QCOMPARE(entries[0].action, StaffActionKind::Whisper);
        QCOMPARE(entries[0].conversationId, c.id);
        QCOMPARE(entries[0].targetId, agent1.id);
        QCOMPARE(entries[0].detail, whisper);
        QVERIFY(ask(*agent1, NoteAdd{newKey(), c.id, QStringLiteral("my own note")}).as<NoteAddOk>());
        entries = actionsOf(*lead, &listed);
        QCOMPARE(entries.size(), size_t(1));
    }

    // A lead joins an agent's conversation: a system message tells the customer and the agent, the
    // lead may then write to the customer (not before), both hear it, and the join is logged once.
    // Refused: an agent joining (forbidden), another team's lead (not_found), a closed conversation.
    void aLeadJoinsAndWritesBesideTheAgent()
    {
        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        Staff agent1 = signIn(*m_server, QStringLiteral("agent1"));
        Staff lead2 = signIn(*m_server, QStringLiteral("lead2"));
        QVERIFY(lead && agent1 && lead2);
        QVERIFY(busy(*lead));
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0111"));
        QVERIFY(customer);
        const ConversationInfo c = openAndAssign(*customer, *agent1, agent1.id, QStringLiteral("Is there a bigger size?"));
        QVERIFY(c.id > 0);

        const Frame early = ask(*lead, MessageSend{newKey(), c.id, QStringLiteral("Hello"), {}, {}, {}});
        QVERIFY2(isError(early, ErrorCode::Forbidden), describe(early));
        QVERIFY(isError(ask(*agent1, ConversationJoin{newKey(), c.id}), ErrorCode::Forbidden));
        QVERIFY(isError(ask(*lead2, ConversationJoin{newKey(), c.id}), ErrorCode::NotFound));

        const Frame joined = ask(*lead, ConversationJoin{newKey(), c.id});
        QVERIFY2(joined.as<ConversationJoinOk>(), describe(joined));
        QCOMPARE(joined.as<ConversationJoinOk>()->conversation.agentId, agent1.id);  // still the agent's
        for (WsClient* who : {customer.get(), agent1.ws.get()}) {
            QVERIFY(who->waitEvent([&](const Frame& f) {
                return f.as<MessageNew>() && f.as<MessageNew>()->message.event == QLatin1String("joined");
            }, kWait));
        }
        const QString text = QStringLiteral("I am the team lead: the bigger size ships tomorrow.");
        const Frame sent = ask(*lead, MessageSend{newKey(), c.id, text, {}, {}, {}});
        QVERIFY2(sent.as<MessageSendOk>(), describe(sent));
        const auto got = customer->waitMessage(c.id, text, kWait);
        QVERIFY(got);
        QCOMPARE(got->sender, Sender::Agent);
        QCOMPARE(got->authorId, lead.id);
        QVERIFY(agent1->waitMessage(c.id, text, kWait));
        QVERIFY(agent1->send(c.id, QStringLiteral("And I am still here.")).id > 0);  // the agent keeps it

        // Joining again changes nothing; the log has one join.
        QVERIFY(ask(*lead, ConversationJoin{newKey(), c.id}).as<ConversationJoinOk>());
        bool listed = false;
        const std::vector<StaffAction> entries = actionsOf(*lead, &listed);
        QVERIFY(listed);
        QCOMPARE(std::count_if(entries.begin(), entries.end(), [](const StaffAction& a) { return a.action == StaffActionKind::Join; }),
                 1);
        const Frame history = ask(*customer, ConversationHistory{c.id, 0, 50});
        const auto& messages = history.as<ConversationHistoryOk>()->messages;
        QCOMPARE(std::count_if(messages.begin(), messages.end(), [](const ChatMessage& m) { return m.event == QLatin1String("joined"); }),
                 1);

        QVERIFY(ask(*agent1, ConversationClose{newKey(), c.id, QStringLiteral("solved")}).as<ConversationCloseOk>());
        QVERIFY(isError(ask(*lead, ConversationJoin{newKey(), c.id}), ErrorCode::InvalidState));
        QVERIFY(isError(ask(*lead, MessageSend{newKey(), c.id, QStringLiteral("bye"), {}, {}, {}}), ErrorCode::InvalidState));
    }

    // A conversation handed to another team's queue: the old team's lead stops getting its events
    // (and may still stop monitoring), its wait starts at the hand-over, and a whisper longer than
    // the log's detail is kept shortened without breaking the log.
    void aConversationLeavingTheTeamLeavesTheLeadsMonitor()
    {
        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        Staff agent1 = signIn(*m_server, QStringLiteral("agent1"));
        QVERIFY(lead && agent1);
        QVERIFY(busy(*lead));
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0112"));
        QVERIFY(customer);
        const ConversationInfo c = openAndAssign(*customer, *agent1, agent1.id, QStringLiteral("My parcel is late"));
        QVERIFY(c.id > 0);
        QVERIFY(agent1->send(c.id, QStringLiteral("Let me hand you to aftersales.")).id > 0);
        const QString longWhisper(3000, QLatin1Char('w'));
        QVERIFY(ask(*lead, NoteAdd{newKey(), c.id, longWhisper}).as<NoteAddOk>());
        bool listed = false;
        const std::vector<StaffAction> entries = actionsOf(*lead, &listed);
        QVERIFY(listed);  // the page decodes
        QCOMPARE(entries.front().detail.size(), qsizetype(2000));

        QVERIFY(ask(*lead, ConversationMonitor{c.id, false}).as<ConversationMonitorOk>());
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const Frame moved = ask(*agent1, ConversationTransfer{newKey(), c.id, 0, 2, QStringLiteral("late parcel")});
        QVERIFY2(moved.as<ConversationTransferOk>(), describe(moved));
        QVERIFY(moved.as<ConversationTransferOk>()->conversation.waitingSince >= before);  // waits from now

        QVERIFY(barrier(*lead));
        lead->takeAll();
        customer->send(c.id, QStringLiteral("hello?"));
        QVERIFY(customer->waitMessage(c.id, QStringLiteral("hello?"), kWait));
        QTest::qWait(300);
        QVERIFY(barrier(*lead));
        for (const Frame& f : lead->takeAll())
            QVERIFY2(!(f.as<MessageNew>() && f.as<MessageNew>()->message.conversationId == c.id), "the old team's lead still hears it");
        // Stopping is still answered (not_found: no longer theirs) and leaves nothing behind.
        QVERIFY(isError(ask(*lead, ConversationMonitor{c.id, true}), ErrorCode::NotFound));
    }

    // 7. A lead changes an agent's capacity: the reply, the floor, the log; a retry with the same
    // key changes and logs nothing more; the new capacity holds for routing at once.
    void aLeadChangesAnAgentsCapacity()
    {
        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        QVERIFY(lead);
        QVERIFY(busy(*lead));
        QVERIFY(ask(*lead, FloorWatch{0, false}).as<FloorWatchOk>());
        Staff agent1 = signIn(*m_server, QStringLiteral("agent1"));
        QVERIFY(agent1);

        const AgentCapacitySet change{newKey(), agent1.id, 1};
        const Frame set = ask(*lead, change);
        const auto* ok = set.as<AgentCapacitySetOk>();
        QVERIFY2(ok, describe(set));
        QCOMPARE(ok->agent.id, agent1.id);
        QCOMPARE(ok->agent.capacity, 1);
        QCOMPARE(ok->agent.status, PresenceStatus::Online);
        const auto floor = waitFloor(*lead, [&](const FloorSnapshot& s) {
            return agentIn(s, agent1.id) && agentIn(s, agent1.id)->capacity == 1;
        });
        QVERIFY2(floor, "no floor.updated with the new capacity");
        QCOMPARE(floor->seq, qint64(0));

        bool listed = false;
        std::vector<StaffAction> entries = actionsOf(*lead, &listed);
        QVERIFY(listed);
        QCOMPARE(entries.size(), size_t(1));
        QCOMPARE(entries[0].action, StaffActionKind::Capacity);
        QCOMPARE(entries[0].targetId, agent1.id);
        QCOMPARE(entries[0].teamId, qint64(1));
        QCOMPARE(entries[0].conversationId, qint64(0));
        QVERIFY2(entries[0].detail.contains(QStringLiteral("5 -> 1")), qPrintable(entries[0].detail));

        // A retry after a lost reply: the same reply, logged once; the key for another value is a conflict.
        Frame again = ask(*lead, change);
        QVERIFY2(again.as<AgentCapacitySetOk>(), describe(again));
        Frame first = set;
        first.id.clear();
        again.id.clear();
        QCOMPARE(FrameCodec::encode(again), FrameCodec::encode(first));
        QVERIFY(isError(ask(*lead, AgentCapacitySet{change.key, agent1.id, 2}), ErrorCode::IdempotencyConflict));
        entries = actionsOf(*lead, &listed);
        QCOMPARE(entries.size(), size_t(1));

        // In force: agent1 takes one conversation, the next waits...
        auto customer1 = liveCustomer(*m_server, QStringLiteral("demo-0111"));
        auto customer2 = liveCustomer(*m_server, QStringLiteral("demo-0112"));
        QVERIFY(customer1 && customer2);
        const ConversationInfo c1 = openAndAssign(*customer1, *agent1, agent1.id, QStringLiteral("first"));
        QVERIFY(c1.id > 0);
        const ConversationInfo c2 = customer2->openConversation(QStringLiteral("second"));
        QVERIFY(c2.id > 0);
        QVERIFY(waitFloor(*lead, [&](const FloorSnapshot& s) { return conversationIn(s, c2.id) != nullptr; }));
        const Frame now = ask(*lead, FloorWatch{0, false});
        QVERIFY(now.as<FloorWatchOk>());
        const FloorSnapshot& s = *now.as<FloorWatchOk>()->snapshot;
        QCOMPARE(conversationIn(s, c2.id)->status, ConversationStatus::Waiting);
        QCOMPARE(agentIn(s, agent1.id)->load, 1);
        QCOMPARE(s.waitingTotal, 1);
        // ...until the lead raises the capacity again.
        QVERIFY(ask(*lead, AgentCapacitySet{newKey(), agent1.id, 2}).as<AgentCapacitySetOk>());
        QVERIFY2(agent1->waitConversation([&](const ConversationInfo& x) { return x.id == c2.id && x.agentId == agent1.id; }, kWait),
                 "the raised capacity did not route the waiting conversation");
        entries = actionsOf(*lead, &listed);
        QCOMPARE(entries.size(), size_t(2));
        QVERIFY2(entries[0].detail.contains(QStringLiteral("1 -> 2")), qPrintable(entries[0].detail));
    }

    // 8. A notice goes to every member of the lead's team, in their streams, and to nobody else.
    void aBroadcastReachesTheTeamOnly()
    {
        Staff lead = signIn(*m_server, QStringLiteral("lead1"));
        Staff agent1 = signIn(*m_server, QStringLiteral("agent1"));
        Staff agent2 = signIn(*m_server, QStringLiteral("agent2"));
        Staff agent4 = signIn(*m_server, QStringLiteral("agent4"));
        Staff lead2 = signIn(*m_server, QStringLiteral("lead2"));
        Staff trainer = signIn(*m_server, QStringLiteral("trainer1"));
        Staff admin = signIn(*m_server, QStringLiteral("admin1"));
        QVERIFY(lead && agent1 && agent2 && agent4 && lead2 && trainer && admin);

        const Frame sent = ask(*lead, TeamBroadcast{newKey(), 0, QStringLiteral("  New stock of the X1 at 3 pm  ")});
        const auto* ok = sent.as<TeamBroadcastOk>();
        QVERIFY2(ok, describe(sent));
        QCOMPARE(ok->recipients, 5);  // agent1..agent3, lead1, lead3
        QVERIFY(ok->notice.id > 0);
        QCOMPARE(ok->notice.teamId, qint64(1));
        QCOMPARE(ok->notice.authorId, lead.id);
        QCOMPARE(ok->notice.text, QStringLiteral("New stock of the X1 at 3 pm"));
        const qint64 noticeId = ok->notice.id;
        const auto isTheNotice = [&](const Frame& f) { return f.as<NoticeNew>() && f.as<NoticeNew>()->notice.id == noticeId; };

        for (WsClient* member : {agent1.ws.get(), agent2.ws.get(), lead.ws.get()}) {
            const auto got = member->waitEvent(isTheNotice, kWait);
            QVERIFY2(got, "a member of the team did not get the notice");
            QVERIFY(got->seq > 0);
            QCOMPARE(got->as<NoticeNew>()->notice.text, QStringLiteral("New stock of the X1 at 3 pm"));
        }
        for (WsClient* other : {agent4.ws.get(), lead2.ws.get(), trainer.ws.get(), admin.ws.get()}) {
            QVERIFY(barrier(*other));
            QCOMPARE(framesOf<NoticeNew>(*other), 0);
        }
        // A member who was not connected finds it in their stream.
        WsClient agent3(m_server->staffUrl());
        QVERIFY(agent3.waitConnected(kWait));
        const AuthOk agent3Ok = agent3.login(QStringLiteral("agent3"));
        QVERIFY(agent3Ok.head >= 1);
        QVERIFY(agent3.sync(0).replayed >= 1);
        const auto replayed = agent3.waitEvent(isTheNotice, kWait);
        QVERIFY2(replayed, "the notice is not in the stream of a member who was away");
        QVERIFY(replayed->seq > 0);

        // Refused: empty, only white space, another team.
        QVERIFY(isError(ask(*lead, TeamBroadcast{newKey(), 0, QString()}), ErrorCode::BadFrame));
        QVERIFY(isError(ask(*lead, TeamBroadcast{newKey(), 0, QStringLiteral("   \n\t ")}), ErrorCode::BadFrame));
        QVERIFY(isError(ask(*lead, TeamBroadcast{newKey(), 2, QStringLiteral("to team 2")}), ErrorCode::Forbidden));
        bool listed = false;
        const std::vector<StaffAction> entries = actionsOf(*lead, &listed);
        QVERIFY(listed);
        QCOMPARE(entries.size(), size_t(1));
        QCOMPARE(entries[0].action, StaffActionKind::Broadcast);
        QCOMPARE(entries[0].detail, QStringLiteral("New stock of the X1 at 3 pm"));

        // An admin's notice to team 2 reaches team 2, not team 1; the logs are per team.
        const Frame toTeam2 = ask(*admin, TeamBroadcast{newKey(), 2, QStringLiteral("Aftersales meeting at 5")});
        QVERIFY2(toTeam2.as<TeamBroadcastOk>(), describe(toTeam2));
        QCOMPARE(toTeam2.as<TeamBroadcastOk>()->recipients, 4);  // agent4..agent6, lead2
        const qint64 secondId = toTeam2.as<TeamBroadcastOk>()->notice.id;
        QVERIFY(agent4->waitEvent([&](const Frame& f) { return f.as<NoticeNew>() && f.as<NoticeNew>()->notice.id == secondId; }, kWait));
        QVERIFY(barrier(*agent1));
        QCOMPARE(framesOf<NoticeNew>(*agent1), 0);
        QCOMPARE(actionsOf(*lead, &listed).size(), size_t(1));
        const std::vector<StaffAction> ofTeam2 = actionsOf(*lead2, &listed);
        QCOMPARE(ofTeam2.size(), size_t(1));
        QCOMPARE(ofTeam2[0].teamId, qint64(2));
        QCOMPARE(actionsOf(*admin, &listed).size(), size_t(2));
    }

private:
    std::unique_ptr<TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestServerSupervisor)
#include "tst_ServerSupervisor.moc"
