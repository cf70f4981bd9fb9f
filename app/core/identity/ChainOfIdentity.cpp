#include "identity/ChainOfIdentity.h"

#include "identity/ScanInput.h"

namespace ck {

namespace {

// The FIN's character sets (ST-001 section 2.4.1, shared by structure 040): the letter O is
// excluded everywhere so it is never confused with zero, and the first character is never 0.
bool isFinFirst(char c)
{
    return (scan::isUpper(c) && c != 'O') || (c >= '1' && c <= '9');
}
bool isFinMiddle(char c)
{
    return (scan::isUpper(c) && c != 'O') || scan::isDigit(c);
}

Result<IsbtCoi> parseContent(std::string_view content, IsbtCoi::Form form, std::string_view whole)
{
    using namespace ChainOfIdentity;
    const QString what = form == IsbtCoi::Form::Barcode
                             ? QStringLiteral("ISBT 128 chain of identity bar code (&/)")
                             : QStringLiteral("ISBT 128 chain of identity identifier");
    if (content.size() != kIsbtContentLength)
        return Error::badInput(
            QStringLiteral("%1 %2 has %3 characters after the data identifier; it needs %4 "
                           "(CH, facility, year, sequence)")
                .arg(what, scan::quoted(whole))
                .arg(content.size())
                .arg(kIsbtContentLength));
    if (content.substr(0, 2) != kIsbtLiteral)
        return Error::badInput(
            QStringLiteral("%1 %2 must start with CH").arg(what, scan::quoted(whole)));
    const std::string_view fin = content.substr(2, 5);
    if (!isFinFirst(fin[0]) || !isFinMiddle(fin[1]) || !isFinMiddle(fin[2]) ||
        !scan::allDigits(fin.substr(3, 2)))
        return Error::badInput(QStringLiteral("%1 %2: %3 is not a facility identification "
                                              "number (a letter other than O or a digit 1-9, "
                                              "two letters or digits, two digits)")
                                   .arg(what, scan::quoted(whole), scan::quoted(fin)));
    const std::string_view year = content.substr(7, 2);
    if (!scan::allDigits(year))
        return Error::badInput(QStringLiteral("%1 %2: year %3 must be two digits")
                                   .arg(what, scan::quoted(whole), scan::quoted(year)));
    const std::string_view sequence = content.substr(9, 6);
    for (const char c : sequence)
        if (!scan::isUpper(c) && !scan::isDigit(c))
            return Error::badInput(
                QStringLiteral("%1 %2: sequence %3 may hold only capital letters and digits")
                    .arg(what, scan::quoted(whole), scan::quoted(sequence)));
    IsbtCoi coi;
    coi.identifier = scan::latin1(content);
    coi.facility = scan::latin1(fin);
    coi.year = scan::latin1(year);
    coi.sequence = scan::latin1(sequence);
    coi.form = form;
    return coi;
}

} // namespace

namespace ChainOfIdentity {

Result<IsbtCoi> parseIsbtBarcode(std::string_view data)
{
    if (data.substr(0, kIsbtDataIdentifier.size()) != kIsbtDataIdentifier)
        return Error::badInput(QStringLiteral("%1 does not start with the chain of identity "
                                              "data identifier &/")
                                   .arg(scan::quoted(data)));
    return parseContent(data.substr(kIsbtDataIdentifier.size()), IsbtCoi::Form::Barcode, data);
}

Result<IsbtCoi> parseIsbtText(std::string_view text)
{
    return parseContent(text, IsbtCoi::Form::Text, text);
}

bool looksLikeIsbtText(std::string_view text)
{
    return text.size() >= 3 && text.substr(0, 2) == kIsbtLiteral && isFinFirst(text[2]);
}

} // namespace ChainOfIdentity

QString SiteCoiFormat::demoPattern()
{
    return QStringLiteral("^COI-[A-Z0-9]{4}-[A-Z0-9]{4}-[0-9]{4}$");
}

SiteCoiFormat SiteCoiFormat::demo()
{
    // The demo pattern is a constant known to be valid.
    return fromPattern(demoPattern()).value();
}

Result<SiteCoiFormat> SiteCoiFormat::fromPattern(const QString &pattern)
{
    if (pattern.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("the site's CoI pattern is empty"));
    // Anchored whatever the site wrote: a pattern that matched a part of a scan would accept a
    // longer, different identifier that merely contains a valid one.
    QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    if (!re.isValid())
        return Error::badInput(
            QStringLiteral("the site's CoI pattern %1 is not a valid regular expression: %2 "
                           "(at offset %3)")
                .arg(pattern, re.errorString())
                .arg(re.patternErrorOffset()));
    if (re.match(QString()).hasMatch())
        return Error::badInput(
            QStringLiteral("the site's CoI pattern %1 matches an empty scan").arg(pattern));
    re.optimize();
    return SiteCoiFormat(pattern, std::move(re));
}

bool SiteCoiFormat::matches(const QString &text) const
{
    return m_re.match(text).hasMatch();
}

} // namespace ck
