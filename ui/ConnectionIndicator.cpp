#include "ConnectionIndicator.h"

#include <QDateTime>

namespace agentdesk::ui {

using State = app::SyncEngine::State;

ConnectionIndicator::ConnectionIndicator(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionIndicator"));
    setAccessibleName(tr("Connection"));
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionIndicator::render);
    render();
}

void ConnectionIndicator::setState(State state, int retryInMs)
{
    m_state = state;
    m_retryAt = QDateTime::currentMSecsSinceEpoch() + retryInMs;
    if (state == State::Reconnecting)
        m_countdown.start();
    else
        m_countdown.stop();
    render();
}

void ConnectionIndicator::render()
{
    QString color;
    QString text;
    switch (m_state) {
    case State::Online:
        color = QStringLiteral("#1f9d55");
        text = tr("Online");
        break;
    case State::Connecting:
        color = QStringLiteral("#e08e0b");
        text = tr("Connecting…");
        break;
    case State::Reconnecting: {
        color = QStringLiteral("#e08e0b");
        const qint64 seconds = std::max<qint64>(0, (m_retryAt - QDateTime::currentMSecsSinceEpoch() + 999) / 1000);
        text = seconds > 0 ? tr("Connection lost, reconnecting in %1 s").arg(seconds) : tr("Reconnecting…");
        break;
    }
    case State::Offline:
        color = QStringLiteral("#d63333");
        text = tr("Offline");
        break;
    }
    setText(QStringLiteral("<span style='color:%1'>●</span> %2").arg(color, text.toHtmlEscaped()));
}

} // namespace agentdesk::ui
