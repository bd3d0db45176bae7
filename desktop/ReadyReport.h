#pragma once

class QAbstractItemView;
class QElapsedTimer;

namespace agentdesk::desktop {

// AGENTDESK_REPORT_READY (scripted starts, such as bench_client_start): once `view` has painted
// with rows in its model, prints "ready <ms since main()>" to stdout and quits with 0.
void reportReadyWhenPainted(QAbstractItemView& view, const QElapsedTimer& sinceStart);

} // namespace agentdesk::desktop
