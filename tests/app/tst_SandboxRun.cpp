// Every shipped scenario for real: a sandbox server (the server library on loopback with a
// throw-away SQLite file, the demo shop and the scenario's customer, orders and trainee) and the
// scripted customer on its customer endpoint (app's SandboxCustomer), the scenario's clock 60
// times as fast; a test "trainee" on the staff endpoint plays the expert path and, on a new
// sandbox, the poor path: the messages, a coupon granted through the real policy, closing. Each
// ends where the scenario file says it does when played without a server (PathPlayer), with
// the same points but for the response times (the network's milliseconds are seconds here); a purchase is an order in the shop, a
// rating is the conversation's CSAT. Also: a sandbox refuses a database already in use.

#include "DatabasePeek.h"
#include "TestServer.h"
#include "WsClient.h"
#include "coupon/CouponPolicy.h"
#include "demo/DemoShop.h"
#include "demo/SandboxShop.h"
#include "sandbox/PathPlayer.h"
#include "sandbox/SandboxCustomer.h"
#include "sandbox/ScenarioLoader.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;
using agentdesk::sandbox::PathStep;
using agentdesk::sandbox::ScenarioLoader;

namespace {
const QString kScenarioDir = QStringLiteral(AGENTDESK_SOURCE_DIR "/resources/scenarios");
constexpr double kScale = 60.0;
constexpr int kWait = 10000;

// The most a coupon worth at most `cents` that the policy allows now: what a trainee would pick.
std::optional<qint64> allowedCoupon(WsClient& trainee, qint64 conversationId, qint64 cents)
{
    const Frame reply = trainee.request(CouponsOptions{conversationId}, kWait);
    const auto* o = reply.as<CouponsOptionsOk>();
    return o ? CouponPolicy::largestAllowed(o->templates, o->limits, o->facts, o->serverTime, cents) : std::nullopt;
}

qint64 scalar(const QString& database, const QString& sql)
{
    return DatabasePeek(database).scalar(sql);
}
} // namespace

class TestSandboxRun : public QObject {
    Q_OBJECT
private slots:
    void scenariosPlayOverTheProtocol_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        const QStringList files = QDir(kScenarioDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        // Each scenario once, the languages taking turns (the core test plays both languages).
        for (qsizetype i = 0; i < files.size(); ++i)
            QTest::newRow(qPrintable(files[i])) << files[i] << (i % 2 == 0 ? QStringLiteral("zh") : QStringLiteral("en"));
    }

    void scenariosPlayOverTheProtocol()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        QString error;
        auto scenario = ScenarioLoader::load(QDir(kScenarioDir).filePath(file), server::DemoShop::skus(), &error);
        QVERIFY2(scenario, qPrintable(error));
        const auto shared = std::make_shared<const sandbox::Scenario>(*scenario);

        int scores[2] = {0, 0};
        for (int poor = 0; poor < 2; ++poor) {
            const std::vector<PathStep>& path = poor ? shared->poorPath : shared->expertPath;
            const auto offline = sandbox::PathPlayer::play(*shared, language, path);
            QVERIFY(offline.ending);

            TestServer server([&](server::ServerConfig& c) {
                c.sandbox = shared;
                c.sandboxLanguage = language;
            });
            QVERIFY2(server.start(), qPrintable(server.error()));
            Staff trainee = signIn(server, QLatin1String(server::SandboxShop::kTrainee));
            QVERIFY(trainee);

            app::SandboxCustomer::Options options;
            options.customerUrl = server.customerUrl();
            options.channelKey = QLatin1String(server::DemoShop::kChannelKey);
            options.customerRef = server::SandboxShop::customerRef(*shared);
            options.language = language;
            options.timeScale = kScale;
            app::SandboxCustomer customer(*shared, options);
            QStringList problems;
            connect(&customer, &app::SandboxCustomer::problem, this, [&](const QString& p) { problems << p; });
            customer.start();
            QTRY_VERIFY_WITH_TIMEOUT(customer.conversationId() > 0, kWait);
            const qint64 id = customer.conversationId();
            // Routed to the trainee, the only one of the team online.
            QVERIFY(trainee->waitConversation([&](const ConversationInfo& c) { return c.id == id && c.agentId == trainee.id; }, kWait));
            const qint64 opened = customer.transcript().front().at;

            for (const PathStep& step : path) {
                const qint64 at = opened + step.atSeconds * 1000LL;
                while (customer.now() < at && !customer.finished())
                    QTest::qWait(2);
                if (customer.finished())
                    break;
                switch (step.kind) {
                case PathStep::Kind::Say:
                    QVERIFY(trainee->send(id, step.text.in(language)).id > 0);
                    break;
                case PathStep::Kind::Coupon: {
                    const auto templateId = allowedCoupon(*trainee, id, step.valueCents);
                    QVERIFY2(templateId, "no coupon the policy allows is worth that little");
                    const Frame granted = trainee->request(CouponGrant{newKey(), id, *templateId}, kWait);
                    QVERIFY2(granted.as<CouponGrantOk>() && granted.as<CouponGrantOk>()->granted, describe(granted));
                    break;
                }
                case PathStep::Kind::Close:
                    QVERIFY(trainee->request(ConversationClose{newKey(), id, QStringLiteral("solved")}, kWait).as<ConversationCloseOk>());
                    break;
                case PathStep::Kind::Wait:
                    break;
                }
            }
            QTRY_VERIFY_WITH_TIMEOUT(customer.finished(), int(shared->timeLimitSeconds * 1000 / kScale) + kWait);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            QCOMPARE(customer.ending()->name, offline.ending->name);
            const sandbox::SandboxScore score = customer.score();
            scores[poor] = score.total();
            // The network's milliseconds are seconds at this speed: the response points may lose a
            // half each on a busy machine; everything else is exactly what the scenario says.
            QVERIFY2(score.responsePoints >= offline.score.responsePoints - 16,
                     qPrintable(QStringLiteral("response %1 over the protocol, %2 offline").arg(score.responsePoints).arg(offline.score.responsePoints)));
            QCOMPARE(score.total() - score.responsePoints, offline.score.total() - offline.score.responsePoints);
            QCOMPARE(score.outcome, offline.score.outcome);
            QCOMPARE(score.couponsGranted, offline.score.couponsGranted);

            // What the customer did is in the shop: a purchase is an order, their rating the CSAT.
            const qint64 orders = scalar(server.database(),
                                         QStringLiteral("SELECT COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id"
                                                        " WHERE c.external_ref = '%1' AND o.created_at >= %2")
                                             .arg(server::SandboxShop::customerRef(*shared)).arg(opened - 60'000));
            QTRY_COMPARE_WITH_TIMEOUT(orders == 1, customer.ending()->outcome == sandbox::Outcome::Purchase, kWait);
            if (!customer.transcript().empty() && customer.ending()->outcome != sandbox::Outcome::Left) {
                // Closed by the trainee now, the customer rates it.
                QVERIFY(trainee->request(ConversationClose{newKey(), id, QStringLiteral("solved")}, kWait).as<ConversationCloseOk>());
                QTRY_COMPARE_WITH_TIMEOUT(scalar(server.database(), QStringLiteral("SELECT csat FROM conversations WHERE id = %1").arg(id)),
                                          qint64(customer.ending()->rating), kWait);
            }
        }
        QVERIFY2(scores[0] > scores[1], qPrintable(QStringLiteral("expert %1, poor %2").arg(scores[0]).arg(scores[1])));
    }

    void aSandboxNeedsANewDatabase()
    {
        QString error;
        auto scenario = ScenarioLoader::load(QDir(kScenarioDir).filePath(QStringLiteral("hesitant-buyer.json")),
                                             server::DemoShop::skus(), &error);
        QVERIFY2(scenario, qPrintable(error));
        // A database in use: the demo shop with a conversation in it.
        TestServer used;
        QVERIFY2(used.start(), qPrintable(used.error()));
        {
            auto customer = liveCustomer(used, QStringLiteral("demo-0001"));
            QVERIFY(customer);
            QVERIFY(customer->openConversation(QStringLiteral("hello")).id > 0);
        }
        used.stop();
        const QString path = used.database();
        const qint64 before = scalar(path, QStringLiteral("SELECT COUNT(*) FROM customers"));
        server::ServerConfig config;
        config.port = 0;
        config.database = path;
        config.sandbox = std::make_shared<const sandbox::Scenario>(*scenario);
        server::Server sandbox(config);
        QVERIFY(!sandbox.start(&error));
        QVERIFY2(error.contains(QStringLiteral("a sandbox needs a new database")), qPrintable(error));
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM customers")), before);
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM users WHERE login = 'trainee'")), qint64(0));
    }
};

QTEST_MAIN(TestSandboxRun)
#include "tst_SandboxRun.moc"
