#include "EventTypes.h"
#include "ExecutionEngine.h"

#include <QJsonArray>

// The exception paths of a real cleanroom as guided flows: an order completed late, a batch
// moved to another suite, a run terminated with each container's disposition, a step repeated by
// a manual intervention, and two terminals that recorded the same batch while apart. Each is one
// event carrying everything it does to the batch.

namespace ck {

Result<EventDraft> ExecutionEngine::completeOrder(const BatchState &batch, const QString &field,
                                                  const QJsonValue &value, const QString &reason,
                                                  const QString &actor)
{
    if (batch.ended())
        return Error::refused(
            QStringLiteral("batch %1 is %2: its record is closed").arg(batch.id, batch.state));
    if (reason.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("completing the order later needs a reason"));
    const OrderField *f = nullptr;
    for (const OrderField &o : m_recipe.orderFields) {
        if (o.id == field)
            f = &o;
    }
    if (!f)
        return Error::notFound(
            QStringLiteral("recipe %1 has no order field '%2'").arg(m_recipe.id, field));
    const QJsonValue old = batch.orderData.value(field);
    if (!old.isUndefined() && !old.isNull() && !(old.isString() && old.toString().isEmpty()))
        return Error::refused(QStringLiteral("order field '%1' is already recorded; a recorded "
                                             "value is not replaced")
                                  .arg(field));
    if (value.isNull() || value.isUndefined() ||
        (value.isString() && value.toString().trimmed().isEmpty()))
        return Error::badInput(QStringLiteral("order field '%1' needs a value").arg(field));
    if (!f->unit.isEmpty() && !value.isDouble())
        return Error::badInput(
            QStringLiteral("order field '%1' must be a number in %2").arg(field, f->unit));
    EventDraft d = draft(batch, eventtype::OrderCompleted, actor);
    d.reason = reason.trimmed();
    d.oldValue = QString();
    d.newValue = value.isDouble() ? QString::number(value.toDouble()) : value.toString();
    d.payload.insert(QStringLiteral("orderCompleted"), QJsonObject{{field, value}});
    return d;
}

Result<EventDraft> ExecutionEngine::moveBatch(const BatchState &batch, const QString &suite,
                                              const QString &reason, const QString &actor)
{
    if (batch.ended())
        return Error::refused(QStringLiteral("batch %1 is %2").arg(batch.id, batch.state));
    const QString to = suite.simplified();
    if (to.isEmpty())
        return Error::badInput(QStringLiteral("name the suite the batch moves to"));
    if (to == batch.suite)
        return Error::refused(QStringLiteral("batch %1 is already in %2").arg(batch.id, to));
    if (reason.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("moving a batch needs a reason"));
    EventDraft d = draft(batch, eventtype::BatchMoved, actor);
    d.reason = reason.trimmed();
    d.oldValue = batch.suite;
    d.newValue = to;
    d.payload.insert(QStringLiteral("moved"), QJsonObject{{QStringLiteral("suite"), to},
                                                          {QStringLiteral("from"), batch.suite}});
    return d;
}

Result<EventDraft> ExecutionEngine::terminate(const BatchState &batch, const QString &stageId,
                                              const QString &reason,
                                              const QJsonObject &dispositions, const QString &actor)
{
    if (batch.ended() || batch.state == batchstate::Created)
        return Error::refused(QStringLiteral("batch %1 is %2: only a running batch is terminated")
                                  .arg(batch.id, batch.state));
    if (reason.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("terminating a run needs a reason"));
    static const QStringList kinds{QStringLiteral("discard"), QStringLiteral("quarantine"),
                                   QStringLiteral("return"), QStringLiteral("segregate")};
    // The containers the batch holds: those its completed steps registered.
    QStringList held;
    for (const Step &s : m_recipe.steps) {
        const StepState *st = batch.step(s.id);
        if (!s.scan.role.isEmpty() && st && st->state == stepstate::Done &&
            !batch.containerDispositions.contains(s.scan.container))
            held << s.scan.container;
    }
    for (auto it = dispositions.begin(); it != dispositions.end(); ++it) {
        if (!held.contains(it.key()))
            return Error::badInput(QStringLiteral("batch %1 holds no container '%2' (it holds: %3)")
                                       .arg(batch.id, it.key(), held.join(QStringLiteral(", "))));
        if (!kinds.contains(it.value().toString()))
            return Error::badInput(QStringLiteral("container '%1': a disposition is one of %2")
                                       .arg(it.key(), kinds.join(QStringLiteral(", "))));
    }
    EventDraft d = draft(
        batch, stageId.isEmpty() ? eventtype::BatchTerminated : eventtype::StageTerminated, actor);
    d.reason = reason.trimmed();
    if (!dispositions.isEmpty())
        d.payload.insert(QStringLiteral("dispositions"), dispositions);
    Outcome out;
    if (stageId.isEmpty()) {
        QStringList undecided;
        for (const QString &c : held) {
            if (!dispositions.contains(c))
                undecided << c;
        }
        if (!undecided.isEmpty())
            return Error::refused(
                QStringLiteral("terminating batch %1 needs the disposition of every container "
                               "it holds; missing: %2")
                    .arg(batch.id, undecided.join(QStringLiteral(", "))));
        d.oldValue = batch.state;
        d.newValue = batchstate::Aborted;
        out.batchState = batchstate::Aborted;
        finish(d, out);
        return d;
    }
    const Stage *stage = m_recipe.stage(stageId);
    if (!stage)
        return Error::notFound(
            QStringLiteral("recipe %1 has no stage '%2'").arg(m_recipe.id, stageId));
    const Step *active = m_recipe.step(batch.activeStep);
    if (!active || active->stageId != stageId)
        return Error::refused(QStringLiteral("stage '%1' is not the stage in progress (step '%2' "
                                             "is active)")
                                  .arg(stageId, batch.activeStep));
    if (!batch.openExceptions().isEmpty())
        return Error::refused(
            QStringLiteral("batch %1 waits for the decision on %2; decide it before "
                           "terminating the stage")
                .arg(batch.id, batch.openExceptions().first().id));
    const int last = stage->firstStep + stage->stepCount - 1;
    for (int i = m_recipe.indexOf(active->id); i <= last; ++i)
        out.steps.append(stepChange(m_recipe.steps[static_cast<size_t>(i)].id, stepstate::Skipped,
                                    -1, QStringLiteral("stage terminated: %1").arg(d.reason)));
    QJsonObject vals = values(batch);
    for (int i = m_recipe.indexOf(active->id); i <= last; ++i)
        vals.insert(m_recipe.steps[static_cast<size_t>(i)].id, QJsonValue::Null);
    if (Status s = advance(batch, last, vals, out); !s)
        return s.error();
    d.oldValue = stageId;
    d.newValue = QStringLiteral("terminated");
    finish(d, out);
    return d;
}

Result<EventDraft> ExecutionEngine::repeatStep(const BatchState &batch, const QString &stepId,
                                               const QString &justification, const QString &actor)
{
    Result<const Step *> step = activeStepFor(batch, stepId, "repeated", true);
    if (!step)
        return step.error();
    if (justification.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("a manual intervention needs a justification"));
    const QList<EntryRecord> current = batch.currentEntries(stepId);
    if (current.isEmpty())
        return Error::refused(
            QStringLiteral("step '%1' has no work recorded yet: there is nothing to repeat")
                .arg(stepId));
    EventDraft d = draft(batch, eventtype::StepRepeated, actor);
    d.reason = justification.trimmed();
    d.oldValue = QString::number(current.size());
    d.newValue = QStringLiteral("0");
    QJsonArray superseded;
    for (const EntryRecord &e : current)
        superseded.append(e.eventId);
    d.payload.insert(QStringLiteral("supersede"), superseded);
    d.payload.insert(QStringLiteral("intervention"),
                     QJsonObject{{QStringLiteral("kind"), QStringLiteral("repeat_step")},
                                 {QStringLiteral("step"), stepId}});
    if (const StepState *st = batch.step(stepId); st && !st->signatures.isEmpty())
        d.payload.insert(QStringLiteral("signaturesReset"), stepId);
    Outcome out;
    out.steps.append(stepChange(stepId, stepstate::Active, 0));
    out.batchState = batch.state;
    out.activeStep = stepId;
    finish(d, out);
    return d;
}

Result<EventDraft> ExecutionEngine::syncConflict(const BatchState &batch, const QString &stepId,
                                                 const QString &detail, const QStringList &eventIds,
                                                 const QString &actor)
{
    const Step *step = stepId.isEmpty() ? nullptr : m_recipe.step(stepId);
    EventDraft d = draft(batch, eventtype::SyncConflict, actor);
    d.reason = detail;
    Outcome out;
    const QString blocks =
        raise(batch, step, batch.activeStep,
              {{trigger::SyncConflict, detail,
                QJsonObject{{QStringLiteral("category"), QStringLiteral("documentation")},
                            {QStringLiteral("related"), QJsonArray::fromStringList(eventIds)}}}},
              out);
    if (blocks == blocking::HoldBatch && batch.state == batchstate::InProgress) {
        out.batchState = batchstate::OnHold;
        out.activeStep = batch.activeStep;
    }
    finish(d, out);
    return d;
}

} // namespace ck
