#pragma once

#include <QDialog>

class QLineEdit;

namespace agentdesk::ui {

// Asks for the user name and password of a real server.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(const QString& server, const QString& user, QWidget* parent = nullptr);

    QString user() const;
    QString password() const;

private:
    QLineEdit* m_user;
    QLineEdit* m_password;
};

} // namespace agentdesk::ui
