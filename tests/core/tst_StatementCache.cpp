// sql::StatementCache and sql::Rows on a real SQLite file: a statement is prepared once and run
// again, a nested use of the same statement while its rows are read gets its own, a statement is
// given back finished (no read left open), and failures throw without spoiling the kept one.
// Inputs tried: the same SELECT in sequence and nested, an INSERT twice, a wrong column, a
// constraint violation, a statement kept past clear().

#include "sql/SqlExec.h"
#include "sql/StatementCache.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk::sql;

class TestStatementCache : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    StatementCache m_cache;

    Rows run(const QString& sql, std::initializer_list<QVariant> values)
    {
        return m_cache.exec(m_db, sql, std::span<const QVariant>(values.begin(), values.size()));
    }

private slots:
    void initTestCase()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cache"));
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(m_db.open());
        exec(m_db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"));
        for (int i = 1; i <= 3; ++i)
            run(QStringLiteral("INSERT INTO t (id, name) VALUES (?, ?)"), {i, QStringLiteral("n%1").arg(i)});
    }

    void aStatementIsPreparedOnceAndRunAgain()
    {
        const int before = m_cache.size();
        for (int i = 1; i <= 3; ++i) {
            Rows rows = run(QStringLiteral("SELECT name FROM t WHERE id = ?"), {i});
            QVERIFY(rows.next());
            QCOMPARE(rows.value(0).toString(), QStringLiteral("n%1").arg(i));
        }
        QCOMPARE(m_cache.size(), before + 1);
        // Read only in part, then gone: the next run starts afresh on the kept statement.
        {
            Rows all = run(QStringLiteral("SELECT id FROM t WHERE id >= ? ORDER BY id"), {1});
            QVERIFY(all.next());
        }
        Rows again = run(QStringLiteral("SELECT id FROM t WHERE id >= ? ORDER BY id"), {2});
        QVERIFY(again.next());
        QCOMPARE(again.value(0).toInt(), 2);
        QVERIFY(again.next());
        QCOMPARE(again.value(0).toInt(), 3);
        QVERIFY(!again.next());
    }

    void aNestedUseOfTheSameStatementGetsItsOwn()
    {
        const QString sql = QStringLiteral("SELECT id FROM t WHERE id >= ? ORDER BY id");
        Rows outer = run(sql, {1});
        QList<int> seen;
        while (outer.next()) {
            seen << outer.value(0).toInt();
            Rows inner = run(sql, {outer.value(0).toInt()});
            int count = 0;
            while (inner.next())
                ++count;
            QCOMPARE(count, 4 - outer.value(0).toInt());
        }
        // The outer reading was not disturbed by the inner ones.
        QCOMPARE(seen, (QList<int>{1, 2, 3}));
    }

    void givenBackFinished()
    {
        // Rollback-journal mode: a read left open holds a shared lock that an exclusive lock of
        // another connection cannot pass.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(m_dir.filePath(QStringLiteral("cache.sqlite")));
        other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QVERIFY(other.open());
        const QString sql = QStringLiteral("SELECT name FROM t WHERE id >= ? ORDER BY id");
        {
            Rows reading = run(sql, {1});
            QVERIFY(reading.next());
            QVERIFY_THROWS_EXCEPTION(SqlError, exec(other, QStringLiteral("BEGIN EXCLUSIVE")));
        }
        // Given back (read only in part): finished, so nothing is held.
        exec(other, QStringLiteral("BEGIN EXCLUSIVE"));
        exec(other, QStringLiteral("COMMIT"));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }

    void anInsertRunsTwiceOnTheKeptStatement()
    {
        const QString sql = QStringLiteral("INSERT INTO t (id, name) VALUES (?, ?)");
        QCOMPARE(run(sql, {10, QStringLiteral("ten")}).numRowsAffected(), 1);
        QCOMPARE(run(sql, {11, QStringLiteral("eleven")}).numRowsAffected(), 1);
        Rows count = run(QStringLiteral("SELECT COUNT(*) FROM t WHERE id > ?"), {9});
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 2);
    }

    void failuresThrowAndTheKeptStatementStillWorks()
    {
        QVERIFY_THROWS_EXCEPTION(SqlError, run(QStringLiteral("SELECT nope FROM t WHERE id = ?"), {1}));
        const QString insert = QStringLiteral("INSERT INTO t (id, name) VALUES (?, ?)");
        QVERIFY_THROWS_EXCEPTION(SqlError, run(insert, {20, QStringLiteral("ten")}));  // name is unique
        QCOMPARE(run(insert, {21, QStringLiteral("twenty-one")}).numRowsAffected(), 1);
    }

    void rowsOutliveClear()
    {
        Rows rows = run(QStringLiteral("SELECT name FROM t WHERE id = ?"), {2});
        m_cache.clear();
        QCOMPARE(m_cache.size(), 0);
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toString(), QStringLiteral("n2"));
    }
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_StatementCache.moc"
