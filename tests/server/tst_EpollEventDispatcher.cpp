// The server's event loop on epoll (EpollEventDispatcher) keeps the behaviour of Qt's own: this
// whole test runs on it, as agentdesk-server's main thread does.
// Inputs tried: single-shot, repeating, zero-interval and precise timers; a readable socket while
// notifiers are excluded; a timer stopped,
// restarted or given a nested event loop inside its own handler; remainingTime of live and
// unknown ids; loopback TCP with 4 MB each way (write notifiers on and off under back-pressure)
// and a peer that closes; a regular file's notifier (epoll refuses those); events posted and a
// loop stopped from another thread; deleteLater; a real server: a customer and an agent talking,
// and a burst of 40 messages answered in order.

#include "EventDispatcherChoice.h"
#include "TestServer.h"
#include "WsClient.h"
#include "net/EpollEventDispatcher.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <thread>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {
class TimerCounter : public QObject {
public:
    QList<int> fired;
    std::function<void(int)> onFire;

protected:
    void timerEvent(QTimerEvent* event) override
    {
        fired << event->timerId();
        if (onFire)
            onFire(event->timerId());
    }
};
} // namespace

class TestEpollEventDispatcher : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(qobject_cast<server::EpollEventDispatcher*>(QAbstractEventDispatcher::instance()) != nullptr,
                 "the test's main thread does not run on EpollEventDispatcher");
    }

    void aSingleShotTimerFiresOnceAndNotEarly()
    {
        int fired = 0;
        QElapsedTimer clock;
        clock.start();
        qint64 firedAfter = -1;
        QTimer::singleShot(50, Qt::PreciseTimer, this, [&] {
            ++fired;
            firedAfter = clock.elapsed();
        });
        QTRY_COMPARE_WITH_TIMEOUT(fired, 1, 5000);
        QVERIFY2(firedAfter >= 49, qPrintable(QString::number(firedAfter)));
        QTest::qWait(120);
        QCOMPARE(fired, 1);
    }

    void aRepeatingTimerKeepsFiring()
    {
        QTimer timer;
        int fired = 0;
        connect(&timer, &QTimer::timeout, this, [&] { ++fired; });
        timer.start(10);
        QTRY_VERIFY_WITH_TIMEOUT(fired >= 5, 5000);
        QVERIFY(timer.remainingTime() >= 0 && timer.remainingTime() <= 10);
        timer.stop();
        const int stoppedAt = fired;
        QTest::qWait(60);
        QCOMPARE(fired, stoppedAt);
    }

    void aZeroTimerFiresOnEveryPassButNotTwiceInOne()
    {
        TimerCounter counter;
        const int id = counter.startTimer(0);
        QVERIFY(id > 0);
        QCoreApplication::processEvents();
        QCOMPARE(counter.fired.size(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(counter.fired.size(), 2);
        counter.killTimer(id);
        QCoreApplication::processEvents();
        QCOMPARE(counter.fired.size(), 2);
    }

    void aTimerMayStopOrRestartItselfInItsHandler()
    {
        TimerCounter counter;
        int restarted = 0;
        counter.onFire = [&](int id) {
            counter.killTimer(id);
            if (restarted++ < 2)
                counter.startTimer(5);
        };
        counter.startTimer(5);
        QTRY_COMPARE_WITH_TIMEOUT(counter.fired.size(), 3, 5000);
        QTest::qWait(50);
        QCOMPARE(counter.fired.size(), 3);
        QVERIFY(QAbstractEventDispatcher::instance()->registeredTimers(&counter).isEmpty());
    }

    void aNestedLoopInAHandlerDoesNotFireThatTimerAgain()
    {
        TimerCounter counter;
        int other = 0;
        QTimer otherTimer;
        connect(&otherTimer, &QTimer::timeout, this, [&] { ++other; });
        counter.onFire = [&](int id) {
            if (counter.fired.size() == 1) {
                otherTimer.start(1);
                QTest::qWait(50);  // a nested loop: the other timer fires, this one does not
                counter.killTimer(id);
            }
        };
        counter.startTimer(0);
        QTRY_VERIFY_WITH_TIMEOUT(!counter.fired.isEmpty(), 5000);
        QTest::qWait(20);
        QCOMPARE(counter.fired.size(), 1);
        QVERIFY2(other >= 3, qPrintable(QString::number(other)));
    }

    void remainingTimeOfTimers()
    {
        TimerCounter counter;
        const int id = counter.startTimer(1000);
        const int left = QAbstractEventDispatcher::instance()->remainingTime(id);
        QVERIFY2(left > 900 && left <= 1000, qPrintable(QString::number(left)));
        const auto timers = QAbstractEventDispatcher::instance()->registeredTimers(&counter);
        QCOMPARE(timers.size(), 1);
        QCOMPARE(timers.first().timerId, id);
        QCOMPARE(timers.first().interval, 1000);
        counter.killTimer(id);
        QCOMPARE(QAbstractEventDispatcher::instance()->remainingTime(id), -1);
        QCOMPARE(QAbstractEventDispatcher::instance()->remainingTime(987654), -1);
        QVERIFY(!QAbstractEventDispatcher::instance()->unregisterTimer(987654));
    }

    void loopbackTcpCarriesMegabytesBothWays()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(listener.hasPendingConnections(), 5000);
        QTcpSocket* accepted = listener.nextPendingConnection();
        QVERIFY(client.waitForConnected(0) || client.state() == QAbstractSocket::ConnectedState
                || QTest::qWaitFor([&] { return client.state() == QAbstractSocket::ConnectedState; }, 5000));
        // The accepted side echoes everything back.
        connect(accepted, &QTcpSocket::readyRead, accepted, [accepted] { accepted->write(accepted->readAll()); });
        const qint64 total = 4 * 1024 * 1024;
        QByteArray sent;
        sent.reserve(total);
        for (qint64 i = 0; i < total; ++i)
            sent.append(char('a' + i % 23));
        client.write(sent);  // far more than the socket buffers: the write notifier turns on and off
        QByteArray received;
        connect(&client, &QTcpSocket::readyRead, this, [&] { received.append(client.readAll()); });
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), sent.size(), 30000);
        QVERIFY(received == sent);
        bool disconnected = false;
        connect(&client, &QTcpSocket::disconnected, this, [&] { disconnected = true; });
        accepted->close();
        QTRY_VERIFY_WITH_TIMEOUT(disconnected, 5000);
    }

    void excludedNotifiersNeitherFireNorSpinTheLoop()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, listener.serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(listener.hasPendingConnections() && client.state() == QAbstractSocket::ConnectedState, 5000);
        QTcpSocket* accepted = listener.nextPendingConnection();
        accepted->write("ready to read");
        QVERIFY(accepted->waitForBytesWritten(5000));
        int reads = 0;
        connect(&client, &QTcpSocket::readyRead, this, [&] { ++reads; });
        bool fired = false;
        QTimer::singleShot(100, this, [&] { fired = true; });
        // The client's socket is readable all along; excluded, it must not wake the wait.
        int passes = 0;
        QElapsedTimer clock;
        clock.start();
        while (!fired && clock.elapsed() < 5000) {
            QCoreApplication::processEvents(QEventLoop::ExcludeSocketNotifiers | QEventLoop::WaitForMoreEvents);
            ++passes;
        }
        QVERIFY(fired);
        QCOMPARE(reads, 0);
        QVERIFY2(passes < 50, qPrintable(QStringLiteral("%1 passes in %2 ms").arg(passes).arg(clock.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(reads > 0, 5000);
    }

    void aRegularFileIsAlwaysReady()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("x");
        file.flush();
        QSocketNotifier notifier(file.handle(), QSocketNotifier::Read);
        int activated = 0;
        connect(&notifier, &QSocketNotifier::activated, this, [&] {
            ++activated;
            notifier.setEnabled(false);
        });
        QTRY_COMPARE_WITH_TIMEOUT(activated, 1, 5000);
        QTest::qWait(20);
        QCOMPARE(activated, 1);
    }

    void anotherThreadWakesTheLoopAndStopsIt()
    {
        QEventLoop loop;
        std::atomic<bool> invoked = false;
        QElapsedTimer clock;
        clock.start();
        std::thread other([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            QMetaObject::invokeMethod(this, [&] { invoked = true; }, Qt::QueuedConnection);
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            QMetaObject::invokeMethod(&loop, [&] { loop.quit(); }, Qt::QueuedConnection);
        });
        // No timer and no socket to wake it: only the other thread's posts can.
        QTimer guard;
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, &loop, [&] { loop.exit(1); });
        guard.start(10000);
        const int result = loop.exec();
        other.join();
        QCOMPARE(result, 0);
        QVERIFY(invoked);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    void deleteLaterIsCarriedOut()
    {
        QPointer<QObject> doomed = new QObject;
        doomed->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(doomed.isNull(), 5000);
    }

    void aRealServerRoutesAndAnswersInOrder()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        Staff agent = signIn(server, QStringLiteral("agent1"));
        QVERIFY(agent);
        auto customer = liveCustomer(server, QStringLiteral("demo-0001"));
        QVERIFY(customer);
        const ConversationInfo opened = customer->openConversation(QStringLiteral("hello over epoll"));
        QVERIFY(agent->waitConversation([&](const ConversationInfo& c) {
            return c.id == opened.id && c.status == ConversationStatus::Assigned;
        }, 10000));
        const ChatMessage answer = agent->send(opened.id, QStringLiteral("hello, customer"));
        QVERIFY(answer.id > 0);
        QVERIFY(customer->waitMessage(opened.id, QStringLiteral("hello, customer")));
        // A burst, sent without waiting: each answered, in order.
        constexpr int kBurst = 40;
        for (int i = 0; i < kBurst; ++i) {
            MessageSend send;
            send.key = newKey();
            send.conversationId = opened.id;
            send.text = QStringLiteral("burst %1").arg(i);
            customer->sendText(FrameCodec::encode(send, QStringLiteral("b%1").arg(i)));
        }
        for (int i = 0; i < kBurst; ++i) {
            const Frame reply = customer->waitReply(QStringLiteral("b%1").arg(i), 10000);
            QVERIFY2(reply.as<MessageSendOk>(), describe(reply).constData());
            QCOMPARE(reply.as<MessageSendOk>()->message.text, QStringLiteral("burst %1").arg(i));
        }
        QVERIFY(agent->waitMessage(opened.id, QStringLiteral("burst %1").arg(kBurst - 1), 10000));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication::setEventDispatcher(new server::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    TestEpollEventDispatcher test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_EpollEventDispatcher.moc"
