#pragma once

#include "protocol/Records.h"

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
    ApprovalsDialog(app::CouponDesk& desk, const protocol::Principal& me, QWidget* parent = nullptr);

    // A panel inside another window (the supervisor view) instead of a window of its own.
    void embed();
    void reject() override;

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
    protocol::Principal m_me;
    bool m_mayDecide = false;  // a lead or admin: the dialog offers decisions
    QTreeWidget* m_list = nullptr;
    QLabel* m_detail = nullptr;
    QLineEdit* m_comment = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_deny = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_outcome = nullptr;
    bool m_busy = false;
};

} // namespace agentdesk::ui
