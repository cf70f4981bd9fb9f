#include "identity/LabelSpec.h"

#include "identity/Isbt128Compound.h"
#include "identity/ScanInput.h"

#include <QRegularExpression>

namespace ck {

namespace {

constexpr int kMaxFreeText = 32;

Error fieldError(const QString &option, const QString &message)
{
    return Error::badInput(QStringLiteral("--%1: %2").arg(option, message));
}

std::string latin1(const QString &s)
{
    return s.toLatin1().toStdString();
}

bool isAscii(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

Result<IsbtDin> readDin(const QString &text)
{
    if (!isAscii(text))
        return fieldError(QStringLiteral("din"), QStringLiteral("%1 holds a character outside "
                                                                "printable ASCII")
                                                     .arg(scan::quoted(latin1(text))));
    const std::string s = latin1(text.trimmed());
    Result<IsbtDin> d = s.starts_with('=') ? Isbt128::parseDin(s) : Isbt128::parseEyeReadableDin(s);
    if (!d)
        return fieldError(QStringLiteral("din"), d.error().message);
    return d;
}

Result<IsbtProductCode> readProduct(const QString &text)
{
    QString t = text.trimmed();
    if (!t.startsWith(QLatin1String("=<")))
        t.prepend(QLatin1String("=<"));
    if (!isAscii(t))
        return fieldError(QStringLiteral("product"),
                          QStringLiteral("%1 holds a character outside printable ASCII")
                              .arg(scan::quoted(latin1(text))));
    Result<IsbtProductCode> p = Isbt128::parseProductCode(latin1(t));
    if (!p)
        return fieldError(QStringLiteral("product"), p.error().message);
    return p;
}

// The ISBT 128 date content cyyjjj[hhmm] for a date (and time), read back by the parser so that
// the encoding and the reading cannot disagree.
Result<IsbtDateTime> readExpiry(const QString &text, QByteArray *barcode)
{
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return fieldError(QStringLiteral("expiry"),
                          QStringLiteral("%1 is not a date YYYY-MM-DD or a date and time "
                                         "YYYY-MM-DDTHH:MM")
                              .arg(scan::quoted(latin1(text))));
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return fieldError(
            QStringLiteral("expiry"),
            QStringLiteral("%1 is not a calendar date").arg(scan::quoted(latin1(text))));
    if (date.year() < 2000 || date.year() > 2999)
        return fieldError(
            QStringLiteral("expiry"),
            QStringLiteral("year %1 cannot be written in ISBT 128 (2000-2999)").arg(date.year()));
    QByteArray b;
    const bool withTime = m.hasCaptured(4);
    b += withTime ? "&>" : "=>";
    b += QByteArray::number((date.year() - 2000) / 100);
    b += QByteArray::number(date.year() % 100).rightJustified(2, '0');
    b += QByteArray::number(date.dayOfYear()).rightJustified(3, '0');
    if (withTime) {
        const int hour = m.captured(4).toInt();
        const int minute = m.captured(5).toInt();
        if (hour > 23 || minute > 59)
            return fieldError(QStringLiteral("expiry"),
                              QStringLiteral("%1 is not a time of day")
                                  .arg(m.captured(4) + QLatin1Char(':') + m.captured(5)));
        b += m.captured(4).toLatin1() + m.captured(5).toLatin1();
    }
    Result<IsbtDateTime> d = Isbt128::parseDateTime(scan::view(b));
    if (!d)
        return fieldError(QStringLiteral("expiry"), d.error().message);
    *barcode = b;
    return d;
}

Result<QString> readInitials(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z]{1,4}$"));
    const QString t = text.trimmed();
    if (!form.match(t).hasMatch())
        return fieldError(QStringLiteral("initials"),
                          QStringLiteral("%1 must be 1 to 4 letters A-Z, without dots or spaces")
                              .arg(scan::quoted(latin1(text))));
    return t.toUpper();
}

Result<QString> readFreeText(const QString &option, const QString &text)
{
    // Printed as it is, in ZPL and PDF text: a short identifier, nothing a printer language or a
    // PDF string would treat as a command.
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._/-]*$"));
    const QString t = text.trimmed();
    if (t.size() > kMaxFreeText || !form.match(t).hasMatch())
        return fieldError(option, QStringLiteral("%1 must be 1 to %2 letters, digits, spaces and "
                                                 ". _ / -, starting with a letter or digit")
                                      .arg(scan::quoted(latin1(text)))
                                      .arg(kMaxFreeText));
    return t;
}

} // namespace

QByteArray LabelSpec::dataMatrix() const
{
    QList<QByteArray> structures{dinBarcode, productBarcode, expiryBarcode};
    if (isbtCoi)
        structures.append(coiBarcode);
    return Isbt128::compoundMessage(structures);
}

QString LabelSpec::expiryText() const
{
    QString s = expiry.date.toString(Qt::ISODate);
    if (expiry.time)
        s += QLatin1Char(' ') + expiry.time->toString(QStringLiteral("HH:mm"));
    return s;
}

QStringList LabelSpec::detailLines() const
{
    QStringList lines{QStringLiteral("Product ") + product.code,
                      QStringLiteral("Expires ") + expiryText(),
                      QStringLiteral("Patient ") + initials};
    QStringList last;
    if (!batchId.isEmpty())
        last.append(QStringLiteral("Batch ") + batchId);
    if (!containerId.isEmpty())
        last.append(QStringLiteral("Container ") + containerId);
    if (!last.isEmpty())
        lines.append(last.join(QStringLiteral("   ")));
    return lines;
}

Result<LabelSpec> LabelSpec::fromRequest(const LabelRequest &request,
                                         const IdentifyOptions &options)
{
    LabelSpec spec;
    Result<IsbtDin> din = readDin(request.din);
    if (!din)
        return din.error();
    spec.din = *din;
    // A DIN typed from the eye-readable text carries no flags; 00 is "no flag" (ST-001 Table 3).
    const QString flags = spec.din.flags.isEmpty() ? QStringLiteral("00") : spec.din.flags;
    spec.dinBarcode = ('=' + spec.din.din + flags).toLatin1();

    Result<IsbtProductCode> product = readProduct(request.productCode);
    if (!product)
        return product.error();
    spec.product = *product;
    spec.productBarcode = ("=<" + spec.product.code).toLatin1();

    Result<IsbtDateTime> expiry = readExpiry(request.expiry, &spec.expiryBarcode);
    if (!expiry)
        return expiry.error();
    spec.expiry = *expiry;

    // The CoI is read exactly as a scan of it would be.
    if (!isAscii(request.coi))
        return fieldError(QStringLiteral("coi"),
                          QStringLiteral("%1 holds a character outside printable ASCII")
                              .arg(scan::quoted(latin1(request.coi))));
    Result<ScannedLabel> coi = identify(request.coi.trimmed().toLatin1(), options);
    if (!coi)
        return fieldError(QStringLiteral("coi"), coi.error().message);
    if (coi->kind == ScannedLabel::Kind::IsbtCoi) {
        spec.isbtCoi = true;
        spec.coi = coi->normalized;
        spec.coiBarcode =
            QByteArray(ChainOfIdentity::kIsbtDataIdentifier.data(),
                       static_cast<qsizetype>(ChainOfIdentity::kIsbtDataIdentifier.size())) +
            spec.coi.toLatin1();
    } else if (coi->kind == ScannedLabel::Kind::SiteCoi) {
        spec.coi = coi->normalized;
        spec.coiBarcode = spec.coi.toLatin1();
    } else {
        return fieldError(
            QStringLiteral("coi"),
            QStringLiteral("%1 reads as %2, not as a chain-of-identity identifier")
                .arg(scan::quoted(latin1(request.coi)), ScannedLabel::kindName(coi->kind)));
    }

    Result<QString> initials = readInitials(request.initials);
    if (!initials)
        return initials.error();
    spec.initials = *initials;
    if (!request.containerId.isEmpty()) {
        Result<QString> c = readFreeText(QStringLiteral("container"), request.containerId);
        if (!c)
            return c.error();
        spec.containerId = *c;
    }
    if (!request.batchId.isEmpty()) {
        Result<QString> b = readFreeText(QStringLiteral("batch"), request.batchId);
        if (!b)
            return b.error();
        spec.batchId = *b;
    }
    return spec;
}

} // namespace ck
