#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace agentdesk::app {
class CouponDesk;
}

namespace agentdesk::ui {

// The coupon button's dialog: every coupon the shop offers, which ones the agent may grant now
// and, for the others, why not; the day's allowance left; grant with a confirmation, or ask the
// team's lead with a reason.
class CouponDialog : public QDialog {
    Q_OBJECT
public:
    CouponDialog(app::CouponDesk& desk, const QString& customerName, QWidget* parent = nullptr);

    // Asked before a grant; a message box unless replaced (tests answer it themselves).
    void setConfirmation(std::function<bool(const QString& question)> confirm) { m_confirm = std::move(confirm); }
    void selectTemplate(qint64 templateId);
    void grantSelected();
    void askLead(const QString& reason);
    QString outcome() const;

signals:
    void auditRequested();

private:
    void rebuild();
    qint64 selectedTemplate() const;
    bool selectedAllowed() const;
    void updateButtons();
    void updateActions();
    void showOutcome(const QString& text, bool good);

    app::CouponDesk& m_desk;
    QString m_customer;
    QLabel* m_allowance = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_grant = nullptr;
    QPushButton* m_ask = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_outcome = nullptr;
    std::function<bool(const QString&)> m_confirm;
    bool m_busy = false;
};

} // namespace agentdesk::ui
