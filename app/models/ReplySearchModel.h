#pragma once

#include "library/ReplySearch.h"

#include <QAbstractListModel>

#include <optional>

namespace agentdesk::app {

class ReplyLibrary;

// The replies matching a search, best first: the library panel's list and the composer's "/"
// completer are two of these over the same library. A/B variants not served in the open
// conversation are left out.
class ReplySearchModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        BodyRole,      // a reply's body, or a script's steps one per line
        CategoryRole,  // ReplyCategory as int
        IsScriptRole,
        StepCountRole,
        FavoriteRole,
        UsesRole,
        ScopeRole,     // ReplyScope as int
        AbVariantRole, // "A", "B" or empty
        TagsRole,      // QStringList
        LanguageRole,
        HasImageRole,  // the reply sends a picture too
    };

    explicit ReplySearchModel(ReplyLibrary& library, QObject* parent = nullptr);

    void setQuery(const QString& text);
    void setCategory(std::optional<ReplyCategory> category);
    void setLanguage(const QString& language);
    void setConversation(qint64 conversationId);
    void setLimit(int limit);  // negative: all

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    qint64 replyIdAt(int row) const;

private:
    void refresh();

    ReplyLibrary& m_library;
    ReplySearch::Query m_query;
    qint64 m_conversationId = 0;
    int m_limit = -1;
    // Reply ids, not indexes: the library may change before the model hears of it.
    std::vector<qint64> m_rows;
};

} // namespace agentdesk::app
