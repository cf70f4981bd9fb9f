#include "identity/Gs1Parser.h"

#include "identity/ScanInput.h"

#include <algorithm>
#include <array>
#include <string>

namespace ck {

namespace {

using scan::allDigits;
using scan::quoted;

struct AiSpec
{
    std::string_view ai;
    const char *name;
    std::size_t length; // fixed length, or the maximum when variable
    bool fixed;
};

constexpr std::array kAis{
    AiSpec{"01", "GTIN", 14, true},           AiSpec{"10", "lot", 20, false},
    AiSpec{"11", "production date", 6, true}, AiSpec{"17", "expiry", 6, true},
    AiSpec{"21", "serial", 20, false},
};

const AiSpec *findAi(std::string_view ai)
{
    for (const AiSpec &s : kAis)
        if (s.ai == ai)
            return &s;
    return nullptr;
}

const QString kKnown = QStringLiteral(
    "Chainkeeper reads (01) GTIN, (10) lot, (11) production date, (17) expiry and (21) serial");

QString label(const AiSpec &s)
{
    return QStringLiteral("(%1) %2").arg(scan::latin1(s.ai), QString::fromLatin1(s.name));
}

// GS1 AI encodable character set 82 (General Specifications, "GS1 AI encodable character set
// 82"): the characters
// allowed in X-format data such as a lot or serial number.
bool isCset82(char c)
{
    if (scan::isDigit(c) || scan::isUpper(c) || scan::isLower(c))
        return true;
    constexpr std::string_view kPunctuation = "!\"%&'()*+,-./:;<=>?_";
    return kPunctuation.find(c) != std::string_view::npos;
}

const char *monthName(int m)
{
    static constexpr std::array<const char *, 12> kNames{
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    return kNames[static_cast<std::size_t>(m - 1)];
}

// Validates one element and stores it in `msg`.
std::optional<Error> take(Gs1Message &msg, const AiSpec &s, std::string_view value, QDate today)
{
    const QString name = label(s);
    for (const Gs1Element &e : msg.elements)
        if (e.ai == scan::latin1(s.ai))
            return Error::badInput(
                QStringLiteral("AI (%1) appears twice in one scan").arg(scan::latin1(s.ai)));
    if (s.fixed && value.size() != s.length)
        return Error::badInput(QStringLiteral("%1 needs %2 digits, %3 has %4")
                                   .arg(name)
                                   .arg(s.length)
                                   .arg(quoted(value))
                                   .arg(value.size()));
    if (s.fixed && !allDigits(value))
        return Error::badInput(
            QStringLiteral("%1 %2 must be digits only").arg(name, quoted(value)));
    if (!s.fixed) {
        if (value.empty())
            return Error::badInput(QStringLiteral("%1 is empty").arg(name));
        if (value.size() > s.length)
            return Error::badInput(
                QStringLiteral("%1 is %2 characters long; GS1 allows at most %3 (in a raw scan, "
                               "a missing GS separator runs two fields together)")
                    .arg(name)
                    .arg(value.size())
                    .arg(s.length));
        for (std::size_t i = 0; i < value.size(); ++i)
            if (!isCset82(value[i]))
                return Error::badInput(QStringLiteral("%1 %2: character %3 at position %4 is not "
                                                      "allowed in GS1 data (character set 82)")
                                           .arg(name, quoted(value), quoted(value.substr(i, 1)))
                                           .arg(i + 1));
    }
    const QString v = scan::latin1(value);
    if (s.ai == "01") {
        const int computed = Gs1Parser::checkDigit(value.substr(0, 13));
        const int given = value[13] - '0';
        if (computed != given)
            return Error::badInput(
                QStringLiteral("GTIN check digit %1 does not match computed %2 in (01)%3")
                    .arg(given)
                    .arg(computed)
                    .arg(v));
        msg.gtin = v;
    } else if (s.ai == "11" || s.ai == "17") {
        const int yy = scan::number(value.substr(0, 2));
        const int mm = scan::number(value.substr(2, 2));
        const int dd = scan::number(value.substr(4, 2));
        if (mm < 1 || mm > 12)
            return Error::badInput(QStringLiteral("(%1) %2 %3: month %4")
                                       .arg(scan::latin1(s.ai), QString::fromLatin1(s.name), v)
                                       .arg(mm, 2, 10, QLatin1Char('0')));
        const int year = Gs1Parser::yearOf(yy, today);
        const QDate first(year, mm, 1);
        if (dd > first.daysInMonth())
            return Error::badInput(QStringLiteral("(%1) %2 %3: day %4 does not exist in %5 %6")
                                       .arg(scan::latin1(s.ai), QString::fromLatin1(s.name), v)
                                       .arg(dd)
                                       .arg(QString::fromLatin1(monthName(mm)))
                                       .arg(year));
        if (s.ai == "17") {
            msg.expiryRaw = v;
            // GS1: "00" for the day of (17) means the last day of the month.
            msg.expiry = dd == 0 ? QDate(year, mm, first.daysInMonth()) : QDate(year, mm, dd);
        } else {
            msg.productionRaw = v;
            // GS1 lets the day of (11) be 00 but gives it no day: keep the month, say so.
            msg.production = QDate(year, mm, dd == 0 ? 1 : dd);
            msg.productionDayGiven = dd != 0;
        }
    } else if (s.ai == "10") {
        msg.lot = v;
    } else {
        msg.serial = v;
    }
    msg.elements.append({scan::latin1(s.ai), v});
    return std::nullopt;
}

Result<Gs1Message> finish(Gs1Message msg, std::string_view whole)
{
    if (msg.elements.isEmpty())
        return Error::badInput(QStringLiteral("%1 holds no GS1 element string").arg(quoted(whole)));
    // A lot, a serial or a date means something only for a trade item (GS1's mandatory
    // associations of element strings): alone it identifies nothing a material record can be
    // checked against.
    if (msg.gtin.isEmpty())
        return Error::badInput(QStringLiteral("GS1 scan %1 has no (01) GTIN: a lot, serial or "
                                              "date alone does not identify a material")
                                   .arg(quoted(whole)));
    return msg;
}

} // namespace

QString Gs1Message::normalized() const
{
    QList<Gs1Element> sorted = elements;
    std::sort(sorted.begin(), sorted.end(),
              [](const Gs1Element &a, const Gs1Element &b) { return a.ai < b.ai; });
    QString out;
    for (const Gs1Element &e : sorted) {
        // '(' is allowed in a lot or serial; in the text form it is written "\(" (GS1 Barcode
        // Syntax Resource convention) so the text reads back as the same elements.
        QString value = e.value;
        out += QStringLiteral("(%1)%2").arg(e.ai,
                                            value.replace(QLatin1Char('('), QStringLiteral("\\(")));
    }
    return out;
}

namespace Gs1Parser {

int checkDigit(std::string_view digits)
{
    int sum = 0;
    int weight = 3; // the digit next to the check digit weighs 3
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        sum += (*it - '0') * weight;
        weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
}

int yearOf(int twoDigitYear, QDate today)
{
    const int current = today.year();
    const int century = current - current % 100;
    const int difference = twoDigitYear - current % 100;
    if (difference >= 51)
        return century - 100 + twoDigitYear;
    if (difference <= -50)
        return century + 100 + twoDigitYear;
    return century + twoDigitYear;
}

Result<Gs1Message> parseParenthesised(std::string_view text, QDate today)
{
    Gs1Message msg;
    std::size_t pos = 0;
    const auto skipSpaces = [&] {
        while (pos < text.size() && text[pos] == ' ')
            ++pos;
    };
    skipSpaces();
    while (pos < text.size()) {
        if (text[pos] != '(')
            return Error::badInput(QStringLiteral("GS1 text %1: expected '(' and an application "
                                                  "identifier at position %2, found %3")
                                       .arg(quoted(text))
                                       .arg(pos + 1)
                                       .arg(quoted(text.substr(pos, 1))));
        const std::size_t close = text.find(')', pos);
        if (close == std::string_view::npos)
            return Error::badInput(QStringLiteral("GS1 text %1: '(' at position %2 is never closed")
                                       .arg(quoted(text))
                                       .arg(pos + 1));
        const std::string_view ai = text.substr(pos + 1, close - pos - 1);
        if (ai.size() < 2 || ai.size() > 4 || !allDigits(ai))
            return Error::badInput(QStringLiteral("GS1 text %1: (%2) is not an application "
                                                  "identifier (2 to 4 digits)")
                                       .arg(quoted(text), scan::latin1(ai.substr(0, 8))));
        const AiSpec *spec = findAi(ai);
        if (!spec)
            return Error::badInput(QStringLiteral("GS1 application identifier (%1) is not one "
                                                  "Chainkeeper reads; %2")
                                       .arg(scan::latin1(ai), kKnown));
        pos = close + 1;
        skipSpaces();
        // The value runs to the next '(' that is not escaped as "\(".
        std::string value;
        std::size_t end = pos;
        while (end < text.size() && text[end] != '(') {
            if (text[end] == '\\' && end + 1 < text.size() && text[end + 1] == '(')
                ++end;
            value += text[end];
            ++end;
        }
        while (!value.empty() && value.back() == ' ')
            value.pop_back(); // spaces printed between elements are not data
        if (std::optional<Error> e = take(msg, *spec, value, today))
            return *e;
        pos = end;
    }
    return finish(std::move(msg), text);
}

Result<Gs1Message> parseRaw(std::string_view data, QDate today)
{
    Gs1Message msg;
    std::size_t pos = 0;
    if (!data.empty() && data[0] == scan::kGroupSeparator)
        ++pos;
    while (pos < data.size()) {
        const std::string_view ai = data.substr(pos, 2);
        if (ai.size() < 2 || !allDigits(ai))
            return Error::badInput(
                QStringLiteral("GS1 scan %1: expected an application identifier (digits) at "
                               "position %2, found %3")
                    .arg(quoted(data))
                    .arg(pos + 1)
                    .arg(quoted(data.substr(pos, 2))));
        const AiSpec *spec = findAi(ai);
        if (!spec)
            return Error::badInput(QStringLiteral("GS1 scan %1: the application identifier at "
                                                  "position %2 (%3…) is not one Chainkeeper "
                                                  "reads; %4")
                                       .arg(quoted(data))
                                       .arg(pos + 1)
                                       .arg(quoted(data.substr(pos, 4)), kKnown));
        pos += 2;
        std::size_t end;
        if (spec->fixed) {
            end = std::min(data.size(), pos + spec->length);
            const std::size_t gs = data.find(scan::kGroupSeparator, pos);
            if (gs != std::string_view::npos && gs < end)
                end = gs; // a short fixed field: take() reports its length
        } else {
            end = data.find(scan::kGroupSeparator, pos);
            if (end == std::string_view::npos)
                end = data.size();
        }
        if (std::optional<Error> e = take(msg, *spec, data.substr(pos, end - pos), today))
            return *e;
        pos = end;
        // GS ends a variable field; after a fixed one it is not needed but encoders add it.
        if (pos < data.size() && data[pos] == scan::kGroupSeparator)
            ++pos;
    }
    return finish(std::move(msg), data);
}

} // namespace Gs1Parser
} // namespace ck
