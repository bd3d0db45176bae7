#pragma once

#include <QCache>
#include <QObject>
#include <QSet>

#include <functional>

namespace agentdesk::app {

class LocalCache;
class SyncEngine;

// The images of messages and replies for this client: from memory, then the local cache, then
// the server (image.get), whichever has them first. Uploads go through here too, so that what
// the agent attached is at hand at once.
class ImageCache : public QObject {
    Q_OBJECT
public:
    ImageCache(LocalCache& cache, SyncEngine& engine, QObject* parent = nullptr);

    // The bytes, or empty while they are fetched (imageArrived follows) or when they cannot be had.
    QByteArray bytes(const QString& imageId);
    // Whether the server said this image cannot be had (unknown, or not for this user).
    bool isUnavailable(const QString& imageId) const { return m_unavailable.contains(imageId); }

    // Checks the image with core's rule first; the handler gets the id, or an error message.
    using UploadHandler = std::function<void(const QString& imageId, const QString& error)>;
    void upload(const QByteArray& bytes, UploadHandler handler);

signals:
    void imageArrived(const QString& imageId);

private:
    void fetch(const QString& imageId);
    void remember(const QString& imageId, const QByteArray& bytes);

    LocalCache& m_cache;
    SyncEngine& m_engine;
    QCache<QString, QByteArray> m_memory;
    QSet<QString> m_wanted;    // asked for while offline, or in flight
    QSet<QString> m_inFlight;
    QSet<QString> m_unavailable;
};

} // namespace agentdesk::app
