#pragma once

#include "BatchState.h"
#include "CustodyReport.h"
#include "ExecutionEngine.h"
#include "ScanRules.h"
#include "common/Result.h"
#include "people/Roles.h"
#include "recipe/Recipe.h"
#include "store/Event.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace ck {

class AccessControl;
class Clock;
class EventLog;
class ExpressionEngine;
class RecipeCatalog;
class SignatureService;
class Store;
struct SignatureRequest;

// A batch order as it arrives from planning: which recipe, for which patient, in which suite.
struct BatchOrder
{
    QString orderNo;
    QString recipeId;
    int recipeVersion = 0; // 0: the highest approved version
    QString coiId;         // the patient's chain-of-identity identifier
    QString patientInitials;
    QString suite;
    QDateTime due;
    QJsonObject orderData; // values for the recipe's order fields
};

// Executes batches on this terminal: checks that the signed-in user may act, loads the batch and
// its pinned recipe inside the write transaction, asks the engine for the event and records it
// through the log with the session's user as actor. Nothing here takes an actor from the caller.
class BatchManager
{
public:
    BatchManager(Store &store, EventLog &log, RecipeCatalog &recipes, AccessControl &access,
                 SignatureService &signatures, const Clock &clock);
    ~BatchManager();

    Result<QString> createBatch(const BatchOrder &order);
    Result<BatchState> batch(const QString &batchId);
    QList<BatchState> batches();
    Result<std::shared_ptr<const Recipe>> recipeFor(const BatchState &batch);

    Result<Event> start(const QString &batchId);
    Result<Event> acknowledge(const QString &batchId, const QString &stepId);
    Result<Event> enter(const QString &batchId, const QString &stepId, const QJsonValue &value);
    Result<Event> confirmCalculation(const QString &batchId, const QString &stepId);
    Result<Event> startTimer(const QString &batchId, const QString &stepId);
    Result<Event> stopTimer(const QString &batchId, const QString &stepId);
    Result<Event> correct(const QString &batchId, const QString &entryEventId,
                          const QJsonValue &value, const QString &reason);
    Result<Event> resolveException(const QString &batchId, const QString &exceptionId,
                                   const QString &resolution, const QString &reason);
    Result<Event> hold(const QString &batchId, const QString &reason);
    Result<Event> resume(const QString &batchId, const QString &reason);
    Result<Event> abort(const QString &batchId, const QString &reason);
    // A bar code scanned at a scan step. `place` says where at the site when it is not simply
    // the batch's suite; the terminal's id is recorded with it. A match completes the step (or
    // waits for its signatures); anything else is recorded and holds the batch with an
    // identity_mismatch exception. Identity typed by hand is refused here.
    Result<Event> scan(const QString &batchId, const QString &stepId, const QString &rawText,
                       ScanSource source, const QString &place = {});
    // The only way typed identity is accepted: a supervisor or QA person other than the operator
    // approves it with their signature (meaning "approved") and a reason, recorded in the scan
    // event. The typed text is judged like a scan; a mismatch still stops the batch.
    Result<Event> overrideTypedIdentity(const QString &batchId, const QString &stepId,
                                        const QString &rawText, const QString &reason,
                                        const SignatureRequest &supervisor);
    // Every scan and hand-off of the batch's containers, from the audit trail.
    Result<CustodyReport> custody(const QString &batchId);
    // The signature a completed step waits for. `request.meaning` must be the one due; a witness
    // gives their own user id and password in the request.
    Result<Event> signStep(const QString &batchId, const QString &stepId,
                           const SignatureRequest &request);
    // The signature the step waits for next, or empty.
    QString signatureDue(const QString &batchId, const QString &stepId);

    // Called by sync when two terminals recorded on the batch while apart: both records are
    // kept and a critical sync-conflict deviation holds the batch until a supervisor decides
    // which stands. The actor is this terminal's sync ("system:sync"), not a person.
    Result<Event> recordSyncConflict(const QString &batchId, const QString &stepId,
                                     const QString &detail, const QStringList &eventIds);

    Result<QJsonValue> calculate(const QString &batchId, const QString &stepId);
    WindowStatus window(const QString &batchId, const QString &stepId);
    TimerStatus timer(const QString &batchId, const QString &stepId);

    // The seam the deviation workflow plugs into: called after an event that raised exceptions
    // has been committed, with each exception as recorded in the event's payload.
    using ExceptionListener = std::function<void(const Event &event, const QJsonObject &exception)>;
    void addExceptionListener(ExceptionListener listener);

    const Clock &clock() const { return m_clock; }

    // The machinery every batch action runs through, for the managers that act on batches beside
    // this one (DeviationManager): check the session user's permission, load the batch and its
    // pinned recipe inside the write transaction, let the engine decide, record the event.
    using Action = std::function<Result<EventDraft>(ExecutionEngine &, const BatchState &,
                                                    const QString &actor)>;
    Result<Event> act(const QString &batchId, Permission permission, const char *what,
                      const Action &action);
    Result<Event> record(const QString &batchId, const char *what, const Action &action,
                         const QString &actor);
    // A signed action: the signer's credentials are checked first (a failure is recorded), the
    // signer is the event's actor, and the action names the events the signature covers.
    using SignedAction = std::function<Result<EventDraft>(
        ExecutionEngine &, const BatchState &, const QString &signer, QStringList &signedEvents)>;
    Result<Event> recordSigned(const QString &batchId, Permission permission, const char *what,
                               const SignatureRequest &request, const QStringList &meanings,
                               const SignedAction &action);
    SignatureService &signatures() { return m_signatures; }
    AccessControl &access() { return m_access; }

private:
    Result<QString> lastEventOf(const QString &batchId);

    Store &m_store;
    EventLog &m_log;
    RecipeCatalog &m_recipes;
    AccessControl &m_access;
    SignatureService &m_signatures;
    const Clock &m_clock;
    std::unique_ptr<ExpressionEngine> m_expressions;
    std::vector<ExceptionListener> m_listeners;
};

} // namespace ck
