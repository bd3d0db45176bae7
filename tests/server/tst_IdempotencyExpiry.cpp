// Idempotency keys expire after --key-retention-hours (IdempotencyPruner): a retry within the
// retention gets the first reply, one after it runs again; a backlog goes in slices, oldest first.
// Inputs tried: a message's key aged past the retention beside a fresh one, retried both; 2,500
// expired keys and 10 fresh ones pruned a slice at a time.

#include "DatabasePeek.h"
#include "TestServer.h"
#include "WsClient.h"
#include "store/Database.h"
#include "store/IdempotencyPruner.h"
#include "store/IdempotencyStore.h"

#include <QDateTime>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

namespace {
constexpr qint64 kRetentionMs = 60'000;
}

class TestIdempotencyExpiry : public QObject {
    Q_OBJECT

private slots:
    void anExpiredKeyRunsAgainAndAFreshOneReplays()
    {
        TestServer server([](server::ServerConfig& c) {
            c.keyRetentionMs = kRetentionMs;
            c.keyPruneMs = 100;
        });
        QVERIFY2(server.start(), qPrintable(server.error()));
        auto customer = liveCustomer(server, QStringLiteral("demo-0007"));
        QVERIFY(customer);
        const ConversationInfo opened = customer->openConversation(QStringLiteral("about my order"));
        QVERIFY(opened.id > 0);

        const MessageSend old{newKey(), opened.id, QStringLiteral("sent long ago"), {}, {}, {}};
        const MessageSend fresh{newKey(), opened.id, QStringLiteral("sent just now"), {}, {}, {}};
        const Frame oldReply = customer->request(old);
        const Frame freshReply = customer->request(fresh);
        QVERIFY2(oldReply.as<MessageSendOk>() && freshReply.as<MessageSendOk>(), (describe(oldReply) + describe(freshReply)).constData());

        DatabasePeek db(server.database());
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QString keyRow = QStringLiteral("SELECT COUNT(*) FROM idempotency_keys WHERE idem_key = '%1'");
        QCOMPARE(db.scalar(keyRow.arg(old.key)), 1);
        // Behind the server's back, as if the first were sent two retentions ago.
        QVERIFY2(db.exec(QStringLiteral("UPDATE idempotency_keys SET created_at = created_at - %1 WHERE idem_key = '%2'")
                             .arg(2 * kRetentionMs).arg(old.key)),
                 qPrintable(db.error()));
        QTRY_COMPARE_WITH_TIMEOUT(db.scalar(keyRow.arg(old.key)), 0, 10'000);
        QCOMPARE(db.scalar(keyRow.arg(fresh.key)), 1);

        const QString count = QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = %1").arg(opened.id);
        const qint64 before = db.scalar(count);
        const Frame freshRetry = customer->request(fresh);
        QVERIFY2(freshRetry.as<MessageSendOk>(), describe(freshRetry));
        QCOMPARE(freshRetry.as<MessageSendOk>()->message.id, freshReply.as<MessageSendOk>()->message.id);
        QCOMPARE(db.scalar(count), before);
        // Past the retention the key protects nothing: the same request is a new message.
        const Frame oldRetry = customer->request(old);
        QVERIFY2(oldRetry.as<MessageSendOk>(), describe(oldRetry));
        QVERIFY(oldRetry.as<MessageSendOk>()->message.id > freshReply.as<MessageSendOk>()->message.id);
        QCOMPARE(db.scalar(count), before + 1);
        QCOMPARE(db.scalar(keyRow.arg(old.key)), 1);
    }

    void aBacklogGoesInSlicesOldestFirst()
    {
        TestServer server([](server::ServerConfig& c) { c.keyPruneMs = 3'600'000; });  // its own pruner stays out
        QVERIFY2(server.start(), qPrintable(server.error()));
        server::Database db;
        QVERIFY2(db.open(server.database(), server::Database::Durability::Off), qPrintable(db.errorString()));
        server::IdempotencyStore keys(db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            server::WriteTransaction tx(db);
            for (int i = 0; i < 2500; ++i)
                keys.store(QStringLiteral("c:backlog"), QStringLiteral("old-%1").arg(i, 6, 10, QLatin1Char('0')),
                           {QByteArrayLiteral("2:x"), QByteArrayLiteral("{}")}, 1000 + i);
            for (int i = 0; i < 10; ++i)
                keys.store(QStringLiteral("c:backlog"), QStringLiteral("fresh-%1").arg(i), {QByteArrayLiteral("2:x"), QByteArrayLiteral("{}")},
                           now - kRetentionMs / 2);
            tx.commit();
        }
        server::IdempotencyPruner pruner(db, keys, kRetentionMs, 3'600'000);
        QCOMPARE(pruner.pruneSlice(now), server::IdempotencyPruner::kSlice);
        const QString oldest = QStringLiteral("SELECT MIN(created_at) FROM idempotency_keys WHERE principal = 'c:backlog'");
        QCOMPARE(db.scalar(oldest).toLongLong(), 1000 + server::IdempotencyPruner::kSlice);
        QCOMPARE(pruner.pruneSlice(now), server::IdempotencyPruner::kSlice);
        QCOMPARE(pruner.pruneSlice(now), 500);
        QCOMPARE(pruner.pruneSlice(now), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM idempotency_keys WHERE principal = 'c:backlog'")).toLongLong(), 10);
        QVERIFY(keys.find(QStringLiteral("c:backlog"), QStringLiteral("fresh-3")));
        QVERIFY(!keys.find(QStringLiteral("c:backlog"), QStringLiteral("old-002499")));
    }
};

QTEST_GUILESS_MAIN(TestIdempotencyExpiry)
#include "tst_IdempotencyExpiry.moc"
