#include "SimCustomer.h"

#include <QTimer>
#include "protocol/IdempotencyKey.h"

namespace agentdesk::sim {

using namespace protocol;

namespace {
template <class T>
const T& pick(const QList<T>& list, QRandomGenerator& rng)
{
    return list.at(rng.bounded(int(list.size())));
}
} // namespace

SimCustomer::SimCustomer(const SimSettings& settings, QString customerRef, PhraseBook::Language language, quint32 seed,
                         QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_ref(std::move(customerRef))
    , m_language(language)
    , m_rng(seed)
{
    m_topic = pick(PhraseBook::topics(language), m_rng);
    m_turnsLeft = settings.turns;
    connect(&m_client, &app::ProtocolClient::eventReceived, this, &SimCustomer::onEvent);
    connect(&m_client, &app::ProtocolClient::closed, this, [this](int code, const QString& reason) {
        if (!m_done) {
            emit log(QStringLiteral("customer %1: connection closed (%2 %3)").arg(m_ref).arg(code).arg(reason));
            finish(false);
        }
    });
    connect(&m_client, &app::ProtocolClient::errorReceived, this, [this](const ProtocolError& e) {
        emit log(QStringLiteral("customer %1: error %2: %3").arg(m_ref, errorCodeName(e.code), e.message));
    });
    connect(&m_client, &app::ProtocolClient::opened, this, [this] {
        m_client.request(CustomerSignin{m_settings.channelKey, m_ref, {}, Channel::Web, kProtocolVersion, {}},
                         [this](const Frame& reply) {
            const auto* ok = reply.as<AuthOk>();
            if (!ok) {
                emit log(QStringLiteral("customer %1: sign-in refused: %2").arg(m_ref, reply.as<protocol::Error>()->message));
                finish(false);
                return;
            }
            m_customerId = ok->principal.id;
            // Only what happens from now on matters to a fresh simulated customer.
            m_client.request(Sync{ok->head});
            const QString opening = pick(m_topic.openings, m_rng);
            m_client.request(ConversationOpen{newIdempotencyKey(), m_topic.topic, opening}, [this, opening](const Frame& r) {
                if (const auto* open = r.as<ConversationOpenOk>()) {
                    m_conversationId = open->conversation.id;
                    ++m_sent;
                    emit log(QStringLiteral("customer %1 -> [%2] %3").arg(m_ref, m_topic.topic, opening));
                } else {
                    finish(false);
                }
            });
        });
    });
}

void SimCustomer::start()
{
    m_client.open(m_settings.customerUrl);
}

void SimCustomer::onEvent(const Frame& frame)
{
    if (const auto* update = frame.as<ConversationUpdated>()) {
        if (update->conversation.id == m_conversationId && update->conversation.status == ConversationStatus::Closed
            && !m_done) {
            // Most customers rate a closed conversation, mostly well when they were answered.
            const int score = m_thanked ? 3 + int(m_rng.bounded(3)) : 1 + int(m_rng.bounded(3));
            m_client.request(ConversationRate{newIdempotencyKey(), m_conversationId, score, {}},
                             [this, score](const Frame& reply) {
                if (reply.as<ConversationRateOk>())
                    emit log(QStringLiteral("customer %1 rated the conversation %2/5").arg(m_ref).arg(score));
                finish(true);
            });
        }
        return;
    }
    const auto* message = frame.as<MessageNew>();
    if (!message || message->message.conversationId != m_conversationId || message->message.sender == Sender::Customer)
        return;
    ++m_received;
    emit log(QStringLiteral("customer %1 <- %2: %3").arg(m_ref, message->message.senderName, message->message.text));
    if (!message->message.image.isEmpty()) {
        // As a chat channel would: fetch the picture to show it.
        m_client.request(ImageGet{message->message.image}, [this](const Frame& reply) {
            if (const auto* ok = reply.as<ImageGetOk>())
                emit log(QStringLiteral("customer %1 <- image %2 (%3)").arg(m_ref, ok->image.id.left(12), ok->image.mime));
            else if (const auto* error = reply.as<protocol::Error>())
                emit log(QStringLiteral("customer %1: the image could not be fetched: %2").arg(m_ref, error->message));
        });
    }
    if (message->message.sender == Sender::Agent && !m_thanked)
        answerSoon();
}

void SimCustomer::answerSoon()
{
    const int delay = m_settings.minReplyDelayMs
        + int(m_rng.bounded(std::max(1, m_settings.maxReplyDelayMs - m_settings.minReplyDelayMs)));
    QTimer::singleShot(delay, this, [this] {
        if (m_done || m_thanked)
            return;
        if (m_turnsLeft-- > 0) {
            say(pick(m_topic.followUps, m_rng));
        } else {
            m_thanked = true;
            // Some buy before saying thanks, most of them after a product question: what the
            // library's conversion figures count.
            const int buysInPercent = m_topic.topic == QLatin1String("presales") ? 45 : 15;
            if (int(m_rng.bounded(100)) < buysInPercent)
                placeOrder();
            say(pick(PhraseBook::thanks(m_language), m_rng));
            // Nobody closes it? Leave anyway, as customers do.
            QTimer::singleShot(60'000, this, [this] { finish(true); });
        }
    });
}

void SimCustomer::placeOrder()
{
    static const QStringList skus{QStringLiteral("PH-X1-128"), QStringLiteral("PH-L5-128"), QStringLiteral("AU-BUDS2"),
                                  QStringLiteral("CH-65W"),    QStringLiteral("WT-S3"),     QStringLiteral("TB-P11"),
                                  QStringLiteral("WR-EXT1-PH"), QStringLiteral("AC-CASE-X1")};
    const QString sku = pick(skus, m_rng);
    m_client.request(OrderPlace{newIdempotencyKey(), {OrderLine{sku, 1}}}, [this, sku](const Frame& reply) {
        if (const auto* ok = reply.as<OrderPlaceOk>())
            emit log(QStringLiteral("customer %1 ordered %2 (%3)").arg(m_ref, sku, ok->order.orderNo));
    });
}

void SimCustomer::say(const QString& text)
{
    m_client.request(MessageSend{newIdempotencyKey(), m_conversationId, text, {}, {}, {}}, [this, text](const Frame& reply) {
        if (reply.as<MessageSendOk>()) {
            ++m_sent;
            emit log(QStringLiteral("customer %1 -> %2").arg(m_ref, text));
        }
    });
}

void SimCustomer::finish(bool served)
{
    if (m_done)
        return;
    m_done = true;
    m_client.close();
    emit finished(this, served);
}

} // namespace agentdesk::sim
