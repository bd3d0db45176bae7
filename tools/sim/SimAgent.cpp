#include "SimAgent.h"

#include <QTimer>
#include "coupon/CouponPolicy.h"
#include "library/AbTest.h"
#include "library/ReplyTemplate.h"
#include "protocol/IdempotencyKey.h"

namespace agentdesk::sim {

using namespace protocol;

namespace {
// The library's categories that answer a conversation's topic.
bool fits(ReplyCategory category, const QString& topic)
{
    if (topic == QLatin1String("logistics"))
        return category == ReplyCategory::Logistics;
    if (topic == QLatin1String("returns"))
        return category == ReplyCategory::Returns || category == ReplyCategory::AfterSales;
    return category == ReplyCategory::ProductInfo || category == ReplyCategory::Hesitation
        || category == ReplyCategory::PriceObjection || category == ReplyCategory::Promotion;
}

PhraseBook::Language languageOf(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return PhraseBook::Language::Chinese;
    }
    return PhraseBook::Language::English;
}
} // namespace

SimAgent::SimAgent(const SimSettings& settings, QString login, QString password, quint32 seed, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_login(std::move(login))
    , m_password(std::move(password))
    , m_rng(seed)
{
    connect(&m_client, &app::ProtocolClient::eventReceived, this, &SimAgent::onEvent);
    connect(&m_client, &app::ProtocolClient::closed, this, [this](int code, const QString& reason) {
        emit log(QStringLiteral("agent %1: connection closed (%2 %3)").arg(m_login).arg(code).arg(reason));
    });
    connect(&m_client, &app::ProtocolClient::opened, this, [this] {
        m_client.request(AuthLogin{m_login, m_password, kProtocolVersion, QStringLiteral("agentdesk-sim"), {}},
                         [this](const Frame& reply) {
            const auto* ok = reply.as<AuthOk>();
            if (!ok) {
                emit log(QStringLiteral("agent %1: sign-in refused: %2").arg(m_login, reply.as<protocol::Error>()->message));
                return;
            }
            m_userId = ok->principal.id;
            m_name = ok->principal.name;
            m_client.request(PresenceSet{newIdempotencyKey(), PresenceStatus::Online, 0});
            m_client.request(LibraryList{}, [this](const Frame& r) {
                if (const auto* library = r.as<LibraryListOk>())
                    m_library = library->replies;
            });
            m_client.request(ConversationsList{}, [this, head = ok->head](const Frame& r) {
                if (const auto* list = r.as<ConversationsListOk>()) {
                    for (const auto& c : list->conversations)
                        m_topicOf.insert(c.id, c.topic);
                }
                m_client.request(Sync{head});
            });
            emit log(QStringLiteral("agent %1 signed in as %2").arg(m_login, ok->principal.name));
        });
    });
}

void SimAgent::start()
{
    m_client.open(m_settings.staffUrl);
}

void SimAgent::onEvent(const Frame& frame)
{
    if (const auto* update = frame.as<ConversationUpdated>()) {
        const ConversationInfo& c = update->conversation;
        if (c.status == ConversationStatus::Assigned && c.agentId == m_userId) {
            if (!m_topicOf.contains(c.id)) {
                emit log(QStringLiteral("agent %1 got conversation %2 with %3").arg(m_login).arg(c.id).arg(c.customerName));
                m_topicOf.insert(c.id, c.topic);
                m_customerOf.insert(c.id, c.customerName);
                // What the customer wrote before we were assigned is in the history, not in our stream.
                m_client.request(ConversationHistory{c.id, 0, 20}, [this](const Frame& r) {
                    const auto* history = r.as<ConversationHistoryOk>();
                    if (!history)
                        return;
                    for (auto it = history->messages.rbegin(); it != history->messages.rend(); ++it) {
                        if (it->sender == Sender::System)
                            continue;
                        if (it->sender == Sender::Customer)
                            replyTo(*it);
                        break;
                    }
                });
            }
        } else if (c.status == ConversationStatus::Closed) {
            m_topicOf.remove(c.id);
            m_customerOf.remove(c.id);
        }
        return;
    }
    const auto* message = frame.as<MessageNew>();
    if (message && message->message.sender == Sender::Customer && m_topicOf.contains(message->message.conversationId))
        replyTo(message->message);
}

void SimAgent::replyTo(const ChatMessage& message)
{
    const PhraseBook::Language language = languageOf(message.text);
    const bool thanks = PhraseBook::thanks(language).contains(message.text);
    const QString topic = m_topicOf.value(message.conversationId);
    QString answer = PhraseBook::agentClosings(language).constFirst();
    std::vector<ReplyRef> used;
    QString image;
    if (!thanks) {
        for (const TopicPhrases& t : PhraseBook::topics(language)) {
            if (t.topic == topic)
                answer = t.agentAnswers.at(m_rng.bounded(int(t.agentAnswers.size())));
        }
        if (const auto fromLibrary = libraryAnswer(message.conversationId, language)) {
            used.push_back(fromLibrary->first);
            answer = fromLibrary->second;
            const auto reply = std::find_if(m_library.begin(), m_library.end(),
                                            [&](const Reply& r) { return r.id == fromLibrary->first.replyId; });
            if (reply != m_library.end())
                image = reply->image;  // a reply's picture goes with it, as in the workspace
        }
    }
    const int delay = m_settings.minReplyDelayMs
        + int(m_rng.bounded(std::max(1, m_settings.maxReplyDelayMs - m_settings.minReplyDelayMs)));
    const qint64 conversationId = message.conversationId;
    const bool objection = CouponPolicy::isPriceObjection(message.text);
    QTimer::singleShot(delay, this, [this, conversationId, answer, thanks, used, image, objection, language] {
        if (!m_topicOf.contains(conversationId))
            return;
        m_client.request(MessageSend{newIdempotencyKey(), conversationId, answer, used, {}, image}, [this](const Frame& r) {
            if (r.as<MessageSendOk>())
                ++m_replies;
        });
        if (!thanks)
            maybeRecommend(conversationId);
        if (objection)
            maybeCoupon(conversationId, language);
        if (thanks)
            m_client.request(ConversationClose{newIdempotencyKey(), conversationId, QStringLiteral("solved")});
    });
}

std::optional<std::pair<ReplyRef, QString>> SimAgent::libraryAnswer(qint64 conversationId, PhraseBook::Language language)
{
    if (m_rng.bounded(2) == 0)
        return std::nullopt;
    const QString code = language == PhraseBook::Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    const QHash<QString, QString> facts{{QStringLiteral("customer.name"), m_customerOf.value(conversationId)},
                                        {QStringLiteral("agent.name"), m_name}};
    std::vector<std::pair<ReplyRef, QString>> candidates;
    for (const Reply& r : m_library) {
        if (r.isScript() || r.language != code || !fits(r.category, m_topicOf.value(conversationId)))
            continue;
        if (r.abPairId != 0 && AbTest::variantFor(conversationId, r.abPairId) != r.abVariant)
            continue;  // the other variant is served here
        const auto filled = ReplyTemplate::fill(r.body, facts);
        if (filled.unfilled.empty())
            candidates.emplace_back(ReplyRef{r.id, 0}, filled.text);
    }
    if (candidates.empty())
        return std::nullopt;
    return candidates[size_t(m_rng.bounded(int(candidates.size())))];
}

void SimAgent::maybeCoupon(qint64 conversationId, PhraseBook::Language language)
{
    m_client.request(CouponsOptions{conversationId}, [this, conversationId, language](const Frame& r) {
        const auto* options = r.as<CouponsOptionsOk>();
        if (!options)
            return;
        const CouponTemplate* allowed = nullptr;
        const CouponTemplate* refused = nullptr;
        for (const CouponTemplate& t : options->templates) {
            if (CouponPolicy::evaluate(t, options->limits, options->facts, options->serverTime).allowed())
                allowed = allowed ? allowed : &t;
            else if (t.active && (!refused || t.valueCents() < refused->valueCents()))
                refused = &t;
        }
        if (allowed && m_rng.bounded(2) == 0) {
            m_client.request(CouponGrant{newIdempotencyKey(), conversationId, allowed->id}, [this, conversationId](const Frame& g) {
                if (const auto* ok = g.as<CouponGrantOk>(); ok && ok->granted) {
                    ++m_coupons;
                    emit log(QStringLiteral("agent %1 granted coupon %2 in conversation %3").arg(m_login, ok->coupon->code).arg(conversationId));
                }
            });
        } else if (!allowed && refused && m_rng.bounded(3) == 0) {
            const QString reason = language == PhraseBook::Language::Chinese ? QStringLiteral("客户嫌贵，犹豫很久了，想争取一下。")
                                                                              : QStringLiteral("Hesitating over the price for a while.");
            m_client.request(CouponRequest{newIdempotencyKey(), conversationId, refused->id, reason});
        }
    });
}

void SimAgent::maybeRecommend(qint64 conversationId)
{
    // Like a real agent: looks at the prompt, offers it now and then, never against the policy.
    m_client.request(RecommendationsGet{conversationId}, [this, conversationId](const Frame& r) {
        const auto* ok = r.as<RecommendationsOk>();
        if (!ok || ok->recommendations.empty() || !m_topicOf.contains(conversationId))
            return;
        const Recommendation& card = ok->recommendations.front();
        if (!card.allowed)
            return;
        if (m_rng.bounded(2) == 0) {
            m_client.request(RecommendationDismiss{newIdempotencyKey(), conversationId, card.sku});
            return;
        }
        m_client.request(MessageSend{newIdempotencyKey(), conversationId, card.sentence, {}, card.sku, {}});
        emit log(QStringLiteral("agent %1 recommended %2 in conversation %3").arg(m_login, card.sku).arg(conversationId));
    });
}

} // namespace agentdesk::sim
