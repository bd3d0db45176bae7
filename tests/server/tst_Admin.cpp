// agentdesk-admin against the database of a running server (SQLite, and PostgreSQL as _pg): a
// team and accounts added, then signed in to the running server without a restart; a password
// changed ends the old one and the account's sessions; an account changed (level and capacity at
// once, a new role by signing in again), disabled (no sign-in, its open session ended, gone from
// the colleagues' list) and enabled again. Bad inputs tried: a short password, a
// password with a line break inside (only the first line is read), an existing login, a login
// with a space, an unknown role, an agent without a team, an unknown team, a level for an admin,
// a bad capacity, a duplicate team, a topic with a space, an unknown command, an option of
// another command, no database, --db and --config together, an unknown account; set-user with
// nothing to change, of an unknown account, with a level for an admin, an unknown team, an
// unknown role, a negative capacity or add-team's --topics; disable-user of an unknown account.

#include "TestServer.h"
#include "WsClient.h"

#include <QProcess>
#include <QTest>

#include <algorithm>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestAdmin : public QObject {
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;

    Run admin(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        p.start(QStringLiteral(AGENTDESK_ADMIN_BINARY), QStringList{QStringLiteral("--db"), m_server->database()} + args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60'000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    AuthOk signIn(const QString& login, const QString& password)
    {
        WsClient client(m_server->staffUrl());
        if (!client.waitConnected())
            return {};
        return client.login(login, password);
    }

private slots:
    void initTestCase()
    {
        // Open sessions' tokens checked every half second, so that a disabled account's ends soon.
        m_server = std::make_unique<TestServer>([](server::ServerConfig& c) { c.sessionCheckMs = 500; });
        QVERIFY(m_server->start());
    }

    void cleanupTestCase() { m_server.reset(); }

    void addedAccountsSignInToTheRunningServer()
    {
        Run r = admin({QStringLiteral("add-team"), QStringLiteral("VIP desk"), QStringLiteral("--topics"), QStringLiteral("vip,price")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin({QStringLiteral("add-user"), QStringLiteral("amy.lin"), QStringLiteral("--role"), QStringLiteral("agent"),
                   QStringLiteral("--name"), QStringLiteral("Amy 林"), QStringLiteral("--team"), QStringLiteral("VIP desk"),
                   QStringLiteral("--level"), QStringLiteral("senior"), QStringLiteral("--capacity"), QStringLiteral("7")},
                  "first-password\nignored second line\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin({QStringLiteral("add-user"), QStringLiteral("boss"), QStringLiteral("--role"), QStringLiteral("admin"),
                   QStringLiteral("--name"), QStringLiteral("Boss")},
                  "boss-password\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));

        const AuthOk amy = signIn(QStringLiteral("amy.lin"), QStringLiteral("first-password"));
        QVERIFY(amy.principal.id > 0);
        QCOMPARE(amy.principal.role, Role::Agent);
        QCOMPARE(amy.principal.teamName, QStringLiteral("VIP desk"));
        QCOMPARE(amy.principal.name, QStringLiteral("Amy 林"));
        QCOMPARE(signIn(QStringLiteral("boss"), QStringLiteral("boss-password")).principal.role, Role::Admin);
        QCOMPARE(signIn(QStringLiteral("amy.lin"), QStringLiteral("ignored second line")).principal.id, qint64(0));

        r = admin({QStringLiteral("users")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("amy.lin\tAmy 林\tagent senior\tVIP desk\tcapacity 7")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("password")));
        r = admin({QStringLiteral("teams")});
        QVERIFY2(r.out.contains(QStringLiteral("VIP desk\ttopics: vip,price\tstaff: 1")), qPrintable(r.out));
    }

    void aNewPasswordEndsTheOldOneAndItsSessions()
    {
        const AuthOk before = signIn(QStringLiteral("amy.lin"), QStringLiteral("first-password"));
        QVERIFY(!before.token.isEmpty());
        Run r = admin({QStringLiteral("set-password"), QStringLiteral("amy.lin")}, "second-password\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(signIn(QStringLiteral("amy.lin"), QStringLiteral("first-password")).principal.id, qint64(0));
        QVERIFY(signIn(QStringLiteral("amy.lin"), QStringLiteral("second-password")).principal.id > 0);
        WsClient resumed(m_server->staffUrl());
        QVERIFY(resumed.waitConnected());
        QVERIFY(isError(resumed.request(AuthToken{before.token, kProtocolVersion, {}}), ErrorCode::AuthFailed));
    }

    void anAccountChangedKeepsOrEndsItsSessions()
    {
        const AuthOk before = signIn(QStringLiteral("amy.lin"), QStringLiteral("second-password"));
        QVERIFY(!before.token.isEmpty());
        // A level and a capacity apply at once: the session goes on.
        Run r = admin({QStringLiteral("set-user"), QStringLiteral("amy.lin"), QStringLiteral("--level"), QStringLiteral("expert"),
                       QStringLiteral("--capacity"), QStringLiteral("4")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(admin({QStringLiteral("users")}).out.contains(QStringLiteral("amy.lin\tAmy 林\tagent expert\tVIP desk\tcapacity 4\n")),
                 qPrintable(admin({QStringLiteral("users")}).out));
        {
            WsClient resumed(m_server->staffUrl());
            QVERIFY(resumed.waitConnected());
            QVERIFY(resumed.request(AuthToken{before.token, kProtocolVersion, {}}).as<AuthOk>());
        }
        // A new role: the session's principal is stale, so it ends; signing in again gives the lead.
        r = admin({QStringLiteral("set-user"), QStringLiteral("amy.lin"), QStringLiteral("--role"), QStringLiteral("lead")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        WsClient resumed(m_server->staffUrl());
        QVERIFY(resumed.waitConnected());
        QVERIFY(isError(resumed.request(AuthToken{before.token, kProtocolVersion, {}}), ErrorCode::AuthFailed));
        const AuthOk lead = signIn(QStringLiteral("amy.lin"), QStringLiteral("second-password"));
        QCOMPARE(lead.principal.role, Role::Lead);
        QVERIFY(admin({QStringLiteral("users")}).out.contains(QStringLiteral("amy.lin\tAmy 林\tlead expert\tVIP desk\tcapacity 3\n")));
        // A new name also ends the sessions, which carry the old one.
        const AuthOk boss = signIn(QStringLiteral("boss"), QStringLiteral("boss-password"));
        r = admin({QStringLiteral("set-user"), QStringLiteral("boss"), QStringLiteral("--name"), QStringLiteral("The Boss")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(isError(resumed.request(AuthToken{boss.token, kProtocolVersion, {}}), ErrorCode::AuthFailed));
        QCOMPARE(signIn(QStringLiteral("boss"), QStringLiteral("boss-password")).principal.name, QStringLiteral("The Boss"));
        // A trainer has no level: a lead who becomes one loses it, and gets it back as an agent.
        r = admin({QStringLiteral("set-user"), QStringLiteral("amy.lin"), QStringLiteral("--role"), QStringLiteral("trainer")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(admin({QStringLiteral("users")}).out.contains(QStringLiteral("amy.lin\tAmy 林\ttrainer\tVIP desk\tcapacity 0\n")));
        r = admin({QStringLiteral("set-user"), QStringLiteral("amy.lin"), QStringLiteral("--role"), QStringLiteral("lead"), QStringLiteral("--level"),
                   QStringLiteral("expert")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(admin({QStringLiteral("users")}).out.contains(QStringLiteral("amy.lin\tAmy 林\tlead expert\tVIP desk\tcapacity 3\n")));
    }

    void aDisabledAccountCannotSignInUntilEnabled()
    {
        WsClient live(m_server->staffUrl());
        QVERIFY(live.waitConnected());
        const qint64 amy = live.login(QStringLiteral("amy.lin"), QStringLiteral("second-password")).principal.id;
        QVERIFY(amy > 0);
        WsClient colleague(m_server->staffUrl());
        QVERIFY(colleague.waitConnected());
        QVERIFY(colleague.login(QStringLiteral("lead1")).principal.id > 0);
        const auto listed = [&colleague, amy] {
            const Frame f = colleague.request(StaffList{});
            const auto* ok = f.as<StaffListOk>();
            return ok && std::any_of(ok->staff.begin(), ok->staff.end(), [amy](const StaffMember& m) { return m.id == amy; });
        };
        QVERIFY(listed());

        Run r = admin({QStringLiteral("disable-user"), QStringLiteral("amy.lin")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(admin({QStringLiteral("users")}).out.contains(QStringLiteral("capacity 3\tdisabled\n")));
        QVERIFY(live.waitClosed(10'000));  // the session ended by the server's check
        WsClient again(m_server->staffUrl());
        QVERIFY(again.waitConnected());
        const Frame refused = again.request(AuthLogin{QStringLiteral("amy.lin"), QStringLiteral("second-password"), kProtocolVersion, {}, {}});
        QVERIFY(isError(refused, ErrorCode::AuthFailed));
        QVERIFY2(refused.as<protocol::Error>()->message.contains(QStringLiteral("disabled")), qPrintable(refused.as<protocol::Error>()->message));
        QVERIFY(!listed());  // no transfer to someone who cannot come back

        r = admin({QStringLiteral("enable-user"), QStringLiteral("amy.lin")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!admin({QStringLiteral("users")}).out.contains(QStringLiteral("disabled")));
        QVERIFY(signIn(QStringLiteral("amy.lin"), QStringLiteral("second-password")).principal.id > 0);
        QVERIFY(listed());
    }

    void badCommandsAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        const auto user = [](const QString& login, QStringList more) {
            return QStringList{QStringLiteral("add-user"), login, QStringLiteral("--name"), QStringLiteral("N")} + more;
        };
        const QStringList agent = {QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--team"), QStringLiteral("VIP desk")};
        QTest::newRow("short password") << user(QStringLiteral("c1"), agent) << QByteArray("short\n") << 1 << QStringLiteral("at least 8");
        QTest::newRow("existing login") << user(QStringLiteral("agent1"), agent) << QByteArray("long-enough\n") << 1
                                        << QStringLiteral("already an account");
        QTest::newRow("login with a space") << user(QStringLiteral("a b"), agent) << QByteArray("long-enough\n") << 1
                                            << QStringLiteral("a login must be");
        QTest::newRow("unknown role") << user(QStringLiteral("c2"), {QStringLiteral("--role"), QStringLiteral("owner")})
                                      << QByteArray("long-enough\n") << 1 << QStringLiteral("the role must be");
        QTest::newRow("agent without team") << user(QStringLiteral("c3"), {QStringLiteral("--role"), QStringLiteral("agent")})
                                            << QByteArray("long-enough\n") << 1 << QStringLiteral("give --team");
        QTest::newRow("unknown team") << user(QStringLiteral("c4"), {QStringLiteral("--role"), QStringLiteral("lead"), QStringLiteral("--team"),
                                                                      QStringLiteral("Nope")})
                                      << QByteArray("long-enough\n") << 1 << QStringLiteral("no team \"Nope\"");
        QTest::newRow("level of an admin") << user(QStringLiteral("c5"), {QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--level"),
                                                                           QStringLiteral("senior")})
                                           << QByteArray("long-enough\n") << 1 << QStringLiteral("only agents and leads");
        QTest::newRow("bad capacity") << user(QStringLiteral("c6"), agent + QStringList{QStringLiteral("--capacity"), QStringLiteral("many")})
                                      << QByteArray("long-enough\n") << 2 << QStringLiteral("--capacity takes");
        QTest::newRow("duplicate team") << QStringList{QStringLiteral("add-team"), QStringLiteral("VIP desk")} << QByteArray() << 1
                                        << QStringLiteral("already a team");
        QTest::newRow("topic with a space") << QStringList{QStringLiteral("add-team"), QStringLiteral("T2"), QStringLiteral("--topics"),
                                                           QStringLiteral("a b")}
                                            << QByteArray() << 1 << QStringLiteral("topic \"a b\"");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("drop-all")} << QByteArray() << 2 << QStringLiteral("unknown command");
        QTest::newRow("option of another command") << QStringList{QStringLiteral("teams"), QStringLiteral("--role"), QStringLiteral("admin")}
                                                   << QByteArray() << 2 << QStringLiteral("does not go with teams");
        QTest::newRow("unknown account") << QStringList{QStringLiteral("set-password"), QStringLiteral("ghost")} << QByteArray("long-enough\n")
                                         << 1 << QStringLiteral("no account \"ghost\"");
        const auto change = [](const QString& login, QStringList more) { return QStringList{QStringLiteral("set-user"), login} + more; };
        QTest::newRow("nothing to change") << change(QStringLiteral("agent1"), {}) << QByteArray() << 1 << QStringLiteral("say what to change");
        QTest::newRow("change of an unknown account") << change(QStringLiteral("ghost"), {QStringLiteral("--capacity"), QStringLiteral("2")})
                                                      << QByteArray() << 1 << QStringLiteral("no account \"ghost\"");
        QTest::newRow("level for an admin") << change(QStringLiteral("boss"), {QStringLiteral("--level"), QStringLiteral("senior")}) << QByteArray()
                                            << 1 << QStringLiteral("only agents and leads");
        QTest::newRow("change to an unknown team") << change(QStringLiteral("agent1"), {QStringLiteral("--team"), QStringLiteral("Nope")})
                                                   << QByteArray() << 1 << QStringLiteral("no team \"Nope\"");
        QTest::newRow("change to an unknown role") << change(QStringLiteral("agent1"), {QStringLiteral("--role"), QStringLiteral("owner")})
                                                   << QByteArray() << 1 << QStringLiteral("the role must be");
        QTest::newRow("bad capacity change") << change(QStringLiteral("agent1"), {QStringLiteral("--capacity"), QStringLiteral("-1")})
                                             << QByteArray() << 2 << QStringLiteral("--capacity takes");
        QTest::newRow("topics of a user") << change(QStringLiteral("agent1"), {QStringLiteral("--topics"), QStringLiteral("x")}) << QByteArray()
                                          << 2 << QStringLiteral("does not go with set-user");
        QTest::newRow("disable an unknown account") << QStringList{QStringLiteral("disable-user"), QStringLiteral("ghost")} << QByteArray() << 1
                                                    << QStringLiteral("no account \"ghost\"");
    }

    void badCommandsAreRefusedWithTheReason()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(QString, says);
        const QString usersBefore = admin({QStringLiteral("users")}).out;
        const QString teamsBefore = admin({QStringLiteral("teams")}).out;
        const Run r = admin(args, input);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(admin({QStringLiteral("users")}).out, usersBefore);  // nothing half done
        QCOMPARE(admin({QStringLiteral("teams")}).out, teamsBefore);
    }

    void theDatabaseMustBeNamedOnce()
    {
        QProcess p;
        p.start(QStringLiteral(AGENTDESK_ADMIN_BINARY), {QStringLiteral("users")});
        QVERIFY(p.waitForFinished(30'000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("say which database"));
        p.start(QStringLiteral(AGENTDESK_ADMIN_BINARY),
                {QStringLiteral("--db"), m_server->database(), QStringLiteral("--config"), QStringLiteral("x.conf"), QStringLiteral("users")});
        QVERIFY(p.waitForFinished(30'000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("not both"));
    }
};

QTEST_GUILESS_MAIN(TestAdmin)
#include "tst_Admin.moc"
