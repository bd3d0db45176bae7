// The Debian packages as an IT department gets them: cpack makes agentdesk and agentdesk-server
// from this build, the test unpacks both into a temporary root (dpkg-deb -x), checks what they
// hold and declare, validates the menu entry and the AppStream metadata, and starts the unpacked
// programs: the server with the packaged config file serves a sign-in and /readyz, and the
// workstation opens on its demo shop and renders a window. Inputs tried beyond the good path: the
// packaged config file with the command line overriding it; the server's files must not be in
// the client's package nor the client's in the server's.

#include "RawPeer.h"
#include "WsClient.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk::test;

namespace {

struct Run {
    int exitCode = -1;
    QString output;
};

Run run(const QString& program, const QStringList& args, int timeoutMs = 120'000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QStringLiteral("%1 did not finish: %2").arg(program, QString::fromUtf8(p.readAll()))};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

const QStringList kIconSizes = {QStringLiteral("16"), QStringLiteral("22"), QStringLiteral("24"), QStringLiteral("32"), QStringLiteral("48"),
                                QStringLiteral("64"), QStringLiteral("128"), QStringLiteral("256"), QStringLiteral("512")};

} // namespace

class TestPackages : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_client;  // the .deb files
    QString m_server;
    QString m_root;    // both unpacked here

    QString field(const QString& deb, const QString& name)
    {
        return run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), deb, name}).output.trimmed();
    }

    QStringList contents(const QString& deb)
    {
        QStringList paths;
        const Run listing = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), deb});
        for (const QString& line : listing.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString path = line.section(QLatin1Char(' '), -1);  // "./usr/bin/agentdesk"
            if (!path.endsWith(QLatin1Char('/')))
                paths.append(path.mid(2));
        }
        return paths;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Run cpack = run(QStringLiteral(AGENTDESK_CPACK), {QStringLiteral("--config"), QStringLiteral(AGENTDESK_BUILD_DIR "/CPackConfig.cmake"),
                                                              QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), m_dir.path()},
                              240'000);
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.output));
        m_client = m_dir.filePath(QStringLiteral("agentdesk_" AGENTDESK_VERSION "_amd64.deb"));
        m_server = m_dir.filePath(QStringLiteral("agentdesk-server_" AGENTDESK_VERSION "_amd64.deb"));
        if (!QFile::exists(m_client)) {  // another architecture: take what cpack made
            const QStringList debs = QDir(m_dir.path()).entryList({QStringLiteral("*.deb")});
            for (const QString& deb : debs)
                (deb.startsWith(QLatin1String("agentdesk-server_")) ? m_server : m_client) = m_dir.filePath(deb);
        }
        QVERIFY2(QFile::exists(m_client), qPrintable(cpack.output));
        QVERIFY2(QFile::exists(m_server), qPrintable(cpack.output));
        m_root = m_dir.filePath(QStringLiteral("root"));
        for (const QString& deb : {m_client, m_server}) {
            const Run unpack = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--extract"), deb, m_root});
            QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.output));
        }
    }

    void theControlFieldsNameThePackagesAndWhatTheyNeed()
    {
        QCOMPARE(field(m_client, QStringLiteral("Package")), QStringLiteral("agentdesk"));
        QCOMPARE(field(m_server, QStringLiteral("Package")), QStringLiteral("agentdesk-server"));
        QCOMPARE(field(m_client, QStringLiteral("Version")), QStringLiteral(AGENTDESK_VERSION));
        QCOMPARE(field(m_server, QStringLiteral("Version")), QStringLiteral(AGENTDESK_VERSION));
        const QString client = field(m_client, QStringLiteral("Depends"));
        const QString server = field(m_server, QStringLiteral("Depends"));
        // From dpkg-shlibdeps, and the plugins Qt loads at run time that it cannot see.
        for (const char* library : {"libqt6core6", "libqt6widgets6", "libqt6websockets6", "libqt6charts6", "libqt6sql6-sqlite", "libqt6svg6"})
            QVERIFY2(client.contains(QLatin1String(library)), qPrintable(QLatin1String(library) + QStringLiteral(" not in ") + client));
        for (const char* library : {"libqt6core6", "libqt6websockets6", "libqt6sql6-sqlite", "libqt6sql6-psql", "passwd"})
            QVERIFY2(server.contains(QLatin1String(library)), qPrintable(QLatin1String(library) + QStringLiteral(" not in ") + server));
        QVERIFY2(!server.contains(QLatin1String("libqt6widgets6")), qPrintable(server));  // a server without a display
        QVERIFY(!field(m_client, QStringLiteral("Maintainer")).isEmpty());
        QVERIFY(!field(m_client, QStringLiteral("Description")).isEmpty());
    }

    void eachPackageHoldsItsOwnFiles()
    {
        const QStringList client = contents(m_client);
        const QStringList server = contents(m_server);
        QStringList expectedClient = {QStringLiteral("usr/bin/agentdesk"), QStringLiteral("usr/share/applications/agentdesk.desktop"),
                                      QStringLiteral("usr/share/metainfo/agentdesk.metainfo.xml"),
                                      QStringLiteral("usr/share/icons/hicolor/scalable/apps/agentdesk.svg")};
        for (const QString& size : kIconSizes)
            expectedClient.append(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/agentdesk.png").arg(size));
        const QStringList expectedServer = {QStringLiteral("usr/bin/agentdesk-server"), QStringLiteral("usr/bin/agentdesk-sim"),
                                            QStringLiteral("usr/bin/agentdesk-admin"),
                                            QStringLiteral("usr/lib/systemd/system/agentdesk-server.service"),
                                            QStringLiteral("etc/agentdesk/agentdesk-server.conf"), QStringLiteral("etc/agentdesk/agentdesk-server.env")};
        for (const QString& path : expectedClient) {
            QVERIFY2(client.contains(path), qPrintable(path + QStringLiteral(" not in the client: ") + client.join(QLatin1Char(' '))));
            QVERIFY2(!server.contains(path), qPrintable(path));
        }
        for (const QString& path : expectedServer) {
            QVERIFY2(server.contains(path), qPrintable(path + QStringLiteral(" not in the server: ") + server.join(QLatin1Char(' '))));
            QVERIFY2(!client.contains(path), qPrintable(path));
        }
        // Nothing beyond those: no test programs, no build leftovers.
        QCOMPARE(client.size(), expectedClient.size());
        QCOMPARE(server.size(), expectedServer.size());
    }

    void theIconsHaveTheSizeTheirFolderSays()
    {
        for (const QString& size : kIconSizes) {
            QImageReader icon(m_root + QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/agentdesk.png").arg(size));
            QCOMPARE(icon.size(), QSize(size.toInt(), size.toInt()));
        }
    }

    void theServerPackageKeepsItsConfigAndMakesItsUser()
    {
        const QString control = m_dir.filePath(QStringLiteral("control"));
        QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("--control"), m_server, control}).exitCode, 0);
        QFile conffiles(control + QStringLiteral("/conffiles"));
        QVERIFY(conffiles.open(QIODevice::ReadOnly));
        const QString kept = QString::fromUtf8(conffiles.readAll());
        QVERIFY(kept.contains(QLatin1String("/etc/agentdesk/agentdesk-server.conf")));
        QVERIFY(kept.contains(QLatin1String("/etc/agentdesk/agentdesk-server.env")));
        for (const QString& script : {QStringLiteral("postinst"), QStringLiteral("prerm")}) {
            const QFileInfo info(control + QLatin1Char('/') + script);
            QVERIFY2(info.isExecutable(), qPrintable(script));
            const Run syntax = run(QStringLiteral("sh"), {QStringLiteral("-n"), info.filePath()});
            QVERIFY2(syntax.exitCode == 0, qPrintable(syntax.output));
        }
        QFile postinst(control + QStringLiteral("/postinst"));
        QVERIFY(postinst.open(QIODevice::ReadOnly));
        QVERIFY(postinst.readAll().contains("useradd --system"));  // the unit's User=agentdesk
        QFile unit(m_root + QStringLiteral("/usr/lib/systemd/system/agentdesk-server.service"));
        QVERIFY(unit.open(QIODevice::ReadOnly));
        QVERIFY(unit.readAll().contains("ExecStart=/usr/bin/agentdesk-server --config /etc/agentdesk/agentdesk-server.conf"));
    }

    void theMenuEntryAndAppStreamMetadataValidate()
    {
        const Run desktop = run(QStringLiteral("desktop-file-validate"), {m_root + QStringLiteral("/usr/share/applications/agentdesk.desktop")});
        QVERIFY2(desktop.exitCode == 0 && desktop.output.trimmed().isEmpty(), qPrintable(desktop.output));
        // The component id is the desktop file's name, not reverse DNS: the project has no domain.
        const Run appstream = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                                   QStringLiteral("--override=cid-desktopapp-is-not-rdns=info"),
                                                                   m_root + QStringLiteral("/usr/share/metainfo/agentdesk.metainfo.xml")});
        QVERIFY2(appstream.exitCode == 0, qPrintable(appstream.output));
        QFile metainfo(m_root + QStringLiteral("/usr/share/metainfo/agentdesk.metainfo.xml"));
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        const QByteArray xml = metainfo.readAll();
        QVERIFY(xml.contains("/workspace-en.png</image>"));
        QVERIFY(xml.contains("<release version=\"" AGENTDESK_VERSION "\""));
    }

    void theUnpackedServerServesWithThePackagedConfig()
    {
        QTemporaryDir state;
        const quint16 opsPort = freePort();
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(m_root + QStringLiteral("/usr/bin/agentdesk-server"),
                     {QStringLiteral("--config"), m_root + QStringLiteral("/etc/agentdesk/agentdesk-server.conf"), QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"), state.filePath(QStringLiteral("agentdesk.sqlite")),
                      QStringLiteral("--log-dir"), state.path(), QStringLiteral("--ops-listen"), QStringLiteral("127.0.0.1:%1").arg(opsPort),
                      QStringLiteral("--demo-data")});
        QVERIFY(server.waitForStarted());
        QString url;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            const auto match = QRegularExpression(QStringLiteral("(ws://127\\.0\\.0\\.1:\\d+)/v1/staff")).match(QString::fromUtf8(server.peek(1 << 20)));
            url = match.captured(1);
            return !url.isEmpty() || server.state() == QProcess::NotRunning;
        }(), 20000);
        QVERIFY2(!url.isEmpty(), server.readAll().constData());
        WsClient agent(QUrl(url + QStringLiteral("/v1/staff")));
        QVERIFY(agent.waitConnected());
        QVERIFY(agent.login(QStringLiteral("agent1")).principal.id > 0);
        QVERIFY(httpGet(opsPort, "/readyz").startsWith("HTTP/1.1 200"));
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
    }

    void theUnpackedWorkstationOpensOnTheDemoShop()
    {
        QTemporaryDir home;
        const QString shot = home.filePath(QStringLiteral("workspace.png"));
        QProcess client;
        client.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        client.setProcessEnvironment(env);
        client.start(m_root + QStringLiteral("/usr/bin/agentdesk"),
                     {QStringLiteral("--demo"), QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("--screenshot"), shot});
        QVERIFY(client.waitForFinished(120'000));
        QVERIFY2(client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0, client.readAll().constData());
        QCOMPARE(QImageReader(shot).size(), QSize(1440, 900));
    }
};

QTEST_GUILESS_MAIN(TestPackages)
#include "tst_Packages.moc"
