#include "TestSite.h"

#include "execution/BatchManager.h"
#include "people/AccessControl.h"
#include "recipe/RecipeCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <cmath>

#include <spdlog/spdlog.h>

namespace ck {

TestSite::TestSite()
{
    // The core logs every action; a test's output should show only its own verdicts.
    spdlog::set_level(spdlog::level::off);
    reopen();
}

TestSite::~TestSite() = default;

BatchManager &TestSite::batches()
{
    return m_ws->batches();
}

QString TestSite::storePath() const
{
    return Workstation::storePathIn(m_dir.path());
}

void TestSite::close()
{
    m_ws.reset();
}

void TestSite::reopen()
{
    m_ws.reset();
    auto w = Workstation::open(storePath(), &m_clock, QStringLiteral("T-TEST"));
    if (!w)
        qFatal("cannot open test store: %s", qPrintable(w.error().message));
    m_ws = std::move(w).value();
    // Argon2id's standard cost (128 MiB, 3 passes) makes each hash take about 0.3 s; the suite
    // hashes hundreds. tst_people measures the standard cost on its own.
    m_ws->access().setHashCost({1, size_t(8) << 20});
}

QByteArray TestSite::resource(const QString &relativePath)
{
    QFile f(QStringLiteral(CHAINKEEPER_RESOURCES_DIR "/") + relativePath);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test resource %s", qPrintable(f.fileName()));
    return f.readAll();
}

QString TestSite::importAndCreate(const QByteArray &recipeJson, const QString &orderNo,
                                  const QJsonObject &orderData)
{
    auto imported = m_ws->recipes().importRecipe(recipeJson, actor());
    if (!imported)
        qFatal("recipe refused: %s", qPrintable(imported.error().message));
    BatchOrder o;
    o.orderNo = orderNo;
    o.recipeId = imported->recipe.id;
    o.recipeVersion = imported->recipe.version;
    o.coiId = QStringLiteral("COI-TEST-0001");
    o.patientInitials = QStringLiteral("TT");
    o.suite = QStringLiteral("Suite T");
    o.orderData = orderData;
    auto id = m_ws->batches().createBatch(o, actor());
    if (!id)
        qFatal("batch refused: %s", qPrintable(id.error().message));
    return *id;
}

namespace {
QJsonValue nominalValue(const Step &s)
{
    switch (s.kind) {
    case StepKind::Numeric: {
        double v = 1;
        if (s.limits.target)
            v = *s.limits.target;
        else if (s.limits.alertLow && s.limits.alertHigh)
            v = (*s.limits.alertLow + *s.limits.alertHigh) / 2;
        else if (s.limits.alertLow)
            v = *s.limits.alertLow + 1;
        else if (s.limits.alertHigh)
            v = *s.limits.alertHigh - 1;
        else if (s.limits.actionLow)
            v = *s.limits.actionLow + 1;
        const double scale = std::pow(10.0, s.decimals);
        return std::round(v * scale) / scale;
    }
    case StepKind::Choice:
        return s.acceptable.isEmpty() ? s.options.first() : s.acceptable.first();
    case StepKind::Text:
        return QStringLiteral("as instructed");
    default:
        return {};
    }
}
} // namespace

bool driveActiveStep(Workstation &ws, ManualClock &clock, const QString &batchId, QString *error)
{
    BatchManager &m = ws.batches();
    auto b = m.batch(batchId);
    if (!b || b->ended())
        return false;
    const QString actor = TestSite::actor();
    if (!b->openExceptions().isEmpty()) {
        auto r =
            m.resolveException(batchId, b->openExceptions().first().id, QStringLiteral("continue"),
                               QStringLiteral("accepted in test"), actor);
        if (!r && error)
            *error = r.error().message;
        return static_cast<bool>(r);
    }
    if (b->state == batchstate::Created) {
        auto r = m.start(batchId, actor);
        if (!r && error)
            *error = r.error().message;
        return static_cast<bool>(r);
    }
    auto recipe = m.recipeFor(*b);
    const Step *s = (*recipe)->step(b->activeStep);
    clock.advanceMinutes(1);
    if (const WindowStatus w = m.window(batchId, s->id); w.state == WindowStatus::State::NotOpen)
        clock.set(w.opensAt);
    Result<Event> r = Error::refused(QString());
    switch (s->kind) {
    case StepKind::Instruction:
        r = m.acknowledge(batchId, s->id, actor);
        break;
    case StepKind::Calculation:
        r = m.confirmCalculation(batchId, s->id, actor);
        break;
    case StepKind::Timer:
        if (!m.timer(batchId, s->id).running) {
            r = m.startTimer(batchId, s->id, actor);
        } else {
            clock.advanceMinutes(s->minMinutes.value_or(0) + 0.5);
            r = m.stopTimer(batchId, s->id, actor);
        }
        break;
    default:
        r = m.enter(batchId, s->id, nominalValue(*s), actor);
    }
    if (!r && error)
        *error = r.error().message;
    return static_cast<bool>(r);
}

} // namespace ck
