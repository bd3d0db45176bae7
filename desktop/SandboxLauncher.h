#pragma once

#include "sandbox/SandboxCustomer.h"
#include "sandbox/SandboxResultFolder.h"
#include "SandboxReportDialog.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace agentdesk::app {
class WorkspaceSession;
}
namespace agentdesk::ui {
class MainWindow;
class SandboxBanner;
}

namespace agentdesk::desktop {

class EmbeddedSandbox;

// Runs a sandbox session in the desktop program: the banner on the window, the scripted customer
// once the trainee is signed in, what the workspace tells of the trainee's messages and coupons,
// and at the end the result saved with the earlier attempts and the report shown. `autoplay`
// plays the scenario's expert path through the trainee's own workspace instead of a trainee
// (a demonstration; the screenshots), on a clock `timeScale` times as fast.
class SandboxLauncher : public QObject {
    Q_OBJECT
public:
    SandboxLauncher(EmbeddedSandbox& sandbox, app::WorkspaceSession& session, ui::MainWindow& window, QString language,
                    QObject* parent = nullptr);
    ~SandboxLauncher() override;

    void setAutoplay(bool on, double timeScale);
    void setResultsFolder(const QString& folder) { m_resultsFolder = folder; }
    // Where the workspace that started the sandbox picks finished attempts up for its server.
    void setOutbox(const QString& folder) { m_outbox = folder; }
    app::SandboxCustomer* customer() { return m_customer.get(); }
    ui::SandboxReportDialog* report() { return m_report; }
    ui::SandboxBanner* banner() { return m_banner; }

signals:
    void reportShown();

private:
    void startCustomer();
    void playNextStep();
    void onEnded();
    void showReport();

    EmbeddedSandbox& m_sandbox;
    app::WorkspaceSession& m_session;
    ui::MainWindow& m_window;
    QString m_language;
    QString m_resultsFolder;
    QString m_outbox;
    ui::SandboxBanner* m_banner = nullptr;
    std::unique_ptr<app::SandboxCustomer> m_customer;
    std::optional<sandbox::SandboxResult> m_result;
    QPointer<ui::SandboxReportDialog> m_report;
    bool m_autoplay = false;
    double m_timeScale = 1.0;
    size_t m_nextStep = 0;
};

} // namespace agentdesk::desktop
