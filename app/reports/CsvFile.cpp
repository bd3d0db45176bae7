#include "reports/CsvFile.h"

#include <QSaveFile>

namespace agentdesk::app {

QString CsvFile::line(const QStringList& fields)
{
    QStringList quoted;
    for (QString f : fields) {
        if (!f.isEmpty() && QStringLiteral("=+-@").contains(f.front()))
            f.prepend(QLatin1Char('\''));
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')))
            f = QLatin1Char('"') + f.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        quoted << f;
    }
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString CsvFile::write(const QString& path, const QStringList& header, const QList<QStringList>& rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QString out = QStringLiteral("\xFEFF") + line(header);
    for (const QStringList& row : rows)
        out += line(row);
    file.write(out.toUtf8());
    return file.commit() ? QString() : file.errorString();
}

} // namespace agentdesk::app
