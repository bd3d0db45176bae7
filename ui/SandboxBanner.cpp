#include "SandboxBanner.h"

#include "UiText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace agentdesk::ui {

SandboxBanner::SandboxBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("sandboxBanner"));
    setStyleSheet(QStringLiteral("QFrame#sandboxBanner{background:#4c1d95;}"
                                 "QFrame#sandboxBanner QLabel{color:white;}"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    auto* badge = new QLabel(tr("SANDBOX"), this);
    badge->setStyleSheet(QStringLiteral("background:#fbbf24;color:#1f2937;font-weight:700;padding:2px 8px;border-radius:4px"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("sandboxText"));
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("sandboxClock"));
    m_clock->setStyleSheet(QStringLiteral("font-weight:600"));
    m_finish = new QPushButton(tr("Finish and score"), this);
    m_finish->setObjectName(QStringLiteral("sandboxFinish"));
    m_report = new QPushButton(tr("Show my score"), this);
    m_report->setObjectName(QStringLiteral("sandboxReport"));
    m_report->hide();
    layout->addWidget(badge);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_clock);
    layout->addWidget(m_finish);
    layout->addWidget(m_report);
    connect(m_finish, &QPushButton::clicked, this, &SandboxBanner::finishRequested);
    connect(m_report, &QPushButton::clicked, this, &SandboxBanner::reportRequested);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SandboxBanner::tick);
}

void SandboxBanner::setScenario(const QString& title, const QString& difficulty, int timeLimitSeconds)
{
    m_title = title;
    m_limitSeconds = timeLimitSeconds;
    m_label->setText(tr("Training with a scripted customer: %1 (%2). Nothing here reaches a shop or its customers.")
                         .arg(title, UiText::difficulty(difficulty)));
    m_clock->setText(tr("waiting for the customer…"));
}

void SandboxBanner::started()
{
    m_elapsed.start();
    m_tick.start();
    tick();
}

void SandboxBanner::ended(int total)
{
    m_tick.stop();
    m_finish->hide();
    m_report->show();
    m_clock->setText(tr("Finished: %1/100").arg(total));
}

QString SandboxBanner::text() const
{
    return m_label->text() + QLatin1Char(' ') + m_clock->text();
}

void SandboxBanner::tick()
{
    const qint64 left = std::max<qint64>(0, m_limitSeconds * 1000LL - m_elapsed.elapsed());
    m_clock->setText(tr("%1 elapsed, %2 left").arg(UiText::clock(m_elapsed.elapsed()), UiText::clock(left)));
}

} // namespace agentdesk::ui
