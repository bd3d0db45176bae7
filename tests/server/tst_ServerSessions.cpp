// Sessions end when their token stops working, over real sockets: auth.logout revokes every token
// of the user and closes all of the user's connections (1000 for the one that asked, 4001 for the
// others) but no one else's; a password changed with agentdesk-admin, in another process, ends
// the open sessions at the server's next session check; a token that expires ends its session the
// same way and no longer signs in (12 sessions, checked a slice at a time, all end); the workstation's sync engine, told 4001, stops and does not
// sign in again with the password it kept; the files the workstation's cache writes never hold the
// password.
// Inputs tried: an old token after sign-out, after a password change and after expiry
// (auth_failed each time); auth.logout before sign-in (unauthenticated) and from a customer.

#include "TestServer.h"
#include "WsClient.h"
#include "Workstation.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {

constexpr int kWait = 10000;

bool tokenSignsIn(const QString& token, const QUrl& url)
{
    WsClient probe(url);
    return probe.waitConnected() && probe.request(AuthToken{token, kProtocolVersion, {}}, kWait).as<AuthOk>() != nullptr;
}

} // namespace

class TestServerSessions : public QObject {
    Q_OBJECT
private slots:
    void signOutEndsEverySessionOfTheUser()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        Staff first = signIn(server, QStringLiteral("agent1"));
        Staff second = signIn(server, QStringLiteral("agent1"));
        Staff colleague = signIn(server, QStringLiteral("agent2"));
        QVERIFY(first && second && colleague);
        WsClient tokenHolder(server.staffUrl());
        QVERIFY(tokenHolder.waitConnected());
        const QString oldToken = tokenHolder.login(QStringLiteral("agent1")).token;
        QVERIFY(!oldToken.isEmpty());

        WsClient signedOut(server.staffUrl());
        QVERIFY(signedOut.waitConnected());
        QVERIFY(isError(signedOut.request(AuthLogout{}, kWait), ErrorCode::Unauthenticated));

        const Frame reply = first->request(AuthLogout{}, kWait);
        QVERIFY2(reply.as<AuthLogoutOk>(), describe(reply));
        QCOMPARE(reply.as<AuthLogoutOk>()->revokedTokens, 3);  // first, second, tokenHolder
        QCOMPARE(reply.as<AuthLogoutOk>()->closedConnections, 2);
        QVERIFY(first->waitClosed(kWait));
        QCOMPARE(first->closeCode(), int(QWebSocketProtocol::CloseCodeNormal));
        QVERIFY(second->waitClosed(kWait));
        QCOMPARE(second->closeCode(), kCloseSessionEnded);
        QVERIFY(second->closeReason().contains(QStringLiteral("sign in again")));
        QVERIFY(tokenHolder.waitClosed(kWait));
        QCOMPARE(tokenHolder.closeCode(), kCloseSessionEnded);

        QVERIFY(colleague->request(Ping{}, kWait).as<Pong>());
        QVERIFY(!tokenSignsIn(oldToken, server.staffUrl()));
        // The password still works: signing out ends sessions, not the account.
        QVERIFY(signIn(server, QStringLiteral("agent1")));

        // A customer signs out the same way.
        auto customer = liveCustomer(server, QStringLiteral("demo-0101"));
        QVERIFY(customer);
        QVERIFY(customer->request(AuthLogout{}, kWait).as<AuthLogoutOk>());
        QVERIFY(customer->waitClosed(kWait));
    }

    void passwordChangedElsewhereEndsOpenSessions()
    {
        TestServer server([](server::ServerConfig& c) { c.sessionCheckMs = 200; });
        QVERIFY2(server.start(), qPrintable(server.error()));
        Staff agent = signIn(server, QStringLiteral("agent1"));
        Staff colleague = signIn(server, QStringLiteral("agent2"));
        QVERIFY(agent && colleague);

        QProcess admin;
        admin.start(QStringLiteral(AGENTDESK_ADMIN_BINARY),
                    {QStringLiteral("--db"), server.database(), QStringLiteral("set-password"), QStringLiteral("agent1")});
        admin.write("a-new-password-42\n");
        admin.closeWriteChannel();
        QVERIFY(admin.waitForFinished(60'000));
        QCOMPARE(admin.exitCode(), 0);

        QVERIFY(agent->waitClosed(kWait));
        QCOMPARE(agent->closeCode(), kCloseSessionEnded);
        QVERIFY(colleague->request(Ping{}, kWait).as<Pong>());
        WsClient again(server.staffUrl());
        QVERIFY(again.waitConnected());
        QCOMPARE(again.login(QStringLiteral("agent1"), QStringLiteral("a-new-password-42")).principal.id, agent.id);
    }

    void expiredTokensEndTheirSessions()
    {
        TestServer server([](server::ServerConfig& c) {
            c.tokenLifetimeMs = 1500;
            c.sessionCheckMs = 200;
        });
        QVERIFY2(server.start(), qPrintable(server.error()));
        WsClient agent(server.staffUrl());
        QVERIFY(agent.waitConnected());
        const QString token = agent.login(QStringLiteral("agent1")).token;
        QVERIFY(!token.isEmpty());
        QVERIFY(tokenSignsIn(token, server.staffUrl()));
        QVERIFY(agent.waitClosed(kWait));
        QCOMPARE(agent.closeCode(), kCloseSessionEnded);
        QVERIFY(!tokenSignsIn(token, server.staffUrl()));
    }

    void everySessionIsCheckedOnceAnInterval()
    {
        // A slice of the sessions each tick (10 here): every one of them must come round.
        TestServer server([](server::ServerConfig& c) {
            c.tokenLifetimeMs = 1500;
            c.sessionCheckMs = 1000;
        });
        QVERIFY2(server.start(), qPrintable(server.error()));
        std::vector<std::unique_ptr<WsClient>> sessions;
        for (int i = 0; i < 12; ++i) {
            sessions.push_back(std::make_unique<WsClient>(server.staffUrl()));
            QVERIFY(sessions.back()->waitConnected());
            QVERIFY(!sessions.back()->login(QStringLiteral("agent1")).token.isEmpty());
        }
        for (auto& session : sessions) {
            QVERIFY(session->waitClosed(kWait));
            QCOMPARE(session->closeCode(), kCloseSessionEnded);
        }
    }

    void theWorkstationStopsWhenSignedOutElsewhere()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QTemporaryDir dir;
        Workstation workstation(server.staffUrl(), dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY2(workstation.open(&error), qPrintable(error));
        app::LocalCache& cache = workstation.cache;
        app::SyncEngine& engine = workstation.engine;
        engine.setBackoff({50});
        QSignalSpy problems(&engine, &app::SyncEngine::problem);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), app::SyncEngine::State::Online, kWait);
        QVERIFY(!cache.token().isEmpty());

        Staff elsewhere = signIn(server, QStringLiteral("agent1"));
        QVERIFY(elsewhere);
        QVERIFY(elsewhere->request(AuthLogout{}, kWait).as<AuthLogoutOk>());

        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), app::SyncEngine::State::Offline, kWait);
        QVERIFY(!problems.isEmpty());
        QVERIFY(problems.last().at(0).toString().contains(QStringLiteral("signed out")));
        QVERIFY(cache.token().isEmpty());
        // With the password it kept it would be back within the 50 ms back-off; it stays out.
        QTest::qWait(1000);
        QCOMPARE(engine.state(), app::SyncEngine::State::Offline);
        QTRY_COMPARE_WITH_TIMEOUT(server.server().connectionCount(), 0, kWait);
    }

    void theWorkstationWritesNoPasswordToDisk()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QTemporaryDir dir;
        {
            Workstation workstation(server.staffUrl(), dir.filePath(QStringLiteral("cache.sqlite")));
            QString error;
            QVERIFY2(workstation.open(&error), qPrintable(error));
            workstation.engine.start();
            QTRY_COMPARE_WITH_TIMEOUT(workstation.engine.state(), app::SyncEngine::State::Online, kWait);
            QVERIFY(!workstation.cache.token().isEmpty());  // the token is kept; it is not the password
            workstation.engine.stop();
        }
        // Every file the cache left (database, write-ahead log), in UTF-8 and UTF-16.
        const QString password = QStringLiteral("demo1234");
        const QByteArray utf16(reinterpret_cast<const char*>(password.utf16()), password.size() * 2);
        int files = 0;
        for (const QFileInfo& file : QDir(dir.path()).entryInfoList(QDir::Files)) {
            QFile f(file.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(password.toUtf8()) && !bytes.contains(utf16), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files >= 1);
    }
};

QTEST_GUILESS_MAIN(TestServerSessions)
#include "tst_ServerSessions.moc"
