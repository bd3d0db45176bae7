#include "cache/LocalCache.h"

#include "policy/ConversationActivity.h"
#include "protocol/IdempotencyKey.h"
#include "protocol/RecordCodec.h"
#include "sql/SqlExec.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <optional>
#include <thread>

Q_LOGGING_CATEGORY(lcCache, "agentdesk.app.cache")

namespace agentdesk::app {

using namespace protocol;

namespace {
QAtomicInteger<int> g_counter;
// Cached conversations a decoding thread takes at least: fewer are decoded faster than a
// thread starts.
constexpr size_t kDecodeSliceMin = 1000;

// "12:0,40:2": reply id and script step of each reply used in an outbox message.
QString refsToText(const std::vector<ReplyRef>& refs)
{
    QStringList parts;
    for (const ReplyRef& ref : refs)
        parts << QStringLiteral("%1:%2").arg(ref.replyId).arg(ref.step);
    return parts.join(QLatin1Char(','));
}

std::vector<ReplyRef> refsFromText(const QString& text)
{
    std::vector<ReplyRef> refs;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pair = part.split(QLatin1Char(':'));
        bool idOk = false, stepOk = false;
        const qint64 id = pair.value(0).toLongLong(&idOk);
        const int step = pair.value(1).toInt(&stepOk);
        if (idOk && stepOk && id > 0 && step >= 0)
            refs.push_back({id, step});
    }
    return refs;
}

QString kindName(LocalCache::OutboxKind kind)
{
    switch (kind) {
    case LocalCache::OutboxKind::Message: return QStringLiteral("message");
    case LocalCache::OutboxKind::Note: return QStringLiteral("note");
    case LocalCache::OutboxKind::Close: return QStringLiteral("close");
    }
    return {};
}

LocalCache::OutboxKind kindFromName(const QString& name)
{
    if (name == QLatin1String("note"))
        return LocalCache::OutboxKind::Note;
    if (name == QLatin1String("close"))
        return LocalCache::OutboxKind::Close;
    return LocalCache::OutboxKind::Message;
}
const QString kMarker = QStringLiteral("agentdesk-cache");

class Transaction {
public:
    // Events applied in a burst are committed first: this write must not wait for them, nor
    // share their fate.
    Transaction(LocalCache& cache, QSqlDatabase& db)
        : m_db(db)
    {
        cache.endEvents();
        sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~Transaction()
    {
        if (!m_done) {
            try {
                sql::exec(m_db, QStringLiteral("ROLLBACK"));
            } catch (const sql::SqlError&) {
            }
        }
    }
    void commit()
    {
        sql::exec(m_db, QStringLiteral("COMMIT"));
        m_done = true;
    }

private:
    QSqlDatabase& m_db;
    bool m_done = false;
};
} // namespace

LocalCache::LocalCache(QString path, QString serverUrl, QString user)
    : m_path(std::move(path))
    , m_serverUrl(std::move(serverUrl))
    , m_user(std::move(user))
    , m_connection(QStringLiteral("agentdesk-cache-%1").arg(g_counter.fetchAndAddRelaxed(1)))
{
}

LocalCache::~LocalCache()
{
    if (m_inEvents) {
        try {
            endEvents();
        } catch (const sql::SqlError&) {
        }
    }
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString LocalCache::defaultPath(const QString& serverUrl, const QString& user)
{
    const QByteArray id = QCryptographicHash::hash((serverUrl + QLatin1Char('\n') + user).toUtf8(), QCryptographicHash::Sha256);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("cache/%1.sqlite").arg(QString::fromLatin1(id.toHex().left(20))));
}

bool LocalCache::openFile(QString* error)
{
    QFileInfo(m_path).absoluteDir().mkpath(QStringLiteral("."));
    if (!m_db.isValid())
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        *error = tr("cannot open the cache %1: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    return true;
}

bool LocalCache::isUsable(Unusable* why)
{
    try {
        if (QFile::exists(damageMarker(m_path))) {
            *why = {QT_TR_NOOP("it was found damaged when it was last checked"), {}};
            return false;
        }
        // Only the tables the first screen reads are checked here: checking a long message
        // history would slow every start (40 ms for 200,000 messages). The whole file is checked
        // later, in the background (checkFile).
        QStringList checked;
        QSqlQuery names = sql::exec(m_db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'messages'"));
        while (names.next())
            checked << names.value(0).toString();
        for (const QString& table : std::as_const(checked)) {
            const QString check = sql::scalar(m_db, QStringLiteral("PRAGMA quick_check(%1)").arg(table)).toString();
            if (check != QLatin1String("ok")) {
                *why = {QT_TR_NOOP("the file is damaged (%1)"), check.left(80)};
                return false;
            }
        }
        const int version = sql::scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt();
        const qint64 tables = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).toLongLong();
        if (version == 0 && tables == 0)
            return true;  // a new, empty file
        if (version > kSchemaVersion) {
            *why = {QT_TR_NOOP("it was written by a newer AgentDesk (cache version %1)"), QString::number(version)};
            return false;
        }
        if (version < 1 || meta(QStringLiteral("marker")).toString() != kMarker) {
            *why = {QT_TR_NOOP("it is not an AgentDesk cache"), {}};
            return false;
        }
        if (meta(QStringLiteral("server")).toString() != m_serverUrl || meta(QStringLiteral("user")).toString() != m_user) {
            *why = {QT_TR_NOOP("it belongs to another user or server"), {}};
            return false;
        }
        return true;
    } catch (const sql::SqlError& e) {
        *why = {QT_TR_NOOP("it cannot be read (%1)"), QString::fromUtf8(e.what())};
        return false;
    }
}

QString LocalCache::damageMarker(const QString& path)
{
    return path + QStringLiteral(".damaged");
}

QString LocalCache::checkFile(const QString& path)
{
    const QString connection = QStringLiteral("agentdesk-cache-check-%1").arg(g_counter.fetchAndAddRelaxed(1));
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = db.lastError().text();
        } else {
            try {
                result = sql::scalar(db, QStringLiteral("PRAGMA quick_check")).toString();
            } catch (const sql::SqlError& e) {
                result = QString::fromUtf8(e.what());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

bool LocalCache::markDamaged(const QString& path, const QString& check)
{
    QFile marker(damageMarker(path));
    return marker.open(QIODevice::WriteOnly) && marker.write(check.toUtf8()) >= 0;
}

void LocalCache::setAside(const Unusable& why)
{
    QFile::remove(damageMarker(m_path));
    m_inEvents = false;
    m_statements.clear();
    m_db.close();
    const QString aside = m_path + QStringLiteral(".unusable-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QFile::rename(m_path, aside);
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    const auto withDetail = [&why](QString reason) { return why.detail.isEmpty() ? reason : reason.arg(why.detail); };
    // The log stays in English for whoever supports the user; the notice is in the user's language.
    qCWarning(lcCache).noquote() << QStringLiteral("The local cache could not be used because %1. It was set aside as %2.")
                                        .arg(withDetail(QString::fromLatin1(why.reason)), aside);
    m_notice = tr("The local cache could not be used because %1. It was set aside as %2 and a new one "
                  "is being filled from the server.").arg(withDetail(tr(why.reason)), aside);
}

bool LocalCache::open(QString* error)
{
    if (!openFile(error))
        return false;
    Unusable why;
    if (!isUsable(&why)) {
        setAside(why);
        if (!openFile(error))
            return false;
    }
    try {
        sql::exec(m_db, QStringLiteral("PRAGMA journal_mode=WAL"));
        sql::exec(m_db, QStringLiteral("PRAGMA synchronous=NORMAL"));
        if (sql::scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt() == 0)
            createSchema();
        migrate();
    } catch (const sql::SqlError& e) {
        *error = tr("cannot prepare the cache %1: %2").arg(m_path, QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

void LocalCache::createSchema()
{
    Transaction tx(*this, m_db);
    for (const char* statement : {
             "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
             "CREATE TABLE conversations (id INTEGER PRIMARY KEY, last_message_at INTEGER NOT NULL, record TEXT NOT NULL)",
             "CREATE TABLE messages (id INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL, record TEXT NOT NULL)",
             "CREATE INDEX messages_by_conversation ON messages (conversation_id, id)",
             "CREATE TABLE drafts (conversation_id INTEGER PRIMARY KEY, text TEXT NOT NULL)",
             "CREATE TABLE outbox (local_id INTEGER PRIMARY KEY AUTOINCREMENT, idem_key TEXT NOT NULL UNIQUE,"
             " kind TEXT NOT NULL DEFAULT 'message', conversation_id INTEGER NOT NULL, text TEXT NOT NULL, created_at INTEGER NOT NULL,"
             " state TEXT NOT NULL DEFAULT 'pending', error TEXT NOT NULL DEFAULT '')",
         })
        sql::exec(m_db, QLatin1String(statement));
    // Created as version 1 and brought up to date by migrate(), like every older cache.
    setMeta(QStringLiteral("marker"), kMarker);
    setMeta(QStringLiteral("server"), m_serverUrl);
    setMeta(QStringLiteral("user"), m_user);
    setMeta(QStringLiteral("last_seq"), 0);
    sql::exec(m_db, QStringLiteral("PRAGMA user_version = 1"));
    tx.commit();
}

void LocalCache::migrate()
{
    // Older caches are upgraded in place: their outbox may hold unsent work.
    if (sql::scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt() < 2) {
        Transaction tx(*this, m_db);
        sql::exec(m_db, QStringLiteral("ALTER TABLE outbox ADD COLUMN replies TEXT NOT NULL DEFAULT ''"));
        sql::exec(m_db, QStringLiteral("CREATE TABLE library (id INTEGER PRIMARY KEY, record TEXT NOT NULL)"));
        sql::exec(m_db, QStringLiteral("CREATE TABLE library_mine (reply_id INTEGER PRIMARY KEY, uses INTEGER NOT NULL DEFAULT 0,"
                                       " favorite INTEGER NOT NULL DEFAULT 0)"));
        sql::exec(m_db, QStringLiteral("PRAGMA user_version = 2"));
        tx.commit();
    }
    if (sql::scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt() < 3) {
        Transaction tx(*this, m_db);
        sql::exec(m_db, QStringLiteral("ALTER TABLE outbox ADD COLUMN recommendation TEXT NOT NULL DEFAULT ''"));
        sql::exec(m_db, QStringLiteral("PRAGMA user_version = 3"));
        tx.commit();
    }
    if (sql::scalar(m_db, QStringLiteral("PRAGMA user_version")).toInt() < 4) {
        Transaction tx(*this, m_db);
        sql::exec(m_db, QStringLiteral("ALTER TABLE outbox ADD COLUMN image TEXT NOT NULL DEFAULT ''"));
        sql::exec(m_db, QStringLiteral("CREATE TABLE images (id TEXT PRIMARY KEY, bytes BLOB NOT NULL)"));
        sql::exec(m_db, QStringLiteral("CREATE TABLE draft_images (conversation_id INTEGER PRIMARY KEY, image_id TEXT NOT NULL)"));
        sql::exec(m_db, QStringLiteral("PRAGMA user_version = 4"));
        tx.commit();
    }
}

void LocalCache::exec(const QString& sql, std::initializer_list<QVariant> bindings)
{
    m_statements.exec(m_db, sql, std::span<const QVariant>(bindings.begin(), bindings.size()));
}

void LocalCache::setMeta(const QString& key, const QVariant& value)
{
    exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {key, value});
}

QVariant LocalCache::meta(const QString& key)
{
    return sql::scalar(m_db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
}

qint64 LocalCache::lastSeq()
{
    return meta(QStringLiteral("last_seq")).toLongLong();
}

QString LocalCache::token()
{
    return meta(QStringLiteral("token")).toString();
}

void LocalCache::setToken(const QString& token)
{
    setMeta(QStringLiteral("token"), token);
}

qint64 LocalCache::slaMs()
{
    return meta(QStringLiteral("sla_ms")).toLongLong();
}

void LocalCache::setSlaMs(qint64 ms)
{
    setMeta(QStringLiteral("sla_ms"), ms);
}

void LocalCache::upsertConversation(const ConversationInfo& c)
{
    exec(QStringLiteral("INSERT INTO conversations (id, last_message_at, record) VALUES (?, ?, ?)"
                                   " ON CONFLICT (id) DO UPDATE SET last_message_at = excluded.last_message_at, record = excluded.record"),
              {c.id, c.lastMessageAt, QString::fromUtf8(RecordCodec::encode(c))});
}

void LocalCache::upsertMessage(const ChatMessage& m)
{
    exec(QStringLiteral("INSERT INTO messages (id, conversation_id, record) VALUES (?, ?, ?)"
                                   " ON CONFLICT (id) DO UPDATE SET record = excluded.record"),
              {m.id, m.conversationId, QString::fromUtf8(RecordCodec::encode(m))});
}

void LocalCache::upsertReply(const Reply& r)
{
    exec(QStringLiteral("INSERT INTO library (id, record) VALUES (?, ?)"
                                   " ON CONFLICT (id) DO UPDATE SET record = excluded.record"),
              {r.id, QString::fromUtf8(RecordCodec::encode(r))});
}

void LocalCache::beginEvents()
{
    if (m_inEvents)
        return;
    endEvents();
    sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_inEvents = true;
}

void LocalCache::endEvents()
{
    if (!m_inEvents)
        return;
    m_inEvents = false;
    try {
        sql::exec(m_db, QStringLiteral("COMMIT"));
    } catch (const sql::SqlError&) {
        rollbackEvents();
        throw;
    }
}

void LocalCache::rollbackEvents()
{
    m_inEvents = false;
    try {
        sql::exec(m_db, QStringLiteral("ROLLBACK"));
    } catch (const sql::SqlError&) {
        // No transaction left to roll back: SQLite ended it with the error.
    }
}

std::optional<ConversationInfo> LocalCache::applyEvent(const Frame& event)
{
    std::optional<Transaction> own;
    if (!m_inEvents)
        own.emplace(*this, m_db);
    std::optional<ConversationInfo> changed;
    if (const auto* update = event.as<ConversationUpdated>())
        upsertConversation(update->conversation);
    else if (const auto* message = event.as<MessageNew>()) {
        upsertMessage(message->message);
        // Not yet cached: a newly assigned conversation, whose conversation.updated follows.
        changed = conversation(message->message.conversationId);
        if (changed && ConversationActivity::apply(*changed, message->message))
            upsertConversation(*changed);
        else
            changed.reset();
    } else if (const auto* library = event.as<LibraryUpdated>()) {
        if (library->deleted)
            sql::exec(m_db, QStringLiteral("DELETE FROM library WHERE id = ?"), {library->reply.id});
        else
            upsertReply(library->reply);
    }
    if (event.seq > 0)
        setMeta(QStringLiteral("last_seq"), event.seq);
    if (own)
        own->commit();
    return changed;
}

void LocalCache::applySnapshot(const std::vector<ConversationInfo>& conversations, qint64 head)
{
    Transaction tx(*this, m_db);
    sql::exec(m_db, QStringLiteral("DELETE FROM conversations"));
    for (const ConversationInfo& c : conversations)
        upsertConversation(c);
    setMeta(QStringLiteral("last_seq"), head);
    tx.commit();
}

void LocalCache::storeMessages(const std::vector<ChatMessage>& messages)
{
    Transaction tx(*this, m_db);
    for (const ChatMessage& m : messages)
        upsertMessage(m);
    tx.commit();
}

std::vector<ConversationInfo> LocalCache::conversations()
{
    // As bytes: read as text, each record would go from UTF-8 to UTF-16 and back before parsing.
    // In the table's order, sorted below: SQLite would sort the whole records.
    std::vector<QByteArray> records;
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT CAST(record AS BLOB) FROM conversations"));
    while (q.next())
        records.push_back(q.value(0).toByteArray());

    // Decoding is most of the start with thousands of conversations: in slices on as many
    // threads as there are cores (the records are independent, the codec keeps no state).
    std::vector<ConversationInfo> out(records.size());
    std::vector<char> readable(records.size(), 0);
    const auto decodeSlice = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i) {
            if (auto c = RecordCodec::decode<ConversationInfo>(records[i])) {
                out[i] = std::move(*c);
                readable[i] = 1;
            }
        }
    };
    const size_t slices = std::clamp<size_t>(records.size() / kDecodeSliceMin, 1, size_t(std::max(1, QThread::idealThreadCount())));
    const size_t sliceSize = (records.size() + slices - 1) / slices;
    {
        std::vector<std::jthread> helpers;
        for (size_t from = sliceSize; from < records.size(); from += sliceSize)
            helpers.emplace_back(decodeSlice, from, std::min(from + sliceSize, records.size()));
        decodeSlice(0, std::min(sliceSize, records.size()));
    }
    size_t kept = 0;
    for (size_t i = 0; i < out.size(); ++i) {
        if (!readable[i])
            qCWarning(lcCache) << "a cached conversation does not decode and is not shown";
        else if (kept++ != i)
            out[kept - 1] = std::move(out[i]);
    }
    out.resize(kept);
    std::sort(out.begin(), out.end(), [](const ConversationInfo& a, const ConversationInfo& b) {
        return a.lastMessageAt != b.lastMessageAt ? a.lastMessageAt > b.lastMessageAt : a.id > b.id;
    });
    return out;
}

std::optional<ConversationInfo> LocalCache::conversation(qint64 id)
{
    // Read for every pushed message: a kept statement.
    const QVariant key(id);
    sql::Rows q = m_statements.exec(m_db, QStringLiteral("SELECT record FROM conversations WHERE id = ?"), std::span(&key, 1));
    if (!q.next())
        return std::nullopt;
    return RecordCodec::decode<ConversationInfo>(q.value(0).toString().toUtf8());
}

std::vector<ChatMessage> LocalCache::messages(qint64 conversationId)
{
    std::vector<ChatMessage> out;
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT record FROM messages WHERE conversation_id = ? ORDER BY id"),
                            {conversationId});
    while (q.next()) {
        if (auto m = RecordCodec::decode<ChatMessage>(q.value(0).toString().toUtf8()))
            out.push_back(std::move(*m));
    }
    return out;
}

QString LocalCache::draft(qint64 conversationId)
{
    return sql::scalar(m_db, QStringLiteral("SELECT text FROM drafts WHERE conversation_id = ?"), {conversationId}).toString();
}

void LocalCache::setDraft(qint64 conversationId, const QString& text)
{
    if (text.isEmpty())
        sql::exec(m_db, QStringLiteral("DELETE FROM drafts WHERE conversation_id = ?"), {conversationId});
    else
        sql::exec(m_db, QStringLiteral("INSERT INTO drafts (conversation_id, text) VALUES (?, ?)"
                                       " ON CONFLICT (conversation_id) DO UPDATE SET text = excluded.text"),
                  {conversationId, text});
}

QString LocalCache::draftImage(qint64 conversationId)
{
    return sql::scalar(m_db, QStringLiteral("SELECT image_id FROM draft_images WHERE conversation_id = ?"), {conversationId})
        .toString();
}

void LocalCache::setDraftImage(qint64 conversationId, const QString& imageId)
{
    if (imageId.isEmpty())
        sql::exec(m_db, QStringLiteral("DELETE FROM draft_images WHERE conversation_id = ?"), {conversationId});
    else
        sql::exec(m_db, QStringLiteral("INSERT INTO draft_images (conversation_id, image_id) VALUES (?, ?)"
                                       " ON CONFLICT (conversation_id) DO UPDATE SET image_id = excluded.image_id"),
                  {conversationId, imageId});
}

LocalCache::OutboxItem LocalCache::enqueueMessage(qint64 conversationId, const QString& text, OutboxKind kind,
                                                  const MessageExtras& extras)
{
    OutboxItem item;
    item.kind = kind;
    item.key = protocol::newIdempotencyKey();
    item.conversationId = conversationId;
    item.text = text;
    item.createdAt = QDateTime::currentMSecsSinceEpoch();
    item.replies = extras.replies;
    item.recommendation = extras.recommendation;
    item.image = extras.image;
    item.localId = sql::scalar(m_db, QStringLiteral("INSERT INTO outbox (idem_key, kind, conversation_id, text, created_at,"
                                                    " replies, recommendation, image) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                                    " RETURNING local_id"),
                               {item.key, kindName(kind), conversationId, text, item.createdAt, refsToText(extras.replies),
                                extras.recommendation, extras.image})
                       .toLongLong();
    return item;
}

std::vector<LocalCache::OutboxItem> LocalCache::outbox()
{
    std::vector<OutboxItem> out;
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT local_id, kind, idem_key, conversation_id, text, created_at, state, error,"
                                                 " replies, recommendation, image FROM outbox ORDER BY local_id"));
    while (q.next()) {
        out.push_back({q.value(0).toLongLong(),
                       kindFromName(q.value(1).toString()),
                       q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toLongLong(),
                       q.value(6).toString() == QLatin1String("failed") ? OutboxState::Failed : OutboxState::Pending,
                       q.value(7).toString(), refsFromText(q.value(8).toString()), q.value(9).toString(), q.value(10).toString()});
    }
    return out;
}

void LocalCache::completeOutbox(const QString& key, const ChatMessage& stored)
{
    Transaction tx(*this, m_db);
    sql::exec(m_db, QStringLiteral("DELETE FROM outbox WHERE idem_key = ?"), {key});
    upsertMessage(stored);
    tx.commit();
}

void LocalCache::removeOutbox(const QString& key)
{
    sql::exec(m_db, QStringLiteral("DELETE FROM outbox WHERE idem_key = ?"), {key});
}

void LocalCache::storeConversation(const ConversationInfo& conversation)
{
    upsertConversation(conversation);
}

void LocalCache::failOutbox(const QString& key, const QString& error)
{
    sql::exec(m_db, QStringLiteral("UPDATE outbox SET state = 'failed', error = ? WHERE idem_key = ?"), {error, key});
}

void LocalCache::retryOutbox(const QString& key)
{
    sql::exec(m_db, QStringLiteral("UPDATE outbox SET state = 'pending', error = '' WHERE idem_key = ?"), {key});
}

void LocalCache::storeLibrary(const LibraryListOk& library)
{
    Transaction tx(*this, m_db);
    sql::exec(m_db, QStringLiteral("DELETE FROM library"));
    sql::exec(m_db, QStringLiteral("DELETE FROM library_mine"));
    for (const Reply& r : library.replies)
        upsertReply(r);
    for (const ReplyMine& m : library.mine) {
        sql::exec(m_db, QStringLiteral("INSERT INTO library_mine (reply_id, uses, favorite) VALUES (?, ?, ?)"),
                  {m.replyId, m.uses, m.favorite ? 1 : 0});
    }
    tx.commit();
}

LibraryListOk LocalCache::library()
{
    LibraryListOk out;
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT record FROM library ORDER BY id"));
    while (q.next()) {
        if (auto r = RecordCodec::decode<Reply>(q.value(0).toString().toUtf8()))
            out.replies.push_back(std::move(*r));
    }
    QSqlQuery mine = sql::exec(m_db, QStringLiteral("SELECT reply_id, uses, favorite FROM library_mine"));
    while (mine.next())
        out.mine.push_back({mine.value(0).toLongLong(), mine.value(1).toInt(), mine.value(2).toInt() != 0});
    return out;
}

void LocalCache::setFavorite(qint64 replyId, bool favorite)
{
    sql::exec(m_db, QStringLiteral("INSERT INTO library_mine (reply_id, favorite) VALUES (?, ?)"
                                   " ON CONFLICT (reply_id) DO UPDATE SET favorite = excluded.favorite"),
              {replyId, favorite ? 1 : 0});
}

void LocalCache::countUses(const std::vector<ReplyRef>& replies)
{
    for (const ReplyRef& ref : replies) {
        sql::exec(m_db, QStringLiteral("INSERT INTO library_mine (reply_id, uses) VALUES (?, 1)"
                                       " ON CONFLICT (reply_id) DO UPDATE SET uses = uses + 1"),
                  {ref.replyId});
    }
}

void LocalCache::storeImage(const QString& id, const QByteArray& bytes)
{
    sql::exec(m_db, QStringLiteral("INSERT OR REPLACE INTO images (id, bytes) VALUES (?, ?)"), {id, bytes});
}

QByteArray LocalCache::image(const QString& id)
{
    return sql::scalar(m_db, QStringLiteral("SELECT bytes FROM images WHERE id = ?"), {id}).toByteArray();
}

} // namespace agentdesk::app
