#pragma once

#include "common/Result.h"
#include "identity/ChainOfIdentity.h"
#include "identity/Gs1Parser.h"
#include "identity/Isbt128Compound.h"
#include "identity/Isbt128Parser.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <variant>

namespace ck {

// What one scan is, read and validated: the entry point for everything scanned at a workstation
// (bag labels, reagent boxes, typed donation numbers).
struct ScannedLabel
{
    enum class Kind
    {
        IsbtDin,         // "isbt128.din"
        IsbtProductCode, // "isbt128.product_code"
        IsbtExpiration,  // "isbt128.expiration"
        IsbtCollection,  // "isbt128.collection"
        IsbtCoi,         // "isbt128.coi"
        Gs1,             // "gs1"
        SiteCoi,         // "site.coi"
        IsbtCompound     // "isbt128.compound": a 2-D symbol carrying several structures
    };
    Kind kind = Kind::IsbtDin;
    QString symbology; // the AIM identifier the scanner sent ("]C0"), or empty
    // The identity in one canonical text, to compare with a record: the 13-character DIN, the
    // 8-character product code, the ISO date ("2018-12-31T23:59"), the CoI identifier, or the
    // GS1 elements in AI order "(01)…(10)…(17)…"; for a compound message, its structures'
    // normalized texts joined by " | ".
    QString normalized;
    std::variant<IsbtDin, IsbtProductCode, IsbtDateTime, IsbtCoi, Gs1Message, SiteCoi, IsbtCompound>
        data;

    static QString kindName(Kind kind);
    // {"kind": "...", "symbology": "]C0" | null, "normalized": "...", "fields": {...}}
    QJsonObject toJson() const;
};

struct IdentifyOptions
{
    // The site's own CoI identifier format; the demo site's unless the site configures its own.
    SiteCoiFormat siteCoi = SiteCoiFormat::demo();
    // Today, for the century of GS1's two-digit years (a fixed date in tests).
    QDate today = QDate::currentDate();
};

// Reads one scan as the scanner sent it (symbology identifier and all) or as a person typed it.
// Every refusal is Error::badInput with a message that says what is wrong with the scan.
Result<ScannedLabel> identify(const QByteArray &raw, const IdentifyOptions &options = {});

// Whether identify() refused a scan because it is no format Chainkeeper reads at all, as opposed
// to a label of a known format that fails its own checks (a wrong check character, a day that
// does not exist). A batch records the two as different verdicts.
bool isUnknownFormat(const Error &refusal);

} // namespace ck
