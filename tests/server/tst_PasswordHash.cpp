#include "auth/PasswordHash.h"

#include <QTest>

using agentdesk::server::PasswordHash;

class TestPasswordHash : public QObject {
    Q_OBJECT
private slots:
    void verifiesOnlyTheRightPassword()
    {
        const QString stored = PasswordHash::make(QStringLiteral("s3cret 密码"), 1000);
        QVERIFY(stored.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
        QVERIFY(!stored.contains(QStringLiteral("s3cret")));
        QVERIFY(PasswordHash::verify(QStringLiteral("s3cret 密码"), stored));
        QVERIFY(!PasswordHash::verify(QStringLiteral("s3cret"), stored));
        QVERIFY(!PasswordHash::verify(QString(), stored));
    }

    void saltsDiffer()
    {
        QVERIFY(PasswordHash::make(QStringLiteral("a"), 1000) != PasswordHash::make(QStringLiteral("a"), 1000));
    }

    void malformedStoredHashesNeverVerify()
    {
        for (const char* stored : {"", "plain", "pbkdf2-sha256$x$abc$def", "md5$1000$abc$def", "pbkdf2-sha256$0$abc$def",
                                   "pbkdf2-sha256$99999999999$abc$def", "pbkdf2-sha256$1000$$"})
            QVERIFY2(!PasswordHash::verify(QStringLiteral("a"), QLatin1String(stored)), stored);
    }
};

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_PasswordHash.moc"
