#pragma once

#include "protocol/FrameCodec.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <deque>

namespace agentdesk::test {

class History;

// One participant of a fault run, speaking the protocol as a careful client must: it sends its
// messages one at a time with an idempotency key each, resends the unanswered one with the same
// key after every reconnect, resumes its event stream from the last sequence number it applied,
// and treats a request unanswered for 5 s as a dead connection. Everything it sends and receives
// goes into the History.
class HistoryClient : public QObject {
    Q_OBJECT
public:
    enum class Kind { Customer, Staff };
    // login: the staff user's name, or the customer's reference.
    HistoryClient(const QString& name, Kind kind, const QString& login, const QUrl& url, History& history,
                  QObject* parent = nullptr);
    ~HistoryClient() override;

    void start();
    void stop();
    // Queues a message; for a customer, conversationId 0 means its own conversation.
    void queue(qint64 conversationId, const QString& text);

    const QString& name() const { return m_name; }
    bool isStaff() const { return m_kind == Kind::Staff; }
    bool isOnline() const { return m_online; }
    qint64 conversationId() const { return m_conversationId; }  // a customer's, once opened
    qint64 principalId() const { return m_myId; }
    QList<qint64> assignedConversations() const { return m_assigned.values(); }
    qsizetype unsent() const { return qsizetype(m_outbox.size()); }
    int reconnects() const { return m_reconnects; }

signals:
    void becameOnline();

private:
    struct Pending {
        QString key;
        qint64 conversationId;
        QString text;
    };
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onText(const QString& text);
    void onEvent(const protocol::Frame& frame);
    void onReply(const protocol::Frame& frame);
    void send(const protocol::Payload& payload, const QString& id);
    void sendNext();
    void openConversation();

    QString m_name;
    Kind m_kind;
    QString m_login;
    QUrl m_url;
    History& m_history;
    QWebSocket m_socket;
    QTimer m_reconnect;
    QTimer m_replyDeadline;
    bool m_running = false;
    bool m_online = false;
    QString m_token;
    qint64 m_lastSeq = 0;
    qint64 m_myId = 0;
    qint64 m_conversationId = 0;
    QString m_openKey;
    QSet<qint64> m_assigned;
    std::deque<Pending> m_outbox;
    QString m_awaiting;  // the id of the request whose answer is due
    int m_nextId = 0;
    int m_reconnects = 0;
};

} // namespace agentdesk::test
