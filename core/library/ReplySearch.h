#pragma once

#include "protocol/Records.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace agentdesk {

// Search as you type over the reply library: every word of the query must occur in the title,
// a tag or the body; title matches (a prefix best) rank above tags, tags above the body, and
// among equals favourites and the most used come first. A Chinese title is also found by its
// pinyin initials ("bx" finds 保修政策), ranked just below a match of its characters.
class ReplySearch {
public:
    // One reply prepared once for searching (case-folded), so a keystroke costs no allocation.
    struct Entry {
        QString title;
        QString titleInitials;  // pinyin initials of a Chinese title, else empty
        QString tags;  // joined by '\n'
        QString body;  // a script's step titles and bodies too
        ReplyCategory category = ReplyCategory::Other;
        QString language;
        int uses = 0;
        bool favorite = false;
        QString sortTitle;  // as shown, for a stable order among equals
        int titleOrder = 0; // its place among all titles (orderTitles), so ties cost an int compare
    };
    struct Query {
        QString text;
        std::optional<ReplyCategory> category;
        QString language;  // empty for every language
    };

    // A match: its score and its index into the entries.
    struct Hit {
        int score = 0;
        int index = 0;
    };

    static Entry prepare(const protocol::Reply& reply, int uses = 0, bool favorite = false);
    // Ranks the titles once in the user's collation, for rank() to break ties by.
    static void orderTitles(std::vector<Entry>& entries);
    // 0 when a word of the query is missing; higher is better.
    static int score(const Entry& entry, const QStringList& words);
    static QStringList words(const QString& text);
    // Indexes into entries, best first; at most limit of them (all for a negative limit).
    static std::vector<int> rank(const std::vector<Entry>& entries, const Query& query, int limit = -1);
    // How a search may use the matches of the one before, when the user typed on ("deli", then
    // "deliv"): every earlier word inside a word of the new query, the same filters.
    enum class Narrowing {
        None,              // it may not: every entry is scored
        WithinMatches,     // only the earlier matches can match
        // Also entries with pinyin initials: an earlier one-letter word was not looked for in
        // them, and the longer word it became may match them ("b", then "bx" finds 保修).
        WithinMatchesAndInitials,
    };
    static Narrowing narrowing(const Query& previous, const Query& next);
    // The matches in no order: of all entries, or of those a narrowing of `previous` allows.
    static std::vector<Hit> hits(const std::vector<Entry>& entries, const Query& query);
    static std::vector<Hit> hits(const std::vector<Entry>& entries, const Query& query, const std::vector<Hit>& previous,
                                 Narrowing how);
    // Orders hits[from, to) best first, as rank() does, taking the best of hits[from, end).
    static void orderBest(const std::vector<Entry>& entries, std::vector<Hit>& hits, size_t from, size_t to);
};

} // namespace agentdesk
