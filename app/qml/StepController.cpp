#include "StepController.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "execution/BatchManager.h"
#include "execution/BatchState.h"
#include "execution/EntryRules.h"
#include "people/SignatureService.h"
#include "recipe/Recipe.h"
#include "site/Workstation.h"
#include "store/Event.h"

#include <QJsonValue>
#include <QLocale>
#include <QVariantMap>

#include <cmath>
#include <limits>

namespace ck {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double orNaN(const std::optional<double> &v)
{
    return v ? *v : kNaN;
}

BatchManager *manager()
{
    AppContext *context = AppContext::instance();
    return context && context->workstation() ? &context->workstation()->batches() : nullptr;
}

SignatureService *signatureService()
{
    AppContext *context = AppContext::instance();
    return context && context->workstation() ? &context->workstation()->signatures() : nullptr;
}

// The manifestation of each signature a step has been given (§11.50), in the order given.
QVariantList signaturesOf(const StepState *st, const Step &step)
{
    QVariantList out;
    if (!st)
        return out;
    for (const QString &meaning : step.signatures) {
        const QJsonObject sig = st->signatures.value(meaning).toObject();
        if (sig.isEmpty())
            continue;
        out.append(QVariantMap{{QStringLiteral("meaning"), meaning},
                               {QStringLiteral("printedName"), sig[u"name"].toString()},
                               {QStringLiteral("userId"), sig[u"by"].toString()},
                               {QStringLiteral("signedAt"), parseUtcText(sig[u"at"].toString())},
                               {QStringLiteral("manifestation"),
                                SignatureService::manifestation(sig[u"name"].toString(),
                                                                sig[u"at"].toString(), meaning)}});
    }
    return out;
}

} // namespace

StepController::StepController(QObject *parent) : QObject(parent)
{
    // While a timer runs or a window can open, turn overdue or close, the screen must follow
    // the clock without the operator touching anything. Once a second is enough for minutes.
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &StepController::refreshTime);
    clear();
}

StepController::~StepController() = default;

void StepController::setError(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    Q_EMIT errorTextChanged();
}

void StepController::clear()
{
    m_batch.reset();
    m_recipe.reset();
    m_step = nullptr;
    m_stepNumber = 0;
    m_iteration = 0;
    m_stageTitle.clear();
    m_calculatedValue = kNaN;
    m_calculatedText.clear();
    m_calculatedFlag.clear();
    m_calculationError.clear();
    m_entries.clear();
    m_exceptions.clear();
    m_lastFlag.clear();
    m_lastEntryText.clear();
    m_lastEntryStepTitle.clear();
    m_lastEntrySuperseded = false;
    m_signatures.clear();
    m_lastSignatures.clear();
    m_signatureDue.clear();
}

bool StepController::open(const QString &batchId)
{
    m_batchId = batchId;
    setError({});
    return reload();
}

bool StepController::reload()
{
    clear();
    BatchManager *m = manager();
    bool ok = false;
    if (!m) {
        setError(QStringLiteral("no workstation is open"));
    } else if (m_batchId.isEmpty()) {
        ok = true;
    } else if (Result<BatchState> b = m->batch(m_batchId); !b) {
        setError(b.error().message);
    } else if (Result<std::shared_ptr<const Recipe>> r = m->recipeFor(*b); !r) {
        setError(r.error().message);
    } else {
        m_batch = std::make_unique<BatchState>(std::move(b).value());
        m_recipe = *r;
        ok = true;
    }

    if (m_batch) {
        const BatchState &batch = *m_batch;
        const Recipe &recipe = *m_recipe;
        m_step = batch.ended() ? nullptr : recipe.step(batch.activeStep);
        if (m_step) {
            m_stepNumber = recipe.indexOf(m_step->id) + 1;
            if (const Stage *stage = recipe.stage(m_step->stageId))
                m_stageTitle = stage->title;
            const QList<EntryRecord> current = batch.currentEntries(m_step->id);
            m_iteration = static_cast<int>(current.size()) + 1;
            for (const EntryRecord &e : batch.entries) {
                if (e.stepId != m_step->id)
                    continue;
                m_entries.append(
                    QVariantMap{{QStringLiteral("eventId"), e.eventId},
                                {QStringLiteral("iteration"), e.iteration},
                                {QStringLiteral("valueText"), formatValue(*m_step, e.value)},
                                {QStringLiteral("flag"), e.flag},
                                {QStringLiteral("enteredAt"), parseUtcText(e.enteredAt)},
                                {QStringLiteral("actor"), e.actor},
                                {QStringLiteral("superseded"), !e.current()},
                                {QStringLiteral("correctionReason"), e.correctionReason}});
            }
            if (m_step->kind == StepKind::Calculation) {
                // The screen shows the value before the operator confirms it; a calculation that
                // cannot run yet says why instead.
                Result<QJsonValue> v = m->calculate(m_batchId, m_step->id);
                if (v) {
                    m_calculatedValue = v->toDouble();
                    m_calculatedText = formatValue(*m_step, *v);
                    m_calculatedFlag = entryrules::classify(*m_step, *v);
                } else {
                    m_calculationError = v.error().message;
                }
            }
        }
        for (const ExceptionRecord &x : batch.openExceptions()) {
            const Step *s = recipe.step(x.stepId);
            m_exceptions.append(
                QVariantMap{{QStringLiteral("id"), x.id},
                            {QStringLiteral("kind"), x.kind},
                            {QStringLiteral("detail"), x.detail},
                            {QStringLiteral("stepId"), x.stepId},
                            {QStringLiteral("stepTitle"), s ? s->title : x.stepId},
                            {QStringLiteral("raisedAt"), parseUtcText(x.raisedAt)}});
        }
        if (m_step) {
            m_signatures = signaturesOf(batch.step(m_step->id), *m_step);
            m_signatureDue = m->signatureDue(m_batchId, m_step->id);
        }
        if (!batch.entries.isEmpty()) {
            const EntryRecord &last = batch.entries.last();
            const Step *s = recipe.step(last.stepId);
            if (s)
                m_lastSignatures = signaturesOf(batch.step(last.stepId), *s);
            m_lastFlag = last.flag;
            m_lastEntryText = s ? formatValue(*s, last.value) : last.value.toVariant().toString();
            m_lastEntryStepTitle = s ? s->title : last.stepId;
            m_lastEntrySuperseded = !last.current();
        }
    }
    refreshTime();
    Q_EMIT stepChanged();
    return ok;
}

void StepController::refreshTime()
{
    BatchManager *m = manager();
    const WindowStatus w = m_step && m ? m->window(m_batchId, m_step->id) : WindowStatus{};
    const TimerStatus t = m_step && m ? m->timer(m_batchId, m_step->id) : TimerStatus{};
    m_windowState = w.name();
    m_opensAt = w.opensAt;
    m_dueAt = w.dueAt;
    m_latestAt = w.latestAt;
    m_timerRunning = t.running;
    m_timerElapsedSeconds = std::round(t.elapsedMinutes * 60.0);
    m_timerRemainingSeconds = std::round(t.remainingMinutes * 60.0);
    m_timerOverMaximum = t.overMaximum;
    using S = WindowStatus::State;
    const bool windowMoves = w.state == S::NotOpen || w.state == S::Open || w.state == S::Overdue;
    if (t.running || windowMoves) {
        if (!m_clock.isActive())
            m_clock.start();
    } else {
        m_clock.stop();
    }
    Q_EMIT timeChanged();
}

QString StepController::formatValue(const Step &step, const QJsonValue &value) const
{
    if (value.isBool())
        return tr("acknowledged");
    if (value.isDouble()) {
        const QLocale locale;
        if (step.kind == StepKind::Timer)
            return tr("%1 min").arg(locale.toString(value.toDouble(), 'f', 1));
        return QStringLiteral("%1 %2")
            .arg(locale.toString(value.toDouble(), 'f', step.decimals), step.unit)
            .trimmed();
    }
    return value.toString();
}

bool StepController::apply(const Result<Event> &result)
{
    if (!result) {
        // The core refused: nothing was recorded, so nothing here changes but the message.
        setError(result.error().message);
        return false;
    }
    setError({});
    reload();
    if (AppContext *context = AppContext::instance())
        context->notifyBatchesChanged();
    return true;
}

bool StepController::requireStep()
{
    if (!manager() || !m_batch) {
        setError(tr("No batch is open."));
        return false;
    }
    if (!m_step) {
        setError(tr("Batch %1 has no active step (it is %2).").arg(m_batch->id, m_batch->state));
        return false;
    }
    return true;
}

bool StepController::start()
{
    if (!manager() || m_batchId.isEmpty()) {
        setError(tr("No batch is open."));
        return false;
    }
    return apply(manager()->start(m_batchId));
}

bool StepController::acknowledge()
{
    return requireStep() && apply(manager()->acknowledge(m_batchId, m_step->id));
}

bool StepController::enter(const QString &text)
{
    return requireStep() && apply(manager()->enter(m_batchId, m_step->id, QJsonValue(text)));
}

bool StepController::confirmCalculation()
{
    return requireStep() && apply(manager()->confirmCalculation(m_batchId, m_step->id));
}

bool StepController::startTimer()
{
    return requireStep() && apply(manager()->startTimer(m_batchId, m_step->id));
}

bool StepController::stopTimer()
{
    return requireStep() && apply(manager()->stopTimer(m_batchId, m_step->id));
}

bool StepController::correct(const QString &entryEventId, const QString &text,
                             const QString &reason)
{
    if (!manager() || m_batchId.isEmpty()) {
        setError(tr("No batch is open."));
        return false;
    }
    return apply(manager()->correct(m_batchId, entryEventId, QJsonValue(text), reason));
}

bool StepController::resolveException(const QString &exceptionId, const QString &resolution,
                                      const QString &reason)
{
    if (!manager() || m_batchId.isEmpty()) {
        setError(tr("No batch is open."));
        return false;
    }
    return apply(manager()->resolveException(m_batchId, exceptionId, resolution, reason));
}

bool StepController::signatureNeedsUserId() const
{
    // A witness always names themselves; the signed-in user does at the first signature of a
    // session (§11.200(a)(1)).
    SignatureService *service = signatureService();
    return m_signatureDue != QLatin1String("performed") || !service ||
           service->needsBothComponents();
}

bool StepController::sign(const QString &userId, const QString &password)
{
    if (!requireStep())
        return false;
    SignatureRequest request;
    request.meaning = m_signatureDue;
    // Only what the signer was asked for is recorded as given: a password alone when the session
    // allows it, both components otherwise.
    request.userId = signatureNeedsUserId() ? userId.trimmed() : QString();
    request.password = password;
    return apply(manager()->signStep(m_batchId, m_step->id, request));
}

QString StepController::previewFlag(const QString &text) const
{
    // The core's own entry rules on the step already loaded: no store round trip per keystroke.
    if (!m_step || (m_step->kind != StepKind::Numeric && m_step->kind != StepKind::Choice))
        return {};
    const Result<QJsonValue> v = entryrules::normalize(*m_step, QJsonValue(text));
    return v ? entryrules::classify(*m_step, *v) : QString();
}

bool StepController::acceptsEntry(const QString &text) const
{
    return m_step && entryrules::normalize(*m_step, QJsonValue(text)).ok();
}

QString StepController::orderNo() const
{
    return m_batch ? m_batch->orderNo : QString();
}

QString StepController::recipeTitle() const
{
    return m_recipe ? m_recipe->title : QString();
}

int StepController::recipeVersion() const
{
    return m_recipe ? m_recipe->version : 0;
}

QString StepController::batchState() const
{
    return m_batch ? m_batch->state : QString();
}

QString StepController::coiId() const
{
    return m_batch ? m_batch->coiId : QString();
}

QString StepController::patientInitials() const
{
    return m_batch ? m_batch->patientInitials : QString();
}

QString StepController::suite() const
{
    return m_batch ? m_batch->suite : QString();
}

int StepController::stepCount() const
{
    return m_recipe ? static_cast<int>(m_recipe->steps.size()) : 0;
}

QString StepController::stepId() const
{
    return m_step ? m_step->id : QString();
}

QString StepController::title() const
{
    return m_step ? m_step->title : QString();
}

QString StepController::text() const
{
    return m_step ? m_step->text : QString();
}

QString StepController::kind() const
{
    return m_step ? stepKindName(m_step->kind) : QString();
}

QString StepController::unit() const
{
    return m_step ? m_step->unit : QString();
}

int StepController::decimals() const
{
    return m_step ? m_step->decimals : 0;
}

double StepController::actionLow() const
{
    return m_step ? orNaN(m_step->limits.actionLow) : kNaN;
}

double StepController::alertLow() const
{
    return m_step ? orNaN(m_step->limits.alertLow) : kNaN;
}

double StepController::target() const
{
    return m_step ? orNaN(m_step->limits.target) : kNaN;
}

double StepController::alertHigh() const
{
    return m_step ? orNaN(m_step->limits.alertHigh) : kNaN;
}

double StepController::actionHigh() const
{
    return m_step ? orNaN(m_step->limits.actionHigh) : kNaN;
}

bool StepController::hasLimits() const
{
    return m_step && (m_step->limits.any() || m_step->limits.target);
}

QStringList StepController::options() const
{
    return m_step ? m_step->options : QStringList();
}

QStringList StepController::acceptable() const
{
    return m_step ? m_step->acceptable : QStringList();
}

int StepController::maxLength() const
{
    return m_step ? m_step->maxLength : 0;
}

int StepController::repeatCount() const
{
    return m_step ? m_step->repeat.count : 0;
}

double StepController::minMinutes() const
{
    return m_step ? orNaN(m_step->minMinutes) : kNaN;
}

double StepController::maxMinutes() const
{
    return m_step ? orNaN(m_step->maxMinutes) : kNaN;
}

} // namespace ck
