#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <string_view>

namespace ck {

// GS1 element strings on materials, reagents and kits. Source: GS1 General Specifications (the
// application identifier definitions, "Standard check digit calculations", "Determination of
// century in dates" 7.12, the FNC1 separator rules, character set 82) and the GS1 Barcode Syntax
// Dictionary for the AI formats:
//   (01) GTIN             N14, last digit a mod-10 check digit
//   (10) batch/lot        X..20
//   (11) production date  N6 YYMMDD
//   (17) expiry date      N6 YYMMDD, DD 00 = last day of the month
//   (21) serial number    X..20
// Other AIs are refused by name: Chainkeeper would not know what the material's record needs
// from them, and in a raw scan it could not know where they end.
struct Gs1Element
{
    QString ai;    // "01", "10", ...
    QString value; // the data as scanned
};

struct Gs1Message
{
    QList<Gs1Element> elements; // in scan order
    QString gtin;
    QString lot;
    QString serial;
    QString expiryRaw;     // YYMMDD as scanned
    QDate expiry;          // day 00 resolved to the month's last day
    QString productionRaw; // YYMMDD as scanned
    QDate production;      // day 00: the first of the month, see productionDayGiven
    bool productionDayGiven = true;

    // "(01)09521234543213(10)ABC123(17)251231": the elements in AI order, so two scans of one
    // item give one text whatever order the symbol carried them in. A '(' in a value is written
    // "\(", so the text parses back (parseParenthesised) to the same elements.
    QString normalized() const;
};

namespace Gs1Parser {

// "(01)09521234543213(17)251231(10)ABC123", as printed under the bar code; "\(" is a '(' in
// the data.
Result<Gs1Message> parseParenthesised(std::string_view text, QDate today);
// "01095212345432131725123110ABC123<GS>21XYZ" as a scanner sends it, variable-length fields
// ended by GS (ASCII 29) unless last. One leading GS (an FNC1 some scanners transmit) is skipped.
Result<Gs1Message> parseRaw(std::string_view data, QDate today);

// The mod-10 check digit over the digits before it (weights 3, 1, 3, ... from the right).
int checkDigit(std::string_view digitsWithoutCheck);

// YYMMDD's century by GS1's sliding window (General Specifications 7.12): a year 51 to 99 ahead of
// today's two digits is in the previous century, one 50 to 99 behind in the next century.
int yearOf(int twoDigitYear, QDate today);

} // namespace Gs1Parser
} // namespace ck
