#include "sandbox/SandboxCustomer.h"

#include "protocol/IdempotencyKey.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

namespace agentdesk::app {

using namespace protocol;
using sandbox::ScriptedCustomer;
using sandbox::TranscriptEntry;
using Who = TranscriptEntry::Who;

SandboxCustomer::SandboxCustomer(const sandbox::Scenario& scenario, Options options, QObject* parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_options(std::move(options))
    , m_customer(scenario, m_options.language)
{
    if (m_options.timeScale <= 0)
        m_options.timeScale = 1.0;
    m_deadline.setSingleShot(true);
    m_typing.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        perform(m_customer.tick(now()));
        rearm();
    });
    connect(&m_typing, &QTimer::timeout, this, &SandboxCustomer::sendNext);
    connect(&m_client, &ProtocolClient::eventReceived, this, &SandboxCustomer::onEvent);
    connect(&m_client, &ProtocolClient::closed, this, [this](int, const QString& reason) {
        if (!finished())
            emit problem(tr("The sandbox's customer lost its connection: %1").arg(reason));
    });
    connect(&m_client, &ProtocolClient::opened, this, [this] {
        m_client.request(CustomerSignin{m_options.channelKey, m_options.customerRef, {}, Channel::Web, kProtocolVersion, QLocale().name()},
                         [this](const Frame& reply) {
            const auto* ok = reply.as<AuthOk>();
            if (!ok) {
                emit problem(tr("The sandbox's customer could not sign in: %1").arg(reply.as<protocol::Error>()->message));
                return;
            }
            m_client.request(Sync{ok->head});
            const std::vector<ScriptedCustomer::Action> opening = m_customer.open(now());
            const QString text = opening.front().text;
            m_client.request(ConversationOpen{newIdempotencyKey(), m_scenario.topic, text}, [this, text](const Frame& r) {
                const auto* open = r.as<ConversationOpenOk>();
                if (!open) {
                    emit problem(tr("The sandbox's conversation could not start: %1").arg(r.as<protocol::Error>()->message));
                    return;
                }
                m_conversationId = open->conversation.id;
                record({Who::Customer, now(), text, false, false, 0});
                emit conversationOpened(m_conversationId);
                rearm();
            });
        });
    });
}

SandboxCustomer::~SandboxCustomer() = default;

void SandboxCustomer::start()
{
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    m_clock.start();
    m_client.open(m_options.customerUrl);
}

qint64 SandboxCustomer::now() const
{
    return m_startedAt + qint64(double(m_clock.elapsed()) * m_options.timeScale);
}

void SandboxCustomer::noteAgentMessage(const QString& key, bool fromLibrary, bool recommendation)
{
    m_origins.insert(key, {fromLibrary, recommendation});
    // The message may have arrived before the workspace said where it came from.
    for (TranscriptEntry& e : m_transcript) {
        if (e.who == Who::Agent && e.key == key) {
            e.fromLibrary = fromLibrary;
            e.recommendation = recommendation;
        }
    }
}

void SandboxCustomer::finishNow()
{
    // Also before the conversation opened (a sign-in that failed): the trainee can always finish.
    perform(m_customer.giveUp(now()));
}

sandbox::SandboxScore SandboxCustomer::score() const
{
    return sandbox::SandboxScore::of(m_scenario, m_options.language, m_transcript,
                                     ending() ? *ending() : ScriptedCustomer::timeUp(), m_couponRefusals, m_customer.endedAt());
}

void SandboxCustomer::onEvent(const Frame& frame)
{
    if (const auto* update = frame.as<ConversationUpdated>()) {
        if (update->conversation.id == m_conversationId && update->conversation.status == ConversationStatus::Closed && !m_closed) {
            m_closed = true;
            // Nothing more can be written into a closed conversation: what the customer was
            // still typing, or would answer to the close, stays unsaid.
            std::erase_if(m_outbox, [](const ScriptedCustomer::Action& a) { return a.kind == ScriptedCustomer::Action::Kind::Say; });
            m_frontTyped = false;
            m_typing.stop();
            std::vector<ScriptedCustomer::Action> actions = m_customer.closed(now());
            std::erase_if(actions, [](const ScriptedCustomer::Action& a) { return a.kind == ScriptedCustomer::Action::Kind::Say; });
            perform(std::move(actions));
            rate();
            if (m_outbox.empty())
                sendNext();  // announces the end when the close ended it
        }
        return;
    }
    const auto* message = frame.as<MessageNew>();
    if (!message || m_conversationId == 0 || message->message.conversationId != m_conversationId)
        return;
    const ChatMessage& m = message->message;
    if (m.sender == Sender::Agent) {
        const auto origin = m_origins.value(m.key, {false, false});
        TranscriptEntry entry{Who::Agent, now(), m.text, origin.first, origin.second, 0};
        entry.key = m.key;
        record(entry);
        perform(m_customer.agentMessage(m.text, now()));
    } else if (m.sender == Sender::System && m.event == QLatin1String("coupon_granted")) {
        // The value is the last argument, in units with two decimals.
        const qint64 cents = m.args.size() >= 6 ? qint64(m.args[5].toDouble() * 100.0 + 0.5) : 0;
        record({Who::System, now(), m.text, false, false, cents});
        perform(m_customer.couponGranted(cents, now()));
    }
    rearm();
}

void SandboxCustomer::perform(std::vector<ScriptedCustomer::Action> actions)
{
    for (ScriptedCustomer::Action& a : actions)
        m_outbox.push_back(std::move(a));
    if (!m_outbox.empty() && !m_typing.isActive())
        sendNext();
}

void SandboxCustomer::sendNext()
{
    while (!m_outbox.empty()) {
        ScriptedCustomer::Action& next = m_outbox.front();
        if (next.kind == ScriptedCustomer::Action::Kind::Say && !m_frontTyped) {
            // The customer types first; the text is sent when the timer comes back here.
            const int typing = m_options.minTypingMs
                + int(QRandomGenerator::global()->bounded(std::max(1, m_options.maxTypingMs - m_options.minTypingMs + 1)));
            m_frontTyped = true;
            m_typing.start(int(typing / m_options.timeScale));
            return;
        }
        ScriptedCustomer::Action action = std::move(next);
        m_outbox.pop_front();
        m_frontTyped = false;
        switch (action.kind) {
        case ScriptedCustomer::Action::Kind::Say: {
            const QString text = action.text;
            m_client.request(MessageSend{newIdempotencyKey(), m_conversationId, text, {}, {}, {}}, [this](const Frame& reply) {
                if (const auto* error = reply.as<protocol::Error>())
                    emit problem(tr("The sandbox's customer could not write: %1").arg(error->message));
            });
            record({Who::Customer, now(), text, false, false, 0, {}, action.leaving});
            break;
        }
        case ScriptedCustomer::Action::Kind::Order: {
            std::vector<OrderLine> lines;
            QStringList named;
            for (const sandbox::ScenarioOrderLine& l : action.order) {
                lines.push_back(OrderLine{l.sku, l.quantity});
                named << QStringLiteral("%1 x%2").arg(l.sku).arg(l.quantity);
            }
            m_client.request(OrderPlace{newIdempotencyKey(), lines}, [this](const Frame& reply) {
                if (const auto* error = reply.as<protocol::Error>())
                    emit problem(tr("The sandbox's customer could not order: %1").arg(error->message));
            });
            record({Who::System, now(), QStringLiteral("order: %1").arg(named.join(QStringLiteral(", "))), false, false, 0});
            break;
        }
        case ScriptedCustomer::Action::Kind::End:
            rate();
            break;
        }
    }
    if (m_customer.finished() && !m_endAnnounced) {
        m_endAnnounced = true;
        m_deadline.stop();
        emit ended();
    }
}

void SandboxCustomer::record(TranscriptEntry entry)
{
    m_transcript.push_back(std::move(entry));
    emit transcriptChanged();
}

void SandboxCustomer::rearm()
{
    const qint64 due = m_customer.nextDeadline();
    if (due <= 0) {
        m_deadline.stop();
        return;
    }
    const double wait = std::max<double>(0, double(due - now()) / m_options.timeScale);
    m_deadline.start(int(std::min<double>(wait + 1, 24.0 * 3600 * 1000)));
}

void SandboxCustomer::rate()
{
    // A rating is for a closed conversation; a customer who left before that rates when it closes.
    if (m_rated || !m_closed || !ending() || m_conversationId == 0)
        return;
    m_rated = true;
    m_client.request(ConversationRate{newIdempotencyKey(), m_conversationId, ending()->rating, {}});
}

} // namespace agentdesk::app
