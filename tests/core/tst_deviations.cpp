// Deviations: every trigger raises one, the recipe's policy decides what it blocks, the workflow
// (submit, decide, close) is signed and refuses self-approval, a batch with a deviation open is
// not complete, and each exception path of the cleanroom runs end to end through the core.

#include "TestSite.h"

#include "deviations/DeviationManager.h"
#include "execution/BatchManager.h"
#include "execution/EventTypes.h"
#include "people/Roles.h"
#include "people/SignatureService.h"
#include "recipe/RecipeCatalog.h"
#include "store/EventLog.h"

#include <QJsonArray>
#include <QTest>

using namespace ck;

namespace {

QByteArray recipe(const QString &blockingPolicy = {})
{
    QByteArray r = R"({
  "schema": "chainkeeper.recipe/1", "id": "deviation-test", "version": 1,
  "title": "Deviation test", "status": "approved", POLICY
  "orderFields": [
    {"id": "weight", "title": "Patient weight", "unit": "kg"},
    {"id": "collected", "title": "Collection time", "optional": true},
    {"id": "scheduled", "title": "Scheduled arrival", "optional": true}
  ],
  "stages": [
    {"id": "receipt", "title": "Receipt", "steps": [
      {"id": "arrive", "kind": "instruction", "title": "Receive the bag", "text": "Receive it",
       "arrival": {"collected": "collected", "scheduled": "scheduled", "maxHours": 48},
       "requires": ["collected"]},
      {"id": "bag", "kind": "scan", "title": "Scan the bag",
       "scan": {"label": "coi", "match": ["coi"],
                "registers": {"container": "apheresis_bag", "role": "starting material"}}},
      {"id": "vol", "kind": "numeric", "title": "Volume", "unit": "mL", "decimals": 0,
       "target": 200, "actionLow": 100, "actionHigh": 300, "repeat": {"count": 2}},
      {"id": "rest", "kind": "timer", "title": "Rest", "minMinutes": 10, "maxMinutes": 20},
      {"id": "late", "kind": "instruction", "title": "Timed", "text": "Do it",
       "window": {"after": "rest", "dueMinutes": 5, "latestMinutes": 10}}
    ]},
    {"id": "culture", "title": "Culture", "steps": [
      {"id": "seed", "kind": "instruction", "title": "Seed", "text": "Seed"},
      {"id": "feed", "kind": "instruction", "title": "Feed", "text": "Feed"}
    ]},
    {"id": "final", "title": "Final", "steps": [
      {"id": "done", "kind": "instruction", "title": "Done", "text": "Finish"}
    ]}
  ]})";
    r.replace(
        "POLICY",
        blockingPolicy.isEmpty()
            ? QByteArray()
            : QStringLiteral(R"("deviations": {"blocking": %1},)").arg(blockingPolicy).toUtf8());
    return r;
}

SignatureRequest sig(const QString &meaning, const QString &userId = {})
{
    SignatureRequest r;
    r.meaning = meaning;
    r.userId = userId;
    r.password = TestSite::password();
    return r;
}

DeviationFields fields(const QString &severityName = severity::Minor)
{
    DeviationFields f;
    f.category = QStringLiteral("process");
    f.severity = severityName;
    f.description = QStringLiteral("the pump stopped for 30 s");
    f.immediateAction = QStringLiteral("restarted the pump, checked the line");
    return f;
}

} // namespace

class TestDeviations : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSite> site;
    QString batch;

    BatchManager &m() { return site->batches(); }
    DeviationManager &desk() { return site->ws().deviations(); }
    BatchState state() { return *m().batch(batch); }

    void create(const QString &policy = {}, const QJsonObject &order = {})
    {
        site = std::make_unique<TestSite>();
        QJsonObject o{{QStringLiteral("weight"), 70},
                      {QStringLiteral("collected"), QStringLiteral("2026-01-04T08:00:00Z")},
                      {QStringLiteral("scheduled"), QStringLiteral("2026-01-05T07:00:00Z")}};
        for (auto it = order.begin(); it != order.end(); ++it) {
            if (it.value().isNull())
                o.remove(it.key());
            else
                o.insert(it.key(), it.value());
        }
        batch = site->importAndCreate(recipe(policy), QStringLiteral("D-1"), o);
        QVERIFY(m().start(batch));
    }
    // Drives the batch nominally up to (not into) `stepId`.
    void driveTo(const QString &stepId)
    {
        while (state().activeStep != stepId) {
            QString error;
            QVERIFY2(driveActiveStep(site->ws(), site->clock(), batch, &error), qPrintable(error));
        }
    }
    DeviationRecord last() { return state().deviations.last(); }
    void submitLast()
    {
        const DeviationRecord d = last();
        if (d.description.isEmpty() || d.immediateAction.isEmpty()) {
            DeviationFields f = fields();
            f.category = d.category.isEmpty() ? QStringLiteral("process") : d.category;
            QVERIFY(desk().update(batch, d.id, f));
        }
        auto s = desk().submit(batch, d.id, sig(meaning::Submitted, TestSite::actor()));
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
    }

private Q_SLOTS:
    void outOfSpecificationRaisesAMajorDeviationThatBlocksTheStep()
    {
        create();
        driveTo(QStringLiteral("vol"));
        QVERIFY(m().enter(batch, QStringLiteral("vol"), 350));
        const DeviationRecord d = last();
        QCOMPARE(d.trigger, trigger::OutOfSpecification);
        QCOMPARE(d.severity, severity::Major);
        QCOMPARE(d.blocking, blocking::BlockStep);
        QCOMPARE(d.status, deviationstatus::Open);
        QCOMPARE(state().state, batchstate::InProgress); // not on hold: the step waits
        QCOMPARE(state().disposition(), QStringLiteral("continuing_under_deviation"));
        auto again = m().enter(batch, QStringLiteral("vol"), 200);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(d.id));
        // Approved to continue: the flagged value stands and the batch moves on.
        QVERIFY(decideDeviation(site->ws(), batch, d.id, consequence::Continue,
                                QStringLiteral("within validated range of the bag")));
        QCOMPARE(state().currentEntries(QStringLiteral("vol")).size(), 1); // it counts
        QVERIFY(m().enter(batch, QStringLiteral("vol"), 200));
        QCOMPARE(state().activeStep, QStringLiteral("rest"));
        QCOMPARE(last().status, deviationstatus::Approved);
    }

    void eachTriggerRaisesItsDeviation()
    {
        create();
        driveTo(QStringLiteral("rest"));
        QVERIFY(m().startTimer(batch, QStringLiteral("rest")));
        site->clock().advanceMinutes(25); // over the 20 min maximum
        QVERIFY(m().stopTimer(batch, QStringLiteral("rest")));
        QCOMPARE(last().trigger, trigger::TimerOutOfLimits);
        QVERIFY(decideDeviation(site->ws(), batch, last().id, consequence::Continue,
                                QStringLiteral("cells tolerate 25 min")));
        site->clock().advanceMinutes(30); // the window of "late" closed 10 min after "rest"
        QVERIFY(m().acknowledge(batch, QStringLiteral("late")));
        QCOMPARE(last().trigger, trigger::WindowMissed);
        QCOMPARE(last().severity, severity::Minor);
        QCOMPARE(last().blocking, blocking::Continue);
        QCOMPARE(state().activeStep, QStringLiteral("seed")); // minor: flagged, goes on
    }

    void identityMismatchIsCriticalAndHoldsTheBatch()
    {
        create();
        driveTo(QStringLiteral("bag"));
        QVERIFY(m().scan(batch, QStringLiteral("bag"), QStringLiteral("COI-SOMEONE-ELSE-0002"),
                         ScanSource::Scanner));
        QCOMPARE(last().trigger, trigger::IdentityMismatch);
        QCOMPARE(last().severity, severity::Critical);
        QCOMPARE(state().state, batchstate::OnHold);
        // Nobody approves a wrong bag to continue, whatever they sign.
        auto cont = decideDeviation(site->ws(), batch, last().id, consequence::Continue,
                                    QStringLiteral("looks fine"));
        QVERIFY(!cont);
        QVERIFY(cont.error().message.contains(QLatin1String("identity mismatch")));
        QVERIFY(decideDeviation(site->ws(), batch, last().id, consequence::Repeat,
                                QStringLiteral("wrong bag taken; scan the right one")));
        QCOMPARE(state().state, batchstate::InProgress);
    }

    void typedIdentityOverrideIsRecordedAsADeviation()
    {
        create();
        driveTo(QStringLiteral("bag"));
        auto e = m().overrideTypedIdentity(batch, QStringLiteral("bag"), TestSite::coi(),
                                           QStringLiteral("label smudged"),
                                           sig(meaning::Approved, QStringLiteral("verifier")));
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
        QCOMPARE(last().trigger, trigger::TypedIdentityOverride);
        QCOMPARE(state().activeStep, QStringLiteral("vol")); // minor: on record, goes on
    }

    void blockingMatrix_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("severityName");
        QTest::addColumn<QString>("batchState");
        QTest::addColumn<bool>("stepBlocked");
        const QString lax = QStringLiteral(
            R"({"minor": "continue", "major": "continue", "critical": "block_step"})");
        const QString strict = QStringLiteral(
            R"({"minor": "block_step", "major": "hold_batch", "critical": "hold_batch"})");
        QTest::newRow("default minor") << QString() << severity::Minor << "in_progress" << false;
        QTest::newRow("default major") << QString() << severity::Major << "in_progress" << true;
        QTest::newRow("default critical") << QString() << severity::Critical << "on_hold" << true;
        QTest::newRow("lax minor") << lax << severity::Minor << "in_progress" << false;
        QTest::newRow("lax major") << lax << severity::Major << "in_progress" << false;
        QTest::newRow("lax critical") << lax << severity::Critical << "in_progress" << true;
        QTest::newRow("strict minor") << strict << severity::Minor << "in_progress" << true;
        QTest::newRow("strict major") << strict << severity::Major << "on_hold" << true;
        QTest::newRow("strict critical") << strict << severity::Critical << "on_hold" << true;
    }
    void blockingMatrix()
    {
        QFETCH(QString, policy);
        QFETCH(QString, severityName);
        QFETCH(QString, batchState);
        QFETCH(bool, stepBlocked);
        create(policy);
        driveTo(QStringLiteral("seed"));
        auto r = desk().raise(batch, {}, fields(severityName));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(state().state, batchState);
        QCOMPARE(!m().acknowledge(batch, QStringLiteral("seed")), stepBlocked);
    }

    void aLighterPolicyForAHeavierSeverityIsRefusedAtImport()
    {
        TestSite s;
        auto r = s.ws().recipes().importRecipe(recipe(QStringLiteral(
            R"({"minor": "hold_batch", "major": "continue", "critical": "continue"})")));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("deviations.blocking")));
    }

    void workflowTransitionsAreSignedAndOrdered()
    {
        create();
        driveTo(QStringLiteral("seed"));
        DeviationFields f = fields(severity::Major);
        f.immediateAction.clear();
        QVERIFY(desk().raise(batch, {}, f));
        const QString id = last().id;
        // Not decided before it is submitted; not submitted without the immediate action.
        QVERIFY(!desk().decide(batch, id, deviationstatus::Approved, consequence::Continue,
                               QStringLiteral("ok"), sig(meaning::Approved, "verifier")));
        auto incomplete = desk().submit(batch, id, sig(meaning::Submitted, TestSite::actor()));
        QVERIFY(!incomplete);
        QVERIFY(incomplete.error().message.contains(QLatin1String("immediate action")));
        QVERIFY(desk().update(batch, id, fields(severity::Major)));
        SignatureRequest wrongPassword = sig(meaning::Submitted, TestSite::actor());
        wrongPassword.password = QStringLiteral("not-the-password");
        QVERIFY(!desk().submit(batch, id, wrongPassword));
        submitLast();
        QCOMPARE(last().status, deviationstatus::Submitted);
        QVERIFY(!desk().update(batch, id, fields())); // submitted: no longer edited
        // The supervisor asks for more; the operator completes and submits again.
        site->signInAs(QStringLiteral("verifier"));
        QVERIFY(desk().decide(batch, id, deviationstatus::MoreInformation, {},
                              QStringLiteral("which pump, which line?"), {}));
        QCOMPARE(last().status, deviationstatus::MoreInformation);
        site->signInAs(TestSite::actor());
        DeviationFields more = fields(severity::Major);
        more.description += QStringLiteral(" (pump P-2, line A)");
        QVERIFY(desk().update(batch, id, more, QStringLiteral("answered")));
        submitLast();
        QVERIFY(
            !desk().close(batch, id, QStringLiteral("early"), sig(meaning::Reviewed, "verifier")));
        site->signInAs(QStringLiteral("verifier"));
        auto wrongMeaning =
            desk().decide(batch, id, deviationstatus::Approved, consequence::Continue,
                          QStringLiteral("ok"), sig(meaning::Rejected, "verifier"));
        QVERIFY(!wrongMeaning);
        QVERIFY(desk().decide(batch, id, deviationstatus::Approved, consequence::Continue,
                              QStringLiteral("pump restarted within validated time"),
                              sig(meaning::Approved, "verifier")));
        QVERIFY(m().acknowledge(batch, QStringLiteral("seed")));
        QVERIFY(desk().comment(batch, id, QStringLiteral("trend this pump")));
        QVERIFY(desk().close(batch, id, QStringLiteral("no impact"),
                             sig(meaning::Reviewed, "verifier")));
        QCOMPARE(last().status, deviationstatus::Closed);
        const auto thread = desk().thread(id);
        QStringList kinds;
        for (const auto &c : thread)
            kinds << c.kind;
        QCOMPARE(kinds, (QStringList{"raised", "submission", "decision", "update", "submission",
                                     "decision", "comment", "closure"}));
        // The record replays to the same state.
        auto rebuilt = site->ws().log().rebuild();
        QVERIFY(rebuilt && rebuilt->identical());
    }

    void nobodyApprovesWhatTheyRaisedSubmittedOrPerformed()
    {
        create();
        driveTo(QStringLiteral("vol"));
        QVERIFY(m().enter(batch, QStringLiteral("vol"), 350)); // performed by tester
        submitLast();
        // tester holds the supervisor role too, and still cannot decide their own work.
        auto self =
            desk().decide(batch, last().id, deviationstatus::Approved, consequence::Continue,
                          QStringLiteral("fine"), sig(meaning::Approved, TestSite::actor()));
        QVERIFY(!self);
        QVERIFY(self.error().message.contains(QLatin1String("cannot decide")));
        QCOMPARE(last().status, deviationstatus::Submitted);
        QVERIFY(desk().decide(batch, last().id, deviationstatus::Approved, consequence::Continue,
                              QStringLiteral("fine"), sig(meaning::Approved, "verifier")));
        // The exception is not resolved around the deviation.
        QVERIFY(!m().resolveException(batch, last().id, QStringLiteral("continue"),
                                      QStringLiteral("x")));
    }

    void aBatchWithAnOpenDeviationIsNotComplete()
    {
        create();
        driveTo(QStringLiteral("done"));
        QVERIFY(desk().raise(batch, {}, fields(severity::Minor)));
        QVERIFY(m().acknowledge(batch, QStringLiteral("done")));
        QCOMPARE(state().state, batchstate::InProgress);
        QCOMPARE(state().activeStep, QString());
        const QString id = last().id;
        submitLast();
        QVERIFY(desk().decide(batch, id, deviationstatus::Approved, consequence::None,
                              QStringLiteral("ok"), sig(meaning::Approved, "verifier")));
        QCOMPARE(state().state, batchstate::InProgress);
        QVERIFY(
            desk().close(batch, id, QStringLiteral("closed"), sig(meaning::Reviewed, "quality")));
        QCOMPARE(state().state, batchstate::Complete);
        QCOMPARE(state().disposition(), QStringLiteral("normal"));
    }

    void lateSpecimenIsRaisedWithItsTimes()
    {
        // Collected 2026-01-02 08:00, arrives 2026-01-05 08:00: 72 h, the limit is 48 h.
        create({}, {{QStringLiteral("collected"), QStringLiteral("2026-01-02T08:00:00Z")}});
        QVERIFY(m().acknowledge(batch, QStringLiteral("arrive")));
        const DeviationRecord d = last();
        QCOMPARE(d.trigger, trigger::LateSpecimen);
        QVERIFY2(d.detail.contains(QLatin1String("72 h since collection (limit 48 h)")),
                 qPrintable(d.detail));
        QVERIFY(d.detail.contains(QLatin1String("1 h late")));
        QCOMPARE(state().activeStep, QStringLiteral("arrive")); // major: the step waits
        QVERIFY(decideDeviation(site->ws(), batch, d.id, consequence::Continue,
                                QStringLiteral("viability checked, accepted")));
        QCOMPARE(state().activeStep, QStringLiteral("bag"));
    }

    void incompleteRecordNeedsApprovalOrCompletion()
    {
        create({}, {{QStringLiteral("collected"), QJsonValue::Null}});
        auto refused = m().acknowledge(batch, QStringLiteral("arrive"));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("lacks collected")));
        // What the screens show: the fields the active step requires and the order lacks.
        QCOMPARE(desk().missingOrderData(batch), QStringList{QStringLiteral("collected")});
        QCOMPARE(desk().missingOrderData(batch, QStringLiteral("bag")), QStringList());
        QVERIFY(desk().raiseIncompleteRecord(batch, QStringLiteral("arrive")));
        QCOMPARE(last().trigger, trigger::IncompleteRecord);
        QVERIFY(!m().acknowledge(batch, QStringLiteral("arrive"))); // waits for the decision
        QVERIFY(decideDeviation(site->ws(), batch, last().id, consequence::Continue,
                                QStringLiteral("collection time follows from the courier")));
        QVERIFY(desk().missingOrderData(batch, QStringLiteral("arrive")).isEmpty()); // approved
        QVERIFY(m().acknowledge(batch, QStringLiteral("arrive")));
        // Completed later with a reason; a recorded value is never replaced.
        QVERIFY(desk().completeOrder(batch, QStringLiteral("collected"),
                                     QStringLiteral("2026-01-04T09:00:00Z"),
                                     QStringLiteral("courier form received")));
        QCOMPARE(state().orderData.value(u"collected").toString(),
                 QStringLiteral("2026-01-04T09:00:00Z"));
        QVERIFY(!desk().completeOrder(batch, QStringLiteral("collected"),
                                      QStringLiteral("2026-01-04T10:00:00Z"),
                                      QStringLiteral("again")));
    }

    void batchMovesToAnotherSuiteWithASupervisorsSignature()
    {
        create();
        QVERIFY(!desk().moveBatch(batch, QStringLiteral("Suite B"), QString(),
                                  sig(meaning::Approved, "verifier")));
        auto e = desk().moveBatch(batch, QStringLiteral("Suite B"),
                                  QStringLiteral("isolator in Suite T failed its leak test"),
                                  sig(meaning::Approved, "verifier"));
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
        QCOMPARE(state().suite, QStringLiteral("Suite B"));
        QCOMPARE(e->actor, QStringLiteral("verifier"));
        QVERIFY(!desk().moveBatch(batch, QStringLiteral("Suite C"), QStringLiteral("x"),
                                  sig(meaning::Approved, "operator2"))); // not a supervisor
        // The supervisor's approval signs the record as it stands, even when they made its last
        // event (the move above): approving one's own next move is not verifying one's own work.
        auto again = desk().moveBatch(batch, QStringLiteral("Suite C"),
                                      QStringLiteral("Suite B's isolator is booked"),
                                      sig(meaning::Approved, "verifier"));
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(state().suite, QStringLiteral("Suite C"));
    }

    void runFailureTerminatesWithEachContainersDisposition()
    {
        create();
        driveTo(QStringLiteral("vol")); // the apheresis bag is registered
        const QJsonObject none;
        auto missing = desk().terminate(batch, {}, QStringLiteral("incubator failure"), none,
                                        sig(meaning::Approved, "verifier"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QLatin1String("apheresis_bag")));
        QVERIFY(desk().terminate(batch, {}, QStringLiteral("incubator failure"),
                                 {{QStringLiteral("apheresis_bag"), QStringLiteral("quarantine")}},
                                 sig(meaning::Approved, "verifier")));
        QCOMPARE(state().state, batchstate::Aborted);
        QCOMPARE(state().containerDispositions.value(u"apheresis_bag").toString(),
                 QStringLiteral("quarantine"));
        QCOMPARE(state().disposition(), QStringLiteral("aborted"));
        QVERIFY(site->ws().log().rebuild()->identical());
    }

    void aStageIsTerminatedAndTheBatchGoesOn()
    {
        create();
        driveTo(QStringLiteral("seed"));
        QVERIFY(desk().terminate(batch, QStringLiteral("culture"),
                                 QStringLiteral("culture failed; cells return to patient"),
                                 {{QStringLiteral("apheresis_bag"), QStringLiteral("return")}},
                                 sig(meaning::Approved, "verifier")));
        QCOMPARE(state().step(QStringLiteral("seed"))->state, stepstate::Skipped);
        QCOMPARE(state().step(QStringLiteral("feed"))->state, stepstate::Skipped);
        QCOMPARE(state().activeStep, QStringLiteral("done"));
    }

    void manualRepeatNeedsAJustificationAndASupervisor()
    {
        create();
        driveTo(QStringLiteral("vol"));
        auto nothing = desk().repeatStep(batch, QStringLiteral("vol"), QStringLiteral("again"),
                                         sig(meaning::Approved, "verifier"));
        QVERIFY(!nothing);
        QVERIFY(nothing.error().message.contains(QLatin1String("nothing to repeat")));
        QVERIFY(m().enter(batch, QStringLiteral("vol"), 210)); // 1 of 2
        QVERIFY(!desk().repeatStep(batch, QStringLiteral("vol"), QString(),
                                   sig(meaning::Approved, "verifier")));
        QVERIFY(!desk().repeatStep(batch, QStringLiteral("vol"), QStringLiteral("air in line"),
                                   sig(meaning::Approved, "operator2")));
        auto e = desk().repeatStep(batch, QStringLiteral("vol"),
                                   QStringLiteral("air bubble in the syringe"),
                                   sig(meaning::Approved, "verifier"));
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
        QCOMPARE(e->type, eventtype::StepRepeated);
        QCOMPARE(e->actor, QStringLiteral("verifier")); // the supervisor who approved it
        QVERIFY(state().currentEntries(QStringLiteral("vol")).isEmpty());
        QCOMPARE(state().entries.size(), 3); // arrive, bag, the superseded volume: all kept
        QVERIFY(m().enter(batch, QStringLiteral("vol"), 205));
        QVERIFY(m().enter(batch, QStringLiteral("vol"), 206));
        QCOMPARE(state().activeStep, QStringLiteral("rest"));
    }

    void syncConflictHoldsTheBatchUntilOneRecordStands()
    {
        create();
        driveTo(QStringLiteral("vol"));
        auto a = m().enter(batch, QStringLiteral("vol"), 210);
        QVERIFY(a);
        // As if the second entry had come from a terminal that recorded it while apart.
        auto b = m().enter(batch, QStringLiteral("vol"), 190);
        QVERIFY(b);
        auto c = m().recordSyncConflict(batch, QStringLiteral("vol"),
                                        QStringLiteral("two entries while apart"), {a->id, b->id});
        QVERIFY(c);
        QCOMPARE(c->actor, QStringLiteral("system:sync"));
        QCOMPARE(state().state, batchstate::OnHold);
        QCOMPARE(last().trigger, trigger::SyncConflict);
        QVERIFY(!decideDeviation(site->ws(), batch, last().id, consequence::Continue,
                                 QStringLiteral("x")));
        auto keep = decideDeviation(site->ws(), batch, last().id, consequence::KeepPrefix + a->id,
                                    QStringLiteral("this terminal's entry stands"));
        QVERIFY2(keep, keep ? "" : qPrintable(keep.error().message));
        QCOMPARE(state().state, batchstate::InProgress);
        QVERIFY(state().entry(a->id)->current());
        QCOMPARE(state().entry(b->id)->supersededBy.isEmpty(), false); // kept, not counted
    }
};

QTEST_GUILESS_MAIN(TestDeviations)
#include "tst_deviations.moc"
