// The reply search model over a library of 450 replies: it ranks a page at a time (fetchMore) in
// the order core's ranking gives for the whole library, typing on finds what a search from scratch
// finds, a limit (the composer's completer) is never passed, and a change to the library starts
// over. Not under QAbstractItemModelTester: Qt 6.4's fetches more from its own modelReset handler,
// before it counts the reset as done, and then reports the rows inserted as inside the reset.

#include "cache/LocalCache.h"
#include "library/ReplyLibrary.h"
#include "models/ReplySearchModel.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::app;
using namespace agentdesk::protocol;

namespace {

constexpr int kReplies = 450;

std::vector<Reply> replies()
{
    const QStringList titles{QStringLiteral("Delivery delay"), QStringLiteral("Delivery address"), QStringLiteral("Refund policy"),
                             QStringLiteral("物流查询"), QStringLiteral("Gift wrapping")};
    std::vector<Reply> out;
    for (int i = 0; i < kReplies; ++i) {
        Reply r;
        r.id = i + 1;
        r.title = QStringLiteral("%1 %2").arg(titles[i % titles.size()]).arg(i);
        r.body = i % 3 == 0 ? QStringLiteral("We deliver within two days.") : QStringLiteral("Thank you for waiting.");
        r.tags = {i % 2 == 0 ? QStringLiteral("logistics") : QStringLiteral("after-sales")};
        r.category = i % 2 == 0 ? ReplyCategory::Logistics : ReplyCategory::AfterSales;
        r.language = QStringLiteral("en");
        r.scope = ReplyScope::Team;
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<qint64> rowsOf(ReplySearchModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    std::vector<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.push_back(model.replyIdAt(row));
    return out;
}

} // namespace

class TestReplySearchModel : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_cache = std::make_unique<LocalCache>(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_round)), QStringLiteral("ws://x"),
                                               QStringLiteral("agent"));
        QString error;
        QVERIFY2(m_cache->open(&error), qPrintable(error));
        m_cache->storeLibrary(LibraryListOk{replies(), {}});
        m_engine = std::make_unique<SyncEngine>(*m_cache, SyncEngine::Credentials{QUrl(QStringLiteral("ws://127.0.0.1:1")), QStringLiteral("agent"), {}});
        m_library = std::make_unique<ReplyLibrary>(*m_cache, *m_engine);
        m_library->reload();
        QCOMPARE(m_library->replies().size(), size_t(kReplies));
        m_model = std::make_unique<ReplySearchModel>(*m_library);
    }

    void cleanup()
    {
        m_model.reset();
        m_library.reset();
        m_engine.reset();
        m_cache.reset();
    }

    // The ids core's ranking gives for the whole library.
    std::vector<qint64> ranked(const QString& text, std::optional<ReplyCategory> category = std::nullopt)
    {
        std::vector<qint64> out;
        for (int i : ReplySearch::rank(m_library->entries(), {text, category, {}}))
            out.push_back(m_library->replies()[size_t(i)].id);
        return out;
    }

    void aPageAtATimeInTheWholeOrder()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QCOMPARE(m_model->rowCount(), int(ReplySearchModel::kPage));
        QVERIFY(m_model->canFetchMore({}));
        m_model->fetchMore({});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), int(ReplySearchModel::kPage));
        QCOMPARE(inserted.first().at(2).toInt(), int(2 * ReplySearchModel::kPage) - 1);
        QCOMPARE(m_model->rowCount(), int(2 * ReplySearchModel::kPage));
        m_model->fetchMore({});
        QCOMPARE(m_model->rowCount(), kReplies);
        QVERIFY(!m_model->canFetchMore({}));
        m_model->fetchMore({});  // nothing more: no change
        QCOMPARE(m_model->rowCount(), kReplies);
        QCOMPARE(rowsOf(*m_model), ranked({}));
    }

    void typingOnFindsWhatASearchFromScratchFinds()
    {
        for (const QString& typed : {QStringLiteral("delivery de"), QStringLiteral("wlcx"), QStringLiteral("物流查询 1")}) {
            for (qsizetype n = 1; n <= typed.size(); ++n) {
                m_model->setQuery(typed.left(n));
                QCOMPARE(rowsOf(*m_model), ranked(typed.left(n)));
            }
            m_model->setQuery({});
        }
        // Typed on after a category was chosen, and back.
        m_model->setCategory(ReplyCategory::Logistics);
        m_model->setQuery(QStringLiteral("deliv"));
        m_model->setQuery(QStringLiteral("delivery"));
        QCOMPARE(rowsOf(*m_model), ranked(QStringLiteral("delivery"), ReplyCategory::Logistics));
        m_model->setCategory(std::nullopt);
        QCOMPARE(rowsOf(*m_model), ranked(QStringLiteral("delivery")));
        m_model->setQuery(QStringLiteral("zzz"));
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->canFetchMore({}));
    }

    void aLimitIsNeverPassed()
    {
        m_model->setLimit(8);
        QCOMPARE(m_model->rowCount(), 8);
        QVERIFY(!m_model->canFetchMore({}));
        m_model->setQuery(QStringLiteral("refund"));
        const std::vector<qint64> best = ranked(QStringLiteral("refund"));
        QCOMPARE(rowsOf(*m_model), std::vector<qint64>(best.begin(), best.begin() + 8));
    }

    void aChangedLibraryStartsOver()
    {
        m_model->setQuery(QStringLiteral("gift"));
        const int before = int(ranked(QStringLiteral("gift")).size());
        QCOMPARE(int(rowsOf(*m_model).size()), before);
        std::vector<Reply> fewer = replies();
        fewer.resize(100);
        m_cache->storeLibrary(LibraryListOk{fewer, {}});
        m_library->reload();
        // Typing on after the change must not look among the matches of the old library.
        m_model->setQuery(QStringLiteral("gift w"));
        QCOMPARE(rowsOf(*m_model), ranked(QStringLiteral("gift w")));
        QCOMPARE(int(m_model->rowCount()), 20);
    }

private:
    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<ReplyLibrary> m_library;
    std::unique_ptr<ReplySearchModel> m_model;
};

QTEST_MAIN(TestReplySearchModel)
#include "tst_ReplySearchModel.moc"
