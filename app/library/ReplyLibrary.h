#pragma once

#include "library/ReplySearch.h"
#include "protocol/Frames.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <vector>

namespace agentdesk::app {

class LocalCache;
class SyncEngine;

// The reply library of the signed-in agent: what the cache holds, kept current by the sync
// engine, with the agent's favourites and use counts, prepared for search; and the edits the
// agent may make (core's LibraryAccess decides which the workspace offers).
class ReplyLibrary : public QObject {
    Q_OBJECT
public:
    ReplyLibrary(LocalCache& cache, SyncEngine& engine, QObject* parent = nullptr);

    // From the cache; again whenever the engine fetched or changed it.
    void reload();

    const std::vector<protocol::Reply>& replies() const { return m_replies; }
    const std::vector<ReplySearch::Entry>& entries() const { return m_entries; }
    const protocol::Reply* find(qint64 id) const;
    bool isFavorite(qint64 id) const { return m_mine.value(id).favorite; }
    int uses(qint64 id) const { return m_mine.value(id).uses; }
    // An A/B variant is offered only in the conversations it is served in; both when its twin is gone.
    bool servedIn(const protocol::Reply& reply, qint64 conversationId) const;

    void setFavorite(qint64 replyId, bool favorite);
    // Counted at once on this side; the server's count replaces it on the next full fetch.
    void countUses(const std::vector<protocol::ReplyRef>& refs);
    // The handler gets the stored reply, or an error message.
    using SaveHandler = std::function<void(const protocol::Reply* saved, const QString& error)>;
    void save(const protocol::Reply& reply, SaveHandler handler);
    void remove(qint64 replyId);
    void requestStats(std::function<void(const protocol::LibraryStatsOk&)> handler);

signals:
    void changed();
    void problem(const QString& message);

private:
    void apply(const protocol::Reply& reply, bool deleted);
    void prepare();
    // The index, A/B pair sizes and title order after m_replies and m_entries changed together.
    void reindex();
    void updateMarks(qint64 replyId);
    bool requireOnline();

    LocalCache& m_cache;
    SyncEngine& m_engine;
    std::vector<protocol::Reply> m_replies;
    std::vector<ReplySearch::Entry> m_entries;
    QHash<qint64, size_t> m_index;
    QHash<qint64, protocol::ReplyMine> m_mine;
    QHash<qint64, int> m_pairSizes;
};

} // namespace agentdesk::app
