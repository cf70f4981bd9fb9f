#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include "deviations/Deviation.h"

#include <vector>

namespace ck {

// Batch and step states, and the values written into events and projections for them.
namespace batchstate {
inline const QString Created = QStringLiteral("created");
inline const QString InProgress = QStringLiteral("in_progress");
inline const QString OnHold = QStringLiteral("on_hold");
inline const QString Complete = QStringLiteral("complete");
inline const QString Aborted = QStringLiteral("aborted");
} // namespace batchstate

namespace stepstate {
inline const QString Pending = QStringLiteral("pending");
inline const QString Active = QStringLiteral("active");
// Its work is recorded; the batch waits at it for the signatures the recipe asks for.
inline const QString AwaitingSignature = QStringLiteral("awaiting_signature");
inline const QString Done = QStringLiteral("done");
inline const QString Skipped = QStringLiteral("skipped");
} // namespace stepstate

// How an entry compares with the step's limits.
namespace flag {
inline const QString None = QStringLiteral("none"); // the step has no limits
inline const QString InSpec = QStringLiteral("in_spec");
inline const QString Alert = QStringLiteral("alert");
inline const QString OutOfSpec = QStringLiteral("out_of_spec");
// A scan that did not match the batch's identity: kept on record, never counted.
inline const QString IdentityMismatch = QStringLiteral("identity_mismatch");
} // namespace flag

struct EntryRecord
{
    QString eventId;
    QString stepId;
    int iteration = 1;
    QJsonValue value;
    QString flag;
    QString enteredAt;
    QString actor;
    QString supersededBy; // event id of the correction that replaced this entry
    QString correctionReason;
    bool current() const { return supersededBy.isEmpty(); }
};

struct StepState
{
    QString stepId;
    int ordinal = 0;
    QString state = stepstate::Pending;
    int iterationsDone = 0;
    QString reason; // why it was skipped
    QString activatedAt;
    QString completedAt;
    QString timerStartedAt;
    // meaning -> {"event", "by", "name", "at"}: the signatures given for the step's current work.
    QJsonObject signatures;
};

// An exception the engine raised: an out-of-specification entry, a missed window, a timer outside
// its limits. It holds the batch at its step until it is resolved. The deviation workflow will
// take over the resolution; the exception and its id stay as they are.
struct ExceptionRecord
{
    QString id;
    QString stepId;
    QString kind;
    QString detail;
    QString status; // open | resolved
    QString raisedAt;
    QString raisedBy;
    QString resolution;
    QString resolutionReason;
    QString resolvedAt;
    QString resolvedBy;
    bool open() const { return status == QLatin1String("open"); }
};

struct BatchState
{
    QString id;
    QString orderNo;
    QString recipeId;
    int recipeVersion = 0;
    QString recipeHash;
    QString coiId;
    QString din; // bound by the first scan of a step that binds it; empty until then
    QString patientInitials;
    QString suite;
    QString dueUtc;
    QString state = batchstate::Created;
    QString stateReason;
    QString activeStep;
    QJsonObject orderData;
    QString createdAt;
    QString startedAt;
    QString endedAt;
    std::vector<StepState> steps; // in recipe order
    QList<EntryRecord> entries;   // every entry, superseded ones included, in order of recording
    QList<ExceptionRecord> exceptions;
    QList<DeviationRecord> deviations; // in order of raising
    // container -> discard | quarantine | return | segregate, from terminations and segregations
    QJsonObject containerDispositions;

    const StepState *step(const QString &stepId) const;
    // Current (not superseded) entries of a step, in iteration order.
    QList<EntryRecord> currentEntries(const QString &stepId) const;
    const EntryRecord *entry(const QString &eventId) const;
    QList<ExceptionRecord> openExceptions() const;
    const DeviationRecord *deviation(const QString &deviationId) const;
    QList<DeviationRecord> unclosedDeviations() const;
    // What the batch's record says about its product, at a glance: aborted, on_hold,
    // segregated, continuing_under_deviation (a deviation is not closed yet) or normal.
    QString disposition() const;
    bool ended() const { return state == batchstate::Complete || state == batchstate::Aborted; }
};

} // namespace ck
