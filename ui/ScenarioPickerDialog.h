#pragma once

#include <QDialog>

#include <vector>

class QLabel;
class QListWidget;

namespace agentdesk::ui {

// Chooses a sandbox scenario: each with its difficulty and the best score of earlier attempts,
// and the brief of the one selected.
class ScenarioPickerDialog : public QDialog {
    Q_OBJECT
public:
    struct Entry {
        QString id;
        QString title;
        QString difficulty;  // easy, medium, hard
        QString brief;
        int bestScore = -1;  // -1: never tried
        QString expert;      // what an expert would do, for a report
    };

    explicit ScenarioPickerDialog(std::vector<Entry> entries, QWidget* parent = nullptr);
    QString chosen() const;
    void choose(const QString& id);

private:
    void showBrief();

    std::vector<Entry> m_entries;
    QListWidget* m_list = nullptr;
    QLabel* m_brief = nullptr;
};

} // namespace agentdesk::ui
