// The server's texts to people come in the language each connection named when it signed in
// (auth.login, auth.token, customer.signin "language"), per connection at the same time, English
// when none or an unknown one is named. Inputs tried: zh_CN, zh-Hans-CN, zh, en_US, fr_FR, an
// empty name, "!!", a number instead of a string, a name of 36 characters.

#include "TestServer.h"
#include "WsClient.h"
#include "demo/DemoShop.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {
QString messageOf(const Frame& reply)
{
    const auto* error = reply.as<protocol::Error>();
    return error ? error->message : QStringLiteral("(not an error: %1)").arg(QLatin1String(specOf(reply.type).name));
}

// A request every agent is refused, with an argument in the text.
QString refusalFor(WsClient& client)
{
    return messageOf(client.request(CouponGrant{newKey(), 987654, 1}));
}
} // namespace

class TestServerLanguage : public QObject {
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
    }

    void cleanupTestCase() { m_server.reset(); }

    void eachConnectionGetsItsOwnLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        const QString chinese = QStringLiteral("会话 987654 不存在或您无权查看");
        const QString english = QStringLiteral("no conversation 987654 is visible to you");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << chinese;
        QTest::newRow("zh-Hans-CN") << QStringLiteral("zh-Hans-CN") << chinese;
        QTest::newRow("zh") << QStringLiteral("zh") << chinese;
        QTest::newRow("en_US") << QStringLiteral("en_US") << english;
        QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << english;
        QTest::newRow("none") << QString() << english;
        QTest::newRow("nonsense") << QStringLiteral("!!") << english;
    }

    void eachConnectionGetsItsOwnLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        // Two agents at once, the other one in the other language: nothing is process-wide.
        WsClient agent(m_server->staffUrl());
        WsClient other(m_server->staffUrl());
        QVERIFY(agent.waitConnected() && other.waitConnected());
        QVERIFY(agent.login(QStringLiteral("agent1"), QStringLiteral("demo1234"), language).principal.id > 0);
        const bool chinese = expected.startsWith(QStringLiteral("会话"));
        QVERIFY(other.login(QStringLiteral("agent2"), QStringLiteral("demo1234"), chinese ? QStringLiteral("en") : QStringLiteral("zh_CN"))
                    .principal.id > 0);
        QCOMPARE(refusalFor(agent), expected);
        QVERIFY(refusalFor(other) != expected);
        QCOMPARE(refusalFor(agent), expected);
    }

    void theSignInItselfIsAnsweredInItsLanguage()
    {
        WsClient agent(m_server->staffUrl());
        QVERIFY(agent.waitConnected());
        QCOMPARE(messageOf(agent.request(AuthLogin{QStringLiteral("agent1"), QStringLiteral("wrong"), kProtocolVersion, {}, QStringLiteral("zh_CN")})),
                 QStringLiteral("用户名或密码错误"));
        QCOMPARE(messageOf(agent.request(AuthLogin{QStringLiteral("agent1"), QStringLiteral("wrong"), kProtocolVersion, {}, QStringLiteral("en")})),
                 QStringLiteral("wrong user name or password"));

        WsClient customer(m_server->customerUrl());
        QVERIFY(customer.waitConnected());
        QCOMPARE(messageOf(customer.request(CustomerSignin{QStringLiteral("wrong-key"), QStringLiteral("demo-0001"), {}, Channel::Web,
                                                           kProtocolVersion, QStringLiteral("zh_CN")})),
                 QStringLiteral("渠道密钥错误"));
    }

    void aResumedSessionNamesItsLanguageAgain()
    {
        WsClient first(m_server->staffUrl());
        QVERIFY(first.waitConnected());
        const AuthOk ok = first.login(QStringLiteral("agent3"));
        QVERIFY(!ok.token.isEmpty());
        WsClient resumed(m_server->staffUrl());
        QVERIFY(resumed.waitConnected());
        QVERIFY(resumed.request(AuthToken{ok.token, kProtocolVersion, QStringLiteral("zh_CN")}).as<AuthOk>());
        QCOMPARE(refusalFor(resumed), QStringLiteral("会话 987654 不存在或您无权查看"));
        QCOMPARE(refusalFor(first), QStringLiteral("no conversation 987654 is visible to you"));
    }

    void aBadLanguageFieldIsABadFrame()
    {
        WsClient agent(m_server->staffUrl());
        QVERIFY(agent.waitConnected());
        agent.sendText(R"({"type":"auth.login","id":"l1","user":"agent1","password":"demo1234","protocol":1,"language":7})");
        const Frame number = agent.waitReply(QStringLiteral("l1"));
        QVERIFY(isError(number, ErrorCode::BadFrame));
        QVERIFY2(messageOf(number).contains(QStringLiteral("language")), qPrintable(messageOf(number)));
        agent.sendText(QByteArray(R"({"type":"auth.login","id":"l2","user":"agent1","password":"demo1234","protocol":1,"language":")")
                       + QByteArray(36, 'z') + QByteArray(R"("})"));
        QVERIFY(isError(agent.waitReply(QStringLiteral("l2")), ErrorCode::BadFrame));
        // Nothing was half-applied: the connection signs in, in English.
        QVERIFY(agent.login(QStringLiteral("agent1")).principal.id > 0);
        QCOMPARE(refusalFor(agent), QStringLiteral("no conversation 987654 is visible to you"));
    }

    // The demo shown in a Chinese interface (the workstation's embedded demo in zh_CN) names its
    // staff, teams and customers in Chinese only; the bilingual shop does not.
    void aChineseDemoShopHasNoLatinNames()
    {
        for (const auto names : {server::DemoShop::Names::Chinese, server::DemoShop::Names::Bilingual}) {
            QTemporaryDir dir;
            server::Database db;
            QVERIFY(db.open(dir.filePath(QStringLiteral("shop.sqlite")), server::Database::Durability::Off));
            server::DemoShop::populateIfEmpty(db, names);
            qint64 latin = 0;
            for (const char* sql : {"SELECT COUNT(*) FROM users WHERE display_name GLOB '*[A-Za-z]*'",
                                    "SELECT COUNT(*) FROM teams WHERE name GLOB '*[A-Za-z]*'",
                                    "SELECT COUNT(*) FROM customers WHERE name GLOB '*[A-Za-z]*'"})
                latin += db.scalar(QLatin1String(sql)).toLongLong();
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toLongLong(), qint64(240));
            if (names == server::DemoShop::Names::Chinese)
                QCOMPARE(latin, qint64(0));
            else
                QVERIFY(latin > 50);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerLanguage)
#include "tst_ServerLanguage.moc"
