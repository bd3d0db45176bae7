#include "EmbeddedSandbox.h"

#include "Server.h"
#include "demo/DemoShop.h"
#include "demo/SandboxShop.h"
#include "sandbox/ScenarioLoader.h"

#include <QDir>
#include <QFileInfo>

namespace agentdesk::desktop {

EmbeddedSandbox::EmbeddedSandbox(QObject* parent)
    : QObject(parent)
{
}

EmbeddedSandbox::~EmbeddedSandbox()
{
    m_server.reset();
}

QStringList EmbeddedSandbox::shippedIds()
{
    QStringList ids;
    for (const QString& name : QDir(QStringLiteral(":/scenarios")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        ids << QFileInfo(name).completeBaseName();
    return ids;
}

std::optional<sandbox::Scenario> EmbeddedSandbox::find(const QString& idOrPath, QString* error)
{
    const QString shipped = QStringLiteral(":/scenarios/%1.json").arg(idOrPath);
    const bool isShipped = !idOrPath.contains(QLatin1Char('/')) && QFileInfo::exists(shipped);
    if (!isShipped && !QFileInfo::exists(idOrPath)) {
        *error = tr("No scenario \"%1\": give one of %2, or a scenario file.").arg(idOrPath, shippedIds().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return sandbox::ScenarioLoader::load(isShipped ? shipped : idOrPath, server::DemoShop::skus(), error);
}

bool EmbeddedSandbox::start(const sandbox::Scenario& scenario, const QString& language, QString* error)
{
    if (!m_dir.isValid()) {
        *error = tr("Cannot create a temporary folder for the sandbox: %1").arg(m_dir.errorString());
        return false;
    }
    m_scenario = std::make_shared<const sandbox::Scenario>(scenario);
    server::ServerConfig config;
    config.address = QHostAddress::LocalHost;
    config.port = 0;
    config.database = m_dir.filePath(QStringLiteral("sandbox-server.sqlite"));
    config.demoData = true;
    config.sandbox = m_scenario;
    config.sandboxLanguage = language;
    config.channelKey = QLatin1String(server::DemoShop::kChannelKey);
    config.durability = server::Database::Durability::Normal;
    m_server = std::make_unique<server::Server>(config);
    return m_server->start(error);
}

QUrl EmbeddedSandbox::staffUrl() const
{
    return m_server ? m_server->staffUrl() : QUrl();
}

QUrl EmbeddedSandbox::customerUrl() const
{
    return m_server ? m_server->customerUrl() : QUrl();
}

QString EmbeddedSandbox::channelKey() const
{
    return QLatin1String(server::DemoShop::kChannelKey);
}

QString EmbeddedSandbox::customerRef() const
{
    return m_scenario ? server::SandboxShop::customerRef(*m_scenario) : QString();
}

} // namespace agentdesk::desktop
