#include "EventTypes.h"
#include "ExecutionEngine.h"
#include "ScanRules.h"

#include <QJsonArray>

// The engine's deviation rules: raising (automatically or by hand), completing, submitting,
// deciding and closing. Like the rest of the engine they only decide: each returns the event to
// record or why it is refused. The guided exception paths are in ExceptionPaths.cpp.

namespace ck {

QStringList deviationcategory::all()
{
    return {QStringLiteral("process"),       QStringLiteral("equipment"),
            QStringLiteral("material"),      QStringLiteral("environment"),
            QStringLiteral("documentation"), QStringLiteral("identity"),
            QStringLiteral("personnel"),     QStringLiteral("other")};
}

namespace {

QJsonObject fieldsJson(const DeviationFields &f)
{
    return {{QStringLiteral("category"), f.category},
            {QStringLiteral("description"), f.description.trimmed()},
            {QStringLiteral("immediateAction"), f.immediateAction.trimmed()},
            {QStringLiteral("containers"), QJsonArray::fromStringList(f.containers)},
            {QStringLiteral("affectedSteps"), QJsonArray::fromStringList(f.affectedSteps)}};
}

} // namespace

QString ExecutionEngine::deviationId(const BatchState &batch, int offset) const
{
    const QString id =
        QStringLiteral("%1-D%2").arg(batch.id).arg(batch.deviations.size() + 1 + offset);
    return m_terminal.isEmpty() ? id : id + QLatin1Char('-') + m_terminal;
}

QString ExecutionEngine::raise(const BatchState &batch, const Step *step, const QString &blockAt,
                               const QList<Raised> &raised, Outcome &out) const
{
    QString strongest = blocking::Continue;
    for (const Raised &r : raised) {
        const QString sev = r.trigger == trigger::Manual
                                ? r.fields.value(u"severity").toString()
                                : m_recipe.deviations.severityFor(
                                      r.trigger, step ? step->deviationSeverity : QString());
        const QString blocks = m_recipe.deviations.blockingFor(sev, r.trigger);
        const QString id = deviationId(batch, static_cast<int>(out.deviations.size()));
        QJsonObject d = r.fields;
        d.insert(QStringLiteral("id"), id);
        d.insert(QStringLiteral("step"), step ? step->id : QString());
        d.insert(QStringLiteral("trigger"), r.trigger);
        d.insert(QStringLiteral("severity"), sev);
        d.insert(QStringLiteral("blocking"), blocks);
        d.insert(QStringLiteral("detail"), r.detail);
        if (blocks != blocking::Continue && !batch.ended()) {
            d.insert(QStringLiteral("exception"), id);
            out.exceptions.append(QJsonObject{{QStringLiteral("id"), id},
                                              {QStringLiteral("step"), blockAt},
                                              {QStringLiteral("kind"), r.trigger},
                                              {QStringLiteral("detail"), r.detail}});
            if (blocking::all().indexOf(blocks) > blocking::all().indexOf(strongest))
                strongest = blocks;
        }
        out.deviations.append(d);
    }
    return strongest;
}

QStringList ExecutionEngine::missingOrderData(const BatchState &batch, const Step &step) const
{
    QStringList missing;
    for (const QString &field : step.requiredOrderFields) {
        const QJsonValue v = batch.orderData.value(field);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
            missing << field;
    }
    if (missing.isEmpty())
        return {};
    for (const DeviationRecord &d : batch.deviations) {
        if (d.trigger == trigger::IncompleteRecord && d.stepId == step.id &&
            d.decision == deviationstatus::Approved)
            return {};
    }
    return missing;
}

Result<const DeviationRecord *> ExecutionEngine::deviationFor(const BatchState &batch,
                                                              const QString &deviationId) const
{
    const DeviationRecord *d = batch.deviation(deviationId);
    if (!d)
        return Error::notFound(
            QStringLiteral("batch %1 has no deviation %2").arg(batch.id, deviationId));
    return d;
}

Result<EventDraft> ExecutionEngine::raiseDeviation(const BatchState &batch, const QString &stepId,
                                                   const QString &triggerName,
                                                   const DeviationFields &fields,
                                                   const QString &detail, const QString &actor)
{
    if (batch.ended())
        return Error::refused(
            QStringLiteral("batch %1 is %2: raise the deviation in the quality system")
                .arg(batch.id, batch.state));
    const QString at = stepId.isEmpty() ? batch.activeStep : stepId;
    const Step *step = at.isEmpty() ? nullptr : m_recipe.step(at);
    if (!at.isEmpty() && !step)
        return Error::notFound(QStringLiteral("recipe %1 has no step '%2'").arg(m_recipe.id, at));
    QJsonObject f = fieldsJson(fields);
    QString text = detail;
    if (triggerName == trigger::IncompleteRecord) {
        const QStringList missing = step ? missingOrderData(batch, *step) : QStringList();
        if (missing.isEmpty())
            return Error::refused(QStringLiteral("step '%1' lacks no order data").arg(at));
        text = QStringLiteral("incomplete record: the order lacks %1, which step '%2' needs")
                   .arg(missing.join(QStringLiteral(", ")), at);
        if (f.value(u"description").toString().isEmpty())
            f.insert(QStringLiteral("description"), text);
        if (f.value(u"category").toString().isEmpty())
            f.insert(QStringLiteral("category"), QStringLiteral("documentation"));
    } else if (triggerName == trigger::Manual) {
        if (!severity::all().contains(fields.severity))
            return Error::badInput(QStringLiteral("a deviation's severity is one of: %1")
                                       .arg(severity::all().join(QStringLiteral(", "))));
        f.insert(QStringLiteral("severity"), fields.severity);
    } else {
        return Error::badInput(
            QStringLiteral("'%1' deviations are raised by the system, not by hand")
                .arg(triggerName));
    }
    if (!deviationcategory::all().contains(f.value(u"category").toString()))
        return Error::badInput(QStringLiteral("a deviation's category is one of: %1")
                                   .arg(deviationcategory::all().join(QStringLiteral(", "))));
    if (f.value(u"description").toString().isEmpty())
        return Error::badInput(QStringLiteral("a deviation needs a description of what happened"));
    for (const QString &s : fields.affectedSteps) {
        if (!m_recipe.step(s))
            return Error::badInput(
                QStringLiteral("affected step '%1' is not in recipe %2").arg(s, m_recipe.id));
    }
    EventDraft d = draft(batch, eventtype::DeviationRaised, actor);
    Outcome out;
    const QString blocks = raise(batch, step, batch.activeStep, {{triggerName, text, f}}, out);
    d.reason = f.value(u"description").toString();
    d.newValue = out.deviations.first()[u"severity"].toString();
    if (blocks == blocking::HoldBatch && batch.state == batchstate::InProgress) {
        out.batchState = batchstate::OnHold;
        out.activeStep = batch.activeStep;
    }
    finish(d, out);
    return d;
}

Result<EventDraft> ExecutionEngine::updateDeviation(const BatchState &batch,
                                                    const QString &deviationId,
                                                    const DeviationFields &fields,
                                                    const QString &note, const QString &actor)
{
    Result<const DeviationRecord *> dev = deviationFor(batch, deviationId);
    if (!dev)
        return dev.error();
    const DeviationRecord &x = **dev;
    if (x.status != deviationstatus::Open && x.status != deviationstatus::MoreInformation)
        return Error::refused(QStringLiteral("deviation %1 is %2: it is completed while open or "
                                             "sent back for more information")
                                  .arg(deviationId, x.status));
    if (!fields.category.isEmpty() && !deviationcategory::all().contains(fields.category))
        return Error::badInput(QStringLiteral("a deviation's category is one of: %1")
                                   .arg(deviationcategory::all().join(QStringLiteral(", "))));
    EventDraft d = draft(batch, eventtype::DeviationUpdated, actor);
    d.reason = note.trimmed();
    d.payload.insert(QStringLiteral("deviation"),
                     QJsonObject{{QStringLiteral("id"), deviationId},
                                 {QStringLiteral("fields"), fieldsJson(fields)}});
    return d;
}

Result<EventDraft> ExecutionEngine::commentDeviation(const BatchState &batch,
                                                     const QString &deviationId,
                                                     const QString &text, const QString &actor)
{
    Result<const DeviationRecord *> dev = deviationFor(batch, deviationId);
    if (!dev)
        return dev.error();
    if ((*dev)->closed())
        return Error::refused(QStringLiteral("deviation %1 is closed").arg(deviationId));
    if (text.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("a comment needs text"));
    EventDraft d = draft(batch, eventtype::DeviationCommented, actor);
    d.reason = text.trimmed();
    d.payload.insert(QStringLiteral("deviation"), QJsonObject{{QStringLiteral("id"), deviationId}});
    return d;
}

Result<EventDraft> ExecutionEngine::submitDeviation(const BatchState &batch,
                                                    const QString &deviationId,
                                                    const QString &actor)
{
    Result<const DeviationRecord *> dev = deviationFor(batch, deviationId);
    if (!dev)
        return dev.error();
    const DeviationRecord &x = **dev;
    if (x.status != deviationstatus::Open && x.status != deviationstatus::MoreInformation)
        return Error::refused(
            QStringLiteral("deviation %1 is %2, not open: it was submitted already")
                .arg(deviationId, x.status));
    QStringList missing;
    if (x.category.isEmpty())
        missing << QStringLiteral("category");
    if (x.description.isEmpty())
        missing << QStringLiteral("description");
    if (x.immediateAction.isEmpty())
        missing << QStringLiteral("immediate action taken");
    if (!missing.isEmpty())
        return Error::refused(QStringLiteral("deviation %1 cannot be submitted without: %2")
                                  .arg(deviationId, missing.join(QStringLiteral(", "))));
    EventDraft d = draft(batch, eventtype::DeviationSubmitted, actor);
    d.oldValue = x.status;
    d.newValue = deviationstatus::Submitted;
    d.payload.insert(QStringLiteral("deviation"), QJsonObject{{QStringLiteral("id"), deviationId}});
    return d;
}

QStringList ExecutionEngine::involvedIn(const BatchState &batch,
                                        const DeviationRecord &deviation) const
{
    QStringList people{deviation.raisedBy, deviation.submittedBy};
    QStringList steps = deviation.affectedSteps;
    if (!deviation.stepId.isEmpty())
        steps << deviation.stepId;
    for (const EntryRecord &e : batch.entries) {
        if (steps.contains(e.stepId))
            people << e.actor;
    }
    for (const QString &s : steps) {
        if (const StepState *st = batch.step(s)) {
            for (const QJsonValue &sig : st->signatures)
                people << sig[u"by"].toString();
        }
    }
    people.removeAll(QString());
    people.removeDuplicates();
    return people;
}

Result<EventDraft> ExecutionEngine::decideDeviation(const BatchState &batch,
                                                    const QString &deviationId,
                                                    const QString &decision,
                                                    const QString &consequenceName,
                                                    const QString &comment, const QString &actor)
{
    Result<const DeviationRecord *> dev = deviationFor(batch, deviationId);
    if (!dev)
        return dev.error();
    const DeviationRecord &x = **dev;
    static const QStringList decisions{deviationstatus::Approved, deviationstatus::Rejected,
                                       deviationstatus::MoreInformation};
    if (!decisions.contains(decision))
        return Error::badInput(
            QStringLiteral("a decision is one of: %1").arg(decisions.join(QStringLiteral(", "))));
    if (x.status != deviationstatus::Submitted)
        return Error::refused(
            x.status == deviationstatus::Open || x.status == deviationstatus::MoreInformation
                ? QStringLiteral("deviation %1 has not been submitted: the operator completes "
                                 "and signs it first")
                      .arg(deviationId)
                : QStringLiteral("deviation %1 was already decided (%2)")
                      .arg(deviationId, x.status));
    if (comment.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("a decision on a deviation needs a comment"));
    if (involvedIn(batch, x).contains(actor))
        return Error::refused(
            QStringLiteral("%1 raised, submitted or performed the work of deviation %2 and "
                           "cannot decide it; another supervisor or QA person must")
                .arg(actor, deviationId));
    EventDraft d = draft(batch, eventtype::DeviationDecided, actor);
    Outcome out;
    QString c = consequenceName.isEmpty() ? consequence::None : consequenceName;
    if (decision == deviationstatus::MoreInformation) {
        if (c != consequence::None)
            return Error::badInput(QStringLiteral("asking for more information decides nothing "
                                                  "for the batch; give no consequence"));
    } else {
        if (decision == deviationstatus::Approved && c == consequence::Abort)
            return Error::badInput(QStringLiteral("an approved deviation does not abort the "
                                                  "batch; reject it to abort"));
        if (Status s = applyConsequence(batch, x, c, comment, actor, d, out); !s)
            return s.error();
    }
    d.reason = comment.trimmed();
    d.oldValue = x.status;
    d.newValue = decision;
    d.payload.insert(QStringLiteral("deviation"),
                     QJsonObject{{QStringLiteral("id"), deviationId},
                                 {QStringLiteral("decision"), decision},
                                 {QStringLiteral("consequence"), c}});
    finish(d, out);
    return d;
}

Status ExecutionEngine::applyConsequence(const BatchState &batch, const DeviationRecord &x,
                                         const QString &c, const QString &comment,
                                         const QString &actor, EventDraft &d, Outcome &out)
{
    const ExceptionRecord *blocking = nullptr;
    for (const ExceptionRecord &e : batch.exceptions) {
        if (e.id == x.exceptionId && e.open())
            blocking = &e;
    }
    if (c.startsWith(consequence::KeepPrefix)) {
        const QString keep = c.mid(consequence::KeepPrefix.size());
        if (x.trigger != trigger::SyncConflict || !x.relatedEvents.contains(keep))
            return Error::badInput(
                QStringLiteral("'keep' chooses one of the conflicting records of a sync conflict: "
                               "%1")
                    .arg(x.relatedEvents.join(QStringLiteral(", "))));
        QJsonArray superseded;
        for (const QString &id : x.relatedEvents) {
            const EntryRecord *e = batch.entry(id);
            if (id != keep && e && e->current())
                superseded.append(id);
        }
        if (!superseded.isEmpty())
            d.payload.insert(QStringLiteral("supersede"), superseded);
        if (blocking) {
            d.payload.insert(QStringLiteral("resolved"),
                             QJsonObject{{QStringLiteral("exception"), blocking->id},
                                         {QStringLiteral("resolution"), c}});
            if (batch.openExceptions().size() == 1 && batch.state == batchstate::OnHold) {
                out.batchState = batchstate::InProgress;
                out.activeStep = batch.activeStep;
            }
        }
        return {};
    }
    if (x.trigger == trigger::SyncConflict)
        return Error::badInput(
            QStringLiteral("deviation %1 is a sync conflict: decide which record stands "
                           "(keep:<event id>, one of %2)")
                .arg(x.id, x.relatedEvents.join(QStringLiteral(", "))));
    if (blocking) {
        static const QStringList allowed{consequence::Continue, consequence::Repeat,
                                         consequence::Abort};
        if (!allowed.contains(c))
            return Error::badInput(
                QStringLiteral("deviation %1 holds step '%2': decide continue, repeat or abort")
                    .arg(x.id, blocking->stepId));
        Result<EventDraft> r = resolveException(batch, blocking->id, c, comment, actor);
        if (!r)
            return r.error();
        // The resolution's consequences (steps, batch state, superseded entry) become this
        // event's, so the decision and what it does to the batch are one record.
        for (auto it = r->payload.begin(); it != r->payload.end(); ++it)
            d.payload.insert(it.key(), it.value());
        return {};
    }
    if (c == consequence::None || c == consequence::Continue)
        return {};
    if (c == consequence::Hold) {
        if (batch.state != batchstate::InProgress)
            return Error::refused(QStringLiteral("batch %1 is %2, not in progress; it cannot be "
                                                 "put on hold")
                                      .arg(batch.id, batch.state));
        out.batchState = batchstate::OnHold;
        out.activeStep = batch.activeStep;
        return {};
    }
    if (c == consequence::Abort) {
        if (batch.ended())
            return Error::refused(
                QStringLiteral("batch %1 is already %2").arg(batch.id, batch.state));
        out.batchState = batchstate::Aborted;
        return {};
    }
    return Error::badInput(
        QStringLiteral("deviation %1 holds nothing now: the consequence is none, hold or abort")
            .arg(x.id));
}

Result<EventDraft> ExecutionEngine::closeDeviation(const BatchState &batch,
                                                   const QString &deviationId,
                                                   const QString &comment, const QString &actor)
{
    Result<const DeviationRecord *> dev = deviationFor(batch, deviationId);
    if (!dev)
        return dev.error();
    const DeviationRecord &x = **dev;
    if (x.status != deviationstatus::Approved && x.status != deviationstatus::Rejected)
        return Error::refused(QStringLiteral("deviation %1 is %2: only a decided deviation is "
                                             "closed")
                                  .arg(deviationId, x.status));
    if (comment.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("closing a deviation needs a comment"));
    EventDraft d = draft(batch, eventtype::DeviationClosed, actor);
    d.reason = comment.trimmed();
    d.oldValue = x.status;
    d.newValue = deviationstatus::Closed;
    d.payload.insert(QStringLiteral("deviation"), QJsonObject{{QStringLiteral("id"), deviationId}});
    // Every step done and this was the last deviation open: the batch is complete now.
    bool stepsDone = batch.state == batchstate::InProgress && batch.activeStep.isEmpty();
    for (const StepState &st : batch.steps)
        stepsDone = stepsDone && (st.state == stepstate::Done || st.state == stepstate::Skipped);
    if (stepsDone && batch.unclosedDeviations().size() == 1) {
        Outcome out;
        out.batchState = batchstate::Complete;
        finish(d, out);
    }
    return d;
}

} // namespace ck
