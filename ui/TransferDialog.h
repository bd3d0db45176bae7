#pragma once

#include "protocol/Frames.h"

#include <QDialog>

class QListWidget;
class QPlainTextEdit;

namespace agentdesk::ui {

// Picks where a conversation goes: an online colleague (with their load) or a team's queue,
// and a note for whoever takes it.
class TransferDialog : public QDialog {
    Q_OBJECT
public:
    TransferDialog(const protocol::StaffListOk& staff, qint64 myId, QWidget* parent = nullptr);

    qint64 toAgentId() const;
    qint64 toTeamId() const;
    QString note() const;

private:
    QListWidget* m_targets;
    QPlainTextEdit* m_note;
};

} // namespace agentdesk::ui
