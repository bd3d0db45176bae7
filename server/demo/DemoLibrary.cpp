#include "demo/DemoLibrary.h"

#include "media/ImageBlob.h"
#include "store/Database.h"
#include "store/ImageStore.h"
#include "store/LibraryStore.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemoLibrary, "agentdesk.server.demo")

namespace agentdesk::server {

using namespace protocol;

namespace {

Reply replyFrom(const QJsonObject& o, const QHash<QString, qint64>& teamByName)
{
    Reply r;
    r.title = o[QLatin1String("title")].toString();
    r.body = o[QLatin1String("body")].toString();
    for (const QJsonValue& step : o[QLatin1String("steps")].toArray())
        r.steps.push_back({step[QLatin1String("title")].toString(), step[QLatin1String("body")].toString()});
    r.category = enumFromName<ReplyCategory>(o[QLatin1String("category")].toString()).value_or(ReplyCategory::Other);
    for (const QJsonValue& tag : o[QLatin1String("tags")].toArray())
        r.tags.push_back(tag.toString());
    r.language = o[QLatin1String("language")].toString();
    r.scope = ReplyScope::Team;
    r.teamId = teamByName.value(o[QLatin1String("team")].toString(), 0);
    return r;
}

// A picture shipped with the demo (server/demo/images), stored like an upload; its id, or empty.
QString storeImage(ImageStore& images, const QString& name, qint64 now)
{
    QFile file(QStringLiteral(":/demo/images/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDemoLibrary) << "the demo image" << name << "is missing";
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (const auto problem = media::checkImage(bytes); problem != media::ImageProblem::None) {
        qCWarning(lcDemoLibrary) << "the demo image" << name << "is unusable:" << media::describe(problem);
        return {};
    }
    const ImageData image{media::imageId(bytes), media::imageMime(bytes), QString::fromLatin1(bytes.toBase64())};
    images.store(image, bytes.size(), 0, now);
    return image.id;
}

} // namespace

void DemoLibrary::populate(Database& db)
{
    QFile file(QStringLiteral(":/demo/demo_library.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDemoLibrary) << "the demo library resource is missing";
        return;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QHash<QString, qint64> teamByName;
    sql::Rows teams = db.exec(QStringLiteral("SELECT id, name FROM teams"));
    while (teams.next())
        teamByName.insert(teams.value(1).toString(), teams.value(0).toLongLong());

    LibraryStore store(db);
    ImageStore images(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QHash<QString, qint64> pairAnchor;  // abPair name -> the id of its variant A
    int count = 0;
    for (const QString& section : {QStringLiteral("replies"), QStringLiteral("scripts")}) {
        for (const QJsonValue& value : root[section].toArray()) {
            const QJsonObject o = value.toObject();
            Reply r = replyFrom(o, teamByName);
            if (const QString image = o[QLatin1String("image")].toString(); !image.isEmpty())
                r.image = storeImage(images, image, now);
            const QString pair = o[QLatin1String("abPair")].toString();
            if (!pair.isEmpty() && pairAnchor.contains(pair)) {
                r.abPairId = pairAnchor.value(pair);
                r.abVariant = 1;
            }
            Reply stored = store.save(r, 0, now);
            if (!pair.isEmpty() && !pairAnchor.contains(pair)) {
                pairAnchor.insert(pair, stored.id);
                stored.abPairId = stored.id;
                store.save(stored, 0, now);
            }
            ++count;
        }
    }
    qCInfo(lcDemoLibrary) << "loaded the demo reply library:" << count << "replies and scripts";
}

} // namespace agentdesk::server
