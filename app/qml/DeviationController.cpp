#include "DeviationController.h"

#include "AppContext.h"
#include "StepController.h"
#include "common/Clock.h"
#include "deviations/DeviationManager.h"
#include "deviations/ExceptionReview.h"
#include "execution/BatchManager.h"
#include "execution/BatchState.h"
#include "people/AccessControl.h"
#include "people/SignatureService.h"
#include "recipe/Recipe.h"
#include "site/Workstation.h"
#include "store/Event.h"
#include "store/EventLog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QLocale>

namespace ck {

namespace {

Workstation *workstation()
{
    AppContext *context = AppContext::instance();
    return context ? context->workstation() : nullptr;
}

// Only what the signer was asked for is recorded as given: the password alone when the session
// allows it (the dialog then passes the session's own user id), both components otherwise.
QString signerId(Workstation &w, const QString &userId)
{
    const QString id = userId.trimmed();
    const Session *session = w.access().current();
    if (session && id == session->userId && !w.signatures().needsBothComponents())
        return {};
    return id;
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

// "alert 3.0–7.0, action 2.0–8.0 °C", "action ≤ 24 h": the limits as the step card shows them.
QString limitsText(const Step &step)
{
    auto range = [&](const std::optional<double> &lo, const std::optional<double> &hi) {
        if (lo && hi)
            return QStringLiteral("%1–%2").arg(number(*lo, step.decimals),
                                               number(*hi, step.decimals));
        if (lo)
            return QStringLiteral("≥ %1").arg(number(*lo, step.decimals));
        if (hi)
            return QStringLiteral("≤ %1").arg(number(*hi, step.decimals));
        return QString();
    };
    QStringList parts;
    const QString alert = range(step.limits.alertLow, step.limits.alertHigh);
    const QString action = range(step.limits.actionLow, step.limits.actionHigh);
    if (!alert.isEmpty())
        parts << DeviationController::tr("alert %1").arg(alert);
    if (!action.isEmpty())
        parts << DeviationController::tr("action %1").arg(action);
    if (parts.isEmpty())
        return {};
    return (parts.join(QStringLiteral(", ")) + QLatin1Char(' ') + step.unit).trimmed();
}

QString valueText(const Step *step, const QJsonValue &value)
{
    if (value.isBool())
        return DeviationController::tr("acknowledged");
    if (value.isDouble() && step)
        return QStringLiteral("%1 %2")
            .arg(number(value.toDouble(), step->decimals), step->unit)
            .trimmed();
    return value.toVariant().toString();
}

QString flagText(const QString &f)
{
    if (f == flag::InSpec)
        return DeviationController::tr("in spec");
    if (f == flag::Alert)
        return DeviationController::tr("alert");
    if (f == flag::OutOfSpec)
        return DeviationController::tr("out of specification");
    if (f == flag::IdentityMismatch)
        return DeviationController::tr("identity mismatch");
    return DeviationController::tr("recorded");
}

QString utcShort(const QString &utc)
{
    const QDateTime t = parseUtcText(utc);
    return t.isValid()
               ? QLocale().toString(t, QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
               : QString();
}

// Containers registered for the batch: its registering scan steps that are done.
QStringList registeredContainers(const BatchState &batch, const Recipe &recipe)
{
    QStringList out;
    for (const Step &s : recipe.steps) {
        if (s.kind != StepKind::Scan || s.scan.container.isEmpty() || !s.scan.registers)
            continue;
        const StepState *st = batch.step(s.id);
        if (st && st->state == stepstate::Done && !out.contains(s.scan.container))
            out << s.scan.container;
    }
    for (auto it = batch.containerDispositions.begin(); it != batch.containerDispositions.end();
         ++it) {
        if (!out.contains(it.key()))
            out << it.key();
    }
    return out;
}

} // namespace

QVariantMap deviationToMap(const DeviationRecord &d, const BatchState &batch, const Recipe *recipe)
{
    const Step *s = recipe && !d.stepId.isEmpty() ? recipe->step(d.stepId) : nullptr;
    const bool undecided = d.undecided();
    return QVariantMap{
        {QStringLiteral("deviationId"), d.id},
        {QStringLiteral("batchId"), d.batchId.isEmpty() ? batch.id : d.batchId},
        {QStringLiteral("orderNo"), batch.orderNo},
        {QStringLiteral("coiId"), batch.coiId},
        {QStringLiteral("patientInitials"), batch.patientInitials},
        {QStringLiteral("suite"), batch.suite},
        {QStringLiteral("stepId"), d.stepId},
        {QStringLiteral("stepTitle"), s ? s->title : d.stepId},
        {QStringLiteral("trigger"), d.trigger},
        {QStringLiteral("category"), d.category},
        {QStringLiteral("severity"), d.severity},
        {QStringLiteral("blocking"), d.blocking},
        {QStringLiteral("status"), d.status},
        {QStringLiteral("detail"), d.detail},
        {QStringLiteral("description"), d.description},
        {QStringLiteral("immediateAction"), d.immediateAction},
        {QStringLiteral("containers"), d.containers},
        {QStringLiteral("exceptionId"), d.exceptionId},
        {QStringLiteral("raisedAt"), parseUtcText(d.raisedAt)},
        {QStringLiteral("raisedBy"), d.raisedBy},
        {QStringLiteral("submittedAt"), parseUtcText(d.submittedAt)},
        {QStringLiteral("submittedBy"), d.submittedBy},
        {QStringLiteral("decision"), d.decision},
        {QStringLiteral("consequence"), d.consequence},
        {QStringLiteral("decidedBy"), d.decidedBy},
        {QStringLiteral("decidedAt"), parseUtcText(d.decidedAt)},
        // What the screens offer next: the author completes and signs, a supervisor decides,
        // then closes.
        {QStringLiteral("needsSubmission"),
         d.status == deviationstatus::Open || d.status == deviationstatus::MoreInformation},
        {QStringLiteral("awaitingDecision"), d.status == deviationstatus::Submitted},
        {QStringLiteral("awaitingClosure"),
         d.status == deviationstatus::Approved || d.status == deviationstatus::Rejected},
        {QStringLiteral("undecided"), undecided},
        {QStringLiteral("blocks"), !d.exceptionId.isEmpty() && undecided},
    };
}

DeviationController::DeviationController(QObject *parent) : QObject(parent)
{
    if (AppContext *context = AppContext::instance())
        connect(context, &AppContext::batchesChanged, this, &DeviationController::rebuild);
}

DeviationController::~DeviationController() = default;

void DeviationController::setStep(StepController *step)
{
    if (m_step == step)
        return;
    if (m_step)
        disconnect(m_step, nullptr, this, nullptr);
    m_step = step;
    if (m_step)
        connect(m_step, &StepController::stepChanged, this, &DeviationController::rebuild);
    Q_EMIT stepChanged();
    rebuild();
}

QStringList DeviationController::categories() const
{
    return deviationcategory::all();
}

QStringList DeviationController::severities() const
{
    return severity::all();
}

void DeviationController::setError(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    Q_EMIT errorTextChanged();
}

void DeviationController::reload()
{
    if (m_step)
        m_step->reload(); // rebuilds through stepChanged
    else
        rebuild();
}

void DeviationController::rebuild()
{
    m_deviations.clear();
    m_containers.clear();
    m_context.clear();
    m_disposition.clear();
    Workstation *w = workstation();
    const BatchState *batch = m_step ? m_step->loadedBatch() : nullptr;
    if (w && batch) {
        Result<std::shared_ptr<const Recipe>> r = w->batches().recipeFor(*batch);
        const Recipe *recipe = r ? r->get() : nullptr;
        // What still waits for the operator or a decision first, then the decided ones that
        // wait to be closed; each group in the order raised.
        for (const DeviationRecord &d : batch->deviations) {
            if (d.undecided())
                m_deviations.append(deviationToMap(d, *batch, recipe));
        }
        for (const DeviationRecord &d : batch->deviations) {
            if (!d.closed() && !d.undecided())
                m_deviations.append(deviationToMap(d, *batch, recipe));
        }
        m_disposition = batch->disposition();
        if (recipe)
            m_containers = registeredContainers(*batch, *recipe);

        // The context a deviation raised now starts from, so the operator types as little as
        // possible: what the record already says.
        QStringList lines;
        lines << tr("Batch %1, order %2, CoI %3, suite %4")
                     .arg(batch->id, batch->orderNo, batch->coiId, batch->suite);
        const Step *step = m_step->activeStep();
        if (step && recipe) {
            lines << tr("Step %1 of %2: %3 (%4)")
                         .arg(recipe->indexOf(step->id) + 1)
                         .arg(recipe->steps.size())
                         .arg(step->title, step->id);
            const QString limits = limitsText(*step);
            if (!limits.isEmpty())
                lines << tr("Limits: %1").arg(limits);
            if (const StepState *st = batch->step(step->id); st && !st->activatedAt.isEmpty())
                lines << tr("Step active since %1").arg(utcShort(st->activatedAt));
        }
        // The last values recorded (up to three), with their flags and limits.
        int shown = 0;
        for (qsizetype i = batch->entries.size() - 1; i >= 0 && shown < 3; --i, ++shown) {
            const EntryRecord &e = batch->entries.at(i);
            const Step *es = recipe ? recipe->step(e.stepId) : nullptr;
            QString line = tr("Entry at “%1”: %2 (%3) at %4 by %5")
                               .arg(es ? es->title : e.stepId, valueText(es, e.value),
                                    flagText(e.flag), utcShort(e.enteredAt), e.actor);
            if (es && es != step) {
                const QString limits = limitsText(*es);
                if (!limits.isEmpty())
                    line += QStringLiteral("; ") + tr("limits %1").arg(limits);
            }
            if (!e.current())
                line += QStringLiteral("; ") + tr("superseded");
            lines << line;
        }
        if (!m_containers.isEmpty())
            lines << tr("Containers: %1").arg(m_containers.join(QStringLiteral(", ")));
        lines << tr("Noticed at %1").arg(utcShort(utcText(w->clock().nowUtc())));
        m_context = lines.join(QLatin1Char('\n'));
    }
    Q_EMIT changed();
}

QString DeviationController::batchOr(const QString &batchId) const
{
    if (!batchId.isEmpty())
        return batchId;
    return m_step ? m_step->batchId() : QString();
}

bool DeviationController::apply(const Result<Event> &result)
{
    if (!result) {
        setError(result.error().message);
        return false;
    }
    setError({});
    if (m_step)
        m_step->reload();
    if (AppContext *context = AppContext::instance())
        context->notifyBatchesChanged(); // the desk, today's list and this controller reload
    else
        rebuild();
    return true;
}

QString DeviationController::raise(const QString &category, const QString &severityName,
                                   const QString &description, const QString &immediateAction,
                                   const QStringList &containers)
{
    Workstation *w = workstation();
    if (!w || !m_step || m_step->batchId().isEmpty()) {
        setError(tr("No batch is open."));
        return {};
    }
    DeviationFields f;
    f.category = category;
    f.severity = severityName;
    f.description = description;
    f.immediateAction = immediateAction;
    f.containers = containers;
    Result<Event> e = w->deviations().raise(m_step->batchId(), m_step->stepId(), f);
    if (!e) {
        setError(e.error().message);
        return {};
    }
    const QJsonArray raised = e->payloadObject().value(u"deviations").toArray();
    m_lastRaised = raised.isEmpty() ? QString() : raised.first()[u"id"].toString();
    apply(e);
    return m_lastRaised;
}

QString DeviationController::raiseIncompleteRecord()
{
    Workstation *w = workstation();
    if (!w || !m_step || m_step->batchId().isEmpty()) {
        setError(tr("No batch is open."));
        return {};
    }
    Result<Event> e = w->deviations().raiseIncompleteRecord(m_step->batchId(), m_step->stepId());
    if (!e) {
        setError(e.error().message);
        return {};
    }
    const QJsonArray raised = e->payloadObject().value(u"deviations").toArray();
    m_lastRaised = raised.isEmpty() ? QString() : raised.first()[u"id"].toString();
    apply(e);
    return m_lastRaised;
}

bool DeviationController::update(const QString &batchId, const QString &deviationId,
                                 const QString &category, const QString &description,
                                 const QString &immediateAction)
{
    Workstation *w = workstation();
    if (!w)
        return false;
    DeviationFields f;
    f.category = category;
    f.description = description;
    f.immediateAction = immediateAction;
    return apply(w->deviations().update(batchOr(batchId), deviationId, f));
}

bool DeviationController::comment(const QString &batchId, const QString &deviationId,
                                  const QString &text)
{
    Workstation *w = workstation();
    return w && apply(w->deviations().comment(batchOr(batchId), deviationId, text));
}

bool DeviationController::submit(const QString &batchId, const QString &deviationId,
                                 const QString &userId, const QString &password)
{
    Workstation *w = workstation();
    if (!w)
        return false;
    SignatureRequest request;
    request.meaning = meaning::Submitted;
    request.userId = signerId(*w, userId);
    request.password = password;
    return apply(w->deviations().submit(batchOr(batchId), deviationId, request));
}

bool DeviationController::decide(const QString &batchId, const QString &deviationId,
                                 const QString &decision, const QString &consequenceName,
                                 const QString &commentText, const QString &userId,
                                 const QString &password)
{
    Workstation *w = workstation();
    if (!w)
        return false;
    SignatureRequest request;
    if (decision != deviationstatus::MoreInformation) {
        request.meaning = decision;
        request.userId = signerId(*w, userId);
        request.password = password;
    }
    return apply(w->deviations().decide(batchOr(batchId), deviationId, decision, consequenceName,
                                        commentText, request));
}

bool DeviationController::close(const QString &batchId, const QString &deviationId,
                                const QString &commentText, const QString &userId,
                                const QString &password)
{
    Workstation *w = workstation();
    if (!w)
        return false;
    SignatureRequest request;
    request.meaning = meaning::Reviewed;
    request.userId = signerId(*w, userId);
    request.password = password;
    return apply(w->deviations().close(batchOr(batchId), deviationId, commentText, request));
}

QVariantList DeviationController::thread(const QString &deviationId) const
{
    QVariantList out;
    Workstation *w = workstation();
    if (!w)
        return out;
    for (const DeviationProjection::Comment &c : w->deviations().thread(deviationId))
        out.append(QVariantMap{{QStringLiteral("eventId"), c.eventId},
                               {QStringLiteral("kind"), c.kind},
                               {QStringLiteral("text"), c.text},
                               {QStringLiteral("at"), parseUtcText(c.at)},
                               {QStringLiteral("by"), c.by}});
    return out;
}

QStringList DeviationController::consequencesFor(const QString &batchId, const QString &deviationId,
                                                 const QString &decision) const
{
    Workstation *w = workstation();
    if (!w || decision == deviationstatus::MoreInformation)
        return {};
    Result<BatchState> b = w->batches().batch(batchOr(batchId));
    if (!b)
        return {};
    const DeviationRecord *d = b->deviation(deviationId);
    if (!d)
        return {};
    const bool rejected = decision == deviationstatus::Rejected;
    QStringList out;
    if (d->trigger == trigger::SyncConflict) {
        for (const QString &id : d->relatedEvents)
            out << consequence::KeepPrefix + id;
        return out;
    }
    bool blocks = false;
    for (const ExceptionRecord &x : b->exceptions)
        blocks = blocks || (x.id == d->exceptionId && x.open());
    if (blocks) {
        if (d->trigger != trigger::IdentityMismatch && !rejected)
            out << consequence::Continue;
        out << consequence::Repeat;
    } else {
        out << consequence::None;
        if (b->state == batchstate::InProgress)
            out << consequence::Hold;
    }
    if (rejected && !b->ended())
        out << consequence::Abort;
    return out;
}

QString DeviationController::fileDigest(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

QVariantList DeviationController::review(const QString &batchId) const
{
    QVariantList out;
    Workstation *w = workstation();
    if (!w)
        return out;
    Result<BatchState> b = w->batches().batch(batchOr(batchId));
    if (!b)
        return out;
    Result<std::shared_ptr<const Recipe>> r = w->batches().recipeFor(*b);
    for (const ReviewItem &i : ExceptionReview::build(w->log().events(b->id), *b)) {
        const Step *s = r && !i.stepId.isEmpty() ? (*r)->step(i.stepId) : nullptr;
        out.append(QVariantMap{{QStringLiteral("kind"), i.kind},
                               {QStringLiteral("at"), parseUtcText(i.at)},
                               {QStringLiteral("person"), i.person},
                               {QStringLiteral("stepId"), i.stepId},
                               {QStringLiteral("stepTitle"), s ? s->title : i.stepId},
                               {QStringLiteral("summary"), i.summary},
                               {QStringLiteral("eventId"), i.eventId},
                               {QStringLiteral("deviationId"), i.deviationId}});
    }
    return out;
}

QString DeviationController::localPath(const QUrl &url) const
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

} // namespace ck
