#include "ExceptionPathController.h"

#include "AppContext.h"
#include "StepController.h"
#include "deviations/DeviationManager.h"
#include "execution/BatchManager.h"
#include "execution/BatchState.h"
#include "people/Roles.h"
#include "people/SignatureService.h"
#include "recipe/DeviationPolicy.h"
#include "recipe/Recipe.h"
#include "site/Workstation.h"
#include "store/Event.h"

#include <QJsonObject>
#include <QJsonValue>

namespace ck {

namespace {

Workstation *workstation()
{
    AppContext *context = AppContext::instance();
    return context ? context->workstation() : nullptr;
}

// A supervisor's approval: always both components, the supervisor's own.
SignatureRequest approval(const QString &supervisorId, const QString &password)
{
    SignatureRequest request;
    request.meaning = meaning::Approved;
    request.userId = supervisorId.trimmed();
    request.password = password;
    return request;
}

} // namespace

ExceptionPathController::ExceptionPathController(QObject *parent) : QObject(parent)
{
    if (AppContext *context = AppContext::instance())
        connect(context, &AppContext::batchesChanged, this, &ExceptionPathController::rebuild);
}

ExceptionPathController::~ExceptionPathController() = default;

void ExceptionPathController::setStep(StepController *step)
{
    if (m_step == step)
        return;
    if (m_step)
        disconnect(m_step, nullptr, this, nullptr);
    m_step = step;
    if (m_step)
        connect(m_step, &StepController::stepChanged, this, &ExceptionPathController::rebuild);
    Q_EMIT stepChanged();
    rebuild();
}

QStringList ExceptionPathController::dispositionKinds() const
{
    return {QStringLiteral("discard"), QStringLiteral("quarantine"), QStringLiteral("return"),
            QStringLiteral("segregate")};
}

void ExceptionPathController::setError(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    Q_EMIT errorTextChanged();
}

void ExceptionPathController::reload()
{
    if (m_step)
        m_step->reload(); // rebuilds through stepChanged
    else
        rebuild();
}

void ExceptionPathController::rebuild()
{
    m_suite.clear();
    m_knownSuites.clear();
    m_containers.clear();
    m_dispositions.clear();
    m_stageId.clear();
    m_stageTitle.clear();
    m_canMove = m_canTerminate = m_canRepeat = false;
    m_missing.clear();
    m_missingFields.clear();
    m_incompleteRaised = false;
    Workstation *w = workstation();
    const BatchState *batch = m_step ? m_step->loadedBatch() : nullptr;
    if (w && batch) {
        m_suite = batch->suite;
        for (const BatchState &b : w->batches().batches()) {
            if (!b.suite.isEmpty() && b.suite != batch->suite && !m_knownSuites.contains(b.suite))
                m_knownSuites << b.suite;
        }
        m_knownSuites.sort();
        m_dispositions = batch->containerDispositions.toVariantMap();
        m_canMove = !batch->ended();
        m_canTerminate = !batch->ended() && batch->state != batchstate::Created;
        Result<std::shared_ptr<const Recipe>> r = w->batches().recipeFor(*batch);
        const Recipe *recipe = r ? r->get() : nullptr;
        if (recipe) {
            // The containers the batch holds, as the engine counts them for a termination.
            for (const Step &s : recipe->steps) {
                const StepState *st = batch->step(s.id);
                if (!s.scan.role.isEmpty() && st && st->state == stepstate::Done &&
                    !batch->containerDispositions.contains(s.scan.container) &&
                    !m_containers.contains(s.scan.container))
                    m_containers << s.scan.container;
            }
        }
        const Step *active = m_step->activeStep();
        if (active && recipe && !batch->ended()) {
            m_stageId = active->stageId;
            if (const Stage *stage = recipe->stage(active->stageId))
                m_stageTitle = stage->title;
            m_canRepeat = !batch->currentEntries(active->id).isEmpty();
            m_missing = w->deviations().missingOrderData(batch->id, active->id);
            for (const QString &field : std::as_const(m_missing)) {
                QVariantMap f{{QStringLiteral("id"), field},
                              {QStringLiteral("title"), field},
                              {QStringLiteral("unit"), QString()}};
                for (const OrderField &o : recipe->orderFields) {
                    if (o.id == field) {
                        f.insert(QStringLiteral("title"), o.title.isEmpty() ? o.id : o.title);
                        f.insert(QStringLiteral("unit"), o.unit);
                    }
                }
                m_missingFields.append(f);
            }
            for (const DeviationRecord &d : batch->deviations) {
                if (d.trigger == trigger::IncompleteRecord && d.stepId == active->id &&
                    d.status != deviationstatus::Rejected && !d.closed())
                    m_incompleteRaised = true;
            }
        }
    }
    Q_EMIT changed();
}

bool ExceptionPathController::apply(const Result<Event> &result)
{
    if (!result) {
        setError(result.error().message);
        return false;
    }
    setError({});
    if (m_step)
        m_step->reload();
    if (AppContext *context = AppContext::instance())
        context->notifyBatchesChanged(); // today's list, the desk and this controller reload
    else
        rebuild();
    return true;
}

bool ExceptionPathController::moveBatch(const QString &suite, const QString &reason,
                                        const QString &supervisorId, const QString &password)
{
    Workstation *w = workstation();
    if (!w || !m_step || m_step->batchId().isEmpty()) {
        setError(tr("No batch is open."));
        return false;
    }
    return apply(w->deviations().moveBatch(m_step->batchId(), suite, reason,
                                           approval(supervisorId, password)));
}

bool ExceptionPathController::terminate(const QString &scope, const QString &reason,
                                        const QVariantMap &dispositions,
                                        const QString &supervisorId, const QString &password)
{
    Workstation *w = workstation();
    if (!w || !m_step || m_step->batchId().isEmpty()) {
        setError(tr("No batch is open."));
        return false;
    }
    QString stage;
    if (scope == QLatin1String("stage")) {
        stage = m_stageId;
        if (stage.isEmpty()) {
            setError(tr("No stage is in progress."));
            return false;
        }
    }
    QJsonObject chosen;
    for (auto it = dispositions.begin(); it != dispositions.end(); ++it) {
        if (!it.value().toString().isEmpty())
            chosen.insert(it.key(), it.value().toString());
    }
    return apply(w->deviations().terminate(m_step->batchId(), stage, reason, chosen,
                                           approval(supervisorId, password)));
}

bool ExceptionPathController::repeatStep(const QString &justification, const QString &supervisorId,
                                         const QString &password)
{
    Workstation *w = workstation();
    if (!w || !m_step || m_step->batchId().isEmpty()) {
        setError(tr("No batch is open."));
        return false;
    }
    return apply(w->deviations().repeatStep(m_step->batchId(), m_step->stepId(), justification,
                                            approval(supervisorId, password)));
}

bool ExceptionPathController::completeOrder(const QString &field, const QString &value,
                                            const QString &reason)
{
    Workstation *w = workstation();
    if (!w || !m_step || m_step->batchId().isEmpty()) {
        setError(tr("No batch is open."));
        return false;
    }
    QJsonValue v = value.trimmed();
    for (const QVariant &f : std::as_const(m_missingFields)) {
        const QVariantMap m = f.toMap();
        if (m.value(QStringLiteral("id")).toString() != field ||
            m.value(QStringLiteral("unit")).toString().isEmpty())
            continue;
        bool ok = false;
        const double number = value.trimmed().toDouble(&ok);
        if (!ok) {
            setError(tr("%1 is a number in %2.")
                         .arg(m.value(QStringLiteral("title")).toString(),
                              m.value(QStringLiteral("unit")).toString()));
            return false;
        }
        v = number;
    }
    return apply(w->deviations().completeOrder(m_step->batchId(), field, v, reason));
}

} // namespace ck
