#include "workspace/WorkspaceSession.h"

#include "sql/SqlExec.h"

#include "protocol/IdempotencyKey.h"
#include "policy/ConversationAccess.h"
#include "policy/SlaPolicy.h"
#include "policy/SupervisorAccess.h"
#include "recommend/RecommendationPolicy.h"

#include <QThread>

#include <algorithm>
#include <memory>

namespace agentdesk::app {

using namespace protocol;

namespace {
constexpr size_t kMaxRepliesPerMessage = 10;  // message.send's limit on "replies"
constexpr int kCacheCheckDelayMs = 3000;        // after the start, not competing with it
}

WorkspaceSession::WorkspaceSession(SyncEngine::Credentials credentials, const QString& cachePath,
                                   const QString& cacheIdentity, QObject* parent)
    : QObject(parent)
    , m_cache(cachePath, cacheIdentity, credentials.user)
{
    m_engine = std::make_unique<SyncEngine>(m_cache, std::move(credentials));
    m_library = std::make_unique<ReplyLibrary>(m_cache, *m_engine);
    m_images = std::make_unique<ImageCache>(m_cache, *m_engine);
    m_coupons = std::make_unique<CouponDesk>(*m_engine);
    m_floor = std::make_unique<FloorWatch>(*m_engine);
    // Beside the cache, which is one per server and user: an attempt goes to the server it was made for.
    m_training = std::make_unique<TrainingDesk>(*m_engine, cachePath + QStringLiteral(".training-outbox"));
    connect(m_training.get(), &TrainingDesk::problem, this, &WorkspaceSession::problem);
    connect(m_coupons.get(), &CouponDesk::problem, this, &WorkspaceSession::problem);
    connect(m_images.get(), &ImageCache::imageArrived, &m_messages, &MessageListModel::imageArrived);
    connect(m_library.get(), &ReplyLibrary::problem, this, &WorkspaceSession::problem);
    m_filtered.setSourceModel(&m_conversations);
    connect(m_engine.get(), &SyncEngine::signedIn, this, [this](const Principal& p) {
        m_me = p;
        m_coupons->setMe(p);
        m_training->setMe(p);
        m_filtered.setOwner(p.id);
        // Leads watch their floor from sign-in on, so that an SLA alert reaches them in the
        // workspace too.
        if (SupervisorAccess::supervises(p) && !m_floor->running())
            m_floor->start();
        emit signedIn();
    });
    // Signing in to the workspace means being available; the reply also tells the capacity.
    connect(m_engine.get(), &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state == SyncEngine::State::Online && !m_presenceAnnounced) {
            m_presenceAnnounced = true;
            setPresence(PresenceStatus::Online);
        }
    });
    connect(m_engine.get(), &SyncEngine::snapshotLoaded, this, [this] { m_conversations.reset(m_cache.conversations()); });
    connect(m_engine.get(), &SyncEngine::conversationChanged, this, &WorkspaceSession::onConversationChanged);
    connect(m_engine.get(), &SyncEngine::messageArrived, this, &WorkspaceSession::onMessageArrived);
    // At once for a single message, but at most every 100 ms while a burst lasts: a catch-up
    // replays thousands of events, and reading the open conversation again for each (or for
    // each slice of them) would make it quadratic.
    m_messagesReload.setSingleShot(true);
    connect(&m_messagesReload, &QTimer::timeout, this, &WorkspaceSession::reloadMessages);
    connect(m_engine.get(), &SyncEngine::messagesChanged, this, [this](qint64 id) {
        if (id != m_current || m_messagesReload.isActive())
            return;
        constexpr qint64 kMinInterval = 100;
        const qint64 since = m_lastMessagesReload.isValid() ? m_lastMessagesReload.elapsed() : kMinInterval;
        m_messagesReload.start(int(std::max<qint64>(0, kMinInterval - since)));
    });
    connect(m_engine.get(), &SyncEngine::outboxChanged, this, &WorkspaceSession::reloadMessages);
    connect(m_engine.get(), &SyncEngine::historyLoaded, this,
            [this](qint64, qint64 beforeId, bool ok, qint64 oldestId, bool more, int tag) { onHistoryLoaded(beforeId, ok, oldestId, more, tag); });
    connect(m_engine.get(), &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state == SyncEngine::State::Online && m_current != 0) {
            loadNewestHistory();
            requestProfile();
            requestRecommendations();
        }
    });
    // A burst of customer messages asks once.
    m_recommendationDelay.setSingleShot(true);
    m_recommendationDelay.setInterval(400);
    connect(&m_recommendationDelay, &QTimer::timeout, this, &WorkspaceSession::requestRecommendations);
}

WorkspaceSession::~WorkspaceSession()
{
    m_cacheCheckDelay.stop();
    if (m_cacheCheck) {
        m_cacheCheck->disconnect(this);
        m_cacheCheck->wait();
        delete m_cacheCheck.data();
    }
    m_engine->stop();
}

bool WorkspaceSession::open(QString* error)
{
    if (!m_cache.open(error))
        return false;
    // Instant start: the cached conversations and library show before the server answers.
    m_conversations.reset(m_cache.conversations());
    m_library->reload();
    // open() checked only what the first screen reads; the whole file is checked once the start
    // is over, on another thread.
    m_cacheCheckDelay.setSingleShot(true);
    m_cacheCheckDelay.setInterval(kCacheCheckDelayMs);
    connect(&m_cacheCheckDelay, &QTimer::timeout, this, &WorkspaceSession::checkCache, Qt::UniqueConnection);
    m_cacheCheckDelay.start();
    return true;
}

void WorkspaceSession::checkCache()
{
    const QString path = m_cache.path();
    auto result = std::make_shared<QString>();
    m_cacheCheck = QThread::create([path, result] { *result = LocalCache::checkFile(path); });
    connect(m_cacheCheck.data(), &QThread::finished, this, [this, path, result] {
        m_cacheCheck->deleteLater();
        if (*result == QLatin1String("ok"))
            return;
        LocalCache::markDamaged(path, *result);
        emit problem(tr("The local cache is damaged (%1). It will be set aside and rebuilt from the server when "
                        "AgentDesk starts next.").arg(result->left(80)));
    });
    m_cacheCheck->start(QThread::LowPriority);
}

void WorkspaceSession::start()
{
    m_engine->start();
}

void WorkspaceSession::onConversationChanged(const ConversationInfo& c)
{
    const bool isNew = m_conversations.find(c.id) == nullptr;
    m_conversations.upsert(c);
    if (isNew && c.status == ConversationStatus::Assigned && c.agentId == m_me.id)
        emit attention(c.id, tr("New conversation"), tr("%1 is waiting for you").arg(c.customerName));
    if (c.id == m_current)
        updateCouponConversation();
    if (c.id == m_current && (c.status == ConversationStatus::Closed || c.agentId != m_me.id) && !m_recommendations.empty()) {
        m_recommendations.clear();  // nothing to offer in a closed or handed-over conversation
        emit recommendationsChanged();
    }
}

void WorkspaceSession::onMessageArrived(const ChatMessage& m)
{
    if (m.sender != Sender::Customer)
        return;
    if (m.conversationId == m_current) {
        m_recommendationDelay.start();
        m_coupons->refresh();  // a price objection may open a coupon
    }
    if (m.conversationId != m_current)
        m_conversations.addUnread(m.conversationId);
    emit attention(m.conversationId, m.senderName, m.text);
}

void WorkspaceSession::select(qint64 conversationId)
{
    if (conversationId == m_current)
        return;
    m_current = conversationId;
    m_filtered.setPinned(conversationId);
    m_conversations.markRead(conversationId);
    m_profile.reset();
    m_recommendations.clear();
    m_sentHere.clear();
    m_history = History{++m_openings};
    reloadMessages();
    if (conversationId != 0 && !m_attached.contains(conversationId)) {
        try {
            if (const QString kept = m_cache.draftImage(conversationId); !kept.isEmpty())
                m_attached.insert(conversationId, kept);
        } catch (const sql::SqlError& e) {
            emit problem(tr("The local cache cannot be read: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    updateCouponConversation();
    emit currentChanged(conversationId);
    emit attachmentChanged();
    emit profileChanged();
    emit recommendationsChanged();
    emit historyChanged();
    if (conversationId != 0 && m_engine->state() == SyncEngine::State::Online) {
        loadNewestHistory();
        requestProfile();
        requestRecommendations();
    }
}

qint64 WorkspaceSession::slaMs()
{
    try {
        if (const qint64 ms = m_cache.slaMs(); ms > 0)
            return ms;
    } catch (const sql::SqlError&) {
        // An unreadable cache is reported where it is read for the user's data; the default serves.
    }
    return SlaPolicy::kDefaultTargetMs;
}

void WorkspaceSession::loadNewestHistory()
{
    m_history.loadingNewest = true;
    m_engine->loadHistory(m_current, 0, m_history.opening);
}

bool WorkspaceSession::canLoadEarlier() const
{
    return m_history.more && !m_history.loadingNewest && !m_history.loadingEarlier && m_engine->state() == SyncEngine::State::Online;
}

void WorkspaceSession::loadEarlier()
{
    if (!canLoadEarlier())
        return;
    m_history.loadingEarlier = true;
    emit historyChanged();
    m_engine->loadHistory(m_current, m_history.oldestId, m_history.opening);
}

void WorkspaceSession::onHistoryLoaded(qint64 beforeId, bool ok, qint64 oldestId, bool more, int opening)
{
    if (opening != m_history.opening)
        return;  // another conversation's, or an earlier opening's
    (beforeId == 0 ? m_history.loadingNewest : m_history.loadingEarlier) = false;
    // The newest page again (after a reconnect) says nothing of the older pages already fetched.
    const bool extends = beforeId == 0 ? m_history.oldestId == 0 : beforeId == m_history.oldestId;
    if (ok && extends) {
        if (oldestId != 0)
            m_history.oldestId = oldestId;
        m_history.more = more;
    }
    emit historyChanged();
}

void WorkspaceSession::updateCouponConversation()
{
    // The server's rule for who grants: whoever may reply (the assigned agent, while it is open).
    const ConversationInfo* c = currentConversation();
    m_coupons->setConversation(m_current, c && ConversationAccess::canReply(m_me, *c));
}

void WorkspaceSession::reloadMessages()
{
    m_messagesReload.stop();
    m_lastMessagesReload.start();
    try {
        m_messages.load(m_current, m_current ? m_cache.messages(m_current) : std::vector<ChatMessage>{}, m_cache.outbox(),
                        m_me.name);
    } catch (const sql::SqlError& e) {
        emit problem(tr("The local cache cannot be read: %1").arg(QString::fromUtf8(e.what())));
    }
}

void WorkspaceSession::requestProfile()
{
    const qint64 id = m_current;
    m_engine->client().request(CustomerProfileGet{id}, [this, id](const Frame& reply) {
        if (id != m_current)
            return;
        if (const auto* ok = reply.as<CustomerProfileOk>())
            m_profile = *ok;
        else
            m_profile.reset();
        emit profileChanged();
    });
}

void WorkspaceSession::requestRecommendations()
{
    const ConversationInfo* c = currentConversation();
    if (!c || c->status == ConversationStatus::Closed || c->agentId != m_me.id
        || m_engine->state() != SyncEngine::State::Online)
        return;
    const qint64 id = m_current;
    const int round = m_recommendationRound;
    m_engine->client().request(RecommendationsGet{id}, [this, id, round](const Frame& reply) {
        if (id != m_current || round != m_recommendationRound)
            return;
        const auto* ok = reply.as<RecommendationsOk>();
        if (!ok)
            return;  // a conversation just handed away, or closed: no cards
        m_recommendations = ok->recommendations;
        m_remainingAddOns = ok->remaining;
        m_sentHere.clear();
        emit recommendationsChanged();
    });
}

void WorkspaceSession::applyPolicy()
{
    ConversationFacts facts;
    if (m_profile) {
        facts.customer = m_profile->customer;
        facts.orders = m_profile->orders;
    }
    facts.sentSkus = m_sentHere;
    RecommendationSettings settings;
    // The server counted what was sent before the cards came; these are what is left of it.
    settings.maxAddOnsPerConsultation = m_remainingAddOns;
    for (Recommendation& r : m_recommendations) {
        if (!r.allowed)
            continue;
        const auto verdict = RecommendationPolicy::check(facts, r.sku, settings);
        r.allowed = verdict == RecommendationPolicy::Verdict::Allowed;
        r.refusal = RecommendationPolicy::code(verdict);
    }
    std::erase_if(m_recommendations, [](const Recommendation& r) {
        return r.refusal == RecommendationPolicy::code(RecommendationPolicy::Verdict::AlreadySent);
    });
    emit recommendationsChanged();
}

bool WorkspaceSession::sendRecommendation(const QString& sku)
{
    const auto card = std::find_if(m_recommendations.begin(), m_recommendations.end(),
                                   [&](const Recommendation& r) { return r.sku == sku; });
    if (card == m_recommendations.end())
        return false;
    if (!card->allowed) {
        emit problem(tr("The recommendation policy does not allow offering %1 now.").arg(card->name));
        return false;
    }
    if (!acceptable(card->sentence))
        return false;
    const auto item = m_engine->sendMessage(m_current, card->sentence, {{}, sku, {}});
    if (!item)
        return false;
    emit messageQueued(m_current, item->key, false, true);
    m_sentHere.push_back(sku);
    ++m_recommendationRound;
    applyPolicy();
    return true;
}

void WorkspaceSession::dismissRecommendation(const QString& sku)
{
    if (!requireOnline(tr("You are offline; dismissing a suggestion needs the connection.")))
        return;
    const qint64 id = m_current;
    m_engine->client().request(RecommendationDismiss{newIdempotencyKey(), id, sku}, [this, id, sku](const Frame& reply) {
        if (id != m_current)
            return;
        if (const auto* error = reply.as<protocol::Error>()) {
            emit problem(tr("The suggestion was not dismissed: %1").arg(error->message));
            return;
        }
        std::erase_if(m_recommendations, [&](const Recommendation& r) { return r.sku == sku; });
        emit recommendationsChanged();
    });
}

bool WorkspaceSession::requireOnline(const QString& offlineMessage)
{
    if (m_engine->state() == SyncEngine::State::Online)
        return true;
    emit problem(offlineMessage);
    return false;
}

bool WorkspaceSession::acceptable(const QString& text)
{
    if (m_current == 0 || text.trimmed().isEmpty())
        return false;
    // The protocol's limit, checked here too so that the outbox never holds what the server refuses.
    if (text.size() > protocol::rules::kMessageText.maxLength) {
        emit problem(tr("The message is too long: %1 characters, at most %2.").arg(text.size()).arg(protocol::rules::kMessageText.maxLength));
        return false;
    }
    return true;
}

bool WorkspaceSession::filledIn(const QString& text)
{
    const auto left = ReplyTemplate::placeholders(text);
    if (left.empty())
        return true;
    QStringList names;
    for (const auto& p : left)
        names << p.token;
    emit problem(tr("Fill in %1 before sending: the customer must never see a placeholder.").arg(names.join(QStringLiteral(", "))));
    return false;
}

bool WorkspaceSession::send(const QString& text)
{
    if (!acceptable(text) || !filledIn(text))
        return false;
    const std::vector<ReplyRef> refs = m_inserted.value(m_current);
    const auto item = m_engine->sendMessage(m_current, text, {refs, {}, attachedImage()});
    if (!item)
        return false;
    emit messageQueued(m_current, item->key, !refs.empty(), false);
    m_library->countUses(refs);
    m_inserted.remove(m_current);
    clearAttachment();
    saveDraft(m_current, QString());
    return true;
}

bool WorkspaceSession::sendReply(const PreparedReply& prepared, const QString& text)
{
    if (!acceptable(text) || !filledIn(text))
        return false;
    const ReplyRef& ref = prepared.ref;
    const auto item = m_engine->sendMessage(m_current, text, {{ref}, {}, prepared.image});
    if (!item)
        return false;
    emit messageQueued(m_current, item->key, true, false);
    m_library->countUses({ref});
    m_scriptSteps[m_current][ref.replyId] = ref.step + 1;
    return true;
}

void WorkspaceSession::attachImage(const QString& imageId, qint64 conversationId)
{
    const qint64 target = conversationId != 0 ? conversationId : m_current;
    if (target == 0 || m_attached.value(target) == imageId)
        return;
    if (imageId.isEmpty())
        m_attached.remove(target);
    else
        m_attached.insert(target, imageId);
    try {
        m_cache.setDraftImage(target, imageId);
    } catch (const sql::SqlError& e) {
        emit problem(tr("The local cache cannot be written: %1").arg(QString::fromUtf8(e.what())));
    }
    if (target == m_current)
        emit attachmentChanged();
}

std::optional<WorkspaceSession::PreparedReply> WorkspaceSession::prepareReply(qint64 replyId, int step)
{
    const Reply* reply = m_library->find(replyId);
    if (!reply || m_current == 0)
        return std::nullopt;
    PreparedReply prepared;
    prepared.ref.replyId = replyId;
    QString body = reply->body;
    if (reply->isScript()) {
        const int last = int(reply->steps.size()) - 1;
        prepared.ref.step = std::clamp(step < 0 ? nextStep(replyId) : step, 0, last);
        body = reply->steps[size_t(prepared.ref.step)].body;
    } else {
        prepared.image = reply->image;
    }
    prepared.filled = ReplyTemplate::fill(body, replyFacts());
    return prepared;
}

void WorkspaceSession::noteInserted(const ReplyRef& ref)
{
    if (m_current == 0)
        return;
    auto& refs = m_inserted[m_current];
    const bool known = std::any_of(refs.begin(), refs.end(),
                                   [&](const ReplyRef& r) { return r.replyId == ref.replyId && r.step == ref.step; });
    if (!known && refs.size() < kMaxRepliesPerMessage)
        refs.push_back(ref);
    m_scriptSteps[m_current][ref.replyId] = ref.step + 1;
    if (const Reply* reply = m_library->find(ref.replyId); reply && !reply->isScript() && !reply->image.isEmpty())
        attachImage(reply->image);
}

int WorkspaceSession::nextStep(qint64 replyId) const
{
    const Reply* reply = m_library->find(replyId);
    if (!reply || !reply->isScript())
        return 0;
    return std::min(m_scriptSteps.value(m_current).value(replyId), int(reply->steps.size()) - 1);
}

QHash<QString, QString> WorkspaceSession::replyFacts() const
{
    QHash<QString, QString> facts;
    facts.insert(QStringLiteral("agent.name"), m_me.name);
    if (const ConversationInfo* c = currentConversation()) {
        facts.insert(QStringLiteral("customer.name"), c->customerName);
        facts.insert(QStringLiteral("customer.tier"), tierName(c->customerTier));
    }
    if (m_profile) {
        facts.insert(QStringLiteral("customer.name"), m_profile->customer.name);
        facts.insert(QStringLiteral("customer.tier"), tierName(m_profile->customer.tier));
        if (!m_profile->orders.empty()) {
            const Order& newest = m_profile->orders.front();
            facts.insert(QStringLiteral("order.id"), newest.orderNo);
            facts.insert(QStringLiteral("order.status"), orderStatusName(newest.status));
            facts.insert(QStringLiteral("order.carrier"), newest.carrier);
            facts.insert(QStringLiteral("order.tracking"), newest.trackingNo);
            if (!newest.items.empty())
                facts.insert(QStringLiteral("product.name"), newest.items.front().name);
        }
    }
    return facts;
}

QString WorkspaceSession::tierName(CustomerTier tier)
{
    switch (tier) {
    case CustomerTier::Regular: return tr("member");
    case CustomerTier::Silver: return tr("Silver member");
    case CustomerTier::Gold: return tr("Gold member");
    case CustomerTier::Vip: return tr("VIP member");
    }
    return {};
}

QString WorkspaceSession::orderStatusName(const QString& status)
{
    if (status == QLatin1String("pending")) return tr("awaiting payment");
    if (status == QLatin1String("paid")) return tr("paid, being prepared");
    if (status == QLatin1String("shipped")) return tr("shipped");
    if (status == QLatin1String("delivered")) return tr("delivered");
    if (status == QLatin1String("returned")) return tr("returned");
    if (status == QLatin1String("refunded")) return tr("refunded");
    return status;
}

bool WorkspaceSession::addNote(const QString& text)
{
    if (!acceptable(text) || !m_engine->addNote(m_current, text))
        return false;
    saveDraft(m_current, QString());
    return true;
}

void WorkspaceSession::requestStaff(std::function<void(const StaffListOk*)> handler)
{
    if (!requireOnline(tr("You are offline; transfers need the connection."))) {
        handler(nullptr);
        return;
    }
    m_engine->client().request(StaffList{}, [this, handler = std::move(handler)](const Frame& reply) {
        if (const auto* error = reply.as<protocol::Error>())
            emit problem(tr("The list of colleagues could not be loaded: %1").arg(error->message));
        handler(reply.as<StaffListOk>());
    });
}

void WorkspaceSession::transfer(qint64 conversationId, qint64 toAgentId, qint64 toTeamId, const QString& note)
{
    if (conversationId == 0)
        return;
    if (!requireOnline(tr("You are offline; transfers need the connection.")))
        return;
    m_engine->client().request(
        ConversationTransfer{newIdempotencyKey(), conversationId, toAgentId, toTeamId, note},
        [this](const Frame& reply) {
            // A lead moving a colleague's conversation does not get it in their own list.
            const auto* ok = reply.as<ConversationTransferOk>();
            if (ok && (ok->conversation.agentId == m_me.id || m_conversations.find(ok->conversation.id)))
                m_conversations.upsert(ok->conversation);
            if (const auto* error = reply.as<protocol::Error>())
                emit problem(tr("The conversation was not transferred: %1").arg(error->message));
        });
}

void WorkspaceSession::retry(const QString& key)
{
    m_engine->retry(key);
}

QString WorkspaceSession::draft(qint64 conversationId)
{
    try {
        return m_cache.draft(conversationId);
    } catch (const sql::SqlError& e) {
        emit problem(tr("The local cache cannot be read: %1").arg(QString::fromUtf8(e.what())));
        return {};
    }
}

void WorkspaceSession::saveDraft(qint64 conversationId, const QString& text)
{
    if (conversationId == 0)
        return;
    try {
        m_cache.setDraft(conversationId, text);
    } catch (const sql::SqlError& e) {
        emit problem(tr("The draft could not be saved: %1").arg(QString::fromUtf8(e.what())));
    }
}

void WorkspaceSession::setPresence(PresenceStatus status, int capacity)
{
    if (!requireOnline(tr("You are offline; change your status again when the connection returns.")))
        return;
    m_engine->client().request(PresenceSet{newIdempotencyKey(), status, capacity},
                               [this](const Frame& reply) {
        if (const auto* ok = reply.as<PresenceSetOk>())
            emit presenceChanged(ok->status, ok->capacity);
        else if (const auto* error = reply.as<protocol::Error>())
            emit problem(tr("Your status was not changed: %1").arg(error->message));
    });
}

void WorkspaceSession::closeCurrent(const QString& resolution)
{
    // Through the outbox: a close made while offline is sent when the connection returns.
    if (m_current != 0)
        m_engine->closeConversation(m_current, resolution);
}

} // namespace agentdesk::app
