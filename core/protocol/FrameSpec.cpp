#include "protocol/FrameSpec.h"

#include <array>

namespace agentdesk::protocol {
namespace {

using enum FrameType;
constexpr auto Request = FrameKind::Request;
constexpr auto Reply = FrameKind::Reply;
constexpr auto Event = FrameKind::Event;

// The one table of the protocol. Order follows FrameType.
constexpr std::array<FrameSpec, kFrameTypeCount> kSpecs{{
    {AuthLogin, "auth.login", Request, StaffEndpoint, SignedOut, false, AuthOk,
     "Sign in with user name and password."},
    {AuthToken, "auth.token", Request, AnyEndpoint, SignedOut, false, AuthOk,
     "Sign in again with the token of an earlier auth.ok."},
    {CustomerSignin, "customer.signin", Request, CustomerEndpoint, SignedOut, false, AuthOk,
     "A customer channel signs a customer in with the channel key."},
    {AuthOk, "auth.ok", Reply, AnyEndpoint, ServerSender, false, AuthOk,
     "Signed in: the token, who you are and the head of your stream."},
    {Sync, "sync", Request, AnyEndpoint, SignedInSenders, false, SyncOk,
     "Replay the events after `since`, then go live."},
    {SyncOk, "sync.ok", Reply, AnyEndpoint, ServerSender, false, SyncOk,
     "Replay done (or reset required); live events follow."},
    {ConversationsList, "conversations.list", Request, AnyEndpoint, SignedInSenders, false, ConversationsListOk,
     "A snapshot of my conversations."},
    {ConversationsListOk, "conversations.list.ok", Reply, AnyEndpoint, ServerSender, false, ConversationsListOk,
     "The snapshot, with the stream head it corresponds to."},
    {ConversationHistory, "conversation.history", Request, AnyEndpoint, SignedInSenders, false, ConversationHistoryOk,
     "A page of a conversation's messages."},
    {ConversationHistoryOk, "conversation.history.ok", Reply, AnyEndpoint, ServerSender, false, ConversationHistoryOk,
     "The page, oldest first."},
    {ConversationOpen, "conversation.open", Request, CustomerEndpoint, CustomerSender, true, ConversationOpenOk,
     "The customer starts a conversation (or gets the open one)."},
    {ConversationOpenOk, "conversation.open.ok", Reply, CustomerEndpoint, ServerSender, false, ConversationOpenOk,
     "The conversation."},
    {MessageSend, "message.send", Request, AnyEndpoint, CustomerSender | AgentSender | LeadSender | AdminSender, true,
     MessageSendOk, "Send a message in a conversation."},
    {MessageSendOk, "message.send.ok", Reply, AnyEndpoint, ServerSender, false, MessageSendOk,
     "The stored message (also pushed as message.new)."},
    {ConversationClose, "conversation.close", Request, StaffEndpoint, AgentSender | LeadSender | AdminSender, true,
     ConversationCloseOk, "Close a conversation with a resolution code."},
    {ConversationCloseOk, "conversation.close.ok", Reply, StaffEndpoint, ServerSender, false, ConversationCloseOk,
     "The closed conversation."},
    {CustomerProfileGet, "customer.profile", Request, StaffEndpoint, AgentSender | LeadSender | AdminSender, false,
     CustomerProfileOk, "The profile and orders of a conversation's customer (assigned agent only)."},
    {CustomerProfileOk, "customer.profile.ok", Reply, StaffEndpoint, ServerSender, false, CustomerProfileOk,
     "Profile and order history."},
    {PresenceSet, "presence.set", Request, StaffEndpoint, StaffSenders, true, PresenceSetOk,
     "Set my status (and capacity)."},
    {PresenceSetOk, "presence.set.ok", Reply, StaffEndpoint, ServerSender, false, PresenceSetOk,
     "The status and capacity now in force."},
    {Ping, "ping", Request, AnyEndpoint, SignedOut | SignedInSenders, false, Pong,
     "Application-level liveness check."},
    {Pong, "pong", Reply, AnyEndpoint, ServerSender, false, Pong, "The server's clock."},
    {Error, "error", FrameKind::Error, AnyEndpoint, ServerSender, false, FrameType::Error,
     "A request failed, or a frame was rejected."},
    {ConversationUpdated, "conversation.updated", Event, AnyEndpoint, ServerSender, false, ConversationUpdated,
     "A conversation was created, assigned or closed."},
    {MessageNew, "message.new", Event, AnyEndpoint, ServerSender, false, MessageNew,
     "A message was stored in one of my conversations."},
    {NoteAdd, "note.add", Request, StaffEndpoint, AgentSender | LeadSender | AdminSender, true, NoteAddOk,
     "Add an internal note to a conversation; the customer never sees it."},
    {NoteAddOk, "note.add.ok", Reply, StaffEndpoint, ServerSender, false, NoteAddOk,
     "The stored note (also pushed as message.new to staff)."},
    {ConversationRate, "conversation.rate", Request, CustomerEndpoint, CustomerSender, true, ConversationRateOk,
     "The customer rates a closed conversation (CSAT 1-5), once."},
    {ConversationRateOk, "conversation.rate.ok", Reply, CustomerEndpoint, ServerSender, false, ConversationRateOk,
     "The rated conversation."},
    {StaffList, "staff.list", Request, StaffEndpoint, AgentSender | LeadSender | AdminSender, false, StaffListOk,
     "Colleagues who can take conversations, with presence and load, and the teams."},
    {StaffListOk, "staff.list.ok", Reply, StaffEndpoint, ServerSender, false, StaffListOk, "Staff and teams."},
    {ConversationTransfer, "conversation.transfer", Request, StaffEndpoint, AgentSender | LeadSender | AdminSender, true,
     ConversationTransferOk, "Hand a conversation to a colleague or a team's queue, with a note."},
    {ConversationTransferOk, "conversation.transfer.ok", Reply, StaffEndpoint, ServerSender, false, ConversationTransferOk,
     "The transferred conversation."},
    {LibraryList, "library.list", Request, StaffEndpoint, StaffSenders, false, LibraryListOk,
     "The quick replies and scripts I may use, with my favourites and use counts."},
    {LibraryListOk, "library.list.ok", Reply, StaffEndpoint, ServerSender, false, LibraryListOk,
     "Replies, scripts and my marks."},
    {ReplySave, "reply.save", Request, StaffEndpoint, StaffSenders, true, ReplySaveOk,
     "Create (id 0) or edit a reply: personal ones by their owner, team ones by leads and admins."},
    {ReplySaveOk, "reply.save.ok", Reply, StaffEndpoint, ServerSender, false, ReplySaveOk,
     "The stored reply (also pushed as library.updated)."},
    {ReplyDelete, "reply.delete", Request, StaffEndpoint, StaffSenders, true, ReplyDeleteOk,
     "Delete a reply one may edit."},
    {ReplyDeleteOk, "reply.delete.ok", Reply, StaffEndpoint, ServerSender, false, ReplyDeleteOk,
     "The deleted reply's id (also pushed as library.updated)."},
    {ReplyFavorite, "reply.favorite", Request, StaffEndpoint, StaffSenders, true, ReplyFavoriteOk,
     "Mark or unmark a reply as one of my favourites."},
    {ReplyFavoriteOk, "reply.favorite.ok", Reply, StaffEndpoint, ServerSender, false, ReplyFavoriteOk,
     "The mark now in force."},
    {LibraryUpdated, "library.updated", Event, StaffEndpoint, ServerSender, false, LibraryUpdated,
     "A reply I can see was created, edited or deleted."},
    {LibraryStats, "library.stats", Request, StaffEndpoint, LeadSender | TrainerSender | AdminSender, false,
     LibraryStatsOk, "Uses and conversions of each reply, for A/B tests and the library's ranking."},
    {LibraryStatsOk, "library.stats.ok", Reply, StaffEndpoint, ServerSender, false, LibraryStatsOk,
     "The figures per reply and the conversion window."},
    {OrderPlace, "order.place", Request, CustomerEndpoint, CustomerSender, true, OrderPlaceOk,
     "The shop's channel reports an order the customer placed."},
    {OrderPlaceOk, "order.place.ok", Reply, CustomerEndpoint, ServerSender, false, OrderPlaceOk,
     "The stored order."},
    {RecommendationsGet, "recommendations.get", Request, StaffEndpoint, AgentSender | LeadSender | AdminSender, false,
     RecommendationsOk, "What is worth offering in a conversation now, with why (the serving agent only)."},
    {RecommendationsOk, "recommendations.ok", Reply, StaffEndpoint, ServerSender, false, RecommendationsOk,
     "The recommendations, allowed or refused by the policy with the reason."},
    {RecommendationDismiss, "recommendation.dismiss", Request, StaffEndpoint, AgentSender | LeadSender | AdminSender, true,
     RecommendationDismissOk, "Not this one: it is not proposed again in this conversation."},
    {RecommendationDismissOk, "recommendation.dismiss.ok", Reply, StaffEndpoint, ServerSender, false,
     RecommendationDismissOk, "The dismissal is recorded."},
    {ImageUpload, "image.upload", Request, StaffEndpoint, StaffSenders, true,
     ImageUploadOk, "Store a PNG or JPEG image (at most 32 KiB) for replies and messages."},
    {ImageUploadOk, "image.upload.ok", Reply, StaffEndpoint, ServerSender, false, ImageUploadOk,
     "The image's id: the SHA-256 of its bytes."},
    {ImageGet, "image.get", Request, AnyEndpoint, SignedInSenders, false, ImageGetOk,
     "The bytes of an image a message or reply refers to."},
    {ImageGetOk, "image.get.ok", Reply, AnyEndpoint, ServerSender, false, ImageGetOk, "The image."},
    {CouponsOptions, "coupons.options", Request, StaffEndpoint, AgentSender | LeadSender | AdminSender, false,
     CouponsOptionsOk, "The coupon templates, my limits and the facts of a conversation, to run the policy before a click."},
    {CouponsOptionsOk, "coupons.options.ok", Reply, StaffEndpoint, ServerSender, false, CouponsOptionsOk,
     "Templates, limits and facts."},
    {CouponGrant, "coupon.grant", Request, StaffEndpoint, AgentSender | LeadSender | AdminSender, true, CouponGrantOk,
     "Grant a coupon to the conversation's customer, if the policy allows it now."},
    {CouponGrantOk, "coupon.grant.ok", Reply, StaffEndpoint, ServerSender, false, CouponGrantOk,
     "The coupon, or each reason it was refused."},
    {CouponRequest, "coupon.request", Request, StaffEndpoint, AgentSender | LeadSender | AdminSender, true,
     CouponRequestOk, "Ask the team's leads to approve a coupon beyond my authority."},
    {CouponRequestOk, "coupon.request.ok", Reply, StaffEndpoint, ServerSender, false, CouponRequestOk,
     "The pending request (also pushed as approval.updated)."},
    {ApprovalsList, "approvals.list", Request, StaffEndpoint, AgentSender | LeadSender | AdminSender, false,
     ApprovalsListOk, "Coupon requests: a lead's team's, an agent's own, all for admins."},
    {ApprovalsListOk, "approvals.list.ok", Reply, StaffEndpoint, ServerSender, false, ApprovalsListOk,
     "The requests, newest first."},
    {ApprovalDecide, "approval.decide", Request, StaffEndpoint, LeadSender | AdminSender, true, ApprovalDecideOk,
     "Approve (granting within my limits) or deny a coupon request."},
    {ApprovalDecideOk, "approval.decide.ok", Reply, StaffEndpoint, ServerSender, false, ApprovalDecideOk,
     "The request as decided, and the coupon if granted."},
    {ApprovalUpdated, "approval.updated", Event, StaffEndpoint, ServerSender, false, ApprovalUpdated,
     "A coupon request was made or decided."},
    {AuditList, "audit.list", Request, StaffEndpoint, StaffSenders, false, AuditListOk,
     "A page of the coupon audit log: a lead's team's, an admin's whole shop, anyone else's own."},
    {AuditListOk, "audit.list.ok", Reply, StaffEndpoint, ServerSender, false, AuditListOk, "Entries, newest first."},
    {FloorWatch, "floor.watch", Request, StaffEndpoint, LeadSender | AdminSender, false, FloorWatchOk,
     "Watch a team's live floor (a lead their own team, an admin any), or stop watching."},
    {FloorWatchOk, "floor.watch.ok", Reply, StaffEndpoint, ServerSender, false, FloorWatchOk,
     "The floor now and the teams one may watch; floor.updated follows on every change."},
    {FloorUpdated, "floor.updated", Event, StaffEndpoint, ServerSender, false, FloorUpdated,
     "The watched team's floor changed (not stored: sequence 0)."},
    {FloorAlert, "floor.alert", Event, StaffEndpoint, ServerSender, false, FloorAlert,
     "A customer of the watched team has waited past the SLA (not stored: sequence 0)."},
    {ConversationMonitor, "conversation.monitor", Request, StaffEndpoint, LeadSender | AdminSender, false,
     ConversationMonitorOk, "Read a conversation of one's team live, read-only, or stop; audited."},
    {ConversationMonitorOk, "conversation.monitor.ok", Reply, StaffEndpoint, ServerSender, false, ConversationMonitorOk,
     "The conversation and its latest messages; its message.new and conversation.updated follow (sequence 0)."},
    {AgentCapacitySet, "agent.capacity", Request, StaffEndpoint, LeadSender | AdminSender, true, AgentCapacitySetOk,
     "Change how many conversations an agent of one's team takes at once; audited."},
    {AgentCapacitySetOk, "agent.capacity.ok", Reply, StaffEndpoint, ServerSender, false, AgentCapacitySetOk,
     "The agent with the capacity now in force."},
    {TeamBroadcast, "team.broadcast", Request, StaffEndpoint, LeadSender | AdminSender, true, TeamBroadcastOk,
     "Send a notice to every member of one's team; audited."},
    {TeamBroadcastOk, "team.broadcast.ok", Reply, StaffEndpoint, ServerSender, false, TeamBroadcastOk,
     "The stored notice and how many received it."},
    {NoticeNew, "notice.new", Event, StaffEndpoint, ServerSender, false, NoticeNew,
     "A lead's notice to my team."},
    {ActionsList, "actions.list", Request, StaffEndpoint, LeadSender | AdminSender, false, ActionsListOk,
     "A page of the leads' action log: a lead's team's, an admin's whole shop."},
    {ActionsListOk, "actions.list.ok", Reply, StaffEndpoint, ServerSender, false, ActionsListOk, "Entries, newest first."},
    {KpiReport, "kpi.report", Request, StaffEndpoint, LeadSender | AdminSender, false, KpiReportOk,
     "A team's KPIs for a period, per agent: conversion, FCR, AHT, first response, CSAT, coupons, revenue."},
    {KpiReportOk, "kpi.report.ok", Reply, StaffEndpoint, ServerSender, false, KpiReportOk,
     "The counts per agent, the coupon budget of the period and the queue over the last hour."},
    {ConversationJoin, "conversation.join", Request, StaffEndpoint, LeadSender | AdminSender, true, ConversationJoinOk,
     "Join a conversation of one's team beside its agent, to write to the customer too; audited."},
    {ConversationJoinOk, "conversation.join.ok", Reply, StaffEndpoint, ServerSender, false, ConversationJoinOk,
     "The conversation (a system message announces the join)."},
    {TrainingTrainees, "training.trainees", Request, StaffEndpoint, LeadSender | TrainerSender | AdminSender, false,
     TrainingTraineesOk, "The agents I coach (a trainer or admin every agent, a lead their team's), with their progress."},
    {TrainingTraineesOk, "training.trainees.ok", Reply, StaffEndpoint, ServerSender, false, TrainingTraineesOk,
     "The trainees, by name."},
    {TrainingAssign, "training.assign", Request, StaffEndpoint, LeadSender | TrainerSender | AdminSender, true,
     TrainingAssignOk, "Set a trainee sandbox scenarios to practise, with a note."},
    {TrainingAssignOk, "training.assign.ok", Reply, StaffEndpoint, ServerSender, false, TrainingAssignOk,
     "The trainee's assignments now."},
    {TrainingUnassign, "training.unassign", Request, StaffEndpoint, LeadSender | TrainerSender | AdminSender, true,
     TrainingUnassignOk, "Take back an assignment of a trainee one coaches."},
    {TrainingUnassignOk, "training.unassign.ok", Reply, StaffEndpoint, ServerSender, false, TrainingUnassignOk,
     "The assignment is gone."},
    {TrainingAssignments, "training.assignments", Request, StaffEndpoint, StaffSenders, false, TrainingAssignmentsOk,
     "The scenarios set to me (or to a trainee I coach), with the attempts since."},
    {TrainingAssignmentsOk, "training.assignments.ok", Reply, StaffEndpoint, ServerSender, false, TrainingAssignmentsOk,
     "The assignments, oldest first."},
    {TrainingSubmit, "training.submit", Request, StaffEndpoint, StaffSenders, true, TrainingSubmitOk,
     "Store my finished sandbox attempt for my coaches (once per attempt)."},
    {TrainingSubmitOk, "training.submit.ok", Reply, StaffEndpoint, ServerSender, false, TrainingSubmitOk,
     "The stored result."},
    {TrainingResults, "training.results", Request, StaffEndpoint, StaffSenders, false, TrainingResultsOk,
     "A page of my sandbox results, or of a trainee I coach."},
    {TrainingResultsOk, "training.results.ok", Reply, StaffEndpoint, ServerSender, false, TrainingResultsOk,
     "The results, newest first."},
    {TrainingResultGet, "training.result", Request, StaffEndpoint, StaffSenders, false, TrainingResultOk,
     "One result with its whole attempt, for the report and the replay."},
    {TrainingResultOk, "training.result.ok", Reply, StaffEndpoint, ServerSender, false, TrainingResultOk,
     "The result and the attempt as submitted."},
    {AuthLogout, "auth.logout", Request, AnyEndpoint, SignedInSenders, false, AuthLogoutOk,
     "Sign out everywhere: revoke all my tokens and close all my connections."},
    {AuthLogoutOk, "auth.logout.ok", Reply, AnyEndpoint, ServerSender, false, AuthLogoutOk,
     "Signed out; this connection closes next (1000), the others were closed (4001)."},
}};

constexpr bool tableFollowsEnum()
{
    for (size_t i = 0; i < kSpecs.size(); ++i) {
        if (static_cast<size_t>(kSpecs[i].type) != i)
            return false;
    }
    return true;
}
static_assert(tableFollowsEnum(), "kSpecs must list the frames in FrameType order");

} // namespace

std::span<const FrameSpec> frameSpecs()
{
    return kSpecs;
}

const FrameSpec& specOf(FrameType type)
{
    return kSpecs.at(static_cast<size_t>(type));
}

const FrameSpec* specByName(QStringView name)
{
    for (const FrameSpec& spec : kSpecs) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

unsigned senderBitFor(Role role)
{
    switch (role) {
    case Role::Agent: return AgentSender;
    case Role::Lead: return LeadSender;
    case Role::Trainer: return TrainerSender;
    case Role::Admin: return AdminSender;
    }
    return 0;
}

} // namespace agentdesk::protocol
