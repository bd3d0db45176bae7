#pragma once

#include <QElapsedTimer>
#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace agentdesk::ui {

// The band across the top of a sandbox window, there for as long as the window is: it says that
// this is training with a scripted customer and that nothing reaches a shop, which scenario runs
// and for how long, and offers to finish and be scored.
class SandboxBanner : public QFrame {
    Q_OBJECT
public:
    explicit SandboxBanner(QWidget* parent = nullptr);

    void setScenario(const QString& title, const QString& difficulty, int timeLimitSeconds);
    void started();
    void ended(int total);
    QString text() const;

signals:
    void finishRequested();
    void reportRequested();

private:
    void tick();

    QLabel* m_label = nullptr;
    QLabel* m_clock = nullptr;
    QPushButton* m_finish = nullptr;
    QPushButton* m_report = nullptr;
    QElapsedTimer m_elapsed;
    QTimer m_tick;
    QString m_title;
    int m_limitSeconds = 0;
};

} // namespace agentdesk::ui
