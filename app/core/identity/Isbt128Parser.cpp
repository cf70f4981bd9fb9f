#include "identity/Isbt128Parser.h"

#include "identity/Mod37_2.h"
#include "identity/ScanInput.h"

#include <array>

namespace ck {

namespace {

using scan::allDigits;
using scan::isDigit;
using scan::isLower;
using scan::isUpper;
using scan::quoted;

constexpr std::size_t kDinLength = 13;

// ST-001 2.4.1: α is {A-N, P-Z, 1-9}; the next two FIN characters {A-N, P-Z, 0-9}, then two
// digits. The letter O never appears, so it cannot be misread as zero.
bool isFinFirst(char c)
{
    return (isUpper(c) && c != 'O') || (c >= '1' && c <= '9');
}
bool isFinMiddle(char c)
{
    return (isUpper(c) && c != 'O') || isDigit(c);
}
// Flag characters: {0-9, A-H, J-N, P, R-Y} (ST-001 2.4.1).
bool isFlagChar(char c)
{
    return isDigit(c) || (isUpper(c) && c != 'I' && c != 'O' && c != 'Q' && c != 'Z');
}

// The data identifiers of ST-001 Table 2 [RT003] that Chainkeeper recognises but does not read,
// so that a wrong bar code is refused by name ("that is the blood group, not the product code").
struct Named
{
    std::string_view identifier;
    const char *number;
    const char *name;
};
constexpr std::array kOtherStructures{
    Named{"=%", "002", "Blood Groups [ABO and RhD]"},
    Named{"=}", "008", "Production Date"},
    Named{"&}", "009", "Production Date and Time"},
    Named{"&(", "010", "Special Testing: General"},
    Named{"={", "011", "Special Testing: Red Blood Cell Antigens (retired)"},
    Named{"=\\", "012", "Special Testing: Red Blood Cell Antigens - General"},
    Named{"&\\", "013", "Special Testing: Red Blood Cell Antigens - Finnish"},
    Named{"&{", "014", "Special Testing: Platelet HLA and Platelet Specific Antigens"},
    Named{"=[", "015", "Special Testing: HLA-A and -B Alleles (retired)"},
    Named{"=\"", "016", "Special Testing: HLA-DRB1 Alleles (retired)"},
    Named{"=)", "017", "Container Manufacturer and Catalog Number"},
    Named{"&)", "018", "Container Lot Number"},
    Named{"=;", "019", "Donor Identification Number"},
    Named{"='", "020", "Staff Member Identification Number"},
    Named{"=-", "021", "Manufacturer and Catalog Number: Items Other Than Containers"},
    Named{"&-", "022", "Lot Number: Items Other Than Containers"},
    Named{"=+", "023", "Compound Message"},
    Named{"=#", "024", "Patient Date of Birth"},
    Named{"&#", "025", "Patient Identification Number"},
    Named{"=]", "026", "Expiration Month and Year"},
    Named{"&\"", "027", "Transfusion Transmitted Infection Marker"},
    Named{"=$", "028", "Product Consignment"},
    Named{"&$", "029", "Dimensions"},
    Named{"&%", "030", "Red Cell Antigens with Test History"},
    Named{"=(", "031", "Flexible Date and Time"},
    Named{"=,", "032", "Product Divisions"},
    Named{"&+", "033", "Processing Facility Information Code"},
    Named{"=/", "034", "Processor Product Identification Code"},
    Named{"&,1", "035", "MPHO Lot Number"},
    Named{"&,2", "036", "MPHO Supplemental Identification Number"},
    Named{"&,3", "037", "Global Registration Identifier for Donors (retired)"},
    Named{"&,4", "038", "Single European Code"},
    Named{"&:", "039", "Global Registration Identifier for Donors"},
    Named{"&;", "-", "nationally specified Donor Identification Number"},
    Named{"&!", "-", "Confidential Unit Exclusion Status"},
};

const QString kReads = QStringLiteral(
    "Chainkeeper reads the DIN (=), product code (=<), expiration (=> &>) and collection (=* &*) "
    "dates and the chain of identity identifier (&/)");

Error notRead(std::string_view data)
{
    for (const Named &n : kOtherStructures) {
        if (data.substr(0, n.identifier.size()) == n.identifier)
            return Error::badInput(QStringLiteral("%1 is ISBT 128 %2 (data identifier %3%4); %5")
                                       .arg(quoted(data), QString::fromLatin1(n.name),
                                            scan::latin1(n.identifier),
                                            QString::fromLatin1(n.number) == QLatin1String("-")
                                                ? QString()
                                                : QStringLiteral(", data structure %1")
                                                      .arg(QString::fromLatin1(n.number)),
                                            kReads));
    }
    if (data.size() >= 2 && data[0] == '&' && isLower(data[1]))
        return Error::badInput(
            QStringLiteral("%1 is a data structure not defined by ICCBBA (data identifier %2, "
                           "reserved for facility or national use); %3")
                .arg(quoted(data), scan::latin1(data.substr(0, 2)), kReads));
    if (data.size() >= 2 && data[0] == '=' && (data[1] == 'O' || data[1] == '0'))
        return Error::badInput(
            QStringLiteral("%1 is not an ISBT 128 data identifier: a DIN's "
                           "facility number never starts with %2")
                .arg(quoted(data.substr(0, 2)),
                     data[1] == 'O' ? QStringLiteral("the letter O") : QStringLiteral("0")));
    return Error::badInput(QStringLiteral("%1 starts with %2, which is not an ISBT 128 data "
                                          "identifier; %3")
                               .arg(quoted(data), quoted(data.substr(0, 2)), kReads));
}

// Checks the 13 DIN characters; `label` says which input they came from, for the message.
std::optional<Error> checkDinCharacters(std::string_view din, const QString &label)
{
    const std::string_view fin = din.substr(0, 5);
    if (!isFinFirst(fin[0]) || !isFinMiddle(fin[1]) || !isFinMiddle(fin[2]) ||
        !allDigits(fin.substr(3, 2)))
        return Error::badInput(
            QStringLiteral("%1: facility identification number %2 must be a letter other than O "
                           "or a digit 1-9, two letters (not O) or digits, then two digits")
                .arg(label, quoted(fin)));
    if (!allDigits(din.substr(5, 2)))
        return Error::badInput(
            QStringLiteral("%1: year %2 must be two digits").arg(label, quoted(din.substr(5, 2))));
    if (!allDigits(din.substr(7, 6)))
        return Error::badInput(QStringLiteral("%1: sequence number %2 must be six digits")
                                   .arg(label, quoted(din.substr(7, 6))));
    return std::nullopt;
}

IsbtDin dinFields(std::string_view din)
{
    IsbtDin d;
    d.din = scan::latin1(din);
    d.facility = scan::latin1(din.substr(0, 5));
    d.year = scan::latin1(din.substr(5, 2));
    d.sequence = scan::latin1(din.substr(7, 6));
    // The characters were checked: every one is in the Mod 37-2 alphabet.
    d.checkCharacter = QLatin1Char(Mod37_2::checkCharacter(din).value_or('?'));
    return d;
}

Result<IsbtDateTime> parseDateContent(std::string_view data, IsbtDateTime::Event event,
                                      int structure, bool withTime)
{
    const QString what =
        QStringLiteral("%1 %2 (%3)")
            .arg(event == IsbtDateTime::Event::Expiration ? QStringLiteral("expiration")
                                                          : QStringLiteral("collection"),
                 withTime ? QStringLiteral("date and time") : QStringLiteral("date"),
                 scan::latin1(data.substr(0, 2)));
    const std::string_view content = data.substr(2);
    const std::size_t want = withTime ? 10 : 6;
    if (content.size() != want)
        return Error::badInput(
            QStringLiteral("ISBT 128 %1 needs %2 digits after the data "
                           "identifier (%3), %4 has %5")
                .arg(what)
                .arg(want)
                .arg(withTime ? QStringLiteral("cyyjjjhhmm") : QStringLiteral("cyyjjj"),
                     quoted(data))
                .arg(content.size()));
    if (!allDigits(content))
        return Error::badInput(
            QStringLiteral("ISBT 128 %1 %2 must be digits only").arg(what, quoted(data)));
    const int year =
        Isbt128::yearOf(scan::number(content.substr(0, 1)), scan::number(content.substr(1, 2)));
    const int day = scan::number(content.substr(3, 3));
    const int daysInYear = QDate::isLeapYear(year) ? 366 : 365;
    if (day == 0)
        return Error::badInput(QStringLiteral("ISBT 128 %1 %2: day 000 does not exist (days of "
                                              "the year count from 001)")
                                   .arg(what, quoted(data)));
    if (day > daysInYear)
        return Error::badInput(QStringLiteral("ISBT 128 %1 %2: day %3 of %4 does not exist (%4 "
                                              "has %5 days)")
                                   .arg(what, quoted(data))
                                   .arg(day, 3, 10, QLatin1Char('0'))
                                   .arg(year)
                                   .arg(daysInYear));
    IsbtDateTime d;
    d.event = event;
    d.dataStructure = structure;
    d.raw = scan::latin1(content);
    d.date = QDate(year, 1, 1).addDays(day - 1);
    if (withTime) {
        const int hour = scan::number(content.substr(6, 2));
        const int minute = scan::number(content.substr(8, 2));
        if (hour > 23)
            return Error::badInput(QStringLiteral("ISBT 128 %1 %2: hour %3 (hours run 00 to 23; "
                                                  "end of day is 2359)")
                                       .arg(what, quoted(data))
                                       .arg(hour));
        if (minute > 59)
            return Error::badInput(
                QStringLiteral("ISBT 128 %1 %2: minute %3 (minutes run 00 to 59)")
                    .arg(what, quoted(data))
                    .arg(minute));
        d.time = QTime(hour, minute);
    }
    return d;
}

} // namespace

QString IsbtDin::eyeReadable() const
{
    return QStringLiteral("%1 %2 %3 %4").arg(facility, year, sequence, QString(checkCharacter));
}

namespace Isbt128 {

int yearOf(int centuryDigit, int yearInCentury)
{
    return 2000 + 100 * centuryDigit + yearInCentury;
}

Result<IsbtDin> parseDin(std::string_view data)
{
    const QString label = QStringLiteral("DIN bar code %1").arg(quoted(data));
    if (data.empty() || data[0] != '=')
        return Error::badInput(QStringLiteral("%1 does not start with '='").arg(label));
    const std::string_view content = data.substr(1);
    if (content.size() != kDinLength + 2)
        return Error::badInput(QStringLiteral("%1 has %2 characters after '='; a DIN bar code "
                                              "has 15 (facility, year, sequence, 2 flags)")
                                   .arg(label)
                                   .arg(content.size()));
    const std::string_view din = content.substr(0, kDinLength);
    if (std::optional<Error> e = checkDinCharacters(din, label))
        return *e;
    const std::string_view flags = content.substr(kDinLength, 2);
    if (!isFlagChar(flags[0]) || !isFlagChar(flags[1]))
        return Error::badInput(QStringLiteral("%1: flag characters %2 must be digits or the "
                                              "letters A-H, J-N, P, R-Y")
                                   .arg(label, quoted(flags)));
    IsbtDin d = dinFields(din);
    d.form = IsbtDin::Form::Barcode;
    d.flags = scan::latin1(flags);
    if (!allDigits(flags)) {
        d.flagType = IsbtDin::FlagType::Reserved;
        return d;
    }
    const int f = scan::number(flags);
    if (f == 0)
        d.flagType = IsbtDin::FlagType::None;
    else if (f <= 19)
        d.flagType = IsbtDin::FlagType::IccbbaProcessControl;
    else if (f <= 59)
        d.flagType = IsbtDin::FlagType::LocalProcessControl;
    else if (f <= 96) {
        d.flagType = IsbtDin::FlagType::CheckCharacter;
        const QChar carried = QLatin1Char(Mod37_2::characterFor(f - Mod37_2::kFlagOffset));
        if (carried != d.checkCharacter)
            return Error::badInput(
                QStringLiteral("DIN flags %1 carry check character '%2', the number %3 computes "
                               "'%4'")
                    .arg(d.flags, QString(carried), d.din, QString(d.checkCharacter)));
        d.checkVerified = true;
    } else
        d.flagType = IsbtDin::FlagType::Reserved;
    return d;
}

Result<IsbtDin> parseEyeReadableDin(std::string_view text)
{
    // Printed as "G1234 17 654321" with K boxed beside it; people type it with or without the
    // spaces, and in either case.
    std::string compact;
    for (const char c : text) {
        if (c == ' ')
            continue;
        compact += isLower(c) ? static_cast<char>(c - 'a' + 'A') : c;
        if (compact.size() > kDinLength + 1)
            break;
    }
    const QString label = QStringLiteral("eye-readable DIN %1").arg(quoted(text));
    if (compact.size() == kDinLength)
        return Error::badInput(QStringLiteral("%1 has no check character: type the boxed "
                                              "character printed after the number")
                                   .arg(label));
    if (compact.size() != kDinLength + 1)
        return Error::badInput(QStringLiteral("%1 must be the 13 characters of the number and "
                                              "the check character (14, spaces aside)")
                                   .arg(label));
    const std::string_view din = std::string_view(compact).substr(0, kDinLength);
    if (std::optional<Error> e = checkDinCharacters(din, label))
        return *e;
    const char typed = compact[kDinLength];
    if (Mod37_2::valueOf(typed) < 0)
        return Error::badInput(QStringLiteral("%1: check character %2 must be a digit, a capital "
                                              "letter or '*'")
                                   .arg(label, quoted(std::string_view(&typed, 1))));
    IsbtDin d = dinFields(din);
    d.form = IsbtDin::Form::EyeReadable;
    d.flagType = IsbtDin::FlagType::NotScanned;
    if (QLatin1Char(typed) != d.checkCharacter)
        return Error::badInput(QStringLiteral("DIN check character is '%1', the number %2 "
                                              "computes '%3'")
                                   .arg(QLatin1Char(typed))
                                   .arg(d.din, QString(d.checkCharacter)));
    d.checkVerified = true;
    return d;
}

Result<IsbtProductCode> parseProductCode(std::string_view data)
{
    const QString label = QStringLiteral("product code %1").arg(quoted(data));
    if (data.substr(0, 2) != "=<")
        return Error::badInput(
            QStringLiteral("%1 does not start with the data identifier =<").arg(label));
    const std::string_view c = data.substr(2);
    if (c.size() != 8)
        return Error::badInput(QStringLiteral("%1 has %2 characters after =<; a product code has "
                                              "8 (product description code, then 3)")
                                   .arg(label)
                                   .arg(c.size()));
    // Character sets of ST-001 2.4.3: α {A-Z}, oooo {A-Z 0-9}, t {A-Z a-z 0-9}, d {A-Z 0-9},
    // s {a-z 0-9}.
    if (!isUpper(c[0]))
        return Error::badInput(
            QStringLiteral("%1: the product description code must start with a capital letter")
                .arg(label));
    for (std::size_t i = 1; i < 5; ++i)
        if (!isUpper(c[i]) && !isDigit(c[i]))
            return Error::badInput(QStringLiteral("%1: product description code %2 may hold only "
                                                  "capital letters and digits")
                                       .arg(label, quoted(c.substr(0, 5))));
    if (!isUpper(c[5]) && !isLower(c[5]) && !isDigit(c[5]))
        return Error::badInput(
            QStringLiteral("%1: character 6 must be a letter or a digit").arg(label));
    if (!isUpper(c[6]) && !isDigit(c[6]))
        return Error::badInput(
            QStringLiteral("%1: character 7 must be a capital letter or a digit").arg(label));
    if (!isLower(c[7]) && !isDigit(c[7]))
        return Error::badInput(
            QStringLiteral("%1: character 8 must be a small letter or a digit").arg(label));

    IsbtProductCode p;
    p.code = scan::latin1(c);
    p.productDescriptionCode = scan::latin1(c.substr(0, 5));
    const std::string_view tds = c.substr(5);
    // What α says (ST-001 2.4.3, mapping of α values), and so what tds means.
    enum class Tds
    {
        CollectionAndDivision,
        ThreeDigitDivision,
        Reserved,
        National
    };
    Tds kind = Tds::CollectionAndDivision;
    switch (c[0]) {
    case 'E':
    case 'F':
        p.category = QStringLiteral("blood component");
        break;
    case 'H':
        p.category = QStringLiteral("MPHO with INN/USAN name");
        break;
    case 'P':
        p.category = QStringLiteral("regenerated tissue");
        break;
    case 'S':
        p.category = QStringLiteral("cellular therapy");
        break;
    case 'X':
        p.category = c[1] == '0' ? QStringLiteral("plasma derivative")
                                 : QStringLiteral("other blood product");
        kind = c[1] == '0' ? Tds::CollectionAndDivision : Tds::Reserved;
        break;
    case 'Y':
        if (!isUpper(c[1]))
            return Error::badInput(QStringLiteral("%1: clinical trials product codes run YA000 "
                                                  "to YZ999")
                                       .arg(label));
        p.category = QStringLiteral("clinical trials");
        break;
    case 'M':
        p.category = QStringLiteral("other therapy (human milk, topical)");
        kind = Tds::ThreeDigitDivision;
        break;
    case 'N':
        p.category = QStringLiteral("organ");
        kind = Tds::ThreeDigitDivision;
        break;
    case 'R':
        p.category = QStringLiteral("reproductive tissue and cells");
        kind = Tds::ThreeDigitDivision;
        break;
    case 'T':
        p.category = QStringLiteral("tissue");
        kind = Tds::ThreeDigitDivision;
        break;
    case 'V':
        p.category = QStringLiteral("ocular tissue");
        kind = Tds::ThreeDigitDivision;
        break;
    case 'W':
        p.category = QStringLiteral("fecal microbiota");
        kind = Tds::ThreeDigitDivision;
        break;
    case 'A':
    case 'B':
    case 'C':
    case 'D':
        p.category =
            c[0] == 'D' ? QStringLiteral("local/facility code") : QStringLiteral("national code");
        kind = Tds::National;
        break;
    default:
        return Error::badInput(QStringLiteral("%1: product category '%2' is not assigned in ISBT "
                                              "128 (ST-001 2.4.3)")
                                   .arg(label, QString(QLatin1Char(c[0]))));
    }
    switch (kind) {
    case Tds::CollectionAndDivision:
        p.collectionType = scan::latin1(tds.substr(0, 1));
        p.division = scan::latin1(tds.substr(1, 2));
        break;
    case Tds::ThreeDigitDivision:
        if (!allDigits(tds))
            return Error::badInput(QStringLiteral("%1: a %2 product code ends in a three-digit "
                                                  "division code, not %3")
                                       .arg(label, p.category, quoted(tds)));
        p.division = scan::latin1(tds);
        break;
    case Tds::Reserved:
        if (tds != "000")
            return Error::badInput(QStringLiteral("%1: for X1-X9 the last three characters are "
                                                  "reserved and must be 000, not %2")
                                       .arg(label, quoted(tds)));
        p.division = scan::latin1(tds);
        break;
    case Tds::National:
        p.division = scan::latin1(tds);
        break;
    }
    return p;
}

Result<IsbtDateTime> parseDateTime(std::string_view data)
{
    const std::string_view id = data.substr(0, 2);
    if (id == "=>")
        return parseDateContent(data, IsbtDateTime::Event::Expiration, 4, false);
    if (id == "&>")
        return parseDateContent(data, IsbtDateTime::Event::Expiration, 5, true);
    if (id == "=*")
        return parseDateContent(data, IsbtDateTime::Event::Collection, 6, false);
    if (id == "&*")
        return parseDateContent(data, IsbtDateTime::Event::Collection, 7, true);
    return Error::badInput(QStringLiteral("%1 is not an ISBT 128 expiration (=> &>) or collection "
                                          "(=* &*) date")
                               .arg(quoted(data)));
}

Result<IsbtStructure> parse(std::string_view data)
{
    if (data.size() < 2 || (data[0] != '=' && data[0] != '&'))
        return Error::badInput(
            QStringLiteral("%1 is too short to hold an ISBT 128 data identifier ('=' or '&' and "
                           "one more character)")
                .arg(quoted(data)));
    for (const char c : data)
        if (static_cast<unsigned char>(c) < 0x21 || static_cast<unsigned char>(c) > 0x7e)
            return Error::badInput(QStringLiteral("ISBT 128 data %1 holds a space or a control "
                                                  "character, which no data structure carries")
                                       .arg(quoted(data)));
    const auto wrap = [](auto r) -> Result<IsbtStructure> {
        if (!r)
            return r.error();
        return IsbtStructure(std::move(r).value());
    };
    const char second = data[1];
    if (data[0] == '=') {
        if (isFinFirst(second))
            return wrap(parseDin(data));
        if (second == '<')
            return wrap(parseProductCode(data));
        if (second == '>' || second == '*')
            return wrap(parseDateTime(data));
    } else {
        if (second == '>' || second == '*')
            return wrap(parseDateTime(data));
        if (data.substr(0, ChainOfIdentity::kIsbtDataIdentifier.size()) ==
            ChainOfIdentity::kIsbtDataIdentifier)
            return wrap(ChainOfIdentity::parseIsbtBarcode(data));
    }
    return notRead(data);
}

std::optional<std::size_t> structureLength(std::string_view data)
{
    if (data.size() < 2)
        return std::nullopt;
    const std::string_view id = data.substr(0, 2);
    if (data[0] == '=' && isFinFirst(data[1]))
        return 1 + kDinLength + 2;
    if (id == "=<")
        return 2 + 8;
    if (id == "=>" || id == "=*")
        return 2 + 6; // cyyjjj
    if (id == "&>" || id == "&*")
        return 2 + 10; // cyyjjjhhmm
    if (id == ChainOfIdentity::kIsbtDataIdentifier)
        return ChainOfIdentity::kIsbtDataIdentifier.size() + ChainOfIdentity::kIsbtContentLength;
    return std::nullopt;
}

bool looksLikeEyeReadableDin(std::string_view text)
{
    std::size_t n = 0;
    char first = '\0';
    for (const char c : text) {
        if (c == ' ')
            continue;
        if (n == 0)
            first = isLower(c) ? static_cast<char>(c - 'a' + 'A') : c;
        ++n;
        if (n > kDinLength + 1)
            return false;
    }
    return (n == kDinLength || n == kDinLength + 1) && isFinFirst(first);
}

} // namespace Isbt128
} // namespace ck
