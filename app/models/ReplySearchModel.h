#pragma once

#include "library/ReplySearch.h"

#include <QAbstractListModel>

#include <optional>

namespace agentdesk::app {

class ReplyLibrary;

// The replies matching a search, best first: the library panel's list and the composer's "/"
// completer are two of these over the same library. A/B variants not served in the open
// conversation are left out. The best kPage are ranked at once, the rest as the view scrolls to
// them (fetchMore), so that a keystroke over a large library does not sort every match; a query
// that narrows the last one (the user typing on) looks only at the last one's matches (and, after
// a one-letter word, at the replies with pinyin initials). The last matches are only valid for the
// library and filters they were found with: any change of those searches the whole library.
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

    static constexpr size_t kPage = 200;

    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    qint64 replyIdAt(int row) const;

private:
    // Searches again, among what `narrowing` allows of the last search's matches.
    void search(ReplySearch::Narrowing narrowing);
    void refresh() { search(ReplySearch::Narrowing::None); }
    // How many of the matches not yet rows the next page adds.
    size_t nextPageSize() const;
    void appendPage(size_t count);

    ReplyLibrary& m_library;
    ReplySearch::Query m_query;
    qint64 m_conversationId = 0;
    int m_limit = -1;
    // Every match of m_searched, the first m_rows.size() of them in order.
    std::vector<ReplySearch::Hit> m_hits;
    ReplySearch::Query m_searched;
    // Reply ids, not indexes: the library may change before the model hears of it.
    std::vector<qint64> m_rows;
};

} // namespace agentdesk::app
