// The codec: every frame type survives encode/decode, and every way a frame can be wrong is
// rejected with the right code and a message that names the field.

#include "protocol/FrameCodec.h"
#include "protocol/JsonWriter.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;

namespace {

ConversationInfo sampleConversation()
{
    ConversationInfo c;
    c.id = 7;
    c.customerId = 3;
    c.customerName = QStringLiteral("王芳");
    c.customerTier = CustomerTier::Gold;
    c.channel = Channel::App;
    c.topic = QStringLiteral("logistics");
    c.status = ConversationStatus::Assigned;
    c.teamId = 2;
    c.agentId = 5;
    c.agentName = QStringLiteral("Li Na");
    c.createdAt = 1700000000000;
    c.lastMessageAt = 1700000005000;
    c.lastMessagePreview = QStringLiteral("在吗？");
    c.waitingSince = 1700000005000;
    return c;
}

ChatMessage sampleMessage()
{
    return ChatMessage{11, 7, Sender::Customer, 3, QStringLiteral("王芳"), QStringLiteral("我的快递到哪了？"),
                       1700000005000, QStringLiteral("key-00000001"), QStringLiteral("assigned"), {QStringLiteral("Li Na")}, QString(64, u'c')};
}

Reply sampleReply()
{
    Reply r;
    r.id = 12;
    r.title = QStringLiteral("物流查询");
    r.body = QStringLiteral("亲，您的订单 {order.id} 已由 {order.carrier} 发出，单号 {input:快递单号}。");
    r.category = ReplyCategory::Logistics;
    r.tags = {QStringLiteral("物流"), QStringLiteral("快递")};
    r.language = QStringLiteral("zh_CN");
    r.scope = ReplyScope::Team;
    r.teamId = 2;
    r.abPairId = 12;
    r.updatedAt = 1700000000000;
    r.image = QString(64, u'd');
    return r;
}

CouponTemplate sampleCouponTemplate()
{
    CouponTemplate t;
    t.id = 3;
    t.name = QStringLiteral("20 yuan off orders over 300");
    t.nameZh = QStringLiteral("满300减20");
    t.amountCents = 2000;
    t.minOrderCents = 30000;
    t.validDays = 14;
    t.categories = {QStringLiteral("accessory")};
    t.minMinutes = 3;
    t.needsPriceObjection = true;
    t.tiers = {QStringLiteral("gold")};
    return t;
}

Coupon sampleCoupon()
{
    return Coupon{5, QStringLiteral("AD-7K2M-9QXR-4TZP"), 3, QStringLiteral("20 yuan off"), QStringLiteral("满300减20"), 2000,
                  30000, 40, 7, 2, 0, 1700000000000, 1701209600000};
}

CouponApproval sampleApproval()
{
    CouponApproval a;
    a.id = 9;
    a.conversationId = 7;
    a.customerId = 40;
    a.customerName = QStringLiteral("王芳");
    a.templateId = 3;
    a.templateName = QStringLiteral("20 yuan off orders over 300");
    a.valueCents = 2000;
    a.requestedBy = 2;
    a.requestedByName = QStringLiteral("Li Na");
    a.teamId = 1;
    a.reason = QStringLiteral("VIP, second complaint");
    a.refusals = {CouponRefusal{QStringLiteral("single_limit"), 1000, 2000}};
    a.status = ApprovalStatus::Approved;
    a.decidedBy = 8;
    a.decidedByName = QStringLiteral("Chen Jie");
    a.couponId = 5;
    a.couponCode = QStringLiteral("AD-7K2M-9QXR-4TZP");
    a.createdAt = 1700000000000;
    a.decidedAt = 1700000060000;
    return a;
}

FloorSnapshot sampleFloor()
{
    FloorSnapshot f;
    f.teamId = 1;
    f.teamName = QStringLiteral("售前");
    f.at = 1700000000000;
    f.slaMs = 180000;
    f.conversations = {sampleConversation()};
    f.waitingTotal = 4;
    f.truncated = true;
    f.agents = {FloorAgent{2, QStringLiteral("Li Na"), Role::Agent, PresenceStatus::Busy, 3, 5, 12, 10, 41000}};
    f.pendingApprovals = 1;
    f.queues = {FloorQueue{QStringLiteral("price"), 3, 1699999900000, 1, 0, 0, 2}, FloorQueue{QString(), 1, 1699999950000, 0, 0, 1, 0}};
    f.timeZone = QStringLiteral("Asia/Shanghai");
    return f;
}

Notice sampleNotice()
{
    return Notice{4, 1, 8, QStringLiteral("Chen Jie"), QStringLiteral("双11 peak from 20:00: keep replies short"), 1700000000000};
}

Reply sampleScript()
{
    Reply r;
    r.id = 13;
    r.title = QStringLiteral("Price objection");
    r.steps = {ScriptStep{QStringLiteral("Acknowledge"), QStringLiteral("I understand.")},
               ScriptStep{QStringLiteral("Offer"), QStringLiteral("Here is a coupon.")}};
    r.category = ReplyCategory::PriceObjection;
    r.language = QStringLiteral("en");
    r.scope = ReplyScope::Personal;
    r.ownerId = 4;
    r.abVariant = 1;
    return r;
}

TrainingAssignment sampleAssignment()
{
    return TrainingAssignment{3, 2, QStringLiteral("Li Na 李娜"), 9, QStringLiteral("Sun Li 孙丽"), QStringLiteral("hesitant-buyer"),
                              QStringLiteral("Offer the coupon early"), 1700000000000, 2, 71};
}

TrainingResult sampleTrainingResult()
{
    return TrainingResult{5, 2, QStringLiteral("Li Na 李娜"), QStringLiteral("hesitant-buyer"), QStringLiteral("犹豫的买家"),
                          QStringLiteral("zh"), 1700000000000, 1700000300000, 1700000301000, 84, QStringLiteral("purchase"), 5};
}

// One filled sample of every frame type, in FrameType order.
Payload sampleOf(FrameType type)
{
    switch (type) {
    case FrameType::AuthLogin: return AuthLogin{QStringLiteral("agent1"), QStringLiteral("pw"), 1, QStringLiteral("t"), QStringLiteral("zh_CN")};
    case FrameType::AuthToken: return AuthToken{QStringLiteral("tok"), 1, QStringLiteral("en")};
    case FrameType::CustomerSignin: return CustomerSignin{QStringLiteral("k"), QStringLiteral("demo-1"), QStringLiteral("N"), Channel::WeChat, 1, QStringLiteral("zh-Hans")};
    case FrameType::AuthOk: return AuthOk{QStringLiteral("tok"), Principal{PrincipalKind::Staff, 1, QStringLiteral("A"), Role::Lead, 2, QStringLiteral("T")}, 9};
    case FrameType::Sync: return Sync{42};
    case FrameType::SyncOk: return SyncOk{50, 8, true};
    case FrameType::ConversationsList: return ConversationsList{true};
    case FrameType::ConversationsListOk: return ConversationsListOk{3, {sampleConversation(), sampleConversation()}};
    case FrameType::ConversationHistory: return ConversationHistory{7, 100, 50};
    case FrameType::ConversationHistoryOk: return ConversationHistoryOk{7, {sampleMessage()}, true};
    case FrameType::ConversationOpen: return ConversationOpen{QStringLiteral("key-00000002"), QStringLiteral("price"), QStringLiteral("hi")};
    case FrameType::ConversationOpenOk: return ConversationOpenOk{sampleConversation()};
    case FrameType::MessageSend: return MessageSend{QStringLiteral("key-00000003"), 7, QStringLiteral("hello"), {ReplyRef{12, 1}}, QStringLiteral("WR-BATT"), QString(64, u'b')};
    case FrameType::MessageSendOk: return MessageSendOk{sampleMessage()};
    case FrameType::ConversationClose: return ConversationClose{QStringLiteral("key-00000004"), 7, QStringLiteral("solved")};
    case FrameType::ConversationCloseOk: return ConversationCloseOk{sampleConversation()};
    case FrameType::CustomerProfileGet: return CustomerProfileGet{7};
    case FrameType::CustomerProfileOk: {
        CustomerProfileOk p;
        p.customer = CustomerProfile{3, QStringLiteral("王芳"), CustomerTier::Vip, {QStringLiteral("no-marketing")}, 123456,
                                     QStringLiteral("loyal"), QStringLiteral("note"), 1600000000000};
        p.orders.push_back(Order{1, QStringLiteral("DS1"), QStringLiteral("shipped"), 299900, 1690000000000,
                                 QStringLiteral("SF Express"), QStringLiteral("SF1"), QStringLiteral("in transit"),
                                 {OrderItem{QStringLiteral("PH-X1-128"), QStringLiteral("Nova X1"), 1, 299900, QStringLiteral("新星 X1")}}});
        return p;
    }
    case FrameType::PresenceSet: return PresenceSet{QStringLiteral("key-00000005"), PresenceStatus::Busy, 4};
    case FrameType::PresenceSetOk: return PresenceSetOk{PresenceStatus::Busy, 4};
    case FrameType::Ping: return Ping{};
    case FrameType::Pong: return Pong{1700000000000};
    case FrameType::Error: return protocol::Error{QStringLiteral("bad_frame"), QStringLiteral("text: must not be empty")};
    case FrameType::ConversationUpdated: return ConversationUpdated{sampleConversation()};
    case FrameType::MessageNew: return MessageNew{sampleMessage()};
    case FrameType::NoteAdd: return NoteAdd{QStringLiteral("key-00000006"), 7, QStringLiteral("VIP, be generous")};
    case FrameType::NoteAddOk: return NoteAddOk{sampleMessage()};
    case FrameType::ConversationRate: return ConversationRate{QStringLiteral("key-00000007"), 7, 5, QStringLiteral("great")};
    case FrameType::ConversationRateOk: return ConversationRateOk{sampleConversation()};
    case FrameType::StaffList: return StaffList{};
    case FrameType::StaffListOk:
        return StaffListOk{{StaffMember{4, QStringLiteral("Wang Fang"), Role::Agent, 2, QStringLiteral("Aftersales"),
                                        PresenceStatus::Online, 2, 5}},
                           {Team{2, QStringLiteral("Aftersales")}}};
    case FrameType::ConversationTransfer:
        return ConversationTransfer{QStringLiteral("key-00000008"), 7, 0, 2, QStringLiteral("needs a return label")};
    case FrameType::ConversationTransferOk: return ConversationTransferOk{sampleConversation()};
    case FrameType::LibraryList: return LibraryList{};
    case FrameType::LibraryListOk: return LibraryListOk{{sampleReply(), sampleScript()}, {ReplyMine{12, 4, true}}};
    case FrameType::ReplySave: return ReplySave{QStringLiteral("key-00000009"), sampleReply()};
    case FrameType::ReplySaveOk: return ReplySaveOk{sampleScript()};
    case FrameType::ReplyDelete: return ReplyDelete{QStringLiteral("key-00000010"), 12};
    case FrameType::ReplyDeleteOk: return ReplyDeleteOk{12};
    case FrameType::ReplyFavorite: return ReplyFavorite{QStringLiteral("key-00000011"), 12, true};
    case FrameType::ReplyFavoriteOk: return ReplyFavoriteOk{12, true};
    case FrameType::LibraryUpdated: return LibraryUpdated{sampleReply(), true};
    case FrameType::LibraryStats: return LibraryStats{1700000000000};
    case FrameType::LibraryStatsOk:
        return LibraryStatsOk{{ReplyStats{12, 30, 25, 6}}, 72,
                              {RecommendationStats{QStringLiteral("WR-BATT"), QStringLiteral("Battery plan"), 9, 4, 2, 1}}};
    case FrameType::RecommendationsGet: return RecommendationsGet{7};
    case FrameType::RecommendationsOk: {
        Recommendation r;
        r.ruleId = 1;
        r.sku = QStringLiteral("WR-BATT");
        r.name = QStringLiteral("电池换新服务");
        r.kind = QStringLiteral("warranty");
        r.priceCents = 9900;
        r.matched = QStringLiteral("充电");
        r.forProduct = QStringLiteral("Nova X1 手机 128GB");
        r.boughtAt = 1690000000000;
        r.lacksWarranty = true;
        r.sentence = QStringLiteral("亲，推荐您加购电池换新服务。");
        r.allowed = false;
        r.refusal = QStringLiteral("cap_reached");
        return RecommendationsOk{7, {r}, 0};
    }
    case FrameType::RecommendationDismiss: return RecommendationDismiss{QStringLiteral("key-00000013"), 7, QStringLiteral("WR-BATT")};
    case FrameType::RecommendationDismissOk: return RecommendationDismissOk{7, QStringLiteral("WR-BATT")};
    case FrameType::ImageUpload: return ImageUpload{QStringLiteral("key-00000014"), QStringLiteral("iVBORw0KGgo=")};
    case FrameType::ImageUploadOk: return ImageUploadOk{QString(64, u'a')};
    case FrameType::ImageGet: return ImageGet{QString(64, u'a')};
    case FrameType::ImageGetOk: return ImageGetOk{ImageData{QString(64, u'a'), QStringLiteral("image/png"), QStringLiteral("iVBORw0KGgo=")}};
    case FrameType::CouponsOptions: return CouponsOptions{7};
    case FrameType::CouponsOptionsOk: {
        CouponFacts facts;
        facts.grantedTodayCents = 500;
        facts.teamBudgetCents = 100000;
        facts.conversationStartedAt = 1700000000000;
        facts.priceObjection = true;
        facts.tier = CustomerTier::Gold;
        facts.dayStartsAt = 1699977600000;
        return CouponsOptionsOk{7, {sampleCouponTemplate()}, CouponLimits{2000, 20000, 2, 30, 1}, facts, 1700000100000};
    }
    case FrameType::CouponGrant: return CouponGrant{QStringLiteral("key-00000015"), 7, 3};
    case FrameType::CouponGrantOk: return CouponGrantOk{true, sampleCoupon(), {}};
    case FrameType::CouponRequest: return CouponRequest{QStringLiteral("key-00000016"), 7, 3, QStringLiteral("VIP")};
    case FrameType::CouponRequestOk: return CouponRequestOk{sampleApproval()};
    case FrameType::ApprovalsList: return ApprovalsList{true};
    case FrameType::ApprovalsListOk: return ApprovalsListOk{{sampleApproval()}};
    case FrameType::ApprovalDecide: return ApprovalDecide{QStringLiteral("key-00000017"), 9, true, QStringLiteral("ok")};
    case FrameType::ApprovalDecideOk:
        return ApprovalDecideOk{sampleApproval(), false, std::nullopt, {CouponRefusal{QStringLiteral("daily_limit"), 200000, 201000}}};
    case FrameType::ApprovalUpdated: return ApprovalUpdated{sampleApproval()};
    case FrameType::AuditList: return AuditList{1700000000000, 0, 0, 50};
    case FrameType::AuditListOk: {
        AuditEntry e;
        e.id = 1;
        e.at = 1700000000000;
        e.action = AuditAction::Refuse;
        e.actorId = 2;
        e.actorName = QStringLiteral("Li Na");
        e.teamId = 1;
        e.customerId = 40;
        e.conversationId = 7;
        e.templateId = 3;
        e.templateName = QStringLiteral("20 yuan off");
        e.valueCents = 2000;
        e.refusals = {CouponRefusal{QStringLiteral("single_limit"), 1000, 2000}};
        e.limits = QStringLiteral("single 10.00; daily 200.00 (granted 0.00)");
        return AuditListOk{{e}, true};
    }
    case FrameType::FloorWatch: return FloorWatch{1, false};
    case FrameType::FloorWatchOk: return FloorWatchOk{sampleFloor(), {Team{1, QStringLiteral("售前")}}};
    case FrameType::FloorUpdated: return FloorUpdated{sampleFloor()};
    case FrameType::FloorAlert: return FloorAlert{sampleConversation(), 180000};
    case FrameType::ConversationMonitor: return ConversationMonitor{7, false};
    case FrameType::ConversationMonitorOk: return ConversationMonitorOk{sampleConversation(), {sampleMessage()}, true};
    case FrameType::AgentCapacitySet: return AgentCapacitySet{QStringLiteral("key-00000018"), 2, 3};
    case FrameType::AgentCapacitySetOk:
        return AgentCapacitySetOk{StaffMember{2, QStringLiteral("Li Na"), Role::Agent, 1, QStringLiteral("售前"),
                                              PresenceStatus::Online, 2, 3}};
    case FrameType::TeamBroadcast: return TeamBroadcast{QStringLiteral("key-00000019"), 0, QStringLiteral("Peak from 20:00")};
    case FrameType::TeamBroadcastOk: return TeamBroadcastOk{sampleNotice(), 6};
    case FrameType::NoticeNew: return NoticeNew{sampleNotice()};
    case FrameType::ActionsList: return ActionsList{1700000000000, 0, 0, 50};
    case FrameType::ActionsListOk:
        return ActionsListOk{{StaffAction{3, 1700000000000, StaffActionKind::TakeOver, 8, QStringLiteral("Chen Jie"), 1, 7, 8,
                                          QStringLiteral("Chen Jie"), QStringLiteral("from Li Na")}},
                             false};
    case FrameType::ConversationJoin: return ConversationJoin{QStringLiteral("key-00000020"), 7};
    case FrameType::ConversationJoinOk: return ConversationJoinOk{sampleConversation()};
    case FrameType::TrainingTrainees: return TrainingTrainees{};
    case FrameType::TrainingTraineesOk:
        return TrainingTraineesOk{{Trainee{2, QStringLiteral("Li Na 李娜"), 1, QStringLiteral("售前"), 2, 5, 68, 1700000300000}}};
    case FrameType::TrainingAssign:
        return TrainingAssign{QStringLiteral("key-00000021"), 2, {QStringLiteral("hesitant-buyer"), QStringLiteral("late-parcel")},
                              QStringLiteral("Both before Friday")};
    case FrameType::TrainingAssignOk: return TrainingAssignOk{{sampleAssignment()}};
    case FrameType::TrainingUnassign: return TrainingUnassign{QStringLiteral("key-00000022"), 3};
    case FrameType::TrainingUnassignOk: return TrainingUnassignOk{3};
    case FrameType::TrainingAssignments: return TrainingAssignments{2};
    case FrameType::TrainingAssignmentsOk: return TrainingAssignmentsOk{{sampleAssignment()}};
    case FrameType::TrainingSubmit: return TrainingSubmit{QStringLiteral("key-00000023"), QStringLiteral("{\"format\":1}")};
    case FrameType::TrainingSubmitOk: return TrainingSubmitOk{sampleTrainingResult(), true};
    case FrameType::TrainingResults: return TrainingResults{2, QStringLiteral("hesitant-buyer"), 40, 20};
    case FrameType::TrainingResultsOk: return TrainingResultsOk{{sampleTrainingResult()}, true};
    case FrameType::TrainingResultGet: return TrainingResultGet{5};
    case FrameType::TrainingResultOk: return TrainingResultOk{sampleTrainingResult(), QStringLiteral("{\"format\":1}")};
    case FrameType::AuthLogout: return AuthLogout{};
    case FrameType::AuthLogoutOk: return AuthLogoutOk{3, 1};
    case FrameType::KpiReport: return KpiReport{1, 1700000000000, 1700086400000, QStringLiteral("price")};
    case FrameType::KpiReportOk: {
        KpiCounts c;
        c.agentId = 2;
        c.agentName = QStringLiteral("Li Na");
        c.consultations = 40;
        c.converted = 9;
        c.revenueCents = 1299900;
        c.closed = 38;
        c.resolvedFirstContact = 33;
        c.handlingMs = 38 * 420000;
        c.responded = 40;
        c.firstResponseMs = 40 * 35000;
        c.rated = 20;
        c.ratingSum = 88;
        c.satisfied = 17;
        c.coupons = 3;
        c.couponCents = 6000;
        return KpiReportOk{1, QStringLiteral("售前"), 1700000000000, 1700086400000, {c}, 1000000, 72, 72,
                           {WaitPoint{1700086340000, 3}}, QStringLiteral("price")};
    }
    case FrameType::OrderPlace: return OrderPlace{QStringLiteral("key-00000012"), {OrderLine{QStringLiteral("WR-EXT1-PH"), 2}}};
    case FrameType::OrderPlaceOk:
        return OrderPlaceOk{Order{9, QStringLiteral("AD1"), QStringLiteral("paid"), 19900, 1700000000000, {}, {}, {},
                                  {OrderItem{QStringLiteral("WR-EXT1-PH"), QStringLiteral("Extended warranty"), 1, 19900, {}}}}};
    }
    return Ping{};
}

QJsonObject payloadJson(const Payload& p)
{
    return std::visit([](const auto& v) { return JsonWriter::toObject(v); }, p);
}

} // namespace

class TestFrameCodec : public QObject {
    Q_OBJECT
private slots:
    void everyFrameTypeRoundTrips_data()
    {
        QTest::addColumn<int>("type");
        for (const FrameSpec& spec : frameSpecs())
            QTest::newRow(spec.name) << int(spec.type);
    }

    void everyFrameTypeRoundTrips()
    {
        QFETCH(int, type);
        const auto frameType = FrameType(type);
        const FrameSpec& spec = specOf(frameType);
        Frame frame{frameType, {}, 0, sampleOf(frameType)};
        if (spec.kind == FrameKind::Request || spec.kind == FrameKind::Reply || spec.kind == FrameKind::Error)
            frame.id = QStringLiteral("r1");
        if (spec.kind == FrameKind::Event)
            frame.seq = 17;
        const QByteArray text = FrameCodec::encode(frame);
        const DecodeMode mode = spec.kind == FrameKind::Request ? DecodeMode::ServerReadsRequest : DecodeMode::ClientReadsServer;
        const DecodeResult decoded = FrameCodec::decode(text, mode);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error.message + QStringLiteral(" in ") + QString::fromUtf8(text)));
        QCOMPARE(decoded.frame->type, frameType);
        QCOMPARE(decoded.frame->id, frame.id);
        QCOMPARE(decoded.frame->seq, frame.seq);
        QCOMPARE(payloadJson(decoded.frame->payload), payloadJson(frame.payload));
        QCOMPARE(FrameCodec::encode(*decoded.frame), text);

        // The text is written field by field (JsonTextWriter); it must hold exactly what the
        // QJsonObject path (JsonWriter) holds, with no key twice.
        QJsonObject expected = payloadJson(frame.payload);
        expected.insert(QLatin1String("type"), QLatin1String(spec.name));
        if (!frame.id.isEmpty())
            expected.insert(QLatin1String("id"), frame.id);
        if (frame.seq > 0)
            expected.insert(QLatin1String("seq"), double(frame.seq));
        QCOMPARE(QJsonDocument::fromJson(text).object(), expected);
        // The server numbers events after encoding them.
        if (spec.kind == FrameKind::Event)
            QCOMPARE(FrameCodec::withSeq(FrameCodec::encode(Frame{frameType, {}, 0, frame.payload}), frame.seq), text);
        QCOMPARE(text.count("\":"), QJsonDocument(expected).toJson(QJsonDocument::Compact).count("\":"));
    }

    void textIsEscapedAsJson()
    {
        // Every character JSON must escape, the ones it need not, CJK, an emoji (a surrogate
        // pair) and a lone surrogate (not valid UTF-16: it must still give valid JSON).
        QString text = QStringLiteral("quote\" back\\slash /slash tab\t nl\n cr\r bs\b ff\f 订单 😀 del\x7f");
        for (char16_t c = 0; c < 0x20; ++c)
            text += QChar(c);
        text += QChar(0xD800);
        text += QStringLiteral("end");
        const QByteArray encoded = FrameCodec::encode(Error{QStringLiteral("bad_frame"), text}, QStringLiteral("r1"));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(encoded, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QLatin1String(" in ") + QString::fromUtf8(encoded)));
        // The lone surrogate comes back as whatever UTF-8 conversion makes of it; the rest as it was.
        const QString message = doc.object().value(QLatin1String("message")).toString();
        QCOMPARE(message, QString::fromUtf8(text.toUtf8()));
        QVERIFY(message.startsWith(text.left(text.size() - 4)));
        QVERIFY(message.endsWith(QLatin1String("end")));
        QVERIFY(!encoded.contains('\n'));
        QVERIFY(encoded.contains("\\u001f"));
    }

    void requestsAreNotAcceptedByTheClientAndViceVersa()
    {
        QCOMPARE(FrameCodec::decode(FrameCodec::encode(Ping{}, QStringLiteral("1")), DecodeMode::ClientReadsServer).error.code,
                 ErrorCode::UnknownType);
        QCOMPARE(FrameCodec::decode(FrameCodec::encode(Pong{1}, QStringLiteral("1")), DecodeMode::ServerReadsRequest).error.code,
                 ErrorCode::UnknownType);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        auto row = [](const char* name, const char* text, const char* code, const char* part) {
            QTest::newRow(name) << QByteArray(text) << QString::fromLatin1(code) << QString::fromLatin1(part);
        };
        row("empty", "", "bad_json", "not valid JSON");
        row("garbage", "\x01\x02garbage{", "bad_json", "not valid JSON");
        row("truncated", R"({"type":"ping","id":"1")", "bad_json", "not valid JSON");
        row("array", R"([1,2,3])", "bad_json", "JSON object");
        row("string", R"("ping")", "bad_json", "JSON");
        row("no type", R"({"id":"1"})", "bad_frame", "type");
        row("type not a string", R"({"type":5,"id":"1"})", "bad_frame", "type");
        row("unknown type", R"({"type":"coupon.steal","id":"1"})", "unknown_type", "coupon.steal");
        row("server-only type", R"({"type":"message.new","id":"1","seq":1})", "unknown_type", "message.new");
        row("no id", R"({"type":"ping"})", "bad_frame", "id");
        row("id not a string", R"({"type":"ping","id":7})", "bad_frame", "id");
        row("id too long", R"({"type":"ping","id":"0123456789012345678901234567890123456789012345678901234567890123456789"})",
            "bad_frame", "id");
        row("missing field", R"({"type":"auth.login","id":"1","user":"a","protocol":1})", "bad_frame", "password: required");
        row("string as number", R"({"type":"auth.login","id":"1","user":5,"password":"x","protocol":1})", "bad_frame",
            "user: expected a string, got a number");
        row("number as string", R"({"type":"sync","id":"1","since":"5"})", "bad_frame", "since: expected an integer, got a string");
        row("fraction", R"({"type":"sync","id":"1","since":1.5})", "bad_frame", "since: expected an integer");
        row("negative", R"({"type":"sync","id":"1","since":-1})", "bad_frame", "out of range");
        row("huge number", R"({"type":"sync","id":"1","since":1e300})", "bad_frame", "out of range");
        row("bool as string", R"({"type":"conversations.list","id":"1","includeClosed":"yes"})", "bad_frame",
            "includeClosed: expected a boolean");
        row("null", R"({"type":"message.send","id":"1","key":"abcdefgh","conversationId":null,"text":"x"})", "bad_frame",
            "conversationId: expected an integer, got null");
        row("zero id", R"({"type":"message.send","id":"1","key":"abcdefgh","conversationId":0,"text":"x"})", "bad_frame",
            "out of range");
        row("empty text", R"({"type":"message.send","id":"1","key":"abcdefgh","conversationId":1,"text":"   "})", "bad_frame",
            "text: must not be empty");
        row("short key", R"({"type":"message.send","id":"1","key":"abc","conversationId":1,"text":"x"})", "bad_frame",
            "idempotency key");
        row("key with spaces", R"({"type":"message.send","id":"1","key":"abc def ghi","conversationId":1,"text":"x"})",
            "bad_frame", "idempotency key");
        row("bad enum", R"({"type":"presence.set","id":"1","key":"abcdefgh","status":"sleeping"})", "bad_frame",
            "status: expected one of online|away|busy|offline");
        row("enum wrong type", R"({"type":"presence.set","id":"1","key":"abcdefgh","status":1})", "bad_frame",
            "status: expected a string");
        row("capacity out of range", R"({"type":"presence.set","id":"1","key":"abcdefgh","status":"online","capacity":51})",
            "bad_frame", "capacity");
        row("unknown field", R"({"type":"ping","id":"1","admin":true})", "bad_frame", "admin: unknown field");
        row("limit too big", R"({"type":"conversation.history","id":"1","conversationId":1,"limit":100000})", "bad_frame",
            "limit");
        row("score too high", R"({"type":"conversation.rate","id":"1","key":"abcdefgh","conversationId":1,"score":6})", "bad_frame",
            "score");
        row("score zero", R"({"type":"conversation.rate","id":"1","key":"abcdefgh","conversationId":1,"score":0})", "bad_frame",
            "score");
        row("bad protocol", R"({"type":"auth.token","id":"1","token":"t","protocol":0})", "bad_frame", "protocol");
    }

    void rejects()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        const DecodeResult result = FrameCodec::decode(text, DecodeMode::ServerReadsRequest);
        QVERIFY(!result.ok());
        QCOMPARE(errorCodeName(result.error.code), code);
        QVERIFY2(result.error.message.contains(messagePart), qPrintable(result.error.message));
    }

    void errorsEchoTheIdWhenItCanBeRead()
    {
        const DecodeResult result = FrameCodec::decode(R"({"type":"sync","id":"abc","since":"x"})", DecodeMode::ServerReadsRequest);
        QCOMPARE(result.requestId, QStringLiteral("abc"));
    }

    void tooLongTextIsRejected()
    {
        const QByteArray text = FrameCodec::encode(MessageSend{QStringLiteral("abcdefgh"), 1, QString(4001, QLatin1Char('x')), {}, {}, {}},
                                                   QStringLiteral("1"));
        const DecodeResult result = FrameCodec::decode(text, DecodeMode::ServerReadsRequest);
        QCOMPARE(result.error.code, ErrorCode::BadFrame);
        QVERIFY(result.error.message.contains(QStringLiteral("longer than 4000")));
        const QByteArray ok = FrameCodec::encode(MessageSend{QStringLiteral("abcdefgh"), 1, QString(4000, QChar(0x4E2D)), {}, {}, {}},
                                                 QStringLiteral("1"));
        QVERIFY(FrameCodec::decode(ok, DecodeMode::ServerReadsRequest).ok());
    }

    void nestedErrorsNameThePath()
    {
        QJsonObject frame = QJsonDocument::fromJson(FrameCodec::encode(ConversationsListOk{1, {sampleConversation()}},
                                                                       QStringLiteral("1"))).object();
        QJsonArray list = frame[QStringLiteral("conversations")].toArray();
        QJsonObject first = list[0].toObject();
        first[QStringLiteral("status")] = QStringLiteral("lost");
        list[0] = first;
        frame[QStringLiteral("conversations")] = list;
        const DecodeResult result = FrameCodec::decode(QJsonDocument(frame).toJson(), DecodeMode::ClientReadsServer);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.message.contains(QStringLiteral("conversations[0].status")), qPrintable(result.error.message));
    }

    void clientIgnoresUnknownFieldsFromANewerServer()
    {
        QJsonObject frame = QJsonDocument::fromJson(FrameCodec::encode(Pong{5}, QStringLiteral("1"))).object();
        frame[QStringLiteral("futureField")] = 1;
        QVERIFY(FrameCodec::decode(QJsonDocument(frame).toJson(), DecodeMode::ClientReadsServer).ok());
        QVERIFY(!FrameCodec::decode(QJsonDocument(frame).toJson(), DecodeMode::ServerReadsRequest).ok());
    }

    void eventsWithoutSequenceAreTransient()
    {
        // A watched floor's or a monitored conversation's events are not stored: no seq.
        const QByteArray withoutSeq = FrameCodec::encode(MessageNew{sampleMessage()});
        const DecodeResult transient = FrameCodec::decode(withoutSeq, DecodeMode::ClientReadsServer);
        QVERIFY(transient.ok());
        QCOMPARE(transient.frame->seq, 0);
        QVERIFY(FrameCodec::decode(FrameCodec::encode(MessageNew{sampleMessage()}, {}, 7), DecodeMode::ClientReadsServer).frame->seq == 7);
        for (const char* bad : {R"("seq":-1)", R"("seq":"7")", R"("seq":1.5)"}) {
            QJsonObject frame = QJsonDocument::fromJson(withoutSeq).object();
            const QJsonObject extra = QJsonDocument::fromJson(QByteArray("{") + bad + "}").object();
            frame[QStringLiteral("seq")] = extra.value(QStringLiteral("seq"));
            const DecodeResult result = FrameCodec::decode(QJsonDocument(frame).toJson(), DecodeMode::ClientReadsServer);
            QVERIFY2(!result.ok(), bad);
            QVERIFY(result.error.message.contains(QStringLiteral("seq")));
        }
    }

    void deepNestingIsRejectedNotCrashing()
    {
        QByteArray deep;
        for (int i = 0; i < 5000; ++i)
            deep += "{\"a\":";
        deep += "1";
        for (int i = 0; i < 5000; ++i)
            deep += "}";
        QVERIFY(!FrameCodec::decode(deep, DecodeMode::ServerReadsRequest).ok());
    }

    void fingerprintIgnoresTheRequestIdOnly()
    {
        const Frame a{FrameType::MessageSend, QStringLiteral("1"), 0, MessageSend{QStringLiteral("abcdefgh"), 1, QStringLiteral("x"), {}, {}, {}}};
        Frame b = a;
        b.id = QStringLiteral("2");
        QCOMPARE(FrameCodec::fingerprint(a), FrameCodec::fingerprint(b));
        Frame c{FrameType::MessageSend, QStringLiteral("1"), 0, MessageSend{QStringLiteral("abcdefgh"), 1, QStringLiteral("y"), {}, {}, {}}};
        QVERIFY(FrameCodec::fingerprint(a) != FrameCodec::fingerprint(c));
        QVERIFY(FrameCodec::hasFingerprint(b, FrameCodec::fingerprint(a)));
        QVERIFY(!FrameCodec::hasFingerprint(c, FrameCodec::fingerprint(a)));
    }

    void aFingerprintStoredBeforeVersionTwoStillMatches()
    {
        // Keys stored by a server before fingerprints had a version: the digest of the payload
        // as a JSON object with sorted keys and the type.
        auto oldFingerprint = [](const Frame& f) {
            QJsonObject object = std::visit([](const auto& p) { return JsonWriter::toObject(p); }, f.payload);
            object.insert(QLatin1String("type"), QLatin1String(specOf(f.type).name));
            return QCryptographicHash::hash(QJsonDocument(object).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex();
        };
        const Frame a{FrameType::MessageSend, QStringLiteral("1"), 0,
                      MessageSend{QStringLiteral("abcdefgh"), 7, QStringLiteral("\u5feb\u9012"), {}, {}, {}}};
        const Frame b{FrameType::MessageSend, QStringLiteral("2"), 0,
                      MessageSend{QStringLiteral("abcdefgh"), 7, QStringLiteral("other"), {}, {}, {}}};
        QVERIFY(FrameCodec::fingerprint(a).startsWith("2:"));
        QVERIFY(FrameCodec::hasFingerprint(a, oldFingerprint(a)));
        QVERIFY(!FrameCodec::hasFingerprint(b, oldFingerprint(a)));
        QVERIFY(!FrameCodec::hasFingerprint(a, oldFingerprint(a).left(40)));
        QVERIFY(!FrameCodec::hasFingerprint(a, QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestFrameCodec)
#include "tst_FrameCodec.moc"
