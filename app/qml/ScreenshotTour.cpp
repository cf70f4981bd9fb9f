#include "ScreenshotTour.h"

#include "AppContext.h"
#include "BatchListModel.h"
#include "SessionController.h"
#include "StepController.h"
#include "deviations/DeviationManager.h"
#include "execution/BatchManager.h"
#include "people/AccessControl.h"
#include "people/SignatureService.h"
#include "people/UserDirectory.h"
#include "recipe/Recipe.h"
#include "site/Workstation.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QImage>
#include <QJsonArray>
#include <QQuickWindow>
#include <QTimer>

#include <cmath>
#include <cstdio>

namespace ck {

namespace {

// A value well inside the alert band (or the action band when alert limits are absent), with
// the step's decimals: what a nominal batch would record.
QString nominalNumber(const Step &step)
{
    const Limits &l = step.limits;
    const std::optional<double> lo = l.alertLow ? l.alertLow : l.actionLow;
    const std::optional<double> hi = l.alertHigh ? l.alertHigh : l.actionHigh;
    double v = 1.0;
    if (l.target)
        v = *l.target;
    else if (lo && hi)
        v = (*lo + *hi) / 2.0;
    else if (lo)
        v = *lo > 0 ? *lo * 1.5 : *lo + 1.0;
    else if (hi)
        v = *hi > 0 ? *hi * 0.5 : *hi - 5.0;
    return QString::number(v, 'f', step.decimals);
}

// A value past an action limit, to show how the screen reports an out-of-specification entry.
QString outOfSpecNumber(const Step &step)
{
    const Limits &l = step.limits;
    double v = 0;
    if (l.actionHigh)
        v = *l.actionHigh + std::max(1.0, std::abs(*l.actionHigh) * 0.25);
    else if (l.actionLow)
        v = *l.actionLow - std::max(1.0, std::abs(*l.actionLow) * 0.5);
    return QString::number(v, 'f', step.decimals);
}

QString nominalChoice(const Step &step)
{
    return step.acceptable.isEmpty() ? step.options.value(0) : step.acceptable.first();
}

} // namespace

ScreenshotTour::ScreenshotTour(QQuickWindow *window, QString directory, QObject *parent)
    : QObject(parent), m_window(window), m_directory(std::move(directory))
{}

void ScreenshotTour::settle(int milliseconds)
{
    // Bindings, layout and the next frame need a few event loop turns after each change.
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

void ScreenshotTour::fail(const QString &message)
{
    std::fputs(("chainkeeper: screenshot tour: " + message + '\n').toUtf8().constData(), stderr);
    m_failed = true;
}

void ScreenshotTour::shoot(const QString &name)
{
    settle(500);
    const QImage image = m_window->grabWindow();
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (image.isNull() || !image.save(path)) {
        fail(QStringLiteral("could not save %1").arg(path));
        return;
    }
    m_saved << path;
    std::fputs((path + '\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
}

bool ScreenshotTour::callQml(const char *function, const QVariant &argument)
{
    const bool ok = argument.isValid()
                        ? QMetaObject::invokeMethod(m_window, function, Q_ARG(QVariant, argument))
                        : QMetaObject::invokeMethod(m_window, function);
    if (!ok)
        fail(QStringLiteral("Main.qml has no function %1()").arg(QLatin1String(function)));
    return ok;
}

bool ScreenshotTour::actNominally(StepController &c, const Step &step)
{
    switch (step.kind) {
    case StepKind::Instruction:
        return c.acknowledge();
    case StepKind::Numeric:
        return c.enter(nominalNumber(step));
    case StepKind::Text:
        return c.enter(QStringLiteral("DEMO-%1").arg(c.orderNo()));
    case StepKind::Choice:
        return c.enter(nominalChoice(step));
    case StepKind::Calculation:
        return c.confirmCalculation();
    case StepKind::Timer:
        return c.timerRunning() ? c.stopTimer() : c.startTimer();
    case StepKind::Scan: {
        // The tour holds the right bag in front of the scanner: the batch's chain-of-identity id,
        // or its DIN (a demo DIN the first time, which binds it).
        AppContext *context = AppContext::instance();
        if (!context)
            return false;
        BatchManager &m = context->workstation()->batches();
        Result<BatchState> b = m.batch(c.batchId());
        if (!b)
            return false;
        const bool din = step.scan.label == QLatin1String("isbt128.din");
        const QString text = !din ? b->coiId
                             : b->din.isEmpty()
                                 ? QStringLiteral("=A99992112345600")
                                 : QStringLiteral("=") + b->din + QStringLiteral("00");
        const bool ok =
            static_cast<bool>(m.scan(c.batchId(), c.stepId(), text, ScanSource::Scanner));
        c.reload();
        return ok;
    }
    }
    return false;
}

void ScreenshotTour::walk(StepController &c)
{
    // One picture per kind of step, in the order the batch reaches them, plus the
    // out-of-specification flow at the first numeric step with an action limit.
    QStringList seen;
    bool shownOutOfSpec = false;
    for (int guard = 0; guard < 60 && c.hasActiveStep() && !m_failed; ++guard) {
        if (!c.signatureDue().isEmpty()) {
            // The real dialog over the step that asks for it, once; then the signatures: the
            // supervisor walking the batch performed the step, QA verifies it.
            const bool witness = c.signatureDue() == QLatin1String("verified");
            if (!seen.contains(QStringLiteral("signature")) && callQml("openSignature")) {
                seen << QStringLiteral("signature");
                shoot(QStringLiteral("execution-signature"));
                callQml("closeSignature");
            }
            const QVariantMap signer =
                demoPerson(witness ? QStringLiteral("qa") : QStringLiteral("supervisor"));
            if (!c.sign(signer.value(QStringLiteral("userId")).toString(),
                        signer.value(QStringLiteral("password")).toString()))
                return fail(QStringLiteral("signature at step %1 refused: %2")
                                .arg(c.stepId(), c.errorText()));
            if (!seen.contains(QStringLiteral("signed"))) {
                seen << QStringLiteral("signed");
                shoot(QStringLiteral("execution-signed"));
            }
            settle(50);
            continue;
        }
        std::shared_ptr<const Recipe> recipe;
        if (AppContext *context = AppContext::instance()) {
            BatchManager &m = context->workstation()->batches();
            if (Result<BatchState> b = m.batch(c.batchId()))
                if (Result<std::shared_ptr<const Recipe>> r = m.recipeFor(*b))
                    recipe = *r;
        }
        const Step *step = recipe ? recipe->step(c.stepId()) : nullptr;
        if (!step)
            return fail(QStringLiteral("active step %1 not in the recipe").arg(c.stepId()));
        const QString kind = c.kind();
        if (step->window && !seen.contains(QStringLiteral("window"))) {
            seen << QStringLiteral("window");
            shoot(QStringLiteral("execution-window"));
        }
        if (!seen.contains(kind)) {
            seen << kind;
            if (step->kind == StepKind::Numeric)
                callQml("setEntryText", nominalNumber(*step));
            else if (step->kind == StepKind::Text)
                callQml("setEntryText", QStringLiteral("DEMO-%1").arg(c.orderNo()));
            else if (step->kind == StepKind::Choice)
                callQml("setEntryText", nominalChoice(*step));
            if (step->kind == StepKind::Timer) {
                c.startTimer();
                settle(2200);
                shoot(QStringLiteral("execution-timer"));
                // The rail with its titles: the stages behind are settled and folded.
                callQml("expandRail", true);
                shoot(QStringLiteral("execution-rail"));
                callQml("expandRail", false);
                return; // the tour ends with the hold running, as an operator would leave it
            }
            shoot(QStringLiteral("execution-") + kind);
            if (step->kind == StepKind::Numeric) {
                // Leaving with the typed value asks first; "Keep" stays with it.
                callQml("showToday");
                shoot(QStringLiteral("execution-leave"));
                callQml("answerLeaveQuestion", false);
            }
        }
        if (!shownOutOfSpec && step->kind == StepKind::Numeric &&
            (step->limits.actionHigh || step->limits.actionLow)) {
            shownOutOfSpec = true;
            // One digit too many: the core refuses, the screen says why and records nothing.
            const QString tooPrecise =
                QString::number(nominalNumber(*step).toDouble(), 'f', step->decimals + 1)
                    .chopped(1) +
                QStringLiteral("5");
            callQml("setEntryText", tooPrecise);
            if (c.enter(tooPrecise))
                return fail(
                    QStringLiteral("the core accepted %1 at step %2").arg(tooPrecise, c.stepId()));
            shoot(QStringLiteral("execution-refused"));
            callQml("setEntryText", QString());
            c.clearError();
            c.enter(outOfSpecNumber(*step));
            shoot(QStringLiteral("execution-out-of-spec"));
            const QVariantList open = c.exceptions();
            if (open.isEmpty())
                return fail(QStringLiteral("an out-of-specification entry raised no exception"));
            if (!settleDeviation(c, open.first().toMap().value(QStringLiteral("id")).toString(),
                                 QStringLiteral("process"), QStringLiteral("repeat"),
                                 QStringLiteral("demo: value mistyped, sample measured again")))
                return;
            shoot(QStringLiteral("execution-repeat"));
        }
        if (step->kind == StepKind::Scan && !seen.contains(QStringLiteral("identity-stop"))) {
            // Another patient's bag in front of the scanner, once: the hard stop, then the
            // supervisor walking the batch has it scanned again.
            seen << QStringLiteral("identity-stop");
            if (AppContext *context = AppContext::instance()) {
                BatchManager &m = context->workstation()->batches();
                (void)m.scan(c.batchId(), c.stepId(), QStringLiteral("COI-DEMO-ZZZZ-0001"),
                             ScanSource::Scanner);
                c.reload();
                context->notifyBatchesChanged();
                settle(100);
                shoot(QStringLiteral("execution-identity-stop"));
                const QVariantList open = c.exceptions();
                if (open.isEmpty())
                    return fail(QStringLiteral("a wrong bag raised no exception"));
                if (!settleDeviation(c, open.first().toMap().value(QStringLiteral("id")).toString(),
                                     QStringLiteral("identity"), QStringLiteral("repeat"),
                                     QStringLiteral("demo: another patient's bag, set aside")))
                    return;
                settle(50);
            }
        }
        if (!actNominally(c, *step))
            return fail(QStringLiteral("step %1 refused: %2").arg(c.stepId(), c.errorText()));
        settle(50);
    }
}

bool ScreenshotTour::settleDeviation(StepController &c, const QString &deviationId,
                                     const QString &category, const QString &consequenceName,
                                     const QString &comment)
{
    AppContext *context = AppContext::instance();
    if (!context)
        return false;
    DeviationManager &deviations = context->workstation()->deviations();
    Result<BatchState> b = context->workstation()->batches().batch(c.batchId());
    const DeviationRecord *d = b ? b->deviation(deviationId) : nullptr;
    if (!d) {
        fail(QStringLiteral("no deviation %1 behind the exception").arg(deviationId));
        return false;
    }
    DeviationFields fields;
    fields.category = category;
    fields.description = d->detail;
    fields.immediateAction = QStringLiteral("demo: batch set aside, supervisor informed");
    const QVariantMap author = demoPerson(QStringLiteral("supervisor"));
    SignatureRequest submitted;
    submitted.meaning = meaning::Submitted;
    submitted.userId = author.value(QStringLiteral("userId")).toString();
    submitted.password = author.value(QStringLiteral("password")).toString();
    if (Result<Event> e = deviations.update(c.batchId(), deviationId, fields); !e) {
        fail(QStringLiteral("deviation %1 not completed: %2").arg(deviationId, e.error().message));
        return false;
    }
    if (Result<Event> e = deviations.submit(c.batchId(), deviationId, submitted); !e) {
        fail(QStringLiteral("deviation %1 not submitted: %2").arg(deviationId, e.error().message));
        return false;
    }
    c.reload();
    context->notifyBatchesChanged();
    if (!m_shotWaiting && category != QLatin1String("identity")) {
        m_shotWaiting = true;
        shoot(QStringLiteral("execution-deviation-waiting"));
    }
    const QVariantMap qa = demoPerson(QStringLiteral("qa"));
    SignatureRequest approved;
    approved.meaning = meaning::Approved;
    approved.userId = qa.value(QStringLiteral("userId")).toString();
    approved.password = qa.value(QStringLiteral("password")).toString();
    if (Result<Event> e = deviations.decide(c.batchId(), deviationId, meaning::Approved,
                                            consequenceName, comment, approved);
        !e) {
        fail(QStringLiteral("deviation %1 not decided: %2").arg(deviationId, e.error().message));
        return false;
    }
    c.reload();
    context->notifyBatchesChanged();
    return true;
}

void ScreenshotTour::deviationShots(StepController &c)
{
    // The dialog as an operator opens it at the step on screen: the context filled in.
    if (callQml("raiseDeviation")) {
        shoot(QStringLiteral("deviation-dialog"));
        callQml("closeDeviationDialog");
    }
    // The exception paths: the menu, then the termination form with the containers the batch
    // holds, each waiting for its disposition.
    if (callQml("openExceptionPaths", QString())) {
        shoot(QStringLiteral("exception-paths"));
        callQml("closeExceptionPaths");
    }
    if (callQml("openExceptionPaths", QStringLiteral("terminate"))) {
        shoot(QStringLiteral("exception-paths-terminate"));
        callQml("closeExceptionPaths");
    }
    // A minor deviation raised by hand and submitted, so the desk has one to decide.
    AppContext *context = AppContext::instance();
    if (!context)
        return;
    DeviationManager &deviations = context->workstation()->deviations();
    DeviationFields fields;
    fields.category = QStringLiteral("environment");
    fields.severity = QStringLiteral("minor");
    fields.description = QStringLiteral("demo: particle count alarm in the room during the hold");
    fields.immediateAction = QStringLiteral("demo: door closed, count back in limits after 4 min");
    Result<Event> raised = deviations.raise(c.batchId(), c.stepId(), fields);
    if (!raised)
        return fail(QStringLiteral("deviation not raised: %1").arg(raised.error().message));
    const QString id = raised->payloadObject()
                           .value(QStringLiteral("deviations"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    const QVariantMap author = demoPerson(QStringLiteral("supervisor"));
    SignatureRequest submitted;
    submitted.meaning = meaning::Submitted;
    submitted.userId = author.value(QStringLiteral("userId")).toString();
    submitted.password = author.value(QStringLiteral("password")).toString();
    if (Result<Event> e = deviations.submit(c.batchId(), id, submitted); !e)
        return fail(QStringLiteral("deviation %1 not submitted: %2").arg(id, e.error().message));
    c.reload();
    context->notifyBatchesChanged();
    if (callQml("showDeviationDesk"))
        shoot(QStringLiteral("deviation-desk"));
    if (callQml("showReview", c.batchId()))
        shoot(QStringLiteral("review"));
    callQml("openBatch", c.batchId());
}

void ScreenshotTour::waitWhileBusy(SessionController &session)
{
    for (int i = 0; i < 200 && session.busy(); ++i)
        settle(50);
}

QVariantMap ScreenshotTour::demoPerson(const QString &role)
{
    for (const QVariant &v : SessionController::demoCredentials()) {
        if (v.toMap().value(QStringLiteral("role")) == role)
            return v.toMap();
    }
    return {};
}

bool ScreenshotTour::signInAs(SessionController &session, const QString &role)
{
    for (const QVariant &v : SessionController::demoCredentials()) {
        const QVariantMap person = v.toMap();
        if (person.value(QStringLiteral("role")) != role)
            continue;
        session.signIn(person.value(QStringLiteral("userId")).toString(),
                       person.value(QStringLiteral("password")).toString());
        settle(10);
        waitWhileBusy(session);
        if (session.ready())
            return true;
        fail(QStringLiteral("demo %1 could not sign in: %2 (this store has no demo people?)")
                 .arg(role, session.errorText()));
        return false;
    }
    fail(QStringLiteral("no demo person with role %1").arg(role));
    return false;
}

void ScreenshotTour::peopleShots(SessionController &session, StepController &c)
{
    Q_UNUSED(c);
    if (callQml("showSecurityLog"))
        shoot(QStringLiteral("security-log"));

    session.switchUser();
    settle(50);
    if (!signInAs(session, QStringLiteral("administrator")))
        return;
    if (callQml("showUsers", QStringLiteral("demo.operator")))
        shoot(QStringLiteral("users"));
    // Seen by the administrator, who may rename the terminal. Only looked at: the tour saves
    // nothing into this computer's settings.
    if (callQml("showSettings"))
        shoot(QStringLiteral("settings"));

    callQml("showToday");
    session.lockNow();
    settle(50);
    if (!session.locked())
        fail(QStringLiteral("the session did not lock"));
    else
        shoot(QStringLiteral("lock"));
    for (const QVariant &v : SessionController::demoCredentials()) {
        if (v.toMap().value(QStringLiteral("role")) == QLatin1String("administrator"))
            session.unlock(v.toMap().value(QStringLiteral("password")).toString());
    }
    settle(10);
    waitWhileBusy(session);
}

void ScreenshotTour::run()
{
    if (!QDir().mkpath(m_directory)) {
        fail(QStringLiteral("cannot create %1").arg(m_directory));
        QCoreApplication::exit(1);
        return;
    }
    SessionController *session =
        AppContext::instance() ? AppContext::instance()->session() : nullptr;
    if (!session) {
        fail(QStringLiteral("no session controller"));
        QCoreApplication::exit(1);
        return;
    }
    // Nobody is signed in when the window opens. A supervisor walks the batch: the tour
    // resolves an exception on the way, which an operator may not.
    shoot(QStringLiteral("signin"));
    // One mistyped password first, so that the security log shows what a failure looks like.
    session->signIn(QStringLiteral("demo.operator"), QStringLiteral("mistyped-password"));
    settle(10);
    waitWhileBusy(*session);
    if (!signInAs(*session, QStringLiteral("supervisor"))) {
        QCoreApplication::exit(1);
        return;
    }
    shoot(QStringLiteral("today"));

    // The first order the list shows that has not started yet: overdue ones come first.
    BatchListModel orders;
    QString batchId;
    for (int row = 0; row < orders.count() && batchId.isEmpty(); ++row) {
        const QModelIndex index = orders.index(row);
        if (orders.data(index, BatchListModel::StateRole).toString() == QLatin1String("created"))
            batchId = orders.batchIdAt(row);
    }
    auto *controller = qvariant_cast<StepController *>(m_window->property("controller"));
    if (batchId.isEmpty()) {
        fail(QStringLiteral("no batch order that has not started (use a fresh --data-dir)"));
    } else if (!controller) {
        fail(QStringLiteral("Main.qml exposes no StepController 'controller'"));
    } else if (callQml("openBatch", batchId)) {
        shoot(QStringLiteral("execution-start"));
        if (!controller->start())
            fail(
                QStringLiteral("batch %1 did not start: %2").arg(batchId, controller->errorText()));
        else
            walk(*controller);
        if (!m_failed)
            deviationShots(*controller);
        if (!m_failed)
            peopleShots(*session, *controller);
        callQml("showToday");
        shoot(QStringLiteral("today-after"));
    }
    std::fprintf(stdout, "%d screenshot(s) saved\n", static_cast<int>(m_saved.size()));
    std::fflush(stdout);
    QCoreApplication::exit(m_failed ? 1 : 0);
}

} // namespace ck
