// Group commit: messages read in one pass of the server's event loop are written in one
// transaction. A client sends its requests in one burst (one TCP write) and the server must
// answer each exactly as if it had come alone: in order, with its own error, an idempotent retry
// within the same group, a later request of the same connection that sees the earlier ones, and
// a group that fails in the database written again one by one.
// Inputs tried: 30 messages in one burst with a message to a conversation that is not the
// sender's and a repeated key among them; a message whose insert the database refuses; events
// for 150 streams (3 statements' worth of numbers) in one transaction; a batch of 1 to 3
// customer and agent messages for each of 150 conversations (3 statements' worth), some answered
// before, one not read with the batch, and an unknown one, compared with the same messages written
// one by one; a batch of 150 idempotency keys, 10 of them stored before and one asked for twice;
// batches abandoned with their transaction; the server stopped while 5 messages wait in a group,
// then started again and the same 5 keys sent again; a message's key naming its stored message,
// a key stored in full by an older server, and a key naming a message that is not there.

#include "DatabasePeek.h"
#include "RawPeer.h"
#include "TestServer.h"
#include "WsClient.h"
#include "store/ConversationStore.h"
#include "store/Database.h"
#include "store/EventLog.h"
#include "store/IdempotencyStore.h"

#include <QDateTime>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk;
using namespace agentdesk::protocol;
using namespace agentdesk::test;

class TestGroupCommit : public QObject {
    Q_OBJECT
    std::unique_ptr<TestServer> m_server;

    struct Talk {
        Staff agent;
        std::unique_ptr<WsClient> customer;
        qint64 conversation = 0;
    };

    // agent1 online and a customer's conversation assigned to them.
    Talk startTalk(const QString& customerRef)
    {
        Talk t;
        t.agent = signIn(*m_server, QStringLiteral("agent1"));
        t.customer = liveCustomer(*m_server, customerRef);
        if (!t.agent || !t.customer)
            return t;
        const ConversationInfo opened = t.customer->openConversation(QStringLiteral("opening"));
        const auto assigned = t.agent->waitConversation([&](const ConversationInfo& c) {
            return c.id == opened.id && c.status == ConversationStatus::Assigned;
        });
        if (assigned)
            t.conversation = opened.id;
        t.agent->takeAll();
        return t;
    }

    double metric(const QByteArray& series)
    {
        return metricSample(httpGet(m_server->server().opsPort(), "/metrics"), series);
    }

    // The message.new events the agent got for the conversation, in the order received.
    static QList<Frame> messageEvents(WsClient& agent, qint64 conversation)
    {
        QList<Frame> out;
        for (const Frame& f : agent.peekAll()) {
            if (const auto* m = f.as<MessageNew>(); m && m->message.conversationId == conversation)
                out << f;
        }
        return out;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>([](server::ServerConfig& c) { c.opsPort = 0; });
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }
    void cleanup() { m_server.reset(); }

    void aBurstIsAnsweredAsIfEachCameAlone()
    {
        Talk t = startTalk(QStringLiteral("demo-0001"));
        QVERIFY(t.conversation > 0);
        const qint64 someoneElses = t.conversation + 100000;  // no such conversation

        constexpr int kBurst = 30;
        constexpr int kForeign = 14;   // to a conversation the customer cannot see
        constexpr int kRepeat = 20;    // the key and text of message 9 again: a retry
        QByteArray burst;
        QStringList keys;
        for (int i = 0; i < kBurst; ++i) {
            QString key = newKey();
            QString text = QStringLiteral("burst %1").arg(i);
            qint64 conversation = t.conversation;
            if (i == kForeign)
                conversation = someoneElses;
            if (i == kRepeat) {
                key = keys[9];
                text = QStringLiteral("burst 9");
            }
            keys << key;
            t.customer->sendText(FrameCodec::encode(MessageSend{key, conversation, text, {}, {}, {}}, QStringLiteral("m%1").arg(i)));
        }
        // The same connection's next request must see every message before it.
        t.customer->sendText(FrameCodec::encode(ConversationHistory{t.conversation, 0, 100}, QStringLiteral("history")));

        std::vector<qint64> ids;
        for (int i = 0; i < kBurst; ++i) {
            const Frame reply = t.customer->waitReply(QStringLiteral("m%1").arg(i));
            if (i == kForeign) {
                QVERIFY2(isError(reply, ErrorCode::NotFound), describe(reply));
                continue;
            }
            const auto* ok = reply.as<MessageSendOk>();
            QVERIFY2(ok, describe(reply));
            if (i == kRepeat) {
                QCOMPARE(ok->message.id, ids[9]);  // the stored answer, not a second message
                continue;
            }
            QCOMPARE(ok->message.text, QStringLiteral("burst %1").arg(i));
            if (!ids.empty())
                QVERIFY(ok->message.id > ids.back());
            ids.push_back(ok->message.id);
        }
        QCOMPARE(int(ids.size()), kBurst - 2);

        const Frame history = t.customer->waitReply(QStringLiteral("history"));
        const auto* page = history.as<ConversationHistoryOk>();
        QVERIFY2(page, describe(history));
        QVERIFY(!page->messages.empty());
        QCOMPARE(page->messages.back().id, ids.back());
        std::vector<qint64> listed;
        for (const ChatMessage& m : page->messages) {
            if (m.text.startsWith(QLatin1String("burst ")))
                listed.push_back(m.id);
        }
        QCOMPARE(listed, ids);

        // The agent gets each message once, in order, with its stream's numbers in sequence.
        QVERIFY(QTest::qWaitFor([&] { return messageEvents(*t.agent, t.conversation).size() >= qsizetype(ids.size()); }, 5000));
        QTest::qWait(100);  // and no more
        const QList<Frame> events = messageEvents(*t.agent, t.conversation);
        QCOMPARE(events.size(), qsizetype(ids.size()));
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(events[i].as<MessageNew>()->message.id, ids[size_t(i)]);
            if (i > 0)
                QVERIFY(events[i].seq > events[i - 1].seq);
        }
        // They were read together, so they were committed in groups, not one transaction each.
        qInfo() << "groups" << metric("agentdesk_write_groups_total") << "writes" << metric("agentdesk_grouped_writes_total");
        QVERIFY(metric("agentdesk_write_groups_total") >= 1);
        QVERIFY(metric("agentdesk_grouped_writes_total") >= 2);
        QCOMPARE(metric("agentdesk_requests_total{type=\"message.send\"}"), double(kBurst));

        DatabasePeek db(m_server->database());
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = %1 AND body LIKE 'burst %'")
                               .arg(t.conversation)),
                 qint64(ids.size()));
    }

    void theEventsOfManyStreamsAreNumberedTogetherWithoutGaps()
    {
        // A group of messages from different customers has about as many streams as messages;
        // their numbers are taken 64 streams to a statement. 150 streams, 1 to 3 events each,
        // 10 of them with events from before: each stream's numbers follow on without a gap.
        QTemporaryDir dir;
        const QString location = TestServer::postgresCluster().isEmpty() ? dir.filePath(QStringLiteral("events.sqlite"))
                                                                         : TestServer::createPostgresDatabase(false);
        QVERIFY(!location.isEmpty());
        server::Database db;
        QVERIFY2(db.open(location, server::Database::Durability::Full), qPrintable(db.errorString()));
        server::EventLog log(db, 1000);
        auto stream = [](int i) { return QStringLiteral("c:%1").arg(i); };
        auto event = [at = QDateTime::currentMSecsSinceEpoch()](int n) {
            ChatMessage m;
            m.id = n + 1;
            m.conversationId = 1;
            m.sender = Sender::Customer;
            m.senderName = QStringLiteral("a customer");
            m.text = QStringLiteral("event %1").arg(n);
            m.at = at;
            return MessageNew{m};
        };
        for (int i = 0; i < 10; ++i) {
            server::WriteTransaction tx(db);
            for (int n = 0; n <= i; ++n)
                log.append(stream(i * 15), event(n));
            tx.commit();
        }
        log.takeUnpublished();
        constexpr int kStreams = 150;
        server::WriteTransaction tx(db);
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < kStreams; ++i) {
                if (round <= i % 3)
                    log.append(stream(i), event(1000 + round));
            }
        }
        tx.commit();
        const std::vector<server::EventLog::Appended> events = log.takeUnpublished();
        QCOMPARE(int(events.size()), 50 * 1 + 50 * 2 + 50 * 3);
        QHash<QString, std::vector<qint64>> numbers;
        for (const server::EventLog::Appended& e : events) {
            numbers[e.stream].push_back(e.seq);
            const DecodeResult decoded = FrameCodec::decode(e.frame, DecodeMode::ClientReadsServer);
            QVERIFY2(decoded.ok(), e.frame.constData());
            QCOMPARE(decoded.frame->seq, e.seq);  // the number is in the frame
        }
        QCOMPARE(int(numbers.size()), kStreams);
        for (int i = 0; i < kStreams; ++i) {
            const qint64 before = i % 15 == 0 && i / 15 < 10 ? i / 15 + 1 : 0;
            std::vector<qint64> expected;
            for (int n = 1; n <= i % 3 + 1; ++n)
                expected.push_back(before + n);
            QCOMPARE(numbers.value(stream(i)), expected);
            QCOMPARE(log.head(stream(i)), expected.back());
            QCOMPARE(int(log.after(stream(i), before, 10).size()), i % 3 + 1);
        }
    }

    void aBatchLeavesConversationsAndKeysAsWritingOneByOneDoes()
    {
        // A group of messages reads its conversations and keys in a few statements and writes
        // the conversations' activity and the keys in a few at the end (the stores' batches):
        // what it leaves must be what writing them one by one leaves.
        QTemporaryDir dir;
        const QString location = TestServer::postgresCluster().isEmpty() ? dir.filePath(QStringLiteral("batch.sqlite"))
                                                                         : TestServer::createPostgresDatabase(false);
        QVERIFY(!location.isEmpty());
        server::Database db;
        QVERIFY2(db.open(location, server::Database::Durability::Full), qPrintable(db.errorString()));
        server::ConversationStore store(db);
        constexpr int kConversations = 150;
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        std::vector<qint64> batched, alone;  // the same story each, written in a batch and one by one
        {
            server::WriteTransaction tx(db);
            for (int i = 0; i < 2 * kConversations; ++i) {
                const qint64 customer = db.scalar(QStringLiteral("INSERT INTO customers (external_ref, name, created_at)"
                                                                 " VALUES (?, ?, ?) RETURNING id"),
                                                  {QStringLiteral("batch-%1").arg(i), QStringLiteral("customer %1").arg(i), start})
                                            .toLongLong();
                const ConversationInfo c = store.create(customer, 0, Channel::Web, QString(), start);
                (i < kConversations ? batched : alone).push_back(c.id);
            }
            tx.commit();
        }
        auto message = [&](qint64 conversation, int i, int round) {
            ChatMessage m;
            m.conversationId = conversation;
            m.sender = (i + round) % 2 == 0 ? Sender::Customer : Sender::Agent;
            m.authorId = 1;
            m.senderName = QStringLiteral("someone");
            m.text = QStringLiteral("message %1 of round %2").arg(i).arg(round);
            m.at = start + 1000 * (round + 1) + i;
            return m;
        };
        for (const auto* ids : {&batched, &alone}) {
            // Every fourth answered before: its first answer stays the earlier one.
            server::WriteTransaction tx(db);
            for (int i = 0; i < kConversations; i += 4) {
                ChatMessage earlier = message((*ids)[size_t(i)], 1, 0);
                earlier.at = start + 1;
                ConversationInfo c = *store.conversation(earlier.conversationId);
                store.addMessage(earlier, c);
            }
            tx.commit();
        }
        auto story = [&](const std::vector<qint64>& ids) {
            for (int round = 0; round < 3; ++round) {
                for (int i = 0; i < kConversations; ++i) {
                    if (round > i % 3)
                        continue;
                    ConversationInfo c = *store.conversation(ids[size_t(i)]);
                    const ChatMessage stored = store.addMessage(message(c.id, i, round), c);
                    QVERIFY(stored.id > 0);
                    // In the batch, the next read sees the message's activity.
                    const ConversationInfo after = *store.conversation(c.id);
                    QCOMPARE(after.lastMessagePreview, c.lastMessagePreview);
                    QCOMPARE(after.waitingSince, c.waitingSince);
                }
            }
        };
        {
            server::WriteTransaction tx(db);
            std::vector<qint64> read = batched;
            read.erase(read.begin() + 5);    // one conversation not read with the batch
            read.push_back(batched.front());  // one twice
            read.push_back(9999999);          // and one that does not exist
            store.beginBatch(read);
            story(batched);
            store.finishBatch();
            tx.commit();
        }
        {
            server::WriteTransaction tx(db);
            story(alone);
            tx.commit();
        }
        const QString columns = QStringLiteral("SELECT last_message_at - %1, last_preview, waiting_since - CASE WHEN waiting_since = 0 THEN 0 ELSE %1 END,"
                                               " COALESCE(first_response_at - %1, -1), status FROM conversations WHERE id = ?")
                                    .arg(start);
        for (int i = 0; i < kConversations; ++i) {
            auto rowOf = [&](qint64 id) {
                QStringList row;
                sql::Rows q = db.exec(columns, {id});
                if (q.next()) {
                    for (int column = 0; column < 5; ++column)
                        row << q.value(column).toString();
                }
                return row;
            };
            const QStringList b = rowOf(batched[size_t(i)]);
            const QStringList a = rowOf(alone[size_t(i)]);
            QVERIFY(!a.isEmpty());
            QVERIFY2(b == a, qPrintable(QStringLiteral("conversation %1: %2 in a batch, %3 one by one")
                                            .arg(i).arg(b.join(QLatin1Char('|')), a.join(QLatin1Char('|')))));
        }
        // A batch rolled back with its transaction leaves nothing behind.
        {
            server::WriteTransaction tx(db);
            store.beginBatch({batched[1]});
            ConversationInfo c = *store.conversation(batched[1]);
            store.addMessage(message(c.id, 1, 0), c);
            store.abandonBatch();
        }
        QVERIFY(store.conversation(batched[1])->lastMessageAt < start + 1000 * 4);

        server::IdempotencyStore keys(db);
        using Key = server::IdempotencyStore::Key;
        auto keyOf = [](int i) { return Key{QStringLiteral("c:%1").arg(i % 7), QStringLiteral("key-%1").arg(i)}; };
        auto entryOf = [](int i) {
            return server::IdempotencyStore::Entry{QByteArray("2:") + QByteArray::number(i), QByteArray("{\"reply\":") + QByteArray::number(i) + '}'};
        };
        {
            server::WriteTransaction tx(db);
            for (int i = 0; i < 150; i += 15)
                keys.store(keyOf(i).first, keyOf(i).second, entryOf(i), start);
            tx.commit();
        }
        {
            server::WriteTransaction tx(db);
            std::vector<Key> wanted;
            for (int i = 0; i < 150; ++i)
                wanted.push_back(keyOf(i));
            wanted.push_back(keyOf(3));
            keys.beginBatch(wanted);
            for (int i = 0; i < 150; ++i) {
                const auto found = keys.find(keyOf(i).first, keyOf(i).second);
                if (i % 15 == 0) {
                    QVERIFY(found);
                    QCOMPARE(found->reply, entryOf(i).reply);
                    continue;
                }
                QVERIFY(!found);
                keys.store(keyOf(i).first, keyOf(i).second, entryOf(i), start);
                // A retry later in the same group finds it.
                QCOMPARE(keys.find(keyOf(i).first, keyOf(i).second)->fingerprint, entryOf(i).fingerprint);
            }
            keys.finishBatch();
            tx.commit();
        }
        for (int i = 0; i < 150; ++i) {
            const auto found = keys.find(keyOf(i).first, keyOf(i).second);
            QVERIFY2(found, qPrintable(keyOf(i).second));
            QCOMPARE(found->fingerprint, entryOf(i).fingerprint);
            QCOMPARE(found->reply, entryOf(i).reply);
        }
        {
            server::WriteTransaction tx(db);
            keys.beginBatch({Key{QStringLiteral("c:1"), QStringLiteral("abandoned")}});
            keys.store(QStringLiteral("c:1"), QStringLiteral("abandoned"), entryOf(1), start);
            keys.abandonBatch();
        }
        QVERIFY(!keys.find(QStringLiteral("c:1"), QStringLiteral("abandoned")));
    }

    void stoppingTheServerWritesTheGroupThatWaits()
    {
        // Messages read but not yet written (their group waits for its window) are written when
        // the server stops, before their connections go: a client that got no answer retries
        // with the same keys and gets the stored messages, not second copies.
        m_server = std::make_unique<TestServer>([](server::ServerConfig& c) { c.groupWindowMs = 60'000; });
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        Talk t = startTalk(QStringLiteral("demo-0003"));
        QVERIFY(t.conversation > 0);
        QStringList keys;
        for (int i = 0; i < 5; ++i) {
            keys << newKey();
            t.customer->sendText(FrameCodec::encode(MessageSend{keys.back(), t.conversation, QStringLiteral("waiting %1").arg(i), {}, {}, {}},
                                                    QStringLiteral("w%1").arg(i)));
        }
        DatabasePeek db(m_server->database());
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QString count = QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = %1 AND body LIKE 'waiting %'")
                                  .arg(t.conversation);
        QTest::qWait(300);  // read by the server, and waiting in its group
        QCOMPARE(db.scalar(count), 0);
        for (const Frame& f : t.customer->peekAll())
            QVERIFY2(!f.id.startsWith(QLatin1Char('w')), describe(f));  // not answered either

        m_server->stop();
        QCOMPARE(db.scalar(count), 5);
        m_server->config().groupWindowMs = 0;
        QVERIFY2(m_server->restart(), qPrintable(m_server->error()));
        auto again = liveCustomer(*m_server, QStringLiteral("demo-0003"));
        QVERIFY(again);
        std::vector<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            const Frame reply = again->request(MessageSend{keys[i], t.conversation, QStringLiteral("waiting %1").arg(i), {}, {}, {}});
            const auto* ok = reply.as<MessageSendOk>();
            QVERIFY2(ok, describe(reply));
            QCOMPARE(ok->message.text, QStringLiteral("waiting %1").arg(i));
            ids.push_back(ok->message.id);
        }
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        QCOMPARE(db.scalar(count), 5);
    }

    void aMessageKeyNamesItsStoredMessage()
    {
        // The stored reply of a message.send names the message instead of copying it; a retry
        // gets the same reply as the first answer. Keys stored in full (an older server) still
        // replay, and one naming a message that is not there is an error, not a second message.
        Talk t = startTalk(QStringLiteral("demo-0004"));
        QVERIFY(t.conversation > 0);
        const QString key = newKey();
        const MessageSend send{key, t.conversation, QStringLiteral("快递什么时候到？"), {}, {}, {}};
        const Frame first = t.customer->request(send);
        QVERIFY2(first.as<MessageSendOk>(), describe(first));
        const ChatMessage sent = first.as<MessageSendOk>()->message;
        DatabasePeek db(m_server->database());
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        const QString principal = db.text(QStringLiteral("SELECT principal FROM idempotency_keys WHERE idem_key = '%1'").arg(key));
        QVERIFY(principal.startsWith(QLatin1String("c:")));
        QCOMPARE(db.text(QStringLiteral("SELECT reply FROM idempotency_keys WHERE idem_key = '%1'").arg(key)),
                 QStringLiteral("message:%1").arg(sent.id));

        const Frame retry = t.customer->request(send);
        QVERIFY2(retry.as<MessageSendOk>(), describe(retry));
        QCOMPARE(FrameCodec::encode(*retry.as<MessageSendOk>()), FrameCodec::encode(*first.as<MessageSendOk>()));

        // Stored in full by an older server: replayed as stored.
        const QString oldKey = newKey();
        const MessageSend oldSend{oldKey, t.conversation, QStringLiteral("sent before the upgrade"), {}, {}, {}};
        ChatMessage old = sent;
        old.id = 424242;
        old.text = oldSend.text;
        old.key = oldKey;
        const QByteArray oldReply = FrameCodec::encode(Frame{FrameType::MessageSendOk, QStringLiteral("x"), 0, MessageSendOk{old}});
        QVERIFY2(db.exec(QStringLiteral("INSERT INTO idempotency_keys (principal, idem_key, fingerprint, reply, created_at)"
                                        " VALUES ('%1', '%2', '%3', '%4', 1)")
                             .arg(principal, oldKey, QString::fromLatin1(FrameCodec::fingerprint(Frame{FrameType::MessageSend, {}, 0, oldSend})),
                                  QString::fromUtf8(oldReply))),
                 qPrintable(db.error()));
        const Frame replayed = t.customer->request(oldSend);
        QVERIFY2(replayed.as<MessageSendOk>(), describe(replayed));
        QCOMPARE(replayed.as<MessageSendOk>()->message.id, qint64(424242));

        // A key naming a message that is gone.
        QVERIFY(db.exec(QStringLiteral("UPDATE idempotency_keys SET reply = 'message:987654321' WHERE idem_key = '%1'").arg(key)));
        const QString count = QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = %1").arg(t.conversation);
        const qint64 before = db.scalar(count);
        const Frame broken = t.customer->request(send);
        QVERIFY2(isError(broken, ErrorCode::Internal), describe(broken));
        QCOMPARE(db.scalar(count), before);
    }

    void aGroupTheDatabaseRefusesIsWrittenOneByOne()
    {
        Talk t = startTalk(QStringLiteral("demo-0002"));
        QVERIFY(t.conversation > 0);
        // Behind the server's back: the database refuses one message's insert, which fails the
        // whole group's transaction.
        DatabasePeek db(m_server->database());
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        if (m_server->database().startsWith(QLatin1String("postgresql:"))) {
            QVERIFY2(db.exec(QStringLiteral("CREATE FUNCTION refuse_poison() RETURNS trigger AS $$ BEGIN "
                                            "IF NEW.body = 'poison' THEN RAISE EXCEPTION 'poisoned'; END IF; RETURN NEW; "
                                            "END $$ LANGUAGE plpgsql")),
                     qPrintable(db.error()));
            QVERIFY2(db.exec(QStringLiteral("CREATE TRIGGER refuse_poison BEFORE INSERT ON messages "
                                            "FOR EACH ROW EXECUTE FUNCTION refuse_poison()")),
                     qPrintable(db.error()));
        } else {
            QVERIFY2(db.exec(QStringLiteral("CREATE TRIGGER refuse_poison BEFORE INSERT ON messages WHEN NEW.body = 'poison' "
                                            "BEGIN SELECT RAISE(ABORT, 'poisoned'); END")),
                     qPrintable(db.error()));
        }

        const QStringList texts{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("poison"),
                                QStringLiteral("four"), QStringLiteral("five")};
        for (qsizetype i = 0; i < texts.size(); ++i)
            t.customer->sendText(FrameCodec::encode(MessageSend{newKey(), t.conversation, texts[i], {}, {}, {}},
                                                    QStringLiteral("p%1").arg(i)));
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const Frame reply = t.customer->waitReply(QStringLiteral("p%1").arg(i));
            if (texts[i] == QLatin1String("poison"))
                QVERIFY2(isError(reply, ErrorCode::Internal), describe(reply));
            else
                QVERIFY2(reply.as<MessageSendOk>(), describe(reply));
        }
        QVERIFY(QTest::qWaitFor([&] { return messageEvents(*t.agent, t.conversation).size() >= 4; }, 5000));
        QTest::qWait(100);  // nothing more may come: the failed group's events were dropped
        const QList<Frame> events = messageEvents(*t.agent, t.conversation);
        QCOMPARE(events.size(), 4);
        QStringList received;
        for (const Frame& e : events)
            received << e.as<MessageNew>()->message.text;
        QCOMPARE(received, (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("four"), QStringLiteral("five")}));
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE conversation_id = %1 AND body IN ('one', 'two', 'four', 'five')")
                               .arg(t.conversation)),
                 4);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE body = 'poison'")), 0);
    }
};

QTEST_GUILESS_MAIN(TestGroupCommit)
#include "tst_GroupCommit.moc"
