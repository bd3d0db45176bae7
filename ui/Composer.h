#pragma once

#include <QPlainTextEdit>

namespace agentdesk::ui {

// The message composer: Enter sends, Shift+Enter starts a new line.
class Composer : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit Composer(QWidget* parent = nullptr);

signals:
    void sendRequested(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace agentdesk::ui
