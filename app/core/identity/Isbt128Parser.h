#pragma once

#include "common/Result.h"
#include "identity/ChainOfIdentity.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>
#include <string_view>
#include <variant>

namespace ck {

// ISBT 128 data structures read from cellular therapy labels. Source: ICCBBA, ISBT 128 Standard
// Technical Specification ST-001 v6.2.2 (2023): Table 2 [RT003] for the data identifiers, section
// 2.4.x for each structure, Table 3 [RT004] for the DIN flags, Appendix A for the check character.

// Donation Identification Number, data structure 001: "=αppppyynnnnnnff" in the bar code; the 13
// characters and the boxed check character K in eye-readable text.
struct IsbtDin
{
    enum class Form
    {
        Barcode,
        EyeReadable
    };
    // Table 3 [RT004]: what the two flag characters mean.
    enum class FlagType
    {
        None,                 // 00
        IccbbaProcessControl, // 01-19: container of a set, pilot tube, ...
        LocalProcessControl,  // 20-59: defined by the facility, meaningless elsewhere
        CheckCharacter,       // 60-96: 60 + the ISO 7064 Mod 37-2 check value ("type 3")
        Reserved,             // 97-99 and alphanumeric flags: reserved for future assignment
        NotScanned            // eye-readable form: flags are not part of it
    };

    QString din;      // the 13 characters that identify the donation: facility + year + sequence
    QString facility; // αpppp, Facility Identification Number (FIN)
    QString year;     // yy, nominal year the DIN was assigned
    QString sequence; // nnnnnn
    QString flags;    // ff as scanned; empty in the eye-readable form
    FlagType flagType = FlagType::None;
    QChar checkCharacter; // K computed from the 13 characters
    // The scan carried a check (a typed K, or type 3 flags) and it matched. A bar code with other
    // flags carries no check: the symbology's own check protects it.
    bool checkVerified = false;
    Form form = Form::Barcode;

    // As printed: "G1234 17 654321 A".
    QString eyeReadable() const;
};

// Product Code, data structure 003: "=<αooootds".
struct IsbtProductCode
{
    QString code;                   // αooootds
    QString productDescriptionCode; // αoooo, looked up in ICCBBA's (licensed) PDC database
    QString category;               // what α says: "cellular therapy", "tissue", ...
    QString collectionType;         // t, for the categories where it is one; empty otherwise
    QString division;               // ds, or tds for the categories with a 3-digit division
};

// Expiration (004 "=>cyyjjj", 005 "&>cyyjjjhhmm") and collection (006 "=*cyyjjj",
// 007 "&*cyyjjjhhmm") dates.
struct IsbtDateTime
{
    enum class Event
    {
        Expiration,
        Collection
    };
    Event event = Event::Expiration;
    int dataStructure = 0; // 4, 5, 6 or 7
    QString raw;           // cyyjjj or cyyjjjhhmm
    QDate date;
    // Absent for 004 and 006. For 004 the item expires at the end of `date` (ST-001 2.4.4).
    std::optional<QTime> time;
};

using IsbtStructure = std::variant<IsbtDin, IsbtProductCode, IsbtDateTime, IsbtCoi>;

namespace Isbt128 {

// Data that begins with an ISBT 128 data identifier ('=' or '&'): reads the identifier, then the
// structure it names. Structures Chainkeeper does not read are refused by name.
Result<IsbtStructure> parse(std::string_view data);

Result<IsbtDin> parseDin(std::string_view data);            // "=G12341765432170"
Result<IsbtDin> parseEyeReadableDin(std::string_view text); // "G1234 17 654321 A"
Result<IsbtProductCode> parseProductCode(std::string_view data);
Result<IsbtDateTime> parseDateTime(std::string_view data);

// ISBT 128 dates: century digit, year in century, ordinal day ("Julian date"). ST-001 does not
// spell out the century arithmetic; c counts centuries from 2000 (0 = 2000-2099), as the worked
// example of ST-012 v1.4.0 section 6.2 shows: expiration "&>0183652359" is the same product's
// expiry 2018-12-31 in its Single European Code.
int yearOf(int centuryDigit, int yearInCentury);

// The length of the structure `data` starts with (data identifier included), for the structures
// Chainkeeper reads; nothing for any other identifier. Every one of them has a fixed length, which
// is what lets ISBT 128 concatenate them without separators.
std::optional<std::size_t> structureLength(std::string_view data);

// Text that reads as an eye-readable DIN (13 or 14 characters once spaces are taken out, a
// facility number first): used to word the error for a damaged one.
bool looksLikeEyeReadableDin(std::string_view text);

} // namespace Isbt128
} // namespace ck
