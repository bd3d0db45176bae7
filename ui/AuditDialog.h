#pragma once

#include "protocol/Records.h"

#include <QDialog>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace agentdesk::app {
class CouponDesk;
}

namespace agentdesk::ui {

// The coupon audit log as the server lets the user see it (a lead their team's, an admin the
// whole shop's, anyone else their own), newest first, page by page, and exported as CSV.
class AuditDialog : public QDialog {
    Q_OBJECT
public:
    AuditDialog(app::CouponDesk& desk, QWidget* parent = nullptr);

    // Fetches every row the user may see in [since, until) (0: open-ended) and writes them as CSV
    // (UTF-8 with a byte-order mark, for spreadsheets); the handler gets an error message, empty
    // on success.
    void exportCsv(const QString& path, qint64 since, qint64 until, std::function<void(const QString& error)> done);
    int rowCount() const;

private:
    void loadMore();
    void append(const std::vector<protocol::AuditEntry>& entries);

    app::CouponDesk& m_desk;
    QTableWidget* m_table = nullptr;
    QPushButton* m_more = nullptr;
    QLabel* m_status = nullptr;
    qint64 m_oldestId = 0;
};

} // namespace agentdesk::ui
