#pragma once

#include <QSortFilterProxyModel>

namespace agentdesk::app {

class ConversationListModel;

// The conversation list as shown: newest activity first; filters for open conversations
// ("mine"), those whose customer waits for an answer, closed ones; and a search over customer
// names and the last message.
class ConversationFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Filter { Mine, Waiting, Closed };

    explicit ConversationFilterModel(QObject* parent = nullptr);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    void setSearch(const QString& text);
    // Only conversations of this agent are shown (one handed to a colleague leaves the list).
    void setOwner(qint64 agentId);
    // The open conversation stays in the list whatever the filters say, so that an update to it
    // (an answer ends its wait, a search no longer matches) never moves the selection to another.
    void setPinned(qint64 conversationId);

    // The source must be a ConversationListModel: its rows are read as conversations, not
    // through data(), which would box each field in a QVariant for every comparison of a sort.
    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    Filter m_filter = Filter::Mine;
    QString m_search;
    qint64 m_owner = 0;
    qint64 m_pinned = 0;
    const ConversationListModel* m_list = nullptr;
};

} // namespace agentdesk::app
