#include "SettingsDialog.h"

#include "UiText.h"
#include "settings/WorkspaceSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace agentdesk::ui {

SettingsDialog::SettingsDialog(app::WorkspaceSettings& settings, qint64 slaMs, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_notifications(new QCheckBox(tr("Show a desktop notification for new conversations and messages"), this))
    , m_sound(new QCheckBox(tr("Play a sound with it"), this))
    , m_language(new QComboBox(this))
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
    auto* sla = new QLabel(UiText::duration(slaMs), this);
    sla->setObjectName(QStringLiteral("sla"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Notifications"), m_notifications);
    form->addRow(QString(), m_sound);
    form->addRow(tr("Language"), m_language);
    form->addRow(QString(), new QLabel(tr("A new language applies when AgentDesk starts again."), this));
    form->addRow(tr("Reply within"), sla);
    auto* slaNote = new QLabel(tr("The shop's target, set on its server: waiting conversations turn amber at two thirds of it "
                                  "and red past it, as on the team lead's floor view."), this);
    slaNote->setWordWrap(true);
    form->addRow(QString(), slaNote);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    m_settings.setDesktopNotifications(m_notifications->isChecked());
    m_settings.setSound(m_sound->isChecked());
    m_settings.setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace agentdesk::ui
