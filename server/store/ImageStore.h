#pragma once

#include "protocol/Records.h"

#include <optional>

namespace agentdesk::server {

class Database;

// The images of replies and messages, by the SHA-256 of their bytes (media/ImageBlob.h).
class ImageStore {
public:
    explicit ImageStore(Database& db);

    bool contains(const QString& id);
    std::optional<protocol::ImageData> image(const QString& id);
    // Storing the same bytes again keeps the first upload.
    void store(const protocol::ImageData& image, qsizetype bytes, qint64 by, qint64 at);
    // Whether the customer has a message with this image in one of their conversations.
    bool sentToCustomer(const QString& id, qint64 customerId);

private:
    Database& m_db;
};

} // namespace agentdesk::server
