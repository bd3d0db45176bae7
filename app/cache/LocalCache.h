#pragma once

#include "protocol/FrameCodec.h"
#include "sql/StatementCache.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace agentdesk::app {

// The client's SQLite cache of one user on one server: conversations, messages, drafts, the last
// applied event sequence and the outbox of unacknowledged actions. Its schema version lives in
// PRAGMA user_version. A file that is not such a cache (corrupt, foreign, from a newer version,
// or for another user or server) is set aside and a fresh one created, with a notice.
class LocalCache {
    Q_DECLARE_TR_FUNCTIONS(LocalCache)
public:
    enum class OutboxState { Pending, Failed };
    enum class OutboxKind { Message, Note, Close };  // Close: text holds the resolution
    struct OutboxItem {
        qint64 localId = 0;
        OutboxKind kind = OutboxKind::Message;
        QString key;  // the idempotency key, fixed when the item is created
        qint64 conversationId = 0;
        QString text;
        qint64 createdAt = 0;
        OutboxState state = OutboxState::Pending;
        QString error;
        std::vector<protocol::ReplyRef> replies;  // messages: the library replies used in it
        QString recommendation;                   // messages: the SKU it recommends
        QString image;                            // messages: the id of an uploaded image sent with it
    };
    // What a message may carry besides its text.
    struct MessageExtras {
        std::vector<protocol::ReplyRef> replies;
        QString recommendation;
        QString image;
    };

    LocalCache(QString path, QString serverUrl, QString user);
    ~LocalCache();
    LocalCache(const LocalCache&) = delete;
    LocalCache& operator=(const LocalCache&) = delete;

    static QString defaultPath(const QString& serverUrl, const QString& user);
    const QString& path() const { return m_path; }
    // The whole file's integrity check (open() checks only what the first screen reads), on a
    // connection of its own, so that it can run on another thread while the cache is in use:
    // "ok", or what is wrong. A damaged file is marked, and set aside at its next open().
    static QString checkFile(const QString& path);
    static bool markDamaged(const QString& path, const QString& check);
    static QString damageMarker(const QString& path);
    static constexpr int kSchemaVersion = 4;

    bool open(QString* error);
    // Non-empty when an unusable cache file was set aside on open: says why and where it went.
    QString notice() const { return m_notice; }

    qint64 lastSeq();
    QString token();
    void setToken(const QString& token);
    // The server's reply-time target as it said at the last sign-in (0: never said), so that an
    // offline start colours the list as the server would.
    qint64 slaMs();
    void setSlaMs(qint64 ms);

    // Applies a pushed event and records its sequence number in the same transaction. A
    // message.new also moves its conversation's activity as the server did (ConversationActivity;
    // no conversation.updated follows a message.send): the conversation as it now is, when it is
    // cached and the message changed it.
    std::optional<protocol::ConversationInfo> applyEvent(const protocol::Frame& event);
    // Events applied from beginEvents() to endEvents() share one transaction: a burst of events
    // (a catch-up replays thousands) is one commit instead of one each. Any other write commits
    // them first. endEvents() throws SqlError if they cannot be committed, and then none of them
    // is stored; rollbackEvents() drops them after a failed applyEvent().
    void beginEvents();
    void endEvents();
    void rollbackEvents();
    // Replaces the conversation list with a snapshot taken at the given head.
    void applySnapshot(const std::vector<protocol::ConversationInfo>& conversations, qint64 head);
    void storeMessages(const std::vector<protocol::ChatMessage>& messages);

    std::vector<protocol::ConversationInfo> conversations();
    std::optional<protocol::ConversationInfo> conversation(qint64 id);
    std::vector<protocol::ChatMessage> messages(qint64 conversationId);

    QString draft(qint64 conversationId);
    void setDraft(qint64 conversationId, const QString& text);
    // The image attached to the conversation's next message, kept like its draft.
    QString draftImage(qint64 conversationId);
    void setDraftImage(qint64 conversationId, const QString& imageId);

    OutboxItem enqueueMessage(qint64 conversationId, const QString& text, OutboxKind kind = OutboxKind::Message,
                              const MessageExtras& extras = {});
    std::vector<OutboxItem> outbox();
    // The server stored it: the item leaves the outbox and its message enters the cache, at once.
    void completeOutbox(const QString& key, const protocol::ChatMessage& stored);
    // An action (not a message) was done, or can never be: it leaves the outbox.
    void removeOutbox(const QString& key);
    void storeConversation(const protocol::ConversationInfo& conversation);
    void failOutbox(const QString& key, const QString& error);
    void retryOutbox(const QString& key);

    // The reply library as last seen, so that it is there offline and at once on start.
    void storeLibrary(const protocol::LibraryListOk& library);
    protocol::LibraryListOk library();
    void setFavorite(qint64 replyId, bool favorite);
    void countUses(const std::vector<protocol::ReplyRef>& replies);

    // Images of messages and replies, by id; empty when not here.
    void storeImage(const QString& id, const QByteArray& bytes);
    QByteArray image(const QString& id);

private:
    bool openFile(QString* error);
    void migrate();
    void upsertReply(const protocol::Reply& reply);
    // Why not, when not: a QT_TR_NOOP text, and what it says in %1 if it has one.
    struct Unusable {
        const char* reason = nullptr;
        QString detail;
    };
    bool isUsable(Unusable* why);
    void createSchema();
    void setAside(const Unusable& why);
    void upsertConversation(const protocol::ConversationInfo& conversation);
    void upsertMessage(const protocol::ChatMessage& message);
    // A statement kept prepared; errors as sql::exec.
    void exec(const QString& sql, std::initializer_list<QVariant> bindings);
    void setMeta(const QString& key, const QVariant& value);
    QVariant meta(const QString& key);

    QString m_path;
    QString m_serverUrl;
    QString m_user;
    QString m_connection;
    QSqlDatabase m_db;
    // For the statements every applied event runs (a catch-up applies thousands at once).
    sql::StatementCache m_statements;
    bool m_inEvents = false;
    QString m_notice;
};

} // namespace agentdesk::app
