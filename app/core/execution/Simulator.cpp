#include "Simulator.h"

#include "BatchManager.h"
#include "common/Clock.h"
#include "people/AccessControl.h"
#include "people/Roles.h"
#include "people/SignatureService.h"
#include "recipe/RecipeCatalog.h"
#include "recipe/RecipeParser.h"
#include "site/SiteUsers.h"
#include "site/Workstation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ck {

namespace {
// The dry run's people: one who does everything a batch needs, and a second person who verifies.
// Their passwords protect nothing: the store lives in memory and is gone after the run.
const QString kPerformer = QStringLiteral("simulation");
const QString kVerifier = QStringLiteral("simulation.verifier");
const QString kPassword = QStringLiteral("Dry-run-only-1");
// The patient of the dry run, in the demo site's CoI format so that scan inputs can match it;
// the inputs' "coiId" sets another (it is no valid step or order-field id, so it cannot clash).
const QString kCoiKey = QStringLiteral("coiId");
const QString kDefaultCoi = QStringLiteral("COI-SIMU-0000-0001");

Status signInSimulation(Workstation &w)
{
    w.access().setHashCost({1, size_t(8) << 20});
    const QList<SiteUser> users{
        {QStringLiteral("simulation.admin"),
         QStringLiteral("Simulation administrator"),
         QStringLiteral("SIM-ADMIN"),
         {role::Administrator},
         kPassword},
        {kPerformer,
         QStringLiteral("Simulation"),
         QStringLiteral("SIM-1"),
         {role::Operator, role::Supervisor, role::QA},
         kPassword},
        {kVerifier,
         QStringLiteral("Simulation verifier"),
         QStringLiteral("SIM-2"),
         {role::Supervisor},
         kPassword},
    };
    // Simulated time jumps by hours; nobody is idle in a dry run.
    if (Status s = createSiteUsers(
            w, users, {{QStringLiteral("session.inactivityMinutes"), QStringLiteral("10000")}});
        !s)
        return s;
    if (Result<Session> session = w.access().signIn(kPerformer, kPassword); !session)
        return session.error();
    return {};
}

Result<Event> signDue(BatchManager &m, const QString &batchId, const QString &stepId)
{
    SignatureRequest r;
    r.meaning = m.signatureDue(batchId, stepId);
    const bool performer = r.meaning == meaning::Performed;
    r.role = performer ? role::Operator : role::Supervisor;
    r.userId = performer ? kPerformer : kVerifier;
    r.password = kPassword;
    return m.signStep(batchId, stepId, r);
}

struct Input
{
    QJsonValue value;
    std::optional<double> atMinutes;
};

Result<Input> inputAt(const QJsonObject &inputs, const QString &stepId, int iteration)
{
    QJsonValue v = inputs.value(stepId);
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (iteration > a.size())
            return Error::notFound(stepId);
        v = a.at(iteration - 1);
    } else if (iteration > 1 || v.isUndefined()) {
        return Error::notFound(stepId);
    }
    Input in;
    if (v.isObject() && v.toObject().contains(u"value")) {
        in.value = v[u"value"];
        if (v[u"atMinutes"].isDouble())
            in.atMinutes = v[u"atMinutes"].toDouble();
    } else {
        in.value = v;
    }
    return in;
}
} // namespace

Result<SimulationResult> simulateRecipe(const QByteArray &recipeJson, const QJsonObject &inputs)
{
    Result<Recipe> parsed = parseRecipe(recipeJson);
    if (!parsed)
        return parsed.error();
    const Recipe &recipe = *parsed;
    QJsonObject order;
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        const bool isOrderField =
            std::any_of(recipe.orderFields.begin(), recipe.orderFields.end(),
                        [&](const OrderField &f) { return f.id == it.key(); });
        if (isOrderField)
            order.insert(it.key(), it.value());
        else if (it.key() == kCoiKey && !it.value().isString())
            return Error::badInput(QStringLiteral("the inputs' \"%1\" is the batch's CoI, a "
                                                  "string")
                                       .arg(kCoiKey));
        else if (it.key() != kCoiKey && !recipe.step(it.key()))
            return Error::badInput(
                QStringLiteral("the inputs name '%1', which is neither a step nor an order "
                               "field of recipe %2")
                    .arg(it.key(), recipe.id));
    }

    // A dry run treats a draft as approved: that is what it is for.
    QJsonObject json = recipe.json;
    json.insert(QStringLiteral("status"), QStringLiteral("approved"));
    // It reports what the recipe's deviation policy would block and goes on, to show the rest;
    // only a wrong bag (blocked whatever the policy) stops it.
    json.insert(QStringLiteral("deviations"),
                QJsonObject{{QStringLiteral("blocking"),
                             QJsonObject{{severity::Minor, blocking::Continue},
                                         {severity::Major, blocking::Continue},
                                         {severity::Critical, blocking::Continue}}}});
    ManualClock clock;
    const QDateTime t0 = clock.nowUtc();
    Result<std::unique_ptr<Workstation>> ws =
        Workstation::open(QStringLiteral(":memory:"), &clock, QStringLiteral("SIMULATION"));
    if (!ws)
        return ws.error();
    Workstation &w = **ws;
    if (Status s = signInSimulation(w); !s)
        return s.error();
    if (auto imported = w.recipes().importRecipe(QJsonDocument(json).toJson()); !imported)
        return imported.error();
    BatchOrder o;
    o.orderNo = QStringLiteral("SIM-1");
    o.recipeId = recipe.id;
    o.recipeVersion = recipe.version;
    o.coiId = inputs.value(kCoiKey).toString(kDefaultCoi);
    o.patientInitials = QStringLiteral("SIM");
    o.suite = QStringLiteral("simulation");
    o.orderData = order;
    Result<QString> batchId = w.batches().createBatch(o);
    if (!batchId)
        return batchId.error();
    BatchManager &m = w.batches();
    if (auto started = m.start(*batchId); !started)
        return started.error();

    QJsonArray exceptions;
    QString stoppedFor;
    // Each action takes a minute of simulated time unless the inputs say when it happens.
    for (int guard = 0; guard < 100000; ++guard) {
        Result<BatchState> b = m.batch(*batchId);
        if (!b)
            return b.error();
        if (b->ended() || b->activeStep.isEmpty())
            break;
        const QString stepId = b->activeStep;
        const Step *step = recipe.step(stepId);
        clock.advanceMinutes(1);
        if (const WindowStatus win = m.window(*batchId, stepId);
            win.state == WindowStatus::State::NotOpen)
            clock.set(win.opensAt);

        const int iteration = static_cast<int>(b->currentEntries(stepId).size()) + 1;
        Result<Event> e = Error::refused(QString());
        if (b->step(stepId)->state == stepstate::AwaitingSignature) {
            if (e = signDue(m, *batchId, stepId); !e)
                return e.error();
            continue;
        }
        switch (step->kind) {
        case StepKind::Instruction:
            e = m.acknowledge(*batchId, stepId);
            break;
        case StepKind::Calculation:
            e = m.confirmCalculation(*batchId, stepId);
            break;
        case StepKind::Timer:
        case StepKind::Numeric:
        case StepKind::Text:
        case StepKind::Choice:
        case StepKind::Scan: {
            Result<Input> in = inputAt(inputs, stepId, iteration);
            if (!in) {
                stoppedFor =
                    QStringLiteral("no input for step '%1' (entry %2)").arg(stepId).arg(iteration);
                break;
            }
            if (in->atMinutes)
                clock.set(t0.addMSecs(static_cast<qint64>(*in->atMinutes * 60000.0)));
            if (step->kind == StepKind::Timer) {
                if (!in->value.isDouble() || in->value.toDouble() < 0)
                    return Error::badInput(
                        QStringLiteral("timer step '%1' takes the minutes held").arg(stepId));
                if (auto s = m.startTimer(*batchId, stepId); !s)
                    return s.error();
                clock.advanceMinutes(in->value.toDouble());
                e = m.stopTimer(*batchId, stepId);
            } else if (step->kind == StepKind::Scan) {
                if (!in->value.isString())
                    return Error::badInput(
                        QStringLiteral("scan step '%1' takes the text the scanner sends")
                            .arg(stepId));
                e = m.scan(*batchId, stepId, in->value.toString(), ScanSource::Scanner);
            } else {
                e = m.enter(*batchId, stepId, in->value);
            }
            break;
        }
        }
        if (!stoppedFor.isEmpty())
            break;
        if (!e) {
            if (e.error().kind == Error::Kind::BadInput)
                return e.error();
            stoppedFor = e.error().message;
            break;
        }
        const QJsonArray raised = e->payloadObject().value(u"deviations").toArray();
        for (const QJsonValue &v : raised) {
            QJsonObject x{{QStringLiteral("id"), v[u"id"]},
                          {QStringLiteral("step"), v[u"step"]},
                          {QStringLiteral("kind"), v[u"trigger"]},
                          {QStringLiteral("severity"), v[u"severity"]},
                          {QStringLiteral("detail"), v[u"detail"]}};
            x.insert(
                QStringLiteral("blocking"),
                recipe.deviations.blockingFor(v[u"severity"].toString(), v[u"trigger"].toString()));
            exceptions.append(x);
            // A bag that does not match is a hard stop in the dry run too: nothing accepts it.
            if (v[u"trigger"].toString() == kIdentityMismatch)
                stoppedFor = QStringLiteral("identity: %1").arg(v[u"detail"].toString());
        }
        if (!stoppedFor.isEmpty())
            break;
    }

    Result<BatchState> final = m.batch(*batchId);
    if (!final)
        return final.error();
    QJsonArray steps;
    for (const StepState &s : final->steps) {
        if (s.state == stepstate::Pending)
            continue;
        QJsonArray values;
        QJsonArray flags;
        for (const EntryRecord &en : final->currentEntries(s.stepId)) {
            if (recipe.step(s.stepId)->kind == StepKind::Instruction)
                continue;
            values.append(en.value);
            flags.append(en.flag);
        }
        QJsonObject o2{{QStringLiteral("id"), s.stepId},
                       {QStringLiteral("status"), s.state},
                       {QStringLiteral("values"), values},
                       {QStringLiteral("flags"), flags}};
        if (!s.reason.isEmpty())
            o2.insert(QStringLiteral("reason"), s.reason);
        steps.append(o2);
    }
    SimulationResult result;
    result.report.insert(QStringLiteral("recipe"),
                         QStringLiteral("%1 v%2").arg(recipe.id).arg(recipe.version));
    result.report.insert(QStringLiteral("steps"), steps);
    result.report.insert(QStringLiteral("exceptions"), exceptions);
    result.report.insert(QStringLiteral("batchState"), final->state);
    if (!stoppedFor.isEmpty())
        result.report.insert(QStringLiteral("stoppedAt"),
                             QJsonObject{{QStringLiteral("step"), final->activeStep},
                                         {QStringLiteral("reason"), stoppedFor}});
    // Every step done: complete, or waiting only for its deviations to be closed.
    result.complete = final->state == batchstate::Complete ||
                      (final->state == batchstate::InProgress && final->activeStep.isEmpty());
    result.exceptionsRaised = !exceptions.isEmpty();
    return result;
}

} // namespace ck
