#include "training/TrainingDesk.h"

#include "policy/TrainingAccess.h"
#include "protocol/IdempotencyKey.h"
#include "sync/SyncEngine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPointer>

namespace agentdesk::app {

using namespace protocol;

namespace {
constexpr qint64 kLargestAttempt = 1024 * 1024;
constexpr qint64 kLargestSubmission = 48 * 1024;

QStringList attemptFiles(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

// One key per attempt file: a retry after a lost reply is the same request.
QString keyOf(const QString& name)
{
    return QStringLiteral("attempt-") + QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex());
}
} // namespace

TrainingDesk::TrainingDesk(SyncEngine& engine, QString outbox, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_outbox(std::move(outbox))
{
    QDir().mkpath(m_outbox);
    m_watcher.addPath(m_outbox);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &TrainingDesk::submitPending);
    connect(&m_engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state != SyncEngine::State::Online)
            return;
        m_inFlight.clear();  // answers of the last connection will not come
        submitPending();
        refreshMine();
        emit connected();
    });
}

bool TrainingDesk::online() const
{
    return m_engine.state() == SyncEngine::State::Online;
}

void TrainingDesk::setMe(const Principal& me)
{
    m_me = me;
}

bool TrainingDesk::coaches() const
{
    return TrainingAccess::coaches(m_me);
}

int TrainingDesk::pendingCount() const
{
    return int(attemptFiles(m_outbox).size());
}

void TrainingDesk::submitPending()
{
    if (!online())
        return;
    for (const QString& name : attemptFiles(m_outbox)) {
        if (!m_inFlight.contains(name))
            submitFile(name);
    }
}

void TrainingDesk::submitFile(const QString& name)
{
    const QDir dir(m_outbox);
    QFile file(dir.filePath(name));
    auto refuse = [this, dir, name](const QString& why) {
        dir.mkpath(QStringLiteral("refused"));
        QFile::remove(dir.filePath(QStringLiteral("refused/") + name));
        QFile::rename(dir.filePath(name), dir.filePath(QStringLiteral("refused/") + name));
        emit problem(tr("A training attempt could not be sent to the server and was set aside (%1): %2")
                         .arg(dir.filePath(QStringLiteral("refused/") + name), why));
    };
    if (!file.open(QIODevice::ReadOnly))
        return;  // being written, or gone meanwhile: the next change or connection tries again
    const qint64 size = file.size();
    const QByteArray bytes = size > kLargestAttempt ? QByteArray() : file.readAll();
    file.close();
    if (size > kLargestAttempt) {
        refuse(tr("the file is larger than 1 MiB"));
        return;
    }
    QString error;
    const auto result = sandbox::SandboxResult::fromJson(bytes, &error);
    if (!result) {
        refuse(error);
        return;
    }
    const QByteArray attempt = result->toJson(true);
    // Within a frame of the server's default limit (64 KiB) with room for the envelope and escaping.
    if (attempt.size() > kLargestSubmission) {
        refuse(tr("the attempt is too long to send (%1 KiB; at most %2 KiB)").arg(attempt.size() / 1024).arg(kLargestSubmission / 1024));
        return;
    }
    m_inFlight.insert(name);
    QPointer<TrainingDesk> self(this);
    m_engine.client().request(TrainingSubmit{keyOf(name), QString::fromUtf8(attempt)},
                              [self, dir, name, refuse](const Frame& reply) {
                                  if (!self)
                                      return;
                                  self->m_inFlight.remove(name);
                                  if (const auto* ok = reply.as<TrainingSubmitOk>()) {
                                      QFile::remove(dir.filePath(name));
                                      emit self->submitted(ok->result);
                                      self->refreshMine();
                                  } else if (const auto* e = reply.as<protocol::Error>();
                                             e && e->code == errorCodeName(ErrorCode::BadFrame)) {
                                      refuse(e->message);
                                  }
                                  // Anything else (offline, a server in trouble): kept for the next connection.
                              });
}

void TrainingDesk::refreshMine()
{
    if (!online())
        return;
    assignments(0, [this](const TrainingAssignmentsOk* ok, const QString&) {
        if (!ok)
            return;
        m_mine = ok->assignments;
        emit assignmentsChanged();
    });
}

QString TrainingDesk::offlineText()
{
    return tr("You are offline; training needs the connection to the server.");
}

QString TrainingDesk::noAnswerText()
{
    return tr("no answer");
}

template <class Request, class Reply>
void TrainingDesk::ask(Request request, Handler<Reply> handler)
{
    if (!online()) {
        handler(nullptr, offlineText());
        return;
    }
    QPointer<TrainingDesk> self(this);
    m_engine.client().request(std::move(request), [self, handler = std::move(handler)](const Frame& reply) {
        if (!self)
            return;
        if (const auto* ok = reply.as<Reply>())
            handler(ok, {});
        else
            handler(nullptr, reply.as<protocol::Error>() ? reply.as<protocol::Error>()->message : noAnswerText());
    });
}

void TrainingDesk::trainees(Handler<TrainingTraineesOk> handler)
{
    ask(TrainingTrainees{}, std::move(handler));
}

void TrainingDesk::assignments(qint64 traineeId, Handler<TrainingAssignmentsOk> handler)
{
    ask(TrainingAssignments{traineeId}, std::move(handler));
}

void TrainingDesk::results(qint64 traineeId, Handler<TrainingResultsOk> handler)
{
    ask(TrainingResults{traineeId, {}, 0, 500}, std::move(handler));
}

void TrainingDesk::assign(qint64 traineeId, const std::vector<QString>& scenarioIds, const QString& note,
                          Handler<TrainingAssignOk> handler)
{
    ask(TrainingAssign{newIdempotencyKey(), traineeId, scenarioIds, note}, std::move(handler));
}

void TrainingDesk::unassign(qint64 assignmentId, Handler<TrainingUnassignOk> handler)
{
    ask(TrainingUnassign{newIdempotencyKey(), assignmentId}, std::move(handler));
}

void TrainingDesk::attempt(qint64 resultId,
                           std::function<void(const std::optional<sandbox::SandboxResult>&, const QString&)> handler)
{
    ask(TrainingResultGet{resultId}, Handler<TrainingResultOk>([handler = std::move(handler)](const TrainingResultOk* ok, const QString& error) {
            if (!ok) {
                handler(std::nullopt, error);
                return;
            }
            QString readError;
            const auto result = sandbox::SandboxResult::fromJson(ok->attempt.toUtf8(), &readError);
            handler(result, readError);
        }));
}

} // namespace agentdesk::app
