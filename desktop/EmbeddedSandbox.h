#pragma once

#include "sandbox/Scenario.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

namespace agentdesk::server {
class Server;
}

namespace agentdesk::desktop {

// The sandbox's server: the real server library in-process on a free loopback port, with a new
// database in a temporary folder holding the demo shop and the scenario (its customer, orders and
// the trainee). It is the only server a sandbox window talks to: no configured server is
// contacted, and the folder goes when the program ends.
class EmbeddedSandbox : public QObject {
    Q_OBJECT
public:
    explicit EmbeddedSandbox(QObject* parent = nullptr);
    ~EmbeddedSandbox() override;

    // The scenarios shipped in the program (:/scenarios), by id.
    static QStringList shippedIds();
    // A shipped scenario by id, or a scenario file by path; the loader's errors otherwise.
    static std::optional<sandbox::Scenario> find(const QString& idOrPath, QString* error);

    bool start(const sandbox::Scenario& scenario, const QString& language, QString* error);
    const sandbox::Scenario& scenario() const { return *m_scenario; }
    QUrl staffUrl() const;
    QUrl customerUrl() const;
    QString channelKey() const;
    QString customerRef() const;
    QString directory() const { return m_dir.path(); }

    static constexpr const char* kPassword = "demo1234";

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const sandbox::Scenario> m_scenario;
    std::unique_ptr<server::Server> m_server;
};

} // namespace agentdesk::desktop
