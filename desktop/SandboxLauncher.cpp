#include "SandboxLauncher.h"

#include "EmbeddedSandbox.h"
#include "MainWindow.h"
#include "SandboxBanner.h"
#include "SandboxReportDialog.h"
#include "coupons/CouponDesk.h"
#include "workspace/WorkspaceSession.h"

#include <QDateTime>
#include <QTimer>

namespace agentdesk::desktop {

using sandbox::PathStep;

SandboxLauncher::SandboxLauncher(EmbeddedSandbox& sandbox, app::WorkspaceSession& session, ui::MainWindow& window,
                                 QString language, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_session(session)
    , m_window(window)
    , m_language(std::move(language))
    , m_resultsFolder(app::SandboxResultFolder::defaultFolder())
{
    const sandbox::Scenario& scenario = m_sandbox.scenario();
    m_banner = new ui::SandboxBanner(&m_window);
    m_banner->setScenario(scenario.title.in(m_language), scenario.difficulty, scenario.timeLimitSeconds);
    m_window.addBanner(m_banner);
    connect(m_banner, &ui::SandboxBanner::finishRequested, this, [this] {
        if (m_customer)
            m_customer->finishNow();
    });
    connect(m_banner, &ui::SandboxBanner::reportRequested, this, &SandboxLauncher::showReport);
    // The customer comes once the trainee is there to be given the conversation.
    connect(&m_session, &app::WorkspaceSession::signedIn, this, &SandboxLauncher::startCustomer, Qt::SingleShotConnection);
    connect(&m_session, &app::WorkspaceSession::messageQueued, this,
            [this](qint64 conversationId, const QString& key, bool fromLibrary, bool recommendation) {
                if (m_customer && conversationId == m_customer->conversationId())
                    m_customer->noteAgentMessage(key, fromLibrary, recommendation);
            });
    connect(m_session.coupons(), &app::CouponDesk::grantRefused, this, [this](qint64 conversationId) {
        if (m_customer && conversationId == m_customer->conversationId())
            m_customer->noteCouponRefused();
    });
}

SandboxLauncher::~SandboxLauncher() = default;

void SandboxLauncher::setAutoplay(bool on, double timeScale)
{
    m_autoplay = on;
    m_timeScale = timeScale > 0 ? timeScale : 1.0;
}

void SandboxLauncher::startCustomer()
{
    app::SandboxCustomer::Options options;
    options.customerUrl = m_sandbox.customerUrl();
    options.channelKey = m_sandbox.channelKey();
    options.customerRef = m_sandbox.customerRef();
    options.language = m_language;
    options.timeScale = m_timeScale;
    m_customer = std::make_unique<app::SandboxCustomer>(m_sandbox.scenario(), options);
    connect(m_customer.get(), &app::SandboxCustomer::conversationOpened, this, [this](qint64 id) {
        m_banner->started();
        if (m_autoplay) {
            m_session.select(id);
            playNextStep();
        }
    });
    connect(m_customer.get(), &app::SandboxCustomer::problem, &m_session, &app::WorkspaceSession::problem);
    connect(m_customer.get(), &app::SandboxCustomer::ended, this, &SandboxLauncher::onEnded);
    m_customer->start();
}

void SandboxLauncher::playNextStep()
{
    const std::vector<PathStep>& path = m_sandbox.scenario().expertPath;
    if (!m_customer || m_customer->finished() || m_nextStep >= path.size())
        return;
    const PathStep& step = path[m_nextStep];
    const qint64 opened = m_customer->transcript().empty() ? m_customer->now() : m_customer->transcript().front().at;
    const qint64 due = opened + step.atSeconds * 1000LL;
    if (m_customer->now() < due) {
        QTimer::singleShot(int(double(due - m_customer->now()) / m_timeScale) + 1, this, &SandboxLauncher::playNextStep);
        return;
    }
    ++m_nextStep;
    m_session.select(m_customer->conversationId());
    switch (step.kind) {
    case PathStep::Kind::Say:
        m_session.send(step.text.in(m_language));
        break;
    case PathStep::Kind::Coupon:
        // The most the policy allows, up to what the expert gave.
        if (const auto best = m_session.coupons()->largestGrantable(step.valueCents))
            m_session.coupons()->grant(*best, [](const app::CouponDesk::GrantResult&) {});
        break;
    case PathStep::Kind::Close:
        m_session.closeCurrent(QStringLiteral("solved"));
        break;
    case PathStep::Kind::Wait:
        break;
    }
    playNextStep();
}

void SandboxLauncher::onEnded()
{
    sandbox::SandboxResult result = sandbox::SandboxResult::of(m_sandbox.scenario(), m_language, m_customer->transcript(),
                                                               m_customer->score(), QDateTime::currentMSecsSinceEpoch());
    QString error;
    if (app::SandboxResultFolder::save(result, m_resultsFolder, &error).isEmpty())
        emit m_session.problem(tr("The result could not be saved: %1").arg(error));
    if (!m_outbox.isEmpty() && app::SandboxResultFolder::save(result, m_outbox, &error).isEmpty())
        emit m_session.problem(tr("The result could not be handed to the workspace for your coaches: %1").arg(error));
    m_result = std::move(result);
    m_banner->ended(m_result->score.total());
    showReport();
}

void SandboxLauncher::showReport()
{
    if (!m_result)
        return;
    if (!m_report) {
        m_report = new ui::SandboxReportDialog(*m_result, app::SandboxResultFolder::attempts(m_resultsFolder, m_result->scenarioId),
                                               m_sandbox.scenario().expert.in(m_language), &m_window);
        m_report->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_report->show();
    m_report->raise();
    emit reportShown();
}

} // namespace agentdesk::desktop
