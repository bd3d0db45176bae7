#pragma once

#include "i18n/ServerText.h"
#include "service/Identity.h"
#include "service/Outcome.h"

#include <optional>

namespace agentdesk::media {
enum class ImageProblem;
}

namespace agentdesk::server {

struct ServerContext;

// Images for replies and messages: checked by core's rule (media/ImageBlob.h) and stored once
// per content. Staff read every image; a customer only those sent in their own conversations.
class ImageService {
    AGENTDESK_SERVER_TEXTS(ImageService)

public:
    explicit ImageService(ServerContext& context);

    Outcome upload(const Identity& who, const protocol::ImageUpload& request);
    Outcome get(const Identity& who, const protocol::ImageGet& request);
    // Why a reply or message may not refer to this image, if it may not.
    std::optional<protocol::ProtocolError> checkReference(const QString& imageId);

private:
    static QString describe(media::ImageProblem problem);

    ServerContext& m_ctx;
};

} // namespace agentdesk::server
