#pragma once

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

namespace agentdesk::app {
class ProtocolClient;
}

namespace agentdesk::desktop {

// The embedded demo's training history, made through the server like everything else: agents of
// the demo shop submit attempts (shipped scenarios' expert and poor paths, played offline by
// core's PathPlayer) and a trainer sets them scenarios, so that the training view has something
// to show. done() follows when all of it was answered.
class DemoTraining : public QObject {
    Q_OBJECT
public:
    DemoTraining(QUrl staffUrl, QString password, QString language, QObject* parent = nullptr);
    ~DemoTraining() override;
    void start();

signals:
    void done();

private:
    using Job = std::function<void(app::ProtocolClient& client, std::function<void()> finished)>;
    // Signs `login` in on a connection of its own, runs the job, closes.
    void runAs(const QString& login, Job job);
    void submitAttempts(const QString& login, const std::vector<std::pair<QString, bool>>& attempts, int daysAgo);
    void assign();
    void oneDone();

    QUrl m_url;
    QString m_password;
    QString m_language;
    std::vector<std::unique_ptr<app::ProtocolClient>> m_clients;
    int m_running = 0;
};

} // namespace agentdesk::desktop
