#include "TestSite.h"

#include "deviations/DeviationManager.h"
#include "people/SignatureService.h"

#include "execution/BatchManager.h"
#include "people/AccessControl.h"
#include "people/Roles.h"
#include "people/SignatureService.h"
#include "people/UserDirectory.h"
#include "recipe/RecipeCatalog.h"
#include "site/SiteUsers.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <cmath>

#include <spdlog/spdlog.h>

namespace ck {

TestSite::TestSite(People people) : m_people(people)
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
    if (m_people == People::Tester)
        preparePeople(*m_ws);
}

void TestSite::preparePeople(Workstation &ws)
{
    if (!ws.users().hasUsers()) {
        auto person = [](const char *id, const char *name, QStringList roles) {
            return SiteUser{QString::fromLatin1(id), QString::fromLatin1(name),
                            QStringLiteral("BADGE-") + QString::fromLatin1(id).toUpper(),
                            std::move(roles), password()};
        };
        const QList<SiteUser> people{
            person("admin", "Ada Admin", {role::Administrator}),
            person("tester", "Terry Tester", {role::Operator, role::Supervisor, role::QA}),
            person("verifier", "Vera Verifier", {role::Supervisor}),
            person("operator2", "Otto Operator", {role::Operator}),
            person("quality", "Quinn Quality", {role::QA}),
        };
        // Tests move the clock by hours; the inactivity lock has tests of its own (tst_people).
        if (Status s = createSiteUsers(
                ws, people,
                {{QStringLiteral("session.inactivityMinutes"), QStringLiteral("10000")}});
            !s)
            qFatal("cannot create the test site's people: %s", qPrintable(s.error().message));
    }
    if (auto s = ws.access().signIn(actor(), password()); !s)
        qFatal("cannot sign in the tester: %s", qPrintable(s.error().message));
}

void TestSite::signInAs(const QString &userId)
{
    (void)m_ws->access().signOut();
    if (auto s = m_ws->access().signIn(userId, password()); !s)
        qFatal("cannot sign in %s: %s", qPrintable(userId), qPrintable(s.error().message));
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
    auto imported = m_ws->recipes().importRecipe(recipeJson);
    if (!imported)
        qFatal("recipe refused: %s", qPrintable(imported.error().message));
    BatchOrder o;
    o.orderNo = orderNo;
    o.recipeId = imported->recipe.id;
    o.recipeVersion = imported->recipe.version;
    o.coiId = coi();
    o.patientInitials = QStringLiteral("TT");
    o.suite = QStringLiteral("Suite T");
    o.orderData = orderData;
    auto id = m_ws->batches().createBatch(o);
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

QString matchingScan(const Step &step, const BatchState &batch)
{
    const QString din = batch.din.isEmpty() ? TestSite::din() : batch.din;
    const QString &label = step.scan.label;
    if (label == QLatin1String("coi") || label == QLatin1String("site.coi") ||
        label == QLatin1String("isbt128.coi"))
        return batch.coiId;
    if (label == QLatin1String("isbt128.din"))
        return QStringLiteral("=%1%2").arg(din, QStringLiteral("00")); // flags 00: no check
    return {};
}

Result<Event> decideDeviation(Workstation &ws, const QString &batchId, const QString &id,
                              const QString &consequenceName, const QString &comment)
{
    Result<BatchState> b = ws.batches().batch(batchId);
    if (!b)
        return b.error();
    const DeviationRecord *found = nullptr;
    for (const DeviationRecord &d : b->deviations) {
        if (d.id == id || d.exceptionId == id)
            found = &d;
    }
    if (!found)
        return Error::notFound(QStringLiteral("no deviation behind '%1'").arg(id));
    const DeviationRecord d = *found;
    DeviationManager &desk = ws.deviations();
    if (d.status == deviationstatus::Open || d.status == deviationstatus::MoreInformation) {
        DeviationFields f;
        f.category = d.category.isEmpty() ? QStringLiteral("process") : d.category;
        f.description = d.description.isEmpty() ? d.detail : d.description;
        f.immediateAction = QStringLiteral("stopped and called the supervisor");
        f.containers = d.containers;
        f.affectedSteps = d.affectedSteps;
        if (auto u = desk.update(batchId, d.id, f); !u)
            return u.error();
        SignatureRequest submit;
        submit.meaning = meaning::Submitted;
        submit.userId = TestSite::actor();
        submit.password = TestSite::password();
        if (auto s = desk.submit(batchId, d.id, submit); !s)
            return s.error();
    }
    const bool reject = consequenceName == QLatin1String("abort");
    Result<Event> last = Error::refused(QStringLiteral("nobody could decide"));
    for (const QString &who : {QStringLiteral("verifier"), QStringLiteral("quality")}) {
        SignatureRequest decision;
        decision.meaning = reject ? meaning::Rejected : meaning::Approved;
        decision.userId = who;
        decision.password = TestSite::password();
        last = desk.decide(batchId, d.id, decision.meaning, consequenceName, comment, decision);
        if (last || !last.error().message.contains(QLatin1String("cannot decide")))
            return last;
    }
    return last;
}

bool driveActiveStep(Workstation &ws, ManualClock &clock, const QString &batchId, QString *error)
{
    BatchManager &m = ws.batches();
    auto b = m.batch(batchId);
    if (!b || b->ended())
        return false;
    if (!b->openExceptions().isEmpty()) {
        const ExceptionRecord x = b->openExceptions().first();
        // A wrong bag is never accepted: it is scanned again.
        const bool identity = x.kind == kIdentityMismatch;
        auto r = decideDeviation(ws, batchId, x.id,
                                 identity ? QStringLiteral("repeat") : QStringLiteral("continue"),
                                 identity ? QStringLiteral("scanned again in test")
                                          : QStringLiteral("accepted in test"));
        if (!r && error)
            *error = r.error().message;
        return static_cast<bool>(r);
    }
    if (b->state == batchstate::Created) {
        auto r = m.start(batchId);
        if (!r && error)
            *error = r.error().message;
        return static_cast<bool>(r);
    }
    if (const QString due = m.signatureDue(batchId, b->activeStep); !due.isEmpty()) {
        SignatureRequest request;
        request.meaning = due;
        const bool performer = due == meaning::Performed;
        request.role = performer ? role::Operator : role::Supervisor;
        request.userId = performer ? TestSite::actor() : QStringLiteral("verifier");
        request.password = TestSite::password();
        auto r = m.signStep(batchId, b->activeStep, request);
        if (!r && error)
            *error = r.error().message;
        return static_cast<bool>(r);
    }
    if (b->activeStep.isEmpty() && b->state == batchstate::InProgress) {
        // Every step is done and the batch waits for its deviations: decide and close them.
        for (const DeviationRecord &d : b->deviations) {
            if (d.closed())
                continue;
            Result<Event> r = Error::refused(QString());
            if (d.undecided()) {
                r = decideDeviation(ws, batchId, d.id, QStringLiteral("none"),
                                    QStringLiteral("accepted in test"));
            } else {
                SignatureRequest review;
                review.meaning = meaning::Reviewed;
                review.userId = QStringLiteral("quality");
                review.password = TestSite::password();
                r = ws.deviations().close(batchId, d.id, QStringLiteral("closed in test"), review);
            }
            if (!r && error)
                *error = r.error().message;
            return static_cast<bool>(r);
        }
        return false;
    }
    auto recipe = m.recipeFor(*b);
    const Step *s = (*recipe)->step(b->activeStep);
    clock.advanceMinutes(1);
    if (const WindowStatus w = m.window(batchId, s->id); w.state == WindowStatus::State::NotOpen)
        clock.set(w.opensAt);
    Result<Event> r = Error::refused(QString());
    switch (s->kind) {
    case StepKind::Instruction:
        r = m.acknowledge(batchId, s->id);
        break;
    case StepKind::Calculation:
        r = m.confirmCalculation(batchId, s->id);
        break;
    case StepKind::Timer:
        if (!m.timer(batchId, s->id).running) {
            r = m.startTimer(batchId, s->id);
        } else {
            clock.advanceMinutes(s->minMinutes.value_or(0) + 0.5);
            r = m.stopTimer(batchId, s->id);
        }
        break;
    case StepKind::Scan: {
        const QString raw = matchingScan(*s, *b);
        if (raw.isEmpty()) {
            if (error)
                *error = QStringLiteral("no matching scan for a '%1' label").arg(s->scan.label);
            return false;
        }
        r = m.scan(batchId, s->id, raw, ScanSource::Scanner);
        break;
    }
    default:
        r = m.enter(batchId, s->id, nominalValue(*s));
    }
    if (!r && error)
        *error = r.error().message;
    return static_cast<bool>(r);
}

} // namespace ck
