// The execution engine through the store: order, limits, corrections, conditions, repeats,
// windows and timers, driven with a manual clock.
#include "TestSite.h"

#include "execution/BatchManager.h"
#include "recipe/RecipeCatalog.h"
#include "store/EventLog.h"

#include <QJsonDocument>
#include <QTest>

using namespace ck;

namespace {
const QByteArray kRecipe = R"({
  "schema": "chainkeeper.recipe/1", "id": "engine-test", "version": 1, "title": "Engine test",
  "status": "approved",
  "orderFields": [{"id": "weight", "title": "Patient weight", "unit": "kg"}],
  "stages": [
    {"id": "s1", "title": "One", "steps": [
      {"id": "intro", "kind": "instruction", "title": "Intro", "text": "Read the order"},
      {"id": "vol", "kind": "numeric", "title": "Volume", "unit": "mL", "decimals": 1, "target": 200,
       "alertLow": 150, "alertHigh": 250, "actionLow": 100, "actionHigh": 300},
      {"id": "cond", "kind": "choice", "title": "Bag", "options": ["intact", "damaged"], "acceptable": ["intact"]},
      {"id": "note", "kind": "text", "title": "Note", "required": false, "maxLength": 20},
      {"id": "dose", "kind": "calculation", "title": "Dose", "expression": "vol * weight / 100",
       "unit": "mL", "decimals": 2, "actionHigh": 200},
      {"id": "big", "kind": "instruction", "title": "Big bag", "text": "Split the bag", "when": "vol > 220"},
      {"id": "hold", "kind": "timer", "title": "Hold", "minMinutes": 10, "maxMinutes": 20},
      {"id": "late", "kind": "instruction", "title": "Transfer", "text": "Transfer",
       "window": {"after": "hold", "dueMinutes": 30, "latestMinutes": 60}},
      {"id": "count", "kind": "numeric", "title": "Daily count", "unit": "cells", "decimals": 0,
       "repeat": {"count": 3, "intervalMinutes": 1440}}
    ]},
    {"id": "s2", "title": "Two", "when": "cond == 'intact'", "steps": [
      {"id": "final", "kind": "instruction", "title": "Final", "text": "Done"}
    ]}
  ]})";

const QJsonObject kOrder{{QStringLiteral("weight"), 70.0}};
} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSite> site;
    QString batch;
    const QString me = TestSite::actor();

    BatchManager &m() { return site->batches(); }
    BatchState state() { return *m().batch(batch); }
    void startToVolume()
    {
        QVERIFY(m().start(batch));
        QVERIFY(m().acknowledge(batch, QStringLiteral("intro")));
        QCOMPARE(state().activeStep, QStringLiteral("vol"));
    }
    void runUntil(const QString &stepId, double vol = 200,
                  const QString &cond = QStringLiteral("intact"))
    {
        startToVolume();
        QVERIFY(m().enter(batch, QStringLiteral("vol"), vol));
        QVERIFY(m().enter(batch, QStringLiteral("cond"), cond));
        while (state().activeStep != stepId && !state().ended()) {
            QString error;
            QVERIFY2(driveActiveStep(site->ws(), site->clock(), batch, &error), qPrintable(error));
        }
        QCOMPARE(state().activeStep, stepId);
    }

private Q_SLOTS:
    void init()
    {
        site = std::make_unique<TestSite>();
        batch = site->importAndCreate(kRecipe, QStringLiteral("E-1"), kOrder);
    }

    void batchPinsTheRecipeVersionAndHash()
    {
        auto recipe = site->ws().recipes().load(QStringLiteral("engine-test"), 1);
        QVERIFY(recipe);
        QCOMPARE(state().recipeVersion, 1);
        QCOMPARE(state().recipeHash.toLatin1(), (*recipe)->contentHash);
        QCOMPARE(state().state, batchstate::Created);
    }

    void onlyApprovedRecipesStartBatches()
    {
        QByteArray draft = kRecipe;
        draft.replace("\"approved\"", "\"draft\"").replace("\"version\": 1", "\"version\": 2");
        QVERIFY(site->ws().recipes().importRecipe(draft));
        BatchOrder o{
            QStringLiteral("E-2"), QStringLiteral("engine-test"), 2,  QStringLiteral("COI-1"),
            QStringLiteral("AB"),  QStringLiteral("Suite T"),     {}, kOrder};
        auto r = m().createBatch(o);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("only approved")),
                 qPrintable(r.error().message));
    }

    void orderLackingARecipeFieldIsRefused()
    {
        BatchOrder o{
            QStringLiteral("E-3"), QStringLiteral("engine-test"), 1,  QStringLiteral("COI-1"),
            QStringLiteral("AB"),  QStringLiteral("Suite T"),     {}, {}};
        auto r = m().createBatch(o);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::BadInput);
        QVERIFY(r.error().message.contains(QStringLiteral("weight")));
    }

    void stepsRunInOrder()
    {
        auto before = m().acknowledge(batch, QStringLiteral("intro"));
        QVERIFY(!before);
        QVERIFY(before.error().message.contains(QStringLiteral("not been started")));
        QVERIFY(m().start(batch));
        QCOMPARE(state().activeStep, QStringLiteral("intro"));
        auto skipAhead = m().enter(batch, QStringLiteral("vol"), 200.0);
        QVERIFY(!skipAhead);
        QVERIFY(skipAhead.error().message.contains(QStringLiteral("not the active step")));
        QCOMPARE(state().activeStep, QStringLiteral("intro"));
        QCOMPARE(state().step(QStringLiteral("vol"))->state, stepstate::Pending);
        auto wrongKind = m().enter(batch, QStringLiteral("intro"), 1.0);
        QVERIFY(!wrongKind);
        QCOMPARE(wrongKind.error().kind, Error::Kind::BadInput);
    }

    void limits_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedFlag");
        QTest::addColumn<bool>("advances");
        QTest::newRow("target") << QJsonValue(200.0) << flag::InSpec << true;
        QTest::newRow("alert low edge is in spec") << QJsonValue(150.0) << flag::InSpec << true;
        QTest::newRow("below alert") << QJsonValue(149.9) << flag::Alert << true;
        QTest::newRow("above alert") << QJsonValue(260.0) << flag::Alert << true;
        QTest::newRow("action high edge") << QJsonValue(300.0) << flag::Alert << true;
        QTest::newRow("above action") << QJsonValue(300.1) << flag::OutOfSpec << false;
        QTest::newRow("below action") << QJsonValue(99.9) << flag::OutOfSpec << false;
        QTest::newRow("text in C locale")
            << QJsonValue(QStringLiteral("212.5")) << flag::InSpec << true;
    }
    void limits()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedFlag);
        QFETCH(bool, advances);
        startToVolume();
        auto e = m().enter(batch, QStringLiteral("vol"), value);
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
        const BatchState b = state();
        QCOMPARE(b.currentEntries(QStringLiteral("vol")).size(), 1);
        QCOMPARE(b.currentEntries(QStringLiteral("vol")).first().flag, expectedFlag);
        QCOMPARE(b.activeStep, advances ? QStringLiteral("cond") : QStringLiteral("vol"));
        // Out of specification is a major deviation by default: the step waits for the
        // decision while the batch stays in progress (tst_deviations covers the policies).
        QCOMPARE(b.state, batchstate::InProgress);
        QCOMPARE(b.openExceptions().size(), advances ? 0 : 1);
        if (!advances)
            QCOMPARE(b.openExceptions().first().kind, QStringLiteral("out_of_specification"));
    }

    void badEntriesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("too many decimals")
            << QJsonValue(QStringLiteral("200.25")) << QStringLiteral("at most 1 decimal");
        QTest::newRow("not a number")
            << QJsonValue(QStringLiteral("two hundred")) << QStringLiteral("not a number");
        QTest::newRow("comma decimal")
            << QJsonValue(QStringLiteral("200,5")) << QStringLiteral("not a number");
        QTest::newRow("boolean") << QJsonValue(true) << QStringLiteral("takes a number");
    }
    void badEntriesAreRefusedAndChangeNothing()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        startToVolume();
        const qint64 events = site->ws().log().count();
        auto e = m().enter(batch, QStringLiteral("vol"), value);
        QVERIFY(!e);
        QCOMPARE(e.error().kind, Error::Kind::BadInput);
        QVERIFY2(e.error().message.contains(message), qPrintable(e.error().message));
        QCOMPARE(site->ws().log().count(), events);
        QCOMPARE(state().currentEntries(QStringLiteral("vol")).size(), 0);
    }

    void outOfSpecificationStopsTheBatchUntilResolved()
    {
        startToVolume();
        QVERIFY(m().enter(batch, QStringLiteral("vol"), 350.0));
        const QString x = state().openExceptions().first().id;
        auto blocked = m().enter(batch, QStringLiteral("vol"), 200.0);
        QVERIFY(!blocked);
        QVERIFY(blocked.error().message.contains(x));
        QVERIFY(!m().resume(batch, QStringLiteral("try")));
        QVERIFY(!decideDeviation(site->ws(), batch, x, QStringLiteral("repeat"),
                                 QString())); // no reason

        QVERIFY(decideDeviation(site->ws(), batch, x, QStringLiteral("repeat"),
                                QStringLiteral("misread scale")));
        BatchState b = state();
        QCOMPARE(b.state, batchstate::InProgress);
        QCOMPARE(b.activeStep, QStringLiteral("vol"));
        QCOMPARE(b.currentEntries(QStringLiteral("vol")).size(), 0);
        QCOMPARE(b.entries.size(), 2); // the acknowledgement and the flagged entry, still on record
        QCOMPARE(b.entries.last().flag, flag::OutOfSpec);
        QCOMPARE(b.entries.last().correctionReason, QStringLiteral("misread scale"));

        QVERIFY(m().enter(batch, QStringLiteral("vol"), 95.0));
        const QString x2 = state().openExceptions().first().id;
        QVERIFY(x2 != x);
        QVERIFY(decideDeviation(site->ws(), batch, x2, QStringLiteral("continue"),
                                QStringLiteral("accepted by QA")));
        b = state();
        QCOMPARE(b.activeStep, QStringLiteral("cond"));
        QCOMPARE(b.step(QStringLiteral("vol"))->state, stepstate::Done);
        QCOMPARE(b.currentEntries(QStringLiteral("vol")).first().value.toDouble(), 95.0);
    }

    void correctionKeepsTheOldValueWithItsReason()
    {
        startToVolume();
        QVERIFY(m().enter(batch, QStringLiteral("vol"), 210.0));
        const QString first = state().currentEntries(QStringLiteral("vol")).first().eventId;
        QVERIFY(!m().correct(batch, first, 201.0, QStringLiteral("  ")));
        auto c = m().correct(batch, first, 201.0, QStringLiteral("transcription error"));
        QVERIFY(c);
        QCOMPARE(c->oldValue, QStringLiteral("210.0 mL"));
        QCOMPARE(c->newValue, QStringLiteral("201.0 mL"));
        QCOMPARE(c->reason, QStringLiteral("transcription error"));
        const BatchState b = state();
        QCOMPARE(b.currentEntries(QStringLiteral("vol")).size(), 1);
        QCOMPARE(b.currentEntries(QStringLiteral("vol")).first().value.toDouble(), 201.0);
        const EntryRecord *old = b.entry(first);
        QVERIFY(old);
        QCOMPARE(old->value.toDouble(), 210.0);
        QCOMPARE(old->supersededBy, c->id);
        QCOMPARE(old->correctionReason, QStringLiteral("transcription error"));
        QVERIFY(!m().correct(batch, first, 202.0, QStringLiteral("again"))); // superseded already
        QCOMPARE(b.activeStep, QStringLiteral("cond")); // a correction does not move the batch
    }

    void correctionToOutOfSpecificationRaisesADeviation()
    {
        startToVolume();
        QVERIFY(m().enter(batch, QStringLiteral("vol"), 210.0));
        const QString first = state().currentEntries(QStringLiteral("vol")).first().eventId;
        QVERIFY(m().correct(batch, first, 20.0, QStringLiteral("re-read")));
        QCOMPARE(state().deviations.last().trigger, QStringLiteral("out_of_specification"));
        QCOMPARE(state().openExceptions().size(), 1);
    }

    void correctionRefusedOnceACalculationUsedTheValue()
    {
        runUntil(QStringLiteral("hold"));
        const QString volEntry = state().currentEntries(QStringLiteral("vol")).first().eventId;
        auto c = m().correct(batch, volEntry, 205.0, QStringLiteral("late correction"));
        QVERIFY(!c);
        QVERIFY2(c.error().message.contains(QStringLiteral("dose")), qPrintable(c.error().message));
    }

    void calculationUsesEntriesAndOrderFields()
    {
        runUntil(QStringLiteral("dose"), 212.0);
        auto preview = m().calculate(batch, QStringLiteral("dose"));
        QVERIFY(preview);
        QCOMPARE(preview->toDouble(), 148.4); // 212 * 70 / 100
        QVERIFY(m().confirmCalculation(batch, QStringLiteral("dose")));
        QCOMPARE(state().currentEntries(QStringLiteral("dose")).first().value.toDouble(), 148.4);
    }

    void conditionSkipsAStepWithItsReason_data()
    {
        QTest::addColumn<double>("vol");
        QTest::addColumn<QString>("bigState");
        QTest::newRow("small bag: skipped") << 200.0 << stepstate::Skipped;
        QTest::newRow("big bag: entered") << 230.0 << stepstate::Active;
    }
    void conditionSkipsAStepWithItsReason()
    {
        QFETCH(double, vol);
        QFETCH(QString, bigState);
        runUntil(QStringLiteral("dose"), vol);
        QVERIFY(m().confirmCalculation(batch, QStringLiteral("dose")));
        const BatchState b = state();
        const StepState *big = b.step(QStringLiteral("big"));
        QCOMPARE(big->state, bigState);
        if (bigState == stepstate::Skipped)
            QVERIFY(big->reason.contains(QStringLiteral("vol > 220")));
    }

    void stageConditionSkipsTheWholeStage()
    {
        startToVolume();
        QVERIFY(m().enter(batch, QStringLiteral("vol"), 200.0));
        QVERIFY(
            m().enter(batch, QStringLiteral("cond"), QStringLiteral("damaged"))); // not acceptable
        QCOMPARE(state().openExceptions().size(), 1);
        QVERIFY(decideDeviation(site->ws(), batch, state().openExceptions().first().id,
                                QStringLiteral("continue"), QStringLiteral("bag re-sealed")));
        for (int i = 0; i < 40 && !state().ended(); ++i)
            QVERIFY(driveActiveStep(site->ws(), site->clock(), batch));
        const BatchState b = state();
        QCOMPARE(b.state, batchstate::Complete);
        QCOMPARE(b.step(QStringLiteral("final"))->state, stepstate::Skipped);
        QVERIFY(
            b.step(QStringLiteral("final"))->reason.contains(QStringLiteral("stage condition")));
        QVERIFY(!m().acknowledge(batch, QStringLiteral("final")));
    }

    void timerEnforcesItsLimits()
    {
        runUntil(QStringLiteral("hold"));
        QVERIFY(!m().stopTimer(batch, QStringLiteral("hold"))); // not running
        QVERIFY(m().startTimer(batch, QStringLiteral("hold")));
        QVERIFY(!m().startTimer(batch, QStringLiteral("hold"))); // already running
        site->clock().advanceMinutes(4);
        TimerStatus t = m().timer(batch, QStringLiteral("hold"));
        QVERIFY(t.running);
        QVERIFY(t.belowMinimum);
        QCOMPARE(qRound(t.remainingMinutes), 6);
        QVERIFY(m().stopTimer(batch, QStringLiteral("hold"))); // 4 min < 10 min minimum
        BatchState b = state();
        QCOMPARE(b.openExceptions().size(), 1);
        QVERIFY(b.openExceptions().first().detail.contains(QStringLiteral("4.0 min")));
        QVERIFY(decideDeviation(site->ws(), batch, b.openExceptions().first().id,
                                QStringLiteral("repeat"), QStringLiteral("hold again")));
        QVERIFY(m().startTimer(batch, QStringLiteral("hold")));
        site->clock().advanceMinutes(12);
        QVERIFY(m().stopTimer(batch, QStringLiteral("hold")));
        b = state();
        QCOMPARE(b.step(QStringLiteral("hold"))->state, stepstate::Done);
        QCOMPARE(b.currentEntries(QStringLiteral("hold")).first().value.toDouble(), 12.0);
        QCOMPARE(b.activeStep, QStringLiteral("late"));
    }

    void windowIsDueOverdueAndMissed()
    {
        runUntil(QStringLiteral("late"));
        QCOMPARE(m().window(batch, QStringLiteral("late")).state, WindowStatus::State::Open);
        site->clock().advanceMinutes(40);
        QCOMPARE(m().window(batch, QStringLiteral("late")).state, WindowStatus::State::Overdue);
        site->clock().advanceMinutes(30);
        QCOMPARE(m().window(batch, QStringLiteral("late")).state, WindowStatus::State::Missed);
        QVERIFY(m().acknowledge(batch, QStringLiteral("late")));
        // A missed window is a minor deviation by default: recorded, flagged, and the batch
        // goes on (tst_deviations covers recipes that block on it).
        const BatchState b = state();
        QCOMPARE(b.state, batchstate::InProgress);
        QCOMPARE(b.deviations.last().trigger, QStringLiteral("window_missed"));
        QCOMPARE(b.deviations.last().blocking, QStringLiteral("continue"));
        QVERIFY(b.openExceptions().isEmpty());
        QVERIFY(b.activeStep != QStringLiteral("late"));
    }

    void repeatedStepNeedsEveryIterationAndFlagsALateOne()
    {
        runUntil(QStringLiteral("count"));
        QVERIFY(m().enter(batch, QStringLiteral("count"), 100.0));
        QCOMPARE(state().activeStep, QStringLiteral("count"));
        QCOMPARE(state().step(QStringLiteral("count"))->iterationsDone, 1);
        site->clock().advanceMinutes(1000);
        QCOMPARE(m().window(batch, QStringLiteral("count")).state, WindowStatus::State::Open);
        site->clock().advanceMinutes(500);
        QCOMPARE(m().window(batch, QStringLiteral("count")).state, WindowStatus::State::Overdue);
        QVERIFY(m().enter(batch, QStringLiteral("count"), 180.0));
        QVERIFY(m().enter(batch, QStringLiteral("count"), 320.0));
        const BatchState b = state();
        QCOMPARE(b.step(QStringLiteral("count"))->state, stepstate::Done);
        QCOMPARE(b.currentEntries(QStringLiteral("count")).size(), 3);
        QCOMPARE(b.currentEntries(QStringLiteral("count")).last().iteration, 3);
        QCOMPARE(b.activeStep, QStringLiteral("final"));
    }

    void holdResumeAndAbortNeedReasons()
    {
        startToVolume();
        QVERIFY(!m().hold(batch, QString()));
        QVERIFY(m().hold(batch, QStringLiteral("room not free")));
        QCOMPARE(state().state, batchstate::OnHold);
        QCOMPARE(state().stateReason, QStringLiteral("room not free"));
        QVERIFY(!m().enter(batch, QStringLiteral("vol"), 200.0));
        QVERIFY(m().resume(batch, QStringLiteral("room released")));
        QVERIFY(m().enter(batch, QStringLiteral("vol"), 200.0));
        QVERIFY(!m().abort(batch, QString()));
        QVERIFY(m().abort(batch, QStringLiteral("run failure")));
        QCOMPARE(state().state, batchstate::Aborted);
        QVERIFY(!m().enter(batch, QStringLiteral("cond"), QStringLiteral("intact")));
    }

    void stateSurvivesRestartAndRebuild()
    {
        runUntil(QStringLiteral("late"), 230.0);
        const BatchState before = state();
        site->reopen();
        const BatchState after = state();
        QCOMPARE(after.activeStep, before.activeStep);
        QCOMPARE(after.entries.size(), before.entries.size());
        auto report = site->ws().log().rebuild();
        QVERIFY(report);
        QVERIFY(report->identical());
        QVERIFY(report->eventsReplayed > 10);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
