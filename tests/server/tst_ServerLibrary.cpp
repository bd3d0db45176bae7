// The reply library and recommendation prompts over real sockets: who sees and keeps which reply,
// live push of edits to the clients that see them, favourites, uses recorded with messages and
// credited with purchases; recommendations with their reasons, the policy enforced on send
// (a second add-on refused, none for "no-marketing" customers), dismissals, conversions.
// Bad inputs tried: empty body, a script step without text, a malformed language, a third A/B
// variant, an unknown or invisible reply in message.send, a step beyond the script, an unknown
// SKU in order.place, order.place from staff, library.stats from an agent, a stale id in edits.
// Images: data that is not base64, bytes that are not PNG/JPEG, one byte over 32 KiB, an unknown
// or malformed image id in reply.save and message.send, an image on a script, a customer sending
// or uploading an image, a customer fetching an image never sent to them.

#include "DatabasePeek.h"
#include "TestServer.h"
#include "WsClient.h"

#include "library/LibraryAccess.h"
#include "media/ImageBlob.h"

#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {

std::vector<Reply> libraryOf(WsClient& client)
{
    const Frame frame = client.request(LibraryList{});
    const auto* ok = frame.as<LibraryListOk>();
    return ok ? ok->replies : std::vector<Reply>{};
}

std::optional<Reply> firstWhere(const std::vector<Reply>& replies, const std::function<bool(const Reply&)>& match)
{
    for (const Reply& r : replies) {
        if (match(r))
            return r;
    }
    return std::nullopt;
}

Reply personalReply(const QString& title)
{
    Reply r;
    r.title = title;
    r.body = QStringLiteral("Hello {customer.name}, your order {order.id} is on its way.");
    r.category = ReplyCategory::Logistics;
    r.tags = {QStringLiteral("delivery")};
    r.language = QStringLiteral("en");
    r.scope = ReplyScope::Personal;
    return r;
}

Principal principalOf(TestServer& server, const QString& user)
{
    WsClient probe(server.staffUrl());
    return probe.waitConnected() ? probe.login(user).principal : Principal{};
}

std::optional<LibraryUpdated> waitLibraryUpdate(WsClient& client, qint64 replyId, int timeoutMs = 5000)
{
    const auto frame = client.waitEvent([replyId](const Frame& f) {
        const auto* u = f.as<LibraryUpdated>();
        return u && u->reply.id == replyId;
    }, timeoutMs);
    if (!frame)
        return std::nullopt;
    return *frame->as<LibraryUpdated>();
}

// A real 1x1 PNG.
const QByteArray kTinyPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

class TestServerLibrary : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }
    void cleanup() { m_server.reset(); }

    void demoLibraryIsScopedByTeam()
    {
        auto agent1 = liveStaff(*m_server, QStringLiteral("agent1"));  // Presales
        const Principal me = principalOf(*m_server, QStringLiteral("agent1"));
        const auto replies = libraryOf(*agent1);
        QVERIFY2(replies.size() >= 100, qPrintable(QString::number(replies.size())));
        int scripts = 0, zh = 0, en = 0;
        for (const Reply& r : replies) {
            QVERIFY(LibraryAccess::canSee(me, r));
            QVERIFY(r.teamId == 0 || r.teamId == me.teamId);
            scripts += r.isScript() ? 1 : 0;
            zh += r.language == QLatin1String("zh_CN") ? 1 : 0;
            en += r.language == QLatin1String("en") ? 1 : 0;
        }
        QVERIFY(scripts >= 10);
        QVERIFY(zh >= 40 && en >= 40);

        // Aftersales sees its own team's replies, which Presales does not.
        auto agent4 = liveStaff(*m_server, QStringLiteral("agent4"));
        const auto aftersales = libraryOf(*agent4);
        const auto theirs = firstWhere(aftersales, [](const Reply& r) { return r.teamId != 0; });
        QVERIFY(theirs);
        QVERIFY(!firstWhere(replies, [&](const Reply& r) { return r.id == theirs->id; }));
        // An admin sees every team's.
        auto admin = liveStaff(*m_server, QStringLiteral("admin1"));
        QVERIFY(libraryOf(*admin).size() > replies.size());
    }

    void agentsKeepOnlyTheirPersonalReplies()
    {
        auto agent1 = liveStaff(*m_server, QStringLiteral("agent1"));
        const auto replies = libraryOf(*agent1);
        const auto team = firstWhere(replies, [](const Reply& r) { return r.scope == ReplyScope::Team; });
        QVERIFY(team);
        Reply edited = *team;
        edited.title = QStringLiteral("Hijacked");
        QVERIFY(isError(agent1->request(ReplySave{newKey(), edited}), ErrorCode::Forbidden));
        QVERIFY(isError(agent1->request(ReplyDelete{newKey(), team->id}), ErrorCode::Forbidden));
        Reply newTeamReply = personalReply(QStringLiteral("Team attempt"));
        newTeamReply.scope = ReplyScope::Team;
        newTeamReply.teamId = 1;
        QVERIFY(isError(agent1->request(ReplySave{newKey(), newTeamReply}), ErrorCode::Forbidden));

        // A personal reply is the agent's own, whatever owner the request names; others never see it.
        Reply mine = personalReply(QStringLiteral("My delivery answer"));
        mine.ownerId = 9999;
        const QString key = newKey();
        const Frame saved = agent1->request(ReplySave{key, mine});
        QVERIFY(saved.as<ReplySaveOk>());
        const Reply stored = saved.as<ReplySaveOk>()->reply;
        QCOMPARE(stored.ownerId, principalOf(*m_server, QStringLiteral("agent1")).id);
        QVERIFY(stored.id > 0);
        // A retry with the same key stores nothing new.
        QCOMPARE(agent1->request(ReplySave{key, mine}).as<ReplySaveOk>()->reply.id, stored.id);
        QCOMPARE(libraryOf(*agent1).size(), replies.size() + 1);

        auto agent2 = liveStaff(*m_server, QStringLiteral("agent2"));
        QVERIFY(!firstWhere(libraryOf(*agent2), [&](const Reply& r) { return r.id == stored.id; }));
        QVERIFY(isError(agent2->request(ReplyFavorite{newKey(), stored.id, true}), ErrorCode::NotFound));
        Reply stolen = stored;
        stolen.title = QStringLiteral("Mine now");
        QVERIFY(isError(agent2->request(ReplySave{newKey(), stolen}), ErrorCode::NotFound));

        QVERIFY(agent1->request(ReplyDelete{newKey(), stored.id}).as<ReplyDeleteOk>());
        QCOMPARE(libraryOf(*agent1).size(), replies.size());
    }

    void leadsEditTheirTeamsRepliesAndEveryoneSeesItLive()
    {
        auto lead = liveStaff(*m_server, QStringLiteral("lead1"));        // Presales lead
        auto agent1 = liveStaff(*m_server, QStringLiteral("agent1"));     // Presales
        auto agent4 = liveStaff(*m_server, QStringLiteral("agent4"));     // Aftersales
        const auto replies = libraryOf(*lead);
        const auto presales = firstWhere(replies, [](const Reply& r) { return r.teamId == 1 && !r.isScript(); });
        const auto shopWide = firstWhere(replies, [](const Reply& r) { return r.teamId == 0; });
        QVERIFY(presales && shopWide);

        Reply edited = *presales;
        edited.title = QStringLiteral("Edited by the lead");
        edited.body = QStringLiteral("Hi {customer.name}, {agent.name} here.");
        QVERIFY(lead->request(ReplySave{newKey(), edited}).as<ReplySaveOk>());
        const auto pushed = waitLibraryUpdate(*agent1, presales->id);
        QVERIFY(pushed);
        QCOMPARE(pushed->reply.title, edited.title);
        QCOMPARE(pushed->reply.body, edited.body);
        QVERIFY(!pushed->deleted);
        QVERIFY(!waitLibraryUpdate(*agent4, presales->id, 300));  // not their team's

        // Two editors of the same version: the second save is refused rather than overwriting the first.
        Reply stale = *presales;  // the version before the edit above
        stale.title = QStringLiteral("Stale edit");
        const Frame conflict = lead->request(ReplySave{newKey(), stale});
        QVERIFY(isError(conflict, ErrorCode::InvalidState));
        QVERIFY(conflict.as<protocol::Error>()->message.contains(QStringLiteral("meanwhile")));

        // The shop-wide library is the admins'.
        Reply wide = *shopWide;
        wide.title = QStringLiteral("Lead's change");
        QVERIFY(isError(lead->request(ReplySave{newKey(), wide}), ErrorCode::Forbidden));
        auto admin = liveStaff(*m_server, QStringLiteral("admin1"));
        QVERIFY(admin->request(ReplySave{newKey(), wide}).as<ReplySaveOk>());
        QVERIFY(waitLibraryUpdate(*agent1, shopWide->id));
        QVERIFY(waitLibraryUpdate(*agent4, shopWide->id));

        // An admin moving a reply to another team: the old team hears it is gone, the new one gets it.
        Reply moved = pushed->reply;  // the current version
        moved.teamId = 2;
        QVERIFY(admin->request(ReplySave{newKey(), moved}).as<ReplySaveOk>());
        const auto gone = waitLibraryUpdate(*agent1, presales->id);
        QVERIFY(gone && gone->deleted);
        const auto arrived = waitLibraryUpdate(*agent4, presales->id);
        QVERIFY(arrived && !arrived->deleted);

        // A new team reply reaches the team; a deletion too.
        Reply created = personalReply(QStringLiteral("New team reply"));
        created.scope = ReplyScope::Team;
        created.teamId = 1;
        const Frame saved = lead->request(ReplySave{newKey(), created});
        QVERIFY(saved.as<ReplySaveOk>());
        const qint64 id = saved.as<ReplySaveOk>()->reply.id;
        QVERIFY(waitLibraryUpdate(*agent1, id));
        QVERIFY(lead->request(ReplyDelete{newKey(), id}).as<ReplyDeleteOk>());
        const auto deleted = waitLibraryUpdate(*agent1, id);
        QVERIFY(deleted && deleted->deleted);
    }

    void badRepliesAreRefused()
    {
        auto agent1 = liveStaff(*m_server, QStringLiteral("agent1"));
        Reply empty = personalReply(QStringLiteral("Empty"));
        empty.body = QStringLiteral("   ");
        QVERIFY(isError(agent1->request(ReplySave{newKey(), empty}), ErrorCode::BadFrame));
        Reply language = personalReply(QStringLiteral("Language"));
        language.language = QStringLiteral("chinese");
        QVERIFY(isError(agent1->request(ReplySave{newKey(), language}), ErrorCode::BadFrame));
        // A step without a body is refused by the frame reader already.
        agent1->sendText(R"({"type":"reply.save","id":"x1","key":"k-step-0001","reply":{"title":"S","category":"closing",)"
                         R"("language":"en","scope":"personal","steps":[{"title":"one","body":""}]}})");
        const Frame stepError = agent1->waitReply(QStringLiteral("x1"));
        QVERIFY(isError(stepError, ErrorCode::BadFrame));
        QVERIFY(stepError.as<protocol::Error>()->message.contains(QStringLiteral("body")));
        // An unknown category.
        agent1->sendText(R"({"type":"reply.save","id":"x2","key":"k-cat-00001","reply":{"title":"S","body":"b",)"
                         R"("category":"bribery","language":"en","scope":"personal"}})");
        QVERIFY(isError(agent1->waitReply(QStringLiteral("x2")), ErrorCode::BadFrame));
        // An agent joining the shop's A/B test with a reply of their own: not theirs to change.
        auto admin = liveStaff(*m_server, QStringLiteral("admin1"));
        const auto pair = firstWhere(libraryOf(*admin), [](const Reply& r) { return r.abPairId != 0 && r.teamId == 0; });
        QVERIFY(pair);
        Reply third = personalReply(QStringLiteral("Third variant"));
        third.abPairId = pair->abPairId;
        QVERIFY(isError(agent1->request(ReplySave{newKey(), third}), ErrorCode::Forbidden));
        // The admin may keep both, but a pair has two variants at most.
        Reply adminThird = third;
        adminThird.scope = ReplyScope::Team;
        adminThird.teamId = 0;
        QVERIFY(isError(admin->request(ReplySave{newKey(), adminThird}), ErrorCode::BadFrame));
        // A test is started by pairing a reply with another: that one becomes variant A, this one B.
        const Frame anchor = agent1->request(ReplySave{newKey(), personalReply(QStringLiteral("Variant A"))});
        QVERIFY(anchor.as<ReplySaveOk>());
        const qint64 a = anchor.as<ReplySaveOk>()->reply.id;
        Reply variantB = personalReply(QStringLiteral("Variant B"));
        variantB.abPairId = a;
        const Frame b = agent1->request(ReplySave{newKey(), variantB});
        QVERIFY(b.as<ReplySaveOk>());
        QCOMPARE(b.as<ReplySaveOk>()->reply.abPairId, a);
        QCOMPARE(b.as<ReplySaveOk>()->reply.abVariant, 1);
        // ...which its clients hear of (after the event of its creation).
        QVERIFY(agent1->waitEvent([a](const Frame& f) {
            const auto* u = f.as<LibraryUpdated>();
            return u && u->reply.id == a && u->reply.abPairId == a && u->reply.abVariant == 0;
        }));
        // A third is refused, naming either member; nobody pairs with a reply they cannot see or edit.
        Reply third2 = personalReply(QStringLiteral("Another"));
        third2.abPairId = b.as<ReplySaveOk>()->reply.id;
        QVERIFY(isError(agent1->request(ReplySave{newKey(), third2}), ErrorCode::BadFrame));
        auto agent2 = liveStaff(*m_server, QStringLiteral("agent2"));
        Reply foreign = personalReply(QStringLiteral("Foreign"));
        foreign.abPairId = a;
        QVERIFY(isError(agent2->request(ReplySave{newKey(), foreign}), ErrorCode::BadFrame));
        const auto teamReply = firstWhere(libraryOf(*agent1), [](const Reply& r) { return r.scope == ReplyScope::Team && r.abPairId == 0; });
        QVERIFY(teamReply);
        Reply onTeam = personalReply(QStringLiteral("Versus a team reply"));
        onTeam.abPairId = teamReply->id;
        QVERIFY(isError(agent1->request(ReplySave{newKey(), onTeam}), ErrorCode::Forbidden));  // not theirs to keep
        // A tag with a line break would come back as two: refused.
        Reply badTag = personalReply(QStringLiteral("Bad tag"));
        badTag.tags = {QStringLiteral("one\ntwo")};
        QVERIFY(isError(agent1->request(ReplySave{newKey(), badTag}), ErrorCode::BadFrame));
        // Variants seen by different people would measure nothing: a personal reply cannot test a team one's pair.
        auto lead = liveStaff(*m_server, QStringLiteral("lead1"));
        Reply teamB = personalReply(QStringLiteral("Team variant"));
        teamB.scope = ReplyScope::Team;
        teamB.teamId = 1;
        teamB.abPairId = a;
        QVERIFY(isError(lead->request(ReplySave{newKey(), teamB}), ErrorCode::BadFrame));
        // Deleting variant A ends the test: B hears it is in no test any more, and can be edited as before.
        const qint64 bId = b.as<ReplySaveOk>()->reply.id;
        QVERIFY(agent1->request(ReplyDelete{newKey(), a}).as<ReplyDeleteOk>());
        const auto alone = agent1->waitEvent([bId](const Frame& f) {
            const auto* u = f.as<LibraryUpdated>();
            return u && u->reply.id == bId && u->reply.abPairId == 0 && !u->deleted;
        });
        QVERIFY(alone);
        // An edit of the version before the test ended is stale; of the current one, fine.
        Reply staleB = b.as<ReplySaveOk>()->reply;
        staleB.title = QStringLiteral("Stale");
        QVERIFY(isError(agent1->request(ReplySave{newKey(), staleB}), ErrorCode::InvalidState));
        Reply editedB = alone->as<LibraryUpdated>()->reply;
        editedB.abPairId = 0;
        editedB.title = QStringLiteral("Variant B, alone");
        QVERIFY(agent1->request(ReplySave{newKey(), editedB}).as<ReplySaveOk>());
        // A new reply never takes a deleted one's id.
        const Frame fresh = agent1->request(ReplySave{newKey(), personalReply(QStringLiteral("Fresh"))});
        QVERIFY(fresh.as<ReplySaveOk>()->reply.id > bId);

        // Edits of a reply that does not exist.
        Reply ghost = personalReply(QStringLiteral("Ghost"));
        ghost.id = 987654;
        QVERIFY(isError(agent1->request(ReplySave{newKey(), ghost}), ErrorCode::NotFound));
        QVERIFY(isError(agent1->request(ReplyDelete{newKey(), 987654}), ErrorCode::NotFound));
    }

    void favouritesAreKeptPerAgent()
    {
        auto agent1 = liveStaff(*m_server, QStringLiteral("agent1"));
        const qint64 id = libraryOf(*agent1).front().id;
        const Frame marked = agent1->request(ReplyFavorite{newKey(), id, true});
        QVERIFY(marked.as<ReplyFavoriteOk>() && marked.as<ReplyFavoriteOk>()->favorite);
        const auto mine = agent1->request(LibraryList{}).as<LibraryListOk>()->mine;
        QVERIFY(std::any_of(mine.begin(), mine.end(), [id](const ReplyMine& m) { return m.replyId == id && m.favorite; }));
        auto agent2 = liveStaff(*m_server, QStringLiteral("agent2"));
        QVERIFY(agent2->request(LibraryList{}).as<LibraryListOk>()->mine.empty());
        QVERIFY(agent1->request(ReplyFavorite{newKey(), id, false}).as<ReplyFavoriteOk>());
        QVERIFY(agent1->request(LibraryList{}).as<LibraryListOk>()->mine.empty());
    }

    void usesAreRecordedAndPurchasesCredited()
    {
        auto agent1 = liveStaff(*m_server, QStringLiteral("agent1"));
        auto lead = liveStaff(*m_server, QStringLiteral("lead1"));
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0005"));
        const ConversationInfo c = customer->openConversation(QStringLiteral("Is the X1 worth it?"));
        QVERIFY(agent1->waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.agentId > 0; }));

        const auto replies = libraryOf(*agent1);
        const auto reply = firstWhere(replies, [](const Reply& r) { return !r.isScript(); });
        const auto script = firstWhere(replies, [](const Reply& r) { return r.steps.size() >= 2; });
        QVERIFY(reply && script);

        // A customer may not name replies. For an agent, references to replies that are gone or
        // invisible, or to a step a script lacks, only count for nothing: the message still goes.
        auto historySize = [&] {
            return agent1->request(ConversationHistory{c.id, 0, 50}).as<ConversationHistoryOk>()->messages.size();
        };
        const size_t messagesBefore = historySize();
        QVERIFY(isError(customer->request(MessageSend{newKey(), c.id, QStringLiteral("x"), {ReplyRef{reply->id, 0}}, {}, {}}),
                        ErrorCode::Forbidden));
        QCOMPARE(historySize(), messagesBefore);
        QVERIFY(agent1->request(MessageSend{newKey(), c.id, QStringLiteral("From a reply deleted since"),
                                            {ReplyRef{987654, 0}, ReplyRef{reply->id, 3}}, {}, {}}).as<MessageSendOk>());
        QCOMPARE(historySize(), messagesBefore + 1);

        const QString key = newKey();
        // The same reply twice in one message is one use.
        const MessageSend send{key, c.id, QStringLiteral("Two answers in one"),
                               {ReplyRef{reply->id, 0}, ReplyRef{script->id, 1}, ReplyRef{reply->id, 0}}, {}, {}};
        QVERIFY(agent1->request(send).as<MessageSendOk>());
        QVERIFY(agent1->request(send).as<MessageSendOk>());  // a retry records nothing twice

        // Agents do not see the figures; leads do.
        QVERIFY(isError(agent1->request(LibraryStats{}), ErrorCode::Forbidden));
        auto statsOf = [&](qint64 replyId) {
            const Frame f = lead->request(LibraryStats{});
            for (const ReplyStats& s : f.as<LibraryStatsOk>()->stats) {
                if (s.replyId == replyId)
                    return s;
            }
            return ReplyStats{};
        };
        ReplyStats before = statsOf(reply->id);
        QCOMPARE(before.uses, 1);
        QCOMPARE(before.conversations, 1);
        QCOMPARE(before.conversions, 0);
        QCOMPARE(statsOf(script->id).uses, 1);
        const auto mine = agent1->request(LibraryList{}).as<LibraryListOk>()->mine;
        QVERIFY(std::any_of(mine.begin(), mine.end(), [&](const ReplyMine& m) { return m.replyId == reply->id && m.uses == 1; }));

        // The customer buys: the conversation converts, and its agent sees the order in it.
        QVERIFY(isError(customer->request(OrderPlace{newKey(), {OrderLine{QStringLiteral("NO-SUCH-SKU"), 1}}}),
                        ErrorCode::NotFound));
        QVERIFY(isError(customer->request(OrderPlace{newKey(), {}}), ErrorCode::BadFrame));
        QVERIFY(isError(agent1->request(OrderPlace{newKey(), {OrderLine{QStringLiteral("PH-X1-128"), 1}}}),
                        ErrorCode::Forbidden));
        const Frame placed = customer->request(OrderPlace{newKey(), {OrderLine{QStringLiteral("PH-X1-128"), 1},
                                                                      OrderLine{QStringLiteral("WR-EXT1-PH"), 1}}});
        QVERIFY(placed.as<OrderPlaceOk>());
        QCOMPARE(placed.as<OrderPlaceOk>()->order.totalCents, qint64(299900 + 19900));
        const auto noticeFrame = agent1->waitEvent([](const Frame& f) {
            return f.as<MessageNew>() && f.as<MessageNew>()->message.event == QLatin1String("order_placed");
        });
        QVERIFY(noticeFrame);
        const ChatMessage* notice = &noticeFrame->as<MessageNew>()->message;
        QCOMPARE(notice->conversationId, c.id);
        QCOMPARE(notice->event, QStringLiteral("order_placed"));
        QCOMPARE(notice->args.front(), placed.as<OrderPlaceOk>()->order.orderNo);
        QCOMPARE(statsOf(reply->id).conversions, 1);
        QCOMPARE(statsOf(script->id).conversions, 1);
        // Only uses after `since` count.
        const Frame later = lead->request(LibraryStats{QDateTime::currentMSecsSinceEpoch() + 60'000});
        QVERIFY(later.as<LibraryStatsOk>()->stats.empty());
        QCOMPARE(later.as<LibraryStatsOk>()->windowHours, 72);
    }

    void recommendationsFollowThePolicy()
    {
        auto agent1 = liveStaff(*m_server, QStringLiteral("agent1"));
        auto lead = liveStaff(*m_server, QStringLiteral("lead1"));
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0007"));
        // The customer bought a phone today, then asks about charging.
        QVERIFY(customer->request(OrderPlace{newKey(), {OrderLine{QStringLiteral("PH-X1-128"), 1}}}).as<OrderPlaceOk>());
        const ConversationInfo c = customer->openConversation(
            QStringLiteral("How long does the battery of my phone last when charging? Does the screen scratch easily?"));
        QVERIFY(agent1->waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.agentId > 0; }));

        auto cardsOf = [&](WsClient& client) {
            const Frame f = client.request(RecommendationsGet{c.id});
            return f.as<RecommendationsOk>() ? f.as<RecommendationsOk>()->recommendations : std::vector<Recommendation>{};
        };
        const auto cards = cardsOf(*agent1);
        QVERIFY(cards.size() >= 2);
        QCOMPARE(cards[0].kind, QStringLiteral("warranty"));
        QCOMPARE(cards[0].forProduct, QStringLiteral("Nova X1 phone 128 GB"));
        QVERIFY(cards[0].boughtAt > QDateTime::currentMSecsSinceEpoch() - 60'000);
        QVERIFY(cards[0].matched == QLatin1String("battery") || cards[0].matched == QLatin1String("charging"));
        QVERIFY(cards[0].allowed);
        // Only the serving agent: the lead may read the conversation but not get its prompts.
        QVERIFY(isError(lead->request(RecommendationsGet{c.id}), ErrorCode::Forbidden));
        QVERIFY(isError(agent1->request(RecommendationsGet{987654}), ErrorCode::NotFound));

        // The first add-on goes out; a second is refused, on the server as on the card.
        const Frame first = agent1->request(MessageSend{newKey(), c.id, cards[0].sentence, {}, cards[0].sku, {}});
        QVERIFY(first.as<MessageSendOk>());
        QVERIFY(customer->waitMessage(c.id, cards[0].sentence));
        const Frame second = agent1->request(MessageSend{newKey(), c.id, cards[1].sentence, {}, cards[1].sku, {}});
        QVERIFY(isError(second, ErrorCode::Forbidden));
        QVERIFY(second.as<protocol::Error>()->message.contains(QStringLiteral("cap_reached")));
        const auto after = cardsOf(*agent1);
        for (const Recommendation& r : after) {
            QVERIFY(r.sku != cards[0].sku);  // never repeated
            QVERIFY(!r.allowed);
            QCOMPARE(r.refusal, QStringLiteral("cap_reached"));
        }
        // A dismissed one is not proposed again; an unknown product cannot be recommended.
        QVERIFY(agent1->request(RecommendationDismiss{newKey(), c.id, cards[1].sku}).as<RecommendationDismissOk>());
        for (const Recommendation& r : cardsOf(*agent1))
            QVERIFY(r.sku != cards[1].sku);
        QVERIFY(isError(agent1->request(MessageSend{newKey(), c.id, QStringLiteral("x"), {}, QStringLiteral("NO-SUCH"), {}}),
                        ErrorCode::NotFound));
        QVERIFY(isError(customer->request(MessageSend{newKey(), c.id, QStringLiteral("x"), {}, cards[0].sku, {}}),
                        ErrorCode::Forbidden));

        // The customer buys what was recommended: shown, sent and converted are counted.
        QVERIFY(customer->request(OrderPlace{newKey(), {OrderLine{cards[0].sku, 1}}}).as<OrderPlaceOk>());
        const Frame stats = lead->request(LibraryStats{});
        const auto& recommendations = stats.as<LibraryStatsOk>()->recommendations;
        const auto it = std::find_if(recommendations.begin(), recommendations.end(),
                                     [&](const RecommendationStats& s) { return s.sku == cards[0].sku; });
        QVERIFY(it != recommendations.end());
        QCOMPARE(it->shown, 1);
        QCOMPARE(it->sent, 1);
        QCOMPARE(it->converted, 1);
        const auto dismissed = std::find_if(recommendations.begin(), recommendations.end(),
                                            [&](const RecommendationStats& s) { return s.sku == cards[1].sku; });
        QVERIFY(dismissed != recommendations.end() && dismissed->dismissed == 1 && dismissed->sent == 0);
    }

    void repliesAndMessagesCarryImages()
    {
        auto agent1 = liveStaff(*m_server, QStringLiteral("agent1"));
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0007"));
        auto other = liveCustomer(*m_server, QStringLiteral("demo-0009"));
        const ConversationInfo c = customer->openConversation(QStringLiteral("How do returns work?"));
        QVERIFY(agent1->waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.agentId > 0; }));

        // The demo ships replies with pictures, stored under the hash of their bytes.
        const auto withImage = firstWhere(libraryOf(*agent1), [](const Reply& r) { return !r.image.isEmpty(); });
        QVERIFY(withImage);
        const Frame demoImage = agent1->request(ImageGet{withImage->image});
        QVERIFY(demoImage.as<ImageGetOk>());
        const QByteArray demoBytes = QByteArray::fromBase64(demoImage.as<ImageGetOk>()->image.data.toLatin1());
        QCOMPARE(media::imageId(demoBytes), withImage->image);
        QCOMPARE(demoImage.as<ImageGetOk>()->image.mime, QStringLiteral("image/png"));

        // Upload: the id is the SHA-256; the same bytes again give the same id.
        const Frame uploaded = agent1->request(ImageUpload{newKey(), base64(kTinyPng)});
        QVERIFY(uploaded.as<ImageUploadOk>());
        const QString id = uploaded.as<ImageUploadOk>()->imageId;
        QCOMPARE(id, media::imageId(kTinyPng));
        QCOMPARE(agent1->request(ImageUpload{newKey(), base64(kTinyPng)}).as<ImageUploadOk>()->imageId, id);

        // What is not an image of the allowed size is refused, with the reason.
        QVERIFY(isError(agent1->request(ImageUpload{newKey(), QStringLiteral("not*base64!")}), ErrorCode::BadFrame));
        QVERIFY(isError(agent1->request(ImageUpload{newKey(), base64("GIF89a tiny")}), ErrorCode::BadFrame));
        QByteArray justOver = kTinyPng;
        justOver.resize(media::kMaxImageBytes + 1);
        const Frame tooLarge = agent1->request(ImageUpload{newKey(), base64(justOver)});
        QVERIFY(isError(tooLarge, ErrorCode::BadFrame));
        QVERIFY(tooLarge.as<protocol::Error>()->message.contains(QStringLiteral("32 KiB")));
        QByteArray atLimit = kTinyPng;
        atLimit.resize(media::kMaxImageBytes);
        QVERIFY(agent1->request(ImageUpload{newKey(), base64(atLimit)}).as<ImageUploadOk>());
        QVERIFY(isError(customer->request(ImageUpload{newKey(), base64(kTinyPng)}), ErrorCode::Forbidden));

        // A reply keeps its image; references must name an uploaded image, and scripts have none.
        Reply r = personalReply(QStringLiteral("Size chart"));
        r.image = id;
        const Frame saved = agent1->request(ReplySave{newKey(), r});
        QVERIFY(saved.as<ReplySaveOk>());
        QCOMPARE(saved.as<ReplySaveOk>()->reply.image, id);
        const auto listed = firstWhere(libraryOf(*agent1), [&](const Reply& x) { return x.id == saved.as<ReplySaveOk>()->reply.id; });
        QVERIFY(listed);
        QCOMPARE(listed->image, id);
        r.image = QString(64, u'e');
        QVERIFY(isError(agent1->request(ReplySave{newKey(), r}), ErrorCode::NotFound));
        r.image = QStringLiteral("../etc/passwd");
        QVERIFY(isError(agent1->request(ReplySave{newKey(), r}), ErrorCode::BadFrame));
        Reply script = r;
        script.image = id;
        script.body.clear();
        script.steps = {ScriptStep{QStringLiteral("One"), QStringLiteral("First")}};
        QVERIFY(isError(agent1->request(ReplySave{newKey(), script}), ErrorCode::BadFrame));

        // A message with the image reaches the customer, who may then fetch it; nobody else may.
        const Frame sent = agent1->request(MessageSend{newKey(), c.id, QStringLiteral("Here is the chart"), {}, {}, id});
        QVERIFY(sent.as<MessageSendOk>());
        QCOMPARE(sent.as<MessageSendOk>()->message.image, id);
        const auto pushed = customer->waitEvent([&](const Frame& f) {
            const auto* m = f.as<MessageNew>();
            return m && m->message.text == QStringLiteral("Here is the chart");
        });
        QVERIFY(pushed);
        QCOMPARE(pushed->as<MessageNew>()->message.image, id);
        const auto history = customer->request(ConversationHistory{c.id, 0, 50}).as<ConversationHistoryOk>()->messages;
        QVERIFY(std::any_of(history.begin(), history.end(), [&](const ChatMessage& m) { return m.image == id; }));
        const Frame fetched = customer->request(ImageGet{id});
        QVERIFY(fetched.as<ImageGetOk>());
        QCOMPARE(QByteArray::fromBase64(fetched.as<ImageGetOk>()->image.data.toLatin1()), kTinyPng);
        QVERIFY(isError(other->request(ImageGet{id}), ErrorCode::NotFound));
        QVERIFY(isError(customer->request(ImageGet{withImage->image}), ErrorCode::NotFound));
        QVERIFY(isError(agent1->request(ImageGet{QString(64, u'f')}), ErrorCode::NotFound));
        QVERIFY(isError(agent1->request(MessageSend{newKey(), c.id, QStringLiteral("x"), {}, {}, QString(64, u'e')}),
                        ErrorCode::NotFound));
        QVERIFY(isError(customer->request(MessageSend{newKey(), c.id, QStringLiteral("x"), {}, {}, id}), ErrorCode::Forbidden));
    }

    void noMarketingCustomersGetNoOffers()
    {
        const QString ref = DatabasePeek(m_server->database())
                                .text(QStringLiteral("SELECT external_ref FROM customers WHERE tags LIKE '%no-marketing%'"
                                                     " ORDER BY id LIMIT 1"));
        QVERIFY(!ref.isEmpty());
        auto agent1 = liveStaff(*m_server, QStringLiteral("agent1"));
        auto customer = liveCustomer(*m_server, ref);
        QVERIFY(customer->request(OrderPlace{newKey(), {OrderLine{QStringLiteral("PH-L5-128"), 1}}}).as<OrderPlaceOk>());
        const ConversationInfo c = customer->openConversation(QStringLiteral("电池续航怎么样？充电要多久？"));
        QVERIFY(agent1->waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.agentId > 0; }));
        const Frame f = agent1->request(RecommendationsGet{c.id});
        const auto& cards = f.as<RecommendationsOk>()->recommendations;
        QVERIFY(!cards.empty());
        QCOMPARE(cards.front().forProduct, QStringLiteral("Lumo 5 手机 128GB"));  // in the customer's language
        for (const Recommendation& r : cards) {
            QVERIFY(!r.allowed);
            QCOMPARE(r.refusal, QStringLiteral("no_marketing"));
        }
        const Frame refused = agent1->request(MessageSend{newKey(), c.id, cards.front().sentence, {}, cards.front().sku, {}});
        QVERIFY(isError(refused, ErrorCode::Forbidden));
        QVERIFY(refused.as<protocol::Error>()->message.contains(QStringLiteral("no_marketing")));
        // Without the recommendation mark the agent may still write anything: the policy is about offers.
        QVERIFY(agent1->request(MessageSend{newKey(), c.id, QStringLiteral("充满大约一小时。"), {}, {}, {}}).as<MessageSendOk>());
    }

private:
    std::unique_ptr<TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestServerLibrary)
#include "tst_ServerLibrary.moc"
