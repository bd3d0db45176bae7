#pragma once

#include "cache/LocalCache.h"

#include <QAbstractListModel>

#include <vector>

namespace agentdesk::app {

// The messages of the open conversation, oldest first: those the server stored, then the
// agent's own still in the outbox (sending, or failed with a reason and a retry).
class MessageListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Delivery { Sent, Sending, Failed };
    Q_ENUM(Delivery)

    enum Role {
        TextRole = Qt::UserRole + 1,
        SenderRole,      // Sender as int
        SenderNameRole,
        AtRole,
        DeliveryRole,    // Delivery as int
        ErrorRole,       // why a failed one failed
        KeyRole,         // the outbox key, for retry
        NewDayRole,      // true when the previous message is from another day
        EventRole,       // system messages: what happened (see ChatMessage::event)
        EventArgsRole,   // ...and its names, a QStringList
        ImageRole,       // the id of an attached image, or empty
        IdRole,          // the server's id of the message; 0 while it is in the outbox
    };

    explicit MessageListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 conversationId() const { return m_conversationId; }
    void load(qint64 conversationId, std::vector<protocol::ChatMessage> stored, const std::vector<LocalCache::OutboxItem>& outbox,
              const QString& ownName);
    // The row of the message with this server id, or -1.
    int rowOf(qint64 messageId) const;
    // An image arrived: the rows showing it are laid out again at its size.
    void imageArrived(const QString& imageId);

private:
    struct Row {
        protocol::ChatMessage message;
        Delivery delivery = Delivery::Sent;
        QString error;
    };
    std::vector<Row> m_rows;
    qint64 m_conversationId = 0;
};

} // namespace agentdesk::app
