#pragma once

#include "common/Result.h"
#include "identity/LabelIdentifier.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ck {

// What an operator or a script asks to print, as typed (the `label` command's options).
struct LabelRequest
{
    QString din;         // eye-readable with its check character ("G1234 17 654321 A") or "=…ff"
    QString productCode; // "S12954A0" or "=<S12954A0"
    QString coi;         // ISBT 128 ("CHA999926ABC123", "&/CH…") or the site's own format
    QString initials;    // the patient's, 1 to 4 letters
    QString expiry;      // "2026-03-31" or "2026-03-31T23:59" (local time of the site)
    QString containerId; // optional
    QString batchId;     // optional
};

// A container label, checked: every identifier went through the parser that reads it back, so
// nothing is printed that a scan would refuse. Bar code data is kept as the bar codes carry it.
struct LabelSpec
{
    IsbtDin din;
    IsbtProductCode product;
    IsbtDateTime expiry;
    QString coi; // the identifier as printed
    bool isbtCoi = false;
    QString initials; // upper case
    QString containerId;
    QString batchId;

    QByteArray dinBarcode;     // "=G12341765432100"
    QByteArray productBarcode; // "=<S12954A0"
    QByteArray expiryBarcode;  // "=>cyyjjj" or "&>cyyjjjhhmm"
    QByteArray coiBarcode;     // "&/CH…", or the site's identifier as is

    // The Data Matrix: ISBT 128 compound message of the DIN, product code, expiration and, when
    // it is ISBT 128, the CoI.
    QByteArray dataMatrix() const;
    // "2026-03-31 23:59" or "2026-03-31"
    QString expiryText() const;
    // The eye-readable text, the same in every output format: the two lines above the bar codes
    // they read as, then the details.
    QString dinLine() const { return QStringLiteral("DIN ") + din.eyeReadable(); }
    QString coiLine() const { return QStringLiteral("CoI ") + coi; }
    QStringList detailLines() const;

    // Refuses the first field that is wrong, naming the option and quoting the parser's reason.
    static Result<LabelSpec> fromRequest(const LabelRequest &request,
                                         const IdentifyOptions &options = {});
};

} // namespace ck
