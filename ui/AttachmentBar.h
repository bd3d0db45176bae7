#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace agentdesk::ui {

// Above the composer: the image that goes with the next message, with a way to take it off.
class AttachmentBar : public QWidget {
    Q_OBJECT
public:
    explicit AttachmentBar(QWidget* parent = nullptr);

    // Hidden when imageId is empty; bytes may be empty while the image is fetched.
    void show(const QString& imageId, const QByteArray& bytes);
    // While a note is written: says the image is not part of it.
    void setNoteMode(bool on);

signals:
    void removeRequested();

private:
    QLabel* m_thumbnail;
    QLabel* m_caption;
    QToolButton* m_remove;
};

} // namespace agentdesk::ui
