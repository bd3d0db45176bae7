#include "media/ImageCache.h"

#include "cache/LocalCache.h"
#include "media/ImageBlob.h"
#include "protocol/IdempotencyKey.h"
#include "sql/SqlExec.h"
#include "sync/SyncEngine.h"

namespace agentdesk::app {

using namespace protocol;

namespace {
// In bytes: a few hundred of the largest images.
constexpr qsizetype kMemoryBudget = 8 * 1024 * 1024;
} // namespace

ImageCache::ImageCache(LocalCache& cache, SyncEngine& engine, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_engine(engine)
    , m_memory(kMemoryBudget)
{
    connect(&m_engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state != SyncEngine::State::Online)
            return;
        for (const QString& id : QSet<QString>(m_wanted))
            fetch(id);
    });
}

QByteArray ImageCache::bytes(const QString& imageId)
{
    if (imageId.isEmpty() || m_unavailable.contains(imageId))
        return {};
    if (const QByteArray* hit = m_memory.object(imageId))
        return *hit;
    if (m_wanted.contains(imageId))
        return {};  // already missed and asked for: no query per paint
    QByteArray stored;
    try {
        stored = m_cache.image(imageId);
    } catch (const sql::SqlError&) {
        // An unreadable cache row: fetched again below.
    }
    // The cache is a file on disk: what comes back must still be the image it names.
    if (!stored.isEmpty() && media::imageId(stored) == imageId) {
        m_memory.insert(imageId, new QByteArray(stored), stored.size());
        return stored;
    }
    fetch(imageId);
    return {};
}

void ImageCache::fetch(const QString& imageId)
{
    m_wanted.insert(imageId);
    if (m_engine.state() != SyncEngine::State::Online || m_inFlight.contains(imageId))
        return;
    m_inFlight.insert(imageId);
    m_engine.client().request(ImageGet{imageId}, [this, imageId](const Frame& reply) {
        m_inFlight.remove(imageId);
        if (const auto* ok = reply.as<ImageGetOk>()) {
            const auto decoded = QByteArray::fromBase64Encoding(ok->image.data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (decoded && media::checkImage(*decoded) == media::ImageProblem::None && media::imageId(*decoded) == imageId) {
                m_wanted.remove(imageId);
                remember(imageId, *decoded);
                emit imageArrived(imageId);
                return;
            }
            m_unavailable.insert(imageId);  // the server sent something else: not shown, not asked again
        } else if (const auto* error = reply.as<protocol::Error>();
                   error && error->code != errorCodeName(ErrorCode::Internal) && error->code != errorCodeName(ErrorCode::RateLimited)) {
            m_unavailable.insert(imageId);  // not found, or not for this user: asking again changes nothing
        } else {
            return;  // the connection went, or the server was busy: fetched again once online
        }
        m_wanted.remove(imageId);
        emit imageArrived(imageId);
    });
}

void ImageCache::remember(const QString& imageId, const QByteArray& bytes)
{
    m_unavailable.remove(imageId);
    m_memory.insert(imageId, new QByteArray(bytes), bytes.size());
    try {
        m_cache.storeImage(imageId, bytes);
    } catch (const sql::SqlError&) {
        // Kept in memory; fetched again after a restart.
    }
}

void ImageCache::upload(const QByteArray& bytes, UploadHandler handler)
{
    switch (media::checkImage(bytes)) {
    case media::ImageProblem::None: break;
    case media::ImageProblem::Empty: handler({}, tr("The image is empty.")); return;
    case media::ImageProblem::TooLarge:
        handler({}, tr("The image is larger than %1 KiB.").arg(media::kMaxImageBytes / 1024));
        return;
    case media::ImageProblem::NotPngOrJpeg: handler({}, tr("Only PNG and JPEG images can be sent.")); return;
    }
    if (m_engine.state() != SyncEngine::State::Online) {
        handler({}, tr("You are offline; attaching an image needs the connection."));
        return;
    }
    m_engine.client().request(ImageUpload{newIdempotencyKey(), QString::fromLatin1(bytes.toBase64())},
                              [this, bytes, handler = std::move(handler)](const Frame& reply) {
                                  if (const auto* ok = reply.as<ImageUploadOk>()) {
                                      remember(ok->imageId, bytes);
                                      handler(ok->imageId, {});
                                  } else {
                                      handler({}, reply.as<protocol::Error>()->message);
                                  }
                              });
}

} // namespace agentdesk::app
