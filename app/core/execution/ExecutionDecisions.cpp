#include "EntryRules.h"
#include "EventTypes.h"
#include "ExecutionEngine.h"
#include "ScanRules.h"
#include "recipe/Expression.h"

// The engine's decisions on a batch that departs from its plan: corrections, exception
// resolutions, hold, resume and abort. Split from ExecutionEngine.cpp to keep files readable;
// deviations are in ExecutionDeviations.cpp.

namespace ck {

Result<EventDraft> ExecutionEngine::correct(const BatchState &batch, const QString &entryEventId,
                                            const QJsonValue &value, const QString &reason,
                                            const QString &actor)
{
    if (reason.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("a correction needs a reason"));
    if (batch.ended())
        return Error::refused(
            QStringLiteral("batch %1 is %2: its record is closed").arg(batch.id, batch.state));
    const EntryRecord *old = batch.entry(entryEventId);
    if (!old)
        return Error::notFound(
            QStringLiteral("batch %1 has no entry %2").arg(batch.id, entryEventId));
    if (!old->current())
        return Error::refused(
            QStringLiteral("entry %1 was already corrected by %2; correct the current one")
                .arg(entryEventId, old->supersededBy));
    const Step *step = m_recipe.step(old->stepId);
    if (!step || !(step->kind == StepKind::Numeric || step->kind == StepKind::Text ||
                   step->kind == StepKind::Choice))
        return Error::refused(
            QStringLiteral("step '%1' records no typed value: only numeric, text and "
                           "choice entries are corrected")
                .arg(old->stepId));
    // A value that a later decision already used cannot change underneath that decision.
    QSet<QString> allNames;
    for (const Step &s : m_recipe.steps)
        allNames.insert(s.id);
    for (const OrderField &f : m_recipe.orderFields)
        allNames.insert(f.id);
    for (size_t i = static_cast<size_t>(m_recipe.indexOf(step->id)) + 1; i < m_recipe.steps.size();
         ++i) {
        const Step &later = m_recipe.steps[i];
        const StepState *ls = batch.step(later.id);
        if (!ls || ls->state == stepstate::Pending)
            continue;
        const Stage *stage = m_recipe.stage(later.stageId);
        for (const QString &expr :
             {later.expression, later.when, stage ? stage->when : QString()}) {
            if (expr.isEmpty())
                continue;
            Result<QStringList> used = m_expressions.check(expr, allNames);
            if (used && used->contains(step->id))
                return Error::refused(
                    QStringLiteral("cannot correct '%1': step '%2' already used its value (%3)")
                        .arg(step->id, later.id, expr));
        }
    }
    const StepState *st = batch.step(step->id);
    const bool signedWork = st && !st->signatures.isEmpty();
    if (signedWork && st->state != stepstate::AwaitingSignature)
        return Error::refused(
            QStringLiteral("step '%1' is signed (%2): its record is not corrected after signing")
                .arg(step->id, st->signatures.keys().join(QStringLiteral(", "))));
    Result<QJsonValue> v = entryrules::normalize(*step, value);
    if (!v)
        return v.error();
    const QString f = classify(*step, *v);
    EventDraft d = draft(batch, eventtype::EntryCorrected, actor);
    // The signatures given were for the work as it was; the corrected work is signed again.
    if (signedWork)
        d.payload.insert(QStringLiteral("signaturesReset"), step->id);
    d.reason = reason.trimmed();
    d.oldValue = entryrules::valueText(*step, old->value);
    d.newValue = entryrules::valueText(*step, *v);
    d.payload.insert(QStringLiteral("supersede"), QJsonArray{entryEventId});
    d.payload.insert(QStringLiteral("entry"),
                     QJsonObject{{QStringLiteral("step"), step->id},
                                 {QStringLiteral("iteration"), old->iteration},
                                 {QStringLiteral("value"), *v},
                                 {QStringLiteral("flag"), f}});
    if (f == flag::OutOfSpec) {
        Outcome out;
        const QString blocks =
            raise(batch, step, batch.activeStep,
                  {{trigger::OutOfSpecification,
                    QStringLiteral("corrected to ") + entryrules::outOfSpecDetail(*step, *v),
                    {}}},
                  out);
        if (blocks != blocking::Continue) {
            out.batchState = blocks == blocking::HoldBatch || batch.state == batchstate::OnHold
                                 ? batchstate::OnHold
                                 : batchstate::InProgress;
            out.activeStep = batch.activeStep;
        }
        finish(d, out);
    }
    return d;
}

Result<EventDraft> ExecutionEngine::resolveException(const BatchState &batch,
                                                     const QString &exceptionId,
                                                     const QString &resolution,
                                                     const QString &reason, const QString &actor)
{
    static const QStringList kResolutions{QStringLiteral("continue"), QStringLiteral("repeat"),
                                          QStringLiteral("abort")};
    if (!kResolutions.contains(resolution))
        return Error::badInput(QStringLiteral("resolution '%1' is not one of: %2")
                                   .arg(resolution, kResolutions.join(QStringLiteral(", "))));
    if (reason.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("resolving an exception needs a reason"));
    const ExceptionRecord *x = nullptr;
    for (const ExceptionRecord &e : batch.exceptions) {
        if (e.id == exceptionId)
            x = &e;
    }
    if (!x)
        return Error::notFound(
            QStringLiteral("batch %1 has no exception %2").arg(batch.id, exceptionId));
    if (!x->open())
        return Error::refused(QStringLiteral("exception %1 is already resolved (%2)")
                                  .arg(exceptionId, x->resolution));
    if (x->kind == kIdentityMismatch && resolution == QLatin1String("continue"))
        return Error::refused(
            QStringLiteral("exception %1 is an identity mismatch at step '%2': nobody accepts a "
                           "bag that does not match; scan again (repeat) or abort the batch")
                .arg(exceptionId, x->stepId));

    EventDraft d = draft(batch, eventtype::ExceptionResolved, actor);
    d.reason = reason.trimmed();
    d.oldValue = QStringLiteral("open");
    d.newValue = resolution;
    d.payload.insert(QStringLiteral("resolved"),
                     QJsonObject{{QStringLiteral("exception"), exceptionId},
                                 {QStringLiteral("resolution"), resolution}});
    Outcome out;
    if (resolution == QLatin1String("abort")) {
        out.batchState = batchstate::Aborted;
        finish(d, out);
        return d;
    }

    const Step *step = m_recipe.step(x->stepId);
    const StepState *st = batch.step(x->stepId);
    const bool stepActive = st && st->state == stepstate::Active && batch.activeStep == x->stepId;
    const QList<EntryRecord> current = batch.currentEntries(x->stepId);
    const bool pending = stepActive && current.size() > st->iterationsDone;
    if (resolution == QLatin1String("repeat")) {
        if (!stepActive)
            return Error::refused(
                QStringLiteral("step '%1' is no longer active: correct its entry instead "
                               "of repeating it")
                    .arg(x->stepId));
        if (pending)
            d.payload.insert(QStringLiteral("supersede"), QJsonArray{current.last().eventId});
    }
    const bool othersOpen = batch.openExceptions().size() > 1;
    if (!othersOpen) {
        if (resolution == QLatin1String("continue") && pending && step) {
            const int done = static_cast<int>(current.size());
            if (done >= step->repeat.count) {
                if (Status s = complete(batch, *step, done, values(batch), out); !s)
                    return s.error();
            } else {
                out.steps.append(stepChange(step->id, stepstate::Active, done));
                out.batchState = batchstate::InProgress;
                out.activeStep = step->id;
            }
        } else {
            out.batchState = batchstate::InProgress;
            out.activeStep = batch.activeStep;
        }
    }
    finish(d, out);
    return d;
}

Result<EventDraft> ExecutionEngine::hold(const BatchState &batch, const QString &reason,
                                         const QString &actor)
{
    if (batch.state != batchstate::InProgress)
        return Error::refused(
            QStringLiteral("only a batch in progress can be put on hold; %1 is %2")
                .arg(batch.id, batch.state));
    if (reason.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("putting a batch on hold needs a reason"));
    return batchStateChange(batch, eventtype::BatchHeld, batchstate::OnHold, batch.activeStep,
                            reason, actor);
}

Result<EventDraft> ExecutionEngine::resume(const BatchState &batch, const QString &reason,
                                           const QString &actor)
{
    if (batch.state != batchstate::OnHold)
        return Error::refused(QStringLiteral("batch %1 is not on hold").arg(batch.id));
    if (!batch.openExceptions().isEmpty())
        return Error::refused(QStringLiteral("batch %1 has open exceptions; resolve %2 first")
                                  .arg(batch.id, batch.openExceptions().first().id));
    return batchStateChange(batch, eventtype::BatchResumed, batchstate::InProgress,
                            batch.activeStep, reason, actor);
}

Result<EventDraft> ExecutionEngine::abort(const BatchState &batch, const QString &reason,
                                          const QString &actor)
{
    if (batch.ended())
        return Error::refused(QStringLiteral("batch %1 is already %2").arg(batch.id, batch.state));
    if (reason.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("aborting a batch needs a reason"));
    return batchStateChange(batch, eventtype::BatchAborted, batchstate::Aborted, QString(), reason,
                            actor);
}

EventDraft ExecutionEngine::batchStateChange(const BatchState &batch, const QString &type,
                                             const QString &state, const QString &activeStep,
                                             const QString &reason, const QString &actor) const
{
    EventDraft d = draft(batch, type, actor);
    d.reason = reason.trimmed();
    d.oldValue = batch.state;
    d.newValue = state;
    Outcome out;
    out.batchState = state;
    out.activeStep = activeStep;
    finish(d, out);
    return d;
}

} // namespace ck
