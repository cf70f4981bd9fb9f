#pragma once

#include <QString>

namespace ck::eventtype {

// Event type names are part of the record format: they are stored, hashed and pushed to the
// central server, so they are never renamed.
inline const QString RecipeImported = QStringLiteral("recipe.imported");
inline const QString BatchCreated = QStringLiteral("batch.created");
inline const QString BatchStarted = QStringLiteral("batch.started");
inline const QString StepAcknowledged = QStringLiteral("step.acknowledged");
inline const QString EntryRecorded = QStringLiteral("entry.recorded");
inline const QString EntryCorrected = QStringLiteral("entry.corrected");
inline const QString CalculationConfirmed = QStringLiteral("calculation.confirmed");
inline const QString TimerStarted = QStringLiteral("timer.started");
inline const QString TimerStopped = QStringLiteral("timer.stopped");
inline const QString ExceptionResolved = QStringLiteral("exception.resolved");
inline const QString BatchHeld = QStringLiteral("batch.held");
inline const QString BatchResumed = QStringLiteral("batch.resumed");
inline const QString BatchAborted = QStringLiteral("batch.aborted");
inline const QString ScanRecorded = QStringLiteral("scan.recorded");
// Deviations and the exception paths.
inline const QString DeviationRaised = QStringLiteral("deviation.raised");
inline const QString DeviationUpdated = QStringLiteral("deviation.updated");
inline const QString DeviationCommented = QStringLiteral("deviation.commented");
inline const QString DeviationSubmitted = QStringLiteral("deviation.submitted");
inline const QString DeviationDecided = QStringLiteral("deviation.decided");
inline const QString DeviationClosed = QStringLiteral("deviation.closed");
inline const QString OrderCompleted = QStringLiteral("order.completed");
inline const QString BatchMoved = QStringLiteral("batch.moved");
inline const QString BatchTerminated = QStringLiteral("batch.terminated");
inline const QString StageTerminated = QStringLiteral("stage.terminated");
inline const QString StepRepeated = QStringLiteral("step.repeated");
inline const QString SyncConflict = QStringLiteral("sync.conflict");

} // namespace ck::eventtype
