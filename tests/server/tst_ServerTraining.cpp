// Training on a server over real sockets: a trainer sets an agent scenarios with a note, the agent
// sees them, submits attempts (each stored once, however often it is sent), the trainer reads the
// agent's results and one whole attempt for the replay, the assignment counts the attempts made
// since it was set, and a trainer takes an assignment back. Who coaches whom: trainers and admins
// every agent, a lead their own team's agents only, agents nobody; an agent reads their own.
// Bad inputs tried: training.trainees / training.assign from an agent; a lead assigning to an
// agent of another team and reading their results; an agent reading another agent's results,
// assignments and one result; assigning to a lead, to oneself, to nobody (id 9999); no scenario,
// a scenario id with capitals, with a slash, of 65 characters; unassigning an assignment that
// does not exist and one of another team (as a lead); a submitted attempt that is not JSON, an
// array, of format 2, whose total is not the sum of its points, whose rating is 7, longer than
// the 60,000-character limit; training frames on the customer endpoint; the same idempotency key
// for another attempt.

#include "SampleAttempt.h"
#include "TestServer.h"
#include "WsClient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {

constexpr int kWait = 10000;

template <class T>
Frame ask(WsClient& client, T payload)
{
    return client.request(std::move(payload), kWait);
}

sandbox::SandboxResult attempt(const QString& scenario, qint64 startedAt, int rating, sandbox::Outcome outcome)
{
    return sampleAttempt(scenario, startedAt, rating, outcome, QStringLiteral("zh"));
}

QString json(const sandbox::SandboxResult& r)
{
    return QString::fromUtf8(r.toJson(true));
}

const TrainingAssignment* assignmentOf(const std::vector<TrainingAssignment>& all, const QString& scenario)
{
    const auto it = std::find_if(all.begin(), all.end(), [&](const TrainingAssignment& a) { return a.scenarioId == scenario; });
    return it == all.end() ? nullptr : &*it;
}

const Trainee* traineeNamed(const std::vector<Trainee>& all, qint64 id)
{
    const auto it = std::find_if(all.begin(), all.end(), [&](const Trainee& t) { return t.id == id; });
    return it == all.end() ? nullptr : &*it;
}

} // namespace

class TestServerTraining : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }
    void cleanup() { m_server.reset(); }

    void aTrainerAssignsAndReadsResults()
    {
        Staff trainer = signIn(*m_server, QStringLiteral("trainer1"));
        Staff agent = signIn(*m_server, QStringLiteral("agent1"));
        QVERIFY(trainer && agent);

        // Every agent of the shop, none of the leads, trainers or admins.
        const Frame list = ask(*trainer, TrainingTrainees{});
        QVERIFY2(list.as<TrainingTraineesOk>(), describe(list));
        const auto& trainees = list.as<TrainingTraineesOk>()->trainees;
        QCOMPARE(trainees.size(), size_t(6));
        const Trainee* liNa = traineeNamed(trainees, agent.id);
        QVERIFY(liNa);
        QCOMPARE(liNa->results, 0);
        QCOMPARE(liNa->averageScore, -1);

        const Frame assigned = ask(*trainer, TrainingAssign{newKey(), agent.id,
                                                             {QStringLiteral("hesitant-buyer"), QStringLiteral("late-parcel"),
                                                              QStringLiteral("hesitant-buyer")},
                                                             QStringLiteral("  Offer the coupon early  ")});
        QVERIFY2(assigned.as<TrainingAssignOk>(), describe(assigned));
        const auto& set = assigned.as<TrainingAssignOk>()->assignments;
        QCOMPARE(set.size(), size_t(2));
        const TrainingAssignment* hesitant = assignmentOf(set, QStringLiteral("hesitant-buyer"));
        QVERIFY(hesitant);
        QCOMPARE(hesitant->note, QStringLiteral("Offer the coupon early"));
        QCOMPARE(hesitant->coachName, QStringLiteral("Sun Li 孙丽"));
        QCOMPARE(hesitant->attempts, 0);
        QCOMPARE(hesitant->bestScore, -1);

        // The agent sees what is set to them.
        const Frame mine = ask(*agent, TrainingAssignments{0});
        QVERIFY2(mine.as<TrainingAssignmentsOk>(), describe(mine));
        QCOMPARE(mine.as<TrainingAssignmentsOk>()->assignments.size(), size_t(2));

        // Two attempts; the first sent twice (a retry after a lost reply, with a new key) is stored once.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto poor = attempt(QStringLiteral("hesitant-buyer"), now, 1, sandbox::Outcome::Left);
        const auto good = attempt(QStringLiteral("hesitant-buyer"), now + 600'000, 5, sandbox::Outcome::Purchase);
        const Frame first = ask(*agent, TrainingSubmit{newKey(), json(poor)});
        QVERIFY2(first.as<TrainingSubmitOk>(), describe(first));
        QVERIFY(!first.as<TrainingSubmitOk>()->duplicate);
        const TrainingResult stored = first.as<TrainingSubmitOk>()->result;
        QCOMPARE(stored.total, poor.score.total());
        QCOMPARE(stored.outcome, QStringLiteral("left"));
        QCOMPARE(stored.traineeId, agent.id);
        const Frame again = ask(*agent, TrainingSubmit{newKey(), json(poor)});
        QVERIFY2(again.as<TrainingSubmitOk>(), describe(again));
        QVERIFY(again.as<TrainingSubmitOk>()->duplicate);
        QCOMPARE(again.as<TrainingSubmitOk>()->result.id, stored.id);
        QVERIFY(ask(*agent, TrainingSubmit{newKey(), json(good)}).as<TrainingSubmitOk>());

        // The trainer sees both, newest first, and a page of one.
        const Frame results = ask(*trainer, TrainingResults{agent.id, {}, 0, 200});
        QVERIFY2(results.as<TrainingResultsOk>(), describe(results));
        const auto& rows = results.as<TrainingResultsOk>()->results;
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0].total, good.score.total());
        QCOMPARE(rows[0].rating, 5);
        QCOMPARE(rows[1].id, stored.id);
        QCOMPARE(rows[0].traineeName, QStringLiteral("Li Na 李娜"));
        const Frame page = ask(*trainer, TrainingResults{agent.id, QStringLiteral("hesitant-buyer"), 0, 1});
        QVERIFY(page.as<TrainingResultsOk>() && page.as<TrainingResultsOk>()->more);
        QCOMPARE(page.as<TrainingResultsOk>()->results.size(), size_t(1));
        QVERIFY(ask(*trainer, TrainingResults{agent.id, QStringLiteral("late-parcel"), 0, 10}).as<TrainingResultsOk>()->results.empty());

        // The whole attempt, as the replay needs it.
        const Frame whole = ask(*trainer, TrainingResultGet{stored.id});
        QVERIFY2(whole.as<TrainingResultOk>(), describe(whole));
        QString error;
        const auto back = sandbox::SandboxResult::fromJson(whole.as<TrainingResultOk>()->attempt.toUtf8(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), poor.toJson());

        // The assignment counts the attempts since it was set, and the best.
        const Frame progress = ask(*trainer, TrainingAssignments{agent.id});
        const TrainingAssignment* after = assignmentOf(progress.as<TrainingAssignmentsOk>()->assignments, QStringLiteral("hesitant-buyer"));
        QVERIFY(after);
        QCOMPARE(after->attempts, 2);
        QCOMPARE(after->bestScore, good.score.total());
        const Frame again2 = ask(*trainer, TrainingTrainees{});
        const Trainee* progressed = traineeNamed(again2.as<TrainingTraineesOk>()->trainees, agent.id);
        QCOMPARE(progressed->results, 2);
        QCOMPARE(progressed->assigned, 2);
        QCOMPARE(progressed->averageScore, qRound((poor.score.total() + good.score.total()) / 2.0));

        // Taken back: gone for the agent too.
        QVERIFY(ask(*trainer, TrainingUnassign{newKey(), after->id}).as<TrainingUnassignOk>());
        const Frame left = ask(*agent, TrainingAssignments{0});
        QCOMPARE(left.as<TrainingAssignmentsOk>()->assignments.size(), size_t(1));
        QVERIFY(isError(ask(*trainer, TrainingUnassign{newKey(), after->id}), ErrorCode::NotFound));

        // The results stay after a restart.
        QVERIFY(m_server->restart());
        Staff again3 = signIn(*m_server, QStringLiteral("trainer2"));
        QCOMPARE(ask(*again3, TrainingResults{agent.id, {}, 0, 10}).as<TrainingResultsOk>()->results.size(), size_t(2));
    }

    void whoCoachesWhom()
    {
        Staff agent1 = signIn(*m_server, QStringLiteral("agent1"));  // team 1
        Staff agent4 = signIn(*m_server, QStringLiteral("agent4"));  // team 2
        Staff lead1 = signIn(*m_server, QStringLiteral("lead1"));    // team 1
        Staff admin = signIn(*m_server, QStringLiteral("admin1"));
        QVERIFY(agent1 && agent4 && lead1 && admin);
        QVERIFY(ask(*agent4, TrainingSubmit{newKey(), json(attempt(QStringLiteral("late-parcel"), 1'700'000'000'000, 3,
                                                                   sandbox::Outcome::Resolved))}).as<TrainingSubmitOk>());

        // Agents coach nobody.
        QVERIFY(isError(ask(*agent1, TrainingTrainees{}), ErrorCode::Forbidden));
        QVERIFY(isError(ask(*agent1, TrainingAssign{newKey(), agent4.id, {QStringLiteral("late-parcel")}, {}}), ErrorCode::Forbidden));
        QVERIFY(isError(ask(*agent1, TrainingResults{agent4.id, {}, 0, 10}), ErrorCode::NotFound));
        QVERIFY(isError(ask(*agent1, TrainingAssignments{agent4.id}), ErrorCode::NotFound));
        const Frame theirs = ask(*agent4, TrainingResults{0, {}, 0, 10});
        QCOMPARE(theirs.as<TrainingResultsOk>()->results.size(), size_t(1));
        const qint64 resultId = theirs.as<TrainingResultsOk>()->results.front().id;
        QVERIFY(isError(ask(*agent1, TrainingResultGet{resultId}), ErrorCode::NotFound));
        QVERIFY(ask(*agent4, TrainingResultGet{resultId}).as<TrainingResultOk>());

        // A lead: their team's agents only.
        const Frame team = ask(*lead1, TrainingTrainees{});
        QVERIFY2(team.as<TrainingTraineesOk>(), describe(team));
        for (const Trainee& t : team.as<TrainingTraineesOk>()->trainees)
            QCOMPARE(t.teamId, lead1.teamId);
        QCOMPARE(team.as<TrainingTraineesOk>()->trainees.size(), size_t(3));
        QVERIFY(isError(ask(*lead1, TrainingAssign{newKey(), agent4.id, {QStringLiteral("late-parcel")}, {}}), ErrorCode::NotFound));
        QVERIFY(isError(ask(*lead1, TrainingResults{agent4.id, {}, 0, 10}), ErrorCode::NotFound));
        QVERIFY(isError(ask(*lead1, TrainingResultGet{resultId}), ErrorCode::NotFound));
        QVERIFY(ask(*lead1, TrainingAssign{newKey(), agent1.id, {QStringLiteral("late-parcel")}, {}}).as<TrainingAssignOk>());

        // An admin coaches every agent, but not a lead, nor themselves, nor nobody.
        const Frame set = ask(*admin, TrainingAssign{newKey(), agent4.id, {QStringLiteral("late-parcel")}, {}});
        QVERIFY2(set.as<TrainingAssignOk>(), describe(set));
        const qint64 team2Assignment = set.as<TrainingAssignOk>()->assignments.front().id;
        QVERIFY(isError(ask(*lead1, TrainingUnassign{newKey(), team2Assignment}), ErrorCode::NotFound));
        QVERIFY(isError(ask(*lead1, TrainingUnassign{newKey(), 9999}), ErrorCode::NotFound));
        QVERIFY(ask(*admin, TrainingResultGet{resultId}).as<TrainingResultOk>());
        QVERIFY(isError(ask(*admin, TrainingAssign{newKey(), lead1.id, {QStringLiteral("late-parcel")}, {}}), ErrorCode::NotFound));
        QVERIFY(isError(ask(*admin, TrainingAssign{newKey(), admin.id, {QStringLiteral("late-parcel")}, {}}), ErrorCode::NotFound));
        QVERIFY(isError(ask(*admin, TrainingAssign{newKey(), 9999, {QStringLiteral("late-parcel")}, {}}), ErrorCode::NotFound));

        // Not on the customer endpoint.
        auto customer = liveCustomer(*m_server, QStringLiteral("demo-0001"));
        QVERIFY(customer);
        QVERIFY(isError(ask(*customer, TrainingResults{0, {}, 0, 10}), ErrorCode::Forbidden));
        QVERIFY(isError(ask(*customer, TrainingSubmit{newKey(), json(attempt(QStringLiteral("late-parcel"), 1, 3,
                                                                             sandbox::Outcome::Resolved))}),
                        ErrorCode::Forbidden));
    }

    void badAssignmentsAndAttemptsAreRefused()
    {
        Staff trainer = signIn(*m_server, QStringLiteral("trainer1"));
        Staff agent = signIn(*m_server, QStringLiteral("agent1"));
        QVERIFY(trainer && agent);
        for (const std::vector<QString>& ids : std::vector<std::vector<QString>>{
                 {}, {QStringLiteral("Hesitant")}, {QStringLiteral("late/parcel")}, {QString(65, QLatin1Char('a'))},
                 {QStringLiteral("late-parcel"), QString()}}) {
            const Frame f = ask(*trainer, TrainingAssign{newKey(), agent.id, ids, {}});
            QVERIFY2(isError(f, ErrorCode::BadFrame), describe(f));
        }
        QVERIFY(isError(ask(*trainer, TrainingAssign{newKey(), agent.id, {QStringLiteral("late-parcel")}, QString(501, QLatin1Char('x'))}),
                        ErrorCode::BadFrame));
        QVERIFY(ask(*agent, TrainingAssignments{0}).as<TrainingAssignmentsOk>()->assignments.empty());

        auto valid = attempt(QStringLiteral("hesitant-buyer"), 1'700'000'000'000, 4, sandbox::Outcome::Purchase);
        QJsonObject o = QJsonDocument::fromJson(valid.toJson()).object();
        auto with = [&](const char* field, const QJsonValue& v) {
            QJsonObject score = o.value(QStringLiteral("score")).toObject();
            score.insert(QLatin1String(field), v);
            QJsonObject copy = o;
            copy.insert(QStringLiteral("score"), score);
            return QString::fromUtf8(QJsonDocument(copy).toJson(QJsonDocument::Compact));
        };
        QJsonObject format2 = o;
        format2.insert(QStringLiteral("format"), 2);
        const QStringList bad = {QStringLiteral("{not json"), QStringLiteral("[1, 2]"),
                                 QString::fromUtf8(QJsonDocument(format2).toJson()), with("total", 99), with("rating", 7)};
        for (const QString& text : bad) {
            const Frame f = ask(*agent, TrainingSubmit{newKey(), text});
            QVERIFY2(isError(f, ErrorCode::BadFrame), describe(f));
        }
        valid.transcript.emplace_back(sandbox::TranscriptEntry::Who::Agent, valid.endedAt, QString(2880, QLatin1Char('x')));
        for (int i = 0; i < 20; ++i)
            valid.transcript.push_back(valid.transcript.back());
        QVERIFY(valid.toJson(true).size() > 60'000);
        QVERIFY(isError(ask(*agent, TrainingSubmit{newKey(), json(valid)}), ErrorCode::BadFrame));
        QVERIFY(ask(*agent, TrainingResults{0, {}, 0, 10}).as<TrainingResultsOk>()->results.empty());

        // One key, two attempts: the second is refused, not taken for the first.
        const QString key = newKey();
        QVERIFY(ask(*agent, TrainingSubmit{key, json(attempt(QStringLiteral("late-parcel"), 1, 3, sandbox::Outcome::Resolved))})
                    .as<TrainingSubmitOk>());
        QVERIFY(isError(ask(*agent, TrainingSubmit{key, json(attempt(QStringLiteral("late-parcel"), 2, 3, sandbox::Outcome::Resolved))}),
                        ErrorCode::IdempotencyConflict));
        QCOMPARE(ask(*agent, TrainingResults{0, {}, 0, 10}).as<TrainingResultsOk>()->results.size(), size_t(1));
    }

private:
    std::unique_ptr<TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestServerTraining)
#include "tst_ServerTraining.moc"
