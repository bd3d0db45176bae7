#include "TestServer.h"

namespace agentdesk::test {

TestServer::TestServer(std::function<void(server::ServerConfig&)> tweak)
{
    m_config.address = QHostAddress::LocalHost;
    m_config.port = 0;
    m_config.database = databasePath();
    m_config.demoData = true;
    m_config.channelKey = QStringLiteral("demo-channel-key");
    // Tests exercise the limits; keep the production values unless a test changes them.
    if (tweak)
        tweak(m_config);
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
