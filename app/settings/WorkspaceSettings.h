#pragma once

#include <QSettings>
#include <QString>

namespace agentdesk::app {

// The workspace's user settings, each with its QSettings key and default in one place.
class WorkspaceSettings {
public:
    WorkspaceSettings() = default;
    explicit WorkspaceSettings(const QString& file) : m_settings(file, QSettings::IniFormat) {}

    bool desktopNotifications() const { return value(kNotifications, true).toBool(); }
    void setDesktopNotifications(bool on) { m_settings.setValue(QLatin1String(kNotifications), on); }

    bool sound() const { return value(kSound, true).toBool(); }
    void setSound(bool on) { m_settings.setValue(QLatin1String(kSound), on); }

    // Empty: follow the system.
    QString language() const { return value(kLanguage, QString()).toString(); }
    void setLanguage(const QString& language) { m_settings.setValue(QLatin1String(kLanguage), language); }

    QString serverUrl() const { return value(kServerUrl, QString()).toString(); }
    void setServerUrl(const QString& url) { m_settings.setValue(QLatin1String(kServerUrl), url); }
    // A PEM file of CA certificates trusted for the server's wss:// certificate besides the system's.
    QString caCertificate() const { return value(kCaCertificate, QString()).toString(); }
    void setCaCertificate(const QString& path) { m_settings.setValue(QLatin1String(kCaCertificate), path); }
    QString user() const { return value(kUser, QString()).toString(); }
    void setUser(const QString& user) { m_settings.setValue(QLatin1String(kUser), user); }

private:
    static constexpr const char* kNotifications = "notifications/desktop";
    static constexpr const char* kSound = "notifications/sound";
    static constexpr const char* kLanguage = "ui/language";
    static constexpr const char* kServerUrl = "server/url";
    static constexpr const char* kUser = "server/user";
    static constexpr const char* kCaCertificate = "server/caCertificate";

    QVariant value(const char* key, const QVariant& fallback) const { return m_settings.value(QLatin1String(key), fallback); }

    QSettings m_settings;
};

} // namespace agentdesk::app
