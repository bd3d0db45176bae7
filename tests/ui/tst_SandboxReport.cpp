// The sandbox's results and report on the offscreen platform: a result survives its JSON (every
// figure and the transcript), attempts are listed oldest first with a corrupt file, a foreign
// JSON file and another scenario's attempt left out, and the report shows the total, each part's
// figure and points, the earlier attempts and the expert's advice, and exports the attempt; the
// scenario picker lists each scenario with its difficulty and best score, and its brief; an
// attempt replays step by step (forwards, backwards, playing, an empty one).

#include "SandboxReplayDialog.h"
#include "SandboxReportDialog.h"
#include "SampleAttempt.h"
#include "ScenarioPickerDialog.h"
#include "sandbox/SandboxResultFolder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::sandbox;

namespace {
sandbox::SandboxResult result(qint64 endedAt, int rating, Outcome outcome)
{
    return test::sampleAttempt(QStringLiteral("hesitant-buyer"), endedAt - 120'000, rating, outcome);
}
} // namespace

class TestSandboxReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));  // money as 20.00 on any machine
    }

    void aResultSurvivesItsFile()
    {
        const sandbox::SandboxResult r = result(1'700'000'000'000, 4, Outcome::Purchase);
        QString error;
        const auto back = sandbox::SandboxResult::fromJson(r.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), r.toJson());
        QCOMPARE(back->score.total(), 30 + 0 + 15 + 25 + 12);
        QCOMPARE(back->transcript.size(), size_t(3));
        QVERIFY(back->transcript[1].fromLibrary);
        QCOMPARE(back->transcript[2].couponCents, qint64(2000));
        QVERIFY(!sandbox::SandboxResult::fromJson("{\"format\": 9}", &error));
        QVERIFY(!sandbox::SandboxResult::fromJson("[", &error));
    }

    // What a server reads from a trainee (training.submit) must be what the program writes.
    void anAttemptTheProgramNeverWritesIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("total not the sum") << "score.total" << QJsonValue(100) << "not the sum";
        QTest::newRow("points beyond their share") << "score.outcomePoints" << QJsonValue(26) << "outcomePoints";
        QTest::newRow("negative points") << "score.responsePoints" << QJsonValue(-1) << "responsePoints";
        QTest::newRow("a fraction") << "score.rating" << QJsonValue(2.5) << "rating";
        QTest::newRow("rating of 6") << "score.rating" << QJsonValue(6) << "rating";
        QTest::newRow("unknown outcome") << "score.outcome" << QJsonValue(QStringLiteral("won")) << "score.outcome";
        QTest::newRow("unknown coupon verdict") << "score.coupon" << QJsonValue(3) << "score.coupon";
        QTest::newRow("a number as text") << "score.agentMessages" << QJsonValue(QStringLiteral("3")) << "agentMessages";
        QTest::newRow("language") << "language" << QJsonValue(QStringLiteral("fr")) << "language";
        QTest::newRow("bad scenario id") << "scenario" << QJsonValue(QStringLiteral("../etc/passwd")) << "scenario";
        QTest::newRow("empty scenario id") << "scenario" << QJsonValue(QString()) << "scenario";
        QTest::newRow("ends before it starts") << "endedAt" << QJsonValue(1) << "before startedAt";
        QTest::newRow("a long title") << "title" << QJsonValue(QString(201, QLatin1Char('x'))) << "title";
        QTest::newRow("unknown speaker") << "transcript.0.who" << QJsonValue(QStringLiteral("robot")) << "transcript[0].who";
        QTest::newRow("a long line") << "transcript.1.text" << QJsonValue(QString(4001, QLatin1Char('x'))) << "text";
    }

    void anAttemptTheProgramNeverWritesIsRefused()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject o = QJsonDocument::fromJson(result(1'700'000'000'000, 4, Outcome::Purchase).toJson()).object();
        const QStringList parts = path.split(QLatin1Char('.'));
        if (parts.size() == 1) {
            o.insert(parts[0], value);
        } else if (parts[0] == QLatin1String("score")) {
            QJsonObject score = o.value(parts[0]).toObject();
            score.insert(parts[1], value);
            o.insert(parts[0], score);
        } else {
            QJsonArray lines = o.value(parts[0]).toArray();
            QJsonObject line = lines.at(parts[1].toInt()).toObject();
            line.insert(parts[2], value);
            lines.replace(parts[1].toInt(), line);
            o.insert(parts[0], lines);
        }
        QString error;
        QVERIFY(!sandbox::SandboxResult::fromJson(QJsonDocument(o).toJson(), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void attemptsAreListedOldestFirst()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!app::SandboxResultFolder::save(result(1'700'000'200'000, 5, Outcome::Purchase), dir.path(), &error).isEmpty());
        QVERIFY(!app::SandboxResultFolder::save(result(1'700'000'100'000, 2, Outcome::Left), dir.path(), &error).isEmpty());
        sandbox::SandboxResult other = result(1'700'000'300'000, 5, Outcome::Purchase);
        other.scenarioId = QStringLiteral("vip-gift");
        QVERIFY(!app::SandboxResultFolder::save(other, dir.path(), &error).isEmpty());
        for (const auto& [name, text] : {std::pair{"hesitant-buyer-corrupt.json", QByteArray("{not json")},
                                         std::pair{"hesitant-buyer-foreign.json", QByteArray("{\"format\": 1, \"scenario\": 3}")}}) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        const auto attempts = app::SandboxResultFolder::attempts(dir.path(), QStringLiteral("hesitant-buyer"));
        QCOMPARE(attempts.size(), size_t(2));
        QCOMPARE(attempts[0].score.rating, 2);
        QCOMPARE(attempts[1].score.rating, 5);
        QVERIFY(app::SandboxResultFolder::attempts(dir.filePath(QStringLiteral("none")), QStringLiteral("x")).empty());
    }

    void anAttemptReplaysStepByStep()
    {
        const sandbox::SandboxResult r = result(1'700'000'000'000, 4, Outcome::Purchase);
        ui::SandboxReplayDialog replay(r);
        replay.show();
        QCOMPARE(replay.steps(), 3);
        QCOMPARE(replay.step(), 1);  // the customer's first message
        QCOMPARE(replay.lineText(0), QStringLiteral("+0:00 Customer: Too expensive"));
        replay.next();
        QCOMPARE(replay.step(), 2);
        QCOMPARE(replay.lineText(1), QStringLiteral("+0:20 You: Here is a coupon [from the library]"));
        QCOMPARE(replay.lineText(2), QStringLiteral("+0:30 Shop: a coupon worth ¥20.00 granted"));
        replay.previous();
        replay.previous();
        replay.previous();
        QCOMPARE(replay.step(), 0);  // not below the start
        replay.setStep(99);
        QCOMPARE(replay.step(), 3);  // nor past the end
        if (const QString dir = qEnvironmentVariable("AGENTDESK_SHOTS"); !dir.isEmpty())
            replay.grab().save(dir + QStringLiteral("/sandbox-replay.png"));
        // Playing from the end starts again and goes a line a second.
        replay.play(true);
        QCOMPARE(replay.step(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(replay.step(), 2, 5000);
        replay.play(false);
        const int stopped = replay.step();
        QTest::qWait(1500);
        QCOMPARE(replay.step(), stopped);
        // An attempt without a line replays nothing, and does not break.
        sandbox::SandboxResult empty = r;
        empty.transcript.clear();
        ui::SandboxReplayDialog none(empty);
        QCOMPARE(none.step(), 0);
        none.next();
        QCOMPARE(none.step(), 0);
    }

    void thePickerListsTheScenarios()
    {
        ui::ScenarioPickerDialog picker({{QStringLiteral("hesitant-buyer"), QStringLiteral("The hesitant buyer"), QStringLiteral("easy"),
                                          QStringLiteral("A customer hesitates over the price."), 85, {}},
                                         {QStringLiteral("broken-screen"), QStringLiteral("A cracked screen"), QStringLiteral("hard"),
                                          QStringLiteral("An angry customer wants a free repair."), -1, {}}});
        picker.show();
        QCOMPARE(picker.chosen(), QStringLiteral("hesitant-buyer"));
        const auto* list = picker.findChild<QListWidget*>(QStringLiteral("scenarioList"));
        QVERIFY(list);
        QCOMPARE(list->item(0)->text(), QStringLiteral("The hesitant buyer — easy (your best: 85)"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("A cracked screen — hard"));  // never tried: no best
        picker.choose(QStringLiteral("broken-screen"));
        QCOMPARE(picker.chosen(), QStringLiteral("broken-screen"));
        QCOMPARE(picker.findChild<QLabel*>(QStringLiteral("scenarioBrief"))->text(), QStringLiteral("An angry customer wants a free repair."));
        picker.choose(QStringLiteral("no-such"));
        QCOMPARE(picker.chosen(), QStringLiteral("broken-screen"));
        if (const QString dir = qEnvironmentVariable("AGENTDESK_SHOTS"); !dir.isEmpty())
            picker.grab().save(dir + QStringLiteral("/sandbox-picker.png"));
        // Nothing to choose from: nothing can be started.
        ui::ScenarioPickerDialog empty({});
        QCOMPARE(empty.chosen(), QString());
    }

    void theReportShowsEachPart()
    {
        const sandbox::SandboxResult earlier = result(1'700'000'000'000, 2, Outcome::Left);
        const sandbox::SandboxResult now = result(1'700'000'500'000, 4, Outcome::Purchase);
        ui::SandboxReportDialog report(now, {earlier, now}, QStringLiteral("Grant a coupon within three minutes."));
        report.show();
        QCOMPARE(report.totalText(), QStringLiteral("82 / 100"));
        QCOMPARE(report.rowCount(), 6);
        QCOMPARE(report.cell(0, 1), QStringLiteral("first answer after 0:20, on average 0:20"));
        QCOMPARE(report.cell(0, 2), QStringLiteral("30 / 30"));
        QVERIFY(report.cell(1, 1).startsWith(QStringLiteral("1 of your messages came from the library")));
        QCOMPARE(report.cell(2, 2), QStringLiteral("0 / 15"));  // the missed recommendation
        QVERIFY(report.cell(3, 1).contains(QStringLiteral("20.00")));
        QCOMPARE(report.cell(4, 1), QStringLiteral("The customer bought."));
        QCOMPARE(report.cell(5, 2), QStringLiteral("12 / 15"));
        const QString attempts = report.attemptsText();
        QVERIFY2(attempts.contains(QStringLiteral("Attempt 1")) && attempts.contains(QStringLiteral(": 51/100")), qPrintable(attempts));
        QVERIFY2(attempts.contains(QStringLiteral("Attempt 2")) && attempts.contains(QStringLiteral("82/100 (this one)")), qPrintable(attempts));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("attempt.json"));
        QCOMPARE(report.exportTo(path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        const auto exported = sandbox::SandboxResult::fromJson(f.readAll(), &error);
        QVERIFY2(exported, qPrintable(error));
        QCOMPARE(exported->score.total(), 82);
        QVERIFY(!report.exportTo(dir.filePath(QStringLiteral("no/such/folder/x.json"))).isEmpty());
    }
};

QTEST_MAIN(TestSandboxReport)
#include "tst_SandboxReport.moc"
