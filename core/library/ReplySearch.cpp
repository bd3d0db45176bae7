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

namespace {

// Scores the entries named by index into `out`, those of the query's category and language.
template <class Indexes>
void collectHits(const std::vector<ReplySearch::Entry>& entries, const ReplySearch::Query& query, const Indexes& indexes,
                 std::vector<ReplySearch::Hit>& out)
{
    const QStringList queryWords = ReplySearch::words(query.text);
    for (const int i : indexes) {
        const ReplySearch::Entry& e = entries[size_t(i)];
        if (query.category && e.category != *query.category)
            continue;
        if (!query.language.isEmpty() && e.language != query.language)
            continue;
        if (const int s = ReplySearch::score(e, queryWords); s > 0)
            out.push_back({s, i});
    }
}

} // namespace

std::vector<ReplySearch::Hit> ReplySearch::hits(const std::vector<Entry>& entries, const Query& query)
{
    std::vector<int> all(entries.size());
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = int(i);
    std::vector<Hit> out;
    out.reserve(entries.size());
    collectHits(entries, query, all, out);
    return out;
}

std::vector<ReplySearch::Hit> ReplySearch::hits(const std::vector<Entry>& entries, const Query& query, const std::vector<Hit>& previous,
                                                Narrowing how)
{
    if (how == Narrowing::None)
        return hits(entries, query);
    std::vector<int> candidates;
    candidates.reserve(previous.size());
    for (const Hit& hit : previous)
        candidates.push_back(hit.index);
    if (how == Narrowing::WithinMatchesAndInitials) {
        std::vector<char> taken(entries.size(), 0);
        for (const int i : candidates)
            taken[size_t(i)] = 1;
        for (size_t i = 0; i < entries.size(); ++i) {
            if (!taken[i] && !entries[i].titleInitials.isEmpty())
                candidates.push_back(int(i));
        }
    }
    std::vector<Hit> out;
    out.reserve(candidates.size());
    collectHits(entries, query, candidates, out);
    return out;
}

void ReplySearch::orderBest(const std::vector<Entry>& entries, std::vector<Hit>& hits, size_t from, size_t to)
{
    const auto better = [&entries](const Hit& a, const Hit& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return entries[size_t(a.index)].titleOrder < entries[size_t(b.index)].titleOrder;
    };
    to = std::min(to, hits.size());
    if (from < to)
        std::partial_sort(hits.begin() + qsizetype(from), hits.begin() + qsizetype(to), hits.end(), better);
}

std::vector<int> ReplySearch::rank(const std::vector<Entry>& entries, const Query& query, int limit)
{
    std::vector<Hit> found = hits(entries, query);
    const size_t keep = limit < 0 ? found.size() : std::min(found.size(), size_t(limit));
    orderBest(entries, found, 0, keep);
    std::vector<int> out;
    out.reserve(keep);
    for (size_t i = 0; i < keep; ++i)
        out.push_back(found[i].index);
    return out;
}

ReplySearch::Narrowing ReplySearch::narrowing(const Query& previous, const Query& next)
{
    if (previous.category != next.category || previous.language != next.language)
        return Narrowing::None;
    // A reply matching a word matches every part of it, in its title, tags or body; by its
    // title's initials only for parts as long as kShortestInitials, which one letter is not.
    Narrowing how = Narrowing::WithinMatches;
    const QStringList nextWords = words(next.text);
    for (const QString& word : words(previous.text)) {
        if (std::none_of(nextWords.cbegin(), nextWords.cend(), [&word](const QString& w) { return w.contains(word); }))
            return Narrowing::None;
        if (word.size() < kShortestInitials)
            how = Narrowing::WithinMatchesAndInitials;
    }
    return how;
}

} // namespace agentdesk
