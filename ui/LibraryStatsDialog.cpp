#include "LibraryStatsDialog.h"

#include "library/AbTest.h"
#include "library/ReplyLibrary.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace agentdesk::ui {

using namespace protocol;

namespace {

// Holds the number itself, so that the column sorts by value.
QTableWidgetItem* number(int value)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString percent(double rate)
{
    return QLocale().toString(rate * 100, 'f', 1) + QLatin1Char('%');
}

QTableWidget* table(QWidget* parent, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        t->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

} // namespace

LibraryStatsDialog::LibraryStatsDialog(const LibraryStatsOk& stats, const app::ReplyLibrary& library, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("libraryStats"));
    setWindowTitle(tr("Reply library: uses and conversions"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A conversation converts when its customer orders within %n hours after it ends.", nullptr,
                                stats.windowHours), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* replies = table(this, {tr("Reply"), tr("Uses"), tr("Conversations"), tr("Purchases"), tr("Conversion")});
    replies->setObjectName(QStringLiteral("replyStatsTable"));
    std::map<qint64, ReplyStats> byReply;
    for (const ReplyStats& s : stats.stats) {
        byReply[s.replyId] = s;
        const Reply* r = library.find(s.replyId);
        const int row = replies->rowCount();
        replies->insertRow(row);
        replies->setItem(row, 0, new QTableWidgetItem(r ? r->title : tr("(deleted reply %1)").arg(s.replyId)));
        replies->setItem(row, 1, number(s.uses));
        replies->setItem(row, 2, number(s.conversations));
        replies->setItem(row, 3, number(s.conversions));
        const double rate = s.conversations ? double(s.conversions) / s.conversations : 0;
        auto* rateItem = new QTableWidgetItem(percent(rate));
        rateItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        replies->setItem(row, 4, rateItem);
    }
    replies->setSortingEnabled(true);
    replies->sortByColumn(1, Qt::DescendingOrder);
    layout->addWidget(replies, 2);

    layout->addWidget(new QLabel(tr("A/B tests (variants are served alternately, conversation by conversation):"), this));
    auto* ab = table(this, {tr("Variant A"), tr("Variant B"), tr("A converts"), tr("B converts"), tr("p-value"), tr("Verdict")});
    ab->setObjectName(QStringLiteral("abTable"));
    std::map<qint64, std::pair<const Reply*, const Reply*>> pairs;
    for (const Reply& r : library.replies()) {
        if (r.abPairId == 0)
            continue;
        auto& pair = pairs[r.abPairId];
        (r.abVariant == 0 ? pair.first : pair.second) = &r;
    }
    for (const auto& [pairId, pair] : pairs) {
        if (!pair.first || !pair.second)
            continue;
        const ReplyStats a = byReply[pair.first->id];
        const ReplyStats b = byReply[pair.second->id];
        const AbTest::Result result = AbTest::compare(a.conversions, a.conversations, b.conversions, b.conversations);
        const int row = ab->rowCount();
        ab->insertRow(row);
        ab->setItem(row, 0, new QTableWidgetItem(pair.first->title));
        ab->setItem(row, 1, new QTableWidgetItem(pair.second->title));
        ab->setItem(row, 2, new QTableWidgetItem(tr("%1 of %2").arg(a.conversions).arg(a.conversations)));
        ab->setItem(row, 3, new QTableWidgetItem(tr("%1 of %2").arg(b.conversions).arg(b.conversations)));
        ab->setItem(row, 4, new QTableWidgetItem(result.valid ? QLocale().toString(result.pValue, 'f', 3) : tr("n/a")));
        QString verdict;
        if (!result.valid)
            verdict = tr("Not enough data yet");
        else if (result.pValue < 0.05)
            verdict = result.rateB > result.rateA ? tr("B converts better (significant)") : tr("A converts better (significant)");
        else
            verdict = tr("No significant difference yet");
        ab->setItem(row, 5, new QTableWidgetItem(verdict));
    }
    layout->addWidget(ab, 1);

    layout->addWidget(new QLabel(tr("Recommendation prompts:"), this));
    auto* offers = table(this, {tr("Product"), tr("Shown"), tr("Sent"), tr("Dismissed"), tr("Bought after")});
    offers->setObjectName(QStringLiteral("recommendationStatsTable"));
    for (const RecommendationStats& s : stats.recommendations) {
        const int row = offers->rowCount();
        offers->insertRow(row);
        offers->setItem(row, 0, new QTableWidgetItem(s.name));
        offers->setItem(row, 1, number(s.shown));
        offers->setItem(row, 2, number(s.sent));
        offers->setItem(row, 3, number(s.dismissed));
        offers->setItem(row, 4, number(s.converted));
    }
    offers->setSortingEnabled(true);
    offers->sortByColumn(1, Qt::DescendingOrder);
    layout->addWidget(offers, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(780, 720);
}

} // namespace agentdesk::ui
