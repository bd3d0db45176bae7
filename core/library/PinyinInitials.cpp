#include "library/PinyinInitials.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QMutex>

#include <array>

namespace agentdesk {

namespace {

// The first character of each initial in the collation's pinyin order (i, u and v start no
// syllable). Checked against ICU's order (Qt's collation on Linux) on a few hundred common
// characters: lists made for the GBK order (痳 妑 扨 它 穵) misplace 路, 日 and 他 there.
constexpr std::array<char16_t, 23> kBoundaries{u'阿', u'八', u'嚓', u'哒', u'妸', u'发', u'旮', u'哈', u'讥', u'咔', u'垃', u'妈',
                                               u'拏', u'噢', u'啪', u'七', u'呥', u'仨', u'他', u'屲', u'夕', u'丫', u'帀'};
constexpr char kInitials[] = "abcdefghjklmnopqrstwxyz";

bool isHan(QChar c)
{
    return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
}

class Table {
public:
    Table()
        : m_collator(QLocale(QLocale::Chinese, QLocale::China))
    {
        // A few characters of known initials: if the collation is not by pinyin, none are given.
        m_available = lookUp(u'七') == 'q' && lookUp(u'保') == 'b' && lookUp(u'尺') == 'c' && lookUp(u'物') == 'w'
            && lookUp(u'怎') == 'z';
    }

    bool available() const { return m_available; }

    char initial(QChar c)
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_known.constFind(c); it != m_known.cend())
            return *it;
        const char found = lookUp(c);
        m_known.insert(c, found);
        return found;
    }

private:
    char lookUp(QChar c) const
    {
        char found = 0;
        const QString text(c);
        for (size_t i = 0; i < kBoundaries.size(); ++i) {
            if (m_collator.compare(text, QString(QChar(kBoundaries[i]))) < 0)
                break;
            found = kInitials[i];
        }
        return found;
    }

    QCollator m_collator;
    QMutex m_mutex;
    QHash<QChar, char> m_known;  // the distinct characters of a library are a few thousand at most
    bool m_available = false;
};

Table& table()
{
    static Table instance;
    return instance;
}

} // namespace

bool PinyinInitials::available()
{
    return table().available();
}

QString PinyinInitials::of(const QString& text)
{
    Table& t = table();
    if (!t.available())
        return {};
    QString out;
    bool han = false;
    for (const QChar c : text) {
        if (isHan(c)) {
            han = true;
            if (const char initial = t.initial(c))
                out += QLatin1Char(initial);
        } else if (c.isLetterOrNumber() && c.unicode() < 0x80) {
            out += c.toLower();
        }
    }
    return han ? out : QString();  // text without Chinese has no initials to offer
}

} // namespace agentdesk
