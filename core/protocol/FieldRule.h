#pragma once

#include <QtGlobal>

namespace agentdesk::protocol {

// How a field is validated when read. Writers ignore it; the schema collector documents it.
struct FieldRule {
    bool required = true;
    qsizetype maxLength = 200;  // strings, in UTF-16 code units
    bool nonEmpty = false;      // strings
    qint64 min = 0;             // integers
    qint64 max = (qint64(1) << 53);
    qsizetype maxItems = 1000;  // lists
    bool idempotencyKey = false;
};

namespace rules {
inline constexpr FieldRule kId{.min = 1};
inline constexpr FieldRule kOptionalId{.required = false, .min = 0};
inline constexpr FieldRule kCount{.min = 0};
inline constexpr FieldRule kOptionalCount{.required = false, .min = 0};
inline constexpr FieldRule kTimestamp{.min = 0};
inline constexpr FieldRule kRequiredName{.nonEmpty = true};
inline constexpr FieldRule kShortText{};
inline constexpr FieldRule kOptionalShortText{.required = false};
inline constexpr FieldRule kOptionalText{.required = false, .maxLength = 2000};
// A BCP 47 or POSIX language name (zh_CN, zh-Hans, en); unknown ones mean English.
inline constexpr FieldRule kLanguage{.required = false, .maxLength = 35};
inline constexpr FieldRule kLongText{.maxLength = 2000};
inline constexpr FieldRule kMessageText{.maxLength = 4000, .nonEmpty = true};
inline constexpr FieldRule kSecret{.maxLength = 256, .nonEmpty = true};
inline constexpr FieldRule kKey{.maxLength = 64, .nonEmpty = true, .idempotencyKey = true};
inline constexpr FieldRule kEnum{};
inline constexpr FieldRule kOptionalEnum{.required = false};
inline constexpr FieldRule kList{.maxItems = 1000};
inline constexpr FieldRule kBigList{.maxItems = 100000};
inline constexpr FieldRule kFlag{.required = false};
inline constexpr FieldRule kObject{};
inline constexpr FieldRule kOptionalObject{.required = false};
inline constexpr FieldRule kLimit{.required = false, .min = 1, .max = 500};
// Conversations an agent serves at once (presence, a lead's change, a new account).
inline constexpr FieldRule kCapacity{.min = 0, .max = 50};
inline constexpr FieldRule kOptionalCapacity{.required = false, .min = 0, .max = 50};
// Image references are SHA-256 hex (media/ImageBlob.h); the data is base64 of at most 32 KiB.
inline constexpr FieldRule kImageId{.required = false, .maxLength = 64};
inline constexpr FieldRule kImageBase64{.maxLength = 43692, .nonEmpty = true};
} // namespace rules

} // namespace agentdesk::protocol
