#pragma once

// Every frame of the wire protocol as a typed struct. FrameSpec.cpp holds the table that says
// who sends each one; docs/PROTOCOL.md documents them (a test keeps the two in step).

#include "protocol/Records.h"

#include <variant>

namespace agentdesk::protocol {

inline constexpr int kProtocolVersion = 1;

// Order matters: it is the order of the Payload variant below. Append only.
enum class FrameType {
    AuthLogin, AuthToken, CustomerSignin, AuthOk,
    Sync, SyncOk,
    ConversationsList, ConversationsListOk,
    ConversationHistory, ConversationHistoryOk,
    ConversationOpen, ConversationOpenOk,
    MessageSend, MessageSendOk,
    ConversationClose, ConversationCloseOk,
    CustomerProfileGet, CustomerProfileOk,
    PresenceSet, PresenceSetOk,
    Ping, Pong,
    Error,
    ConversationUpdated, MessageNew,
    NoteAdd, NoteAddOk,
    ConversationRate, ConversationRateOk,
    StaffList, StaffListOk,
    ConversationTransfer, ConversationTransferOk,
    LibraryList, LibraryListOk,
    ReplySave, ReplySaveOk,
    ReplyDelete, ReplyDeleteOk,
    ReplyFavorite, ReplyFavoriteOk,
    LibraryUpdated,
    LibraryStats, LibraryStatsOk,
    OrderPlace, OrderPlaceOk,
    RecommendationsGet, RecommendationsOk,
    RecommendationDismiss, RecommendationDismissOk,
    ImageUpload, ImageUploadOk,
    ImageGet, ImageGetOk,
    CouponsOptions, CouponsOptionsOk,
    CouponGrant, CouponGrantOk,
    CouponRequest, CouponRequestOk,
    ApprovalsList, ApprovalsListOk,
    ApprovalDecide, ApprovalDecideOk,
    ApprovalUpdated,
    AuditList, AuditListOk,
    FloorWatch, FloorWatchOk,
    FloorUpdated, FloorAlert,
    ConversationMonitor, ConversationMonitorOk,
    AgentCapacitySet, AgentCapacitySetOk,
    TeamBroadcast, TeamBroadcastOk,
    NoticeNew,
    ActionsList, ActionsListOk,
    KpiReport, KpiReportOk,
    ConversationJoin, ConversationJoinOk,
    TrainingTrainees, TrainingTraineesOk,
    TrainingAssign, TrainingAssignOk,
    TrainingUnassign, TrainingUnassignOk,
    TrainingAssignments, TrainingAssignmentsOk,
    TrainingSubmit, TrainingSubmitOk,
    TrainingResults, TrainingResultsOk,
    TrainingResultGet, TrainingResultOk,
    AuthLogout, AuthLogoutOk,
};

#define AGENTDESK_FRAME(Name) \
    static constexpr FrameType kType = FrameType::Name; \
    static constexpr const char* kName = #Name

struct AuthLogin {
    AGENTDESK_FRAME(AuthLogin);
    QString user;
    QString password;
    int protocol = kProtocolVersion;
    QString client;
    QString language;  // of the server's texts to this connection (error messages): zh_CN, en...
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("user", s.user, rules::kRequiredName);
        v.field("password", s.password, rules::kSecret);
        v.field("protocol", s.protocol, FieldRule{.min = 1, .max = 1000});
        v.field("client", s.client, rules::kOptionalText);
        v.field("language", s.language, rules::kLanguage);
    }
};

struct AuthToken {
    AGENTDESK_FRAME(AuthToken);
    QString token;
    int protocol = kProtocolVersion;
    QString language;  // as in auth.login
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("token", s.token, rules::kSecret);
        v.field("protocol", s.protocol, FieldRule{.min = 1, .max = 1000});
        v.field("language", s.language, rules::kLanguage);
    }
};

struct CustomerSignin {
    AGENTDESK_FRAME(CustomerSignin);
    QString channelKey;
    QString customerRef;  // the shop's id of the customer (member id, open id...)
    QString name;         // shown to agents when the customer is new
    Channel channel = Channel::Web;
    int protocol = kProtocolVersion;
    QString language;  // as in auth.login
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("channelKey", s.channelKey, rules::kSecret);
        v.field("customerRef", s.customerRef, FieldRule{.maxLength = 64, .nonEmpty = true});
        v.field("name", s.name, FieldRule{.required = false, .maxLength = 100});
        v.field("channel", s.channel, rules::kEnum);
        v.field("protocol", s.protocol, FieldRule{.min = 1, .max = 1000});
        v.field("language", s.language, rules::kLanguage);
    }
};

struct AuthOk {
    AGENTDESK_FRAME(AuthOk);
    QString token;  // for auth.token after a reconnect
    Principal principal;
    qint64 head = 0;  // the last sequence number of the principal's stream
    // The shop's reply-time target: a customer waiting longer is a breach, on the floor view and
    // in the agent's list alike (0, from an older server: the client's own default).
    qint64 slaMs = 0;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("token", s.token, rules::kSecret);
        v.field("principal", s.principal, rules::kObject);
        v.field("head", s.head, rules::kCount);
        v.field("slaMs", s.slaMs, rules::kOptionalCount);
    }
};

struct Sync {
    AGENTDESK_FRAME(Sync);
    qint64 since = 0;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("since", s.since, rules::kCount); }
};

struct SyncOk {
    AGENTDESK_FRAME(SyncOk);
    qint64 head = 0;
    qint64 replayed = 0;
    bool reset = false;  // too far behind: reload a snapshot (conversations.list), then go on from head
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("head", s.head, rules::kCount);
        v.field("replayed", s.replayed, rules::kCount);
        v.field("reset", s.reset, rules::kFlag);
    }
};

struct ConversationsList {
    AGENTDESK_FRAME(ConversationsList);
    bool includeClosed = false;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("includeClosed", s.includeClosed, rules::kFlag); }
};

struct ConversationsListOk {
    AGENTDESK_FRAME(ConversationsListOk);
    qint64 head = 0;  // the stream's sequence at the time of the snapshot
    std::vector<ConversationInfo> conversations;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("head", s.head, rules::kCount);
        v.field("conversations", s.conversations, rules::kBigList);
    }
};

struct ConversationHistory {
    AGENTDESK_FRAME(ConversationHistory);
    qint64 conversationId = 0;
    qint64 beforeId = 0;  // page backwards from this message id; 0 for the newest
    int limit = 100;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("conversationId", s.conversationId, rules::kId);
        v.field("beforeId", s.beforeId, rules::kOptionalId);
        v.field("limit", s.limit, rules::kLimit);
    }
};

struct ConversationHistoryOk {
    AGENTDESK_FRAME(ConversationHistoryOk);
    qint64 conversationId = 0;
    std::vector<ChatMessage> messages;  // oldest first
    bool more = false;                  // older messages exist
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("conversationId", s.conversationId, rules::kId);
        v.field("messages", s.messages, rules::kList);
        v.field("more", s.more, rules::kFlag);
    }
};

struct ConversationOpen {
    AGENTDESK_FRAME(ConversationOpen);
    QString key;
    QString topic;  // e.g. presales, logistics, returns; routes to a team with that skill
    QString text;   // an optional first message
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("topic", s.topic, FieldRule{.required = false, .maxLength = 40});
        v.field("text", s.text, FieldRule{.required = false, .maxLength = 4000});
    }
};

struct ConversationOpenOk {
    AGENTDESK_FRAME(ConversationOpenOk);
    ConversationInfo conversation;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("conversation", s.conversation, rules::kObject); }
};

struct MessageSend {
    AGENTDESK_FRAME(MessageSend);
    QString key;
    qint64 conversationId = 0;
    QString text;
    std::vector<ReplyRef> replies;  // the library replies the text was made from, recorded as uses
    QString recommendation;         // the SKU this message recommends; checked against the policy
    QString image;                  // an uploaded image sent with the text (staff only)
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("conversationId", s.conversationId, rules::kId);
        v.field("text", s.text, rules::kMessageText);
        v.field("replies", s.replies, FieldRule{.required = false, .maxItems = 10});
        v.field("recommendation", s.recommendation, FieldRule{.required = false, .maxLength = 40});
        v.field("image", s.image, rules::kImageId);
    }
};

struct MessageSendOk {
    AGENTDESK_FRAME(MessageSendOk);
    ChatMessage message;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("message", s.message, rules::kObject); }
};

struct ConversationClose {
    AGENTDESK_FRAME(ConversationClose);
    QString key;
    qint64 conversationId = 0;
    QString resolution;  // e.g. solved, purchased, no-response, transferred
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("conversationId", s.conversationId, rules::kId);
        v.field("resolution", s.resolution, FieldRule{.maxLength = 40, .nonEmpty = true});
    }
};

struct ConversationCloseOk {
    AGENTDESK_FRAME(ConversationCloseOk);
    ConversationInfo conversation;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("conversation", s.conversation, rules::kObject); }
};

struct CustomerProfileGet {
    AGENTDESK_FRAME(CustomerProfileGet);
    qint64 conversationId = 0;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("conversationId", s.conversationId, rules::kId); }
};

struct CustomerProfileOk {
    AGENTDESK_FRAME(CustomerProfileOk);
    CustomerProfile customer;
    std::vector<Order> orders;  // newest first
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("customer", s.customer, rules::kObject);
        v.field("orders", s.orders, rules::kList);
    }
};

struct PresenceSet {
    AGENTDESK_FRAME(PresenceSet);
    QString key;
    PresenceStatus status = PresenceStatus::Online;
    int capacity = 0;  // 0 keeps the current capacity
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("status", s.status, rules::kEnum);
        v.field("capacity", s.capacity, rules::kOptionalCapacity);
    }
};

struct PresenceSetOk {
    AGENTDESK_FRAME(PresenceSetOk);
    PresenceStatus status = PresenceStatus::Online;
    int capacity = 0;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("status", s.status, rules::kEnum);
        v.field("capacity", s.capacity, rules::kCapacity);
    }
};

struct Ping {
    AGENTDESK_FRAME(Ping);
    template <class S, class V>
    static void fields(S&, V&) {}
};

struct Pong {
    AGENTDESK_FRAME(Pong);
    qint64 serverTime = 0;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("serverTime", s.serverTime, rules::kTimestamp); }
};

struct Error {
    AGENTDESK_FRAME(Error);
    QString code;  // a stable code, see ErrorCode
    QString message;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("code", s.code, FieldRule{.maxLength = 40, .nonEmpty = true});
        v.field("message", s.message, rules::kLongText);
    }
};

struct ConversationUpdated {
    AGENTDESK_FRAME(ConversationUpdated);
    ConversationInfo conversation;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("conversation", s.conversation, rules::kObject); }
};

struct MessageNew {
    AGENTDESK_FRAME(MessageNew);
    ChatMessage message;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("message", s.message, rules::kObject); }
};

struct NoteAdd {
    AGENTDESK_FRAME(NoteAdd);
    QString key;
    qint64 conversationId = 0;
    QString text;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("conversationId", s.conversationId, rules::kId);
        v.field("text", s.text, rules::kMessageText);
    }
};

struct NoteAddOk {
    AGENTDESK_FRAME(NoteAddOk);
    ChatMessage message;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("message", s.message, rules::kObject); }
};

struct ConversationRate {
    AGENTDESK_FRAME(ConversationRate);
    QString key;
    qint64 conversationId = 0;
    int score = 0;  // CSAT, 1 (very unhappy) to 5 (very happy)
    QString comment;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("conversationId", s.conversationId, rules::kId);
        v.field("score", s.score, FieldRule{.min = 1, .max = 5});
        v.field("comment", s.comment, FieldRule{.required = false, .maxLength = 1000});
    }
};

struct ConversationRateOk {
    AGENTDESK_FRAME(ConversationRateOk);
    ConversationInfo conversation;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("conversation", s.conversation, rules::kObject); }
};

struct StaffList {
    AGENTDESK_FRAME(StaffList);
    template <class S, class V>
    static void fields(S&, V&) {}
};

struct StaffListOk {
    AGENTDESK_FRAME(StaffListOk);
    std::vector<StaffMember> staff;  // agents and leads who can take conversations
    std::vector<Team> teams;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("staff", s.staff, rules::kList);
        v.field("teams", s.teams, rules::kList);
    }
};

struct ConversationTransfer {
    AGENTDESK_FRAME(ConversationTransfer);
    QString key;
    qint64 conversationId = 0;
    qint64 toAgentId = 0;  // a colleague, or...
    qint64 toTeamId = 0;   // ...a team's queue: exactly one of the two
    QString note;          // stored as an internal note for the next agent
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("conversationId", s.conversationId, rules::kId);
        v.field("toAgentId", s.toAgentId, rules::kOptionalId);
        v.field("toTeamId", s.toTeamId, rules::kOptionalId);
        v.field("note", s.note, FieldRule{.required = false, .maxLength = 4000});
    }
};

struct ConversationTransferOk {
    AGENTDESK_FRAME(ConversationTransferOk);
    ConversationInfo conversation;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("conversation", s.conversation, rules::kObject); }
};

struct LibraryList {
    AGENTDESK_FRAME(LibraryList);
    template <class S, class V>
    static void fields(S&, V&) {}
};

struct LibraryListOk {
    AGENTDESK_FRAME(LibraryListOk);
    std::vector<Reply> replies;  // the shop's, my team's and my own
    std::vector<ReplyMine> mine;  // my favourites and use counts
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("replies", s.replies, rules::kBigList);
        v.field("mine", s.mine, rules::kBigList);
    }
};

struct ReplySave {
    AGENTDESK_FRAME(ReplySave);
    QString key;
    Reply reply;  // id 0 creates a reply
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("reply", s.reply, rules::kObject);
    }
};

struct ReplySaveOk {
    AGENTDESK_FRAME(ReplySaveOk);
    Reply reply;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("reply", s.reply, rules::kObject); }
};

struct ReplyDelete {
    AGENTDESK_FRAME(ReplyDelete);
    QString key;
    qint64 replyId = 0;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("replyId", s.replyId, rules::kId);
    }
};

struct ReplyDeleteOk {
    AGENTDESK_FRAME(ReplyDeleteOk);
    qint64 replyId = 0;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("replyId", s.replyId, rules::kId); }
};

struct ReplyFavorite {
    AGENTDESK_FRAME(ReplyFavorite);
    QString key;
    qint64 replyId = 0;
    bool favorite = true;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("replyId", s.replyId, rules::kId);
        v.field("favorite", s.favorite, rules::kFlag);
    }
};

struct ReplyFavoriteOk {
    AGENTDESK_FRAME(ReplyFavoriteOk);
    qint64 replyId = 0;
    bool favorite = false;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("replyId", s.replyId, rules::kId);
        v.field("favorite", s.favorite, rules::kFlag);
    }
};

struct LibraryUpdated {
    AGENTDESK_FRAME(LibraryUpdated);
    Reply reply;
    bool deleted = false;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("reply", s.reply, rules::kObject);
        v.field("deleted", s.deleted, rules::kFlag);
    }
};

struct LibraryStats {
    AGENTDESK_FRAME(LibraryStats);
    qint64 since = 0;  // uses from this time on; 0 for all
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("since", s.since, FieldRule{.required = false, .min = 0}); }
};

struct LibraryStatsOk {
    AGENTDESK_FRAME(LibraryStatsOk);
    std::vector<ReplyStats> stats;  // replies used at least once
    int windowHours = 0;            // how long after a conversation an order still counts
    std::vector<RecommendationStats> recommendations;  // products recommended at least once
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("stats", s.stats, rules::kBigList);
        v.field("windowHours", s.windowHours, rules::kCount);
        v.field("recommendations", s.recommendations, FieldRule{.required = false, .maxItems = 100000});
    }
};

struct OrderPlace {
    AGENTDESK_FRAME(OrderPlace);
    QString key;
    std::vector<OrderLine> lines;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("lines", s.lines, FieldRule{.maxItems = 50});
    }
};

struct OrderPlaceOk {
    AGENTDESK_FRAME(OrderPlaceOk);
    Order order;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("order", s.order, rules::kObject); }
};

struct RecommendationsGet {
    AGENTDESK_FRAME(RecommendationsGet);
    qint64 conversationId = 0;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("conversationId", s.conversationId, rules::kId); }
};

struct RecommendationsOk {
    AGENTDESK_FRAME(RecommendationsOk);
    qint64 conversationId = 0;
    std::vector<Recommendation> recommendations;  // best first; refused ones say why
    int remaining = 0;  // add-on recommendations the policy still allows in this consultation
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("conversationId", s.conversationId, rules::kId);
        v.field("recommendations", s.recommendations, FieldRule{.maxItems = 10});
        v.field("remaining", s.remaining, rules::kCount);
    }
};

struct RecommendationDismiss {
    AGENTDESK_FRAME(RecommendationDismiss);
    QString key;
    qint64 conversationId = 0;
    QString sku;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("conversationId", s.conversationId, rules::kId);
        v.field("sku", s.sku, FieldRule{.maxLength = 40, .nonEmpty = true});
    }
};

struct RecommendationDismissOk {
    AGENTDESK_FRAME(RecommendationDismissOk);
    qint64 conversationId = 0;
    QString sku;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("conversationId", s.conversationId, rules::kId);
        v.field("sku", s.sku, FieldRule{.maxLength = 40, .nonEmpty = true});
    }
};

struct ImageUpload {
    AGENTDESK_FRAME(ImageUpload);
    QString key;
    QString data;  // base64 of a PNG or JPEG of at most 32 KiB
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("data", s.data, rules::kImageBase64);
    }
};

struct ImageUploadOk {
    AGENTDESK_FRAME(ImageUploadOk);
    QString imageId;  // SHA-256 of the bytes, lowercase hex
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("imageId", s.imageId, FieldRule{.maxLength = 64, .nonEmpty = true}); }
};

struct ImageGet {
    AGENTDESK_FRAME(ImageGet);
    QString imageId;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("imageId", s.imageId, FieldRule{.maxLength = 64, .nonEmpty = true}); }
};

struct ImageGetOk {
    AGENTDESK_FRAME(ImageGetOk);
    ImageData image;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("image", s.image, rules::kObject); }
};

struct CouponsOptions {
    AGENTDESK_FRAME(CouponsOptions);
    qint64 conversationId = 0;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("conversationId", s.conversationId, rules::kId); }
};

// Everything the workspace needs to run the coupon policy itself before any click.
struct CouponsOptionsOk {
    AGENTDESK_FRAME(CouponsOptionsOk);
    qint64 conversationId = 0;
    std::vector<CouponTemplate> templates;
    CouponLimits limits;
    CouponFacts facts;
    qint64 serverTime = 0;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("conversationId", s.conversationId, rules::kId);
        v.field("templates", s.templates, rules::kList);
        v.field("limits", s.limits, rules::kObject);
        v.field("facts", s.facts, rules::kObject);
        v.field("serverTime", s.serverTime, rules::kTimestamp);
    }
};

struct CouponGrant {
    AGENTDESK_FRAME(CouponGrant);
    QString key;
    qint64 conversationId = 0;
    qint64 templateId = 0;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("conversationId", s.conversationId, rules::kId);
        v.field("templateId", s.templateId, rules::kId);
    }
};

// A refusal is an answer too, recorded in the audit log and replayed for a retried key.
struct CouponGrantOk {
    AGENTDESK_FRAME(CouponGrantOk);
    bool granted = false;
    std::optional<Coupon> coupon;
    std::vector<CouponRefusal> refusals;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("granted", s.granted, rules::kFlag);
        v.field("coupon", s.coupon, rules::kOptionalObject);
        v.field("refusals", s.refusals, FieldRule{.required = false, .maxItems = 20});
    }
};

struct CouponRequest {
    AGENTDESK_FRAME(CouponRequest);
    QString key;
    qint64 conversationId = 0;
    qint64 templateId = 0;
    QString reason;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("conversationId", s.conversationId, rules::kId);
        v.field("templateId", s.templateId, rules::kId);
        v.field("reason", s.reason, FieldRule{.maxLength = 500, .nonEmpty = true});
    }
};

struct CouponRequestOk {
    AGENTDESK_FRAME(CouponRequestOk);
    CouponApproval approval;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("approval", s.approval, rules::kObject); }
};

struct ApprovalsList {
    AGENTDESK_FRAME(ApprovalsList);
    bool includeDecided = false;  // also the last 100 decided ones
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("includeDecided", s.includeDecided, rules::kFlag); }
};

struct ApprovalsListOk {
    AGENTDESK_FRAME(ApprovalsListOk);
    std::vector<CouponApproval> approvals;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("approvals", s.approvals, rules::kList); }
};

struct ApprovalDecide {
    AGENTDESK_FRAME(ApprovalDecide);
    QString key;
    qint64 approvalId = 0;
    bool approve = false;
    QString comment;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("approvalId", s.approvalId, rules::kId);
        v.field("approve", s.approve, rules::kFlag);
        v.field("comment", s.comment, FieldRule{.required = false, .maxLength = 500});
    }
};

// Approving grants within the lead's own limits; when they refuse, the request stays pending.
struct ApprovalDecideOk {
    AGENTDESK_FRAME(ApprovalDecideOk);
    CouponApproval approval;
    bool granted = false;
    std::optional<Coupon> coupon;
    std::vector<CouponRefusal> refusals;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("approval", s.approval, rules::kObject);
        v.field("granted", s.granted, rules::kFlag);
        v.field("coupon", s.coupon, rules::kOptionalObject);
        v.field("refusals", s.refusals, FieldRule{.required = false, .maxItems = 20});
    }
};

struct ApprovalUpdated {
    AGENTDESK_FRAME(ApprovalUpdated);
    CouponApproval approval;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("approval", s.approval, rules::kObject); }
};

struct AuditList {
    AGENTDESK_FRAME(AuditList);
    qint64 since = 0;     // from this time on (0: from the start)
    qint64 until = 0;     // before this time (0: up to now)
    qint64 beforeId = 0;  // paging: entries older than this id (0: the newest)
    int limit = 200;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("since", s.since, rules::kOptionalCount);
        v.field("until", s.until, rules::kOptionalCount);
        v.field("beforeId", s.beforeId, rules::kOptionalId);
        v.field("limit", s.limit, FieldRule{.required = false, .min = 1, .max = 1000});
    }
};

struct AuditListOk {
    AGENTDESK_FRAME(AuditListOk);
    std::vector<AuditEntry> entries;  // newest first
    bool more = false;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("entries", s.entries, FieldRule{.maxItems = 1000});
        v.field("more", s.more, rules::kFlag);
    }
};

// Live floor figures for leads: a snapshot now, then floor.updated whenever the team's queue or
// agents change (not stored: a client that reconnects watches again), and floor.alert when a
// customer's wait passes the SLA.
struct FloorWatch {
    AGENTDESK_FRAME(FloorWatch);
    qint64 teamId = 0;  // 0: my own team
    bool stop = false;  // stop watching
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("teamId", s.teamId, rules::kOptionalId);
        v.field("stop", s.stop, rules::kFlag);
    }
};

struct FloorWatchOk {
    AGENTDESK_FRAME(FloorWatchOk);
    std::optional<FloorSnapshot> snapshot;  // absent after stop
    std::vector<Team> teams;                // the teams the caller may watch
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("snapshot", s.snapshot, rules::kOptionalObject);
        v.field("teams", s.teams, FieldRule{.required = false, .maxItems = 200});
    }
};

struct FloorUpdated {
    AGENTDESK_FRAME(FloorUpdated);
    FloorSnapshot snapshot;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("snapshot", s.snapshot, rules::kObject); }
};

struct FloorAlert {
    AGENTDESK_FRAME(FloorAlert);
    ConversationInfo conversation;  // its waitingSince passed the SLA
    qint64 slaMs = 0;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("conversation", s.conversation, rules::kObject);
        v.field("slaMs", s.slaMs, FieldRule{.min = 1});
    }
};

// Read a conversation of the team as it goes on: its recent messages (notes included) now, then
// its message.new and conversation.updated as they happen, until stop or disconnect.
struct ConversationMonitor {
    AGENTDESK_FRAME(ConversationMonitor);
    qint64 conversationId = 0;
    bool stop = false;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("conversationId", s.conversationId, rules::kId);
        v.field("stop", s.stop, rules::kFlag);
    }
};

struct ConversationMonitorOk {
    AGENTDESK_FRAME(ConversationMonitorOk);
    ConversationInfo conversation;
    std::vector<ChatMessage> messages;  // the latest, oldest first; none after stop
    bool more = false;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("conversation", s.conversation, rules::kObject);
        v.field("messages", s.messages, FieldRule{.required = false, .maxItems = 1000});
        v.field("more", s.more, rules::kFlag);
    }
};

struct AgentCapacitySet {
    AGENTDESK_FRAME(AgentCapacitySet);
    QString key;
    qint64 agentId = 0;
    int capacity = 0;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("agentId", s.agentId, rules::kId);
        v.field("capacity", s.capacity, rules::kCapacity);
    }
};

struct AgentCapacitySetOk {
    AGENTDESK_FRAME(AgentCapacitySetOk);
    StaffMember agent;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("agent", s.agent, rules::kObject); }
};

struct TeamBroadcast {
    AGENTDESK_FRAME(TeamBroadcast);
    QString key;
    qint64 teamId = 0;  // 0: my own team
    QString text;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("teamId", s.teamId, rules::kOptionalId);
        v.field("text", s.text, FieldRule{.maxLength = 1000, .nonEmpty = true});
    }
};

struct TeamBroadcastOk {
    AGENTDESK_FRAME(TeamBroadcastOk);
    Notice notice;
    int recipients = 0;  // staff of the team who were sent it
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("notice", s.notice, rules::kObject);
        v.field("recipients", s.recipients, rules::kCount);
    }
};

struct NoticeNew {
    AGENTDESK_FRAME(NoticeNew);
    Notice notice;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("notice", s.notice, rules::kObject); }
};

struct ActionsList {
    AGENTDESK_FRAME(ActionsList);
    qint64 since = 0;     // from this time on (0: from the start)
    qint64 until = 0;     // before this time (0: up to now)
    qint64 beforeId = 0;  // paging: entries older than this id (0: the newest)
    int limit = 200;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("since", s.since, rules::kOptionalCount);
        v.field("until", s.until, rules::kOptionalCount);
        v.field("beforeId", s.beforeId, rules::kOptionalId);
        v.field("limit", s.limit, FieldRule{.required = false, .min = 1, .max = 1000});
    }
};

struct ActionsListOk {
    AGENTDESK_FRAME(ActionsListOk);
    std::vector<StaffAction> entries;  // newest first
    bool more = false;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("entries", s.entries, FieldRule{.maxItems = 1000});
        v.field("more", s.more, rules::kFlag);
    }
};

// A team's KPIs for a period, per agent (the team's are their sum), with the coupon budget of
// the period and the queue over the hour before `until`.
// The longest period a kpi.report covers: 366 days of 24 hours.
inline constexpr qint64 kLongestKpiReportMs = 366LL * 24 * 3600 * 1000;

struct KpiReport {
    AGENTDESK_FRAME(KpiReport);
    qint64 teamId = 0;  // 0: my own team
    qint64 since = 0;   // conversations that started from this time...
    qint64 until = 0;   // ...and before this one (0: now); at most 366 days after since
    QString queue;      // one of the team's queues (a topic) only; empty: the whole team
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("teamId", s.teamId, rules::kOptionalId);
        v.field("since", s.since, rules::kTimestamp);
        v.field("until", s.until, rules::kOptionalCount);
        v.field("queue", s.queue, FieldRule{.required = false});
    }
};

struct KpiReportOk {
    AGENTDESK_FRAME(KpiReportOk);
    qint64 teamId = 0;
    QString teamName;
    qint64 since = 0;
    qint64 until = 0;
    std::vector<KpiCounts> agents;
    qint64 couponBudgetCents = 0;  // the team's daily budget times the shop days of the period
    int conversionWindowHours = 0;
    int fcrWindowHours = 0;
    std::vector<WaitPoint> waiting;  // one a minute over the hour before until
    QString queue;                   // as asked: the figures are that queue's only
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("teamId", s.teamId, rules::kId);
        v.field("teamName", s.teamName, rules::kShortText);
        v.field("queue", s.queue, FieldRule{.required = false});
        v.field("since", s.since, rules::kTimestamp);
        v.field("until", s.until, rules::kTimestamp);
        v.field("agents", s.agents, FieldRule{.maxItems = 1000});
        v.field("couponBudgetCents", s.couponBudgetCents, rules::kCount);
        v.field("conversionWindowHours", s.conversionWindowHours, rules::kCount);
        v.field("fcrWindowHours", s.fcrWindowHours, rules::kCount);
        v.field("waiting", s.waiting, FieldRule{.maxItems = 1000});
    }
};

// A lead (or admin) joins a conversation of the team beside its agent: from then on they may write
// to the customer in it too. A system message tells everyone; logged.
struct ConversationJoin {
    AGENTDESK_FRAME(ConversationJoin);
    QString key;
    qint64 conversationId = 0;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("conversationId", s.conversationId, rules::kId);
    }
};

struct ConversationJoinOk {
    AGENTDESK_FRAME(ConversationJoinOk);
    ConversationInfo conversation;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("conversation", s.conversation, rules::kObject); }
};

// Training: coaches (trainers, admins, a team's lead) set agents scenarios to practise in the
// sandbox and read their results; trainees submit their attempts (core's TrainingAccess decides).
struct TrainingTrainees {
    AGENTDESK_FRAME(TrainingTrainees);
    template <class S, class V>
    static void fields(S&, V&) {}
};

struct TrainingTraineesOk {
    AGENTDESK_FRAME(TrainingTraineesOk);
    std::vector<Trainee> trainees;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("trainees", s.trainees, rules::kBigList); }
};

struct TrainingAssign {
    AGENTDESK_FRAME(TrainingAssign);
    QString key;
    qint64 traineeId = 0;
    std::vector<QString> scenarioIds;  // an id already assigned to the trainee gets the new note
    QString note;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("traineeId", s.traineeId, rules::kId);
        v.field("scenarioIds", s.scenarioIds, FieldRule{.maxLength = 64, .nonEmpty = true, .maxItems = 50});
        v.field("note", s.note, FieldRule{.required = false, .maxLength = 500});
    }
};

struct TrainingAssignOk {
    AGENTDESK_FRAME(TrainingAssignOk);
    std::vector<TrainingAssignment> assignments;  // the trainee's, all of them now
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("assignments", s.assignments, rules::kList); }
};

struct TrainingUnassign {
    AGENTDESK_FRAME(TrainingUnassign);
    QString key;
    qint64 assignmentId = 0;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("assignmentId", s.assignmentId, rules::kId);
    }
};

struct TrainingUnassignOk {
    AGENTDESK_FRAME(TrainingUnassignOk);
    qint64 assignmentId = 0;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("assignmentId", s.assignmentId, rules::kId); }
};

struct TrainingAssignments {
    AGENTDESK_FRAME(TrainingAssignments);
    qint64 traineeId = 0;  // 0: mine
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("traineeId", s.traineeId, rules::kOptionalId); }
};

struct TrainingAssignmentsOk {
    AGENTDESK_FRAME(TrainingAssignmentsOk);
    std::vector<TrainingAssignment> assignments;  // oldest first
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("assignments", s.assignments, rules::kList); }
};

// The attempt is the sandbox's result file as JSON text (docs/SCENARIOS.md), read strictly by
// core's SandboxResult; the same attempt (scenario and start) submitted again is stored once.
struct TrainingSubmit {
    AGENTDESK_FRAME(TrainingSubmit);
    QString key;
    QString attempt;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("key", s.key, rules::kKey);
        v.field("attempt", s.attempt, FieldRule{.maxLength = 60000, .nonEmpty = true});
    }
};

struct TrainingSubmitOk {
    AGENTDESK_FRAME(TrainingSubmitOk);
    TrainingResult result;
    bool duplicate = false;  // it had been submitted before
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("result", s.result, rules::kObject);
        v.field("duplicate", s.duplicate, rules::kFlag);
    }
};

struct TrainingResults {
    AGENTDESK_FRAME(TrainingResults);
    qint64 traineeId = 0;  // 0: mine
    QString scenarioId;    // empty: every scenario
    qint64 beforeId = 0;   // paging: results older than this id (0: the newest)
    int limit = 200;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("traineeId", s.traineeId, rules::kOptionalId);
        v.field("scenarioId", s.scenarioId, FieldRule{.required = false, .maxLength = 64});
        v.field("beforeId", s.beforeId, rules::kOptionalId);
        v.field("limit", s.limit, FieldRule{.required = false, .min = 1, .max = 1000});
    }
};

struct TrainingResultsOk {
    AGENTDESK_FRAME(TrainingResultsOk);
    std::vector<TrainingResult> results;  // newest first
    bool more = false;
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("results", s.results, FieldRule{.maxItems = 1000});
        v.field("more", s.more, rules::kFlag);
    }
};

struct TrainingResultGet {
    AGENTDESK_FRAME(TrainingResultGet);
    qint64 resultId = 0;
    template <class S, class V>
    static void fields(S& s, V& v) { v.field("resultId", s.resultId, rules::kId); }
};

struct TrainingResultOk {
    AGENTDESK_FRAME(TrainingResultOk);
    TrainingResult result;
    QString attempt;  // as submitted
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("result", s.result, rules::kObject);
        v.field("attempt", s.attempt, FieldRule{.maxLength = 60000, .nonEmpty = true});
    }
};

// Sign out: every token of the principal is revoked and every connection of theirs closed,
// this one after the reply (1000), the others at once (4001), on other instances at their next
// session check.
struct AuthLogout {
    AGENTDESK_FRAME(AuthLogout);
    template <class S, class V>
    static void fields(S&, V&) {}
};

struct AuthLogoutOk {
    AGENTDESK_FRAME(AuthLogoutOk);
    int revokedTokens = 0;        // tokens of the principal that stopped working
    int closedConnections = 0;    // other connections of theirs closed on this instance
    template <class S, class V>
    static void fields(S& s, V& v)
    {
        v.field("revokedTokens", s.revokedTokens, rules::kCount);
        v.field("closedConnections", s.closedConnections, rules::kCount);
    }
};

#undef AGENTDESK_FRAME

using PayloadVariant = std::variant<
    AuthLogin, AuthToken, CustomerSignin, AuthOk,
    Sync, SyncOk,
    ConversationsList, ConversationsListOk,
    ConversationHistory, ConversationHistoryOk,
    ConversationOpen, ConversationOpenOk,
    MessageSend, MessageSendOk,
    ConversationClose, ConversationCloseOk,
    CustomerProfileGet, CustomerProfileOk,
    PresenceSet, PresenceSetOk,
    Ping, Pong,
    Error,
    ConversationUpdated, MessageNew,
    NoteAdd, NoteAddOk,
    ConversationRate, ConversationRateOk,
    StaffList, StaffListOk,
    ConversationTransfer, ConversationTransferOk,
    LibraryList, LibraryListOk,
    ReplySave, ReplySaveOk,
    ReplyDelete, ReplyDeleteOk,
    ReplyFavorite, ReplyFavoriteOk,
    LibraryUpdated,
    LibraryStats, LibraryStatsOk,
    OrderPlace, OrderPlaceOk,
    RecommendationsGet, RecommendationsOk,
    RecommendationDismiss, RecommendationDismissOk,
    ImageUpload, ImageUploadOk,
    ImageGet, ImageGetOk,
    CouponsOptions, CouponsOptionsOk,
    CouponGrant, CouponGrantOk,
    CouponRequest, CouponRequestOk,
    ApprovalsList, ApprovalsListOk,
    ApprovalDecide, ApprovalDecideOk,
    ApprovalUpdated,
    AuditList, AuditListOk,
    FloorWatch, FloorWatchOk,
    FloorUpdated, FloorAlert,
    ConversationMonitor, ConversationMonitorOk,
    AgentCapacitySet, AgentCapacitySetOk,
    TeamBroadcast, TeamBroadcastOk,
    NoticeNew,
    ActionsList, ActionsListOk,
    KpiReport, KpiReportOk,
    ConversationJoin, ConversationJoinOk,
    TrainingTrainees, TrainingTraineesOk,
    TrainingAssign, TrainingAssignOk,
    TrainingUnassign, TrainingUnassignOk,
    TrainingAssignments, TrainingAssignmentsOk,
    TrainingSubmit, TrainingSubmitOk,
    TrainingResults, TrainingResultsOk,
    TrainingResultGet, TrainingResultOk,
    AuthLogout, AuthLogoutOk
>;

// Any frame's content. Copying, moving or destroying a variant of this many alternatives makes
// the compiler write code for each of them, in every file that does it: 20 s and more of build
// time a file. Payload's are compiled once, in FrameCodec.cpp; the rest is std::variant's
// (std::get_if, std::visit and std::holds_alternative take it as it is).
struct Payload : PayloadVariant {
    using PayloadVariant::PayloadVariant;
    using PayloadVariant::operator=;
    Payload();
    Payload(const Payload& other);
    Payload(Payload&& other) noexcept;
    Payload& operator=(const Payload& other);
    Payload& operator=(Payload&& other) noexcept;
    ~Payload();
};

inline constexpr size_t kFrameTypeCount = std::variant_size_v<PayloadVariant>;

} // namespace agentdesk::protocol
