#pragma once

#include "cache/LocalCache.h"
#include "models/ConversationFilterModel.h"
#include "models/ConversationListModel.h"
#include "models/MessageListModel.h"
#include "sync/SyncEngine.h"

#include <QObject>

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
    const protocol::Principal& me() const { return m_me; }
    QString cacheNotice() const { return m_cache.notice(); }

    void select(qint64 conversationId);
    qint64 current() const { return m_current; }
    const protocol::ConversationInfo* currentConversation() const { return m_conversations.find(m_current); }
    const std::optional<protocol::CustomerProfileOk>& profile() const { return m_profile; }

    // False when nothing was queued (empty, too long, cache trouble: problem() says why).
    bool send(const QString& text);
    bool addNote(const QString& text);
    void retry(const QString& key);
    QString draft(qint64 conversationId);
    void saveDraft(qint64 conversationId, const QString& text);
    // capacity 0 keeps the current one.
    void setPresence(PresenceStatus status, int capacity = 0);
    // Closes the open conversation with a resolution code (solved, purchased, no-response...).
    void closeCurrent(const QString& resolution);
    // Colleagues and teams for a transfer; the handler gets them, or nothing when offline.
    void requestStaff(std::function<void(const protocol::StaffListOk&)> handler);
    // Hands a conversation to a colleague (toAgentId) or a team's queue (toTeamId).
    void transfer(qint64 conversationId, qint64 toAgentId, qint64 toTeamId, const QString& note);

signals:
    void signedIn();
    void currentChanged(qint64 conversationId);
    void profileChanged();
    // A new conversation or a customer message outside the open conversation.
    void attention(const QString& title, const QString& body);
    void presenceChanged(agentdesk::PresenceStatus status, int capacity);
    void problem(const QString& message);

private:
    void reloadMessages();
    bool acceptable(const QString& text);
    // Actions that are not queued: says so when offline.
    bool requireOnline(const QString& offlineMessage);
    void onMessageArrived(const protocol::ChatMessage& message);
    void onConversationChanged(const protocol::ConversationInfo& conversation);
    void requestProfile();

    LocalCache m_cache;
    std::unique_ptr<SyncEngine> m_engine;
    ConversationListModel m_conversations;
    ConversationFilterModel m_filtered;
    MessageListModel m_messages;
    protocol::Principal m_me;
    qint64 m_current = 0;
    std::optional<protocol::CustomerProfileOk> m_profile;
    bool m_presenceAnnounced = false;
};

} // namespace agentdesk::app
