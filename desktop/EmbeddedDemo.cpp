#include "EmbeddedDemo.h"

#include "DemoTraining.h"

#include "Server.h"
#include "Simulator.h"
#include "demo/DemoShop.h"

namespace agentdesk::desktop {

EmbeddedDemo::EmbeddedDemo(QObject* parent)
    : QObject(parent)
{
}

EmbeddedDemo::~EmbeddedDemo()
{
    m_training.reset();
    m_simulator.reset();
    m_server.reset();
}

bool EmbeddedDemo::start(const Load& load, QString* error)
{
    if (!m_dir.isValid()) {
        *error = tr("Cannot create a temporary folder for the demo: %1").arg(m_dir.errorString());
        return false;
    }
    server::ServerConfig config;
    config.address = QHostAddress::LocalHost;
    config.port = 0;
    config.database = m_dir.filePath(QStringLiteral("demo-server.sqlite"));
    config.demoData = true;
    config.demoLanguage = load.language;  // a Chinese interface shows a shop of Chinese names
    config.channelKey = QLatin1String(server::DemoShop::kChannelKey);
    config.durability = server::Database::Durability::Normal;
    config.slaMs = qint64(load.slaSeconds) * 1000;
    m_server = std::make_unique<server::Server>(config);
    if (!m_server->start(error))
        return false;

    sim::SimulatorOptions options;
    options.settings.customerUrl = m_server->customerUrl();
    options.settings.staffUrl = m_server->staffUrl();
    options.settings.channelKey = config.channelKey;
    options.settings.minReplyDelayMs = 3000;
    options.settings.maxReplyDelayMs = 9000;
    options.customers = 0;
    options.language = load.language == QLatin1String("zh") ? QStringLiteral("zh") : QStringLiteral("mix");
    options.concurrency = load.concurrentCustomers;
    options.intervalMs = load.customerIntervalMs;
    options.agentLogins = {QStringLiteral("agent2"), QStringLiteral("agent4"), QStringLiteral("agent5")};
    // Presales' second lead: decides coupon requests, so that "Ask my lead" is answered in the demo.
    options.leadLogins = {QStringLiteral("lead3")};
    options.agentPassword = QLatin1String(kPassword);
    m_simulator = std::make_unique<sim::Simulator>(options);
    m_simulator->start();
    m_training = std::make_unique<DemoTraining>(m_server->staffUrl(), QLatin1String(kPassword), load.language);
    connect(m_training.get(), &DemoTraining::done, this, &EmbeddedDemo::trainingSeeded);
    m_training->start();
    return true;
}

QUrl EmbeddedDemo::staffUrl() const
{
    return m_server ? m_server->staffUrl() : QUrl();
}

} // namespace agentdesk::desktop
