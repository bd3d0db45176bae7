#include "library/ReplyLibrary.h"

#include "cache/LocalCache.h"
#include "library/AbTest.h"
#include "protocol/IdempotencyKey.h"
#include "sql/SqlExec.h"
#include "sync/SyncEngine.h"

namespace agentdesk::app {

using namespace protocol;

ReplyLibrary::ReplyLibrary(LocalCache& cache, SyncEngine& engine, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_engine(engine)
{
    connect(&m_engine, &SyncEngine::libraryLoaded, this, &ReplyLibrary::reload);
    connect(&m_engine, &SyncEngine::libraryUpdated, this, &ReplyLibrary::apply);
}

void ReplyLibrary::reload()
{
    LibraryListOk library;
    try {
        library = m_cache.library();
    } catch (const sql::SqlError& e) {
        emit problem(tr("The local cache cannot be read: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    m_replies = std::move(library.replies);
    m_mine.clear();
    for (const ReplyMine& m : library.mine)
        m_mine.insert(m.replyId, m);
    prepare();
}

void ReplyLibrary::prepare()
{
    m_entries.clear();
    m_entries.reserve(m_replies.size());
    for (const Reply& r : m_replies) {
        const ReplyMine mine = m_mine.value(r.id);
        m_entries.push_back(ReplySearch::prepare(r, mine.uses, mine.favorite));
    }
    reindex();
}

void ReplyLibrary::reindex()
{
    m_index.clear();
    m_pairSizes.clear();
    for (size_t i = 0; i < m_replies.size(); ++i) {
        m_index.insert(m_replies[i].id, i);
        if (m_replies[i].abPairId != 0)
            ++m_pairSizes[m_replies[i].abPairId];
    }
    ReplySearch::orderTitles(m_entries);
    emit changed();
}

void ReplyLibrary::apply(const Reply& reply, bool deleted)
{
    // The cache applied the event already; the in-memory copy follows, preparing only this reply.
    const auto it = m_index.constFind(reply.id);
    const ReplyMine mine = m_mine.value(reply.id);
    if (deleted) {
        if (it == m_index.cend())
            return;
        m_replies.erase(m_replies.begin() + qsizetype(*it));
        m_entries.erase(m_entries.begin() + qsizetype(*it));
    } else if (it != m_index.cend()) {
        m_replies[*it] = reply;
        m_entries[*it] = ReplySearch::prepare(reply, mine.uses, mine.favorite);
    } else {
        m_replies.push_back(reply);
        m_entries.push_back(ReplySearch::prepare(reply, mine.uses, mine.favorite));
    }
    reindex();
}

void ReplyLibrary::updateMarks(qint64 replyId)
{
    // A use or a favourite changes two numbers of one entry: no need to prepare the library again.
    const auto it = m_index.constFind(replyId);
    if (it == m_index.cend())
        return;
    m_entries[*it].uses = m_mine.value(replyId).uses;
    m_entries[*it].favorite = m_mine.value(replyId).favorite;
}

const Reply* ReplyLibrary::find(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_replies[*it];
}

bool ReplyLibrary::servedIn(const Reply& reply, qint64 conversationId) const
{
    if (reply.abPairId == 0 || conversationId == 0 || m_pairSizes.value(reply.abPairId) < 2)
        return true;
    return AbTest::variantFor(conversationId, reply.abPairId) == reply.abVariant;
}

bool ReplyLibrary::requireOnline()
{
    if (m_engine.state() == SyncEngine::State::Online)
        return true;
    emit problem(tr("You are offline; changes to the reply library need the connection."));
    return false;
}

void ReplyLibrary::setFavorite(qint64 replyId, bool favorite)
{
    if (!requireOnline())
        return;
    m_engine.client().request(ReplyFavorite{newIdempotencyKey(), replyId, favorite}, [this](const Frame& reply) {
        const auto* ok = reply.as<ReplyFavoriteOk>();
        if (!ok) {
            emit problem(tr("The favourite was not changed: %1").arg(reply.as<protocol::Error>()->message));
            return;
        }
        try {
            m_cache.setFavorite(ok->replyId, ok->favorite);
        } catch (const sql::SqlError& e) {
            emit problem(tr("The local cache cannot be written: %1").arg(QString::fromUtf8(e.what())));
        }
        m_mine[ok->replyId].replyId = ok->replyId;
        m_mine[ok->replyId].favorite = ok->favorite;
        updateMarks(ok->replyId);
        emit changed();
    });
}

void ReplyLibrary::countUses(const std::vector<ReplyRef>& refs)
{
    if (refs.empty())
        return;
    try {
        m_cache.countUses(refs);
    } catch (const sql::SqlError& e) {
        emit problem(tr("The local cache cannot be written: %1").arg(QString::fromUtf8(e.what())));
    }
    for (const ReplyRef& ref : refs) {
        m_mine[ref.replyId].replyId = ref.replyId;
        ++m_mine[ref.replyId].uses;
        updateMarks(ref.replyId);
    }
    emit changed();
}

void ReplyLibrary::save(const Reply& reply, SaveHandler handler)
{
    if (!requireOnline()) {
        handler(nullptr, tr("You are offline; changes to the reply library need the connection."));
        return;
    }
    m_engine.client().request(ReplySave{newIdempotencyKey(), reply}, [handler = std::move(handler)](const Frame& answer) {
        if (const auto* ok = answer.as<ReplySaveOk>())
            handler(&ok->reply, {});
        else
            handler(nullptr, answer.as<protocol::Error>()->message);
        // The library itself changes with the library.updated event that follows.
    });
}

void ReplyLibrary::remove(qint64 replyId)
{
    if (!requireOnline())
        return;
    m_engine.client().request(ReplyDelete{newIdempotencyKey(), replyId}, [this](const Frame& reply) {
        if (const auto* error = reply.as<protocol::Error>())
            emit problem(tr("The reply was not deleted: %1").arg(error->message));
    });
}

void ReplyLibrary::requestStats(std::function<void(const LibraryStatsOk&)> handler)
{
    if (!requireOnline())
        return;
    m_engine.client().request(LibraryStats{}, [this, handler = std::move(handler)](const Frame& reply) {
        if (const auto* ok = reply.as<LibraryStatsOk>())
            handler(*ok);
        else
            emit problem(tr("The library's figures could not be loaded: %1").arg(reply.as<protocol::Error>()->message));
    });
}

} // namespace agentdesk::app
