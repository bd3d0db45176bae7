#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace agentdesk::app {
class WorkspaceSettings;
}

namespace agentdesk::ui {

// Notifications and language, saved in the user's settings; and the reply-time target, which is
// the shop's (its server's), shown so that the list's colours are explained.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(app::WorkspaceSettings& settings, qint64 slaMs, QWidget* parent = nullptr);

    void accept() override;

private:
    app::WorkspaceSettings& m_settings;
    QCheckBox* m_notifications;
    QCheckBox* m_sound;
    QComboBox* m_language;
};

} // namespace agentdesk::ui
