#pragma once

#include "policy/SlaPolicy.h"
#include "protocol/Records.h"

#include <QAbstractListModel>
#include <QHash>

#include <vector>

namespace agentdesk::app {

// The agent's conversations with unread counts and the SLA state of the customer's wait, in no
// particular order (ConversationFilterModel sorts them by activity). Fed by the sync engine.
class ConversationListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CustomerNameRole,
        CustomerTierRole,  // CustomerTier as int
        ChannelRole,       // Channel as int
        TopicRole,
        StatusRole,        // ConversationStatus as int
        PreviewRole,
        LastMessageAtRole,
        WaitingSinceRole,
        UnreadRole,
        SlaStateRole,      // SlaPolicy::State as int
        AgentIdRole,
    };

    explicit ConversationListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(std::vector<protocol::ConversationInfo> conversations);
    void upsert(const protocol::ConversationInfo& conversation);
    const protocol::ConversationInfo* find(qint64 id) const;
    // A row's conversation without a QVariant (ConversationFilterModel sorts thousands of rows).
    const protocol::ConversationInfo& at(int row) const { return m_rows[size_t(row)]; }
    int rowOf(qint64 id) const;

    void addUnread(qint64 conversationId);
    void markRead(qint64 conversationId);
    int unread(qint64 conversationId) const { return m_unread.value(conversationId); }

    void setSlaPolicy(const SlaPolicy& policy) { m_sla = policy; }
    // Re-evaluates waiting times against the clock (called every second by the view's timer).
    void tick(qint64 now);

private:
    std::vector<protocol::ConversationInfo> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<qint64, int> m_unread;
    SlaPolicy m_sla;
    qint64 m_now = 0;
};

} // namespace agentdesk::app
