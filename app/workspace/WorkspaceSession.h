#pragma once

#include "cache/LocalCache.h"
#include "coupons/CouponDesk.h"
#include "library/ReplyLibrary.h"
#include "library/ReplyTemplate.h"
#include "media/ImageCache.h"
#include "models/ConversationFilterModel.h"
#include "models/ConversationListModel.h"
#include "models/MessageListModel.h"
#include "supervisor/FloorWatch.h"
#include "training/TrainingDesk.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace agentdesk::app {

// Everything the agent workspace window shows, for one signed-in agent: the cache, the sync
// engine and the models, and the actions (select, send, retry, drafts, presence). The window
// binds to this; it never touches the network or SQL itself.
class WorkspaceSession : public QObject {
    Q_OBJECT
public:
    // cacheIdentity names the server in the cache (a stable name for the embedded demo, the URL
    // otherwise), so that a restart finds its cache again.
    WorkspaceSession(SyncEngine::Credentials credentials, const QString& cachePath, const QString& cacheIdentity,
                     QObject* parent = nullptr);
    ~WorkspaceSession() override;

    bool open(QString* error);
    void start();

    ConversationListModel* conversations() { return &m_conversations; }
    ConversationFilterModel* filteredConversations() { return &m_filtered; }
    MessageListModel* messages() { return &m_messages; }
    SyncEngine& engine() { return *m_engine; }
    ReplyLibrary* library() { return m_library.get(); }
    ImageCache* images() { return m_images.get(); }
    CouponDesk* coupons() { return m_coupons.get(); }
    // A lead's or admin's live floor; idle for other roles.
    FloorWatch* floor() { return m_floor.get(); }
    // Training on this server: attempts from the sandbox submitted, coaches' assignments and results.
    TrainingDesk* training() { return m_training.get(); }
    const protocol::Principal& me() const { return m_me; }
    QString cacheNotice() const { return m_cache.notice(); }
    // The shop's reply-time target, as the server said at the last sign-in (the lead's floor view
    // counts breaches by the same), or SlaPolicy's default before any.
    qint64 slaMs();

    void select(qint64 conversationId);
    // The open conversation's older messages, a page at a time: whether the server has some not
    // yet fetched in this session, whether a page is on its way, and asking for the page before
    // the oldest fetched (historyChanged() follows each).
    bool canLoadEarlier() const;
    bool loadingEarlier() const { return m_history.loadingEarlier; }
    void loadEarlier();
    qint64 current() const { return m_current; }
    const protocol::ConversationInfo* currentConversation() const { return m_conversations.find(m_current); }
    const std::optional<protocol::CustomerProfileOk>& profile() const { return m_profile; }

    // False when nothing was queued (empty, too long, a placeholder left unfilled, cache trouble:
    // problem() says why). The library replies inserted since the last message go with it.
    bool send(const QString& text);

    // A reply (or a script's step; -1: the step after the last one inserted here) filled from
    // the open conversation: what is left unfilled must be typed by the agent before it is sent.
    struct PreparedReply {
        protocol::ReplyRef ref;
        ReplyTemplate::Filled filled;
        QString image;  // the reply's image, sent with it
    };
    std::optional<PreparedReply> prepareReply(qint64 replyId, int step = -1);
    // The reply went into the composer: it is credited with the next message sent here, and its
    // image goes with that message.
    void noteInserted(const protocol::ReplyRef& ref);
    // Sends a filled reply (and its image) at once, leaving the composer's draft alone.
    bool sendReply(const PreparedReply& prepared, const QString& text);
    // The image that goes with the next message in the open conversation (one per message).
    QString attachedImage() const { return m_attached.value(m_current); }
    // conversationId 0: the open one. Kept with the conversation's draft, across restarts.
    void attachImage(const QString& imageId, qint64 conversationId = 0);
    void clearAttachment() { attachImage({}); }
    // The step of a script to offer next in the open conversation.
    int nextStep(qint64 replyId) const;
    // What is worth offering in the open conversation, refreshed as the customer writes.
    const std::vector<protocol::Recommendation>& recommendations() const { return m_recommendations; }
    // Sends the card's sentence marked as its recommendation, if core's policy allows it here too.
    bool sendRecommendation(const QString& sku);
    void dismissRecommendation(const QString& sku);

    // Values for {customer.name}, {order.id}...: from the open conversation, its customer's
    // profile and newest order, and the agent.
    QHash<QString, QString> replyFacts() const;
    bool addNote(const QString& text);
    void retry(const QString& key);
    QString draft(qint64 conversationId);
    void saveDraft(qint64 conversationId, const QString& text);
    // capacity 0 keeps the current one.
    void setPresence(PresenceStatus status, int capacity = 0);
    // Closes the open conversation with a resolution code (solved, purchased, no-response...).
    void closeCurrent(const QString& resolution);
    // Colleagues and teams for a transfer; the handler gets them, or null when offline or refused
    // (problem() says why).
    void requestStaff(std::function<void(const protocol::StaffListOk*)> handler);
    // Hands a conversation to a colleague (toAgentId) or a team's queue (toTeamId).
    void transfer(qint64 conversationId, qint64 toAgentId, qint64 toTeamId, const QString& note);

signals:
    void signedIn();
    void currentChanged(qint64 conversationId);
    void profileChanged();
    // A new conversation of mine, or a customer message in any of my conversations, the open one
    // included: the window tells the agent when it is not in front.
    void attention(qint64 conversationId, const QString& title, const QString& body);
    void presenceChanged(agentdesk::PresenceStatus status, int capacity);
    void recommendationsChanged();
    void attachmentChanged();
    void historyChanged();
    void problem(const QString& message);
    // A message of mine is on its way (key: its idempotency key), from the reply library or a
    // recommendation card or neither: what the sandbox's score counts.
    void messageQueued(qint64 conversationId, const QString& key, bool fromLibrary, bool recommendation);

private:
    void reloadMessages();
    void loadNewestHistory();
    void onHistoryLoaded(qint64 beforeId, bool ok, qint64 oldestId, bool more, int opening);
    // The whole cache file, on another thread, after the start (LocalCache::checkFile).
    void checkCache();
    bool acceptable(const QString& text);
    bool filledIn(const QString& text);
    // In the agent's language: these go into messages to customers.
    static QString tierName(CustomerTier tier);
    static QString orderStatusName(const QString& status);
    // Actions that are not queued: says so when offline.
    bool requireOnline(const QString& offlineMessage);
    void onMessageArrived(const protocol::ChatMessage& message);
    void onConversationChanged(const protocol::ConversationInfo& conversation);
    // The coupon options follow the open conversation while I serve it.
    void updateCouponConversation();
    void requestProfile();
    void requestRecommendations();
    // Re-applies core's policy to the cards after what was sent or dismissed here.
    void applyPolicy();

    LocalCache m_cache;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<ReplyLibrary> m_library;
    std::unique_ptr<ImageCache> m_images;
    std::unique_ptr<CouponDesk> m_coupons;
    std::unique_ptr<FloorWatch> m_floor;
    std::unique_ptr<TrainingDesk> m_training;
    QHash<qint64, QString> m_attached;  // per conversation, until sent
    QHash<qint64, std::vector<protocol::ReplyRef>> m_inserted;  // per conversation, until sent
    QHash<qint64, QHash<qint64, int>> m_scriptSteps;             // per conversation: script -> next step
    ConversationListModel m_conversations;
    ConversationFilterModel m_filtered;
    MessageListModel m_messages;
    protocol::Principal m_me;
    qint64 m_current = 0;
    std::optional<protocol::CustomerProfileOk> m_profile;
    bool m_presenceAnnounced = false;
    std::vector<protocol::Recommendation> m_recommendations;
    int m_remainingAddOns = 0;
    std::vector<QString> m_sentHere;  // recommendations sent since the cards were fetched
    // The server's pages of the open conversation fetched since it was opened: the oldest message
    // of the oldest page, where the next page starts.
    struct History {
        int opening = 0;  // which opening of a conversation: a late page of an earlier one changes nothing
        qint64 oldestId = 0;
        bool more = false;
        bool loadingNewest = false;
        bool loadingEarlier = false;
    };
    History m_history;
    int m_openings = 0;
    int m_recommendationRound = 0;    // answers to requests made before the last send are stale
    QTimer m_recommendationDelay;
    QTimer m_messagesReload;
    QTimer m_cacheCheckDelay;
    QPointer<QThread> m_cacheCheck;
    QElapsedTimer m_lastMessagesReload;
};

} // namespace agentdesk::app
