#include "service/ImageService.h"

#include "media/ImageBlob.h"
#include "ServerContext.h"

#include <QDateTime>

namespace agentdesk::server {

using namespace protocol;

ImageService::ImageService(ServerContext& context)
    : m_ctx(context)
{
}

// media::describe's reasons, in the connection's language: they are what a user who picked the
// wrong file reads.
QString ImageService::describe(media::ImageProblem problem)
{
    switch (problem) {
    case media::ImageProblem::None: return {};
    case media::ImageProblem::Empty: return tr("the image is empty");
    case media::ImageProblem::TooLarge: return tr("the image is larger than %1 KiB").arg(media::kMaxImageBytes / 1024);
    case media::ImageProblem::NotPngOrJpeg: return tr("the image is not a PNG or JPEG file");
    }
    return {};
}

Outcome ImageService::upload(const Identity& who, const ImageUpload& request)
{
    const auto decoded = QByteArray::fromBase64Encoding(request.data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return failWith(ErrorCode::BadFrame, tr("image.upload: data is not base64"));
    const QByteArray& bytes = *decoded;
    if (const auto problem = media::checkImage(bytes); problem != media::ImageProblem::None)
        return failWith(ErrorCode::BadFrame, describe(problem));
    const ImageData image{media::imageId(bytes), media::imageMime(bytes), QString::fromLatin1(bytes.toBase64())};
    m_ctx.images.store(image, bytes.size(), who.id, QDateTime::currentMSecsSinceEpoch());
    return ImageUploadOk{image.id};
}

Outcome ImageService::get(const Identity& who, const ImageGet& request)
{
    const auto notVisible = failWith(ErrorCode::NotFound, tr("no image %1 is visible to you").arg(request.imageId));
    if (!media::isImageId(request.imageId))
        return notVisible;
    if (!who.isStaff() && !m_ctx.images.sentToCustomer(request.imageId, who.id))
        return notVisible;
    auto image = m_ctx.images.image(request.imageId);
    if (!image)
        return notVisible;
    return ImageGetOk{std::move(*image)};
}

std::optional<ProtocolError> ImageService::checkReference(const QString& imageId)
{
    if (!media::isImageId(imageId))
        return ProtocolError{ErrorCode::BadFrame, tr("image must be the id image.upload returned")};
    if (!m_ctx.images.contains(imageId))
        return ProtocolError{ErrorCode::NotFound, tr("no image %1: upload it first").arg(imageId)};
    return std::nullopt;
}

} // namespace agentdesk::server
