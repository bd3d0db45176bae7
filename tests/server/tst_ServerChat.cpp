// A real server on loopback with the demo shop, driven by real WebSocket clients: sign-in,
// routing, messages both ways, customer data for the assigned agent only, queueing, idempotency.

#include "TestServer.h"
#include "WsClient.h"
#include "policy/ConversationActivity.h"

#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

class TestServerChat : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }
    void cleanup() { m_server.reset(); }

    void staffSignIn()
    {
        WsClient client(m_server->staffUrl());
        QVERIFY(client.waitConnected());
        const AuthOk ok = client.login(QStringLiteral("agent1"));
        QCOMPARE(ok.principal.kind, PrincipalKind::Staff);
        QCOMPARE(ok.principal.role, std::optional<Role>(Role::Agent));
        QCOMPARE(ok.principal.teamName, QStringLiteral("Presales"));
        QVERIFY(ok.token.size() >= 40);

        // The token signs in again on a new connection; it is not valid on the customer endpoint.
        WsClient again(m_server->staffUrl());
        QVERIFY(again.waitConnected());
        QCOMPARE(again.request(AuthToken{ok.token, kProtocolVersion, {}}).as<AuthOk>()->principal.id, ok.principal.id);
        WsClient wrongEndpoint(m_server->customerUrl());
        QVERIFY(wrongEndpoint.waitConnected());
        QVERIFY(isError(wrongEndpoint.request(AuthToken{ok.token, kProtocolVersion, {}}), ErrorCode::AuthFailed));
    }

    void badSignInsAreRefusedAlike()
    {
        WsClient client(m_server->staffUrl());
        QVERIFY(client.waitConnected());
        const Frame wrongPassword = client.request(AuthLogin{QStringLiteral("agent1"), QStringLiteral("nope"), 1, {}, {}});
        const Frame unknownUser = client.request(AuthLogin{QStringLiteral("nobody"), QStringLiteral("demo1234"), 1, {}, {}});
        QVERIFY(isError(wrongPassword, ErrorCode::AuthFailed));
        QVERIFY(isError(unknownUser, ErrorCode::AuthFailed));
        QCOMPARE(wrongPassword.as<protocol::Error>()->message, unknownUser.as<protocol::Error>()->message);
        QVERIFY(isError(client.request(AuthToken{QStringLiteral("forged-token"), 1, {}}), ErrorCode::AuthFailed));
        QVERIFY(isError(client.request(AuthLogin{QStringLiteral("agent1"), QStringLiteral("demo1234"), 2, {}, {}}),
                        ErrorCode::Unsupported));
        // Still not signed in after all that.
        QVERIFY(isError(client.request(ConversationsList{}), ErrorCode::Unauthenticated));

        WsClient customer(m_server->customerUrl());
        QVERIFY(customer.waitConnected());
        QVERIFY(isError(customer.request(CustomerSignin{QStringLiteral("wrong-key"), QStringLiteral("demo-0001"), {}, Channel::Web, 1, {}}),
                        ErrorCode::AuthFailed));
    }

    void customerMessageReachesTheAgentAndTheReplyTheCustomer()
    {
        auto agent = liveStaff(*m_server, QStringLiteral("agent1"));
        QVERIFY(agent);
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0001"));
        QVERIFY(customer);

        const ConversationInfo opened = customer->openConversation(QStringLiteral("这款手机充电要多久？"));
        QVERIFY(opened.id > 0);
        QCOMPARE(opened.customerName.isEmpty(), false);

        const auto assigned = agent->waitConversation([&](const ConversationInfo& c) {
            return c.id == opened.id && c.status == ConversationStatus::Assigned;
        });
        QVERIFY(assigned);
        QCOMPARE(assigned->agentName, QStringLiteral("Li Na 李娜"));
        QVERIFY(assigned->waitingSince > 0);  // the customer waits for a first answer

        // The customer's first message came before the assignment: it is in the history.
        const Frame history = agent->request(ConversationHistory{opened.id, 0, 50});
        QVERIFY(history.as<ConversationHistoryOk>());
        const auto& messages = history.as<ConversationHistoryOk>()->messages;
        QVERIFY(messages.size() >= 2);
        QCOMPARE(messages.front().text, QStringLiteral("这款手机充电要多久？"));
        QCOMPARE(messages.front().sender, Sender::Customer);
        QCOMPARE(messages.back().sender, Sender::System);
        // A system message says what happened in a form each client can translate.
        QCOMPARE(messages.back().event, QStringLiteral("assigned"));
        QCOMPARE(messages.back().args, std::vector<QString>{QStringLiteral("Li Na 李娜")});

        const ChatMessage reply = agent->send(opened.id, QStringLiteral("About 20 minutes with the 120 W charger."));
        QVERIFY(reply.id > 0);
        QCOMPARE(reply.sender, Sender::Agent);
        const auto received = customer->waitMessage(opened.id, reply.text);
        QVERIFY(received);
        QCOMPARE(received->id, reply.id);
        QCOMPARE(received->senderName, QStringLiteral("Li Na 李娜"));

        const ChatMessage followUp = customer->send(opened.id, QStringLiteral("送充电器吗？"));
        QVERIFY(agent->waitMessage(opened.id, followUp.text));

        // The agent's list has the conversation, with the answer's effect on the waiting time.
        const Frame list = agent->request(ConversationsList{});
        const auto& conversations = list.as<ConversationsListOk>()->conversations;
        QCOMPARE(conversations.size(), size_t(1));
        QCOMPARE(conversations.front().lastMessagePreview, QStringLiteral("送充电器吗？"));
    }

    // A message.send sends message.new alone, no conversation.updated: a client applies the
    // message to its copy of the conversation with ConversationActivity, and must get what the
    // database says (the list), for the customer's message, the agent's answer and a message after
    // it. The server computes its row with the same rule (it does not read it back).
    void aMessageMovesTheConversationAsStored()
    {
        auto agent = liveStaff(*m_server, QStringLiteral("agent1"));
        QVERIFY(agent);
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0003"));
        QVERIFY(customer);
        const ConversationInfo opened = customer->openConversation(QStringLiteral("first question"));
        std::optional<ConversationInfo> known =
            agent->waitConversation([&](const ConversationInfo& c) { return c.id == opened.id && c.agentId > 0; });
        QVERIFY(known);
        agent->takeAll();

        const auto stored = [&] {
            const Frame list = agent->request(ConversationsList{});
            for (const ConversationInfo& c : list.as<ConversationsListOk>()->conversations)
                if (c.id == opened.id)
                    return std::optional(c);
            return std::optional<ConversationInfo>();
        };
        // The agent's copy after the message.new with this text, and no conversation.updated.
        const auto applied = [&](const QString& text) -> std::optional<ConversationInfo> {
            const auto m = agent->waitMessage(opened.id, text);
            if (!m || !ConversationActivity::apply(*known, *m))
                return std::nullopt;
            return known;
        };
        const QString longText = QStringLiteral("  second\n question, ") + QString(200, QLatin1Char('x'));
        const ChatMessage second = customer->send(opened.id, longText);
        const auto afterCustomer = applied(longText);
        QVERIFY(afterCustomer);
        QVERIFY(afterCustomer->lastMessagePreview.startsWith(QStringLiteral("second question, xxx")));
        QCOMPARE(afterCustomer->lastMessagePreview.size(), 120);  // simplified and cut
        QCOMPARE(afterCustomer->lastMessagePreview, stored()->lastMessagePreview);
        QCOMPARE(afterCustomer->lastMessageAt, second.at);
        QVERIFY(afterCustomer->waitingSince > 0);
        QCOMPARE(afterCustomer->waitingSince, stored()->waitingSince);  // still the first unanswered message
        QCOMPARE(afterCustomer->lastMessageAt, stored()->lastMessageAt);

        const ChatMessage answer = agent->send(opened.id, QStringLiteral("the answer"));
        const auto afterAgent = applied(QStringLiteral("the answer"));
        QVERIFY(afterAgent);
        QCOMPARE(afterAgent->waitingSince, 0);
        QCOMPARE(afterAgent->lastMessageAt, answer.at);
        QCOMPARE(stored()->waitingSince, 0);
        QCOMPARE(stored()->lastMessageAt, answer.at);

        const ChatMessage third = customer->send(opened.id, QStringLiteral("thanks, one more"));
        const auto afterThird = applied(QStringLiteral("thanks, one more"));
        QVERIFY(afterThird);
        QCOMPARE(afterThird->waitingSince, third.at);  // waits again, from this message
        QCOMPARE(stored()->waitingSince, third.at);
        QCOMPARE(afterThird->lastMessagePreview, stored()->lastMessagePreview);
        QCOMPARE(afterThird->status, stored()->status);
        QCOMPARE(afterThird->agentId, stored()->agentId);

        QTest::qWait(100);  // and no conversation.updated came with any of them
        for (const Frame& f : agent->peekAll())
            QVERIFY2(!f.as<ConversationUpdated>(), describe(f));
        for (const Frame& f : customer->peekAll())
            QVERIFY2(!f.as<ConversationUpdated>() || f.as<ConversationUpdated>()->conversation.lastMessageAt < second.at,
                     describe(f));
    }

    void customerDataOnlyForTheAssignedAgent()
    {
        auto agent1 = liveStaff(*m_server, QStringLiteral("agent1"));
        QVERIFY(agent1);
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0002"));
        const ConversationInfo c = customer->openConversation(QStringLiteral("hello"));
        QVERIFY(agent1->waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.agentId > 0; }));

        const Frame profile = agent1->request(CustomerProfileGet{c.id});
        QVERIFY(profile.as<CustomerProfileOk>());
        QVERIFY(!profile.as<CustomerProfileOk>()->orders.empty());
        QVERIFY(!profile.as<CustomerProfileOk>()->orders.front().items.empty());
        // Every demo product has a Chinese name, which comes with the English one for the panel.
        for (const Order& o : profile.as<CustomerProfileOk>()->orders)
            for (const OrderItem& line : o.items)
                QVERIFY2(!line.name.isEmpty() && !line.nameZh.isEmpty() && line.nameZh != line.name, qPrintable(line.sku));

        auto agent2 = liveStaff(*m_server, QStringLiteral("agent2"));
        QVERIFY(isError(agent2->request(CustomerProfileGet{c.id}), ErrorCode::NotFound));
        QVERIFY(isError(agent2->request(ConversationHistory{c.id, 0, 10}), ErrorCode::NotFound));
        QVERIFY(isError(agent2->request(MessageSend{newKey(), c.id, QStringLiteral("hi"), {}, {}, {}}), ErrorCode::NotFound));
        // The team lead may read the team's conversation, but customer data stays with the agent.
        auto lead = liveStaff(*m_server, QStringLiteral("lead1"));
        QVERIFY(lead->request(ConversationHistory{c.id, 0, 10}).as<ConversationHistoryOk>());
        QVERIFY(isError(lead->request(CustomerProfileGet{c.id}), ErrorCode::Forbidden));
        // A customer cannot ask for profiles at all, nor read someone else's conversation.
        QVERIFY(isError(customer->request(CustomerProfileGet{c.id}), ErrorCode::Forbidden));
        auto other = liveCustomer(*m_server, QStringLiteral("demo-0003"));
        QVERIFY(isError(other->request(ConversationHistory{c.id, 0, 10}), ErrorCode::NotFound));
        QVERIFY(isError(other->request(MessageSend{newKey(), c.id, QStringLiteral("hi"), {}, {}, {}}), ErrorCode::NotFound));
    }

    void waitsInTheQueueUntilCapacityFrees()
    {
        auto agent = liveStaff(*m_server, QStringLiteral("agent1"));
        QVERIFY(agent->request(PresenceSet{newKey(), PresenceStatus::Online, 1}).as<PresenceSetOk>());
        auto first = liveCustomer(*m_server, QStringLiteral("demo-0010"));
        auto second = liveCustomer(*m_server, QStringLiteral("demo-0011"));
        const ConversationInfo a = first->openConversation(QStringLiteral("first"));
        QVERIFY(agent->waitConversation([&](const ConversationInfo& c) { return c.id == a.id && c.agentId > 0; }));
        const ConversationInfo b = second->openConversation(QStringLiteral("second"));
        QCOMPARE(b.status, ConversationStatus::Waiting);
        QVERIFY(!agent->waitConversation([&](const ConversationInfo& c) { return c.id == b.id; }, 500));

        const Frame closed = agent->request(ConversationClose{newKey(), a.id, QStringLiteral("solved")});
        QCOMPARE(closed.as<ConversationCloseOk>()->conversation.status, ConversationStatus::Closed);
        QVERIFY(first->waitConversation([&](const ConversationInfo& c) { return c.id == a.id && c.status == ConversationStatus::Closed; }));
        QVERIFY(agent->waitConversation([&](const ConversationInfo& c) { return c.id == b.id && c.status == ConversationStatus::Assigned; }));
        QVERIFY(second->waitConversation([&](const ConversationInfo& c) { return c.id == b.id && c.status == ConversationStatus::Assigned; }));
        // A closed conversation takes no more messages.
        QVERIFY(isError(first->request(MessageSend{newKey(), a.id, QStringLiteral("hello?"), {}, {}, {}}), ErrorCode::InvalidState));
    }

    void awayAgentsGetNothingAndHighValueCustomersGoFirst()
    {
        auto agent = liveStaff(*m_server, QStringLiteral("agent1"));
        QVERIFY(agent->request(PresenceSet{newKey(), PresenceStatus::Away, 1}).as<PresenceSetOk>());
        auto regular = liveCustomer(*m_server, QStringLiteral("sim-regular"));
        const ConversationInfo r = regular->openConversation(QStringLiteral("regular first"));
        QVERIFY(!agent->waitConversation([&](const ConversationInfo& c) { return c.id == r.id; }, 300));
        QString vipRef;
        for (int i = 1; i <= 240 && vipRef.isEmpty(); ++i) {
            auto probe = liveCustomer(*m_server, QStringLiteral("demo-%1").arg(i, 4, 10, QLatin1Char('0')));
            const ConversationInfo c = probe->openConversation(QStringLiteral("vip?"));
            if (c.customerTier == CustomerTier::Vip) {
                vipRef = QStringLiteral("demo-%1").arg(i, 4, 10, QLatin1Char('0'));
                QVERIFY(agent->request(PresenceSet{newKey(), PresenceStatus::Online, 1}).as<PresenceSetOk>());
                // The VIP arrived later but is served first.
                const auto got = agent->waitConversation([&](const ConversationInfo& x) { return x.agentId > 0; });
                QVERIFY(got);
                QCOMPARE(got->id, c.id);
            }
            // Lower tiers stay waiting behind; the VIP must still be served first.
        }
        QVERIFY2(!vipRef.isEmpty(), "the demo shop has VIP customers");
    }

    void retriesWithTheSameKeyActOnce()
    {
        auto agent = liveStaff(*m_server, QStringLiteral("agent1"));
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0020"));
        const ConversationInfo c = customer->openConversation(QStringLiteral("hi"));
        QVERIFY(agent->waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.agentId > 0; }));
        customer->takeAll();

        const QString key = newKey();
        const ChatMessage first = agent->send(c.id, QStringLiteral("Hello!"), key);
        const ChatMessage retry = agent->send(c.id, QStringLiteral("Hello!"), key);
        QVERIFY(first.id > 0);
        QCOMPARE(retry.id, first.id);
        QCOMPARE(retry.at, first.at);
        QVERIFY(customer->waitMessage(c.id, QStringLiteral("Hello!")));
        QVERIFY(!customer->waitMessage(c.id, QStringLiteral("Hello!"), 300));

        const Frame conflict = agent->request(MessageSend{key, c.id, QStringLiteral("Something else"), {}, {}, {}});
        QVERIFY(isError(conflict, ErrorCode::IdempotencyConflict));
        const Frame history = agent->request(ConversationHistory{c.id, 0, 100});
        int hellos = 0;
        for (const ChatMessage& m : history.as<ConversationHistoryOk>()->messages)
            hellos += m.text == QLatin1String("Hello!") ? 1 : 0;
        QCOMPARE(hellos, 1);

        // Keys are per principal: the customer may use the same key for its own message.
        QVERIFY(customer->send(c.id, QStringLiteral("same key, other sender"), key).id > 0);
    }

    void historyPagesBackwards()
    {
        auto agent = liveStaff(*m_server, QStringLiteral("agent1"));
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0021"));
        const ConversationInfo c = customer->openConversation(QStringLiteral("m0"));
        for (int i = 1; i <= 12; ++i)
            QVERIFY(customer->send(c.id, QStringLiteral("m%1").arg(i)).id > 0);
        const Frame page1 = customer->request(ConversationHistory{c.id, 0, 5});
        const auto& newest = page1.as<ConversationHistoryOk>()->messages;
        QCOMPARE(newest.size(), size_t(5));
        QVERIFY(page1.as<ConversationHistoryOk>()->more);
        QCOMPARE(newest.back().text, QStringLiteral("m12"));
        const Frame page2 = customer->request(ConversationHistory{c.id, newest.front().id, 100});
        QVERIFY(!page2.as<ConversationHistoryOk>()->more);
        QCOMPARE(page2.as<ConversationHistoryOk>()->messages.back().id < newest.front().id, true);
        Q_UNUSED(agent);
    }

    void internalNotesNeverReachTheCustomer()
    {
        auto agent = liveStaff(*m_server, QStringLiteral("agent1"));
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0040"));
        const ConversationInfo c = customer->openConversation(QStringLiteral("hi"));
        QVERIFY(agent->waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.agentId > 0; }));
        customer->takeAll();

        const Frame added = agent->request(NoteAdd{newKey(), c.id, QStringLiteral("VIP next month; be generous")});
        QVERIFY(added.as<NoteAddOk>());
        QCOMPARE(added.as<NoteAddOk>()->message.sender, Sender::Note);
        QVERIFY(agent->waitMessage(c.id, QStringLiteral("VIP next month; be generous")));
        // A lead of the team adds one too: the agent hears of it.
        auto lead = liveStaff(*m_server, QStringLiteral("lead1"));
        QVERIFY(lead->request(NoteAdd{newKey(), c.id, QStringLiteral("from the lead")}).as<NoteAddOk>());
        QVERIFY(agent->waitMessage(c.id, QStringLiteral("from the lead")));

        // Not in the customer's stream, history or preview.
        QVERIFY(customer->send(c.id, QStringLiteral("after the notes")).id > 0);
        QVERIFY(customer->waitMessage(c.id, QStringLiteral("after the notes")));
        for (const Frame& f : customer->takeAll()) {
            if (const auto* m = f.as<MessageNew>())
                QVERIFY(m->message.sender != Sender::Note);
        }
        const Frame theirs = customer->request(ConversationHistory{c.id, 0, 100});
        for (const ChatMessage& m : theirs.as<ConversationHistoryOk>()->messages)
            QVERIFY2(m.sender != Sender::Note, qPrintable(m.text));
        const Frame ours = agent->request(ConversationHistory{c.id, 0, 100});
        int notes = 0;
        for (const ChatMessage& m : ours.as<ConversationHistoryOk>()->messages)
            notes += m.sender == Sender::Note ? 1 : 0;
        QCOMPARE(notes, 2);
        QCOMPARE(agent->request(ConversationsList{}).as<ConversationsListOk>()->conversations.front().lastMessagePreview,
                 QStringLiteral("after the notes"));
        // Customers cannot add notes; other agents cannot add them to someone else's conversation.
        QVERIFY(isError(customer->request(NoteAdd{newKey(), c.id, QStringLiteral("x")}), ErrorCode::Forbidden));
        auto agent2 = liveStaff(*m_server, QStringLiteral("agent2"));
        QVERIFY(isError(agent2->request(NoteAdd{newKey(), c.id, QStringLiteral("x")}), ErrorCode::NotFound));
    }

    void theCustomerRatesAClosedConversationOnce()
    {
        auto agent = liveStaff(*m_server, QStringLiteral("agent1"));
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0041"));
        const ConversationInfo c = customer->openConversation(QStringLiteral("hi"));
        QVERIFY(agent->waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.agentId > 0; }));
        QVERIFY(isError(customer->request(ConversationRate{newKey(), c.id, 5, {}}), ErrorCode::InvalidState));
        QVERIFY(agent->request(ConversationClose{newKey(), c.id, QStringLiteral("solved")}).as<ConversationCloseOk>());
        const Frame rated = customer->request(ConversationRate{newKey(), c.id, 4, QStringLiteral("quick and kind")});
        QVERIFY(rated.as<ConversationRateOk>());
        QCOMPARE(rated.as<ConversationRateOk>()->conversation.csat, 4);
        QVERIFY(agent->waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.csat == 4; }));
        QVERIFY(isError(customer->request(ConversationRate{newKey(), c.id, 1, {}}), ErrorCode::InvalidState));
        QVERIFY(isError(agent->request(ConversationRate{newKey(), c.id, 5, {}}), ErrorCode::Forbidden));
        auto other = liveCustomer(*m_server, QStringLiteral("demo-0042"));
        QVERIFY(isError(other->request(ConversationRate{newKey(), c.id, 1, {}}), ErrorCode::NotFound));
    }

    void transferToAColleagueOrATeam()
    {
        auto agent1 = liveStaff(*m_server, QStringLiteral("agent1"));
        auto agent2 = liveStaff(*m_server, QStringLiteral("agent2"));
        QVERIFY(agent2->request(PresenceSet{newKey(), PresenceStatus::Away, 0}).as<PresenceSetOk>());  // no routing to agent2
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0043"));
        const ConversationInfo c = customer->openConversation(QStringLiteral("my parcel is late"));
        QVERIFY(agent1->waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.agentId > 0; }));
        constexpr qint64 agent2Id = 2;  // the demo shop's agent1..agent6 have ids 1..6

        // staff.list shows who is there.
        const Frame staff = agent1->request(StaffList{});
        QVERIFY(staff.as<StaffListOk>());
        QCOMPARE(staff.as<StaffListOk>()->teams.size(), size_t(2));
        bool sawAgent2Away = false;
        bool sawAgent6Offline = false;
        for (const StaffMember& m : staff.as<StaffListOk>()->staff) {
            sawAgent2Away |= m.id == agent2Id && m.status == PresenceStatus::Away;
            sawAgent6Offline |= m.name == QStringLiteral("Emma Brown") && m.status == PresenceStatus::Offline;
        }
        QVERIFY(sawAgent2Away);
        QVERIFY(sawAgent6Offline);

        // Wrong requests.
        QVERIFY(isError(agent1->request(ConversationTransfer{newKey(), c.id, 2, 2, {}}), ErrorCode::BadFrame));
        QVERIFY(isError(agent1->request(ConversationTransfer{newKey(), c.id, 0, 0, {}}), ErrorCode::BadFrame));
        QVERIFY(isError(agent1->request(ConversationTransfer{newKey(), c.id, 6, 0, {}}), ErrorCode::InvalidState));  // offline
        QVERIFY(isError(agent1->request(ConversationTransfer{newKey(), c.id, 13, 0, {}}), ErrorCode::NotFound));  // an admin
        QVERIFY(isError(agent2->request(ConversationTransfer{newKey(), c.id, 2, 0, {}}), ErrorCode::NotFound));  // not theirs

        // To a colleague, with a note.
        const Frame moved = agent1->request(ConversationTransfer{newKey(), c.id, 2, 0, QStringLiteral("wants a refund if > 3 days")});
        QVERIFY(moved.as<ConversationTransferOk>());
        QCOMPARE(moved.as<ConversationTransferOk>()->conversation.agentId, 2);
        QVERIFY(agent1->waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.agentId == 2; }));
        QVERIFY(agent2->waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.agentId == 2; }));
        QVERIFY(agent2->waitMessage(c.id, QStringLiteral("wants a refund if > 3 days")));
        const auto told = customer->waitEvent([&](const Frame& f) {
            const auto* m = f.as<MessageNew>();
            return m && m->message.sender == Sender::System && m->message.text.contains(QStringLiteral("handed"));
        });
        QVERIFY(told);
        QVERIFY(agent2->request(CustomerProfileGet{c.id}).as<CustomerProfileOk>());
        QVERIFY(isError(agent1->request(MessageSend{newKey(), c.id, QStringLiteral("still mine?"), {}, {}, {}}), ErrorCode::NotFound));

        // To the aftersales queue: agent4 of that team gets it by routing.
        auto agent4 = liveStaff(*m_server, QStringLiteral("agent4"));
        QVERIFY(agent2->request(ConversationTransfer{newKey(), c.id, 0, 2, {}}).as<ConversationTransferOk>());
        QVERIFY(agent4->waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.agentId > 0 && x.teamId == 2; }));
        QVERIFY(agent2->waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.status == ConversationStatus::Waiting; }));
    }

    void rolesAndEndpointsAreEnforced()
    {
        WsClient staff(m_server->staffUrl());
        QVERIFY(staff.waitConnected());
        QVERIFY(isError(staff.request(CustomerSignin{QStringLiteral("demo-channel-key"), QStringLiteral("x"), {}, Channel::Web, 1, {}}),
                        ErrorCode::Forbidden));
        staff.login(QStringLiteral("trainer1"));
        QVERIFY(isError(staff.request(AuthLogin{QStringLiteral("agent1"), QStringLiteral("demo1234"), 1, {}, {}}), ErrorCode::InvalidState));
        // Trainers do not send messages in production conversations.
        QVERIFY(isError(staff.request(MessageSend{newKey(), 1, QStringLiteral("hi"), {}, {}, {}}), ErrorCode::Forbidden));

        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0030"));
        QVERIFY(isError(customer->request(AuthLogin{QStringLiteral("agent1"), QStringLiteral("demo1234"), 1, {}, {}}), ErrorCode::Forbidden));
        QVERIFY(isError(customer->request(PresenceSet{newKey(), PresenceStatus::Online, 0}), ErrorCode::Forbidden));
        QVERIFY(isError(customer->request(ConversationClose{newKey(), 1, QStringLiteral("x")}), ErrorCode::Forbidden));
    }

private:
    std::unique_ptr<TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestServerChat)
#include "tst_ServerChat.moc"
