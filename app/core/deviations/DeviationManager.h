#pragma once

#include "Deviation.h"
#include "DeviationProjection.h"
#include "common/Result.h"
#include "store/Event.h"

#include <QJsonObject>
#include <QList>

namespace ck {

class BatchManager;
class Store;
struct SignatureRequest;

// One deviation as the supervisor's desk lists it: the record and where its batch is.
struct QueuedDeviation
{
    DeviationRecord deviation;
    QString suite;
    QString orderNo;
    QString coiId;
    QString patientInitials;
};

// Deviations and the guided exception paths on this terminal, acting as the signed-in user
// through the batch manager's machinery: every action checks a permission, is decided by the
// engine inside the write transaction, and is one event (with its signature where the meaning
// demands one). Nothing here takes an actor from the caller.
class DeviationManager
{
public:
    DeviationManager(Store &store, BatchManager &batches);

    // Raised by hand at a step (empty: the active step) of a batch: an operator or supervisor.
    Result<Event> raise(const QString &batchId, const QString &stepId,
                        const DeviationFields &fields);
    // The guided incomplete-record path: the step names what the order lacks.
    Result<Event> raiseIncompleteRecord(const QString &batchId, const QString &stepId,
                                        const DeviationFields &fields = {});
    Result<Event> update(const QString &batchId, const QString &deviationId,
                         const DeviationFields &fields, const QString &note = {});
    Result<Event> comment(const QString &batchId, const QString &deviationId, const QString &text);
    // The author signs with the meaning "submitted".
    Result<Event> submit(const QString &batchId, const QString &deviationId,
                         const SignatureRequest &signature);
    // approved / rejected: signed with that meaning by a supervisor or QA person who did not
    // raise, submit or perform it. more_information: a comment, no signature.
    Result<Event> decide(const QString &batchId, const QString &deviationId,
                         const QString &decision, const QString &consequenceName,
                         const QString &comment, const SignatureRequest &signature);
    // Signed "reviewed" by a supervisor or QA person; the last one closed completes a batch
    // whose steps are all done.
    Result<Event> close(const QString &batchId, const QString &deviationId, const QString &comment,
                        const SignatureRequest &signature);

    // Exception paths. Completing the order later: a supervisor, with a reason.
    Result<Event> completeOrder(const QString &batchId, const QString &field,
                                const QJsonValue &value, const QString &reason);
    // Room or equipment not free: the batch moves to another suite, approved by a supervisor.
    Result<Event> moveBatch(const QString &batchId, const QString &suite, const QString &reason,
                            const SignatureRequest &supervisor);
    // Run failure: the batch (stageId empty) or a stage ends, with each container's disposition,
    // approved by a supervisor's signature.
    Result<Event> terminate(const QString &batchId, const QString &stageId, const QString &reason,
                            const QJsonObject &dispositions, const SignatureRequest &supervisor);
    // Manual intervention: the step is done again, justified and approved by a supervisor.
    Result<Event> repeatStep(const QString &batchId, const QString &stepId,
                             const QString &justification, const SignatureRequest &supervisor);

    // Deviations waiting for a decision or closure on this terminal, most severe then oldest
    // first; `suites` empty means every suite.
    QList<QueuedDeviation> queue(const QStringList &suites = {});
    QList<DeviationProjection::Comment> thread(const QString &deviationId);
    // The order fields a step (empty: the active step) requires and the order lacks, unless a
    // supervisor approved doing it without them; empty when nothing is missing or unknown.
    QStringList missingOrderData(const QString &batchId, const QString &stepId = {});

private:
    Store &m_store;
    BatchManager &m_batches;
};

} // namespace ck
