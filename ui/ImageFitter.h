#pragma once

#include <QByteArray>
#include <QPixmap>
#include <QString>

namespace agentdesk::ui {

// Turns a picture the user picked into one the protocol takes (PNG or JPEG, at most 32 KiB, at
// most 800 pixels a side): kept as it is when it already fits, otherwise scaled down and saved as
// JPEG until it does. A JPEG with metadata (camera, place) is always saved again without it.
class ImageFitter {
public:
    // The bytes to upload, or empty with *error set (not an image, or cannot be made small enough).
    static QByteArray fit(const QByteArray& fileBytes, QString* error);
    // A decoded image, cached by id; null when the bytes are not a picture.
    static QPixmap pixmap(const QString& imageId, const QByteArray& bytes);
    // The picture scaled to fit within bounds (never enlarged), decoded once and cached by id.
    static QPixmap thumbnail(const QString& imageId, const QByteArray& bytes, QSize bounds);
    // The size to show a picture of the given size at, within bounds, never enlarged.
    static QSize shownSize(QSize picture, QSize bounds);
};

} // namespace agentdesk::ui
