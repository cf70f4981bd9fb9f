#pragma once

#include "common/Result.h"

#include <QRegularExpression>
#include <QString>

#include <string_view>

namespace ck {

// The ISBT 128 Chain of Identity identifier (ICCBBA ST-028; data structure 040 on labels). One CoI
// links every collection (each with its own DIN) made for one patient's therapy, so it is the
// identifier the batch record is checked against.
struct IsbtCoi
{
    enum class Form
    {
        Barcode, // "&/" + content, as scanned from an ISBT 128 bar code
        Text     // the bare identifier, as printed or as carried on a non-ISBT 128 label
    };
    QString identifier; // "CH" + facility + year + sequence (15 characters)
    QString facility;   // issuing organization's Facility Identification Number (FIN)
    QString year;       // nominal year of issue
    QString sequence;   // issuing organization's sequence number
    Form form = Form::Barcode;
};

// A site's own CoI identifier, where the site's therapy sponsor assigns one that is not ISBT 128.
struct SiteCoi
{
    QString identifier;
    QString pattern; // the site's pattern it matched, recorded with the scan
};

namespace ChainOfIdentity {

// ===================================================================================== ASSUMED ===
// The layout of ISBT 128 data structure 040. ST-028 itself is licensed; this layout is as the
// ISBT 128 Standard Technical Specification ST-001 v6.2.2 (2023), section 2.4.40 and the index of
// data structures (Table 2, RT003), states it:
//     &/CHαppppyynnnnnn
//     "&/"   data identifier
//     "CH"   literal
//     α      {A-N, P-Z, 1-9}           } the issuing organization's Facility Identification
//     pppp   2 x {A-N, P-Z, 0-9}, 2 x  } Number (FIN), as in the DIN
//            {0-9}                     }
//     yy     {0-9} x 2, nominal year of issue
//     nnnnnn {A-Z, 0-9} x 6, sequence assigned by the issuing organization
// ST-001 defines no check character for structure 040, and neither is one assumed here; nor is
// any eye-readable spacing: the text form read is the 15 characters with no spaces. A site
// holding ST-028 and IG-050 should check these lines, and the tests named "coi040" that pin them.
inline constexpr std::string_view kIsbtDataIdentifier = "&/";
inline constexpr std::string_view kIsbtLiteral = "CH";
inline constexpr std::size_t kIsbtContentLength = 15; // "CH" + 5 + 2 + 6
// =================================================================================================

// "&/CH..." from a bar code.
Result<IsbtCoi> parseIsbtBarcode(std::string_view data);
// "CH..." as text (no data identifier).
Result<IsbtCoi> parseIsbtText(std::string_view text);
// Text that is meant as an ISBT 128 CoI: "CH" followed by a FIN's first character. Used to word
// the error for a damaged one instead of "not recognised".
bool looksLikeIsbtText(std::string_view text);

} // namespace ChainOfIdentity

// The format of a site's own CoI identifiers, as a regular expression the whole scan must match.
// Configured per site (the demo site's sponsor writes COI-DEMO-7Q2K-4815); the pattern is always
// matched against the whole scan, whether or not it carries ^ and $.
class SiteCoiFormat
{
public:
    // The demo site's format: COI-, a 4-character study code, a 4-character patient code and a
    // 4-digit sequence.
    static QString demoPattern();
    static SiteCoiFormat demo();
    // A site's pattern. Refused when it is not a valid regular expression or matches an empty
    // scan.
    static Result<SiteCoiFormat> fromPattern(const QString &pattern);

    bool matches(const QString &text) const;
    QString pattern() const { return m_pattern; }

private:
    SiteCoiFormat(QString pattern, QRegularExpression re)
        : m_pattern(std::move(pattern)), m_re(std::move(re))
    {}
    QString m_pattern;
    QRegularExpression m_re;
};

} // namespace ck
