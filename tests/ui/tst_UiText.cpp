// Money, dates and times follow the user's locale: yuan with two decimals and group separators,
// and the locale's own short date and time forms (zh_CN and en_US tried, plus 0, 5 fen and a
// negative amount).

#include "UiText.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using agentdesk::ui::UiText;

class TestUiText : public QObject {
    Q_OBJECT

    static qint64 at(int hour, int minute) { return QDateTime(QDate(2026, 11, 25), QTime(hour, minute)).toMSecsSinceEpoch(); }

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void moneyIsYuanWithTwoDecimals_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zh_CN thousands") << QStringLiteral("zh_CN") << qint64(123456789) << QStringLiteral("¥1,234,567.89");
        QTest::newRow("zh_CN whole") << QStringLiteral("zh_CN") << qint64(529900) << QStringLiteral("¥5,299.00");
        QTest::newRow("zh_CN fen") << QStringLiteral("zh_CN") << qint64(5) << QStringLiteral("¥0.05");
        QTest::newRow("zh_CN zero") << QStringLiteral("zh_CN") << qint64(0) << QStringLiteral("¥0.00");
        QTest::newRow("zh_CN refund") << QStringLiteral("zh_CN") << qint64(-1250) << QStringLiteral("-¥12.50");
        QTest::newRow("en_US") << QStringLiteral("en_US") << qint64(529900) << QStringLiteral("¥5,299.00");
        // A locale that groups and separates differently shows it its way.
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << qint64(529900) << QStringLiteral("¥5.299,00");
    }

    void moneyIsYuanWithTwoDecimals()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, cents);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(UiText::money(cents), expected);
    }

    void datesAndTimesFollowTheLocale()
    {
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        QCOMPARE(UiText::timeOfDay(at(14, 5)), QStringLiteral("14:05"));
        QCOMPARE(UiText::date(at(14, 5)), QStringLiteral("2026/11/25"));
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        QCOMPARE(UiText::timeOfDay(at(14, 5)).simplified(), QStringLiteral("2:05 PM"));  // Qt may put a narrow no-break space before PM
        QCOMPARE(UiText::date(at(14, 5)), QStringLiteral("11/25/26"));
    }

    void variablesAreNamedForReading()
    {
        QCOMPARE(UiText::withVariableNames(QStringLiteral("Is {product.name} the one, {customer.name}? {unknown.thing} {order}")),
                 QStringLiteral("Is {product name} the one, {customer's name}? {unknown.thing} {order}"));
        QCOMPARE(UiText::withVariableNames(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestUiText)
#include "tst_UiText.moc"
