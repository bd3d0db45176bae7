#pragma once

#include "History.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace agentdesk::test {

// The checker of a fault run: it classifies each acknowledged message as applied once, lost or
// duplicated against what the database holds, checks each sender's order, and that everyone who
// takes part in a conversation received each of its messages exactly once and in order.
class FaultChecker {
public:
    struct Stored {
        qint64 id = 0;
        qint64 conversationId = 0;
        QString text;
    };
    struct Verdict {
        int acknowledged = 0;
        int resent = 0;         // sent again with the same key after a reconnect (the answer never came)
        int appliedOnce = 0;
        int lost = 0;
        int duplicated = 0;
        int wrongId = 0;        // stored under another id than the acknowledgement said
        int outOfOrder = 0;     // stored before an earlier message of the same sender
        int unacknowledged = 0;
        int unacknowledgedStored = 0;  // in flight at the end and stored (once): allowed
        int refused = 0;
        int deliveriesExpected = 0;
        int deliveredOnce = 0;
        int undelivered = 0;
        int deliveredTwice = 0;
        int deliveredOutOfOrder = 0;
        int phantom = 0;        // received but never stored
        int anomalies = 0;
        QStringList problems;   // the first few of each kind, to read

        bool clean() const;
        QString summary() const;
    };

    // participants: for each client, the conversations whose every message it must receive.
    // Only texts starting with `prefix` count (not system messages).
    static Verdict check(const History& history, const QList<Stored>& stored,
                         const QHash<QString, QList<qint64>>& participants, const QString& prefix);
};

} // namespace agentdesk::test
