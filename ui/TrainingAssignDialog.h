#pragma once

#include "ScenarioPickerDialog.h"

#include <QDialog>

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace agentdesk::ui {

// A coach sets a trainee scenarios to practise: ticks one or more, adds a note.
class TrainingAssignDialog : public QDialog {
    Q_OBJECT
public:
    TrainingAssignDialog(const QString& traineeName, const std::vector<ScenarioPickerDialog::Entry>& scenarios,
                         QWidget* parent = nullptr);

    std::vector<QString> chosen() const;
    void setChosen(const QStringList& ids);
    QString note() const;
    void setNote(const QString& note);

    static constexpr int kMaxNote = 500;

private:
    void update();

    QListWidget* m_list = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace agentdesk::ui
