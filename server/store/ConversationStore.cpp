#include "store/ConversationStore.h"

#include "policy/ConversationActivity.h"
#include "store/Database.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace agentdesk::server {

using protocol::ChatMessage;
using protocol::ConversationInfo;

namespace {

const QString kConversationColumns = QStringLiteral(
    "SELECT c.id, c.customer_id, cu.name, cu.tier, c.channel, c.topic, c.status, COALESCE(c.team_id, 0),"
    " COALESCE(c.agent_id, 0), COALESCE(u.display_name, ''), c.created_at, c.last_message_at, c.last_preview,"
    " c.waiting_since, c.resolution, c.csat"
    " FROM conversations c JOIN customers cu ON cu.id = c.customer_id LEFT JOIN users u ON u.id = c.agent_id ");

// Separates a system event's arguments in one column; names never contain it.
const QChar kArgSeparator(0x1F);

} // namespace

ConversationStore::ConversationStore(Database& db)
    : m_db(db)
{
}

QString ConversationStore::selectColumns()
{
    return kConversationColumns;
}

ConversationInfo ConversationStore::conversationFrom(const sql::Rows& q)
{
    ConversationInfo c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.customerName = q.value(2).toString();
    c.customerTier = enumFromName<CustomerTier>(q.value(3).toString()).value_or(CustomerTier::Regular);
    c.channel = enumFromName<Channel>(q.value(4).toString()).value_or(Channel::Web);
    c.topic = q.value(5).toString();
    c.status = enumFromName<ConversationStatus>(q.value(6).toString()).value_or(ConversationStatus::Waiting);
    c.teamId = q.value(7).toLongLong();
    c.agentId = q.value(8).toLongLong();
    c.agentName = q.value(9).toString();
    c.createdAt = q.value(10).toLongLong();
    c.lastMessageAt = q.value(11).toLongLong();
    c.lastMessagePreview = q.value(12).toString();
    c.waitingSince = q.value(13).toLongLong();
    c.resolution = q.value(14).toString();
    c.csat = q.value(15).toInt();
    return c;
}

std::vector<ConversationInfo> ConversationStore::conversationsWhere(const QString& condition,
                                                                    std::initializer_list<QVariant> bindings)
{
    std::vector<ConversationInfo> out;
    sql::Rows q = m_db.exec(kConversationColumns + condition, bindings);
    while (q.next())
        out.push_back(conversationFrom(q));
    return out;
}

std::optional<ConversationInfo> ConversationStore::conversation(qint64 id)
{
    if (m_batch) {
        if (const auto kept = m_batch->conversations.constFind(id); kept != m_batch->conversations.cend())
            return *kept;
    }
    auto rows = conversationsWhere(QStringLiteral("WHERE c.id = ?"), {id});
    if (rows.empty())
        return std::nullopt;
    return rows.front();
}

std::optional<ConversationInfo> ConversationStore::openConversationOf(qint64 customerId)
{
    finishBatch();
    auto rows = conversationsWhere(
        QStringLiteral("WHERE c.customer_id = ? AND c.status <> 'closed' ORDER BY c.id DESC LIMIT 1"), {customerId});
    if (rows.empty())
        return std::nullopt;
    return rows.front();
}

std::vector<ConversationInfo> ConversationStore::ofAgent(qint64 agentId, bool includeClosed)
{
    finishBatch();
    if (includeClosed)
        return conversationsWhere(QStringLiteral("WHERE c.agent_id = ? ORDER BY c.last_message_at DESC LIMIT 10000"), {agentId});
    return conversationsWhere(
        QStringLiteral("WHERE c.agent_id = ? AND c.status = 'assigned' ORDER BY c.last_message_at DESC"), {agentId});
}

std::vector<ConversationInfo> ConversationStore::ofCustomer(qint64 customerId)
{
    finishBatch();
    return conversationsWhere(QStringLiteral("WHERE c.customer_id = ? ORDER BY c.id DESC LIMIT 100"), {customerId});
}

ConversationInfo ConversationStore::create(qint64 customerId, qint64 teamId, Channel channel, const QString& topic, qint64 now)
{
    finishBatch();
    const qint64 id = m_db.scalar(
        QStringLiteral("INSERT INTO conversations (customer_id, team_id, channel, topic, status, created_at,"
                       " last_message_at, waiting_since) VALUES (?, ?, ?, ?, 'waiting', ?, ?, ?) RETURNING id"),
        {customerId, teamId > 0 ? QVariant(teamId) : QVariant(), enumName(channel), topic, now, now, now}).toLongLong();
    return *conversation(id);
}

void ConversationStore::assign(qint64 conversationId, qint64 agentId, qint64 now)
{
    finishBatch();
    m_db.exec(QStringLiteral("UPDATE conversations SET status = 'assigned', agent_id = ?, assigned_at = ?,"
                             " first_assigned_at = COALESCE(first_assigned_at, ?) WHERE id = ?"),
              {agentId, now, now, conversationId});
}

void ConversationStore::requeue(qint64 conversationId, qint64 teamId)
{
    finishBatch();
    // Back in a queue, the customer waits for an agent from now on (unless they already waited
    // for an answer).
    m_db.exec(QStringLiteral("UPDATE conversations SET status = 'waiting', agent_id = NULL, team_id = ?,"
                             " waiting_since = CASE WHEN waiting_since = 0 THEN ? ELSE waiting_since END WHERE id = ?"),
              {teamId, QDateTime::currentMSecsSinceEpoch(), conversationId});
}

void ConversationStore::rate(qint64 conversationId, int score, const QString& comment)
{
    finishBatch();
    m_db.exec(QStringLiteral("UPDATE conversations SET csat = ?, csat_comment = ? WHERE id = ?"), {score, comment, conversationId});
}

void ConversationStore::close(qint64 conversationId, const QString& resolution, qint64 now)
{
    finishBatch();
    m_db.exec(QStringLiteral("UPDATE conversations SET status = 'closed', closed_at = ?, resolution = ?,"
                             " waiting_since = 0 WHERE id = ?"),
              {now, resolution, conversationId});
}

ChatMessage ConversationStore::addMessage(const ChatMessage& message, ConversationInfo& conversation)
{
    Q_ASSERT(conversation.id == message.conversationId);
    ChatMessage stored = message;
    const QVariantList values{message.conversationId, enumName(message.sender), message.authorId, message.senderName,
                              message.text, message.at, message.key, message.event,
                              QStringList(message.args.begin(), message.args.end()).join(kArgSeparator), message.image};
    const QString insert = QStringLiteral("INSERT INTO messages (conversation_id, sender, author_id, sender_name, body, created_at,"
                                          " idem_key, event, event_args, image) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        // SQLite keeps a RETURNING statement's rows aside until it is done; the rowid is at hand.
        stored.id = m_db.exec(insert, values).lastInsertId().toLongLong();
    } else {
        sql::Rows q = m_db.exec(insert + QStringLiteral(" RETURNING id"), values);
        stored.id = q.next() ? q.value(0).toLongLong() : 0;
    }
    if (!ConversationActivity::apply(conversation, message))
        return stored;
    if (m_batch) {
        if (const auto kept = m_batch->conversations.find(conversation.id); kept != m_batch->conversations.end()) {
            *kept = conversation;
            qint64& firstAnswer = m_batch->changed[conversation.id];
            if (message.sender == Sender::Agent && firstAnswer == 0)
                firstAnswer = message.at;
            return stored;
        }
    }
    if (message.sender == Sender::Customer) {
        m_db.exec(QStringLiteral("UPDATE conversations SET last_message_at = ?, last_preview = ?, waiting_since = ? WHERE id = ?"),
                  {conversation.lastMessageAt, conversation.lastMessagePreview, conversation.waitingSince, conversation.id});
    } else {
        m_db.exec(QStringLiteral("UPDATE conversations SET last_message_at = ?, last_preview = ?, waiting_since = ?,"
                                 " first_response_at = COALESCE(first_response_at, ?) WHERE id = ?"),
                  {conversation.lastMessageAt, conversation.lastMessagePreview, conversation.waitingSince, message.at,
                   conversation.id});
    }
    return stored;
}

void ConversationStore::beginBatch(const std::vector<qint64>& conversationIds)
{
    finishBatch();
    Batch batch;
    std::vector<qint64> ids = conversationIds;
    std::ranges::sort(ids);
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (size_t from = 0; from < ids.size(); from += sql::kRowsPerStatement) {
        const size_t count = std::min(sql::kRowsPerStatement, ids.size() - from);
        QVariantList values;
        for (size_t i = from; i < from + count; ++i)
            values << ids[i];
        sql::Rows q = m_db.exec(kConversationColumns + QStringLiteral("WHERE c.id IN (%1)").arg(sql::repeatedRows(QStringLiteral("?"), count)),
                                values);
        while (q.next()) {
            ConversationInfo c = conversationFrom(q);
            batch.conversations.insert(c.id, std::move(c));
        }
    }
    m_batch = std::move(batch);
}

void ConversationStore::finishBatch()
{
    if (!m_batch)
        return;
    // One row per conversation however many messages it had in the batch: its state now, and
    // the first answer, which counts only if it had none before (COALESCE).
    const Batch batch = std::move(*m_batch);
    m_batch.reset();
    const QString row = QStringLiteral("(CAST(? AS BIGINT), CAST(? AS BIGINT), ?, CAST(? AS BIGINT), CAST(? AS BIGINT))");
    for (auto it = batch.changed.cbegin(); it != batch.changed.cend();) {
        QVariantList values;
        size_t count = 0;
        for (; it != batch.changed.cend() && count < sql::kRowsPerStatement; ++it, ++count) {
            const ConversationInfo c = batch.conversations.value(it.key());
            values << c.id << c.lastMessageAt << c.lastMessagePreview << c.waitingSince
                   << (it.value() > 0 ? QVariant(it.value()) : QVariant());
        }
        m_db.exec(QStringLiteral("WITH activity (id, at, preview, waiting, answered) AS (VALUES %1)"
                                 " UPDATE conversations SET last_message_at = activity.at, last_preview = activity.preview,"
                                 " waiting_since = activity.waiting,"
                                 " first_response_at = COALESCE(conversations.first_response_at, activity.answered)"
                                 " FROM activity WHERE conversations.id = activity.id")
                      .arg(sql::repeatedRows(row, count)),
                  values);
    }
}

namespace {
const QString kMessageColumns = QStringLiteral(
    "SELECT id, conversation_id, sender, author_id, sender_name, body, created_at, idem_key, event, event_args, image"
    " FROM messages ");

ChatMessage messageFrom(const sql::Rows& q)
{
    ChatMessage m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.sender = enumFromName<Sender>(q.value(2).toString()).value_or(Sender::System);
    m.authorId = q.value(3).toLongLong();
    m.senderName = q.value(4).toString();
    m.text = q.value(5).toString();
    m.at = q.value(6).toLongLong();
    m.key = q.value(7).toString();
    m.event = q.value(8).toString();
    for (const QString& arg : q.value(9).toString().split(kArgSeparator, Qt::SkipEmptyParts))
        m.args.push_back(arg);
    m.image = q.value(10).toString();
    return m;
}
} // namespace

std::optional<ChatMessage> ConversationStore::message(qint64 id)
{
    sql::Rows q = m_db.exec(kMessageColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return messageFrom(q);
}

std::vector<ChatMessage> ConversationStore::history(qint64 conversationId, qint64 beforeId, int limit, bool includeNotes,
                                                   bool* more)
{
    const qint64 before = beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max();
    sql::Rows q = m_db.exec(kMessageColumns + QStringLiteral("WHERE conversation_id = ? AND id < ? AND (? OR sender <> 'note')"
                                                             " ORDER BY id DESC LIMIT ?"),
                            {conversationId, before, includeNotes, limit + 1});
    std::vector<ChatMessage> out;
    while (q.next())
        out.push_back(messageFrom(q));
    *more = int(out.size()) > limit;
    if (*more)
        out.pop_back();
    std::reverse(out.begin(), out.end());
    return out;
}

std::vector<QueuedConversation> ConversationStore::waiting(qint64 teamId)
{
    finishBatch();
    std::vector<QueuedConversation> out;
    sql::Rows q = m_db.exec(QStringLiteral("SELECT c.id, cu.tier, c.created_at, c.topic FROM conversations c"
                                           " JOIN customers cu ON cu.id = c.customer_id"
                                           " WHERE c.status = 'waiting' AND COALESCE(c.team_id, 0) = ?"),
                            {teamId});
    while (q.next()) {
        out.push_back({q.value(0).toLongLong(),
                       enumFromName<CustomerTier>(q.value(1).toString()).value_or(CustomerTier::Regular),
                       q.value(2).toLongLong(), q.value(3).toString()});
    }
    std::sort(out.begin(), out.end(), RoutingPolicy::servesFirst);
    return out;
}

std::vector<qint64> ConversationStore::teamsWithWaiting()
{
    finishBatch();
    std::vector<qint64> out;
    sql::Rows q = m_db.exec(QStringLiteral("SELECT DISTINCT COALESCE(team_id, 0) FROM conversations WHERE status = 'waiting'"));
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

std::map<qint64, qint64> ConversationStore::waitingByTeam()
{
    finishBatch();
    std::map<qint64, qint64> out;
    sql::Rows teams = m_db.exec(QStringLiteral("SELECT id FROM teams"));
    while (teams.next())
        out[teams.value(0).toLongLong()] = 0;
    sql::Rows q = m_db.exec(QStringLiteral("SELECT COALESCE(team_id, 0), COUNT(*) FROM conversations"
                                           " WHERE status = 'waiting' GROUP BY COALESCE(team_id, 0)"));
    while (q.next())
        out[q.value(0).toLongLong()] = q.value(1).toLongLong();
    return out;
}

std::optional<protocol::CustomerProfile> ConversationStore::customer(qint64 customerId)
{
    sql::Rows q = m_db.exec(QStringLiteral("SELECT id, name, tier, tags, lifetime_value_cents, segment, notes, created_at"
                                           " FROM customers WHERE id = ?"), {customerId});
    if (!q.next())
        return std::nullopt;
    protocol::CustomerProfile p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.tier = enumFromName<CustomerTier>(q.value(2).toString()).value_or(CustomerTier::Regular);
    for (const QString& tag : q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.tags.push_back(tag.trimmed());
    p.lifetimeValueCents = q.value(4).toLongLong();
    p.segment = q.value(5).toString();
    p.notes = q.value(6).toString();
    p.since = q.value(7).toLongLong();
    return p;
}

std::vector<protocol::Order> ConversationStore::orders(qint64 customerId, int limit)
{
    std::vector<protocol::Order> out;
    QHash<qint64, size_t> index;
    sql::Rows q = m_db.exec(QStringLiteral("SELECT id, order_no, status, total_cents, created_at, carrier, tracking_no,"
                                           " logistics_state FROM orders WHERE customer_id = ?"
                                           " ORDER BY created_at DESC LIMIT ?"), {customerId, limit});
    while (q.next()) {
        protocol::Order o;
        o.id = q.value(0).toLongLong();
        o.orderNo = q.value(1).toString();
        o.status = q.value(2).toString();
        o.totalCents = q.value(3).toLongLong();
        o.createdAt = q.value(4).toLongLong();
        o.carrier = q.value(5).toString();
        o.trackingNo = q.value(6).toString();
        o.logisticsState = q.value(7).toString();
        index.insert(o.id, out.size());
        out.push_back(std::move(o));
    }
    if (out.empty())
        return out;
    sql::Rows items = m_db.exec(QStringLiteral("SELECT i.order_id, p.sku, p.name, i.quantity, i.price_cents, p.name_zh"
                                               " FROM order_items i JOIN orders o ON o.id = i.order_id"
                                               " JOIN products p ON p.id = i.product_id WHERE o.customer_id = ?"),
                                {customerId});
    while (items.next()) {
        const auto it = index.constFind(items.value(0).toLongLong());
        if (it == index.cend())
            continue;
        out[*it].items.push_back({items.value(1).toString(), items.value(2).toString(), items.value(3).toInt(),
                                  items.value(4).toLongLong(), items.value(5).toString()});
    }
    return out;
}

} // namespace agentdesk::server
