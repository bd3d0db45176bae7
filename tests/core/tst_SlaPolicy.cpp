#include "policy/SlaPolicy.h"

#include <QTest>

using namespace agentdesk;

class TestSlaPolicy : public QObject {
    Q_OBJECT
private slots:
    void states_data()
    {
        QTest::addColumn<qint64>("waitingSince");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<int>("expected");
        const qint64 t0 = 1'700'000'000'000;
        QTest::newRow("not waiting") << qint64(0) << t0 << int(SlaPolicy::State::NotWaiting);
        QTest::newRow("just arrived") << t0 << t0 << int(SlaPolicy::State::Ok);
        QTest::newRow("1:59") << t0 << t0 + 119'999 << int(SlaPolicy::State::Ok);
        QTest::newRow("2:00 is near") << t0 << t0 + 120'000 << int(SlaPolicy::State::Near);
        QTest::newRow("2:59") << t0 << t0 + 179'999 << int(SlaPolicy::State::Near);
        QTest::newRow("3:00 is breached") << t0 << t0 + 180'000 << int(SlaPolicy::State::Breached);
        QTest::newRow("clock behind") << t0 << t0 - 5000 << int(SlaPolicy::State::Ok);
    }

    void states()
    {
        QFETCH(qint64, waitingSince);
        QFETCH(qint64, now);
        QFETCH(int, expected);
        QCOMPARE(int(SlaPolicy().state(waitingSince, now)), expected);
    }

    void customTargets()
    {
        const SlaPolicy oneMinute(60'000);
        QCOMPARE(oneMinute.state(1000, 1000 + 40'000), SlaPolicy::State::Near);
        QCOMPARE(oneMinute.state(1000, 1000 + 60'000), SlaPolicy::State::Breached);
        QCOMPARE(SlaPolicy(0).targetMs(), SlaPolicy::kDefaultTargetMs);  // nonsense falls back to the default
    }
};

QTEST_GUILESS_MAIN(TestSlaPolicy)
#include "tst_SlaPolicy.moc"
