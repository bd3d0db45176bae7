// docs/PROTOCOL.md carries the frame tables generated from the code; this fails when a frame or
// a field changes without the document. AGENTDESK_UPDATE_DOCS=1 rewrites the section instead.

#include "protocol/ProtocolDoc.h"

#include <QFile>
#include <QTest>

class TestProtocolDoc : public QObject {
    Q_OBJECT
private slots:
    void documentMatchesTheFrameTable()
    {
        const QString path = QStringLiteral(AGENTDESK_SOURCE_DIR "/docs/PROTOCOL.md");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        const QString begin = QStringLiteral("<!-- BEGIN GENERATED FRAME TABLES -->\n");
        const QString end = QStringLiteral("<!-- END GENERATED FRAME TABLES -->");
        const qsizetype from = text.indexOf(begin);
        const qsizetype to = text.indexOf(end);
        QVERIFY2(from >= 0 && to > from, "docs/PROTOCOL.md lacks the generated-section markers");
        const QString expected = agentdesk::protocol::frameTablesMarkdown();
        const QString actual = text.mid(from + begin.size(), to - from - begin.size());
        if (actual != expected && qEnvironmentVariableIntValue("AGENTDESK_UPDATE_DOCS") == 1) {
            text.replace(from + begin.size(), to - from - begin.size(), expected);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text.toUtf8());
            return;
        }
        QVERIFY2(actual == expected,
                 "docs/PROTOCOL.md's frame tables are out of date: run AGENTDESK_UPDATE_DOCS=1 ./dev test -R tst_protocol_doc");
    }
};

QTEST_GUILESS_MAIN(TestProtocolDoc)
#include "tst_ProtocolDoc.moc"
