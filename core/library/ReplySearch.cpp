#include "library/ReplySearch.h"

#include "library/PinyinInitials.h"

#include <QStringList>

#include <algorithm>
#include <bit>

namespace agentdesk {

using namespace protocol;

namespace {

bool startsAtWord(const QString& text, qsizetype at)
{
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

// One letter would match half the library by its initials.
constexpr qsizetype kShortestInitials = 2;

int wordScore(const ReplySearch::Entry& e, const QString& word)
{
    if (e.title.startsWith(word))
        return 100;
    const qsizetype inTitle = e.title.indexOf(word);
    if (inTitle >= 0)
        return startsAtWord(e.title, inTitle) ? 70 : 50;
    if (word.size() >= kShortestInitials && !e.titleInitials.isEmpty()) {
        if (e.titleInitials.startsWith(word))
            return 60;
        if (e.titleInitials.contains(word))
            return 45;
    }
    const qsizetype inTags = e.tags.indexOf(word);
    if (inTags >= 0)
        return startsAtWord(e.tags, inTags) ? 40 : 30;
    return e.body.contains(word) ? 10 : 0;
}

// Favourites and habit lift a match, but never above a better match of the words.
int preference(const ReplySearch::Entry& e)
{
    const int habit = std::min(9, int(std::bit_width(unsigned(std::max(0, e.uses)))));
    return (e.favorite ? 10 : 0) + habit;
}

} // namespace

ReplySearch::Entry ReplySearch::prepare(const Reply& reply, int uses, bool favorite)
{
    Entry e;
    e.sortTitle = reply.title;
    e.title = reply.title.toCaseFolded();
    e.titleInitials = PinyinInitials::of(reply.title);
    QStringList tags;
    for (const QString& tag : reply.tags)
        tags << tag.toCaseFolded();
    e.tags = tags.join(QLatin1Char('\n'));
    QString body = reply.body;
    for (const ScriptStep& step : reply.steps)
        body += QLatin1Char('\n') + step.title + QLatin1Char('\n') + step.body;
    e.body = body.toCaseFolded();
    e.category = reply.category;
    e.language = reply.language;
    e.uses = uses;
    e.favorite = favorite;
    return e;
}

void ReplySearch::orderTitles(std::vector<Entry>& entries)
{
    std::vector<size_t> order(entries.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&entries](size_t a, size_t b) {
        return QString::localeAwareCompare(entries[a].sortTitle, entries[b].sortTitle) < 0;
    });
    for (size_t place = 0; place < order.size(); ++place)
        entries[order[place]].titleOrder = int(place);
}

QStringList ReplySearch::words(const QString& text)
{
    return text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

int ReplySearch::score(const Entry& entry, const QStringList& words)
{
    int total = 0;
    for (const QString& word : words) {
        const int s = wordScore(entry, word);
        if (s == 0)
            return 0;
        total += s;
    }
    return total * 100 + preference(entry) + 1;
}

std::vector<int> ReplySearch::rank(const std::vector<Entry>& entries, const Query& query, int limit)
{
    const QStringList queryWords = words(query.text);
    std::vector<std::pair<int, int>> hits;  // score, index
    hits.reserve(entries.size());
    for (int i = 0; i < int(entries.size()); ++i) {
        const Entry& e = entries[size_t(i)];
        if (query.category && e.category != *query.category)
            continue;
        if (!query.language.isEmpty() && e.language != query.language)
            continue;
        const int s = score(e, queryWords);
        if (s > 0)
            hits.emplace_back(s, i);
    }
    const auto better = [&entries](const std::pair<int, int>& a, const std::pair<int, int>& b) {
        if (a.first != b.first)
            return a.first > b.first;
        return entries[size_t(a.second)].titleOrder < entries[size_t(b.second)].titleOrder;
    };
    const size_t keep = limit < 0 ? hits.size() : std::min(hits.size(), size_t(limit));
    std::partial_sort(hits.begin(), hits.begin() + qsizetype(keep), hits.end(), better);
    std::vector<int> out;
    out.reserve(keep);
    for (size_t i = 0; i < keep; ++i)
        out.push_back(hits[i].second);
    return out;
}

} // namespace agentdesk
