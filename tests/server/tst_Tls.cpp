// wss:// end to end with a CA made by the test (openssl): a server started with --tls-cert and
// --tls-key serves wss://; the workspace's sync engine trusting that CA signs in and syncs; one
// trusting only the system's CAs, or another CA, is refused with the certificate's fault named
// and never gets in, and ws:// to the TLS port gets nowhere (no fallback either way).
// Bad inputs tried: a certificate without a key, a missing certificate file, a file that is not a
// certificate, a missing key, a key that is not a key, an EC key for an RSA certificate, an
// expired certificate.

#include "TestServer.h"
#include "WsClient.h"

#include "workspace/WorkspaceSession.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::test;

namespace {

bool openssl(const QStringList& args, const QString& dir, QString* error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1: %2 %3")
                     .arg(args.join(QLatin1Char(' ')), p.errorString(), QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    return true;
}

// A CA (name.pem, name.key), valid two days.
bool makeCa(const QString& dir, const QString& name, QString* error)
{
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                    name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=AgentDesk test CA %1").arg(name)},
                   dir, error);
}

// A server certificate (name.pem, name.key) the CA signs for 127.0.0.1 and localhost, valid two
// days or already expired.
bool makeServer(const QString& dir, const QString& ca, const QString& name, bool expired, QString* error)
{
    QFile ext(QDir(dir).filePath(QStringLiteral("ext.cnf")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
              "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    ext.close();
    QStringList sign{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                     QStringLiteral("-CA"), ca + QStringLiteral(".pem"), QStringLiteral("-CAkey"), ca + QStringLiteral(".key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), name + QStringLiteral(".pem"),
                     QStringLiteral("-extfile"), QStringLiteral("ext.cnf")};
    // An expired one: its end a day before its start (now).
    sign << QStringLiteral("-days") << (expired ? QStringLiteral("-1") : QStringLiteral("2"));
    return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
                   dir, error)
        && openssl(sign, dir, error);
}

} // namespace

class TestTls : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
        QString error;
        const QString dir = m_dir.path();
        QVERIFY2(makeCa(dir, QStringLiteral("ca"), &error), qPrintable(error));
        QVERIFY2(makeCa(dir, QStringLiteral("other-ca"), &error), qPrintable(error));
        QVERIFY2(makeServer(dir, QStringLiteral("ca"), QStringLiteral("server"), false, &error), qPrintable(error));
        QVERIFY2(openssl({QStringLiteral("ecparam"), QStringLiteral("-name"), QStringLiteral("prime256v1"), QStringLiteral("-genkey"),
                          QStringLiteral("-noout"), QStringLiteral("-out"), QStringLiteral("ec.key")},
                         dir, &error),
                 qPrintable(error));
        m_server = std::make_unique<TestServer>([this](server::ServerConfig& c) {
            c.tlsCertificate = file(QStringLiteral("server.pem"));
            c.tlsKey = file(QStringLiteral("server.key"));
        });
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        QCOMPARE(m_server->staffUrl().scheme(), QStringLiteral("wss"));
    }

    void aTrustedCaSignsIn()
    {
        auto session = sessionTo(m_server->staffUrl(), QSslCertificate::fromPath(file(QStringLiteral("ca.pem"))));
        QTRY_COMPARE_WITH_TIMEOUT(session->engine().state(), app::SyncEngine::State::Online, 15000);
        QCOMPARE(session->me().name, QStringLiteral("Li Na 李娜"));
    }

    void anUntrustedCertificateIsRefused_data()
    {
        QTest::addColumn<QString>("ca");
        QTest::newRow("the system's CAs only") << QString();
        QTest::newRow("another CA") << QStringLiteral("other-ca.pem");
    }

    void anUntrustedCertificateIsRefused()
    {
        QFETCH(QString, ca);
        auto session = sessionTo(m_server->staffUrl(), ca.isEmpty() ? QList<QSslCertificate>{} : QSslCertificate::fromPath(file(ca)));
        QSignalSpy problems(&session->engine(), &app::SyncEngine::problem);
        QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 15000);
        const QString message = problems.constFirst().constFirst().toString();
        QVERIFY2(message.contains(QStringLiteral("certificate")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("issuer")) || message.contains(QStringLiteral("self signed"))
                     || message.contains(QStringLiteral("self-signed")),
                 qPrintable(message));
        QTest::qWait(500);
        QVERIFY(session->engine().state() != app::SyncEngine::State::Online);
        QVERIFY(session->me().id == 0);
    }

    void plainTextGetsNowhere()
    {
        QUrl plain = m_server->staffUrl();
        plain.setScheme(QStringLiteral("ws"));
        auto session = sessionTo(plain, QSslCertificate::fromPath(file(QStringLiteral("ca.pem"))));
        QTest::qWait(2000);
        QVERIFY(session->engine().state() != app::SyncEngine::State::Online);
        QCOMPARE(session->me().id, qint64(0));
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no key") << QStringLiteral("server.pem") << QString() << QStringLiteral("both a certificate and its key");
        QTest::newRow("missing certificate") << QStringLiteral("none.pem") << QStringLiteral("server.key")
                                             << QStringLiteral("cannot read the TLS certificate");
        QTest::newRow("not a certificate") << QStringLiteral("server.key") << QStringLiteral("server.key")
                                           << QStringLiteral("holds no PEM certificate");
        QTest::newRow("missing key") << QStringLiteral("server.pem") << QStringLiteral("none.key") << QStringLiteral("cannot read the TLS key");
        QTest::newRow("not a key") << QStringLiteral("server.pem") << QStringLiteral("server.pem") << QStringLiteral("no unencrypted PEM private key");
        QTest::newRow("key of another kind") << QStringLiteral("server.pem") << QStringLiteral("ec.key")
                                             << QStringLiteral("not of the kind of the certificate");
        QTest::newRow("expired") << QStringLiteral("expired.pem") << QStringLiteral("expired.key") << QStringLiteral("expired on");
    }

    void badFilesAreRefused()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        if (certificate == QLatin1String("expired.pem") && !QFile::exists(file(certificate))) {
            QString error;
            // OpenSSL 3.0 takes -days -1; should a later one refuse it, the case is skipped, said why.
            if (!makeServer(m_dir.path(), QStringLiteral("ca"), QStringLiteral("expired"), true, &error))
                QSKIP(qPrintable(QStringLiteral("this openssl cannot date a certificate in the past: ") + error.left(200)));
        }
        TestServer server([&](server::ServerConfig& c) {
            c.tlsCertificate = certificate.isEmpty() ? QString() : file(certificate);
            c.tlsKey = key.isEmpty() ? QString() : file(key);
        });
        QVERIFY(!server.start());
        QVERIFY2(server.error().contains(expected), qPrintable(server.error()));
    }

    void cleanupTestCase() { m_server.reset(); }

private:
    QString file(const QString& name) const { return m_dir.filePath(name); }

    std::unique_ptr<app::WorkspaceSession> sessionTo(const QUrl& url, const QList<QSslCertificate>& authorities)
    {
        auto s = std::make_unique<app::WorkspaceSession>(
            app::SyncEngine::Credentials{url, QStringLiteral("agent1"), QStringLiteral("demo1234")},
            m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_round)), QStringLiteral("tls-test"));
        QString error;
        if (!s->open(&error))
            qWarning() << error;
        s->engine().setCaCertificates(authorities);
        s->start();
        return s;
    }

    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<TestServer> m_server;
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_Tls.moc"
