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

private:
    struct Outcome
    {
        QJsonArray steps;
        QJsonArray exceptions;
        QString batchState;
        QString activeStep;
    };
    Result<const Step *> activeStepFor(const BatchState &batch, const QString &stepId,
                                       const char *action, bool signing = false) const;
    // The step's work is complete: it waits for its signatures, or is done and the batch moves on.
    Status complete(const BatchState &batch, const Step &step, int done, const QJsonObject &vals,
                    Outcome &out, bool signaturesGiven = false);
    Status advance(const BatchState &batch, int fromIndex, QJsonObject values, Outcome &out);
    Result<bool> conditionHolds(const QString &expression, const QJsonObject &values);
    Result<EventDraft> recordEntry(const BatchState &batch, const Step &step, const QString &type,
                                   const QJsonValue &value, const QString &flagValue,
                                   QJsonArray exceptions, const QString &actor,
                                   QJsonObject extra = {});
    QJsonObject exception(const BatchState &batch, int offset, const Step &step,
                          const QString &kind, const QString &detail) const;
    EventDraft batchStateChange(const BatchState &batch, const QString &type, const QString &state,
                                const QString &activeStep, const QString &reason,
                                const QString &actor) const;
    EventDraft draft(const BatchState &batch, const QString &type, const QString &actor) const;
    void finish(EventDraft &d, const Outcome &out) const;

    const Recipe &m_recipe;
    ExpressionEngine &m_expressions;
    const Clock &m_clock;
};

} // namespace ck
