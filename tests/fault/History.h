#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace agentdesk::test {

// What the clients of a fault run did and saw, in the manner of Jepsen: every command sent (a
// message, with its idempotency key), each acknowledgement or refusal, and every event received,
// in the order they happened. FaultChecker compares it with what the database holds.
class History {
public:
    struct Send {
        QString client;
        QString key;
        qint64 conversationId = 0;
        QString text;
        int attempts = 0;        // 1, plus one for each resend with the same key
        qint64 messageId = 0;    // from message.send.ok; 0 while unacknowledged
        QString refusal;         // an error code that ended it without a retry
    };
    struct Receipt {
        QString client;
        qint64 conversationId = 0;
        qint64 messageId = 0;
        QString text;
    };

    void invoked(const QString& client, const QString& key, qint64 conversationId, const QString& text);
    void attempted(const QString& key);
    void acknowledged(const QString& key, qint64 messageId);
    void refused(const QString& key, const QString& code);
    void received(const QString& client, qint64 conversationId, qint64 messageId, const QString& text);
    // Something the protocol promises not to do: a sequence number twice or skipped, a reset.
    void anomaly(const QString& client, const QString& what);

    const QList<Send>& sends() const { return m_sends; }
    const QList<Receipt>& receipts() const { return m_receipts; }
    const QStringList& anomalies() const { return m_anomalies; }

private:
    QList<Send> m_sends;
    QHash<QString, qsizetype> m_sendByKey;
    QList<Receipt> m_receipts;
    QStringList m_anomalies;
};

} // namespace agentdesk::test
