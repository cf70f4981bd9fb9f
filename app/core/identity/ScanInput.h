#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <string_view>

namespace ck {

// What a scanner (or a person at a keyboard) sent, checked before any parser sees it: only
// printable ASCII and the GS separator, at most kMaxLength bytes, and with the AIM symbology
// identifier (ISO/IEC 15424: ']' + symbology letter + modifier) taken off and recorded. Labels
// never carry anything else, so anything else is a damaged read or the wrong keyboard layout, and
// refusing it here means no parser has to handle it.
struct ScanInput
{
    QByteArray data;   // without the symbology identifier and the scanner's line ending
    QString symbology; // "]C0", "]d2", ... or empty when the scanner sent none
    // The symbology identifier says the symbol began with FNC1: a GS1 symbol (GS1-128, GS1
    // DataMatrix, GS1 QR Code, GS1 DataBar, GS1 DotCode).
    bool gs1Symbology = false;
    bool hasGroupSeparator = false;
};

namespace scan {

// Longer than any label structure Chainkeeper reads (the longest, a GS1 string with a 20-character
// lot and serial, is well under 100): a longer "scan" is a stuck key or pasted text.
inline constexpr qsizetype kMaxLength = 512;
// GS1's FNC1 separator as scanners transmit it (ASCII 29).
inline constexpr char kGroupSeparator = '\x1d';

Result<ScanInput> read(const QByteArray &raw);

// A human name for a symbology identifier, for the JSON ("Code 128", "GS1 DataMatrix", ...).
QString symbologyName(const QString &identifier);

// `text` quoted for an error message: printable ASCII as is, anything else as <GS> or \xNN, cut
// after 40 characters, so an error line stays one readable line whatever was scanned.
QString quoted(std::string_view text);

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
inline bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
inline bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
inline bool allDigits(std::string_view s)
{
    for (const char c : s)
        if (!isDigit(c))
            return false;
    return true;
}
// Digits as a number; callers check allDigits first and pass at most 9 digits.
int number(std::string_view digits);

inline std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}
inline QString latin1(std::string_view s)
{
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace scan
} // namespace ck
