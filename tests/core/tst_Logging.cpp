// Structured logs: with json set, every line of the log file is one JSON object with the time,
// level, category and message, whatever the message holds. Messages tried: quotes and
// backslashes, a newline, Chinese, braces that look like a format string, an empty one.

#include "log/Logging.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/spdlog.h>

Q_LOGGING_CATEGORY(lcTest, "agentdesk.test.logging")

class TestLogging : public QObject {
    Q_OBJECT
private slots:
    void jsonLinesAreValidJson()
    {
        QTemporaryDir dir;
        agentdesk::initLogging({QStringLiteral("logtest"), dir.path(), false, true, true});
        const QStringList messages{QStringLiteral("a \"quoted\" \\ path"), QStringLiteral("two\nlines"),
                                   QStringLiteral("客户已下单"), QStringLiteral("{} {0} %s"), QString()};
        for (const QString& m : messages)
            qCWarning(lcTest).noquote() << m;
        qCInfo(lcTest) << "an info";
        spdlog::default_logger()->flush();

        QFile file(dir.filePath(QStringLiteral("logtest.log")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), messages.size() + 1);
        for (int i = 0; i < lines.size(); ++i) {
            QJsonParseError error;
            const QJsonObject line = QJsonDocument::fromJson(lines[i], &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, lines[i].constData());
            QCOMPARE(line.value(QStringLiteral("category")).toString(), QStringLiteral("agentdesk.test.logging"));
            QVERIFY(QDateTime::fromString(line.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).isValid());
            if (i < messages.size()) {
                QCOMPARE(line.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
                QCOMPARE(line.value(QStringLiteral("message")).toString(), messages[i]);
            } else {
                QCOMPARE(line.value(QStringLiteral("level")).toString(), QStringLiteral("info"));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_Logging.moc"
