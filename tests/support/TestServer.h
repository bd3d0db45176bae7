#pragma once

#include "Server.h"

#include <QTemporaryDir>

#include <memory>

namespace agentdesk::test {

// A real agentdesk server on a free loopback port with a fresh SQLite file of the demo shop.
// restart() stops it and starts a new one on the same file, as after a crash or an upgrade.
class TestServer {
public:
    explicit TestServer(std::function<void(server::ServerConfig&)> tweak = {});

    bool start();
    bool restart();
    void stop() { m_server.reset(); }

    server::Server& server() { return *m_server; }
    QUrl staffUrl() const { return m_server->staffUrl(); }
    QUrl customerUrl() const { return m_server->customerUrl(); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("server.sqlite")); }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    server::ServerConfig m_config;
    std::unique_ptr<server::Server> m_server;
    QString m_error;
};

} // namespace agentdesk::test
