// Who may send what, over real sockets: every request type of the protocol, sent by every kind of
// principal against the same resources of team 1 (a conversation assigned to agent1, its
// customer, a team reply, agent1's training), compared with one table of allow (+) and deny (-).
// A request type the table lacks fails the test, so a new request cannot ship without a rule.
// docs/ACCESS.md is generated from the same table (AGENTDESK_UPDATE_DOCS=1 rewrites it).
//
// Denied means the server answered unauthenticated, forbidden or not_found (for the sign-in
// requests, also invalid_state: "already signed in"). Allowed means it answered with the
// request's reply, or with invalid_state when an earlier column already consumed the resource
// (closed the conversation, decided the request). Any other answer (bad_frame, internal...) means
// the table's request is wrong, and fails too.
//
// Inputs tried: each request type as signed out (on the endpoint it belongs to), as the
// conversation's customer, another customer, the assigned agent, an agent of the same team to
// whom it is not assigned, an agent of another team, the team's lead, a trainer and an admin.

#include "TestServer.h"
#include "WsClient.h"
#include "SampleAttempt.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <array>
#include <functional>
#include <map>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {

constexpr int kWait = 10000;

// The columns, in the order each row is run: those expected to be denied most often first, so
// that a consuming request (close, delete, decide) reaches them before the resource is gone.
enum Column { Out, OtherCustomer, OtherTeamAgent, Teammate, Trainer, Owner, AssignedAgent, Lead, Admin, kColumns };

struct ColumnInfo {
    const char* key;
    const char* title;
    const char* login;  // staff user name, or customer reference
};
constexpr std::array<ColumnInfo, kColumns> kColumnInfo{{
    {"out", "signed out", ""},
    {"cust2", "another customer", "matrix-other"},
    {"agent2", "agent of another team (agent4)", "agent4"},
    {"mate", "agent of the team, not assigned (agent3)", "agent3"},
    {"trainer", "trainer (trainer1)", "trainer1"},
    {"cust", "the conversation's customer", "matrix-owner"},
    {"agent", "the assigned agent (agent1)", "agent1"},
    {"lead", "the team's lead (lead1)", "lead1"},
    {"admin", "admin (admin1)", "admin1"},
}};

class Matrix;
using Build = std::function<Payload(Matrix&, Column)>;

struct Rule {
    const char* type;
    // One sign per column, in Column order: + allowed, - denied.
    const char* expected;
    Build build;
    const char* resource;  // what the request is about, for the document
};

const QByteArray kTinyPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
constexpr qint64 kFiveYuanTemplate = 1;

// The server and one signed-in connection per column, and the resources the rows are about.
class Matrix {
public:
    explicit Matrix(TestServer& server) : m_server(server) {}

    bool setUp();
    Frame send(Column column, const Payload& payload, Endpoint endpoint);

    WsClient& client(Column c) { return *m_clients[c]; }
    qint64 staffId(Column c) const { return m_ids[c]; }

    qint64 conversation = 0;         // the owner's, assigned to agent1, open
    qint64 closedConversation = 0;   // the owner's earlier one, closed: to rate
    qint64 toClose = 0;              // assigned to agent1, for the close row
    qint64 toTransfer = 0;           // assigned to agent1, for the transfer row
    qint64 teamReply = 0;            // a team-1 reply
    QString image;                   // uploaded by agent1
    qint64 result = 0;               // agent1's training result
    QString staffToken;              // agent3's, for auth.token

    // Fresh resources for consuming rows.
    qint64 newTeamReply();
    qint64 newApproval();
    qint64 newAssignment();

private:
    qint64 openAssigned(WsClient& customer, const QString& text);

    TestServer& m_server;
    std::array<std::unique_ptr<WsClient>, kColumns> m_clients;
    std::array<qint64, kColumns> m_ids{};
    std::vector<std::unique_ptr<WsClient>> m_extraCustomers;
};

Reply replyFor(const QString& title, qint64 teamId)
{
    Reply r;
    r.title = title;
    r.body = QStringLiteral("Hello {customer.name}, thank you for waiting.");
    r.category = ReplyCategory::Logistics;
    r.language = QStringLiteral("en");
    r.scope = teamId > 0 ? ReplyScope::Team : ReplyScope::Personal;
    r.teamId = teamId;
    return r;
}

qint64 Matrix::openAssigned(WsClient& customer, const QString& text)
{
    const ConversationInfo c = customer.openConversation(text);
    const auto assigned = client(AssignedAgent).waitConversation(
        [&](const ConversationInfo& x) { return x.id == c.id && x.agentId == staffId(AssignedAgent); }, kWait);
    return assigned ? c.id : 0;
}

bool Matrix::setUp()
{
    for (int c = OtherCustomer; c < kColumns; ++c) {
        const QString login = QLatin1String(kColumnInfo[c].login);
        if (c == OtherCustomer || c == Owner) {
            m_clients[c] = liveCustomer(m_server, login);
        } else {
            Staff s = signIn(m_server, login);
            if (!s)
                return false;
            m_ids[c] = s.id;
            m_clients[c] = std::move(s.ws);
            // Only agent1 takes conversations, so that routing gives it every one made here.
            if (c != AssignedAgent
                && !client(Column(c)).request(PresenceSet{newKey(), PresenceStatus::Away, 0}, kWait).as<PresenceSetOk>())
                return false;
        }
        if (!m_clients[c])
            return false;
    }
    WsClient& owner = client(Owner);
    closedConversation = openAssigned(owner, QStringLiteral("An earlier question"));
    if (!closedConversation
        || !client(AssignedAgent).request(ConversationClose{newKey(), closedConversation, QStringLiteral("solved")}, kWait)
                .as<ConversationCloseOk>())
        return false;
    conversation = openAssigned(owner, QStringLiteral("Is the phone in stock?"));
    for (qint64* id : {&toClose, &toTransfer}) {
        m_extraCustomers.push_back(liveCustomer(m_server, QStringLiteral("matrix-extra-%1").arg(m_extraCustomers.size())));
        if (!m_extraCustomers.back() || !(*id = openAssigned(*m_extraCustomers.back(), QStringLiteral("Hello"))))
            return false;
    }
    teamReply = newTeamReply();
    const Frame uploaded = client(AssignedAgent).request(ImageUpload{newKey(), QString::fromLatin1(kTinyPng.toBase64())}, kWait);
    if (uploaded.as<ImageUploadOk>())
        image = uploaded.as<ImageUploadOk>()->imageId;
    // In the owner's conversation, so that its customer may fetch it and no other customer.
    if (!client(AssignedAgent).request(MessageSend{newKey(), conversation, QStringLiteral("Here it is"), {}, {}, image}, kWait)
             .as<MessageSendOk>())
        return false;
    const QString attempt = QString::fromUtf8(
        sampleAttempt(QStringLiteral("hesitant-buyer"), QDateTime::currentMSecsSinceEpoch() - 600'000, 4).toJson(true));
    const Frame submitted = client(AssignedAgent).request(TrainingSubmit{newKey(), attempt}, kWait);
    if (submitted.as<TrainingSubmitOk>())
        result = submitted.as<TrainingSubmitOk>()->result.id;

    WsClient spare(m_server.staffUrl());
    if (spare.waitConnected())
        staffToken = spare.login(QStringLiteral("agent3")).token;
    return conversation && teamReply && !image.isEmpty() && result && !staffToken.isEmpty();
}

qint64 Matrix::newTeamReply()
{
    const Frame saved = client(Lead).request(ReplySave{newKey(), replyFor(QStringLiteral("Team answer"), 1)}, kWait);
    if (!saved.as<ReplySaveOk>())
        qWarning() << "reply.save:" << describe(saved);
    return saved.as<ReplySaveOk>() ? saved.as<ReplySaveOk>()->reply.id : 0;
}

// The pending coupon request of agent1's in the conversation; a new one once it was decided.
qint64 Matrix::newApproval()
{
    const Frame pending = client(AssignedAgent).request(ApprovalsList{false}, kWait);
    if (pending.as<ApprovalsListOk>()) {
        for (const CouponApproval& a : pending.as<ApprovalsListOk>()->approvals) {
            if (a.conversationId == conversation)
                return a.id;
        }
    }
    const Frame asked = client(AssignedAgent).request(
        CouponRequest{newKey(), conversation, kFiveYuanTemplate, QStringLiteral("a loyal customer")}, kWait);
    if (!asked.as<CouponRequestOk>())
        qWarning() << "coupon.request:" << describe(asked);
    return asked.as<CouponRequestOk>() ? asked.as<CouponRequestOk>()->approval.id : 0;
}

qint64 Matrix::newAssignment()
{
    const Frame set = client(Trainer).request(
        TrainingAssign{newKey(), staffId(AssignedAgent), {QStringLiteral("late-parcel")}, {}}, kWait);
    if (!set.as<TrainingAssignOk>())
        return 0;
    for (const TrainingAssignment& a : set.as<TrainingAssignOk>()->assignments) {
        if (a.scenarioId == QLatin1String("late-parcel"))
            return a.id;
    }
    return 0;
}

Frame Matrix::send(Column column, const Payload& payload, Endpoint endpoint)
{
    const FrameType type = std::visit([](const auto& p) { return std::decay_t<decltype(p)>::kType; }, payload);
    const QString id = newKey();
    const QByteArray text = FrameCodec::encode(Frame{type, id, 0, payload});
    if (column != Out) {
        client(column).sendText(text);
        return client(column).waitReply(id, kWait);
    }
    // Signed out: a new connection each time, on the endpoint the request belongs to.
    WsClient fresh(endpoint == CustomerEndpoint ? m_server.customerUrl() : m_server.staffUrl());
    if (!fresh.waitConnected())
        return Frame{FrameType::Error, id, 0, protocol::Error{QStringLiteral("no_connection"), {}}};
    fresh.sendText(text);
    return fresh.waitReply(id, kWait);
}

// The same request for every column, with a new idempotency key each time.
template <class T>
Build constant(T payload)
{
    return [payload](Matrix&, Column) {
        T p = payload;
        if constexpr (requires { p.key; })
            p.key = newKey();
        return Payload{std::move(p)};
    };
}

qint64 weekAgo()
{
    return QDateTime::currentMSecsSinceEpoch() - 7LL * 24 * 3600 * 1000;
}

// The table. Columns: out cust2 agent2 mate trainer cust agent lead admin. Rows run in this
// order, which matters where a row changes what a later one sees: lead1 joins the conversation
// (conversation.join) after message.send, so a lead may not write to it there; auth.logout
// ends every column's sessions, so it comes last.
const std::vector<Rule>& accessTable()
{
    static const std::vector<Rule> table = {
        {"auth.login", "+--------", constant(AuthLogin{QStringLiteral("agent3"), QStringLiteral("demo1234"), kProtocolVersion, {}, {}}), "agent3's password"},
        {"auth.token", "+--------", [](Matrix& m, Column) { return Payload{AuthToken{m.staffToken, kProtocolVersion, {}}}; }, "a valid staff token"},
        {"customer.signin", "+--------", constant(CustomerSignin{QStringLiteral("demo-channel-key"), QStringLiteral("matrix-new"), QStringLiteral("New"), Channel::Web, kProtocolVersion, {}}),
         "the channel key"},
        {"ping", "+++++++++", constant(Ping{}), ""},
        {"sync", "-++++++++", constant(Sync{0}), "one's own stream"},
        {"conversations.list", "-++++++++", constant(ConversationsList{}), "one's own conversations"},
        {"conversation.history", "-----++++",
         [](Matrix& m, Column) { return Payload{ConversationHistory{m.conversation, 0, 50}}; }, "the conversation"},
        {"conversation.open", "-+---+---", constant(ConversationOpen{{}, QStringLiteral("presales"), {}}),
         "one's own (new or open) conversation"},
        {"message.send", "-----++--",
         [](Matrix& m, Column) { return Payload{MessageSend{newKey(), m.conversation, QStringLiteral("Hello"), {}, {}, {}}}; },
         "the conversation"},
        {"note.add", "------+++",
         [](Matrix& m, Column) { return Payload{NoteAdd{newKey(), m.conversation, QStringLiteral("A note")}}; },
         "the conversation"},
        {"customer.profile", "------+--",
         [](Matrix& m, Column) { return Payload{CustomerProfileGet{m.conversation}}; }, "the conversation's customer"},
        {"recommendations.get", "------+--",
         [](Matrix& m, Column) { return Payload{RecommendationsGet{m.conversation}}; }, "the conversation"},
        {"recommendation.dismiss", "------+--",
         [](Matrix& m, Column) { return Payload{RecommendationDismiss{newKey(), m.conversation, QStringLiteral("AC-CASE-X1")}}; },
         "the conversation"},
        {"coupons.options", "------+--",
         [](Matrix& m, Column) { return Payload{CouponsOptions{m.conversation}}; }, "the conversation"},
        {"coupon.grant", "------+--",
         [](Matrix& m, Column) { return Payload{CouponGrant{newKey(), m.conversation, kFiveYuanTemplate}}; }, "the conversation"},
        {"coupon.request", "------+--",
         [](Matrix& m, Column) {
             return Payload{CouponRequest{newKey(), m.conversation, kFiveYuanTemplate, QStringLiteral("loyal")}};
         },
         "the conversation"},
        {"approvals.list", "--++--+++", constant(ApprovalsList{}), "one's own, one's team's or all requests"},
        {"approval.decide", "-------++",
         [](Matrix& m, Column) { return Payload{ApprovalDecide{newKey(), m.newApproval(), false, QStringLiteral("no")}}; },
         "agent1's coupon request"},
        {"conversation.monitor", "-------++",
         [](Matrix& m, Column) { return Payload{ConversationMonitor{m.conversation, false}}; }, "the conversation"},
        {"conversation.join", "-------++",
         [](Matrix& m, Column) { return Payload{ConversationJoin{newKey(), m.conversation}}; }, "the conversation"},
        {"conversation.close", "------+++",
         [](Matrix& m, Column) { return Payload{ConversationClose{newKey(), m.toClose, QStringLiteral("solved")}}; },
         "a conversation of agent1's"},
        {"conversation.transfer", "------+++",
         [](Matrix& m, Column) { return Payload{ConversationTransfer{newKey(), m.toTransfer, 0, 1, QStringLiteral("over to you")}}; },
         "a conversation of agent1's, to team 1's queue"},
        {"conversation.rate", "-----+---",
         [](Matrix& m, Column) { return Payload{ConversationRate{newKey(), m.closedConversation, 5, {}}}; },
         "the customer's closed conversation"},
        {"order.place", "-+---+---", constant(OrderPlace{{}, {OrderLine{QStringLiteral("CH-65W"), 1}}}), "one's own order"},
        {"presence.set", "--+++-+++", constant(PresenceSet{{}, PresenceStatus::Away, 0}), "one's own status"},
        {"staff.list", "--++--+++", constant(StaffList{}), ""},
        {"library.list", "--+++-+++", constant(LibraryList{}), "the replies one may use"},
        {"reply.save", "-------++",
         [](Matrix& m, Column) {
             Reply r = replyFor(QStringLiteral("Team answer, edited"), 1);
             r.id = m.teamReply;
             return Payload{ReplySave{newKey(), r}};
         },
         "editing a team-1 reply"},
        {"reply.delete", "-------++", [](Matrix& m, Column) { return Payload{ReplyDelete{newKey(), m.newTeamReply()}}; },
         "a team-1 reply"},
        {"reply.favorite", "---++-+++", [](Matrix& m, Column) { return Payload{ReplyFavorite{newKey(), m.teamReply, true}}; },
         "a team-1 reply"},
        {"library.stats", "----+--++", constant(LibraryStats{}), ""},
        {"image.upload", "--+++-+++", constant(ImageUpload{{}, QString::fromLatin1(kTinyPng.toBase64())}), ""},
        {"image.get", "--+++++++", [](Matrix& m, Column) { return Payload{ImageGet{m.image}}; },
         "an image sent in the conversation"},
        {"audit.list", "--+++-+++", constant(AuditList{}), "one's own, one's team's or all entries"},
        {"floor.watch", "-------++", constant(FloorWatch{1, false}), "team 1's floor"},
        {"agent.capacity", "-------++",
         [](Matrix& m, Column) { return Payload{AgentCapacitySet{newKey(), m.staffId(AssignedAgent), 5}}; }, "agent1"},
        {"team.broadcast", "-------++", constant(TeamBroadcast{{}, 1, QStringLiteral("Stand-up at ten")}), "team 1"},
        {"actions.list", "-------++", constant(ActionsList{}), "one's team's or all entries"},
        {"kpi.report", "-------++", [](Matrix&, Column) { return Payload{KpiReport{1, weekAgo(), 0, {}}}; }, "team 1"},
        {"training.trainees", "----+--++", constant(TrainingTrainees{}), ""},
        {"training.assign", "----+--++",
         [](Matrix& m, Column) {
             return Payload{TrainingAssign{newKey(), m.staffId(AssignedAgent), {QStringLiteral("hesitant-buyer")}, {}}};
         },
         "agent1"},
        {"training.unassign", "----+--++",
         [](Matrix& m, Column) { return Payload{TrainingUnassign{newKey(), m.newAssignment()}}; }, "an assignment of agent1's"},
        {"training.assignments", "----+-+++",
         [](Matrix& m, Column) { return Payload{TrainingAssignments{m.staffId(AssignedAgent)}}; }, "agent1's"},
        {"training.submit", "--+++-+++",
         [](Matrix&, Column) {
             const qint64 start = QDateTime::currentMSecsSinceEpoch() - 900'000 - qint64(QRandomGenerator::global()->bounded(100000));
             return Payload{TrainingSubmit{newKey(), QString::fromUtf8(sampleAttempt(QStringLiteral("hesitant-buyer"), start, 5).toJson(true))}};
         },
         "one's own attempt"},
        {"training.results", "----+-+++",
         [](Matrix& m, Column) { return Payload{TrainingResults{m.staffId(AssignedAgent), {}, 0, 200}}; }, "agent1's"},
        {"training.result", "----+-+++", [](Matrix& m, Column) { return Payload{TrainingResultGet{m.result}}; },
         "a result of agent1's"},
        // Last: it signs each column's principal out and closes its connection.
        {"auth.logout", "-++++++++", constant(AuthLogout{}), "one's own sessions"},
    };
    return table;
}

enum class Verdict { Allowed, Denied, Wrong };

Verdict verdictOf(const FrameSpec& spec, const Frame& answer)
{
    if (answer.type == spec.reply)
        return Verdict::Allowed;
    const auto* e = answer.as<protocol::Error>();
    if (!e)
        return Verdict::Wrong;
    ErrorCode code{};
    if (!errorCodeFromName(e->code, &code))
        return Verdict::Wrong;
    switch (code) {
    case ErrorCode::Unauthenticated:
    case ErrorCode::Forbidden:
    case ErrorCode::NotFound:
        return Verdict::Denied;
    case ErrorCode::InvalidState:
        return spec.senders == SignedOut ? Verdict::Denied : Verdict::Allowed;
    default:
        return Verdict::Wrong;
    }
}

QString accessDocument()
{
    QString doc = QStringLiteral(
        "# Who may send what\n\n"
        "Generated from the table of `tests/server/tst_AccessMatrix.cpp`, which sends every request type as each "
        "of these principals to a real server and fails when an answer differs from this table, or when a request "
        "type has no row. Regenerate with `AGENTDESK_UPDATE_DOCS=1 build/dev/tests/tst_access_matrix`.\n\n"
        "The resources are team 1's: a conversation assigned to agent1 and its customer, a team reply, agent1's "
        "training. **+** the request is served (or refused by the state of the resource, such as a conversation "
        "already closed); **-** it is refused with `unauthenticated`, `forbidden` or `not_found` (a sign-in "
        "request on a signed-in connection: `invalid_state`).\n\n");
    doc += QStringLiteral("| request | about |");
    for (const ColumnInfo& c : kColumnInfo)
        doc += QStringLiteral(" %1 |").arg(QLatin1String(c.key));
    doc += QStringLiteral("\n|---|---|");
    for (int c = 0; c < kColumns; ++c)
        doc += QStringLiteral(":-:|");
    doc += QLatin1Char('\n');
    for (const Rule& r : accessTable()) {
        const QString about = *r.resource ? QString::fromUtf8(r.resource) : QStringLiteral("—");
        doc += QStringLiteral("| `%1` | %2 |").arg(QLatin1String(r.type), about);
        for (int c = 0; c < kColumns; ++c)
            doc += QStringLiteral(" %1 |").arg(QLatin1Char(r.expected[c]));
        doc += QLatin1Char('\n');
    }
    doc += QStringLiteral("\nColumns:\n\n");
    for (const ColumnInfo& c : kColumnInfo)
        doc += QStringLiteral("- **%1**: %2\n").arg(QLatin1String(c.key), QLatin1String(c.title));
    return doc;
}

} // namespace

class TestAccessMatrix : public QObject {
    Q_OBJECT
private slots:
    void everyRequestTypeHasARule()
    {
        std::map<QString, int> rows;
        for (const Rule& r : accessTable()) {
            QVERIFY2(specByName(QString::fromLatin1(r.type)), r.type);
            QCOMPARE(qstrlen(r.expected), size_t(kColumns));
            ++rows[QLatin1String(r.type)];
        }
        for (const FrameSpec& spec : frameSpecs()) {
            if (spec.kind != FrameKind::Request)
                continue;
            QVERIFY2(rows[QLatin1String(spec.name)] == 1,
                     qPrintable(QStringLiteral("%1 needs exactly one row in the access table").arg(QLatin1String(spec.name))));
        }
    }

    void documentFollowsTheTable()
    {
        const QString path = QStringLiteral(AGENTDESK_SOURCE_DIR "/docs/ACCESS.md");
        const QString expected = accessDocument();
        QFile file(path);
        const QString actual = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        file.close();
        if (actual != expected && qEnvironmentVariableIntValue("AGENTDESK_UPDATE_DOCS") == 1) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(expected.toUtf8());
            return;
        }
        QVERIFY2(actual == expected, "docs/ACCESS.md is out of date: run AGENTDESK_UPDATE_DOCS=1 build/dev/tests/tst_access_matrix");
    }

    void everyCellAsTheTableSays()
    {
        TestServer server([](server::ServerConfig& c) {
            c.rateBurst = 10'000;
            c.ratePerSecond = 10'000;
        });
        QVERIFY2(server.start(), qPrintable(server.error()));
        Matrix matrix(server);
        QVERIFY(matrix.setUp());

        QStringList mismatches;
        for (const Rule& rule : accessTable()) {
            const FrameSpec& spec = *specByName(QString::fromLatin1(rule.type));
            const Endpoint endpoint = (spec.endpoints & StaffEndpoint) ? StaffEndpoint : CustomerEndpoint;
            for (int c = 0; c < kColumns; ++c) {
                const Frame answer = matrix.send(Column(c), rule.build(matrix, Column(c)), endpoint);
                const Verdict verdict = verdictOf(spec, answer);
                const bool allowed = rule.expected[c] == '+';
                if (verdict == Verdict::Wrong || (verdict == Verdict::Allowed) != allowed)
                    mismatches << QStringLiteral("%1 by %2: expected %3, got %4")
                                      .arg(QLatin1String(rule.type), QLatin1String(kColumnInfo[c].key),
                                           allowed ? QStringLiteral("allow") : QStringLiteral("deny"),
                                           QString::fromUtf8(describe(answer)));
            }
        }
        for (const QString& m : std::as_const(mismatches))
            qWarning().noquote() << m;
        QVERIFY2(mismatches.isEmpty(), qPrintable(QStringLiteral("%1 cells differ from the table").arg(mismatches.size())));
    }
};

QTEST_GUILESS_MAIN(TestAccessMatrix)
#include "tst_AccessMatrix.moc"
