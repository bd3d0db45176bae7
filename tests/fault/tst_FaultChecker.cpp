// The fault checker on made-up histories with known answers, so that a clean verdict of a fault
// run means something: each kind of failure it must see (a lost message, one stored twice, one
// stored under another id, a sender's messages stored out of order, a refusal, a message not
// delivered to a participant, delivered twice, delivered out of order, received but never stored,
// a protocol anomaly) is planted once and counted once; an unacknowledged message stored once is
// allowed, stored twice is not; texts without the prefix (system messages) are ignored.

#include "FaultChecker.h"

#include <QTest>

using namespace agentdesk::test;

namespace {
const QString kPrefix = QStringLiteral("fault:");

// Two participants of conversation 7: a customer "c" and an agent "a".
struct Run {
    History history;
    QList<FaultChecker::Stored> stored;
    QHash<QString, QList<qint64>> participants{{QStringLiteral("c"), {7}}, {QStringLiteral("a"), {7}}};

    // c sends text, acknowledged as id, stored once and delivered once to both.
    void good(const QString& key, qint64 id)
    {
        const QString text = kPrefix + key;
        history.invoked(QStringLiteral("c"), key, 7, text);
        history.attempted(key);
        history.acknowledged(key, id);
        stored << FaultChecker::Stored{id, 7, text};
        history.received(QStringLiteral("c"), 7, id, text);
        history.received(QStringLiteral("a"), 7, id, text);
    }
    FaultChecker::Verdict verdict() const { return FaultChecker::check(history, stored, participants, kPrefix); }
};
} // namespace

class TestFaultChecker : public QObject {
    Q_OBJECT
private slots:
    void aCleanHistoryIsClean()
    {
        Run run;
        run.good(QStringLiteral("1"), 10);
        run.good(QStringLiteral("2"), 11);
        run.stored << FaultChecker::Stored{12, 7, QStringLiteral("assigned to Li Na")};  // a system message
        const auto v = run.verdict();
        QVERIFY2(v.clean(), qPrintable(v.problems.join(u'\n')));
        QCOMPARE(v.acknowledged, 2);
        QCOMPARE(v.appliedOnce, 2);
        QCOMPARE(v.deliveriesExpected, 4);
        QCOMPARE(v.deliveredOnce, 4);
    }

    void eachFailureIsCounted_data()
    {
        QTest::addColumn<QString>("failure");
        for (const char* f : {"lost", "duplicated", "wrongId", "outOfOrder", "refused", "undelivered", "deliveredTwice",
                              "deliveredOutOfOrder", "phantom", "anomaly", "unacknowledgedTwice"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void eachFailureIsCounted()
    {
        QFETCH(QString, failure);
        Run run;
        run.good(QStringLiteral("1"), 10);
        const QString text = kPrefix + QStringLiteral("2");
        run.history.invoked(QStringLiteral("c"), QStringLiteral("2"), 7, text);
        run.history.attempted(QStringLiteral("2"));
        if (failure == QLatin1String("refused")) {
            run.history.refused(QStringLiteral("2"), QStringLiteral("invalid_state"));
        } else if (failure == QLatin1String("unacknowledgedTwice")) {
            run.stored << FaultChecker::Stored{11, 7, text} << FaultChecker::Stored{12, 7, text};
        } else {
            run.history.acknowledged(QStringLiteral("2"), failure == QLatin1String("outOfOrder") ? 9 : 11);
            if (failure != QLatin1String("lost"))
                run.stored << FaultChecker::Stored{failure == QLatin1String("wrongId") ? 13 : (failure == QLatin1String("outOfOrder") ? 9 : 11), 7, text};
            if (failure == QLatin1String("duplicated"))
                run.stored << FaultChecker::Stored{14, 7, text};
            const qint64 id = failure == QLatin1String("outOfOrder") ? 9 : 11;
            if (failure != QLatin1String("undelivered"))
                run.history.received(QStringLiteral("a"), 7, id, text);
            if (failure == QLatin1String("deliveredTwice"))
                run.history.received(QStringLiteral("a"), 7, id, text);
            if (failure == QLatin1String("deliveredOutOfOrder"))
                run.history.received(QStringLiteral("a"), 7, 10, kPrefix + QStringLiteral("1"));
            run.history.received(QStringLiteral("c"), 7, id, text);
            if (failure == QLatin1String("phantom"))
                run.history.received(QStringLiteral("c"), 7, 99, kPrefix + QStringLiteral("ghost"));
            if (failure == QLatin1String("anomaly"))
                run.history.anomaly(QStringLiteral("a"), QStringLiteral("events 5 to 6 skipped"));
        }
        const auto v = run.verdict();
        QVERIFY2(!v.clean(), qPrintable(v.summary()));
        const QHash<QString, int> counts{
            {QStringLiteral("lost"), v.lost}, {QStringLiteral("duplicated"), v.duplicated}, {QStringLiteral("wrongId"), v.wrongId},
            {QStringLiteral("outOfOrder"), v.outOfOrder}, {QStringLiteral("refused"), v.refused},
            {QStringLiteral("undelivered"), v.undelivered}, {QStringLiteral("deliveredTwice"), v.deliveredTwice},
            {QStringLiteral("deliveredOutOfOrder"), v.deliveredOutOfOrder}, {QStringLiteral("phantom"), v.phantom},
            {QStringLiteral("anomaly"), v.anomalies}, {QStringLiteral("unacknowledgedTwice"), v.duplicated}};
        QVERIFY2(counts.value(failure) >= 1, qPrintable(v.summary()));
    }

    void anUnacknowledgedMessageStoredOnceIsAllowed()
    {
        Run run;
        run.good(QStringLiteral("1"), 10);
        const QString text = kPrefix + QStringLiteral("2");
        run.history.invoked(QStringLiteral("c"), QStringLiteral("2"), 7, text);
        run.history.attempted(QStringLiteral("2"));
        run.stored << FaultChecker::Stored{11, 7, text};
        run.history.received(QStringLiteral("c"), 7, 11, text);
        run.history.received(QStringLiteral("a"), 7, 11, text);
        const auto v = run.verdict();
        QVERIFY2(v.clean(), qPrintable(v.problems.join(u'\n')));
        QCOMPARE(v.unacknowledged, 1);
        QCOMPARE(v.unacknowledgedStored, 1);
    }
};

QTEST_GUILESS_MAIN(TestFaultChecker)
#include "tst_FaultChecker.moc"
