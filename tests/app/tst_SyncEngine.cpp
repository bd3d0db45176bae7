// The client's sync engine and cache against a real server: events land in the cache, the
// outbox delivers exactly once across a server restart, a crash and a dropped connection, an
// unusable cache file is set aside and rebuilt, and a damaged page in the message history, which
// the start does not read, is found by the workspace's check a few seconds after its start.

#include "TestServer.h"
#include "WsClient.h"
#include "cache/LocalCache.h"
#include "sync/SyncEngine.h"
#include "workspace/WorkspaceSession.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::app;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {

QStringList textsOf(const std::vector<ChatMessage>& messages, const QString& prefix)
{
    QStringList out;
    for (const ChatMessage& m : messages) {
        if (m.text.startsWith(prefix))
            out << m.text;
    }
    return out;
}

} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT

    // A cache whose first screen reads well and whose message history (the bulk of the file)
    // has two pages of garbage.
    void writeCacheWithDamagedHistory()
    {
        {
            LocalCache cache(m_cachePath, m_server->staffUrl().toString(), QStringLiteral("agent1"));
            QString error;
            QVERIFY2(cache.open(&error), qPrintable(error));
            std::vector<ChatMessage> messages;
            for (int i = 1; i <= 3000; ++i) {
                ChatMessage m;
                m.id = i;
                m.conversationId = 1 + i % 7;
                m.sender = Sender::Customer;
                m.text = QStringLiteral("history %1 ").arg(i).repeated(8);
                messages.push_back(m);
            }
            cache.storeMessages(messages);
            QCOMPARE(LocalCache::checkFile(m_cachePath), QStringLiteral("ok"));
        }
        // Two pages of garbage in the middle of the file: the messages' pages.
        QFile file(m_cachePath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 400'000);
        QVERIFY(file.seek((file.size() / 2) & ~qint64(4095)));
        file.write(QByteArray(8192, '\x5a'));
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_cachePath = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_round));
        m_customer = std::make_unique<WsClient>(m_server->customerUrl());
        QVERIFY(m_customer->waitConnected());
        m_customer->sync(m_customer->signinCustomer(QStringLiteral("demo-0100")).head);
    }

    void cleanup()
    {
        m_customer.reset();
        m_server.reset();
    }

    void eventsLandInTheCache()
    {
        LocalCache cache(m_cachePath, m_server->staffUrl().toString(), QStringLiteral("agent1"));
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QVERIFY(cache.notice().isEmpty());
        SyncEngine engine(cache, {m_server->staffUrl(), QStringLiteral("agent1"), QStringLiteral("demo1234")});
        engine.start();
        QTRY_COMPARE(engine.state(), SyncEngine::State::Online);
        QVERIFY(!cache.token().isEmpty());

        const ConversationInfo c = m_customer->openConversation(QStringLiteral("cache me"));
        QTRY_COMPARE(cache.conversations().size(), size_t(1));
        QCOMPARE(cache.conversations().front().id, c.id);
        QCOMPARE(cache.conversations().front().status, ConversationStatus::Assigned);
        engine.loadHistory(c.id);
        QTRY_COMPARE(textsOf(cache.messages(c.id), QStringLiteral("cache me")), QStringList{QStringLiteral("cache me")});
        QVERIFY(cache.lastSeq() > 0);

        // The cache is there for the next start, offline.
        engine.stop();
        QCOMPARE(cache.conversations().size(), size_t(1));
    }

    void aMessageMovesItsCachedConversation()
    {
        // No conversation.updated follows a message.send: the engine applies message.new to the
        // cached conversation (ConversationActivity) and tells the models, as the server stored it.
        LocalCache cache(m_cachePath, m_server->staffUrl().toString(), QStringLiteral("agent1"));
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        SyncEngine engine(cache, {m_server->staffUrl(), QStringLiteral("agent1"), QStringLiteral("demo1234")});
        QSignalSpy changed(&engine, &SyncEngine::conversationChanged);
        engine.start();
        QTRY_COMPARE(engine.state(), SyncEngine::State::Online);
        const ConversationInfo c = m_customer->openConversation(QStringLiteral("first"));
        QTRY_VERIFY(cache.conversation(c.id).has_value() && cache.conversation(c.id)->status == ConversationStatus::Assigned);
        changed.clear();

        const ChatMessage asked = m_customer->send(c.id, QStringLiteral("  is it\n waterproof?  "));
        QTRY_COMPARE(cache.conversation(c.id)->lastMessagePreview, QStringLiteral("is it waterproof?"));
        QCOMPARE(cache.conversation(c.id)->lastMessageAt, asked.at);
        const qint64 waiting = cache.conversation(c.id)->waitingSince;
        QVERIFY(waiting > 0);
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().first().value<ConversationInfo>().lastMessagePreview, QStringLiteral("is it waterproof?"));

        // The agent's answer (through the outbox) ends the wait.
        engine.sendMessage(c.id, QStringLiteral("Yes, IP68."));
        QTRY_COMPARE(cache.conversation(c.id)->lastMessagePreview, QStringLiteral("Yes, IP68."));
        QCOMPARE(cache.conversation(c.id)->waitingSince, 0);

        // What the server stored, field by field.
        WsClient staff(m_server->staffUrl());
        QVERIFY(staff.waitConnected());
        QVERIFY(staff.login(QStringLiteral("agent1")).principal.id > 0);
        const Frame list = staff.request(ConversationsList{});
        QVERIFY2(list.as<ConversationsListOk>(), describe(list));
        std::optional<ConversationInfo> stored;
        for (const ConversationInfo& x : list.as<ConversationsListOk>()->conversations)
            if (x.id == c.id)
                stored = x;
        QVERIFY(stored);
        const ConversationInfo cached = *cache.conversation(c.id);
        QCOMPARE(cached.lastMessagePreview, stored->lastMessagePreview);
        QCOMPARE(cached.lastMessageAt, stored->lastMessageAt);
        QCOMPARE(cached.waitingSince, stored->waitingSince);
        QCOMPARE(cached.status, stored->status);
    }

    void outboxIsDeliveredOnceAcrossAServerRestart()
    {
        LocalCache cache(m_cachePath, m_server->staffUrl().toString(), QStringLiteral("agent1"));
        QString error;
        QVERIFY(cache.open(&error));
        SyncEngine engine(cache, {m_server->staffUrl(), QStringLiteral("agent1"), QStringLiteral("demo1234")});
        engine.setBackoff({50, 100, 200});
        engine.start();
        QTRY_COMPARE(engine.state(), SyncEngine::State::Online);
        const ConversationInfo c = m_customer->openConversation(QStringLiteral("hello"));
        QTRY_COMPARE(cache.conversations().size(), size_t(1));
        m_customer.reset();
        // A picture from the library goes through the outbox with its message.
        QTRY_VERIFY(!cache.library().replies.empty());
        QString picture;
        for (const Reply& r : cache.library().replies) {
            if (!r.image.isEmpty())
                picture = r.image;
        }
        QVERIFY(!picture.isEmpty());

        m_server->stop();
        QTRY_COMPARE(engine.state(), SyncEngine::State::Reconnecting);
        for (int i = 0; i < 3; ++i)
            engine.sendMessage(c.id, QStringLiteral("offline %1").arg(i), {{}, {}, i == 2 ? picture : QString()});
        QCOMPARE(cache.outbox().size(), size_t(3));
        QCOMPARE(cache.outbox().back().image, picture);

        QVERIFY(m_server->restart());
        QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SyncEngine::State::Online, 10000);
        QTRY_COMPARE(cache.outbox().size(), size_t(0));

        WsClient customer(m_server->customerUrl());
        QVERIFY(customer.waitConnected());
        customer.signinCustomer(QStringLiteral("demo-0100"));
        const Frame history = customer.request(ConversationHistory{c.id, 0, 100});
        QCOMPARE(textsOf(history.as<ConversationHistoryOk>()->messages, QStringLiteral("offline")),
                 (QStringList{QStringLiteral("offline 0"), QStringLiteral("offline 1"), QStringLiteral("offline 2")}));
        QCOMPARE(textsOf(cache.messages(c.id), QStringLiteral("offline")).size(), 3);
        const auto stored = history.as<ConversationHistoryOk>()->messages;
        QVERIFY(std::any_of(stored.begin(), stored.end(),
                            [&](const ChatMessage& m) { return m.text == QStringLiteral("offline 2") && m.image == picture; }));
    }

    void aCrashAfterSendingIsNotSentTwice()
    {
        qint64 conversationId = 0;
        QString key;
        {
            LocalCache cache(m_cachePath, m_server->staffUrl().toString(), QStringLiteral("agent1"));
            QString error;
            QVERIFY(cache.open(&error));
            SyncEngine engine(cache, {m_server->staffUrl(), QStringLiteral("agent1"), QStringLiteral("demo1234")});
            engine.start();
            QTRY_COMPARE(engine.state(), SyncEngine::State::Online);
            conversationId = m_customer->openConversation(QStringLiteral("hello")).id;
            QTRY_COMPARE(cache.conversations().size(), size_t(1));
            engine.stop();
            // The crashed program had written the item and sent it; the server stored it; the
            // acknowledgement never reached the cache.
            key = cache.enqueueMessage(conversationId, QStringLiteral("sent before the crash")).key;
            WsClient sameAgent(m_server->staffUrl());
            QVERIFY(sameAgent.waitConnected());
            sameAgent.request(AuthToken{cache.token(), kProtocolVersion, {}});
            QVERIFY(sameAgent.send(conversationId, QStringLiteral("sent before the crash"), key).id > 0);
        }
        // The program starts again on the same cache and finds the item in its outbox.
        LocalCache cache(m_cachePath, m_server->staffUrl().toString(), QStringLiteral("agent1"));
        QString error;
        QVERIFY(cache.open(&error));
        QCOMPARE(cache.outbox().size(), size_t(1));
        SyncEngine engine(cache, {m_server->staffUrl(), QStringLiteral("agent1"), QStringLiteral("demo1234")});
        engine.start();
        QTRY_COMPARE(cache.outbox().size(), size_t(0));
        const Frame history = m_customer->request(ConversationHistory{conversationId, 0, 100});
        QCOMPARE(textsOf(history.as<ConversationHistoryOk>()->messages, QStringLiteral("sent before")).size(), 1);
    }

    void aDroppedConnectionResumesWithoutGapsOrDuplicates()
    {
        LocalCache cache(m_cachePath, m_server->staffUrl().toString(), QStringLiteral("agent1"));
        QString error;
        QVERIFY(cache.open(&error));
        SyncEngine engine(cache, {m_server->staffUrl(), QStringLiteral("agent1"), QStringLiteral("demo1234")});
        engine.setBackoff({300});
        QSignalSpy states(&engine, &SyncEngine::stateChanged);
        engine.start();
        QTRY_COMPARE(engine.state(), SyncEngine::State::Online);
        const ConversationInfo c = m_customer->openConversation(QStringLiteral("hello"));
        QTRY_COMPARE(cache.conversations().size(), size_t(1));

        engine.client().abort();
        QCOMPARE(engine.state(), SyncEngine::State::Reconnecting);
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_customer->send(c.id, QStringLiteral("while away %1").arg(i)).id > 0);
        QTRY_COMPARE(engine.state(), SyncEngine::State::Online);
        QTRY_COMPARE(textsOf(cache.messages(c.id), QStringLiteral("while away")).size(), 5);
        // The reconnect was announced with its delay, for the status bar.
        bool announced = false;
        for (const auto& args : states)
            announced |= args.at(0).value<SyncEngine::State>() == SyncEngine::State::Reconnecting && args.at(1).toInt() == 300;
        QVERIFY(announced);
        // The cache's sequence is the server's head: nothing missed, nothing applied twice.
        WsClient probe(m_server->staffUrl());
        QVERIFY(probe.waitConnected());
        probe.request(AuthToken{cache.token(), kProtocolVersion, {}});
        QCOMPARE(cache.lastSeq(), probe.request(ConversationsList{}).as<ConversationsListOk>()->head);
    }

    void aCloseMadeOfflineIsSentOnceWhenBack()
    {
        LocalCache cache(m_cachePath, m_server->staffUrl().toString(), QStringLiteral("agent1"));
        QString error;
        QVERIFY(cache.open(&error));
        SyncEngine engine(cache, {m_server->staffUrl(), QStringLiteral("agent1"), QStringLiteral("demo1234")});
        engine.setBackoff({50, 100, 200});
        QSignalSpy problems(&engine, &SyncEngine::problem);
        engine.start();
        QTRY_COMPARE(engine.state(), SyncEngine::State::Online);
        const ConversationInfo c = m_customer->openConversation(QStringLiteral("close me"));
        QTRY_COMPARE(cache.conversations().size(), size_t(1));
        m_customer.reset();

        m_server->stop();
        QTRY_COMPARE(engine.state(), SyncEngine::State::Reconnecting);
        engine.closeConversation(c.id, QStringLiteral("solved"));
        engine.closeConversation(c.id, QStringLiteral("solved"));  // a double click: one close
        QCOMPARE(cache.outbox().size(), size_t(1));
        QVERIFY(m_server->restart());
        QTRY_COMPARE_WITH_TIMEOUT(cache.outbox().size(), size_t(0), 10000);
        QTRY_COMPARE(cache.conversations().front().status, ConversationStatus::Closed);
        QCOMPARE(cache.conversations().front().resolution, QStringLiteral("solved"));
        QVERIFY(problems.isEmpty());
        WsClient customer(m_server->customerUrl());
        QVERIFY(customer.waitConnected());
        customer.signinCustomer(QStringLiteral("demo-0100"));
        const Frame list = customer.request(ConversationsList{});
        QCOMPARE(list.as<ConversationsListOk>()->conversations.front().status, ConversationStatus::Closed);
    }

    void permanentFailuresAreMarkedAndRetryable()
    {
        LocalCache cache(m_cachePath, m_server->staffUrl().toString(), QStringLiteral("agent1"));
        QString error;
        QVERIFY(cache.open(&error));
        SyncEngine engine(cache, {m_server->staffUrl(), QStringLiteral("agent1"), QStringLiteral("demo1234")});
        engine.start();
        QTRY_COMPARE(engine.state(), SyncEngine::State::Online);
        engine.sendMessage(999999, QStringLiteral("to nowhere"));
        QTRY_VERIFY(!cache.outbox().empty() && cache.outbox().front().state == LocalCache::OutboxState::Failed);
        QVERIFY(cache.outbox().front().error.contains(QStringLiteral("999999")));
    }

    void unusableCachesAreSetAsideAndRebuilt_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("garbage") << QByteArray("this is not a database at all, just text\n").repeated(200) << QStringLiteral("cannot be read");
        QTest::newRow("other sqlite") << QByteArray() << QStringLiteral("not an AgentDesk cache");
    }

    void unusableCachesAreSetAsideAndRebuilt()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        if (!content.isEmpty()) {
            QFile file(m_cachePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        } else {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(m_cachePath);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE photos (id INTEGER)"));
            other.close();
            other = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        }
        LocalCache cache(m_cachePath, m_server->staffUrl().toString(), QStringLiteral("agent1"));
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QVERIFY2(cache.notice().contains(reason), qPrintable(cache.notice()));
        const QStringList aside = QDir(m_dir.path()).entryList({QFileInfo(m_cachePath).fileName() + QStringLiteral(".unusable-*")});
        QCOMPARE(aside.size(), 1);
        // The new cache works.
        SyncEngine engine(cache, {m_server->staffUrl(), QStringLiteral("agent1"), QStringLiteral("demo1234")});
        engine.start();
        QTRY_COMPARE(engine.state(), SyncEngine::State::Online);
    }

    void aDamagedMessageHistoryIsFoundByTheBackgroundCheck()
    {
        // open() checks only the tables the first screen reads; the message history is checked
        // by checkFile, which a damaged page in it does not escape.
        writeCacheWithDamagedHistory();
        if (QTest::currentTestFailed())
            return;
        const QString check = LocalCache::checkFile(m_cachePath);
        QVERIFY2(check != QLatin1String("ok") && !check.isEmpty(), qPrintable(check));

        // Marked damaged (as the workspace does when the check fails): set aside at the next open.
        QVERIFY(LocalCache::markDamaged(m_cachePath, check));
        LocalCache cache(m_cachePath, m_server->staffUrl().toString(), QStringLiteral("agent1"));
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QVERIFY2(cache.notice().contains(QStringLiteral("found damaged")), qPrintable(cache.notice()));
        QVERIFY(!QFile::exists(LocalCache::damageMarker(m_cachePath)));
        QVERIFY(cache.messages(2).empty());  // a new cache
    }

    void theWorkspaceChecksTheWholeCacheSoonAfterItsStart()
    {
        // The workspace opens the damaged cache (its first screen is fine), checks the rest on
        // another thread a few seconds later, tells the agent, and marks the file to be set aside.
        writeCacheWithDamagedHistory();
        if (QTest::currentTestFailed())
            return;
        WorkspaceSession session({m_server->staffUrl(), QStringLiteral("agent1"), QStringLiteral("demo1234")}, m_cachePath,
                                 m_server->staffUrl().toString());
        QSignalSpy problems(&session, &WorkspaceSession::problem);
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        QVERIFY(problems.isEmpty());  // not during the start
        QVERIFY(!QFile::exists(LocalCache::damageMarker(m_cachePath)));
        QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 15000);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().first().toString().contains(QStringLiteral("damaged")),
                 qPrintable(problems.first().first().toString()));
        QVERIFY(QFile::exists(LocalCache::damageMarker(m_cachePath)));
    }

    void aVersionOneCacheIsUpgradedWithItsOutbox()
    {
        // A cache as the first release wrote it, with a message not yet sent.
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            old.setDatabaseName(m_cachePath);
            QVERIFY(old.open());
            QSqlQuery q(old);
            for (const char* statement : {
                     "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                     "CREATE TABLE conversations (id INTEGER PRIMARY KEY, last_message_at INTEGER NOT NULL, record TEXT NOT NULL)",
                     "CREATE TABLE messages (id INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL, record TEXT NOT NULL)",
                     "CREATE TABLE drafts (conversation_id INTEGER PRIMARY KEY, text TEXT NOT NULL)",
                     "CREATE TABLE outbox (local_id INTEGER PRIMARY KEY AUTOINCREMENT, idem_key TEXT NOT NULL UNIQUE,"
                     " kind TEXT NOT NULL DEFAULT 'message', conversation_id INTEGER NOT NULL, text TEXT NOT NULL,"
                     " created_at INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'pending', error TEXT NOT NULL DEFAULT '')",
                     "INSERT INTO meta VALUES ('marker', 'agentdesk-cache'), ('user', 'agent1'), ('last_seq', '0')",
                     "INSERT INTO outbox (idem_key, conversation_id, text, created_at) VALUES ('key-old-0001', 7, 'unsent', 1)",
                     "PRAGMA user_version = 1"})
                QVERIFY2(q.exec(QLatin1String(statement)), statement);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES ('server', '%1')").arg(m_server->staffUrl().toString())));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        LocalCache cache(m_cachePath, m_server->staffUrl().toString(), QStringLiteral("agent1"));
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QVERIFY2(cache.notice().isEmpty(), qPrintable(cache.notice()));  // upgraded, not set aside
        const auto outbox = cache.outbox();
        QCOMPARE(outbox.size(), size_t(1));
        QCOMPARE(outbox.front().key, QStringLiteral("key-old-0001"));
        QCOMPARE(outbox.front().text, QStringLiteral("unsent"));
        QVERIFY(outbox.front().replies.empty() && outbox.front().recommendation.isEmpty() && outbox.front().image.isEmpty());
        cache.storeImage(QStringLiteral("abc"), QByteArray("\x89PNG"));
        QCOMPARE(cache.image(QStringLiteral("abc")), QByteArray("\x89PNG"));
        QVERIFY(cache.library().replies.empty());
        cache.countUses({ReplyRef{3, 0}});
        QCOMPARE(cache.library().mine.front().uses, 1);
    }

    void aCacheOfAnotherUserIsNotReused()
    {
        {
            LocalCache first(m_cachePath, m_server->staffUrl().toString(), QStringLiteral("agent1"));
            QString error;
            QVERIFY(first.open(&error));
            first.setDraft(1, QStringLiteral("agent1's draft"));
        }
        LocalCache second(m_cachePath, m_server->staffUrl().toString(), QStringLiteral("agent2"));
        QString error;
        QVERIFY(second.open(&error));
        QVERIFY(second.notice().contains(QStringLiteral("another user")));
        QVERIFY(second.draft(1).isEmpty());
    }

    void theCachedListIsNewestFirstWithoutItsUnreadableRecords()
    {
        // Enough conversations to be decoded on several threads; equal times are ordered by id.
        // Inputs tried in the stored records: text that is not JSON, a field of the wrong type,
        // a missing required field, each in a different part of the table.
        constexpr int kCount = 2500;
        {
            LocalCache cache(m_cachePath, QStringLiteral("ws://x"), QStringLiteral("agent1"));
            QString error;
            QVERIFY2(cache.open(&error), qPrintable(error));
            std::vector<ConversationInfo> conversations;
            for (int i = 1; i <= kCount; ++i) {
                ConversationInfo c;
                c.id = i;
                c.customerId = i;
                c.customerName = QStringLiteral("customer %1").arg(i);
                c.status = ConversationStatus::Assigned;
                c.createdAt = 1000;
                c.lastMessageAt = 1000 + (qint64(i) * 7919) % 1000;  // shuffled, with ties
                conversations.push_back(c);
            }
            cache.applySnapshot(conversations, 1);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_cachePath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE conversations SET record = '{\"id\": 1' WHERE id = 10")));
            QVERIFY(q.exec(QStringLiteral("UPDATE conversations SET record = replace(record, '\"customerId\":1300', "
                                          "'\"customerId\":\"1300\"') WHERE id = 1300")));
            QCOMPARE(q.numRowsAffected(), 1);
            QVERIFY(q.exec(QStringLiteral("UPDATE conversations SET record = replace(record, '\"status\"', '\"state\"') "
                                          "WHERE id = 2400")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

        LocalCache cache(m_cachePath, QStringLiteral("ws://x"), QStringLiteral("agent1"));
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QTest::ignoreMessage(QtWarningMsg, "a cached conversation does not decode and is not shown");
        QTest::ignoreMessage(QtWarningMsg, "a cached conversation does not decode and is not shown");
        QTest::ignoreMessage(QtWarningMsg, "a cached conversation does not decode and is not shown");
        const std::vector<ConversationInfo> listed = cache.conversations();
        QCOMPARE(listed.size(), size_t(kCount - 3));
        for (size_t i = 0; i < listed.size(); ++i) {
            QVERIFY(listed[i].id != 10 && listed[i].id != 1300 && listed[i].id != 2400);
            QCOMPARE(listed[i].customerName, QStringLiteral("customer %1").arg(listed[i].id));
            if (i > 0) {
                const ConversationInfo& before = listed[i - 1];
                QVERIFY2(before.lastMessageAt > listed[i].lastMessageAt
                             || (before.lastMessageAt == listed[i].lastMessageAt && before.id > listed[i].id),
                         qPrintable(QStringLiteral("row %1: %2 after %3").arg(i).arg(listed[i].id).arg(before.id)));
            }
        }
    }

    void draftsPersist()
    {
        {
            LocalCache cache(m_cachePath, QStringLiteral("ws://x"), QStringLiteral("agent1"));
            QString error;
            QVERIFY(cache.open(&error));
            cache.setDraft(7, QStringLiteral("半句话"));
        }
        LocalCache cache(m_cachePath, QStringLiteral("ws://x"), QStringLiteral("agent1"));
        QString error;
        QVERIFY(cache.open(&error));
        QCOMPARE(cache.draft(7), QStringLiteral("半句话"));
        cache.setDraft(7, QString());
        QVERIFY(cache.draft(7).isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<WsClient> m_customer;
    QString m_cachePath;
    int m_round = 0;
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_SyncEngine.moc"
