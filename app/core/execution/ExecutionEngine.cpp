#include "ExecutionEngine.h"

#include "EntryRules.h"
#include "EventTypes.h"
#include "ScanRules.h"
#include "common/Clock.h"
#include "people/PeopleEvents.h"
#include "people/Roles.h"
#include "recipe/Expression.h"

#include <cmath>

namespace ck {

QJsonObject ExecutionEngine::stepChange(const QString &stepId, const QString &state,
                                        int iterationsDone, const QString &reason)
{
    QJsonObject o{{QStringLiteral("step"), stepId}, {QStringLiteral("state"), state}};
    if (iterationsDone >= 0)
        o.insert(QStringLiteral("iterationsDone"), iterationsDone);
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

ExecutionEngine::ExecutionEngine(const Recipe &recipe, ExpressionEngine &expressions,
                                 const Clock &clock)
    : m_recipe(recipe), m_expressions(expressions), m_clock(clock)
{}

EventDraft ExecutionEngine::draft(const BatchState &batch, const QString &type,
                                  const QString &actor) const
{
    EventDraft d;
    d.actor = actor;
    d.type = type;
    d.batchId = batch.id;
    return d;
}

void ExecutionEngine::finish(EventDraft &d, const Outcome &out) const
{
    if (!out.steps.isEmpty())
        d.payload.insert(QStringLiteral("steps"), out.steps);
    if (!out.exceptions.isEmpty())
        d.payload.insert(QStringLiteral("exceptions"), out.exceptions);
    if (!out.deviations.isEmpty())
        d.payload.insert(QStringLiteral("deviations"), out.deviations);
    if (!out.batchState.isEmpty()) {
        d.payload.insert(QStringLiteral("batchState"), out.batchState);
        d.payload.insert(QStringLiteral("activeStep"), out.activeStep);
    }
}

QJsonObject ExecutionEngine::values(const BatchState &batch) const
{
    QJsonObject v;
    for (const OrderField &f : m_recipe.orderFields) {
        if (batch.orderData.contains(f.id))
            v.insert(f.id, batch.orderData.value(f.id));
    }
    for (const Step &s : m_recipe.steps) {
        if (s.kind == StepKind::Instruction)
            continue;
        const StepState *st = batch.step(s.id);
        if (st && st->state == stepstate::Skipped) {
            v.insert(s.id, QJsonValue::Null);
            continue;
        }
        const QList<EntryRecord> entries = batch.currentEntries(s.id);
        if (!entries.isEmpty())
            v.insert(s.id, entries.last().value);
    }
    return v;
}

Result<bool> ExecutionEngine::conditionHolds(const QString &expression, const QJsonObject &values)
{
    Result<QJsonValue> r = m_expressions.evaluate(expression, values);
    if (!r)
        return Error::refused(QStringLiteral("condition '%1' cannot be evaluated: %2")
                                  .arg(expression, r.error().message));
    const QJsonValue v = *r;
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0.0;
    return !v.toString().isEmpty();
}

Status ExecutionEngine::advance(const BatchState &batch, int fromIndex, QJsonObject vals,
                                Outcome &out)
{
    for (int i = fromIndex + 1; i < static_cast<int>(m_recipe.steps.size()); ++i) {
        const Step &step = m_recipe.steps[static_cast<size_t>(i)];
        const Stage *stage = m_recipe.stage(step.stageId);
        QString skipReason;
        if (stage && !stage->when.isEmpty()) {
            Result<bool> holds = conditionHolds(stage->when, vals);
            if (!holds)
                return holds.error();
            if (!*holds)
                skipReason = QStringLiteral("stage condition not met: %1").arg(stage->when);
        }
        if (skipReason.isEmpty() && !step.when.isEmpty()) {
            Result<bool> holds = conditionHolds(step.when, vals);
            if (!holds)
                return holds.error();
            if (!*holds)
                skipReason = QStringLiteral("condition not met: %1").arg(step.when);
        }
        if (!skipReason.isEmpty()) {
            out.steps.append(stepChange(step.id, stepstate::Skipped, -1, skipReason));
            if (step.kind != StepKind::Instruction)
                vals.insert(step.id, QJsonValue::Null);
            continue;
        }
        out.steps.append(stepChange(step.id, stepstate::Active));
        out.activeStep = step.id;
        out.batchState = batchstate::InProgress;
        return {};
    }
    out.activeStep.clear();
    // A batch with a deviation that is not closed is not complete: every step is done, and
    // closing the last deviation completes it.
    const bool deviationsOpen = !batch.unclosedDeviations().isEmpty() || !out.deviations.isEmpty();
    out.batchState = deviationsOpen ? batchstate::InProgress : batchstate::Complete;
    return {};
}

Status ExecutionEngine::complete(const BatchState &batch, const Step &step, int done,
                                 const QJsonObject &vals, Outcome &out, bool signaturesGiven)
{
    if (!step.signatures.isEmpty() && !signaturesGiven) {
        // The work is recorded; the batch stays at the step until it is signed.
        out.steps.append(stepChange(step.id, stepstate::AwaitingSignature, done));
        out.batchState = batchstate::InProgress;
        out.activeStep = step.id;
        return {};
    }
    out.steps.append(stepChange(step.id, stepstate::Done, done));
    return advance(batch, m_recipe.indexOf(step.id), vals, out);
}

QString ExecutionEngine::signatureDue(const BatchState &batch, const Step &step) const
{
    const StepState *st = batch.step(step.id);
    if (!st || st->state != stepstate::AwaitingSignature)
        return {};
    for (const QString &meaning : step.signatures) {
        if (!st->signatures.contains(meaning))
            return meaning;
    }
    return {};
}

Result<EventDraft> ExecutionEngine::sign(const BatchState &batch, const QString &stepId,
                                         const QString &meaning, const QString &signer)
{
    Result<const Step *> step = activeStepFor(batch, stepId, "signed", true);
    if (!step)
        return step.error();
    const QString due = signatureDue(batch, **step);
    if (due.isEmpty())
        return Error::refused(
            QStringLiteral("step '%1' waits for no signature: its work is not complete, or it "
                           "needs none")
                .arg(stepId));
    if (meaning != due)
        return Error::refused(QStringLiteral("step '%1' waits for the '%2' signature, not '%3'")
                                  .arg(stepId, due, meaning));
    EventDraft d = draft(batch, eventtype::SignatureApplied, signer);
    d.newValue = meaning;
    d.payload.insert(
        QStringLiteral("stepSignature"),
        QJsonObject{{QStringLiteral("step"), stepId}, {QStringLiteral("meaning"), meaning}});
    const StepState *st = batch.step(stepId);
    Outcome out;
    if ((*step)->signatures.last() == meaning) {
        if (Status s = complete(batch, **step, st->iterationsDone, values(batch), out, true); !s)
            return s.error();
    }
    finish(d, out);
    return d;
}

QStringList ExecutionEngine::signedRecord(const BatchState &batch, const QString &stepId) const
{
    // What a step signature covers: the step's current entries and, for the verifier, the
    // performer's signature, so that a verification cannot be moved to other work.
    QStringList ids;
    for (const EntryRecord &e : batch.currentEntries(stepId))
        ids << e.eventId;
    if (const StepState *st = batch.step(stepId)) {
        for (const QString &meaning : {meaning::Performed})
            if (st->signatures.contains(meaning))
                ids << st->signatures.value(meaning)[u"event"].toString();
    }
    return ids;
}

Result<EventDraft> ExecutionEngine::start(const BatchState &batch, const QString &actor)
{
    if (batch.state != batchstate::Created)
        return Error::refused(QStringLiteral("batch %1 is already %2").arg(batch.id, batch.state));
    EventDraft d = draft(batch, eventtype::BatchStarted, actor);
    d.oldValue = batch.state;
    Outcome out;
    if (Status s = advance(batch, -1, values(batch), out); !s)
        return s.error();
    d.newValue = out.batchState;
    finish(d, out);
    return d;
}

Result<const Step *> ExecutionEngine::activeStepFor(const BatchState &batch, const QString &stepId,
                                                    const char *action, bool signing) const
{
    if (batch.state == batchstate::Created)
        return Error::refused(QStringLiteral("batch %1 has not been started").arg(batch.id));
    if (batch.ended())
        return Error::refused(QStringLiteral("batch %1 is %2").arg(batch.id, batch.state));
    if (batch.state == batchstate::OnHold) {
        QStringList open;
        for (const ExceptionRecord &x : batch.openExceptions())
            open << QStringLiteral("%1 (%2 at step '%3')").arg(x.id, x.kind, x.stepId);
        return Error::refused(
            open.isEmpty()
                ? QStringLiteral("batch %1 is on hold: %2").arg(batch.id, batch.stateReason)
                : QStringLiteral("batch %1 is on hold until its exceptions are resolved: %2")
                      .arg(batch.id, open.join(QStringLiteral(", "))));
    }
    const Step *step = m_recipe.step(stepId);
    if (!step)
        return Error::notFound(
            QStringLiteral("recipe %1 has no step '%2'").arg(m_recipe.id, stepId));
    if (batch.activeStep != stepId)
        return Error::refused(QStringLiteral("step '%1' is not the active step (the active step is "
                                             "'%2'): steps run in the recipe's order")
                                  .arg(stepId, batch.activeStep));
    for (const ExceptionRecord &x : batch.openExceptions()) {
        if (x.stepId == stepId)
            return Error::refused(
                QStringLiteral("step '%1' waits for the decision on deviation %2 (%3): a "
                               "supervisor approves or rejects it before the step goes on")
                    .arg(stepId, x.id, x.kind));
    }
    if (const QStringList missing = missingOrderData(batch, *step); !signing && !missing.isEmpty())
        return Error::refused(
            QStringLiteral("step '%1' cannot be done: the order lacks %2. Complete the order with "
                           "a reason, or raise the incomplete-record deviation for a supervisor's "
                           "approval")
                .arg(stepId, missing.join(QStringLiteral(", "))));
    if (const StepState *st = batch.step(stepId);
        !signing && st && st->state == stepstate::AwaitingSignature)
        return Error::refused(QStringLiteral("step '%1' is complete and waits for the '%2' "
                                             "signature before the batch goes on")
                                  .arg(stepId, signatureDue(batch, *step)));
    const WindowStatus w = window(batch, stepId);
    if (signing)
        return step;
    if (w.state == WindowStatus::State::NotOpen)
        return Error::refused(QStringLiteral("step '%1' cannot be %2 before its window opens at %3")
                                  .arg(stepId, QLatin1String(action), utcText(w.opensAt)));
    return step;
}

Result<EventDraft> ExecutionEngine::recordEntry(const BatchState &batch, const Step &step,
                                                const QString &type, const QJsonValue &value,
                                                const QString &flagValue, QList<Raised> raised,
                                                const QString &actor, QJsonObject extra)
{
    const StepState *st = batch.step(step.id);
    const int iteration = static_cast<int>(batch.currentEntries(step.id).size()) + 1;
    const QDateTime now = m_clock.nowUtc();
    if (const WindowStatus w = window(batch, step.id); w.state == WindowStatus::State::Missed)
        raised.append({trigger::WindowMissed,
                       QStringLiteral("done at %1, the window closed at %2")
                           .arg(utcText(now), utcText(w.latestAt)),
                       {}});
    if (flagValue == flag::OutOfSpec)
        raised.append(
            {step.kind == StepKind::Timer ? trigger::TimerOutOfLimits : trigger::OutOfSpecification,
             entryrules::outOfSpecDetail(step, value),
             {}});
    if (step.arrival.any()) {
        const ArrivalCheck a = arrivalCheck(step, batch.orderData, now);
        extra.insert(QStringLiteral("arrival"), a.payload);
        if (a.late)
            raised.append({trigger::LateSpecimen, a.detail, {}});
    }

    EventDraft d = draft(batch, type, actor);
    d.payload = extra;
    d.payload.insert(QStringLiteral("entry"), QJsonObject{{QStringLiteral("step"), step.id},
                                                          {QStringLiteral("iteration"), iteration},
                                                          {QStringLiteral("value"), value},
                                                          {QStringLiteral("flag"), flagValue}});
    d.newValue = entryrules::valueText(step, value);
    Outcome out;
    const QString blocks = raise(batch, &step, step.id, raised, out);
    if (!raised.isEmpty())
        d.reason = raised.first().detail;
    if (blocks != blocking::Continue) {
        // The entry is kept and flagged but does not count until a supervisor decides.
        out.batchState = blocks == blocking::HoldBatch || batch.state == batchstate::OnHold
                             ? batchstate::OnHold
                             : batchstate::InProgress;
        out.activeStep = step.id;
    } else {
        const int done = (st ? st->iterationsDone : 0) + 1;
        if (done >= step.repeat.count) {
            QJsonObject vals = values(batch);
            if (step.kind != StepKind::Instruction)
                vals.insert(step.id, value);
            if (Status s = complete(batch, step, done, vals, out); !s)
                return s.error();
        } else {
            out.steps.append(stepChange(step.id, stepstate::Active, done));
            out.batchState = batchstate::InProgress;
            out.activeStep = step.id;
        }
    }
    finish(d, out);
    return d;
}

Result<EventDraft> ExecutionEngine::acknowledge(const BatchState &batch, const QString &stepId,
                                                const QString &actor)
{
    Result<const Step *> step = activeStepFor(batch, stepId, "acknowledged");
    if (!step)
        return step.error();
    if ((*step)->kind != StepKind::Instruction)
        return Error::badInput(QStringLiteral("step '%1' is a %2 step, not an instruction")
                                   .arg(stepId, stepKindName((*step)->kind)));
    return recordEntry(batch, **step, eventtype::StepAcknowledged, true, flag::None, {}, actor);
}

Result<EventDraft> ExecutionEngine::enter(const BatchState &batch, const QString &stepId,
                                          const QJsonValue &value, const QString &actor)
{
    Result<const Step *> step = activeStepFor(batch, stepId, "entered");
    if (!step)
        return step.error();
    Result<QJsonValue> v = entryrules::normalize(**step, value);
    if (!v)
        return v.error();
    return recordEntry(batch, **step, eventtype::EntryRecorded, *v, classify(**step, *v), {},
                       actor);
}

Result<EventDraft> ExecutionEngine::scan(const BatchState &batch, const QString &stepId,
                                         const ScanAttempt &attempt, const QString &actor)
{
    Result<const Step *> step = activeStepFor(batch, stepId, "scanned");
    if (!step)
        return step.error();
    if ((*step)->kind != StepKind::Scan)
        return Error::badInput(QStringLiteral("step '%1' is a %2 step, not a scan")
                                   .arg(stepId, stepKindName((*step)->kind)));
    const ScanRules rules(**step, batch, m_clock.nowUtc());
    Result<ScanJudgement> j = rules.judge(attempt.raw.toUtf8());
    if (!j)
        return j.error();
    QList<Raised> raised;
    if (!j->matched())
        raised.append({j->verdict == scanverdict::Expired ? trigger::MaterialNotReleased
                                                          : trigger::IdentityMismatch,
                       j->detail(),
                       {}});
    else if (attempt.source == ScanSource::Typed)
        raised.append({trigger::TypedIdentityOverride,
                       QStringLiteral("identity typed by hand, approved by %1: %2")
                           .arg(attempt.approval.value(u"printedName").toString(),
                                attempt.approval.value(u"reason").toString()),
                       {}});
    Result<EventDraft> d = recordEntry(
        batch, **step, eventtype::ScanRecorded, j->identity.isEmpty() ? attempt.raw : j->identity,
        j->matched() ? flag::InSpec : flag::IdentityMismatch, raised, actor,
        {{QStringLiteral("scan"), rules.payload(attempt, *j)}});
    // Typed identity is recorded with the supervisor's reason; the deviation carries the rest.
    if (d && attempt.source == ScanSource::Typed && j->matched())
        d.value().reason = attempt.approval.value(u"reason").toString();
    return d;
}

Result<QJsonValue> ExecutionEngine::calculate(const BatchState &batch, const QString &stepId)
{
    const Step *step = m_recipe.step(stepId);
    if (!step || step->kind != StepKind::Calculation)
        return Error::badInput(QStringLiteral("'%1' is not a calculation step").arg(stepId));
    const QJsonObject vals = values(batch);
    QSet<QString> known;
    for (auto it = vals.begin(); it != vals.end(); ++it)
        known.insert(it.key());
    Result<QStringList> names = m_expressions.check(step->expression, known);
    if (!names)
        return Error::refused(QStringLiteral("calculation '%1' cannot be evaluated yet: %2")
                                  .arg(stepId, names.error().message));
    for (const QString &n : *names) {
        if (vals.value(n).isNull())
            return Error::refused(
                QStringLiteral("calculation '%1' needs '%2', which was skipped").arg(stepId, n));
    }
    Result<QJsonValue> r = m_expressions.evaluate(step->expression, vals);
    if (!r)
        return Error::refused(
            QStringLiteral("calculation '%1' failed: %2").arg(stepId, r.error().message));
    if (!r->isDouble())
        return Error::refused(QStringLiteral("calculation '%1' did not give a number").arg(stepId));
    const double scale = std::pow(10.0, step->decimals);
    return QJsonValue(std::round(r->toDouble() * scale) / scale);
}

Result<EventDraft> ExecutionEngine::confirmCalculation(const BatchState &batch,
                                                       const QString &stepId, const QString &actor)
{
    Result<const Step *> step = activeStepFor(batch, stepId, "confirmed");
    if (!step)
        return step.error();
    Result<QJsonValue> v = calculate(batch, stepId);
    if (!v)
        return v.error();
    return recordEntry(batch, **step, eventtype::CalculationConfirmed, *v, classify(**step, *v), {},
                       actor);
}

Result<EventDraft> ExecutionEngine::startTimer(const BatchState &batch, const QString &stepId,
                                               const QString &actor)
{
    Result<const Step *> step = activeStepFor(batch, stepId, "started");
    if (!step)
        return step.error();
    if ((*step)->kind != StepKind::Timer)
        return Error::badInput(QStringLiteral("step '%1' is not a timer").arg(stepId));
    const StepState *st = batch.step(stepId);
    if (st && !st->timerStartedAt.isEmpty())
        return Error::refused(
            QStringLiteral("the timer of step '%1' runs since %2").arg(stepId, st->timerStartedAt));
    EventDraft d = draft(batch, eventtype::TimerStarted, actor);
    d.newValue = QStringLiteral("started");
    d.payload.insert(QStringLiteral("timer"),
                     QJsonObject{{QStringLiteral("step"), stepId},
                                 {QStringLiteral("startedAt"), utcText(m_clock.nowUtc())}});
    return d;
}

Result<EventDraft> ExecutionEngine::stopTimer(const BatchState &batch, const QString &stepId,
                                              const QString &actor)
{
    Result<const Step *> step = activeStepFor(batch, stepId, "stopped");
    if (!step)
        return step.error();
    const StepState *st = batch.step(stepId);
    if ((*step)->kind != StepKind::Timer || !st || st->timerStartedAt.isEmpty())
        return Error::refused(QStringLiteral("the timer of step '%1' is not running").arg(stepId));
    const TimerStatus t = timer(batch, stepId);
    const double minutes = std::round(t.elapsedMinutes * 10.0) / 10.0;
    const QJsonObject extra{
        {QStringLiteral("timer"),
         QJsonObject{{QStringLiteral("step"), stepId}, {QStringLiteral("startedAt"), QString()}}}};
    return recordEntry(batch, **step, eventtype::TimerStopped, minutes, classify(**step, minutes),
                       {}, actor, extra);
}

QString ExecutionEngine::classify(const Step &step, const QJsonValue &value) const
{
    return entryrules::classify(step, value);
}

WindowStatus ExecutionEngine::window(const BatchState &batch, const QString &stepId) const
{
    return windowStatus(m_recipe, batch, stepId, m_clock.nowUtc());
}

TimerStatus ExecutionEngine::timer(const BatchState &batch, const QString &stepId) const
{
    return timerStatus(m_recipe, batch, stepId, m_clock.nowUtc());
}

} // namespace ck
