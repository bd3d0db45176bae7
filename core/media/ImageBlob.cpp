#include "media/ImageBlob.h"

#include "protocol/FieldRule.h"

#include <QCryptographicHash>

namespace agentdesk::media {

namespace {
constexpr qsizetype kIdLength = 64;
static_assert(protocol::rules::kImageBase64.maxLength == kMaxImageBase64, "the wire rule and the image limit agree");
} // namespace

QString imageMime(const QByteArray& bytes)
{
    static const QByteArray png("\x89PNG\r\n\x1a\n", 8);
    static const QByteArray jpeg("\xff\xd8\xff", 3);
    if (bytes.startsWith(png))
        return QStringLiteral("image/png");
    if (bytes.startsWith(jpeg))
        return QStringLiteral("image/jpeg");
    return {};
}

ImageProblem checkImage(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return ImageProblem::Empty;
    if (bytes.size() > kMaxImageBytes)
        return ImageProblem::TooLarge;
    if (imageMime(bytes).isEmpty())
        return ImageProblem::NotPngOrJpeg;
    return ImageProblem::None;
}

QString describe(ImageProblem problem)
{
    switch (problem) {
    case ImageProblem::None: return {};
    case ImageProblem::Empty: return QStringLiteral("the image is empty");
    case ImageProblem::TooLarge: return QStringLiteral("the image is larger than %1 KiB").arg(kMaxImageBytes / 1024);
    case ImageProblem::NotPngOrJpeg: return QStringLiteral("the image is not a PNG or JPEG file");
    }
    return {};
}

QString imageId(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool isImageId(const QString& text)
{
    if (text.size() != kIdLength)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace agentdesk::media
