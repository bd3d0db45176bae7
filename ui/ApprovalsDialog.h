#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace agentdesk::app {
class CouponDesk;
}

namespace agentdesk::ui {

// Coupon requests, live: a lead approves (granting within their own limits) or denies their
// team's with a comment; an agent follows their own requests here.
class ApprovalsDialog : public QDialog {
    Q_OBJECT
public:
    // me: the user, whose own requests others decide.
    ApprovalsDialog(app::CouponDesk& desk, bool mayDecide, qint64 me, QWidget* parent = nullptr);

    void selectApproval(qint64 approvalId);
    void decideSelected(bool approve);
    QString outcome() const;

signals:
    void auditRequested();

private:
    void rebuild();
    qint64 selectedId() const;
    void updateButtons();

    app::CouponDesk& m_desk;
    bool m_mayDecide = false;
    qint64 m_me = 0;
    QTreeWidget* m_list = nullptr;
    QLabel* m_detail = nullptr;
    QLineEdit* m_comment = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_deny = nullptr;
    QLabel* m_outcome = nullptr;
    bool m_busy = false;
};

} // namespace agentdesk::ui
