#include "store/LibraryStore.h"

#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace agentdesk::server {

using namespace protocol;

namespace {

const QString kColumns = QStringLiteral(
    "id, title, body, steps, category, tags, language, scope, owner_id, team_id, ab_pair_id, ab_variant, updated_at, image");

QString stepsToText(const std::vector<ScriptStep>& steps)
{
    if (steps.empty())
        return {};
    QJsonArray array;
    for (const ScriptStep& step : steps)
        array.append(QJsonObject{{QStringLiteral("title"), step.title}, {QStringLiteral("body"), step.body}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::vector<ScriptStep> stepsFromText(const QString& text)
{
    std::vector<ScriptStep> steps;
    if (text.isEmpty())
        return steps;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue& value : array)
        steps.push_back({value[QLatin1String("title")].toString(), value[QLatin1String("body")].toString()});
    return steps;
}

Reply replyFrom(const sql::Rows& q)
{
    Reply r;
    r.id = q.value(0).toLongLong();
    r.title = q.value(1).toString();
    r.body = q.value(2).toString();
    r.steps = stepsFromText(q.value(3).toString());
    r.category = enumFromName<ReplyCategory>(q.value(4).toString()).value_or(ReplyCategory::Other);
    for (const QString& tag : q.value(5).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        r.tags.push_back(tag);
    r.language = q.value(6).toString();
    r.scope = enumFromName<ReplyScope>(q.value(7).toString()).value_or(ReplyScope::Personal);
    r.ownerId = q.value(8).toLongLong();
    r.teamId = q.value(9).toLongLong();
    r.abPairId = q.value(10).toLongLong();
    r.abVariant = q.value(11).toInt();
    r.updatedAt = q.value(12).toLongLong();
    r.image = q.value(13).toString();
    return r;
}

} // namespace

LibraryStore::LibraryStore(Database& db)
    : m_db(db)
{
}

std::vector<Reply> LibraryStore::all()
{
    std::vector<Reply> out;
    sql::Rows q = m_db.exec(QStringLiteral("SELECT %1 FROM replies WHERE deleted = 0 ORDER BY id").arg(kColumns));
    while (q.next())
        out.push_back(replyFrom(q));
    return out;
}

std::optional<Reply> LibraryStore::reply(qint64 id)
{
    sql::Rows q = m_db.exec(QStringLiteral("SELECT %1 FROM replies WHERE id = ? AND deleted = 0").arg(kColumns), {id});
    if (!q.next())
        return std::nullopt;
    return replyFrom(q);
}

Reply LibraryStore::save(const Reply& r, qint64 by, qint64 now)
{
    QStringList tags(r.tags.begin(), r.tags.end());
    const QString category = enumName(r.category);
    const QString scope = enumName(r.scope);
    qint64 id = r.id;
    if (id == 0) {
        id = m_db.scalar(QStringLiteral("INSERT INTO replies (title, body, steps, category, tags, language, scope,"
                                        " owner_id, team_id, ab_pair_id, ab_variant, updated_at, updated_by, image)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                         {r.title, r.body, stepsToText(r.steps), category, tags.join(QLatin1Char('\n')), r.language,
                          scope, r.ownerId, r.teamId, r.abPairId, r.abVariant, now, by, r.image})
                 .toLongLong();
    } else {
        m_db.exec(QStringLiteral("UPDATE replies SET title = ?, body = ?, steps = ?, category = ?, tags = ?, language = ?,"
                                 " scope = ?, owner_id = ?, team_id = ?, ab_pair_id = ?, ab_variant = ?, updated_at = ?,"
                                 " updated_by = ?, image = ? WHERE id = ?"),
                  {r.title, r.body, stepsToText(r.steps), category, tags.join(QLatin1Char('\n')), r.language, scope,
                   r.ownerId, r.teamId, r.abPairId, r.abVariant, now, by, r.image, id});
    }
    return *reply(id);
}

void LibraryStore::remove(qint64 id)
{
    m_db.exec(QStringLiteral("DELETE FROM reply_favorites WHERE reply_id = ?"), {id});
    // Marked, not removed: its uses are history, and its id is never given to another reply.
    m_db.exec(QStringLiteral("UPDATE replies SET deleted = 1, ab_pair_id = 0 WHERE id = ?"), {id});
}

int LibraryStore::pairSize(qint64 pairId, qint64 except, int variant)
{
    if (variant < 0)
        return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM replies WHERE ab_pair_id = ? AND id <> ? AND deleted = 0"),
                           {pairId, except})
            .toInt();
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM replies WHERE ab_pair_id = ? AND id <> ? AND ab_variant = ?"
                                      " AND deleted = 0"),
                       {pairId, except, variant})
        .toInt();
}

std::vector<ReplyMine> LibraryStore::mine(qint64 userId)
{
    std::vector<ReplyMine> out;
    QHash<qint64, size_t> index;
    sql::Rows uses = m_db.exec(QStringLiteral("SELECT reply_id, COUNT(*) FROM reply_uses WHERE agent_id = ?"
                                              " AND reply_id IN (SELECT id FROM replies WHERE deleted = 0) GROUP BY reply_id"),
                               {userId});
    while (uses.next()) {
        index.insert(uses.value(0).toLongLong(), out.size());
        out.push_back({uses.value(0).toLongLong(), uses.value(1).toInt(), false});
    }
    sql::Rows favorites = m_db.exec(QStringLiteral("SELECT reply_id FROM reply_favorites WHERE user_id = ?"), {userId});
    while (favorites.next()) {
        const qint64 id = favorites.value(0).toLongLong();
        if (const auto it = index.constFind(id); it != index.cend()) {
            out[*it].favorite = true;
        } else {
            out.push_back({id, 0, true});
        }
    }
    return out;
}

void LibraryStore::setFavorite(qint64 userId, qint64 replyId, bool favorite)
{
    m_db.exec(QStringLiteral("DELETE FROM reply_favorites WHERE user_id = ? AND reply_id = ?"), {userId, replyId});
    if (favorite)
        m_db.exec(QStringLiteral("INSERT INTO reply_favorites (user_id, reply_id) VALUES (?, ?)"), {userId, replyId});
}

void LibraryStore::recordUse(const ReplyRef& ref, qint64 conversationId, qint64 agentId, qint64 messageId, qint64 at)
{
    m_db.exec(QStringLiteral("INSERT INTO reply_uses (reply_id, step, conversation_id, agent_id, message_id, used_at)"
                             " VALUES (?, ?, ?, ?, ?, ?)"),
              {ref.replyId, ref.step, conversationId, agentId, messageId, at});
}

std::vector<ReplyStats> LibraryStore::stats(qint64 since, qint64 windowMs)
{
    // A conversation converts when its customer ordered after the reply was used and at the
    // latest windowMs after the conversation ended (or its last message, while it is open).
    sql::Rows q = m_db.exec(QStringLiteral(
        "SELECT u.reply_id, COUNT(*), COUNT(DISTINCT u.conversation_id),"
        " COUNT(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id"
        "   AND o.created_at >= u.used_at AND o.created_at <= COALESCE(c.closed_at, c.last_message_at) + ?)"
        "   THEN u.conversation_id END)"
        " FROM reply_uses u JOIN conversations c ON c.id = u.conversation_id"
        " WHERE u.used_at >= ? GROUP BY u.reply_id ORDER BY u.reply_id"),
        {windowMs, since});
    std::vector<ReplyStats> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()});
    return out;
}

} // namespace agentdesk::server
