// The server's log never holds a secret or what people wrote: with every category on, debug
// included, a day's traffic (staff and customer sign-ins, a token resume, messages, a note, a
// coupon request's reason, a notice, a transfer note, a reply saved to the library, frames that
// fail to decode around such text, a wrong password, sign-out) is logged, and the log is searched
// for each password, token, the channel key and every text sent. The workstation's sync engine
// runs in the same process and is searched too.

#include "TestServer.h"
#include "WsClient.h"
#include "Workstation.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {

constexpr int kWait = 10000;

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog << QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") + message;
    }
    if (previousHandler && type >= QtWarningMsg)
        previousHandler(type, context, message);
}

} // namespace

class TestLogPrivacy : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        previousHandler = qInstallMessageHandler(capture);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules({});
    }

    void noSecretOrTextIsLogged()
    {
        QStringList secrets;
        const auto secret = [&secrets](const QString& text) {
            secrets << text;
            return text;
        };
        {
            TestServer server;
            QVERIFY2(server.start(), qPrintable(server.error()));
            secrets << QStringLiteral("demo1234") << QStringLiteral("demo-channel-key");

            auto customer = std::make_unique<WsClient>(server.customerUrl());
            QVERIFY(customer->waitConnected());
            const AuthOk customerOk = customer->signinCustomer(QStringLiteral("demo-0042"));
            secrets << customerOk.token;
            customer->sync(customerOk.head);

            QTemporaryDir dir;
            Workstation workstation(server.staffUrl(), dir.filePath(QStringLiteral("cache.sqlite")));
            QString error;
            QVERIFY2(workstation.open(&error), qPrintable(error));
            app::LocalCache& cache = workstation.cache;
            app::SyncEngine& engine = workstation.engine;
            engine.start();
            QTRY_COMPARE_WITH_TIMEOUT(engine.state(), app::SyncEngine::State::Online, kWait);
            secrets << cache.token();

            const ConversationInfo c = customer->openConversation(secret(QStringLiteral("my address is 12 Secret Lane")));
            QTRY_VERIFY_WITH_TIMEOUT(!cache.conversations().empty(), kWait);
            QVERIFY(engine.sendMessage(c.id, secret(QStringLiteral("your parcel PX-771 leaves today"))));
            QVERIFY(customer->waitMessage(c.id, QStringLiteral("your parcel PX-771 leaves today"), kWait));
            customer->send(c.id, secret(QStringLiteral("my phone is 139 0000 1111")));
            QVERIFY(engine.addNote(c.id, secret(QStringLiteral("customer sounds upset about the price"))));

            Staff agent = signIn(server, QStringLiteral("agent1"));
            Staff lead = signIn(server, QStringLiteral("lead1"));
            QVERIFY(agent && lead);
            const Frame asked = agent->request(CouponRequest{newKey(), c.id, 4, secret(QStringLiteral("loyal since 2019, asked twice"))}, kWait);
            QVERIFY2(asked.as<CouponRequestOk>(), describe(asked));
            QVERIFY(lead->request(TeamBroadcast{newKey(), 0, secret(QStringLiteral("stand-up moved to eleven"))}, kWait)
                        .as<TeamBroadcastOk>());
            Reply reply;
            reply.title = secret(QStringLiteral("Private title 77"));
            reply.body = secret(QStringLiteral("Private body 88 for {customer.name}"));
            reply.category = ReplyCategory::Logistics;
            reply.language = QStringLiteral("en");
            reply.scope = ReplyScope::Personal;
            QVERIFY(agent->request(ReplySave{newKey(), reply}, kWait).as<ReplySaveOk>());
            QVERIFY(agent->request(ConversationTransfer{newKey(), c.id, 0, 2, secret(QStringLiteral("handing over: refund case 5521"))}, kWait)
                        .as<ConversationTransferOk>());

            // Frames that fail around secret text: the log may say what failed, not what it held.
            agent->sendText(QByteArray("{\"type\":\"message.send\",\"id\":\"x1\",\"key\":\"k-000001\",\"conversationId\":") +
                            QByteArray("\"") + secret(QStringLiteral("broken frame text 4242")).toUtf8() + "\"}");
            QVERIFY(agent->waitReply(QStringLiteral("x1"), kWait).as<protocol::Error>());
            agent->sendText(secret(QStringLiteral("not json at all 9393")).toUtf8());
            QVERIFY(agent->waitError(ErrorCode::BadJson, kWait));
            WsClient guesser(server.staffUrl());
            QVERIFY(guesser.waitConnected());
            QVERIFY(isError(guesser.request(AuthLogin{QStringLiteral("agent2"), secret(QStringLiteral("wrong-password-5150")),
                                                      kProtocolVersion, {}, {}}, kWait),
                            ErrorCode::AuthFailed));
            WsClient resumer(server.staffUrl());
            QVERIFY(resumer.waitConnected());
            const AuthOk leadOk = resumer.login(QStringLiteral("lead1"));
            secrets << leadOk.token;
            WsClient resumed(server.staffUrl());
            QVERIFY(resumed.waitConnected());
            QVERIFY(resumed.request(AuthToken{leadOk.token, kProtocolVersion, {}}, kWait).as<AuthOk>());
            QVERIFY(agent->request(AuthLogout{}, kWait).as<AuthLogoutOk>());
            QTRY_COMPARE_WITH_TIMEOUT(engine.state(), app::SyncEngine::State::Offline, kWait);
        }

        QMutexLocker lock(&logMutex);
        QVERIFY2(capturedLog.size() > 20, "the traffic should have been logged");
        const QString all = capturedLog.join(QLatin1Char('\n'));
        for (const QString& s : std::as_const(secrets)) {
            QVERIFY(!s.isEmpty());
            const qsizetype at = all.indexOf(s);
            QVERIFY2(at < 0, qPrintable(QStringLiteral("the log holds \"%1\": %2").arg(s, all.mid(std::max<qsizetype>(0, at - 120), 240))));
        }
    }
};

QTEST_GUILESS_MAIN(TestLogPrivacy)
#include "tst_LogPrivacy.moc"
