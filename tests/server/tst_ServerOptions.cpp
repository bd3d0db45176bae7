// agentdesk-server's command line and config file: good values are applied (the command line over
// the file), every bad one is named. Bad config files tried: a missing one, a setting no option
// has, a bad value, a config file naming another, and help in a file. Bad --db values tried:
// another scheme, no database name, no host, an unknown option, a space in an option, nothing;
// a PostgreSQL server that is not there.

#include "Server.h"
#include "ServerOptions.h"
#include "store/DatabaseLocation.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk::server;

class TestServerOptions : public QObject {
    Q_OBJECT
private slots:
    void defaults()
    {
        ServerConfig config;
        ServerOptions options;
        QString message;
        QCOMPARE(options.parse({QStringLiteral("agentdesk-server")}, &config, &message), ServerOptions::Result::Run);
        QCOMPARE(config.port, quint16(8600));
        QVERIFY(config.address.isLoopback());
        QVERIFY(config.channelKey.isEmpty() || !qEnvironmentVariableIsEmpty("AGENTDESK_CHANNEL_KEY"));
        QVERIFY(config.database.endsWith(QStringLiteral("agentdesk.sqlite")));
    }

    void applied()
    {
        ServerConfig config;
        ServerOptions options;
        QString message;
        const QStringList args{QStringLiteral("agentdesk-server"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:9000"),
                               QStringLiteral("--db"), QStringLiteral("/tmp/x.sqlite"), QStringLiteral("--demo-data"),
                               QStringLiteral("--durability"), QStringLiteral("normal"), QStringLiteral("--rate"), QStringLiteral("5"),
                               QStringLiteral("--burst"), QStringLiteral("7"), QStringLiteral("--max-frame-bytes"), QStringLiteral("2048"),
                               QStringLiteral("--event-retention"), QStringLiteral("50"),
                               QStringLiteral("--group-window-ms"), QStringLiteral("3"),
                               QStringLiteral("--key-retention-hours"), QStringLiteral("48"),
                               QStringLiteral("--shop-timezone"), QStringLiteral("Asia/Shanghai")};
        QCOMPARE(options.parse(args, &config, &message), ServerOptions::Result::Run);
        QCOMPARE(config.port, quint16(9000));
        QCOMPARE(config.address, QHostAddress(QStringLiteral("0.0.0.0")));
        QCOMPARE(config.database, QStringLiteral("/tmp/x.sqlite"));
        QVERIFY(config.demoData);
        QCOMPARE(config.channelKey, QStringLiteral("demo-channel-key"));
        QCOMPARE(config.durability, Database::Durability::Normal);
        QCOMPARE(config.ratePerSecond, 5);
        QCOMPARE(config.rateBurst, 7);
        QCOMPARE(config.maxFrameBytes, 2048);
        QCOMPARE(config.eventRetention, 50);
        QCOMPARE(config.groupWindowMs, 3);
        QCOMPARE(config.keyRetentionMs, 48LL * 3600 * 1000);
        QCOMPARE(config.shopTimeZone.id(), QByteArray("Asia/Shanghai"));
        QCOMPARE(config.opsPort, -1);  // off unless asked for
        QCOMPARE(options.parse({QStringLiteral("agentdesk-server"), QStringLiteral("--ops-listen"), QStringLiteral("0.0.0.0:9100")},
                               &config, &message),
                 ServerOptions::Result::Run);
        QCOMPARE(config.opsPort, 9100);
        QCOMPARE(config.opsAddress, QHostAddress(QStringLiteral("0.0.0.0")));
        QVERIFY(!options.jsonLogs());
        QCOMPARE(options.parse({QStringLiteral("agentdesk-server"), QStringLiteral("--log-format"), QStringLiteral("json")},
                               &config, &message),
                 ServerOptions::Result::Run);
        QVERIFY(options.jsonLogs());

        QCOMPARE(options.parse({QStringLiteral("agentdesk-server"), QStringLiteral("--allowed-origins"),
                                QStringLiteral("https://shop.example, http://localhost:8080"), QStringLiteral("--max-connections-per-address"),
                                QStringLiteral("50"), QStringLiteral("--token-lifetime-hours"), QStringLiteral("12")},
                               &config, &message),
                 ServerOptions::Result::Run);
        QCOMPARE(config.allowedOrigins, (QStringList{QStringLiteral("https://shop.example"), QStringLiteral("http://localhost:8080")}));
        QCOMPARE(config.maxConnectionsPerAddress, 50);
        QCOMPARE(config.tokenLifetimeMs, 12LL * 3600 * 1000);
    }

    void aConfigFileIsReadAndTheCommandLineWins()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("agentdesk-server.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("; AgentDesk server\nlisten = 0.0.0.0:9000\ndb = /var/lib/agentdesk/a.sqlite\ndemo-data = true\nverbose = false\n"
                   "rate = 50\nsla-seconds = 120\ntls-cert = /etc/agentdesk/server.pem\ntls-key = /etc/agentdesk/server.key\n"
                   "shop-timezone = Asia/Shanghai\nchannel-key = a, b\n");
        file.close();
        ServerConfig config;
        ServerOptions options;
        QString message;
        const QStringList args{QStringLiteral("agentdesk-server"), QStringLiteral("--config"), path, QStringLiteral("--rate"),
                               QStringLiteral("70")};
        QCOMPARE(options.parse(args, &config, &message), ServerOptions::Result::Run);
        QCOMPARE(config.port, quint16(9000));
        QCOMPARE(config.database, QStringLiteral("/var/lib/agentdesk/a.sqlite"));
        QVERIFY(config.demoData);
        QVERIFY(!options.verbose());
        QCOMPARE(config.ratePerSecond, 70);
        QCOMPARE(config.slaMs, 120'000);
        QCOMPARE(config.tlsCertificate, QStringLiteral("/etc/agentdesk/server.pem"));
        QCOMPARE(config.tlsKey, QStringLiteral("/etc/agentdesk/server.key"));
        QCOMPARE(config.shopTimeZone.id(), QByteArray("Asia/Shanghai"));
        QCOMPARE(config.channelKey, QStringLiteral("a,b"));
    }

    void aBadConfigFileIsNamed_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("cannot read");
        QTest::newRow("unknown setting") << QByteArray("listen = 127.0.0.1:1\nfrobnicate = 1\n") << QStringLiteral("\"frobnicate\"");
        QTest::newRow("bad value") << QByteArray("rate = fast\n") << QStringLiteral("--rate");
        QTest::newRow("another config") << QByteArray("config = other.conf\n") << QStringLiteral("\"config\"");
        QTest::newRow("help") << QByteArray("help = true\n") << QStringLiteral("\"help\"");
        QTest::newRow("a section") << QByteArray("[tls]\ncert = a.pem\n") << QStringLiteral("\"tls/cert\"");
    }

    void aBadConfigFileIsNamed()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.conf"));
        if (!contents.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        }
        ServerConfig config;
        ServerOptions options;
        QString message;
        QCOMPARE(options.parse({QStringLiteral("agentdesk-server"), QStringLiteral("--config=") + path}, &config, &message),
                 ServerOptions::Result::Error);
        QVERIFY2(message.contains(messagePart), qPrintable(message));
    }

    void rejected_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no port") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1")} << QStringLiteral("--listen");
        QTest::newRow("port too big") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")} << QStringLiteral("65535");
        QTest::newRow("not an address") << QStringList{QStringLiteral("--listen"), QStringLiteral("example:80")} << QStringLiteral("not an IP");
        QTest::newRow("bad durability") << QStringList{QStringLiteral("--durability"), QStringLiteral("maybe")} << QStringLiteral("full, normal or off");
        QTest::newRow("rate not a number") << QStringList{QStringLiteral("--rate"), QStringLiteral("fast")} << QStringLiteral("--rate");
        QTest::newRow("frame too small") << QStringList{QStringLiteral("--max-frame-bytes"), QStringLiteral("10")} << QStringLiteral("1024");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--db")} << QStringLiteral("db");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")} << QStringLiteral("extra");
        const auto db = [](const char* url) { return QStringList{QStringLiteral("--db"), QLatin1String(url)}; };
        QTest::newRow("db: another scheme") << db("mysql://u@h/d") << QStringLiteral("\"mysql://\" is not a database");
        QTest::newRow("db: no database name") << db("postgresql://u@localhost:5432/") << QStringLiteral("names no database");
        QTest::newRow("db: no host") << db("postgresql:///agentdesk") << QStringLiteral("not valid");
        QTest::newRow("db: unknown option") << db("postgresql://u@h/d?sslmode=require&pool=9") << QStringLiteral("unknown option \"pool\"");
        QTest::newRow("db: a space in an option") << db("postgresql://u@h/d?application_name=a%20b") << QStringLiteral("space");
        QTest::newRow("db: empty") << db("") << QStringLiteral("no database");
        QTest::newRow("log-format: xml") << QStringList{QStringLiteral("--log-format"), QStringLiteral("xml")}
                                         << QStringLiteral("--log-format: expected text or json");
        QTest::newRow("ops-listen: no port") << QStringList{QStringLiteral("--ops-listen"), QStringLiteral("127.0.0.1")}
                                             << QStringLiteral("--ops-listen: expected HOST:PORT");
        QTest::newRow("ops-listen: a name") << QStringList{QStringLiteral("--ops-listen"), QStringLiteral("monitor:9100")}
                                            << QStringLiteral("--ops-listen: \"monitor\" is not an IP address");
        QTest::newRow("certificate without key") << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("server.pem")}
                                                 << QStringLiteral("--tls-cert and --tls-key go together");
        QTest::newRow("key without certificate") << QStringList{QStringLiteral("--tls-key"), QStringLiteral("server.key")}
                                                 << QStringLiteral("--tls-cert and --tls-key go together");
        QTest::newRow("origin with a path") << QStringList{QStringLiteral("--allowed-origins"), QStringLiteral("https://shop.example/chat")}
                                            << QStringLiteral("\"https://shop.example/chat\" is not an origin");
        QTest::newRow("origin without scheme") << QStringList{QStringLiteral("--allowed-origins"), QStringLiteral("shop.example")}
                                               << QStringLiteral("\"shop.example\" is not an origin");
        QTest::newRow("no connections per address") << QStringList{QStringLiteral("--max-connections-per-address"), QStringLiteral("0")}
                                                    << QStringLiteral("--max-connections-per-address");
        QTest::newRow("token lifetime of a year and more") << QStringList{QStringLiteral("--token-lifetime-hours"), QStringLiteral("9000")}
                                                           << QStringLiteral("--token-lifetime-hours");
        QTest::newRow("group window over a second") << QStringList{QStringLiteral("--group-window-ms"), QStringLiteral("1001")}
                                                    << QStringLiteral("--group-window-ms: expected a whole number from 0 to 1000");
        QTest::newRow("negative group window") << QStringList{QStringLiteral("--group-window-ms"), QStringLiteral("-1")}
                                               << QStringLiteral("--group-window-ms");
        QTest::newRow("keys kept no time") << QStringList{QStringLiteral("--key-retention-hours"), QStringLiteral("0")}
                                           << QStringLiteral("--key-retention-hours: expected a whole number from 1 to 87840");
        QTest::newRow("keys kept for a word") << QStringList{QStringLiteral("--key-retention-hours"), QStringLiteral("a week")}
                                              << QStringLiteral("--key-retention-hours");
        QTest::newRow("unknown time zone") << QStringList{QStringLiteral("--shop-timezone"), QStringLiteral("Mars/Olympus")} << QStringLiteral("Mars/Olympus");
    }

    void rejected()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, messagePart);
        args.prepend(QStringLiteral("agentdesk-server"));
        ServerConfig config;
        ServerOptions options;
        QString message;
        QCOMPARE(options.parse(args, &config, &message), ServerOptions::Result::Error);
        QVERIFY2(message.contains(messagePart), qPrintable(message));
    }

    void aPostgresUrlIsTakenAndItsPasswordNeverShown()
    {
        ServerConfig config;
        ServerOptions options;
        QString message;
        const QString url = QStringLiteral("postgresql://agentdesk:s3cr%40t@db.example.com:6432/contact_centre?sslmode=require");
        QCOMPARE(options.parse({QStringLiteral("agentdesk-server"), QStringLiteral("--db"), url}, &config, &message),
                 ServerOptions::Result::Run);
        QCOMPARE(config.database, url);
        QString error;
        const auto location = DatabaseLocation::parse(url, &error);
        QVERIFY2(location, qPrintable(error));
        QVERIFY(location->isPostgres());
        QCOMPARE(location->displayName(), QStringLiteral("postgresql://agentdesk:***@db.example.com:6432/contact_centre"));
        QVERIFY(DatabaseLocation::parse(QStringLiteral("postgres://h/d"), &error)->isPostgres());
        QCOMPARE(DatabaseLocation::parse(QStringLiteral("/var/lib/agentdesk/a.sqlite"), &error)->kind(), DatabaseLocation::Kind::Sqlite);
    }

    void anUnreachablePostgresIsAClearError()
    {
        // A port nobody listens on: refused at once, named, and nothing else attempted.
        ServerConfig config;
        config.port = 0;
        config.database = QStringLiteral("postgresql://agentdesk:secret@127.0.0.1:1/agentdesk?connect_timeout=2");
        Server server(config);
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot open the database postgresql://agentdesk:***@127.0.0.1:1/agentdesk")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("secret")), qPrintable(error));
    }

    void helpListsEveryOption()
    {
        ServerConfig config;
        ServerOptions options;
        QString message;
        QCOMPARE(options.parse({QStringLiteral("agentdesk-server"), QStringLiteral("--help")}, &config, &message),
                 ServerOptions::Result::ShowHelp);
        for (const char* option : {"--listen", "--db", "--demo-data", "--channel-key", "--durability", "--max-frame-bytes",
                                   "--heartbeat-ms", "--auth-timeout-ms", "--rate", "--burst", "--event-retention", "--log-dir",
                                   "--verbose", "--version", "--ops-listen", "--log-format", "--allowed-origins",
                                   "--max-connections-per-address", "--token-lifetime-hours", "--group-window-ms", "--key-retention-hours"})
            QVERIFY2(options.helpText().contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestServerOptions)
#include "tst_ServerOptions.moc"
