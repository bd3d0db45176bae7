// The heartbeat pings a slice of the sessions each tick, so that 10,000 connections are not
// pinged (and do not answer) in one burst, while each session is still pinged once per interval.
// Inputs tried: the default interval (25 s), the shortest (100 ms), one between ticks (250 ms),
// 10,000 sessions' addresses from real allocations.

#include "net/PingRota.h"

#include <QTest>

#include <memory>
#include <vector>

using agentdesk::server::PingRota;

class TestPingRota : public QObject {
    Q_OBJECT
private slots:
    void ticksAreShortAndCoverTheInterval_data()
    {
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<int>("slices");
        QTest::newRow("default") << 25'000 << 250;
        QTest::newRow("shortest") << 100 << 1;
        QTest::newRow("between ticks") << 250 << 2;
    }
    void ticksAreShortAndCoverTheInterval()
    {
        QFETCH(int, intervalMs);
        QFETCH(int, slices);
        const PingRota rota(intervalMs);
        QCOMPARE(rota.slices(), slices);
        QVERIFY(rota.tickMs() <= PingRota::kTickMs * 2);
        // A whole rotation lasts about one interval: a silent peer is still found after two.
        QVERIFY(rota.slices() * rota.tickMs() <= intervalMs);
        QVERIFY(rota.slices() * rota.tickMs() > intervalMs - rota.tickMs());
    }

    void eachSessionOncePerRotationInSmallSlices()
    {
        PingRota rota(25'000);
        std::vector<std::unique_ptr<int>> sessions;
        for (int i = 0; i < 10'000; ++i)
            sessions.push_back(std::make_unique<int>(i));
        std::vector<int> pinged(sessions.size(), 0);
        int largestTick = 0;
        for (int tick = 0; tick < 2 * rota.slices(); ++tick) {
            int thisTick = 0;
            for (size_t i = 0; i < sessions.size(); ++i) {
                if (rota.isDue(sessions[i].get())) {
                    ++pinged[i];
                    ++thisTick;
                }
            }
            largestTick = std::max(largestTick, thisTick);
            rota.advance();
        }
        for (int count : pinged)
            QCOMPARE(count, 2);  // two rotations
        // 40 a tick on average; all 10,000 at once was the problem.
        QVERIFY2(largestTick < 100, qPrintable(QString::number(largestTick)));
    }
};

QTEST_GUILESS_MAIN(TestPingRota)
#include "tst_PingRota.moc"
