#pragma once

#include <QByteArray>
#include <QString>

namespace agentdesk::media {

// Images travel inside frames (base64) and sit in both databases, so they are small by rule:
// a reply's image is a picture for the customer (a size chart, a warranty card), not a photo.
inline constexpr qsizetype kMaxImageBytes = 32 * 1024;
// base64 of kMaxImageBytes, rounded up to whole quads.
inline constexpr qsizetype kMaxImageBase64 = (kMaxImageBytes + 2) / 3 * 4;

enum class ImageProblem { None, Empty, TooLarge, NotPngOrJpeg };

// The one check of an image, on the client before uploading and on the server before storing.
ImageProblem checkImage(const QByteArray& bytes);
QString describe(ImageProblem problem);

// "image/png" or "image/jpeg" from the file's signature; empty for anything else.
QString imageMime(const QByteArray& bytes);

// Images are stored and referred to by the SHA-256 of their bytes, in lowercase hex: the same
// picture uploaded twice is stored once, and a reference can be checked against its bytes.
QString imageId(const QByteArray& bytes);
bool isImageId(const QString& text);

} // namespace agentdesk::media
