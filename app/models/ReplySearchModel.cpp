#include "models/ReplySearchModel.h"

#include "library/ReplyLibrary.h"

namespace agentdesk::app {

using namespace protocol;

ReplySearchModel::ReplySearchModel(ReplyLibrary& library, QObject* parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
    connect(&m_library, &ReplyLibrary::changed, this, &ReplySearchModel::refresh);
    refresh();
}

void ReplySearchModel::setQuery(const QString& text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    search(ReplySearch::narrowing(m_searched, m_query));
}

void ReplySearchModel::setCategory(std::optional<ReplyCategory> category)
{
    m_query.category = category;
    refresh();
}

void ReplySearchModel::setLanguage(const QString& language)
{
    m_query.language = language;
    refresh();
}

void ReplySearchModel::setConversation(qint64 conversationId)
{
    if (conversationId == m_conversationId)
        return;
    m_conversationId = conversationId;
    refresh();
}

void ReplySearchModel::setLimit(int limit)
{
    m_limit = limit;
    refresh();
}

void ReplySearchModel::search(ReplySearch::Narrowing narrowing)
{
    beginResetModel();
    const auto& replies = m_library.replies();
    m_hits = ReplySearch::hits(m_library.entries(), m_query, m_hits, narrowing);
    std::erase_if(m_hits, [&](const ReplySearch::Hit& hit) {
        return !m_library.servedIn(replies[size_t(hit.index)], m_conversationId);
    });
    m_searched = m_query;
    m_rows.clear();
    appendPage(nextPageSize());
    endResetModel();
}

size_t ReplySearchModel::nextPageSize() const
{
    size_t end = std::min(m_hits.size(), m_rows.size() + kPage);
    if (m_limit >= 0)
        end = std::min(end, size_t(m_limit));
    return end > m_rows.size() ? end - m_rows.size() : 0;
}

void ReplySearchModel::appendPage(size_t count)
{
    const size_t from = m_rows.size();
    ReplySearch::orderBest(m_library.entries(), m_hits, from, from + count);
    const auto& replies = m_library.replies();
    for (size_t i = from; i < from + count; ++i)
        m_rows.push_back(replies[size_t(m_hits[i].index)].id);
}

bool ReplySearchModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && nextPageSize() > 0;
}

void ReplySearchModel::fetchMore(const QModelIndex& parent)
{
    const size_t count = parent.isValid() ? 0 : nextPageSize();
    if (count == 0)
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + count) - 1);
    appendPage(count);
    endInsertRows();
}

int ReplySearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

qint64 ReplySearchModel::replyIdAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return 0;
    return m_rows[size_t(row)];
}

QVariant ReplySearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Reply* found = m_library.find(m_rows[size_t(index.row())]);
    if (!found)
        return {};  // gone; the model is about to be reset
    const Reply& r = *found;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case TitleRole: return r.title;
    case Qt::ToolTipRole:
    case BodyRole: {
        if (!r.isScript())
            return r.body;
        QStringList lines;
        for (const ScriptStep& step : r.steps)
            lines << step.title + QStringLiteral(": ") + step.body;
        return lines.join(QLatin1Char('\n'));
    }
    case IdRole: return r.id;
    case CategoryRole: return int(r.category);
    case IsScriptRole: return r.isScript();
    case StepCountRole: return int(r.steps.size());
    case FavoriteRole: return m_library.isFavorite(r.id);
    case UsesRole: return m_library.uses(r.id);
    case ScopeRole: return int(r.scope);
    case AbVariantRole: return r.abPairId == 0 ? QString() : r.abVariant == 0 ? QStringLiteral("A") : QStringLiteral("B");
    case TagsRole: return QStringList(r.tags.begin(), r.tags.end());
    case LanguageRole: return r.language;
    case HasImageRole: return !r.image.isEmpty();
    default: return {};
    }
}

QHash<int, QByteArray> ReplySearchModel::roleNames() const
{
    return {{IdRole, "replyId"}, {TitleRole, "title"}, {BodyRole, "body"}, {CategoryRole, "category"},
            {IsScriptRole, "isScript"}, {FavoriteRole, "favorite"}, {UsesRole, "uses"}};
}

} // namespace agentdesk::app
