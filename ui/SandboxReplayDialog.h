#pragma once

#include "sandbox/SandboxResult.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QListWidget;
class QPushButton;
class QSlider;

namespace agentdesk::ui {

// A finished sandbox session played back step by step: each line of the conversation with its
// time from the customer's first message, what came from the library or a recommendation card,
// the coupons; forwards, backwards, or on its own at a line a second.
class SandboxReplayDialog : public QDialog {
    Q_OBJECT
public:
    explicit SandboxReplayDialog(const sandbox::SandboxResult& result, QWidget* parent = nullptr);

    int step() const { return m_step; }            // lines shown
    int steps() const { return int(m_result.transcript.size()); }
    void setStep(int step);
    void next() { setStep(m_step + 1); }
    void previous() { setStep(m_step - 1); }
    void play(bool on);
    QString lineText(int index) const;

private:
    sandbox::SandboxResult m_result;
    QListWidget* m_lines = nullptr;
    QLabel* m_position = nullptr;
    QSlider* m_slider = nullptr;
    QPushButton* m_play = nullptr;
    QTimer m_timer;
    int m_step = 0;
};

} // namespace agentdesk::ui
