// Both languages stay complete: every string that the sources pass through tr() is in each .ts
// file with a finished, non-empty translation. Fails when a new visible string lacks Chinese.
// Two sets: the workstation's (ui, app, desktop) and the server's texts to people (server,
// marked with AGENTDESK_SERVER_TEXTS, see server/i18n/ServerText.h).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry {
    QString context;
    QString source;
    QString translation;
    QString type;
};

QList<Entry> readTs(const QString& path)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            current = Entry{context, {}, {}, {}};
        else if (xml.name() == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms are child elements (<numerusform>): their text counts as the translation.
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            entries.append(current);
        }
    }
    // A file the reader cannot parse to the end must not pass for a complete one.
    if (xml.hasError())
        qWarning() << path << "line" << xml.lineNumber() << xml.errorString();
    return xml.hasError() ? QList<Entry>{} : entries;
}

QSet<QString> keys(const QList<Entry>& entries)
{
    QSet<QString> out;
    for (const Entry& e : entries)
        out.insert(e.context + QLatin1String("::") + e.source);
    return out;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("zh_CN") << QStringLiteral(AGENTDESK_SOURCE_DIR "/i18n/agentdesk_zh_CN.ts");
        QTest::newRow("en") << QStringLiteral(AGENTDESK_SOURCE_DIR "/i18n/agentdesk_en.ts");
        QTest::newRow("server zh_CN") << QStringLiteral(AGENTDESK_SOURCE_DIR "/i18n/agentdesk_server_zh_CN.ts");
        QTest::newRow("server en") << QStringLiteral(AGENTDESK_SOURCE_DIR "/i18n/agentdesk_server_en.ts");
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, file);
        const QList<Entry> entries = readTs(file);
        QVERIFY2(entries.size() > 50, qPrintable(file));
        for (const Entry& e : entries) {
            QVERIFY2(e.type.isEmpty(), qPrintable(QStringLiteral("%1: \"%2\" is %3").arg(e.context, e.source, e.type)));
            QVERIFY2(!e.translation.isEmpty(), qPrintable(QStringLiteral("%1: \"%2\" has no translation").arg(e.context, e.source)));
        }
    }

    void theFilesCoverEveryStringInTheSources_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("workstation") << QStringList{QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("desktop")}
                                     << QStringList{QStringLiteral("agentdesk_zh_CN.ts"), QStringLiteral("agentdesk_en.ts")};
        QTest::newRow("server") << QStringList{QStringLiteral("-tr-function-alias"),
                                               QStringLiteral("Q_DECLARE_TR_FUNCTIONS+=AGENTDESK_SERVER_TEXTS"), QStringLiteral("server")}
                                << QStringList{QStringLiteral("agentdesk_server_zh_CN.ts"), QStringLiteral("agentdesk_server_en.ts")};
    }

    void theFilesCoverEveryStringInTheSources()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, files);
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(AGENTDESK_SOURCE_DIR));
        lupdate.start(QStringLiteral(AGENTDESK_LUPDATE), QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")}
                                                            + arguments + QStringList{QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QSet<QString> inSources = keys(readTs(fresh));
        QVERIFY(!inSources.isEmpty());
        for (const QString& file : files) {
            const QSet<QString> translated = keys(readTs(QStringLiteral(AGENTDESK_SOURCE_DIR "/i18n/") + file));
            const QSet<QString> missing = inSources - translated;
            QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in %1 (run the update_translations target and translate): ").arg(file)
                                                   + QStringList(missing.values()).join(QStringLiteral(" | "))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_Translations.moc"
