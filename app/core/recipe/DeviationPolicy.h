#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace ck {

// What raised a deviation. Part of the record format (stored, hashed, pushed): never renamed.
namespace trigger {
inline const QString OutOfSpecification = QStringLiteral("out_of_specification");
inline const QString IdentityMismatch = QStringLiteral("identity_mismatch");
inline const QString WindowMissed = QStringLiteral("window_missed");
inline const QString TimerOutOfLimits = QStringLiteral("timer_out_of_limits");
inline const QString TypedIdentityOverride = QStringLiteral("typed_identity_override");
inline const QString MaterialNotReleased = QStringLiteral("material_not_released");
inline const QString LateSpecimen = QStringLiteral("late_specimen");
inline const QString IncompleteRecord = QStringLiteral("incomplete_record");
inline const QString SyncConflict = QStringLiteral("sync_conflict");
inline const QString Manual = QStringLiteral("manual");
QStringList all();
} // namespace trigger

namespace severity {
inline const QString Minor = QStringLiteral("minor");
inline const QString Major = QStringLiteral("major");
inline const QString Critical = QStringLiteral("critical");
QStringList all();
int rank(const QString &severity); // minor 1, major 2, critical 3, unknown 0
} // namespace severity

// What a deviation does to the batch while it waits for a supervisor's decision.
namespace blocking {
inline const QString Continue = QStringLiteral("continue");    // go on, flagged
inline const QString BlockStep = QStringLiteral("block_step"); // the step waits
inline const QString HoldBatch = QStringLiteral("hold_batch"); // the batch goes on hold
QStringList all();
} // namespace blocking

// A recipe's rules for deviations: the severity each automatic trigger gets and what each
// severity blocks. Written in the recipe's "deviations" object; what it leaves out comes from
// defaults() (the common practice: minor goes on flagged, major blocks its step, critical holds
// the batch). The core enforces the result, so no screen can let a batch past a blocking one.
struct DeviationPolicy
{
    QHash<QString, QString> severityByTrigger;
    QHash<QString, QString> blockingBySeverity;

    static DeviationPolicy defaults();

    // `stepSeverity` is the step's own "deviationSeverity", which overrides the recipe's for
    // the automatic triggers at that step.
    QString severityFor(const QString &triggerName, const QString &stepSeverity = {}) const;
    // A wrong bag and two conflicting records never go on unseen: they block at least the step,
    // whatever the recipe says.
    QString blockingFor(const QString &severityName, const QString &triggerName) const;
};

// A receipt step that checks how long the starting material was on its way: the order fields
// that hold the collection time and the scheduled arrival (UTC ISO 8601 text), and the longest
// time since collection the recipe accepts. Past it, the late-specimen deviation is raised with
// those times filled in.
struct ArrivalSpec
{
    QString collectedField;
    QString scheduledField; // may be empty
    double maxHours = 0;
    bool any() const { return !collectedField.isEmpty(); }
};

} // namespace ck
