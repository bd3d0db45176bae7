#include "FaultChecker.h"

#include <QSet>

#include <algorithm>

namespace agentdesk::test {

namespace {
constexpr int kProblemsPerKind = 3;

void report(QStringList& problems, QHash<QString, int>& perKind, const QString& kind, const QString& what)
{
    if (++perKind[kind] <= kProblemsPerKind)
        problems << kind + QStringLiteral(": ") + what;
}
} // namespace

bool FaultChecker::Verdict::clean() const
{
    return lost == 0 && duplicated == 0 && wrongId == 0 && outOfOrder == 0 && refused == 0 && undelivered == 0 && deliveredTwice == 0 && deliveredOutOfOrder == 0 && phantom == 0
        && anomalies == 0 && problems.isEmpty();
}

QString FaultChecker::Verdict::summary() const
{
    return QStringLiteral("%17 resent with the same key after a reconnect; acknowledged %1: applied once %2, lost %3, duplicated %4, under another id %5, out of order %6; "
                          "unacknowledged at the end %7 (stored once %8); refused %9; deliveries expected %10: once %11, "
                          "missing %12, twice %13, out of order %14, never stored %15; protocol anomalies %16")
        .arg(acknowledged).arg(appliedOnce).arg(lost).arg(duplicated).arg(wrongId).arg(outOfOrder)
        .arg(unacknowledged).arg(unacknowledgedStored).arg(refused).arg(deliveriesExpected).arg(deliveredOnce)
        .arg(undelivered).arg(deliveredTwice).arg(deliveredOutOfOrder).arg(phantom).arg(anomalies).arg(resent);
}

FaultChecker::Verdict FaultChecker::check(const History& history, const QList<Stored>& stored,
                                          const QHash<QString, QList<qint64>>& participants, const QString& prefix)
{
    Verdict v;
    QHash<QString, int> perKind;
    QHash<QString, QList<const Stored*>> byText;
    QHash<qint64, QList<const Stored*>> byConversation;  // ours only, by id
    QSet<qint64> storedIds;
    for (const Stored& s : stored) {
        if (!s.text.startsWith(prefix))
            continue;
        byText[s.text] << &s;
        byConversation[s.conversationId] << &s;
        storedIds.insert(s.id);
    }
    for (auto& list : byConversation)
        std::sort(list.begin(), list.end(), [](const Stored* a, const Stored* b) { return a->id < b->id; });

    // Each command: applied once, lost or duplicated; and each sender's order.
    QHash<QString, qint64> lastIdOfClient;
    for (const History::Send& send : history.sends()) {
        const auto copies = byText.value(send.text);
        if (send.attempts > 1)
            ++v.resent;
        if (!send.refusal.isEmpty()) {
            ++v.refused;
            report(v.problems, perKind, QStringLiteral("refused"), send.text + QStringLiteral(" (") + send.refusal + u')');
            continue;
        }
        if (send.messageId == 0) {
            ++v.unacknowledged;
            if (copies.size() == 1)
                ++v.unacknowledgedStored;
            else if (copies.size() > 1) {
                ++v.duplicated;
                report(v.problems, perKind, QStringLiteral("duplicated"), send.text);
            }
            continue;
        }
        ++v.acknowledged;
        if (copies.isEmpty()) {
            ++v.lost;
            report(v.problems, perKind, QStringLiteral("lost"), send.text);
            continue;
        }
        if (copies.size() > 1) {
            ++v.duplicated;
            report(v.problems, perKind, QStringLiteral("duplicated"), QStringLiteral("%1 stored %2 times").arg(send.text).arg(copies.size()));
            continue;
        }
        if (copies.front()->id != send.messageId) {
            ++v.wrongId;
            report(v.problems, perKind, QStringLiteral("another id"), send.text);
            continue;
        }
        ++v.appliedOnce;
        qint64& last = lastIdOfClient[send.client];
        if (send.messageId < last) {
            ++v.outOfOrder;
            report(v.problems, perKind, QStringLiteral("out of order"), send.text);
        }
        last = std::max(last, send.messageId);
    }

    // Delivery: every participant got every message of its conversations once, in order.
    QHash<QString, QHash<qint64, QList<qint64>>> received;  // client -> conversation -> ids in arrival order
    for (const History::Receipt& r : history.receipts()) {
        if (!r.text.startsWith(prefix))
            continue;
        received[r.client][r.conversationId] << r.messageId;
        if (!storedIds.contains(r.messageId)) {
            ++v.phantom;
            report(v.problems, perKind, QStringLiteral("never stored"), QStringLiteral("%1 got %2").arg(r.client, r.text));
        }
    }
    for (auto p = participants.cbegin(); p != participants.cend(); ++p) {
        for (qint64 conversation : p.value()) {
            const QList<qint64> got = received.value(p.key()).value(conversation);
            QHash<qint64, int> times;
            for (qint64 id : got)
                ++times[id];
            for (const Stored* s : byConversation.value(conversation)) {
                ++v.deliveriesExpected;
                const int n = times.value(s->id);
                if (n == 1)
                    ++v.deliveredOnce;
                else if (n == 0) {
                    ++v.undelivered;
                    report(v.problems, perKind, QStringLiteral("not delivered"), QStringLiteral("%1 to %2").arg(s->text, p.key()));
                } else {
                    ++v.deliveredTwice;
                    report(v.problems, perKind, QStringLiteral("delivered twice"), QStringLiteral("%1 to %2").arg(s->text, p.key()));
                }
            }
            if (!std::is_sorted(got.begin(), got.end())) {
                ++v.deliveredOutOfOrder;
                report(v.problems, perKind, QStringLiteral("delivered out of order"),
                       QStringLiteral("%1 in conversation %2").arg(p.key()).arg(conversation));
            }
        }
    }
    v.anomalies = int(history.anomalies().size());
    for (const QString& a : history.anomalies())
        report(v.problems, perKind, QStringLiteral("protocol"), a);
    return v;
}

} // namespace agentdesk::test
