#include "Simulator.h"

#include "BatchManager.h"
#include "common/Clock.h"
#include "recipe/RecipeCatalog.h"
#include "recipe/RecipeParser.h"
#include "site/Workstation.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ck {

namespace {
const QString kActor = QStringLiteral("simulation");

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
        else if (!recipe.step(it.key()))
            return Error::badInput(
                QStringLiteral("the inputs name '%1', which is neither a step nor an order "
                               "field of recipe %2")
                    .arg(it.key(), recipe.id));
    }

    // A dry run treats a draft as approved: that is what it is for.
    QJsonObject json = recipe.json;
    json.insert(QStringLiteral("status"), QStringLiteral("approved"));
    ManualClock clock;
    const QDateTime t0 = clock.nowUtc();
    Result<std::unique_ptr<Workstation>> ws =
        Workstation::open(QStringLiteral(":memory:"), &clock, QStringLiteral("SIMULATION"));
    if (!ws)
        return ws.error();
    Workstation &w = **ws;
    if (auto imported = w.recipes().importRecipe(QJsonDocument(json).toJson(), kActor); !imported)
        return imported.error();
    BatchOrder o;
    o.orderNo = QStringLiteral("SIM-1");
    o.recipeId = recipe.id;
    o.recipeVersion = recipe.version;
    o.coiId = QStringLiteral("SIMULATION");
    o.patientInitials = QStringLiteral("SIM");
    o.suite = QStringLiteral("simulation");
    o.orderData = order;
    Result<QString> batchId = w.batches().createBatch(o, kActor);
    if (!batchId)
        return batchId.error();
    BatchManager &m = w.batches();
    if (auto started = m.start(*batchId, kActor); !started)
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
        switch (step->kind) {
        case StepKind::Instruction:
            e = m.acknowledge(*batchId, stepId, kActor);
            break;
        case StepKind::Calculation:
            e = m.confirmCalculation(*batchId, stepId, kActor);
            break;
        case StepKind::Timer:
        case StepKind::Numeric:
        case StepKind::Text:
        case StepKind::Choice: {
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
                if (auto s = m.startTimer(*batchId, stepId, kActor); !s)
                    return s.error();
                clock.advanceMinutes(in->value.toDouble());
                e = m.stopTimer(*batchId, stepId, kActor);
            } else {
                e = m.enter(*batchId, stepId, in->value, kActor);
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
        const QJsonArray raised = e->payloadObject().value(u"exceptions").toArray();
        for (const QJsonValue &x : raised) {
            exceptions.append(x);
            if (auto r =
                    m.resolveException(*batchId, x[u"id"].toString(), QStringLiteral("continue"),
                                       QStringLiteral("simulation continues"), kActor);
                !r)
                return r.error();
        }
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
    result.complete = final->state == batchstate::Complete;
    result.exceptionsRaised = !exceptions.isEmpty();
    return result;
}

} // namespace ck
