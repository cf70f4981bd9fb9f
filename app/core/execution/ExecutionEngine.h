#pragma once

#include "BatchState.h"
#include "StepTiming.h"
#include "common/Result.h"
#include "recipe/Recipe.h"
#include "store/Event.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace ck {

class Clock;
class ExpressionEngine;
struct ScanAttempt;

// The rules of executing a batch record, with no storage: given the recipe, the batch as it
// stands and the clock, each action returns the event to record (with every consequence in its
// payload) or the reason it is refused. The same engine serves the terminal, the tests and the
// dry run (`chainkeeper simulate`).
class ExecutionEngine
{
public:
    ExecutionEngine(const Recipe &recipe, ExpressionEngine &expressions, const Clock &clock);

    Result<EventDraft> start(const BatchState &batch, const QString &actor);
    Result<EventDraft> acknowledge(const BatchState &batch, const QString &stepId,
                                   const QString &actor);
    // Numeric (a number, or its text in the C locale), text and choice entries.
    Result<EventDraft> enter(const BatchState &batch, const QString &stepId,
                             const QJsonValue &value, const QString &actor);
    Result<EventDraft> confirmCalculation(const BatchState &batch, const QString &stepId,
                                          const QString &actor);
    Result<EventDraft> startTimer(const BatchState &batch, const QString &stepId,
                                  const QString &actor);
    Result<EventDraft> stopTimer(const BatchState &batch, const QString &stepId,
                                 const QString &actor);
    // A scan at a scan step, judged by ScanRules. Anything but a match is kept on record and
    // raises an identity_mismatch exception that holds the batch at the step.
    Result<EventDraft> scan(const BatchState &batch, const QString &stepId,
                            const ScanAttempt &attempt, const QString &actor);
    Result<EventDraft> correct(const BatchState &batch, const QString &entryEventId,
                               const QJsonValue &value, const QString &reason,
                               const QString &actor);
    // resolution: "continue" (accept and go on), "repeat" (the flagged entry does not count; enter
    // again) or "abort" (the batch ends). An identity mismatch is never continued.
    Result<EventDraft> resolveException(const BatchState &batch, const QString &exceptionId,
                                        const QString &resolution, const QString &reason,
                                        const QString &actor);
    Result<EventDraft> hold(const BatchState &batch, const QString &reason, const QString &actor);
    Result<EventDraft> resume(const BatchState &batch, const QString &reason, const QString &actor);
    Result<EventDraft> abort(const BatchState &batch, const QString &reason, const QString &actor);
    // A signature the recipe asks for at a completed step. The caller (BatchManager with the
    // SignatureService) has checked the signer's credentials and adds the signature itself.
    Result<EventDraft> sign(const BatchState &batch, const QString &stepId, const QString &meaning,
                            const QString &signer);
    // Deviations (ExecutionDeviations.cpp). A deviation raised by hand at any step; the
    // recipe's policy for its severity decides whether the batch goes on, the step waits or the
    // batch goes on hold.
    Result<EventDraft> raiseDeviation(const BatchState &batch, const QString &stepId,
                                      const QString &triggerName, const DeviationFields &fields,
                                      const QString &detail, const QString &actor);
    // Completes what the operator writes, while the deviation is open or sent back.
    Result<EventDraft> updateDeviation(const BatchState &batch, const QString &deviationId,
                                       const DeviationFields &fields, const QString &note,
                                       const QString &actor);
    Result<EventDraft> commentDeviation(const BatchState &batch, const QString &deviationId,
                                        const QString &text, const QString &actor);
    // The operator's signed submission (the caller binds the signature).
    Result<EventDraft> submitDeviation(const BatchState &batch, const QString &deviationId,
                                       const QString &actor);
    // decision: approved | rejected | more_information. The consequence for the batch is one of
    // consequence::*; separation of duties is checked here against `actor` (the signer).
    Result<EventDraft> decideDeviation(const BatchState &batch, const QString &deviationId,
                                       const QString &decision, const QString &consequenceName,
                                       const QString &comment, const QString &actor);
    Result<EventDraft> closeDeviation(const BatchState &batch, const QString &deviationId,
                                      const QString &comment, const QString &actor);
    // The people a deviation's decision must not come from: who raised or submitted it and who
    // performed its step.
    QStringList involvedIn(const BatchState &batch, const DeviationRecord &deviation) const;
    // Exception paths.
    Result<EventDraft> completeOrder(const BatchState &batch, const QString &field,
                                     const QJsonValue &value, const QString &reason,
                                     const QString &actor);
    Result<EventDraft> moveBatch(const BatchState &batch, const QString &suite,
                                 const QString &reason, const QString &actor);
    // stageId empty: the whole run ends (aborted); otherwise the rest of that stage is skipped.
    // `dispositions`: container -> discard | quarantine | return | segregate.
    Result<EventDraft> terminate(const BatchState &batch, const QString &stageId,
                                 const QString &reason, const QJsonObject &dispositions,
                                 const QString &actor);
    // A manual intervention: the step's work so far no longer counts and it is done again.
    Result<EventDraft> repeatStep(const BatchState &batch, const QString &stepId,
                                  const QString &justification, const QString &actor);
    // Two terminals recorded on the batch while apart: both records are kept and a critical
    // sync-conflict deviation holds the batch until a supervisor decides which one stands.
    Result<EventDraft> syncConflict(const BatchState &batch, const QString &stepId,
                                    const QString &detail, const QStringList &eventIds,
                                    const QString &actor);
    // Missing order fields a step requires, unless a supervisor approved doing it without them.
    QStringList missingOrderData(const BatchState &batch, const Step &step) const;

    // The signature a step waits for next ("performed", "verified"), or empty.
    QString signatureDue(const BatchState &batch, const Step &step) const;
    // The event ids a signature of the step signs.
    QStringList signedRecord(const BatchState &batch, const QString &stepId) const;

    // Queries for screens and reports.
    Result<QJsonValue> calculate(const BatchState &batch, const QString &stepId);
    WindowStatus window(const BatchState &batch, const QString &stepId) const;
    TimerStatus timer(const BatchState &batch, const QString &stepId) const;
    QString classify(const Step &step, const QJsonValue &value) const;
    // The names an expression sees: order fields and the current value of each step entered.
    QJsonObject values(const BatchState &batch) const;

    const Recipe &recipe() const { return m_recipe; }
    // Deviation ids carry the terminal's id, so that two terminals raising deviations on the same
    // batch while apart never make the same id.
    void setTerminal(const QString &terminalId) { m_terminal = terminalId; }

private:
    struct Outcome
    {
        QJsonArray steps;
        QJsonArray exceptions;
        QJsonArray deviations;
        QString batchState;
        QString activeStep;
    };
    struct Raised
    {
        QString trigger;
        QString detail;
        QJsonObject fields; // category, description, ... when raised by hand
    };
    // Records each raised deviation in `out` under the recipe's policy and returns the
    // strongest blocking among them (blocking::Continue when none blocks). `blockAt` is the
    // step that waits when one blocks.
    QString raise(const BatchState &batch, const Step *step, const QString &blockAt,
                  const QList<Raised> &raised, Outcome &out) const;
    QString deviationId(const BatchState &batch, int offset) const;
    static QJsonObject stepChange(const QString &stepId, const QString &state,
                                  int iterationsDone = -1, const QString &reason = {});
    Result<const DeviationRecord *> deviationFor(const BatchState &batch,
                                                 const QString &deviationId) const;
    // Applies a decision's consequence to the batch: resolves the deviation's exception or
    // holds or aborts the batch.
    Status applyConsequence(const BatchState &batch, const DeviationRecord &deviation,
                            const QString &consequenceName, const QString &comment,
                            const QString &actor, EventDraft &d, Outcome &out);
    Result<const Step *> activeStepFor(const BatchState &batch, const QString &stepId,
                                       const char *action, bool signing = false) const;
    // The step's work is complete: it waits for its signatures, or is done and the batch moves on.
    Status complete(const BatchState &batch, const Step &step, int done, const QJsonObject &vals,
                    Outcome &out, bool signaturesGiven = false);
    Status advance(const BatchState &batch, int fromIndex, QJsonObject values, Outcome &out);
    Result<bool> conditionHolds(const QString &expression, const QJsonObject &values);
    Result<EventDraft> recordEntry(const BatchState &batch, const Step &step, const QString &type,
                                   const QJsonValue &value, const QString &flagValue,
                                   QList<Raised> raised, const QString &actor,
                                   QJsonObject extra = {});
    EventDraft batchStateChange(const BatchState &batch, const QString &type, const QString &state,
                                const QString &activeStep, const QString &reason,
                                const QString &actor) const;
    EventDraft draft(const BatchState &batch, const QString &type, const QString &actor) const;
    void finish(EventDraft &d, const Outcome &out) const;

    const Recipe &m_recipe;
    ExpressionEngine &m_expressions;
    const Clock &m_clock;
    QString m_terminal;
};

} // namespace ck
