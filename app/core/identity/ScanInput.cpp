#include "identity/ScanInput.h"

namespace ck::scan {

namespace {

QString hexByte(unsigned char b)
{
    return QStringLiteral("0x") +
           QString::number(static_cast<uint>(b), 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

bool isSymbologyLetter(char c)
{
    return isUpper(c) || isLower(c);
}
bool isSymbologyModifier(char c)
{
    return isDigit(c) || isUpper(c) || isLower(c);
}

} // namespace

int number(std::string_view digits)
{
    int n = 0;
    for (const char c : digits)
        n = n * 10 + (c - '0');
    return n;
}

QString quoted(std::string_view text)
{
    constexpr std::size_t kShown = 40;
    QString out;
    out += QLatin1Char('\'');
    for (std::size_t i = 0; i < text.size() && i < kShown; ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b == static_cast<unsigned char>(kGroupSeparator))
            out += QStringLiteral("<GS>");
        else if (b >= 0x20 && b < 0x7f)
            out += QLatin1Char(static_cast<char>(b));
        else
            out += QStringLiteral("\\x%1").arg(static_cast<uint>(b), 2, 16, QLatin1Char('0'));
    }
    if (text.size() > kShown)
        out += QStringLiteral("…");
    out += QLatin1Char('\'');
    return out;
}

QString symbologyName(const QString &identifier)
{
    if (identifier.size() != 3)
        return {};
    const QChar code = identifier.at(1);
    const QChar modifier = identifier.at(2);
    // The code letters of ISO/IEC 15424 that label scanners send in practice.
    if (code == QLatin1Char('C'))
        return modifier == QLatin1Char('1') ? QStringLiteral("GS1-128")
                                            : QStringLiteral("Code 128");
    if (code == QLatin1Char('d'))
        return modifier == QLatin1Char('2') ? QStringLiteral("GS1 DataMatrix")
                                            : QStringLiteral("Data Matrix");
    if (code == QLatin1Char('Q'))
        return modifier == QLatin1Char('3') ? QStringLiteral("GS1 QR Code")
                                            : QStringLiteral("QR Code");
    if (code == QLatin1Char('e'))
        return QStringLiteral("GS1 DataBar");
    if (code == QLatin1Char('E'))
        return QStringLiteral("EAN/UPC");
    if (code == QLatin1Char('A'))
        return QStringLiteral("Code 39");
    if (code == QLatin1Char('I'))
        return QStringLiteral("Interleaved 2 of 5");
    if (code == QLatin1Char('L'))
        return QStringLiteral("PDF417");
    if (code == QLatin1Char('z'))
        return QStringLiteral("Aztec");
    if (code == QLatin1Char('J'))
        return modifier == QLatin1Char('1') ? QStringLiteral("GS1 DotCode")
                                            : QStringLiteral("DotCode");
    return QStringLiteral("symbology %1").arg(identifier);
}

Result<ScanInput> read(const QByteArray &raw)
{
    if (raw.size() > kMaxLength)
        return Error::badInput(QStringLiteral("the scan is %1 bytes long; no label structure "
                                              "Chainkeeper reads is longer than %2")
                                   .arg(raw.size())
                                   .arg(kMaxLength));
    // A keyboard-wedge scanner ends each read with Enter (CR, LF or both); people type spaces
    // around what they copy. Neither is part of the label.
    qsizetype begin = 0;
    qsizetype end = raw.size();
    while (end > begin && (raw.at(end - 1) == '\n' || raw.at(end - 1) == '\r' ||
                           raw.at(end - 1) == ' ' || raw.at(end - 1) == '\t'))
        --end;
    while (begin < end && (raw.at(begin) == ' ' || raw.at(begin) == '\t'))
        ++begin;
    if (begin == end)
        return Error::badInput(QStringLiteral("the scan is empty"));

    for (qsizetype i = begin; i < end; ++i) {
        const auto b = static_cast<unsigned char>(raw.at(i));
        if (b == static_cast<unsigned char>(kGroupSeparator))
            continue;
        if (b >= 0x80)
            return Error::badInput(
                QStringLiteral("byte %1 at position %2 is not ASCII: labels carry ASCII only "
                               "(a misread, or the scanner's keyboard layout differs from this "
                               "terminal's)")
                    .arg(hexByte(b))
                    .arg(i - begin + 1));
        if (b < 0x20 || b == 0x7f)
            return Error::badInput(QStringLiteral("control character %1 at position %2: labels "
                                                  "carry printable characters only")
                                       .arg(hexByte(b))
                                       .arg(i - begin + 1));
    }

    ScanInput in;
    QByteArray data = raw.mid(begin, end - begin);
    if (data.startsWith(']')) {
        if (data.size() < 3 || !isSymbologyLetter(data.at(1)) || !isSymbologyModifier(data.at(2)))
            return Error::badInput(
                QStringLiteral("%1 starts with ']' but carries no symbology identifier (']' then "
                               "a letter and a modifier, such as ]C0 or ]d2)")
                    .arg(quoted(view(data))));
        in.symbology = QString::fromLatin1(data.left(3));
        // FNC1 in first position: GS1-128, GS1 DataMatrix, GS1 QR Code, GS1 DataBar, GS1 DotCode.
        constexpr std::string_view kGs1[] = {"]C1", "]d2", "]Q3", "]e0", "]J1"};
        const std::string_view id(data.constData(), 3);
        for (const std::string_view g : kGs1)
            in.gs1Symbology = in.gs1Symbology || id == g;
        data.remove(0, 3);
        if (data.isEmpty())
            return Error::badInput(
                QStringLiteral("the scan holds only the symbology identifier %1, no data")
                    .arg(in.symbology));
    }
    in.hasGroupSeparator = data.contains(kGroupSeparator);
    in.data = std::move(data);
    return in;
}

} // namespace ck::scan
