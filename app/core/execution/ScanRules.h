#pragma once

#include "BatchState.h"
#include "common/Result.h"
#include "identity/LabelIdentifier.h"
#include "recipe/Recipe.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ck {

// How the identity reached the terminal. Typed identity is refused unless a supervisor approves
// it: a person copying a number is how the wrong patient's bag gets through.
enum class ScanSource
{
    Scanner,
    Camera,
    Typed
};
QString scanSourceName(ScanSource source);

// The verdicts recorded with each scan; anything but a match stops the batch.
namespace scanverdict {
inline const QString Match = QStringLiteral("match");
inline const QString Mismatch = QStringLiteral("mismatch");
inline const QString Invalid = QStringLiteral("invalid"); // a known format failing its own checks
inline const QString Expired = QStringLiteral("expired");
inline const QString UnknownFormat = QStringLiteral("unknown_format");
} // namespace scanverdict

// The exception kind every failed scan raises. It is resolved only by scanning again ("repeat")
// or ending the batch ("abort"), never by accepting it.
inline const QString kIdentityMismatch = QStringLiteral("identity_mismatch");

// One scan as the terminal received it.
struct ScanAttempt
{
    QString raw;
    ScanSource source = ScanSource::Scanner;
    QString place;        // where at the site, when not simply the batch's suite
    QString terminal;     // the terminal's id
    QJsonObject approval; // a supervisor's approval of typed identity (userId, role, reason, ...)
};

struct ScanCheck
{
    QString check; // coi, din, productCode, notExpired, label
    QString expected;
    QString scanned;
    bool ok = false;
};

// What a scan was and how it compares with the batch.
struct ScanJudgement
{
    QString verdict;
    QString identity; // the scanned identity in canonical text; empty when unreadable
    QJsonValue label; // identify()'s JSON, or null
    QString error;    // identify()'s refusal, when it refused
    QList<ScanCheck> checks;
    QString expected; // the first thing that failed, as the stop screen shows it
    QString scanned;
    QString bindsDin; // the DIN this scan binds to the batch

    bool matched() const { return verdict == scanverdict::Match; }
    // "mismatch: expected CoI COI-…, scanned CoI COI-…", the identity exception's detail.
    QString detail() const;
};

// Judges a scan at a scan step against the batch's identity (its CoI, the DIN bound to it) and
// the clock. Pure: the engine records what it says.
class ScanRules
{
public:
    ScanRules(const Step &step, const BatchState &batch, const QDateTime &nowUtc);

    Result<ScanJudgement> judge(const QByteArray &raw) const;
    // The event payload's "scan" object.
    QJsonObject payload(const ScanAttempt &attempt, const ScanJudgement &judgement) const;

    // Refuses an order whose CoI none of the recipe's scan steps could ever match, before the
    // batch exists rather than at its first scan.
    static Status checkOrderCoi(const Recipe &recipe, const QString &coiId);
    // The options every scan is read with: the site's CoI format and today's date.
    static IdentifyOptions identifyOptions(const QDateTime &nowUtc);

private:
    bool kindAccepted(ScannedLabel::Kind kind) const;
    void check(const ScannedLabel &label, ScanJudgement &j) const;

    const Step &m_step;
    const BatchState &m_batch;
    QDateTime m_now;
};

} // namespace ck
