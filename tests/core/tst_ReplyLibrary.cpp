// The library's rules in core: variable filling, search ranking, who sees and keeps which reply,
// A/B assignment and the z-test, the image rule (empty, not PNG/JPEG, at and one byte over the
// limit, ids that are not SHA-256 hex). The ranking is also checked on the shipped demo library.

#include "library/AbTest.h"
#include "library/PinyinInitials.h"
#include "library/LibraryAccess.h"
#include "library/ReplySearch.h"
#include "library/ReplyTemplate.h"
#include "media/ImageBlob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;

namespace {

Reply reply(const QString& title, const QString& body, std::vector<QString> tags = {},
            ReplyCategory category = ReplyCategory::Other, const QString& language = QStringLiteral("en"))
{
    Reply r;
    r.title = title;
    r.body = body;
    r.tags = std::move(tags);
    r.category = category;
    r.language = language;
    return r;
}

Principal staff(qint64 id, Role role, qint64 teamId)
{
    return Principal{PrincipalKind::Staff, id, QStringLiteral("x"), role, teamId, {}};
}

QStringList titlesOf(const std::vector<ReplySearch::Entry>& entries, const std::vector<int>& ranked)
{
    QStringList out;
    for (int i : ranked)
        out << entries[size_t(i)].sortTitle;
    return out;
}

std::vector<ReplySearch::Entry> demoEntries()
{
    QFile file(QStringLiteral(AGENTDESK_SOURCE_DIR "/server/demo/demo_library.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::vector<ReplySearch::Entry> entries;
    for (const QJsonValue& v : QJsonDocument::fromJson(file.readAll()).object()[QLatin1String("replies")].toArray()) {
        Reply r = reply(v[QLatin1String("title")].toString(), v[QLatin1String("body")].toString(), {},
                        enumFromName<ReplyCategory>(v[QLatin1String("category")].toString()).value_or(ReplyCategory::Other),
                        v[QLatin1String("language")].toString());
        for (const QJsonValue& tag : v[QLatin1String("tags")].toArray())
            r.tags.push_back(tag.toString());
        entries.push_back(ReplySearch::prepare(r));
    }
    ReplySearch::orderTitles(entries);
    return entries;
}

} // namespace

Q_DECLARE_METATYPE(agentdesk::ReplySearch::Narrowing)

class TestReplyLibrary : public QObject {
    Q_OBJECT
private slots:
    void imagesAreCheckedByOneRule()
    {
        using namespace agentdesk::media;
        const QByteArray png("\x89PNG\r\n\x1a\n", 8);
        const QByteArray jpeg("\xff\xd8\xff\xe0", 4);
        QCOMPARE(checkImage({}), ImageProblem::Empty);
        QCOMPARE(checkImage("GIF89a"), ImageProblem::NotPngOrJpeg);
        QCOMPARE(checkImage(png.left(7)), ImageProblem::NotPngOrJpeg);  // a cut signature
        QCOMPARE(checkImage(png), ImageProblem::None);
        QCOMPARE(checkImage(jpeg), ImageProblem::None);
        QCOMPARE(imageMime(png), QStringLiteral("image/png"));
        QCOMPARE(imageMime(jpeg), QStringLiteral("image/jpeg"));
        QByteArray atLimit = png;
        atLimit.resize(kMaxImageBytes);
        QCOMPARE(checkImage(atLimit), ImageProblem::None);
        atLimit.append('x');
        QCOMPARE(checkImage(atLimit), ImageProblem::TooLarge);
        QCOMPARE(QByteArray(kMaxImageBytes, 'x').toBase64().size(), kMaxImageBase64);

        // SHA-256 of "abc", a known value.
        QCOMPARE(imageId("abc"), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QVERIFY(isImageId(imageId(png)));
        QVERIFY(!isImageId(imageId(png).toUpper()));
        QVERIFY(!isImageId(imageId(png).left(63)));
        QVERIFY(!isImageId(QStringLiteral("../") + imageId(png).left(61)));
        QVERIFY(!isImageId({}));
    }

    void fillsKnownVariables()
    {
        const QHash<QString, QString> facts{{QStringLiteral("customer.name"), QStringLiteral("王芳")},
                                            {QStringLiteral("order.id"), QStringLiteral("DS1024")},
                                            {QStringLiteral("order.status"), QStringLiteral("  ")}};
        const auto filled = ReplyTemplate::fill(
            QStringLiteral("{customer.name}您好，订单{order.id}({order.status})单号{input:快递单号}，{customer.name}请查收 {x} {Order.ID}"),
            facts);
        QCOMPARE(filled.text, QStringLiteral("王芳您好，订单DS1024({order.status})单号{input:快递单号}，王芳请查收 {x} {Order.ID}"));
        // A blank value is missing; the input is to be typed; each once, in order; other braces are text.
        QCOMPARE(filled.unfilled.size(), size_t(2));
        QCOMPARE(filled.unfilled[0].name, QStringLiteral("order.status"));
        QVERIFY(!filled.unfilled[0].input);
        QCOMPARE(filled.unfilled[1].name, QStringLiteral("快递单号"));
        QVERIFY(filled.unfilled[1].input);
        QVERIFY(ReplyTemplate::hasPlaceholders(filled.text));

        const QString typed = ReplyTemplate::apply(filled.text, {{QStringLiteral("{order.status}"), QStringLiteral("已发货")},
                                                                 {QStringLiteral("{input:快递单号}"), QStringLiteral("SF123")}});
        QCOMPARE(typed, QStringLiteral("王芳您好，订单DS1024(已发货)单号SF123，王芳请查收 {x} {Order.ID}"));
        QVERIFY(!ReplyTemplate::hasPlaceholders(typed));
        // A blank typed value leaves the placeholder, so the text still cannot be sent.
        QVERIFY(ReplyTemplate::hasPlaceholders(ReplyTemplate::apply(filled.text, {{QStringLiteral("{input:快递单号}"), QStringLiteral(" ")}})));
        // A variable nobody knows cannot be filled either.
        QCOMPARE(ReplyTemplate::fill(QStringLiteral("{shop.name}"), facts).unfilled.size(), size_t(1));
        QVERIFY(ReplyTemplate::fill(QStringLiteral("plain {text} with {braces"), facts).unfilled.empty());
        // One pass: a value that looks like a placeholder is text, not another placeholder to fill.
        const auto odd = ReplyTemplate::fill(QStringLiteral("Hi {customer.name}, order {order.id}"),
                                             {{QStringLiteral("customer.name"), QStringLiteral("{order.id}")},
                                              {QStringLiteral("order.id"), QStringLiteral("DS1")}});
        QCOMPARE(odd.text, QStringLiteral("Hi {order.id}, order DS1"));
        QVERIFY(odd.unfilled.empty());
    }

    void ranksTitlesAboveTagsAboveBodies()
    {
        std::vector<ReplySearch::Entry> entries{
            ReplySearch::prepare(reply(QStringLiteral("Refund timing"), QStringLiteral("Your delivery refund..."))),
            ReplySearch::prepare(reply(QStringLiteral("Where is my parcel"), QStringLiteral("..."), {QStringLiteral("delivery")})),
            ReplySearch::prepare(reply(QStringLiteral("Delivery status"), QStringLiteral("..."))),
            ReplySearch::prepare(reply(QStringLiteral("Late delivery apology"), QStringLiteral("..."))),
            ReplySearch::prepare(reply(QStringLiteral("Greeting"), QStringLiteral("Hello"))),
        };
        ReplySearch::orderTitles(entries);
        const auto ranked = ReplySearch::rank(entries, {QStringLiteral("deliv"), {}, {}});
        QCOMPARE(titlesOf(entries, ranked), (QStringList{QStringLiteral("Delivery status"), QStringLiteral("Late delivery apology"),
                                                         QStringLiteral("Where is my parcel"), QStringLiteral("Refund timing")}));
        // Every word must match; case does not matter.
        QCOMPARE(titlesOf(entries, ReplySearch::rank(entries, {QStringLiteral("LATE deliv"), {}, {}})),
                 QStringList{QStringLiteral("Late delivery apology")});
        QVERIFY(ReplySearch::rank(entries, {QStringLiteral("deliv zebra"), {}, {}}).empty());
        QCOMPARE(ReplySearch::rank(entries, {QStringLiteral("deliv"), {}, {}}, 2).size(), size_t(2));
    }

    void chineseTitlesAreFoundByTheirPinyinInitials()
    {
        if (!PinyinInitials::available())
            QSKIP("this platform's collation does not order Chinese by pinyin");
        QCOMPARE(PinyinInitials::of(QStringLiteral("七天无理由退货说明")), QStringLiteral("qtwlythsm"));
        QCOMPARE(PinyinInitials::of(QStringLiteral("X1 充电问题")), QStringLiteral("x1cdwt"));
        QCOMPARE(PinyinInitials::of(QStringLiteral("Delivery status")), QString());  // nothing Chinese
        // Common characters next to the boundaries, where a list for another collation goes wrong.
        QCOMPARE(PinyinInitials::of(QStringLiteral("路绿旅乱妈吗")), QStringLiteral("llllmm"));
        QCOMPARE(PinyinInitials::of(QStringLiteral("然日容如入撒三")), QStringLiteral("rrrrrss"));
        QCOMPARE(PinyinInitials::of(QStringLiteral("怕拍他它她挖外")), QStringLiteral("pptttww"));
        std::vector<ReplySearch::Entry> entries{
            ReplySearch::prepare(reply(QStringLiteral("保修政策说明"), QStringLiteral("亲，本店数码产品都享受 1 年全国联保"))),
            ReplySearch::prepare(reply(QStringLiteral("物流查询"), QStringLiteral("亲，您的包裹已发出"))),
            ReplySearch::prepare(reply(QStringLiteral("Backup plan"), QStringLiteral("..."))),
            ReplySearch::prepare(reply(QStringLiteral("发货时间说明"), QStringLiteral("包邮，48 小时内发货"))),
        };
        ReplySearch::orderTitles(entries);
        QCOMPARE(titlesOf(entries, ReplySearch::rank(entries, {QStringLiteral("bx"), {}, {}})),
                 QStringList{QStringLiteral("保修政策说明")});
        QCOMPARE(titlesOf(entries, ReplySearch::rank(entries, {QStringLiteral("WLCX"), {}, {}})),
                 QStringList{QStringLiteral("物流查询")});
        // Initials inside the title count too, below a prefix; "ba" is a real word's start first.
        QCOMPARE(titlesOf(entries, ReplySearch::rank(entries, {QStringLiteral("sm"), {}, {}})),
                 (QStringList{QStringLiteral("保修政策说明"), QStringLiteral("发货时间说明")}));
        QCOMPARE(titlesOf(entries, ReplySearch::rank(entries, {QStringLiteral("ba"), {}, {}})),
                 QStringList{QStringLiteral("Backup plan")});
        QVERIFY(ReplySearch::rank(entries, {QStringLiteral("b"), {}, {}}).size() == 1);  // one letter: no initials
    }

    void favouritesAndHabitBreakTies()
    {
        std::vector<ReplySearch::Entry> entries{
            ReplySearch::prepare(reply(QStringLiteral("B thanks"), QStringLiteral("."))),
            ReplySearch::prepare(reply(QStringLiteral("A thanks"), QStringLiteral("."))),
            ReplySearch::prepare(reply(QStringLiteral("C thanks"), QStringLiteral(".")), 40),
            ReplySearch::prepare(reply(QStringLiteral("D thanks"), QStringLiteral(".")), 0, true),
            ReplySearch::prepare(reply(QStringLiteral("thanks E"), QStringLiteral("."))),
        };
        ReplySearch::orderTitles(entries);
        // Empty query: favourites, then the most used, then by title.
        QCOMPARE(titlesOf(entries, ReplySearch::rank(entries, {})),
                 (QStringList{QStringLiteral("D thanks"), QStringLiteral("C thanks"), QStringLiteral("A thanks"),
                              QStringLiteral("B thanks"), QStringLiteral("thanks E")}));
        // A better match still wins over a favourite.
        QCOMPARE(titlesOf(entries, ReplySearch::rank(entries, {QStringLiteral("thanks"), {}, {}})).front(),
                 QStringLiteral("thanks E"));
    }

    void filtersByCategoryAndLanguage()
    {
        std::vector<ReplySearch::Entry> entries{
            ReplySearch::prepare(reply(QStringLiteral("物流查询"), QStringLiteral("."), {}, ReplyCategory::Logistics, QStringLiteral("zh_CN"))),
            ReplySearch::prepare(reply(QStringLiteral("Delivery"), QStringLiteral("."), {}, ReplyCategory::Logistics)),
            ReplySearch::prepare(reply(QStringLiteral("Hello"), QStringLiteral("."), {}, ReplyCategory::Greeting)),
        };
        QCOMPARE(ReplySearch::rank(entries, {{}, ReplyCategory::Logistics, {}}).size(), size_t(2));
        QCOMPARE(titlesOf(entries, ReplySearch::rank(entries, {{}, ReplyCategory::Logistics, QStringLiteral("zh_CN")})),
                 QStringList{QStringLiteral("物流查询")});
    }

    void demoLibraryAnswersTheSlashSearches()
    {
        const std::vector<ReplySearch::Entry> entries = demoEntries();
        QVERIFY(!entries.empty());
        for (const QString& query : {QStringLiteral("物流"), QStringLiteral("deliv")}) {
            const auto top = ReplySearch::rank(entries, {query, {}, {}}, 5);
            QCOMPARE(top.size(), size_t(5));
            const auto logistics = std::count_if(top.begin(), top.end(), [&](int i) {
                return entries[size_t(i)].category == ReplyCategory::Logistics;
            });
            QVERIFY2(logistics >= 4, qPrintable(query));
            QCOMPARE(entries[size_t(top.front())].category, ReplyCategory::Logistics);
        }
    }

    void typingOnNarrowsTheLastMatches_data()
    {
        using N = ReplySearch::Narrowing;
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("next");
        QTest::addColumn<N>("how");
        QTest::newRow("nothing, then a letter") << QString() << QStringLiteral("d") << N::WithinMatches;
        QTest::newRow("a letter more") << QStringLiteral("deli") << QStringLiteral("deliv") << N::WithinMatches;
        QTest::newRow("a word more") << QStringLiteral("de") << QStringLiteral("de late") << N::WithinMatches;
        QTest::newRow("words swapped") << QStringLiteral("deliv late") << QStringLiteral("late delivery") << N::WithinMatches;
        QTest::newRow("case") << QStringLiteral("DELI") << QStringLiteral("deliv") << N::WithinMatches;
        QTest::newRow("initials typed on") << QStringLiteral("wl") << QStringLiteral("wlc") << N::WithinMatches;
        QTest::newRow("chinese typed on") << QStringLiteral("物流") << QStringLiteral("物流查询") << N::WithinMatches;
        // One letter is not matched by initials, two are: "bx" finds 保修 whose text has no b.
        QTest::newRow("one letter, then two") << QStringLiteral("b") << QStringLiteral("bx") << N::WithinMatchesAndInitials;
        QTest::newRow("one chinese character, then two") << QStringLiteral("物") << QStringLiteral("物流") << N::WithinMatchesAndInitials;
        QTest::newRow("a one-letter word kept") << QStringLiteral("de x") << QStringLiteral("de xy") << N::WithinMatchesAndInitials;
        QTest::newRow("backspace") << QStringLiteral("deliv") << QStringLiteral("deli") << N::None;
        QTest::newRow("another word") << QStringLiteral("deliv") << QStringLiteral("refund") << N::None;
        QTest::newRow("a word dropped") << QStringLiteral("deliv late") << QStringLiteral("deliv") << N::None;
        QTest::newRow("a letter dropped") << QStringLiteral("b") << QString() << N::None;
    }

    void typingOnNarrowsTheLastMatches()
    {
        QFETCH(QString, previous);
        QFETCH(QString, next);
        QFETCH(ReplySearch::Narrowing, how);
        QCOMPARE(ReplySearch::narrowing({previous, {}, {}}, {next, {}, {}}), how);
        QCOMPARE(ReplySearch::narrowing({previous, ReplyCategory::Logistics, {}}, {next, {}, {}}), ReplySearch::Narrowing::None);
        QCOMPARE(ReplySearch::narrowing({previous, {}, QStringLiteral("en")}, {next, {}, QStringLiteral("zh_CN")}),
                 ReplySearch::Narrowing::None);
    }

    void narrowedMatchesAreTheWholeSearchs()
    {
        // Typed letter by letter over the demo library (Chinese titles and their initials
        // included): each search that narrows the last finds, in pages, what a whole search finds.
        const std::vector<ReplySearch::Entry> entries = demoEntries();
        QVERIFY(entries.size() > 20);
        for (const QString& typed : {QStringLiteral("delivery late"), QStringLiteral("bxzc"), QStringLiteral("物流查询"),
                                     QStringLiteral("re fund"), QStringLiteral("wlcx"), QStringLiteral("b x")}) {
            ReplySearch::Query last;
            std::vector<ReplySearch::Hit> hits = ReplySearch::hits(entries, last);
            int narrowed = 0;
            for (qsizetype n = 1; n <= typed.size(); ++n) {
                const ReplySearch::Query query{typed.left(n), {}, {}};
                const ReplySearch::Narrowing how = ReplySearch::narrowing(last, query);
                narrowed += how != ReplySearch::Narrowing::None ? 1 : 0;
                hits = ReplySearch::hits(entries, query, hits, how);
                for (size_t from = 0; from < hits.size(); from += 3)  // pages of 3
                    ReplySearch::orderBest(entries, hits, from, from + 3);
                std::vector<int> paged;
                for (const ReplySearch::Hit& hit : hits)
                    paged.push_back(hit.index);
                QCOMPARE(titlesOf(entries, paged), titlesOf(entries, ReplySearch::rank(entries, query)));
                last = query;
            }
            QCOMPARE(narrowed, int(typed.size()));
        }
    }

    void access_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<qint64>("team");
        QTest::addColumn<int>("scope");
        QTest::addColumn<qint64>("replyTeam");
        QTest::addColumn<qint64>("owner");
        QTest::addColumn<bool>("see");
        QTest::addColumn<bool>("edit");
        auto row = [](const char* name, Role role, qint64 team, ReplyScope scope, qint64 replyTeam, qint64 owner, bool see, bool edit) {
            QTest::newRow(name) << int(role) << team << int(scope) << replyTeam << owner << see << edit;
        };
        // The principal is user 7.
        row("agent, own personal", Role::Agent, 1, ReplyScope::Personal, 0, 7, true, true);
        row("agent, other's personal", Role::Agent, 1, ReplyScope::Personal, 0, 8, false, false);
        row("agent, shop-wide", Role::Agent, 1, ReplyScope::Team, 0, 0, true, false);
        row("agent, own team", Role::Agent, 1, ReplyScope::Team, 1, 0, true, false);
        row("agent, other team", Role::Agent, 1, ReplyScope::Team, 2, 0, false, false);
        row("lead, own team", Role::Lead, 1, ReplyScope::Team, 1, 0, true, true);
        row("lead, other team", Role::Lead, 1, ReplyScope::Team, 2, 0, false, false);
        row("lead, shop-wide", Role::Lead, 1, ReplyScope::Team, 0, 0, true, false);
        row("lead without team, shop-wide", Role::Lead, 0, ReplyScope::Team, 0, 0, true, false);
        row("lead, other's personal", Role::Lead, 1, ReplyScope::Personal, 0, 8, false, false);
        row("trainer, any team", Role::Trainer, 0, ReplyScope::Team, 2, 0, true, false);
        row("admin, any team", Role::Admin, 0, ReplyScope::Team, 2, 0, true, true);
        row("admin, shop-wide", Role::Admin, 0, ReplyScope::Team, 0, 0, true, true);
        row("admin, other's personal", Role::Admin, 0, ReplyScope::Personal, 0, 8, false, false);
    }

    void access()
    {
        QFETCH(int, role);
        QFETCH(qint64, team);
        QFETCH(int, scope);
        QFETCH(qint64, replyTeam);
        QFETCH(qint64, owner);
        QFETCH(bool, see);
        QFETCH(bool, edit);
        Reply r = reply(QStringLiteral("t"), QStringLiteral("b"));
        r.scope = ReplyScope(scope);
        r.teamId = replyTeam;
        r.ownerId = owner;
        const Principal who = staff(7, Role(role), team);
        QCOMPARE(LibraryAccess::canSee(who, r), see);
        QCOMPARE(LibraryAccess::canEdit(who, r), edit);
        // Pairing for an A/B test: the same people must see both, and the user must keep the other.
        Reply twin = r;
        twin.id = 99;
        QCOMPARE(LibraryAccess::canPair(who, r, twin), edit);
        twin.teamId = replyTeam + 1;
        QVERIFY(!LibraryAccess::canPair(who, r, twin));
        QVERIFY(!LibraryAccess::canPair(who, r, r));  // not with itself
        // Customers never see the library.
        QVERIFY(!LibraryAccess::canSee(Principal{PrincipalKind::Customer, 7, QStringLiteral("c"), {}, 0, {}}, r));
    }

    void abVariantsAreServedEvenly()
    {
        for (qint64 pair : {1, 2, 17, 1000}) {
            int b = 0;
            for (qint64 conversation = 1; conversation <= 10'000; ++conversation)
                b += AbTest::variantFor(conversation, pair);
            QVERIFY2(qAbs(b - 5'000) < 150, qPrintable(QString::number(b)));  // within 3 standard deviations
        }
        // Two tests, and anything alternating by conversation id, split the conversations differently:
        // each pair of halves overlaps by about a quarter.
        int same = 0, evenAndB = 0;
        for (qint64 conversation = 1; conversation <= 10'000; ++conversation) {
            same += AbTest::variantFor(conversation, 1) == AbTest::variantFor(conversation, 2) ? 1 : 0;
            evenAndB += conversation % 2 == 0 && AbTest::variantFor(conversation, 1) == 1 ? 1 : 0;
        }
        QVERIFY2(qAbs(same - 5'000) < 300, qPrintable(QString::number(same)));
        QVERIFY2(qAbs(evenAndB - 2'500) < 250, qPrintable(QString::number(evenAndB)));
        // The same conversation always gets the same variant.
        QCOMPARE(AbTest::variantFor(12345, 7), AbTest::variantFor(12345, 7));
    }

    void zTestMatchesKnownValues()
    {
        // 200/1000 against 250/1000: z = 0.05 / sqrt(0.225 * 0.775 * 0.002) = 2.6774, p = 0.00742.
        const auto r = AbTest::compare(200, 1000, 250, 1000);
        QVERIFY(r.valid);
        QVERIFY(qAbs(r.z - 2.6774) < 1e-3);
        QVERIFY(qAbs(r.pValue - 0.00742) < 1e-4);
        QCOMPARE(r.rateA, 0.2);
        // Same rates: z 0, p 1. Symmetric: B worse gives negative z, same p.
        QVERIFY(qAbs(AbTest::compare(30, 100, 30, 100).pValue - 1.0) < 1e-12);
        QVERIFY(qAbs(AbTest::compare(250, 1000, 200, 1000).z + r.z) < 1e-12);
        // 45/500 against 60/500: z = 1.5473, p = 0.1218.
        const auto small = AbTest::compare(45, 500, 60, 500);
        QVERIFY(qAbs(small.z - 1.5473) < 1e-3);
        QVERIFY(qAbs(small.pValue - 0.1218) < 1e-3);
        // No data, impossible counts, nothing converting at all: not a valid test.
        QVERIFY(!AbTest::compare(0, 0, 5, 10).valid);
        QVERIFY(!AbTest::compare(11, 10, 5, 10).valid);
        QVERIFY(!AbTest::compare(0, 50, 0, 50).valid);
        QVERIFY(!AbTest::compare(-1, 50, 0, 50).valid);
    }
};

QTEST_GUILESS_MAIN(TestReplyLibrary)
#include "tst_ReplyLibrary.moc"
