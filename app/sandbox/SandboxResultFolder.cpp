#include "sandbox/SandboxResultFolder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace agentdesk::app {

using sandbox::SandboxResult;

QString SandboxResultFolder::save(const SandboxResult& result, const QString& folder, QString* error)
{
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot make the folder %1").arg(folder);
        return {};
    }
    const QString stamp = QDateTime::fromMSecsSinceEpoch(result.endedAt).toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString path = QDir(folder).filePath(QStringLiteral("%1-%2.json").arg(result.scenarioId, stamp));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.toJson()) < 0 || !file.commit()) {
        *error = file.errorString();
        return {};
    }
    return path;
}

std::vector<SandboxResult> SandboxResultFolder::attempts(const QString& folder, const QString& scenarioId)
{
    std::vector<SandboxResult> out;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({scenarioId + QStringLiteral("-*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly) || file.size() > kLargestFile)
            continue;
        QString error;
        if (auto r = SandboxResult::fromJson(file.readAll(), &error); r && r->scenarioId == scenarioId)
            out.push_back(std::move(*r));
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.endedAt < b.endedAt; });
    return out;
}

QString SandboxResultFolder::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("sandbox-results"));
}

} // namespace agentdesk::app
