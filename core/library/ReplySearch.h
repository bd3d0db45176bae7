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

    static Entry prepare(const protocol::Reply& reply, int uses = 0, bool favorite = false);
    // Ranks the titles once in the user's collation, for rank() to break ties by.
    static void orderTitles(std::vector<Entry>& entries);
    // 0 when a word of the query is missing; higher is better.
    static int score(const Entry& entry, const QStringList& words);
    static QStringList words(const QString& text);
    // Indexes into entries, best first; at most limit of them (all for a negative limit).
    static std::vector<int> rank(const std::vector<Entry>& entries, const Query& query, int limit = -1);
};

} // namespace agentdesk
