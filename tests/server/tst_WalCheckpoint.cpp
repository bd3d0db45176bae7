// SQLite's log is copied into the database file by a thread of its own (WalCheckpointer), not by
// the commit that happens to cross SQLite's threshold on the server's thread.
// Inputs tried: 40 commits of 100 KB each, waiting for the checkpoints between them; 200 of them
// while a reader holds the log (20 MB, past the size at which the writer copies the rest itself
// so that the log starts again), then commits after the reader is gone; an in-memory database
// (no log); a path that is a directory and one in a missing directory for the second connection;
// durable (FULL) and not durable (OFF) settings.

#include "store/Database.h"
#include "store/WalCheckpointer.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk::server;

class TestWalCheckpoint : public QObject {
    Q_OBJECT

    static qint64 walSize(const QString& db) { return QFileInfo(db + QStringLiteral("-wal")).size(); }

    // `commits` transactions of 100 KB each, each waited for until a checkpoint copied it.
    static bool writeAndWait(Database& db, int commits)
    {
        db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"));
        const WalCheckpointer* checkpointer = db.checkpointer();
        for (int i = 0; i < commits; ++i) {
            WriteTransaction tx(db);
            db.exec(QStringLiteral("INSERT INTO filler (body) VALUES (?)"), {QString(100 * 1024, QLatin1Char('a' + i % 26))});
            tx.commit();
            if (!QTest::qWaitFor([&] { return checkpointer->checkpointedCommits() == checkpointer->commits(); }, 10000))
                return false;
        }
        return true;
    }

private slots:
    void theLogIsCopiedByItsOwnThread_data()
    {
        QTest::addColumn<Database::Durability>("durability");
        QTest::newRow("durable") << Database::Durability::Full;
        QTest::newRow("not durable") << Database::Durability::Off;
    }

    void theLogIsCopiedByItsOwnThread()
    {
        QFETCH(Database::Durability, durability);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.sqlite"));
        {
            Database db;
            QVERIFY2(db.open(path, durability), qPrintable(db.errorString()));
            QVERIFY(db.checkpointer() != nullptr);
            QVERIFY(db.checkpointer()->isRunning());
            // The server's connection no longer checkpoints by itself.
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), 0);
            constexpr int kCommits = 40;
            QVERIFY2(writeAndWait(db, kCommits), "a checkpoint did not follow the commits within 10 s");
            // 4 MB were written; a log copied after each commit starts again from its beginning,
            // so it holds little more than one commit's pages. Never copied, it would hold all.
            QVERIFY2(walSize(path) < 1024 * 1024, qPrintable(QString::number(walSize(path))));
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM filler")).toInt(), kCommits);
        }
        // Everything is in the file after the close.
        Database again;
        QVERIFY2(again.open(path, durability), qPrintable(again.errorString()));
        QCOMPARE(again.scalar(QStringLiteral("SELECT COUNT(*) FROM filler")).toInt(), 40);
        QCOMPARE(again.scalar(QStringLiteral("SELECT SUM(LENGTH(body)) FROM filler")).toLongLong(), 40LL * 100 * 1024);
    }

    void aLogGrownUnderSteadyCommitsStartsAgain_data() { theLogIsCopiedByItsOwnThread_data(); }

    void aLogGrownUnderSteadyCommitsStartsAgain()
    {
        // Under steady commits the helper's checkpoint rarely finds the writer between two
        // transactions, so the log never starts again by itself; once it is past kRestartFrames,
        // the writer copies the rest between two commits. Whether back-to-back commits let the
        // helper in is up to the scheduler (a test that relied on it failed in CI), so a reader
        // holds the log instead: it cannot start again while the reader's snapshot needs it.
        QFETCH(Database::Durability, durability);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.sqlite"));
        constexpr int kCommits = 200;  // 20 MB: about 5,000 pages of 4 KB
        {
            Database db;
            QVERIFY2(db.open(path, durability), qPrintable(db.errorString()));
            db.exec(QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"));
            const WalCheckpointer* checkpointer = db.checkpointer();
            QVERIFY(checkpointer != nullptr);
            const QString readerName = QStringLiteral("tst-wal-reader");
            {
                QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), readerName);
                reader.setDatabaseName(path);
                QVERIFY(reader.open());
                QSqlQuery snapshot(reader);
                QVERIFY(snapshot.exec(QStringLiteral("BEGIN")));
                QVERIFY(snapshot.exec(QStringLiteral("SELECT COUNT(*) FROM filler")) && snapshot.next());
                for (int i = 0; i < kCommits; ++i) {
                    WriteTransaction tx(db);
                    db.exec(QStringLiteral("INSERT INTO filler (body) VALUES (?)"), {QString(100 * 1024, QLatin1Char('a' + i % 26))});
                    tx.commit();
                }
                QVERIFY2(QTest::qWaitFor([&] { return checkpointer->wantsWriterCheckpoint(); }, 10000),
                         "the helper never saw the log past kRestartFrames");
                // While the reader holds the log, the writer's checkpoints cannot copy it whole.
                {
                    WriteTransaction tx(db);
                    db.exec(QStringLiteral("INSERT INTO filler (body) VALUES (?)"), {QStringLiteral("tick")});
                    tx.commit();
                }
                QCOMPARE(checkpointer->restarts(), 0U);
                QVERIFY(checkpointer->wantsWriterCheckpoint());
                snapshot.finish();
                QVERIFY(snapshot.exec(QStringLiteral("COMMIT")));
            }
            QSqlDatabase::removeDatabase(readerName);
            // The reader is gone: the writer's checkpoint after one of the next commits (one
            // may find the helper copying) leaves the log copied whole.
            QVERIFY2(QTest::qWaitFor([&] {
                         WriteTransaction tx(db);
                         db.exec(QStringLiteral("INSERT INTO filler (body) VALUES (?)"), {QStringLiteral("tick")});
                         tx.commit();
                         return checkpointer->restarts() > 0;
                     }, 10000),
                     "the writer never copied the rest of a log past kRestartFrames");
            QVERIFY(!checkpointer->wantsWriterCheckpoint());
            // One more transaction starts the log again: it then holds only that transaction's
            // pages, not the 5,000 written.
            {
                WriteTransaction tx(db);
                db.exec(QStringLiteral("INSERT INTO filler (body) VALUES (?)"), {QStringLiteral("after")});
                tx.commit();
            }
            agentdesk::sql::Rows log = db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            QVERIFY(log.next());
            const qint64 frames = log.value(1).toLongLong();
            QVERIFY2(frames < WalCheckpointer::kRestartFrames, qPrintable(QString::number(frames)));
            QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM filler WHERE body <> 'tick'")).toInt(), kCommits + 1);
        }
        Database again;
        QVERIFY2(again.open(path, durability), qPrintable(again.errorString()));
        QCOMPARE(again.scalar(QStringLiteral("SELECT COUNT(*) FROM filler WHERE LENGTH(body) = 102400")).toInt(), kCommits);
        QCOMPARE(again.scalar(QStringLiteral("SELECT COUNT(*) FROM filler WHERE body = 'after'")).toInt(), 1);
    }

    void anInMemoryDatabaseHasNoLog()
    {
        Database db;
        QVERIFY2(db.open(QStringLiteral(":memory:"), Database::Durability::Off), qPrintable(db.errorString()));
        QVERIFY(db.checkpointer() == nullptr);
        WriteTransaction tx(db);
        db.exec(QStringLiteral("CREATE TABLE t (x INTEGER)"));
        db.exec(QStringLiteral("INSERT INTO t (x) VALUES (?)"), {7});
        tx.commit();
        QCOMPARE(db.scalar(QStringLiteral("SELECT x FROM t")).toInt(), 7);
    }

    void aFileThatCannotBeOpenedIsAClearError_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("a directory") << QStringLiteral(".");
        QTest::newRow("in a missing directory") << QStringLiteral("missing/server.sqlite");
    }

    void aFileThatCannotBeOpenedIsAClearError()
    {
        QFETCH(QString, relative);
        QTemporaryDir dir;
        const QString path = dir.filePath(relative);
        WalCheckpointer checkpointer;
        QString error;
        QVERIFY(!checkpointer.start(path, QStringLiteral("OFF"), &error));
        QVERIFY(!checkpointer.isRunning());
        QVERIFY2(error.contains(path), qPrintable(error));
        // Stopping one that never ran is harmless.
        checkpointer.stop();
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpoint)
#include "tst_WalCheckpoint.moc"
