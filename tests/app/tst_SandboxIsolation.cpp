// The desktop program's sandbox, as a trainee starts it, with a production server saved in the
// settings and running: `agentdesk --sandbox hesitant-buyer --autoplay --screenshot` plays the
// scenario to its end on its own embedded server and writes the window and the report, while the
// production server sees no connection at all and its database no new row (no sandbox data there,
// and with no connection no production data can reach the sandbox). Bad starts tried: --sandbox
// with --server, an unknown scenario, a broken scenario file, two scenarios, --autoplay alone,
// --training-outbox alone and with --autoplay, an unknown --view, a --ca-cert file that holds no
// certificate.

#include "DatabasePeek.h"
#include "TestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::test;

namespace {
bool isPicture(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.size() > 10'000 && f.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8);
}

// Every table's rows, by name: what "nothing written" is checked against.
QMap<QString, qint64> rowCounts(const QString& database)
{
    QMap<QString, qint64> out;
    DatabasePeek db(database);
    for (const QString& table : db.tables())
        out.insert(table, db.scalar(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table)));
    return out;
}
} // namespace

class TestSandboxIsolation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    }

    void aSandboxNeverTouchesTheProductionServer()
    {
        TestServer production;
        QVERIFY2(production.start(), qPrintable(production.error()));
        // The trainee's saved server is the production one, as on a shop's desktop.
        {
            QSettings saved(m_home.filePath(QStringLiteral("config/AgentDesk/agentdesk.conf")), QSettings::IniFormat);
            saved.setValue(QStringLiteral("server/url"), production.staffUrl().toString());
            saved.setValue(QStringLiteral("server/user"), QStringLiteral("agent1"));
        }
        const QMap<QString, qint64> before = rowCounts(production.database());
        QVERIFY(before.value(QStringLiteral("customers")) > 0);

        QProcess agentdesk;
        agentdesk.setProcessEnvironment(m_env);
        const QString shot = m_home.filePath(QStringLiteral("sandbox.png"));
        agentdesk.start(QStringLiteral(AGENTDESK_BINARY),
                        {QStringLiteral("--sandbox"), QStringLiteral("hesitant-buyer"), QStringLiteral("--autoplay"),
                         QStringLiteral("--screenshot"), shot, QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY(agentdesk.waitForStarted());
        int mostConnections = 0;
        QElapsedTimer clock;
        clock.start();
        while (agentdesk.state() != QProcess::NotRunning && clock.elapsed() < 150'000) {
            mostConnections = std::max(mostConnections, production.server().connectionCount());
            QTest::qWait(20);
        }
        QCOMPARE(agentdesk.state(), QProcess::NotRunning);
        const QString output = QString::fromUtf8(agentdesk.readAllStandardOutput() + agentdesk.readAllStandardError());
        QVERIFY2(agentdesk.exitCode() == 0, qPrintable(output.right(2000)));
        // The session ran to its end: the window and the report were written.
        QVERIFY2(output.contains(QStringLiteral("report written")), qPrintable(output.right(2000)));
        QVERIFY(isPicture(shot));
        QVERIFY(isPicture(m_home.filePath(QStringLiteral("sandbox-report.png"))));

        QCOMPARE(mostConnections, 0);
        const QMap<QString, qint64> after = rowCounts(production.database());
        QCOMPARE(after, before);
        // A demonstration is no attempt of the trainee's: nothing kept in their data folder.
        QVERIFY(!QDir(m_home.filePath(QStringLiteral("data/AgentDesk/agentdesk/sandbox-results"))).exists());
    }

    void badStartsSayWhy_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString broken = m_home.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": 1, "id": "broken"})");
        file.close();
        QTest::newRow("with a server") << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--server"),
                                                      QStringLiteral("ws://127.0.0.1:1/v1/staff")}
                                       << QStringLiteral("no --server");
        QTest::newRow("unknown") << QStringList{QStringLiteral("--sandbox"), QStringLiteral("no-such-scenario"),
                                                QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("x.png"))}
                                 << QStringLiteral("No scenario \"no-such-scenario\": give one of");
        QTest::newRow("broken file") << QStringList{QStringLiteral("--sandbox"), broken, QStringLiteral("--screenshot"),
                                                    m_home.filePath(QStringLiteral("x.png"))}
                                     << QStringLiteral("difficulty: missing");
        QTest::newRow("two scenarios") << QStringList{QStringLiteral("--sandbox"), QStringLiteral("a"), QStringLiteral("b")}
                                       << QStringLiteral("one scenario");
        QTest::newRow("autoplay alone") << QStringList{QStringLiteral("--autoplay")} << QStringLiteral("go with --sandbox");
        QTest::newRow("outbox alone") << QStringList{QStringLiteral("--training-outbox"), m_home.path()}
                                      << QStringLiteral("go with --sandbox");
        QTest::newRow("outbox of a demonstration")
            << QStringList{QStringLiteral("--sandbox"), QStringLiteral("hesitant-buyer"), QStringLiteral("--autoplay"),
                           QStringLiteral("--training-outbox"), m_home.path()}
            << QStringLiteral("not --autoplay or --screenshot");
        QTest::newRow("a CA file that is not one")
            << QStringList{QStringLiteral("--server"), QStringLiteral("wss://127.0.0.1:1/v1/staff"), QStringLiteral("--ca-cert"),
                           broken}
            << QStringLiteral("no PEM certificate could be read");
        QTest::newRow("unknown view") << QStringList{QStringLiteral("--view"), QStringLiteral("trainer")}
                                      << QStringLiteral("workspace, supervisor or training");
    }

    void badStartsSayWhy()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QProcess agentdesk;
        agentdesk.setProcessEnvironment(m_env);
        agentdesk.start(QStringLiteral(AGENTDESK_BINARY), arguments);
        QVERIFY(agentdesk.waitForFinished(30'000));
        QCOMPARE(agentdesk.exitCode(), 2);
        const QString err = QString::fromUtf8(agentdesk.readAllStandardError());
        QVERIFY2(err.contains(expected), qPrintable(err));
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(TestSandboxIsolation)
#include "tst_SandboxIsolation.moc"
