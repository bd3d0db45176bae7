#include "TestServer.h"

#include "DatabasePeek.h"
#include "demo/DemoShop.h"
#include "store/Database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QUrl>

namespace agentdesk::test {
namespace {
QAtomicInteger<int> g_databases;
const QString kDemoTemplate = QStringLiteral("agentdesk_demo_template");
// Serialises the making of databases among the test processes that share the cluster.
constexpr int kCreateLock = 7411;

QString databaseUrl(const QString& cluster, const QString& name)
{
    QUrl url(cluster);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

// The demo shop loaded once per cluster, then copied: loading it costs seconds on PostgreSQL.
bool ensureDemoTemplate(DatabasePeek& admin, const QString& cluster)
{
    if (admin.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname = '%1'").arg(kDemoTemplate)) > 0)
        return true;
    const QString building = kDemoTemplate + QStringLiteral("_new");
    if (!admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(building))
        || !admin.exec(QStringLiteral("CREATE DATABASE %1").arg(building)))
        return false;
    {
        server::Database db;
        if (!db.open(databaseUrl(cluster, building), server::Database::Durability::Off)) {
            qWarning("test server: cannot make the demo template: %s", qPrintable(db.errorString()));
            return false;
        }
        try {
            server::DemoShop::populateIfEmpty(db);
        } catch (const server::DatabaseError& e) {
            qWarning("test server: cannot load the demo shop into the template: %s", e.what());
            return false;
        }
    }
    return admin.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, kDemoTemplate));
}
} // namespace

QString TestServer::postgresCluster()
{
    const QString file = qEnvironmentVariable("AGENTDESK_TEST_POSTGRES");
    if (file.isEmpty())
        return {};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("AGENTDESK_TEST_POSTGRES names %s, which cannot be read: is the cluster started (tests/postgres/pg-cluster)?",
               qPrintable(file));
    return QString::fromUtf8(f.readAll()).trimmed();
}

QString TestServer::createPostgresDatabase(bool withDemoShop)
{
    const QString cluster = postgresCluster();
    DatabasePeek admin(cluster);
    if (!admin.isOpen())
        return {};
    const QString name = QStringLiteral("agentdesk_t%1_%2").arg(QCoreApplication::applicationPid()).arg(g_databases.fetchAndAddRelaxed(1));
    admin.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kCreateLock));
    bool made = !withDemoShop || ensureDemoTemplate(admin, cluster);
    made = made && admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))
        && admin.exec(withDemoShop ? QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, kDemoTemplate)
                                   : QStringLiteral("CREATE DATABASE %1").arg(name));
    admin.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kCreateLock));
    return made ? databaseUrl(cluster, name) : QString();
}

TestServer::TestServer(std::function<void(server::ServerConfig&)> tweak)
{
    m_config.address = QHostAddress::LocalHost;
    m_config.port = 0;
    m_config.database = m_dir.filePath(QStringLiteral("server.sqlite"));
    m_config.demoData = true;
    m_config.channelKey = QStringLiteral("demo-channel-key");
    // Tests exercise the limits; keep the production values unless a test changes them.
    if (tweak)
        tweak(m_config);
    if (!postgresCluster().isEmpty())
        m_config.database = createPostgresDatabase(m_config.demoData && !m_config.sandbox);
}

TestServer::TestServer(SameDatabaseAs shared, std::function<void(server::ServerConfig&)> tweak)
    : m_config(shared.first.m_config)
    , m_ownsDatabase(false)
{
    m_config.port = 0;
    if (tweak)
        tweak(m_config);
}

TestServer::~TestServer()
{
    m_server.reset();
    if (m_ownsDatabase && m_config.database.startsWith(QLatin1String("postgresql://"))) {
        DatabasePeek admin(postgresCluster());
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(QUrl(m_config.database).path().mid(1)));
    }
}

bool TestServer::start()
{
    m_server = std::make_unique<server::Server>(m_config);
    if (!m_server->start(&m_error)) {
        qWarning("test server: %s", qPrintable(m_error));
        return false;
    }
    // Keep the port across restarts so that clients can reconnect to the same URL.
    m_config.port = m_server->port();
    return true;
}

bool TestServer::restart()
{
    m_server.reset();
    return start();
}

} // namespace agentdesk::test
