#include "DatabasePeek.h"

#include "store/DatabaseLocation.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace agentdesk::test {
namespace {
QAtomicInteger<int> g_count;
}

DatabasePeek::DatabasePeek(const QString& location)
    : m_name(QStringLiteral("peek-%1").arg(g_count.fetchAndAddRelaxed(1)))
{
    const auto where = server::DatabaseLocation::parse(location, &m_error);
    if (!where)
        return;
    m_db = where->addConnection(m_name, &m_error);
    if (m_db.isValid() && !m_db.open())
        m_error = m_db.lastError().text();
    if (!m_error.isEmpty())
        qWarning("DatabasePeek: %s", qPrintable(m_error));
}

DatabasePeek::~DatabasePeek()
{
    m_db.close();
    m_db = {};
    QSqlDatabase::removeDatabase(m_name);
}

bool DatabasePeek::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    qWarning("DatabasePeek: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

qint64 DatabasePeek::scalar(const QString& sql)
{
    QSqlQuery q(m_db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString DatabasePeek::text(const QString& sql)
{
    QSqlQuery q(m_db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

QList<QVariantList> DatabasePeek::rows(const QString& sql)
{
    QList<QVariantList> out;
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        qWarning("DatabasePeek: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        out << row;
    }
    return out;
}

} // namespace agentdesk::test
