// Prints what a keystroke costs in the reply library's search with 10,000 replies: core's ranking
// of every match alone, and the whole path the library panel takes (ranking its first page, the
// model's reset, painting the visible rows), both for the query typed at once (pasted, or after
// another query) and typed on from the query one letter shorter. Figures, not assertions (run:
// build/dev/tests/bench_library_search).

#include "ReplyDelegate.h"
#include "cache/LocalCache.h"
#include "library/ReplyLibrary.h"
#include "library/ReplySearch.h"
#include "models/ReplySearchModel.h"
#include "sync/SyncEngine.h"
#include "Percentile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace agentdesk;
using namespace agentdesk::protocol;

namespace {

// The demo library's replies, repeated with numbered titles up to the count.
std::vector<Reply> library(int count)
{
    QFile file(QStringLiteral(AGENTDESK_SOURCE_DIR "/server/demo/demo_library.json"));
    file.open(QIODevice::ReadOnly);
    const QJsonArray seeds = QJsonDocument::fromJson(file.readAll()).object()[QLatin1String("replies")].toArray();
    std::vector<Reply> out;
    for (int i = 0; i < count; ++i) {
        const QJsonObject o = seeds[i % seeds.size()].toObject();
        Reply r;
        r.id = i + 1;
        r.title = QStringLiteral("%1 %2").arg(o[QLatin1String("title")].toString()).arg(i / seeds.size());
        r.body = o[QLatin1String("body")].toString();
        r.category = enumFromName<ReplyCategory>(o[QLatin1String("category")].toString()).value_or(ReplyCategory::Other);
        for (const QJsonValue& tag : o[QLatin1String("tags")].toArray())
            r.tags.push_back(tag.toString());
        r.language = o[QLatin1String("language")].toString();
        r.scope = ReplyScope::Team;
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // --smoke (ctest): a small library and one run, so that the benchmark cannot rot unnoticed;
    // --replies N for the scaling table.
    const bool smoke = app.arguments().contains(QStringLiteral("--smoke"));
    const qsizetype sizeAt = app.arguments().indexOf(QStringLiteral("--replies"));
    const int replyCount = smoke ? 200 : sizeAt > 0 ? app.arguments().value(sizeAt + 1).toInt() : 10'000;
    const int runs = smoke ? 1 : 30;
    QTemporaryDir dir;
    app::LocalCache cache(dir.filePath(QStringLiteral("bench.sqlite")), QStringLiteral("bench"), QStringLiteral("agent"));
    QString error;
    if (!cache.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    cache.storeLibrary(LibraryListOk{library(replyCount), {}});
    app::SyncEngine engine(cache, {QUrl(QStringLiteral("ws://127.0.0.1:1")), QStringLiteral("agent"), {}});
    app::ReplyLibrary replies(cache, engine);
    QElapsedTimer timer;
    timer.start();
    replies.reload();
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;

    app::ReplySearchModel model(replies);
    QListView view;
    view.setModel(&model);
    view.setItemDelegate(new ui::ReplyDelegate(&view));
    view.setUniformItemSizes(true);
    view.resize(400, 480);
    view.show();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);

    std::printf("Reply library search, %d replies (median of %d runs per keystroke)\n", replyCount, runs);
    std::printf("  load and prepare the library: %.1f ms\n", loadMs);
    std::printf("  %-12s %8s %14s %14s %16s\n", "typed", "matches", "rank all (ms)", "panel (ms)", "typed on (ms)");
    for (const QString& typed : {QString(), QStringLiteral("d"), QStringLiteral("de"), QStringLiteral("deliv"), QStringLiteral("delivery st"),
                                 QStringLiteral("物"), QStringLiteral("物流"), QStringLiteral("wl"), QStringLiteral("zzz")}) {
        std::vector<double> rank, panel, typedOn;
        size_t matches = 0;
        for (int run = 0; run < runs; ++run) {
            timer.restart();
            matches = ReplySearch::rank(replies.entries(), {typed, {}, {}}).size();
            rank.push_back(double(timer.nsecsElapsed()) / 1e6);
            model.setQuery(QStringLiteral("-"));
            timer.restart();
            model.setQuery(typed);
            view.viewport()->render(&frame);
            panel.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (typed.isEmpty())
                continue;
            model.setQuery(QStringLiteral("-"));
            model.setQuery(typed.chopped(1));
            timer.restart();
            model.setQuery(typed);
            view.viewport()->render(&frame);
            typedOn.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("  %-12s %8zu %14.2f %14.2f %16s\n", typed.isEmpty() ? "(nothing)" : qPrintable(typed), matches, bench::median(rank),
                    bench::median(panel), typedOn.empty() ? "" : qPrintable(QString::number(bench::median(typedOn), 'f', 2)));
    }
    return 0;
}
