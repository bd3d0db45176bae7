#pragma once

#include "cache/LocalCache.h"
#include "net/ProtocolClient.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

#include <vector>

namespace agentdesk::sql {
class SqlError;
}

namespace agentdesk::app {

// Keeps the local cache in step with the server for one signed-in user: signs in (token first,
// then password), resumes from the last applied sequence, reloads a snapshot when told to,
// reconnects after any drop by a back-off table, and delivers the outbox exactly once (each item
// keeps its idempotency key across retries, restarts and crashes).
class SyncEngine : public QObject {
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Online, Reconnecting };
    Q_ENUM(State)

    struct Credentials {
        QUrl staffUrl;
        QString user;
        QString password;  // may be empty when the cache holds a valid token
    };

    SyncEngine(LocalCache& cache, Credentials credentials, QObject* parent = nullptr);

    void start();
    void stop();
    // Signs out everywhere (auth.logout: every token of mine revoked, my other connections closed),
    // forgets the token and the password, and stops; signedOut() follows. Messages not yet sent
    // stay in the cache's outbox for the next sign-in. Offline, only this computer forgets.
    void signOut();
    State state() const { return m_state; }
    // The waits before reconnect attempts 1, 2, 3...; the last one repeats.
    void setBackoff(std::vector<int> milliseconds) { m_backoff = std::move(milliseconds); }
    // wss://: CAs trusted besides the system's (before start()).
    void setCaCertificates(const QList<QSslCertificate>& certificates) { m_client.setCaCertificates(certificates); }
    void setHeartbeatInterval(int milliseconds) { m_heartbeat.setInterval(milliseconds); }
    ProtocolClient& client() { return m_client; }

    // Persists the message in the outbox first, then sends it when online. Nothing when the cache
    // cannot be written (problem() says why).
    std::optional<LocalCache::OutboxItem> sendMessage(qint64 conversationId, const QString& text,
                                                      const LocalCache::MessageExtras& extras = {});
    // An internal note, through the same outbox.
    std::optional<LocalCache::OutboxItem> addNote(qint64 conversationId, const QString& text);
    // Closes a conversation through the outbox, so that a close made offline is not lost either.
    // A second close of the same conversation while one is pending is ignored.
    void closeConversation(qint64 conversationId, const QString& resolution);
    void retry(const QString& key);
    // The newest page of a conversation's history (beforeId 0), or the page before a message;
    // historyLoaded() says what came, with the caller's tag.
    void loadHistory(qint64 conversationId, qint64 beforeId = 0, int tag = 0);

signals:
    void stateChanged(agentdesk::app::SyncEngine::State state, int retryInMs);
    void signedIn(const agentdesk::protocol::Principal& principal);
    // After signOut(). (A session the server ended, signed out elsewhere or revoked, stops the
    // engine with a problem() instead, so that the person can read why.)
    void signedOut();
    void conversationChanged(const agentdesk::protocol::ConversationInfo& conversation);
    void messagesChanged(qint64 conversationId);
    // A page of history asked for with loadHistory is in the cache (ok), or was refused or lost
    // with the connection (not ok). oldestId: its first message, 0 when it was empty; more: the
    // server has older ones.
    void historyLoaded(qint64 conversationId, qint64 beforeId, bool ok, qint64 oldestId, bool more, int tag);
    // A message pushed by the server (not one loaded from history): for unread counts and alerts.
    void messageArrived(const agentdesk::protocol::ChatMessage& message);
    void snapshotLoaded();
    // The whole reply library was fetched into the cache; or one reply changed.
    void libraryLoaded();
    void libraryUpdated(const agentdesk::protocol::Reply& reply, bool deleted);
    // A coupon request was made (for leads) or decided (for the agent who asked).
    void approvalUpdated(const agentdesk::protocol::CouponApproval& approval);
    // A lead's notice to my team.
    void noticeReceived(const agentdesk::protocol::Notice& notice);
    // An event outside my stream (sequence 0): a watched floor, a monitored conversation.
    void transientEvent(const agentdesk::protocol::Frame& event);
    void outboxChanged();
    // Something the user should read: wrong password, cache trouble...
    void problem(const QString& message);

private:
    void setState(State state, int retryInMs = 0);
    void onOpened();
    void onClosed(int closeCode);
    void onEvent(const protocol::Frame& event);
    void commitEvents();
    // The cache could not store what was received: say so, and resume from what it did store.
    void cacheFailed(const sql::SqlError& error);
    void signInWithPassword();
    void forgetCredentials();
    void onSignedIn(const protocol::AuthOk& ok);
    void synchronise(qint64 since);
    void loadSnapshot();
    void goOnline();
    void fetchLibrary();
    void flushOutbox();
    void heartbeat();
    std::optional<LocalCache::OutboxItem> enqueue(qint64 conversationId, const QString& text, LocalCache::OutboxKind kind,
                                                  const LocalCache::MessageExtras& extras = {});
    // Something the protocol does not allow at this point: start over through the back-off path.
    void restart(const QString& why);

    LocalCache& m_cache;
    Credentials m_credentials;
    ProtocolClient m_client;
    State m_state = State::Offline;
    std::vector<int> m_backoff{1000, 2000, 5000, 10000, 30000};
    int m_attempt = 0;
    bool m_stopped = true;
    qint64 m_lastSeq = 0;
    QSet<QString> m_inFlight;
    QTimer m_reconnect;
    QTimer m_heartbeat;
    QTimer m_eventsCommit;  // once the burst of events being handled is over
    QTimer m_retryOutbox;
    int m_unansweredPings = 0;
    // Whether the cached library is known to be current: fetched since start or the last reset,
    // and kept current since by library.updated events.
    bool m_libraryCurrent = false;
};

} // namespace agentdesk::app
