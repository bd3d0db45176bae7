#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace agentdesk::app {
class WorkspaceSettings;
}

namespace agentdesk::ui {

// Notifications, language and the service level, saved in the user's settings.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(app::WorkspaceSettings& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    app::WorkspaceSettings& m_settings;
    QCheckBox* m_notifications;
    QCheckBox* m_sound;
    QComboBox* m_language;
    QSpinBox* m_sla;
};

} // namespace agentdesk::ui
