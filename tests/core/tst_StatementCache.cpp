// sql::StatementCache and sql::SqliteStatements (SQLite's own API on Qt's connection), with
// sql::Rows, on a real SQLite file, each through the same cases: a statement is prepared once and
// run again, a nested use of the same statement while its rows are read gets its own, a statement
// is given back finished (no read left open), and failures throw without spoiling the kept one.
// Inputs tried: the same SELECT in sequence and nested, an INSERT twice, a wrong column, a
// constraint violation, a statement kept past clear(); through SQLite's API also every column
// type, NULL, Chinese text, a blob, a null string, the wrong number of values, two statements in
// one text, an empty one.

#include "sql/SqlExec.h"
#include "sql/StatementCache.h"
#ifdef AGENTDESK_SQLITE_API
#include "sql/SqliteStatements.h"
#endif

#include <QCoreApplication>

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace agentdesk::sql;

class TestStatementCache : public QObject {
    Q_OBJECT

public:
    explicit TestStatementCache(bool sqliteApi) : m_sqliteApi(sqliteApi) {}

private:
    bool m_sqliteApi;
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    StatementCache m_cache;
#ifdef AGENTDESK_SQLITE_API
    std::unique_ptr<SqliteStatements> m_native;
#endif

    Rows run(const QString& sql, std::initializer_list<QVariant> values)
    {
        const std::span<const QVariant> bindings(values.begin(), values.size());
#ifdef AGENTDESK_SQLITE_API
        if (m_native)
            return m_native->exec(sql, bindings);
#endif
        return m_cache.exec(m_db, sql, bindings);
    }
    int kept() const
    {
#ifdef AGENTDESK_SQLITE_API
        if (m_native)
            return m_native->size();
#endif
        return m_cache.size();
    }
    void clearKept()
    {
#ifdef AGENTDESK_SQLITE_API
        if (m_native)
            m_native->clear();
#endif
        m_cache.clear();
    }

private slots:
    void initTestCase()
    {
        const QString name = m_sqliteApi ? QStringLiteral("native") : QStringLiteral("cache");
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(m_db.open());
        if (m_sqliteApi) {
#ifdef AGENTDESK_SQLITE_API
            QString why;
            m_native = SqliteStatements::attach(m_db, &why);
            // Debian's Qt driver links the system SQLite: the fast path must be taken there.
            QVERIFY2(m_native, qPrintable(why));
#else
            QSKIP("built without SQLite's headers");
#endif
        }
        exec(m_db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"));
        for (int i = 1; i <= 3; ++i)
            run(QStringLiteral("INSERT INTO t (id, name) VALUES (?, ?)"), {i, QStringLiteral("n%1").arg(i)});
    }

    void aStatementIsPreparedOnceAndRunAgain()
    {
        const int before = kept();
        for (int i = 1; i <= 3; ++i) {
            Rows rows = run(QStringLiteral("SELECT name FROM t WHERE id = ?"), {i});
            QVERIFY(rows.next());
            QCOMPARE(rows.value(0).toString(), QStringLiteral("n%1").arg(i));
        }
        QCOMPARE(kept(), before + 1);
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
        const int before = kept();
        QVERIFY_THROWS_EXCEPTION(SqlError, run(QStringLiteral("SELECT nope FROM t WHERE id = ?"), {1}));
        QCOMPARE(kept(), before);  // nothing kept of a statement that did not prepare
        const QString insert = QStringLiteral("INSERT INTO t (id, name) VALUES (?, ?)");
        QVERIFY_THROWS_EXCEPTION(SqlError, run(insert, {20, QStringLiteral("ten")}));  // name is unique
        QCOMPARE(run(insert, {21, QStringLiteral("twenty-one")}).numRowsAffected(), 1);
    }

    void rowsOutliveClear()
    {
        Rows rows = run(QStringLiteral("SELECT name FROM t WHERE id = ?"), {2});
        clearKept();
        QCOMPARE(kept(), 0);
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toString(), QStringLiteral("n2"));
    }

    void valuesComeBackAsTheyWereStored()
    {
        run(QStringLiteral("CREATE TABLE v (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)"), {});
        const QString chinese = QStringLiteral("亲，您的订单已发出 ✓");
        const QByteArray blob("\0\x01\xff", 3);
        Rows insert = run(QStringLiteral("INSERT INTO v (i, r, s, b, n) VALUES (?, ?, ?, ?, ?)"),
                          {qint64(1) << 40, 2.5, chinese, blob, QVariant()});
        QVERIFY(insert.lastInsertId().toLongLong() > 0);
        QCOMPARE(insert.numRowsAffected(), 1);
        run(QStringLiteral("INSERT INTO v (i, s) VALUES (?, ?)"), {true, QString()});
        Rows rows = run(QStringLiteral("SELECT i, r, s, b, n FROM v WHERE i >= ? ORDER BY rowid"), {0});
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toLongLong(), qint64(1) << 40);
        QCOMPARE(rows.value(1).toDouble(), 2.5);
        QCOMPARE(rows.value(2).toString(), chinese);
        QCOMPARE(rows.value(3).toByteArray(), blob);
        QVERIFY(rows.value(4).isNull());
        QVERIFY(!rows.value(9).isValid());  // no such column
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 1);               // a bool is a number
        QCOMPARE(rows.value(2).toString(), QStringLiteral(""));  // a null string is '', not NULL
        QVERIFY(!rows.value(2).isNull());
        QVERIFY(!rows.next());
        QVERIFY(!rows.next());
    }

    void theWrongNumberOfValuesThrows()
    {
        if (!m_sqliteApi)
            QSKIP("Qt Sql's own check differs");
        QVERIFY_THROWS_EXCEPTION(SqlError, run(QStringLiteral("SELECT name FROM t WHERE id = ?"), {1, 2}));
        QVERIFY_THROWS_EXCEPTION(SqlError, run(QStringLiteral("SELECT name FROM t WHERE id = ?"), {}));
        // Two statements, or none: refused, not half run.
        QVERIFY_THROWS_EXCEPTION(SqlError, run(QStringLiteral("SELECT 1; DELETE FROM t"), {}));
        QVERIFY_THROWS_EXCEPTION(SqlError, run(QStringLiteral("  -- nothing"), {}));
        QVERIFY(run(QStringLiteral("SELECT 1;  "), {}).next());  // a trailing semicolon is one statement
        Rows rows = run(QStringLiteral("SELECT name FROM t WHERE id = ?"), {1});
        QVERIFY(rows.next());
        Rows count = run(QStringLiteral("SELECT COUNT(*) FROM t WHERE id > ?"), {0});
        QVERIFY(count.next());
        QVERIFY(count.value(0).toInt() >= 3);  // the DELETE did not run
    }

    void cleanupTestCase()
    {
#ifdef AGENTDESK_SQLITE_API
        m_native.reset();
#endif
        m_cache.clear();
        const QString name = m_db.connectionName();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestStatementCache throughQt(false);
    TestStatementCache throughSqlite(true);
    const int failedQt = QTest::qExec(&throughQt, argc, argv);
    const int failedSqlite = QTest::qExec(&throughSqlite, argc, argv);
    return failedQt + failedSqlite;
}

#include "tst_StatementCache.moc"
