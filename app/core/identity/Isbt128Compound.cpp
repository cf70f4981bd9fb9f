#include "identity/Isbt128Compound.h"

#include "identity/ScanInput.h"

namespace ck::Isbt128 {

namespace {

constexpr std::size_t kHeaderLength = 7; // "=+aabbb"
constexpr int kMaxStructures = 99;

QString name(std::string_view data)
{
    return QStringLiteral("Compound Message (data identifier =+, data structure 023) %1")
        .arg(scan::quoted(data));
}

} // namespace

Result<IsbtCompound> parseCompound(std::string_view data)
{
    if (data.substr(0, kCompoundIdentifier.size()) != kCompoundIdentifier)
        return Error::badInput(QStringLiteral("%1 does not start with =+").arg(scan::quoted(data)));
    if (data.size() < kHeaderLength || !scan::allDigits(data.substr(2, 5)))
        return Error::badInput(QStringLiteral("%1 has no header: =+ must be followed by two "
                                              "digits (how many structures) and three (the "
                                              "message type)")
                                   .arg(name(data)));
    const int announced = scan::number(data.substr(2, 2));
    if (announced == 0)
        return Error::badInput(QStringLiteral("%1 announces no data structure").arg(name(data)));
    IsbtCompound c;
    c.messageType = scan::latin1(data.substr(4, 3));
    std::string_view rest = data.substr(kHeaderLength);
    while (!rest.empty()) {
        if (c.structures.size() == announced)
            return Error::badInput(QStringLiteral("%1 announces %2 data structures, but %3 "
                                                  "follows the last of them")
                                       .arg(name(data))
                                       .arg(announced)
                                       .arg(scan::quoted(rest)));
        const std::optional<std::size_t> length = structureLength(rest);
        if (!length) {
            // Isbt128::parse names the structure (or says the identifier is none).
            Result<IsbtStructure> r = parse(rest);
            return Error::badInput(
                QStringLiteral("structure %1 of the compound message: %2")
                    .arg(c.structures.size() + 1)
                    .arg(r ? QStringLiteral("%1 cannot be delimited").arg(scan::quoted(rest))
                           : r.error().message));
        }
        if (*length > rest.size())
            return Error::badInput(QStringLiteral("structure %1 of the compound message, %2, is "
                                                  "cut short: it needs %3 characters")
                                       .arg(c.structures.size() + 1)
                                       .arg(scan::quoted(rest))
                                       .arg(*length));
        const std::string_view one = rest.substr(0, *length);
        Result<IsbtStructure> r = parse(one);
        if (!r)
            return Error::badInput(QStringLiteral("structure %1 of the compound message: %2")
                                       .arg(c.structures.size() + 1)
                                       .arg(r.error().message));
        c.structures.append(std::move(r).value());
        c.raw.append(scan::latin1(one));
        rest.remove_prefix(*length);
    }
    if (c.structures.size() != announced)
        return Error::badInput(QStringLiteral("%1 announces %2 data structures; it holds %3")
                                   .arg(name(data))
                                   .arg(announced)
                                   .arg(c.structures.size()));
    return c;
}

QByteArray compoundMessage(const QList<QByteArray> &structures)
{
    Q_ASSERT(!structures.isEmpty() && structures.size() <= kMaxStructures);
    QByteArray out(kCompoundIdentifier.data(), static_cast<qsizetype>(kCompoundIdentifier.size()));
    out += QByteArray::number(structures.size()).rightJustified(2, '0');
    out += QByteArray(kUndeclaredMessageType.data(),
                      static_cast<qsizetype>(kUndeclaredMessageType.size()));
    for (const QByteArray &s : structures)
        out += s;
    return out;
}

} // namespace ck::Isbt128
