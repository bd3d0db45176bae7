#pragma once

#include <QStringList>

namespace agentdesk::app {

// CSV as spreadsheets read it: UTF-8 with a byte-order mark, CRLF lines, quoted where needed,
// and cells that a spreadsheet would run as a formula (= + - @) kept as text.
class CsvFile {
public:
    static QString line(const QStringList& fields);
    // Writes the header and rows atomically; returns an error message, empty on success.
    static QString write(const QString& path, const QStringList& header, const QList<QStringList>& rows);
};

} // namespace agentdesk::app
