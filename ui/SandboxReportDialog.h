#pragma once

#include "sandbox/SandboxResult.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace agentdesk::ui {

// The trainee's report at the end of a sandbox session: the score and what earned it (response
// times, replies used, the recommendation made or missed, the coupon policy, the outcome, the
// customer's satisfaction), what an expert would have done, and the earlier attempts at the same
// scenario to compare with; the attempt can be exported as a file and replayed step by step.
class SandboxReportDialog : public QDialog {
    Q_OBJECT
public:
    SandboxReportDialog(const sandbox::SandboxResult& result, const std::vector<sandbox::SandboxResult>& attempts,
                        const QString& expert, QWidget* parent = nullptr);

    // The report is a trainee's, opened by their coach.
    void setTrainee(const QString& name);
    QString totalText() const;
    int rowCount() const;
    QString cell(int row, int column) const;
    QString attemptsText() const;
    // Writes the attempt (score and transcript) as JSON; an error message, or empty.
    QString exportTo(const QString& path) const;

private:
    void addRow(const QString& part, const QString& figure, int points, int max);

    sandbox::SandboxResult m_result;
    QLabel* m_total = nullptr;
    QLabel* m_attempts = nullptr;
    QLabel* m_attemptsHeading = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace agentdesk::ui
