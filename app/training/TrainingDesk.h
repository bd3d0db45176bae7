#pragma once

#include "protocol/Frames.h"
#include "sandbox/SandboxResult.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace agentdesk::app {

class SyncEngine;

// Training on the server the workspace is signed in to. The sandbox runs apart, on its own
// throw-away server; each attempt it finishes is dropped as a file into this session's outbox
// (one folder per server and user), and the desk submits it from here as soon as it is there or
// the connection is back: only the finished attempt ever reaches this server, and it is not lost
// when the server cannot be reached. Also what coaches read and set (training.* frames).
class TrainingDesk : public QObject {
    Q_OBJECT
public:
    TrainingDesk(SyncEngine& engine, QString outbox, QObject* parent = nullptr);

    // Where the sandbox puts finished attempts for this session (made when missing).
    QString outbox() const { return m_outbox; }
    // Submits each attempt in the outbox not yet on its way; a stored one leaves the outbox, one
    // the server refuses as malformed goes to outbox/refused with problem() saying why.
    void submitPending();
    int pendingCount() const;

    void setMe(const protocol::Principal& me);
    bool coaches() const;
    // The scenarios set to me, refreshed on sign-in, after each submitted attempt and on demand.
    const std::vector<protocol::TrainingAssignment>& myAssignments() const { return m_mine; }
    void refreshMine();

    template <class Reply>
    using Handler = std::function<void(const Reply* reply, const QString& error)>;
    void trainees(Handler<protocol::TrainingTraineesOk> handler);
    void assignments(qint64 traineeId, Handler<protocol::TrainingAssignmentsOk> handler);
    void results(qint64 traineeId, Handler<protocol::TrainingResultsOk> handler);
    void assign(qint64 traineeId, const std::vector<QString>& scenarioIds, const QString& note,
                Handler<protocol::TrainingAssignOk> handler);
    void unassign(qint64 assignmentId, Handler<protocol::TrainingUnassignOk> handler);
    // The whole attempt, read by core's SandboxResult, or an error message.
    void attempt(qint64 resultId, std::function<void(const std::optional<sandbox::SandboxResult>&, const QString& error)> handler);

signals:
    // Online again: what is shown of training may be asked for (again).
    void connected();
    void assignmentsChanged();
    void submitted(const agentdesk::protocol::TrainingResult& result);
    void problem(const QString& message);

private:
    template <class Request, class Reply>
    void ask(Request request, Handler<Reply> handler);
    void submitFile(const QString& name);
    // Outside the template: lupdate takes a template's parameter for the context of its tr().
    static QString offlineText();
    static QString noAnswerText();
    bool online() const;

    SyncEngine& m_engine;
    QString m_outbox;
    QFileSystemWatcher m_watcher;
    QSet<QString> m_inFlight;
    protocol::Principal m_me;
    std::vector<protocol::TrainingAssignment> m_mine;
};

} // namespace agentdesk::app
