#include "sync/SyncEngine.h"

#include "sql/SqlExec.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "agentdesk.app.sync")

namespace agentdesk::app {

using namespace protocol;

namespace {
bool isError(const Frame& frame, ErrorCode code)
{
    const auto* e = frame.as<protocol::Error>();
    return e && e->code == errorCodeName(code);
}

// Errors after which sending the same request again cannot succeed.
bool isPermanent(const Frame& frame)
{
    const auto* e = frame.as<protocol::Error>();
    if (!e)
        return false;
    return e->code != errorCodeName(ErrorCode::Internal) && e->code != errorCodeName(ErrorCode::RateLimited)
        && e->code != errorCodeName(ErrorCode::Unauthenticated);
}
} // namespace

SyncEngine::SyncEngine(LocalCache& cache, Credentials credentials, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_credentials(std::move(credentials))
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, [this] {
        setState(State::Connecting);
        m_client.open(m_credentials.staffUrl);
    });
    m_retryOutbox.setSingleShot(true);
    m_retryOutbox.setInterval(2000);
    connect(&m_retryOutbox, &QTimer::timeout, this, [this] {
        if (m_state == State::Online)
            flushOutbox();
    });
    m_eventsCommit.setSingleShot(true);
    m_eventsCommit.setInterval(0);
    connect(&m_eventsCommit, &QTimer::timeout, this, &SyncEngine::commitEvents);
    m_heartbeat.setInterval(25'000);
    connect(&m_heartbeat, &QTimer::timeout, this, &SyncEngine::heartbeat);
    connect(&m_client.socket(), &QWebSocket::pong, this, [this] { m_unansweredPings = 0; });
    connect(&m_client, &ProtocolClient::opened, this, &SyncEngine::onOpened);
    connect(&m_client, &ProtocolClient::closed, this, &SyncEngine::onClosed);
    connect(&m_client, &ProtocolClient::eventReceived, this, &SyncEngine::onEvent);
    connect(&m_client, &ProtocolClient::tlsFailed, this, [this](const QString& reasons) {
        qCWarning(lcSync).noquote() << "the server's certificate was refused:" << reasons;
        emit problem(tr("The server's certificate is not trusted, so nothing was sent: %1. Ask your administrator for the "
                        "company's CA certificate (agentdesk --ca-cert FILE).").arg(reasons));
    });
}

void SyncEngine::setState(State state, int retryInMs)
{
    if (m_state == state && state != State::Reconnecting)
        return;
    m_state = state;
    emit stateChanged(state, retryInMs);
}

void SyncEngine::start()
{
    m_stopped = false;
    m_attempt = 0;
    m_lastSeq = m_cache.lastSeq();
    setState(State::Connecting);
    m_client.open(m_credentials.staffUrl);
}

void SyncEngine::stop()
{
    commitEvents();
    m_stopped = true;
    m_reconnect.stop();
    m_heartbeat.stop();
    m_client.close();
    setState(State::Offline);
}

void SyncEngine::signOut()
{
    if (m_state != State::Online) {
        forgetCredentials();
        emit signedOut();
        return;
    }
    m_client.request(AuthLogout{}, [this](const Frame&) {
        forgetCredentials();
        emit signedOut();
    });
}

void SyncEngine::forgetCredentials()
{
    m_cache.setToken({});
    m_credentials.password.clear();
    stop();
}

void SyncEngine::onOpened()
{
    m_unansweredPings = 0;
    m_heartbeat.start();
    const QString token = m_cache.token();
    if (token.isEmpty()) {
        signInWithPassword();
        return;
    }
    m_client.request(AuthToken{token, kProtocolVersion, QLocale().name()}, [this](const Frame& reply) {
        if (const auto* ok = reply.as<AuthOk>())
            onSignedIn(*ok);
        else if (isError(reply, ErrorCode::AuthFailed))
            signInWithPassword();  // expired or revoked: the password still works
        else
            restart(tr("The server did not accept the session: %1").arg(reply.as<protocol::Error>()->message));
    });
}

void SyncEngine::signInWithPassword()
{
    if (m_credentials.password.isEmpty()) {
        emit problem(tr("Your session has expired. Sign in again."));
        stop();
        return;
    }
    m_client.request(AuthLogin{m_credentials.user, m_credentials.password, kProtocolVersion, QStringLiteral("agentdesk"), QLocale().name()},
                     [this](const Frame& reply) {
        if (const auto* ok = reply.as<AuthOk>()) {
            onSignedIn(*ok);
        } else if (isError(reply, ErrorCode::AuthFailed)) {
            // The server's words, in the user's language: a wrong password, or a disabled account.
            emit problem(tr("The server refused the sign-in: %1").arg(reply.as<protocol::Error>()->message));
            stop();
        } else {
            restart(tr("The server did not accept the sign-in: %1").arg(reply.as<protocol::Error>()->message));
        }
    });
}

void SyncEngine::onSignedIn(const AuthOk& ok)
{
    try {
        m_cache.setToken(ok.token);
        if (ok.slaMs > 0)
            m_cache.setSlaMs(ok.slaMs);
    } catch (const sql::SqlError& e) {
        emit problem(tr("The local cache cannot be written: %1").arg(QString::fromUtf8(e.what())));
    }
    emit signedIn(ok.principal);
    if (m_lastSeq == 0)
        loadSnapshot();
    else
        synchronise(m_lastSeq);
}

void SyncEngine::synchronise(qint64 since)
{
    m_client.request(Sync{since}, [this](const Frame& reply) {
        const auto* ok = reply.as<SyncOk>();
        if (!ok) {
            restart(tr("The server could not resume the session: %1").arg(reply.as<protocol::Error>()->message));
            return;
        }
        if (ok->reset) {
            // Our sequence means nothing to the server any more: take what comes from now on.
            m_lastSeq = 0;
            loadSnapshot();
        } else {
            goOnline();
        }
    });
}

void SyncEngine::loadSnapshot()
{
    m_libraryCurrent = false;
    m_client.request(ConversationsList{true}, [this](const Frame& reply) {
        const auto* list = reply.as<ConversationsListOk>();
        if (!list) {
            restart(tr("The server could not list the conversations: %1").arg(reply.as<protocol::Error>()->message));
            return;
        }
        try {
            m_cache.applySnapshot(list->conversations, list->head);
        } catch (const sql::SqlError& e) {
            restart(tr("The local cache cannot be written: %1").arg(QString::fromUtf8(e.what())));
            return;
        }
        m_lastSeq = list->head;
        emit snapshotLoaded();
        // Live from the snapshot's head on.
        synchronise(list->head);
    });
}

void SyncEngine::goOnline()
{
    m_attempt = 0;
    setState(State::Online);
    flushOutbox();
    if (!m_libraryCurrent)
        fetchLibrary();
}

void SyncEngine::fetchLibrary()
{
    m_client.request(LibraryList{}, [this](const Frame& reply) {
        const auto* library = reply.as<LibraryListOk>();
        if (!library) {
            emit problem(tr("The reply library could not be loaded: %1").arg(reply.as<protocol::Error>()->message));
            return;
        }
        try {
            m_cache.storeLibrary(*library);
        } catch (const sql::SqlError& e) {
            emit problem(tr("The local cache cannot be written: %1").arg(QString::fromUtf8(e.what())));
            return;
        }
        m_libraryCurrent = true;
        emit libraryLoaded();
    });
}

void SyncEngine::onEvent(const Frame& event)
{
    if (event.seq == 0) {
        // Not part of my stream (a watched floor, a monitored conversation): nothing to store.
        emit transientEvent(event);
        return;
    }
    if (event.seq <= m_lastSeq)
        return;  // already applied (a replay overlapping a snapshot)
    if (m_lastSeq != 0 && event.seq != m_lastSeq + 1) {
        // Never skip events: reconnect and resume from the last one applied.
        qCWarning(lcSync) << "event" << event.seq << "after" << m_lastSeq << ": a gap, resuming";
        m_client.abort();
        return;
    }
    std::optional<ConversationInfo> changed;  // by a message
    try {
        // The events of a burst are committed together once it is handled (commitEvents).
        m_cache.beginEvents();
        if (!m_eventsCommit.isActive())
            m_eventsCommit.start();
        changed = m_cache.applyEvent(event);
    } catch (const sql::SqlError& e) {
        m_cache.rollbackEvents();
        cacheFailed(e);
        return;
    }
    m_lastSeq = event.seq;
    if (const auto* update = event.as<ConversationUpdated>())
        emit conversationChanged(update->conversation);
    else if (const auto* message = event.as<MessageNew>()) {
        emit messagesChanged(message->message.conversationId);
        emit messageArrived(message->message);
        if (changed)
            emit conversationChanged(*changed);
    } else if (const auto* library = event.as<LibraryUpdated>()) {
        emit libraryUpdated(library->reply, library->deleted);
    } else if (const auto* approval = event.as<ApprovalUpdated>()) {
        emit approvalUpdated(approval->approval);
    } else if (const auto* notice = event.as<NoticeNew>()) {
        emit noticeReceived(notice->notice);
    }
}

void SyncEngine::commitEvents()
{
    m_eventsCommit.stop();
    try {
        m_cache.endEvents();
    } catch (const sql::SqlError& e) {
        cacheFailed(e);
    }
}

void SyncEngine::cacheFailed(const sql::SqlError& e)
{
    emit problem(tr("The local cache cannot be written: %1").arg(QString::fromUtf8(e.what())));
    // We resume from the last event we did store.
    try {
        m_lastSeq = m_cache.lastSeq();
    } catch (const sql::SqlError&) {
        m_lastSeq = 0;  // then a snapshot
    }
    m_client.abort();
}

void SyncEngine::onClosed(int closeCode)
{
    commitEvents();
    m_heartbeat.stop();
    m_inFlight.clear();
    if (m_stopped)
        return;
    if (closeCode == kCloseSessionEnded) {
        // Signed out elsewhere or revoked: signing in again with the password kept in memory
        // would undo it. The outbox stays in the cache for the next sign-in.
        emit problem(tr("You were signed out (on another device, or by an administrator). Sign in again."));
        forgetCredentials();
        return;
    }
    const int wait = m_backoff.empty() ? 1000 : m_backoff[size_t(std::min<int>(m_attempt, int(m_backoff.size()) - 1))];
    ++m_attempt;
    setState(State::Reconnecting, wait);
    m_reconnect.start(wait);
}

void SyncEngine::restart(const QString& why)
{
    qCWarning(lcSync).noquote() << why;
    emit problem(why);
    m_client.abort();
}

void SyncEngine::heartbeat()
{
    // A server that stopped answering (half-open connection) is noticed within two intervals.
    if (m_unansweredPings >= 2) {
        qCInfo(lcSync) << "the server stopped answering; reconnecting";
        m_client.abort();
        return;
    }
    ++m_unansweredPings;
    m_client.socket().ping();
}

std::optional<LocalCache::OutboxItem> SyncEngine::sendMessage(qint64 conversationId, const QString& text,
                                                              const LocalCache::MessageExtras& extras)
{
    return enqueue(conversationId, text, LocalCache::OutboxKind::Message, extras);
}

std::optional<LocalCache::OutboxItem> SyncEngine::addNote(qint64 conversationId, const QString& text)
{
    return enqueue(conversationId, text, LocalCache::OutboxKind::Note);
}

std::optional<LocalCache::OutboxItem> SyncEngine::enqueue(qint64 conversationId, const QString& text, LocalCache::OutboxKind kind,
                                                          const LocalCache::MessageExtras& extras)
{
    std::optional<LocalCache::OutboxItem> item;
    try {
        item = m_cache.enqueueMessage(conversationId, text, kind, extras);
    } catch (const sql::SqlError& e) {
        emit problem(tr("The message could not be saved for sending: %1").arg(QString::fromUtf8(e.what())));
        return std::nullopt;
    }
    emit outboxChanged();
    if (m_state == State::Online)
        flushOutbox();
    return item;
}

void SyncEngine::closeConversation(qint64 conversationId, const QString& resolution)
{
    try {
        for (const LocalCache::OutboxItem& item : m_cache.outbox()) {
            if (item.kind == LocalCache::OutboxKind::Close && item.conversationId == conversationId)
                return;
        }
    } catch (const sql::SqlError& e) {
        emit problem(tr("The local cache cannot be read: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    enqueue(conversationId, resolution, LocalCache::OutboxKind::Close);
}

void SyncEngine::retry(const QString& key)
{
    try {
        m_cache.retryOutbox(key);
    } catch (const sql::SqlError& e) {
        emit problem(tr("The local cache cannot be written: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    emit outboxChanged();
    if (m_state == State::Online)
        flushOutbox();
}

void SyncEngine::flushOutbox()
{
    std::vector<LocalCache::OutboxItem> items;
    try {
        items = m_cache.outbox();
    } catch (const sql::SqlError& e) {
        emit problem(tr("The local cache cannot be read: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    for (const LocalCache::OutboxItem& item : items) {
        if (item.state != LocalCache::OutboxState::Pending || m_inFlight.contains(item.key))
            continue;
        m_inFlight.insert(item.key);
        const QString key = item.key;
        const qint64 conversationId = item.conversationId;
        if (item.kind == LocalCache::OutboxKind::Close) {
            m_client.request(ConversationClose{key, conversationId, item.text}, [this, key](const Frame& reply) {
                m_inFlight.remove(key);
                try {
                    if (const auto* ok = reply.as<ConversationCloseOk>()) {
                        m_cache.storeConversation(ok->conversation);
                        m_cache.removeOutbox(key);
                        emit conversationChanged(ok->conversation);
                    } else if (isPermanent(reply)) {
                        m_cache.removeOutbox(key);
                        emit problem(tr("The conversation was not closed: %1").arg(reply.as<protocol::Error>()->message));
                    } else {
                        m_retryOutbox.start();
                        return;
                    }
                } catch (const sql::SqlError& e) {
                    emit problem(tr("The local cache cannot be written: %1").arg(QString::fromUtf8(e.what())));
                    return;
                }
                emit outboxChanged();
            });
            continue;
        }
        auto onReply = [this, key, conversationId](const Frame& reply) {
            m_inFlight.remove(key);
            const ChatMessage* stored = reply.as<MessageSendOk>() ? &reply.as<MessageSendOk>()->message
                                      : reply.as<NoteAddOk>()     ? &reply.as<NoteAddOk>()->message
                                                                  : nullptr;
            try {
                if (stored) {
                    m_cache.completeOutbox(key, *stored);
                    emit messagesChanged(conversationId);
                } else if (isPermanent(reply)) {
                    m_cache.failOutbox(key, reply.as<protocol::Error>()->message);
                } else {
                    // Stays pending, same key: tried again shortly, and after any reconnection.
                    m_retryOutbox.start();
                    return;
                }
            } catch (const sql::SqlError& e) {
                // The server has it; the same key sent again returns the stored result.
                emit problem(tr("The local cache cannot be written: %1").arg(QString::fromUtf8(e.what())));
                return;
            }
            emit outboxChanged();
        };
        if (item.kind == LocalCache::OutboxKind::Note)
            m_client.request(NoteAdd{key, conversationId, item.text}, onReply);
        else
            m_client.request(MessageSend{key, conversationId, item.text, item.replies, item.recommendation, item.image}, onReply);
    }
}

void SyncEngine::loadHistory(qint64 conversationId, qint64 beforeId, int tag)
{
    m_client.request(ConversationHistory{conversationId, beforeId, 100}, [this, conversationId, beforeId, tag](const Frame& reply) {
        const auto* page = reply.as<ConversationHistoryOk>();
        if (!page) {
            emit historyLoaded(conversationId, beforeId, false, 0, false, tag);
            return;
        }
        try {
            m_cache.storeMessages(page->messages);
        } catch (const sql::SqlError& e) {
            emit problem(tr("The local cache cannot be written: %1").arg(QString::fromUtf8(e.what())));
            emit historyLoaded(conversationId, beforeId, false, 0, false, tag);
            return;
        }
        emit messagesChanged(conversationId);
        emit historyLoaded(conversationId, beforeId, true, page->messages.empty() ? 0 : page->messages.front().id,
                           page->more && !page->messages.empty(), tag);
    });
}

} // namespace agentdesk::app
