#pragma once

#include "sandbox/Scenario.h"

#include <QSet>

#include <functional>

namespace agentdesk::sandbox {

// The scenario's customer as a state machine, without I/O: told what the agent did and when, it
// answers with what the customer does (say something, buy, leave with a rating). The sandbox
// runner carries those over the real customer endpoint; tests and the expert's replay drive it
// directly with a clock of their own.
class ScriptedCustomer {
public:
    struct Action {
        enum class Kind { Say, Order, End };
        Kind kind = Kind::Say;
        QString text;                           // Say
        std::vector<ScenarioOrderLine> order;   // Order
        const Ending* ending = nullptr;         // End
        bool leaving = false;                   // Say: the customer's last words
    };

    // Endings of every scenario besides its own: the agent closed before the customer was done,
    // or the time ran out.
    static const Ending& closedEarly();
    static const Ending& timeUp();

    ScriptedCustomer(const Scenario& scenario, QString language);

    std::vector<Action> open(qint64 now);
    std::vector<Action> agentMessage(const QString& text, qint64 now);
    std::vector<Action> couponGranted(qint64 valueCents, qint64 now);
    std::vector<Action> closed(qint64 now);
    // Silences and the time limit: call at nextDeadline() (or any time; nothing due does nothing).
    std::vector<Action> tick(qint64 now);
    qint64 nextDeadline() const;
    // The trainee ends the session: as if the time were up.
    std::vector<Action> giveUp(qint64 now);

    bool finished() const { return m_ending != nullptr; }
    const Ending* ending() const { return m_ending; }
    const QString& stateName() const { return m_state; }
    bool hasFlag(const QString& flag) const { return m_flags.contains(flag); }
    qint64 openedAt() const { return m_openedAt; }
    qint64 endedAt() const { return m_endedAt; }

private:
    const Reaction* find(Trigger trigger, qint64 now, const std::function<bool(const Reaction&)>& matches) const;
    void apply(const Reaction& reaction, qint64 now, std::vector<Action>* out);
    void enter(const QString& target, qint64 now, std::vector<Action>* out);
    void end(const Ending& ending, std::vector<Action>* out);
    void settleFlags(qint64 now, std::vector<Action>* out);

    const Scenario& m_scenario;
    QString m_language;
    QString m_state;
    QSet<QString> m_flags;
    qint64 m_openedAt = 0;
    qint64 m_enteredAt = 0;
    qint64 m_lastAgentAt = 0;
    qint64 m_silenceAt = 0;  // a silence reaction last answered then
    qint64 m_endedAt = 0;
    const Ending* m_ending = nullptr;
};

} // namespace agentdesk::sandbox
