#pragma once

#include "ScenarioPickerDialog.h"
#include "protocol/Frames.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace agentdesk::app {
class TrainingDesk;
}

namespace agentdesk::ui {

class SandboxReportDialog;

// Training on the server one is signed in to. "My training": the scenarios coaches set me, to
// start in the sandbox, and my results stored there. "Trainees" (for coaches: trainers, admins, a
// team's lead): each trainee's progress, assignments to set or take back, and results to open as
// a report and replay step by step.
class TrainingDialog : public QDialog {
    Q_OBJECT
public:
    TrainingDialog(app::TrainingDesk& desk, std::vector<ScenarioPickerDialog::Entry> scenarios, QWidget* parent = nullptr);

    void refresh();
    void selectTrainee(qint64 traineeId);
    qint64 selectedTrainee() const;
    // Asks for the whole attempt and shows its report (with Replay…); `trainee`: whose it is, when not mine.
    void openResult(qint64 resultId, const QString& trainee = {});
    SandboxReportDialog* report() const;
    // Sets the selected trainee the scenarios with the note, as the Assign dialog does.
    void assignToSelected(const std::vector<QString>& scenarioIds, const QString& note);
    void showTrainees();

    QTreeWidget* myAssignments() const { return m_mine; }
    QTreeWidget* myResults() const { return m_myResults; }
    QTreeWidget* trainees() const { return m_trainees; }
    QTreeWidget* theirAssignments() const { return m_theirAssignments; }
    QTreeWidget* theirResults() const { return m_theirResults; }
    QString status() const;

signals:
    // Start the sandbox on this scenario (empty: choose there).
    void startRequested(const QString& scenarioId);
    // Every list asked for has arrived.
    void loaded();

private:
    QWidget* buildMine();
    QWidget* buildTrainees();
    void loadMine();
    void loadTrainees();
    void loadTrainee();
    void showAssignments(QTreeWidget* tree, const std::vector<protocol::TrainingAssignment>& assignments, bool mine);
    void showResults(QTreeWidget* tree, const std::vector<protocol::TrainingResult>& results);
    void askAssign();
    void takeBack();
    void openSelected(QTreeWidget* tree);
    void begin();
    void finish(const QString& error);
    void updateButtons();
    const ScenarioPickerDialog::Entry* scenario(const QString& id) const;
    QString titleOf(const QString& id, const QString& fallback = {}) const;

    app::TrainingDesk& m_desk;
    std::vector<ScenarioPickerDialog::Entry> m_scenarios;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_mine = nullptr;
    QTreeWidget* m_myResults = nullptr;
    QTreeWidget* m_trainees = nullptr;
    QTreeWidget* m_theirAssignments = nullptr;
    QTreeWidget* m_theirResults = nullptr;
    QLabel* m_traineeName = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_openMine = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_takeBack = nullptr;
    QPushButton* m_openTheirs = nullptr;
    QWidget* m_traineesPage = nullptr;
    QPointer<SandboxReportDialog> m_report;
    int m_pending = 0;
    QString m_lastError;
    int m_traineeRound = 0;
};

} // namespace agentdesk::ui
