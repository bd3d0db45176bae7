#include "SettingsDialog.h"

#include "settings/WorkspaceSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace agentdesk::ui {

SettingsDialog::SettingsDialog(app::WorkspaceSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_notifications(new QCheckBox(tr("Show a desktop notification for new conversations and messages"), this))
    , m_sound(new QCheckBox(tr("Play a sound with it"), this))
    , m_language(new QComboBox(this))
    , m_sla(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_notifications->setChecked(settings.desktopNotifications());
    m_sound->setObjectName(QStringLiteral("sound"));
    m_sound->setChecked(settings.sound());
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_sla->setObjectName(QStringLiteral("slaMinutes"));
    m_sla->setAccessibleName(tr("Reply within"));
    m_sla->setRange(1, 120);
    m_sla->setSuffix(tr(" min"));
    m_sla->setValue(settings.slaMinutes());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Notifications"), m_notifications);
    form->addRow(QString(), m_sound);
    form->addRow(tr("Language"), m_language);
    form->addRow(QString(), new QLabel(tr("A new language applies when AgentDesk starts again."), this));
    form->addRow(tr("Reply within"), m_sla);
    form->addRow(QString(), new QLabel(tr("Waiting conversations turn amber at two thirds of this and red past it."), this));
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    m_settings.setDesktopNotifications(m_notifications->isChecked());
    m_settings.setSound(m_sound->isChecked());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setSlaMinutes(m_sla->value());
    QDialog::accept();
}

} // namespace agentdesk::ui
