#include "service/LibraryService.h"

#include "ServerContext.h"
#include "service/ImageService.h"
#include "library/LibraryAccess.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

namespace agentdesk::server {

using namespace protocol;

namespace {

Outcome notVisible(qint64 replyId)
{
    return failWith(ErrorCode::NotFound, LibraryService::tr("no reply %1 is visible to you").arg(replyId));
}

ProtocolError invalid(QString message)
{
    return ProtocolError{ErrorCode::BadFrame, std::move(message)};
}

} // namespace

LibraryService::LibraryService(ServerContext& context)
    : m_ctx(context)
{
}

Outcome LibraryService::list(const Identity& who)
{
    LibraryListOk reply;
    const Principal me = who.principal();
    for (Reply& r : m_ctx.replies.all()) {
        if (LibraryAccess::canSee(me, r))
            reply.replies.push_back(std::move(r));
    }
    reply.mine = m_ctx.replies.mine(who.id);
    return reply;
}

std::optional<ProtocolError> LibraryService::validate(const Identity& who, Reply& r)
{
    r.title = r.title.trimmed();
    if (r.title.isEmpty())
        return invalid(tr("reply.title is empty"));
    if (r.steps.empty() && r.body.trimmed().isEmpty())
        return invalid(tr("a reply needs a body, a script its steps"));
    if (!r.steps.empty())
        r.body.clear();
    if (!r.image.isEmpty()) {
        if (!r.steps.empty())
            return invalid(tr("an image goes with a reply, not a script"));
        if (auto error = m_ctx.imageService->checkReference(r.image))
            return error;
    }
    static const QRegularExpression language(QStringLiteral("^[a-z]{2}(_[A-Z]{2})?$"));
    if (!language.match(r.language).hasMatch())
        return invalid(tr("reply.language must look like zh_CN or en"));
    for (QString& tag : r.tags) {
        tag = tag.trimmed();
        if (tag.isEmpty())
            return invalid(tr("reply.tags holds an empty tag"));
        if (std::any_of(tag.begin(), tag.end(), [](QChar c) { return c.category() == QChar::Other_Control; }))
            return invalid(tr("reply.tags: a tag may not hold line breaks or control characters"));
    }
    if (r.scope == ReplyScope::Personal) {
        r.ownerId = who.id;
        r.teamId = 0;
    } else {
        r.ownerId = 0;
    }
    if (r.abPairId != 0) {
        if (r.abPairId != r.id) {
            // Paired with another reply: its pair, or a new one of which it becomes variant A.
            const auto anchor = m_ctx.replies.reply(r.abPairId);
            if (!anchor || !LibraryAccess::canSee(who.principal(), *anchor) || anchor->id == r.id)
                return invalid(tr("reply.abPairId %1 names no reply you can see").arg(r.abPairId));
            if (!LibraryAccess::canEdit(who.principal(), *anchor))
                return ProtocolError{ErrorCode::Forbidden, tr("you may not test against reply %1").arg(anchor->id)};
            if (!LibraryAccess::canPair(who.principal(), r, *anchor))
                return invalid(tr("the variants of an A/B test must have the same scope and team"));
            r.abPairId = anchor->abPairId != 0 ? anchor->abPairId : anchor->id;
            if (anchor->abPairId == 0)
                r.abVariant = 1;
        }
        if (m_ctx.replies.pairSize(r.abPairId, r.id) >= 2)
            return invalid(tr("A/B pair %1 already has two variants").arg(r.abPairId));
        if (m_ctx.replies.pairSize(r.abPairId, r.id, r.abVariant) > 0)
            return invalid(tr("A/B pair %1 already has a variant %2").arg(r.abPairId).arg(r.abVariant == 0 ? 'A' : 'B'));
    } else {
        r.abVariant = 0;
    }
    return std::nullopt;
}

Outcome LibraryService::save(const Identity& who, const ReplySave& request)
{
    Reply r = request.reply;
    const Principal me = who.principal();
    std::optional<Reply> before;
    if (r.id != 0) {
        before = m_ctx.replies.reply(r.id);
        if (!before || !LibraryAccess::canSee(me, *before))
            return notVisible(r.id);
        if (!LibraryAccess::canEdit(me, *before))
            return failWith(ErrorCode::Forbidden, tr("you may not edit reply %1").arg(r.id));
        // Edits start from a version: saving over someone else's newer one would lose their work.
        if (r.updatedAt != 0 && r.updatedAt != before->updatedAt)
            return failWith(ErrorCode::InvalidState,
                            tr("reply %1 was changed by someone else meanwhile; start again from the current text").arg(r.id));
    }
    if (auto error = validate(who, r))
        return *error;
    if (!LibraryAccess::canEdit(me, r)) {
        return failWith(ErrorCode::Forbidden, r.teamId == 0 ? tr("only admins keep the whole shop's replies")
                                                            : tr("only the team's leads and admins keep its replies"));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (r.abPairId != 0 && r.abPairId != r.id) {
        auto anchor = m_ctx.replies.reply(r.abPairId);
        if (anchor && anchor->abPairId == 0) {
            // Starting a test: the other reply becomes variant A, in the same transaction.
            anchor->abPairId = anchor->id;
            anchor->abVariant = 0;
            announce(m_ctx.replies.save(*anchor, who.id, now), false);
        }
    }
    if (before && before->abPairId != 0 && r.abPairId != before->abPairId)
        dissolvePair(*before, who.id, now);
    const Reply stored = m_ctx.replies.save(r, who.id, now);
    announce(stored, false, before ? &*before : nullptr);
    return ReplySaveOk{stored};
}

Outcome LibraryService::remove(const Identity& who, const ReplyDelete& request)
{
    const auto stored = m_ctx.replies.reply(request.replyId);
    const Principal me = who.principal();
    if (!stored || !LibraryAccess::canSee(me, *stored))
        return notVisible(request.replyId);
    if (!LibraryAccess::canEdit(me, *stored))
        return failWith(ErrorCode::Forbidden, tr("you may not delete reply %1").arg(request.replyId));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_ctx.replies.remove(stored->id);
    if (stored->abPairId != 0)
        dissolvePair(*stored, who.id, now);
    announce(*stored, true);
    return ReplyDeleteOk{stored->id};
}

Outcome LibraryService::favorite(const Identity& who, const ReplyFavorite& request)
{
    const auto stored = m_ctx.replies.reply(request.replyId);
    if (!stored || !LibraryAccess::canSee(who.principal(), *stored))
        return notVisible(request.replyId);
    m_ctx.replies.setFavorite(who.id, stored->id, request.favorite);
    return ReplyFavoriteOk{stored->id, request.favorite};
}

Outcome LibraryService::stats(const Identity& who, const LibraryStats& request)
{
    LibraryStatsOk reply;
    reply.windowHours = m_ctx.config.conversionWindowHours;
    const Principal me = who.principal();
    const qint64 windowMs = qint64(m_ctx.config.conversionWindowHours) * 3600 * 1000;
    QSet<qint64> visible;  // one read of the library, not one per figure
    for (const Reply& r : m_ctx.replies.all()) {
        if (LibraryAccess::canSee(me, r))
            visible.insert(r.id);
    }
    for (ReplyStats& s : m_ctx.replies.stats(request.since, windowMs)) {
        if (visible.contains(s.replyId))
            reply.stats.push_back(s);
    }
    reply.recommendations = m_ctx.recommendations.stats(request.since, windowMs);
    return reply;
}

std::vector<ReplyRef> LibraryService::usable(const Identity& who, const std::vector<ReplyRef>& refs)
{
    std::vector<ReplyRef> out;
    for (const ReplyRef& ref : refs) {
        const auto r = m_ctx.replies.reply(ref.replyId);
        if (!r || !LibraryAccess::canSee(who.principal(), *r) || ref.step >= int(std::max<size_t>(1, r->steps.size())))
            continue;
        const bool twice = std::any_of(out.begin(), out.end(),
                                       [&](const ReplyRef& o) { return o.replyId == ref.replyId && o.step == ref.step; });
        if (!twice)
            out.push_back(ref);
    }
    return out;
}

void LibraryService::recordUses(const Identity& who, const std::vector<ReplyRef>& refs, qint64 conversationId,
                                qint64 messageId, qint64 at)
{
    for (const ReplyRef& ref : usable(who, refs))
        m_ctx.replies.recordUse(ref, conversationId, who.id, messageId, at);
}

void LibraryService::dissolvePair(const Reply& leaving, qint64 by, qint64 now)
{
    for (Reply& other : m_ctx.replies.all()) {
        if (other.abPairId != leaving.abPairId || other.id == leaving.id)
            continue;
        other.abPairId = 0;
        other.abVariant = 0;
        announce(m_ctx.replies.save(other, by, now), false);
    }
}

void LibraryService::announce(const Reply& reply, bool deleted, const Reply* before)
{
    for (const Principal& staff : m_ctx.directory.staffPrincipals()) {
        if (LibraryAccess::canSee(staff, reply))
            m_ctx.events.append(EventLog::staffStream(staff.id), LibraryUpdated{reply, deleted});
        else if (before && LibraryAccess::canSee(staff, *before))
            m_ctx.events.append(EventLog::staffStream(staff.id), LibraryUpdated{*before, true});  // moved out of their sight
    }
}

} // namespace agentdesk::server
