#include "store/ImageStore.h"

#include "store/Database.h"

namespace agentdesk::server {

ImageStore::ImageStore(Database& db)
    : m_db(db)
{
}

bool ImageStore::contains(const QString& id)
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM images WHERE id = ?"), {id}).toInt() > 0;
}

std::optional<protocol::ImageData> ImageStore::image(const QString& id)
{
    sql::Rows q = m_db.exec(QStringLiteral("SELECT mime, data FROM images WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return protocol::ImageData{id, q.value(0).toString(), q.value(1).toString()};
}

void ImageStore::store(const protocol::ImageData& image, qsizetype bytes, qint64 by, qint64 at)
{
    m_db.exec(QStringLiteral("INSERT INTO images (id, mime, data, bytes, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (id) DO NOTHING"),
              {image.id, image.mime, image.data, qint64(bytes), by, at});
}

bool ImageStore::sentToCustomer(const QString& id, qint64 customerId)
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                                      " WHERE m.image = ? AND m.image <> '' AND c.customer_id = ? AND m.sender <> 'note'"),
                       {id, customerId})
               .toInt()
        > 0;
}

} // namespace agentdesk::server
