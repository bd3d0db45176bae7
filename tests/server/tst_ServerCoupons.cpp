// Coupons over real sockets: options for the workspace, grants that are exact, idempotent and
// refused with every reason, limits and the team budget held under a burst of concurrent grants
// (from one server and from two server processes sharing the database), the approval round trip
// between an agent and a lead, and the audit log: complete, scoped by role, paged.
// Bad inputs tried: a template that does not exist, a conversation of someone else, a closed
// conversation, a trainer and a customer granting, a blank reason, a request for what one may
// grant oneself, a second request while one is pending, a lead of another team deciding, an agent
// deciding, deciding twice, a grant a modified client sends although its own check refuses it.

#include "DatabasePeek.h"
#include "TestServer.h"
#include "WsClient.h"

#include "coupon/CouponPolicy.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {

// Demo template ids (DemoShop): 1 five yuan, 2 ten after 3 minutes, 3 twenty after a price
// objection, 4 fifty for gold and vip, 5 a hundred for vip.
constexpr qint64 kFiveYuan = 1;
constexpr qint64 kFiftyYuan = 4;

ConversationInfo openAndAssign(TestServer& server, WsClient& customer, WsClient& agent, const QString& text)
{
    Q_UNUSED(server);
    const ConversationInfo c = customer.openConversation(text);
    const auto assigned = agent.waitConversation([&](const ConversationInfo& x) { return x.id == c.id && x.agentId > 0; });
    return assigned ? *assigned : ConversationInfo{};
}

const CouponTemplate* templateIn(const CouponsOptionsOk& options, qint64 id)
{
    for (const CouponTemplate& t : options.templates) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

// Sends every frame at once, then collects the answers: the server sees them back to back.
std::vector<Frame> burst(const std::vector<std::pair<WsClient*, CouponGrant>>& grants)
{
    std::vector<std::pair<WsClient*, QString>> sent;
    int n = 0;
    for (const auto& [client, grant] : grants) {
        const QString id = QStringLiteral("burst%1").arg(++n);
        client->sendText(FrameCodec::encode(grant, id));
        sent.emplace_back(client, id);
    }
    std::vector<Frame> answers;
    for (const auto& [client, id] : sent)
        answers.push_back(client->waitReply(id, 20000));
    return answers;
}

int grantedIn(const std::vector<Frame>& answers)
{
    return int(std::count_if(answers.begin(), answers.end(), [](const Frame& f) {
        return f.as<CouponGrantOk>() && f.as<CouponGrantOk>()->granted;
    }));
}

} // namespace

class TestServerCoupons : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }
    void cleanup() { m_server.reset(); }

    void optionsLetTheWorkspaceRunThePolicy()
    {
        auto agent1 = liveStaff(*m_server, QStringLiteral("agent1"));  // junior, Presales
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0011"));
        const ConversationInfo c = openAndAssign(*m_server, *customer, *agent1, QStringLiteral("这个也太贵了吧"));
        QVERIFY(c.id > 0);
        const Frame frame = agent1->request(CouponsOptions{c.id});
        const auto* options = frame.as<CouponsOptionsOk>();
        QVERIFY(options);
        QCOMPARE(options->templates.size(), size_t(7));
        QCOMPARE(options->limits.maxSingleCents, qint64(2000));
        QCOMPARE(options->limits.dailyTotalCents, qint64(20000));
        QCOMPARE(options->facts.teamBudgetCents, qint64(150000));
        QVERIFY(options->facts.priceObjection);
        QCOMPARE(options->facts.conversationStartedAt, c.createdAt);
        const auto five = CouponPolicy::evaluate(*templateIn(*options, kFiveYuan), options->limits, options->facts, options->serverTime);
        QVERIFY(five.allowed());
        const auto fifty = CouponPolicy::evaluate(*templateIn(*options, kFiftyYuan), options->limits, options->facts, options->serverTime);
        QVERIFY(fifty.refusedFor(CouponPolicy::kSingleLimit));
        QCOMPARE(CouponPolicy::remainingToday(options->limits, options->facts), qint64(20000));
    }

    void aGrantIsExactIdempotentAndTold()
    {
        auto agent1 = liveStaff(*m_server, QStringLiteral("agent1"));
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0012"));
        const ConversationInfo c = openAndAssign(*m_server, *customer, *agent1, QStringLiteral("Is there any discount?"));
        const CouponGrant grant{newKey(), c.id, kFiveYuan};
        const Frame first = agent1->request(grant);
        QVERIFY(first.as<CouponGrantOk>() && first.as<CouponGrantOk>()->granted);
        const Coupon coupon = *first.as<CouponGrantOk>()->coupon;
        QVERIFY2(QRegularExpression(QStringLiteral("^AD(-[2-9A-HJ-NP-Z]{4}){3}$")).match(coupon.code).hasMatch(), qPrintable(coupon.code));
        QCOMPARE(coupon.valueCents, qint64(500));
        QCOMPARE(coupon.customerId, c.customerId);
        QCOMPARE(coupon.validUntil - coupon.grantedAt, qint64(7) * 24 * 3600 * 1000);

        // The customer gets it as a message with the code.
        const auto toldFrame = customer->waitEvent([](const Frame& f) {
            return f.as<MessageNew>() && f.as<MessageNew>()->message.event == QLatin1String("coupon_granted");
        });
        QVERIFY(toldFrame);
        const ChatMessage* told = &toldFrame->as<MessageNew>()->message;
        QCOMPARE(told->sender, Sender::System);
        QVERIFY(told->text.contains(coupon.code));
        QCOMPARE(told->args.front(), coupon.code);
        QCOMPARE(told->args.size(), size_t(6));
        QCOMPARE(told->args.back(), QStringLiteral("5.00"));  // its value, for channels and scripted customers

        // A retry after a lost reply: the same coupon, nothing granted twice.
        const Frame retry = agent1->request(grant);
        QCOMPARE(retry.as<CouponGrantOk>()->coupon->code, coupon.code);
        DatabasePeek db(m_server->database());
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupons")), qint64(1));
        // The same key for another request is a conflict, not a second coupon.
        QVERIFY(isError(agent1->request(CouponGrant{grant.key, c.id, 2}), ErrorCode::IdempotencyConflict));

        // One per conversation for a junior: the next is refused, with the reason, and audited.
        const Frame second = agent1->request(CouponGrant{newKey(), c.id, kFiveYuan});
        QVERIFY(second.as<CouponGrantOk>() && !second.as<CouponGrantOk>()->granted);
        QCOMPARE(second.as<CouponGrantOk>()->refusals.front().code, QString::fromLatin1(CouponPolicy::kConversationLimit));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupons")), qint64(1));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_audit WHERE action = 'grant'")), qint64(1));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_audit WHERE action = 'refuse'")), qint64(1));
    }

    void aModifiedClientIsRefusedByTheServer()
    {
        auto agent1 = liveStaff(*m_server, QStringLiteral("agent1"));
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0013"));  // a regular customer
        const ConversationInfo c = openAndAssign(*m_server, *customer, *agent1, QStringLiteral("hello"));
        // Fifty yuan, gold and vip only: a client that skipped its own check still gets nothing.
        const Frame answer = agent1->request(CouponGrant{newKey(), c.id, kFiftyYuan});
        const auto* refused = answer.as<CouponGrantOk>();
        QVERIFY(refused && !refused->granted && !refused->coupon);
        QStringList codes;
        for (const auto& r : refused->refusals)
            codes << r.code;
        QVERIFY2(codes.contains(QString::fromLatin1(CouponPolicy::kSingleLimit)), qPrintable(codes.join(u',')));
        QVERIFY(codes.contains(QString::fromLatin1(CouponPolicy::kTier)));
        DatabasePeek db(m_server->database());
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupons")), qint64(0));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_audit WHERE action = 'refuse' AND refusals LIKE '%single_limit:2000:5000%'"
                                          " AND limits LIKE 'single 20.00; daily 200.00%'")),
                 qint64(1));

        // Bad requests.
        QVERIFY(isError(agent1->request(CouponGrant{newKey(), c.id, 999}), ErrorCode::NotFound));
        auto agent2 = liveStaff(*m_server, QStringLiteral("agent2"));
        QVERIFY(isError(agent2->request(CouponGrant{newKey(), c.id, kFiveYuan}), ErrorCode::NotFound));
        auto trainer = liveStaff(*m_server, QStringLiteral("trainer1"));
        QVERIFY(isError(trainer->request(CouponGrant{newKey(), c.id, kFiveYuan}), ErrorCode::Forbidden));
        QVERIFY(isError(customer->request(CouponGrant{newKey(), c.id, kFiveYuan}), ErrorCode::Forbidden));
        QVERIFY(agent1->request(ConversationClose{newKey(), c.id, QStringLiteral("solved")}).as<ConversationCloseOk>());
        QVERIFY(isError(agent1->request(CouponGrant{newKey(), c.id, kFiveYuan}), ErrorCode::InvalidState));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupons")), qint64(0));
    }

    void aBurstOfGrantsEndsExactlyAtTheLimits()
    {
        DatabasePeek db(m_server->database());
        // agent1 may grant 5 yuan at most 10 times today; the team's budget allows 16 in all.
        QVERIFY(db.exec(QStringLiteral("INSERT INTO coupon_limits (user_id, max_single_cents, daily_total_cents, per_customer_count,"
                                       " per_customer_days, per_conversation_count) SELECT id, 2000, 5000, 1000, 30, 1000 FROM users"
                                       " WHERE login IN ('agent1', 'agent2')")));
        QVERIFY(db.exec(QStringLiteral("UPDATE teams SET coupon_budget_cents = 8000 WHERE id = 1")));
        auto agent1 = liveStaff(*m_server, QStringLiteral("agent1"));
        auto agent2 = liveStaff(*m_server, QStringLiteral("agent2"));
        auto customerA = liveCustomer(*m_server, QStringLiteral("demo-0014"));
        auto customerB = liveCustomer(*m_server, QStringLiteral("demo-0015"));
        const ConversationInfo a = customerA->openConversation(QStringLiteral("A"));
        const ConversationInfo b = customerB->openConversation(QStringLiteral("B"));
        QVERIFY(agent1->waitConversation([&](const ConversationInfo& x) { return (x.id == a.id || x.id == b.id) && x.agentId > 0; }));
        QTRY_VERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE status = 'assigned'")) == 2);
        const qint64 agent1Id = db.scalar(QStringLiteral("SELECT id FROM users WHERE login = 'agent1'"));
        const qint64 ofAgent1 = db.scalar(QStringLiteral("SELECT id FROM conversations WHERE agent_id = %1").arg(agent1Id));
        const qint64 ofAgent2 = ofAgent1 == a.id ? b.id : a.id;

        // Several connections per agent, every grant sent before any answer is read.
        std::vector<std::unique_ptr<WsClient>> extra;
        for (int i = 0; i < 3; ++i) {
            extra.push_back(liveStaff(*m_server, QStringLiteral("agent1")));
            extra.push_back(liveStaff(*m_server, QStringLiteral("agent2")));
        }
        std::vector<std::pair<WsClient*, CouponGrant>> grants;
        for (int round = 0; round < 6; ++round) {
            grants.push_back({agent1.get(), CouponGrant{newKey(), ofAgent1, kFiveYuan}});
            grants.push_back({agent2.get(), CouponGrant{newKey(), ofAgent2, kFiveYuan}});
            for (size_t i = 0; i < extra.size(); ++i)
                grants.push_back({extra[i].get(), CouponGrant{newKey(), i % 2 == 0 ? ofAgent1 : ofAgent2, kFiveYuan}});
        }
        const auto answers = burst(grants);
        QCOMPARE(answers.size(), size_t(48));
        // Exactly at the team budget (16 x 5 yuan), agent1 exactly at their daily limit (10).
        QCOMPARE(grantedIn(answers), 16);
        QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(value_cents) FROM coupons")), qint64(8000));
        QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(value_cents) FROM coupons WHERE granted_by = %1").arg(agent1Id)), qint64(5000));
        // Every request has its audit row: 16 grants and 32 refusals.
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_audit WHERE action = 'grant'")), qint64(16));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_audit WHERE action = 'refuse'")), qint64(32));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(DISTINCT code) FROM coupons")), qint64(16));
    }

    void twoServerProcessesShareTheLimits()
    {
        DatabasePeek db(m_server->database());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO coupon_limits (user_id, max_single_cents, daily_total_cents, per_customer_count,"
                                       " per_customer_days, per_conversation_count) SELECT id, 2000, 6000, 1000, 30, 1000 FROM users"
                                       " WHERE login = 'agent1'")));
        auto agent1 = liveStaff(*m_server, QStringLiteral("agent1"));
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0016"));
        const ConversationInfo c = openAndAssign(*m_server, *customer, *agent1, QStringLiteral("two servers"));
        QVERIFY(c.id > 0);

        // A second agentdesk-server process on the same database file.
        QProcess other;
        other.setProcessChannelMode(QProcess::MergedChannels);
        other.start(QStringLiteral(AGENTDESK_SERVER_BINARY),
                    {QStringLiteral("--db"), m_server->database(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(other.waitForStarted());
        QString url;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            const auto match = QRegularExpression(QStringLiteral("(ws://127\\.0\\.0\\.1:\\d+)/v1/staff")).match(QString::fromUtf8(other.peek(1 << 20)));
            url = match.captured(1);
            return !url.isEmpty();
        }(), 10000);
        WsClient elsewhere(QUrl(url + QStringLiteral("/v1/staff")));
        QVERIFY(elsewhere.waitConnected());
        QVERIFY(elsewhere.login(QStringLiteral("agent1")).principal.id > 0);

        std::vector<std::pair<WsClient*, CouponGrant>> grants;
        for (int i = 0; i < 10; ++i) {
            grants.push_back({agent1.get(), CouponGrant{newKey(), c.id, kFiveYuan}});
            grants.push_back({&elsewhere, CouponGrant{newKey(), c.id, kFiveYuan}});
        }
        const auto answers = burst(grants);
        other.terminate();
        other.waitForFinished(5000);
        QCOMPARE(grantedIn(answers), 12);  // 60 yuan in 5-yuan coupons, wherever they were asked for
        QCOMPARE(db.scalar(QStringLiteral("SELECT SUM(value_cents) FROM coupons")), qint64(6000));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_audit")), qint64(20));
    }

    void theApprovalRoundTrip()
    {
        auto agent1 = liveStaff(*m_server, QStringLiteral("agent1"));
        auto lead1 = liveStaff(*m_server, QStringLiteral("lead1"));
        auto lead2 = liveStaff(*m_server, QStringLiteral("lead2"));  // Aftersales
        auto admin = liveStaff(*m_server, QStringLiteral("admin1"));
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0017"));
        // lead1 serves customers too: take them out of routing so agent1 gets the conversation.
        QVERIFY(lead1->request(PresenceSet{newKey(), PresenceStatus::Away, 0}).as<PresenceSetOk>());
        const ConversationInfo c = openAndAssign(*m_server, *customer, *agent1, QStringLiteral("I was charged twice!"));
        DatabasePeek db(m_server->database());
        QCOMPARE(c.agentId, db.scalar(QStringLiteral("SELECT id FROM users WHERE login = 'agent1'")));

        // Asking for what one may grant oneself, or without a reason, is refused.
        QVERIFY(isError(agent1->request(CouponRequest{newKey(), c.id, kFiveYuan, QStringLiteral("please")}), ErrorCode::InvalidState));
        QVERIFY(isError(agent1->request(CouponRequest{newKey(), c.id, kFiftyYuan, QStringLiteral("   ")}), ErrorCode::BadFrame));

        const Frame asked = agent1->request(CouponRequest{newKey(), c.id, kFiftyYuan, QStringLiteral("Charged twice; keep them")});
        QVERIFY(asked.as<CouponRequestOk>());
        const CouponApproval pending = asked.as<CouponRequestOk>()->approval;
        QCOMPARE(pending.status, ApprovalStatus::Pending);
        QVERIFY(!pending.refusals.empty());
        QVERIFY(isError(agent1->request(CouponRequest{newKey(), c.id, kFiftyYuan, QStringLiteral("again")}), ErrorCode::InvalidState));

        // The lead hears of it live and sees it in the list; the other team's lead does not.
        const auto heard = lead1->waitEvent([&](const Frame& f) { return f.as<ApprovalUpdated>() && f.as<ApprovalUpdated>()->approval.id == pending.id; });
        QVERIFY(heard);
        QCOMPARE(heard->as<ApprovalUpdated>()->approval.reason, QStringLiteral("Charged twice; keep them"));
        QCOMPARE(lead1->request(ApprovalsList{}).as<ApprovalsListOk>()->approvals.size(), size_t(1));
        QVERIFY(lead2->request(ApprovalsList{}).as<ApprovalsListOk>()->approvals.empty());
        QVERIFY(isError(lead2->request(ApprovalDecide{newKey(), pending.id, true, {}}), ErrorCode::NotFound));
        QVERIFY(isError(agent1->request(ApprovalDecide{newKey(), pending.id, true, {}}), ErrorCode::Forbidden));
        // Admins hear of every request too.
        QVERIFY(admin->waitEvent([&](const Frame& f) { return f.as<ApprovalUpdated>() && f.as<ApprovalUpdated>()->approval.id == pending.id; }));

        // Approved within the lead's limits: the coupon is the lead's, the agent hears it live.
        const Frame decided = lead1->request(ApprovalDecide{newKey(), pending.id, true, QStringLiteral("OK this once")});
        const auto* ok = decided.as<ApprovalDecideOk>();
        QVERIFY(ok && ok->granted && ok->coupon);
        QCOMPARE(ok->approval.status, ApprovalStatus::Approved);
        QCOMPARE(ok->coupon->valueCents, qint64(5000));
        QCOMPARE(ok->coupon->approvalId, pending.id);
        const auto outcome = agent1->waitEvent([&](const Frame& f) {
            return f.as<ApprovalUpdated>() && f.as<ApprovalUpdated>()->approval.status == ApprovalStatus::Approved;
        });
        QVERIFY(outcome);
        QCOMPARE(outcome->as<ApprovalUpdated>()->approval.couponCode, ok->coupon->code);
        QCOMPARE(outcome->as<ApprovalUpdated>()->approval.comment, QStringLiteral("OK this once"));
        QVERIFY(customer->waitEvent([&](const Frame& f) {
            return f.as<MessageNew>() && !f.as<MessageNew>()->message.args.empty()
                && f.as<MessageNew>()->message.args.front() == ok->coupon->code;
        }));
        QVERIFY(isError(lead1->request(ApprovalDecide{newKey(), pending.id, false, {}}), ErrorCode::InvalidState));

        // A denial reaches the agent with the lead's comment.
        const Frame second = agent1->request(CouponRequest{newKey(), c.id, 5, QStringLiteral("VIP treatment")});
        QVERIFY(second.as<CouponRequestOk>());
        const qint64 secondId = second.as<CouponRequestOk>()->approval.id;
        QVERIFY(lead1->request(ApprovalDecide{newKey(), secondId, false, QStringLiteral("Not a VIP")}).as<ApprovalDecideOk>());
        const auto denied = agent1->waitEvent([&](const Frame& f) {
            return f.as<ApprovalUpdated>() && f.as<ApprovalUpdated>()->approval.status == ApprovalStatus::Denied;
        });
        QVERIFY(denied);
        QCOMPARE(denied->as<ApprovalUpdated>()->approval.comment, QStringLiteral("Not a VIP"));

        // Beyond the lead's own limits, approving grants nothing and the request stays pending.
        QVERIFY(db.exec(QStringLiteral("INSERT INTO coupon_limits (user_id, max_single_cents, daily_total_cents, per_customer_count,"
                                       " per_customer_days, per_conversation_count) SELECT id, 20000, 0, 5, 30, 5 FROM users"
                                       " WHERE login = 'lead1'")));
        const Frame third = agent1->request(CouponRequest{newKey(), c.id, 2, QStringLiteral("hesitating")});
        QVERIFY(third.as<CouponRequestOk>());
        const qint64 thirdId = third.as<CouponRequestOk>()->approval.id;
        const Frame beyond = lead1->request(ApprovalDecide{newKey(), thirdId, true, {}});
        QVERIFY(beyond.as<ApprovalDecideOk>() && !beyond.as<ApprovalDecideOk>()->granted);
        QCOMPARE(beyond.as<ApprovalDecideOk>()->refusals.front().code, QString::fromLatin1(CouponPolicy::kDailyLimit));
        QCOMPARE(beyond.as<ApprovalDecideOk>()->approval.status, ApprovalStatus::Pending);

        // The audit log has every step: 3 requests, 1 approval with its grant, 1 denial, 1 refusal.
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_audit WHERE action = 'request'")), qint64(3));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_audit WHERE action = 'approve' AND comment = 'OK this once'")), qint64(1));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_audit WHERE action = 'grant' AND approval_id = %1").arg(pending.id)), qint64(1));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_audit WHERE action = 'deny' AND comment = 'Not a VIP'")), qint64(1));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM coupon_audit WHERE action = 'refuse' AND approval_id = %1").arg(thirdId)), qint64(1));

        // Who sees which rows: the lead their team's, the agent their own, the other team nothing.
        auto rows = [](WsClient& client) { return client.request(AuditList{0, 0, 0, 1000}).as<AuditListOk>()->entries; };
        QCOMPARE(rows(*lead1).size(), size_t(7));
        const auto mine = rows(*agent1);
        QCOMPARE(mine.size(), size_t(3));  // the three requests
        QVERIFY(std::all_of(mine.begin(), mine.end(), [](const AuditEntry& e) { return e.action == AuditAction::Request; }));
        QVERIFY(rows(*lead2).empty());
        QCOMPARE(rows(*admin).size(), size_t(7));
        // Paged, newest first.
        const Frame page1 = admin->request(AuditList{0, 0, 0, 4});
        QCOMPARE(page1.as<AuditListOk>()->entries.size(), size_t(4));
        QVERIFY(page1.as<AuditListOk>()->more);
        const Frame page2 = admin->request(AuditList{0, 0, page1.as<AuditListOk>()->entries.back().id, 4});
        QCOMPARE(page2.as<AuditListOk>()->entries.size(), size_t(3));
        QVERIFY(!page2.as<AuditListOk>()->more);
        QVERIFY(page2.as<AuditListOk>()->entries.front().id < page1.as<AuditListOk>()->entries.back().id);
    }

    void aLeadCannotApproveTheirOwnRequest()
    {
        auto lead1 = liveStaff(*m_server, QStringLiteral("lead1"));
        auto lead3 = liveStaff(*m_server, QStringLiteral("lead3"));
        QVERIFY(lead3->request(PresenceSet{newKey(), PresenceStatus::Away, 0}).as<PresenceSetOk>());
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0018"));  // regular
        const ConversationInfo c = openAndAssign(*m_server, *customer, *lead1, QStringLiteral("any VIP deal?"));
        QVERIFY(c.id > 0);
        // 100 yuan, VIP only: within a lead's limit per coupon but not for this tier.
        const Frame asked = lead1->request(CouponRequest{newKey(), c.id, 5, QStringLiteral("Long-standing customer")});
        QVERIFY(asked.as<CouponRequestOk>());
        const qint64 id = asked.as<CouponRequestOk>()->approval.id;
        QVERIFY(isError(lead1->request(ApprovalDecide{newKey(), id, true, {}}), ErrorCode::Forbidden));
        const Frame decided = lead3->request(ApprovalDecide{newKey(), id, true, {}});
        QVERIFY(decided.as<ApprovalDecideOk>() && decided.as<ApprovalDecideOk>()->granted);

        // Granted meanwhile (as by the agent once a condition came true): approving gives no second one.
        DatabasePeek db(m_server->database());
        const Frame again = lead1->request(CouponRequest{newKey(), c.id, 5, QStringLiteral("and again")});
        QVERIFY(again.as<CouponRequestOk>());
        const qint64 againId = again.as<CouponRequestOk>()->approval.id;
        QVERIFY(db.exec(QStringLiteral("INSERT INTO coupons (code, template_id, customer_id, conversation_id, value_cents, granted_by,"
                                       " granted_at, valid_until) VALUES ('AD-TEST-TEST-TEST', 5, %1, %2, 10000, 1, %3, %3)")
                            .arg(c.customerId).arg(c.id).arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(isError(lead3->request(ApprovalDecide{newKey(), againId, true, {}}), ErrorCode::InvalidState));
        // A template no longer offered cannot be asked for: no approval could grant it.
        QVERIFY(db.exec(QStringLiteral("UPDATE coupon_templates SET active = 0 WHERE id = 4")));
        QVERIFY(isError(lead1->request(CouponRequest{newKey(), c.id, 4, QStringLiteral("x")}), ErrorCode::InvalidState));
    }

private:
    std::unique_ptr<TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestServerCoupons)
#include "tst_ServerCoupons.moc"
