#pragma once

#include "protocol/Frames.h"

#include <QDialog>

namespace agentdesk::app {
class ReplyLibrary;
}

namespace agentdesk::ui {

// For leads: how often each reply was used, how many of those conversations ended in a
// purchase, and each A/B pair's variants side by side with the significance of the difference.
class LibraryStatsDialog : public QDialog {
    Q_OBJECT
public:
    LibraryStatsDialog(const protocol::LibraryStatsOk& stats, const app::ReplyLibrary& library, QWidget* parent = nullptr);
};

} // namespace agentdesk::ui
