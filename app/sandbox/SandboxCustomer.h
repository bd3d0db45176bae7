#pragma once

#include "net/ProtocolClient.h"
#include "sandbox/SandboxScore.h"
#include "sandbox/ScriptedCustomer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>

namespace agentdesk::app {

// A scenario's scripted customer, for real: signs in on the sandbox server's customer endpoint,
// opens the conversation, and carries what core's ScriptedCustomer decides (answers typed after
// a short delay, an order placed through the shop, a rating once the conversation is closed).
// It keeps the session's transcript, from which the score comes. `timeScale` runs the
// scenario's clock faster than the wall clock (tests); 1 for a trainee.
class SandboxCustomer : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl customerUrl;
        QString channelKey;
        QString customerRef;
        QString language = QStringLiteral("en");
        int minTypingMs = 1500;  // scenario time a customer takes to type an answer...
        int maxTypingMs = 4000;  // ...at most
        double timeScale = 1.0;
    };

    SandboxCustomer(const sandbox::Scenario& scenario, Options options, QObject* parent = nullptr);
    ~SandboxCustomer() override;

    void start();
    // What the trainee's workspace knows of its own messages, by their idempotency keys: whether
    // one came from the reply library or from a recommendation card.
    void noteAgentMessage(const QString& key, bool fromLibrary, bool recommendation);
    // A grant the coupon policy refused: the trainee tried beyond their limits.
    void noteCouponRefused() { ++m_couponRefusals; }
    // The trainee ends the session now: scored as if the time had run out.
    void finishNow();

    // The scenario's clock: ms since the epoch, running timeScale times as fast since start().
    qint64 now() const;
    qint64 conversationId() const { return m_conversationId; }
    const std::vector<sandbox::TranscriptEntry>& transcript() const { return m_transcript; }
    bool finished() const { return m_customer.finished() && m_outbox.empty(); }
    const sandbox::Ending* ending() const { return m_customer.ending(); }
    sandbox::SandboxScore score() const;

signals:
    void conversationOpened(qint64 conversationId);
    void transcriptChanged();
    // The customer is done (everything said and ordered); the score is ready.
    void ended();
    void problem(const QString& message);

private:
    void onEvent(const protocol::Frame& frame);
    void perform(std::vector<sandbox::ScriptedCustomer::Action> actions);
    void sendNext();
    void record(sandbox::TranscriptEntry entry);
    void rearm();
    void rate();

    const sandbox::Scenario& m_scenario;
    Options m_options;
    sandbox::ScriptedCustomer m_customer;
    ProtocolClient m_client;
    QElapsedTimer m_clock;
    qint64 m_startedAt = 0;
    QTimer m_deadline;
    QTimer m_typing;
    std::deque<sandbox::ScriptedCustomer::Action> m_outbox;
    bool m_frontTyped = false;  // the first in the outbox has been typed: it goes now
    std::vector<sandbox::TranscriptEntry> m_transcript;
    QHash<QString, std::pair<bool, bool>> m_origins;  // by message key: from the library, a recommendation
    qint64 m_conversationId = 0;
    int m_couponRefusals = 0;
    bool m_closed = false;
    bool m_rated = false;
    bool m_endAnnounced = false;
};

} // namespace agentdesk::app
