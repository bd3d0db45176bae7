#pragma once

#include "sync/SyncEngine.h"

#include <QLabel>
#include <QTimer>

namespace agentdesk::ui {

// The status bar's view of the connection: online, reconnecting (with a countdown), offline.
class ConnectionIndicator : public QLabel {
    Q_OBJECT
public:
    explicit ConnectionIndicator(QWidget* parent = nullptr);

    void setState(app::SyncEngine::State state, int retryInMs);

private:
    void render();

    app::SyncEngine::State m_state = app::SyncEngine::State::Offline;
    qint64 m_retryAt = 0;
    QTimer m_countdown;
};

} // namespace agentdesk::ui
