#include "AttachmentBar.h"

#include "ImageFitter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace agentdesk::ui {

namespace {
const QSize kThumbnail(56, 42);
}

AttachmentBar::AttachmentBar(QWidget* parent)
    : QWidget(parent)
    , m_thumbnail(new QLabel(this))
    , m_caption(new QLabel(tr("Image attached: it is sent with the next message."), this))
    , m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("attachmentBar"));
    m_thumbnail->setFixedSize(kThumbnail);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setStyleSheet(QStringLiteral("border: 1px solid #d1d5db; border-radius: 4px; background: white;"));
    m_caption->setStyleSheet(QStringLiteral("color: #4b5563;"));
    m_remove->setObjectName(QStringLiteral("removeAttachment"));
    m_remove->setText(tr("Remove image"));
    connect(m_remove, &QToolButton::clicked, this, &AttachmentBar::removeRequested);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 0);
    layout->addWidget(m_thumbnail);
    layout->addWidget(m_caption, 1);
    layout->addWidget(m_remove);
    setVisible(false);
}

void AttachmentBar::setNoteMode(bool on)
{
    m_caption->setText(on ? tr("Image attached: it waits for the next message to the customer; notes carry no image.")
                          : tr("Image attached: it is sent with the next message."));
}

void AttachmentBar::show(const QString& imageId, const QByteArray& bytes)
{
    setVisible(!imageId.isEmpty());
    if (imageId.isEmpty())
        return;
    const QPixmap picture = ImageFitter::pixmap(imageId, bytes);
    if (picture.isNull()) {
        m_thumbnail->setPixmap({});
        m_thumbnail->setText(QStringLiteral("…"));
    } else {
        m_thumbnail->setPixmap(picture.scaled(kThumbnail - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
}

} // namespace agentdesk::ui
