// Prints how the workspace's conversation list copes with 10,000 conversations: loading the
// model, painting a screenful, scrolling through the whole list, and applying live updates that
// reorder it. Figures, not assertions (run: build/dev/tests/bench_conversation_list).

#include "ConversationDelegate.h"
#include "models/ConversationFilterModel.h"
#include "models/ConversationListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace agentdesk;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // --smoke (ctest): a short list, so that the benchmark cannot rot unnoticed; --conversations N
    // for the scaling table.
    const qsizetype sizeAt = app.arguments().indexOf(QStringLiteral("--conversations"));
    const int conversationCount = app.arguments().contains(QStringLiteral("--smoke")) ? 300
                                  : sizeAt > 0                                       ? app.arguments().value(sizeAt + 1).toInt()
                                                                                     : 10'000;
    const qint64 now = 1'795'500'000'000;
    std::vector<protocol::ConversationInfo> rows;
    rows.reserve(conversationCount);
    for (int i = 1; i <= conversationCount; ++i) {
        protocol::ConversationInfo c;
        c.id = i;
        c.customerId = i;
        c.customerName = QStringLiteral("客户 %1").arg(i);
        c.customerTier = CustomerTier(i % 4);
        c.channel = Channel(i % 5);
        c.status = ConversationStatus::Assigned;
        c.agentId = 1;
        c.lastMessageAt = now - qint64(i) * 1000;
        c.waitingSince = i % 3 == 0 ? now - qint64(i % 400) * 1000 : 0;
        c.lastMessagePreview = QStringLiteral("这款手机充电要多久能充满？我想了解一下 %1").arg(i);
        rows.push_back(c);
    }

    app::ConversationListModel model;
    app::ConversationFilterModel filtered;
    filtered.setSourceModel(&model);
    filtered.setOwner(1);
    QElapsedTimer timer;
    timer.start();
    model.reset(rows);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;

    QListView view;
    view.setModel(&filtered);
    view.setItemDelegate(new ui::ConversationDelegate(&view));
    view.setUniformItemSizes(true);
    view.resize(360, 860);
    view.show();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);

    timer.restart();
    view.viewport()->render(&frame);
    const double firstPaintMs = double(timer.nsecsElapsed()) / 1e6;

    // Scroll through everything a page at a time, painting each page.
    QScrollBar* bar = view.verticalScrollBar();
    std::vector<double> pages;
    for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->pageStep())) {
        timer.restart();
        bar->setValue(value);
        view.viewport()->render(&frame);
        pages.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(pages.begin(), pages.end());

    // Live updates: a message moves a conversation from the bottom to the top.
    constexpr int kUpdates = 2000;
    timer.restart();
    for (int i = 0; i < kUpdates; ++i) {
        protocol::ConversationInfo c = rows[size_t(conversationCount - 1 - (i % std::min(1000, conversationCount)))];
        c.lastMessageAt = now + i + 1;
        model.upsert(c);
    }
    const double updateUs = double(timer.nsecsElapsed()) / 1e3 / kUpdates;

    // The once-a-second re-colouring of waiting times.
    constexpr int kTicks = 20;
    timer.restart();
    for (int i = 0; i < kTicks; ++i) {
        model.tick(now + i * 1000);
        view.viewport()->render(&frame);
    }
    const double tickMs = double(timer.nsecsElapsed()) / 1e6 / kTicks;

    timer.restart();
    filtered.setSearch(QStringLiteral("客户 99"));
    const double searchMs = double(timer.nsecsElapsed()) / 1e6;

    std::printf("conversation list, %d conversations (offscreen, 360x860 view)\n", conversationCount);
    std::printf("  load model:              %8.2f ms\n", loadMs);
    std::printf("  first paint:             %8.2f ms\n", firstPaintMs);
    std::printf("  scroll + paint per page: median %.2f ms, p99 %.2f ms, max %.2f ms over %zu pages\n",
                pages[pages.size() / 2], pages[size_t(double(pages.size()) * 0.99)], pages.back(), pages.size());
    std::printf("  live update (reorder):   %8.1f us each (%d updates)\n", updateUs, kUpdates);
    std::printf("  SLA tick + repaint:      %8.2f ms (once a second)\n", tickMs);
    std::printf("  search keystroke:        %8.2f ms (%d matches)\n", searchMs, filtered.rowCount());
    return 0;
}
