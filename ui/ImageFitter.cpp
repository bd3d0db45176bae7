#include "ImageFitter.h"

#include "media/ImageBlob.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QPixmapCache>

namespace agentdesk::ui {

namespace {
constexpr int kLargestSide = 800;
constexpr int kSmallestSide = 96;

QByteArray encodeJpeg(const QImage& image, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return out;
}
} // namespace

QByteArray ImageFitter::fit(const QByteArray& fileBytes, QString* error)
{
    QBuffer probe;
    probe.setData(fileBytes);
    probe.open(QIODevice::ReadOnly);
    const QSize size = QImageReader(&probe).size();
    const bool small = size.isValid() && std::max(size.width(), size.height()) <= kLargestSide;
    const bool metadata = media::imageMime(fileBytes) == QLatin1String("image/jpeg") && fileBytes.contains("Exif");
    if (small && !metadata && media::checkImage(fileBytes) == media::ImageProblem::None)
        return fileBytes;
    QImage image = QImage::fromData(fileBytes);
    if (image.isNull()) {
        *error = QCoreApplication::translate("ImageFitter", "The file is not a picture this program can read.");
        return {};
    }
    // JPEG has no transparency: transparent parts become white, as on a chat background.
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }
    if (std::max(image.width(), image.height()) > kLargestSide)
        image = image.scaled(kLargestSide, kLargestSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    for (;;) {
        for (const int quality : {85, 70, 55, 40}) {
            const QByteArray encoded = encodeJpeg(image, quality);
            if (media::checkImage(encoded) == media::ImageProblem::None)
                return encoded;
        }
        if (std::max(image.width(), image.height()) <= kSmallestSide)
            break;
        image = image.scaled(image.width() * 3 / 4, image.height() * 3 / 4, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    *error = QCoreApplication::translate("ImageFitter", "The picture cannot be made smaller than %1 KiB.")
                 .arg(media::kMaxImageBytes / 1024);
    return {};
}

QPixmap ImageFitter::pixmap(const QString& imageId, const QByteArray& bytes)
{
    const QString key = QStringLiteral("agentdesk-image:") + imageId;
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    if (bytes.isEmpty() || !pixmap.loadFromData(bytes))
        return {};
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

QPixmap ImageFitter::thumbnail(const QString& imageId, const QByteArray& bytes, QSize bounds)
{
    const QString key = QStringLiteral("agentdesk-thumb:%1x%2:").arg(bounds.width()).arg(bounds.height()) + imageId;
    QPixmap thumb;
    if (QPixmapCache::find(key, &thumb))
        return thumb;
    QImage image;
    if (bytes.isEmpty() || !image.loadFromData(bytes))
        return {};
    const QSize shown = shownSize(image.size(), bounds);
    thumb = QPixmap::fromImage(shown == image.size() ? image : image.scaled(shown, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    QPixmapCache::insert(key, thumb);
    return thumb;
}

QSize ImageFitter::shownSize(QSize picture, QSize bounds)
{
    if (picture.isEmpty())
        return {};
    if (picture.width() <= bounds.width() && picture.height() <= bounds.height())
        return picture;
    return picture.scaled(bounds, Qt::KeepAspectRatio);
}

} // namespace agentdesk::ui
