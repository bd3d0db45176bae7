#pragma once

#include <QString>

namespace agentdesk {

// The pinyin initials of Chinese text ("保修政策" -> "bxzc"), so that an agent types a few Latin
// letters to find a Chinese reply, as Chinese input habits go. Letters and digits are kept
// (lower case); other characters are dropped. Derived from the Chinese collation, which orders
// characters by pinyin: each character falls between the first characters of two initials. Where
// the platform's collation does not order by pinyin, it gives an empty string rather than nonsense.
class PinyinInitials {
public:
    static QString of(const QString& text);
    static bool available();
};

} // namespace agentdesk
