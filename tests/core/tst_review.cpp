// Review by exception: of a batch's record only what departs from the nominal path is listed
// (alert-level and out-of-specification values, corrections, deviations and their decisions,
// interventions), each naming the event it comes from; the nominal record lists nothing.
#include "TestSite.h"

#include "deviations/DeviationManager.h"
#include "deviations/ExceptionReview.h"
#include "execution/BatchManager.h"
#include "people/SignatureService.h"
#include "store/EventLog.h"

#include <QTest>

using namespace ck;

namespace {
const QByteArray kRecipe = R"({
  "schema": "chainkeeper.recipe/1", "id": "review-test", "version": 1, "title": "Review test",
  "status": "approved",
  "stages": [
    {"id": "s1", "title": "One", "steps": [
      {"id": "intro", "kind": "instruction", "title": "Intro", "text": "Read the order"},
      {"id": "vol", "kind": "numeric", "title": "Volume", "unit": "mL", "decimals": 1, "target": 200,
       "alertLow": 150, "alertHigh": 250, "actionLow": 100, "actionHigh": 300},
      {"id": "cond", "kind": "choice", "title": "Bag", "options": ["intact", "damaged"], "acceptable": ["intact"]},
      {"id": "final", "kind": "instruction", "title": "Final", "text": "Done"}
    ]}
  ]})";

QStringList kindsOf(const QList<ReviewItem> &items)
{
    QStringList out;
    for (const ReviewItem &i : items)
        out << i.kind;
    return out;
}
} // namespace

class TestReview : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSite> site;
    QString batch;

    BatchManager &m() { return site->batches(); }
    BatchState state() { return *m().batch(batch); }
    QList<ReviewItem> review()
    {
        return ExceptionReview::build(site->ws().log().events(batch), state());
    }

private Q_SLOTS:
    void init()
    {
        site = std::make_unique<TestSite>();
        batch = site->importAndCreate(kRecipe, QStringLiteral("R-1"));
        QVERIFY(!batch.isEmpty());
        QVERIFY(m().start(batch));
        QVERIFY(m().acknowledge(batch, QStringLiteral("intro")));
    }
    void cleanup() { site.reset(); }

    void nominalRecordHasNothingToReview()
    {
        QVERIFY(m().enter(batch, QStringLiteral("vol"), 200.0));
        QVERIFY(m().enter(batch, QStringLiteral("cond"), QStringLiteral("intact")));
        QVERIFY(m().acknowledge(batch, QStringLiteral("final")));
        QCOMPARE(state().state, QStringLiteral("complete"));
        QVERIFY(review().isEmpty());
    }

    void listsWhatDepartsFromTheNominalPath()
    {
        // An alert-level value, then corrected.
        auto alert = m().enter(batch, QStringLiteral("vol"), 260.0);
        QVERIFY(alert);
        QVERIFY(m().correct(batch, alert->id, 240.0, QStringLiteral("read from the wrong scale")));
        // A deviation raised by hand.
        DeviationFields f;
        f.category = QStringLiteral("environment");
        f.severity = QStringLiteral("minor");
        f.description = QStringLiteral("particle alarm");
        f.immediateAction = QStringLiteral("door closed");
        auto manual = site->ws().deviations().raise(batch, {}, f);
        QVERIFY2(manual, qPrintable(manual ? QString() : manual.error().message));
        // An unacceptable choice: out of specification, a deviation the supervisor decides.
        auto bad = m().enter(batch, QStringLiteral("cond"), QStringLiteral("damaged"));
        QVERIFY(bad);
        const QList<ExceptionRecord> open = state().openExceptions();
        QCOMPARE(open.size(), 1);
        auto decided = decideDeviation(site->ws(), batch, open.first().id, QStringLiteral("repeat"),
                                       QStringLiteral("bag photographed, second bag used"));
        QVERIFY2(decided, qPrintable(decided ? QString() : decided.error().message));
        QVERIFY(m().enter(batch, QStringLiteral("cond"), QStringLiteral("intact")));
        // An intervention: the batch moves to another suite, approved by a supervisor.
        SignatureRequest approval;
        approval.meaning = meaning::Approved;
        approval.userId = QStringLiteral("verifier");
        approval.password = TestSite::password();
        auto moved = site->ws().deviations().moveBatch(batch, QStringLiteral("Suite 9"),
                                                       QStringLiteral("centrifuge down"), approval);
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));

        const QList<ReviewItem> items = review();
        const QStringList kinds = kindsOf(items);
        QVERIFY2(kinds.contains(reviewkind::AlertValue), qPrintable(kinds.join(',')));
        QVERIFY(kinds.contains(reviewkind::Correction));
        QVERIFY(kinds.contains(reviewkind::OutOfSpec));
        QCOMPARE(kinds.count(reviewkind::Deviation), 2); // by hand and out of specification
        QCOMPARE(kinds.count(reviewkind::Decision), 1);
        QCOMPARE(kinds.count(reviewkind::Intervention), 1);
        // In the order of the record, each naming its event, its time and person.
        QCOMPARE(items.first().kind, reviewkind::AlertValue);
        QCOMPARE(items.first().eventId, alert->id);
        QCOMPARE(items.first().stepId, QStringLiteral("vol"));
        QStringList eventIds;
        for (const Event &e : site->ws().log().events(batch))
            eventIds << e.id;
        for (const ReviewItem &i : items) {
            QVERIFY(eventIds.contains(i.eventId));
            QVERIFY(!i.at.isEmpty());
            QVERIFY(!i.person.isEmpty());
            QVERIFY(!i.summary.isEmpty());
        }
        const ReviewItem &move = items.at(kinds.indexOf(reviewkind::Intervention));
        QVERIFY2(move.summary.contains(QStringLiteral("Suite 9")), qPrintable(move.summary));
        QCOMPARE(move.person, QStringLiteral("verifier"));
        const ReviewItem &decision = items.at(kinds.indexOf(reviewkind::Decision));
        QCOMPARE(decision.deviationId, open.first().id);
        QVERIFY(decision.summary.contains(QStringLiteral("repeat")));
        // As JSON, for `chainkeeper review --json`.
        const QJsonArray json = ExceptionReview::toJson(items);
        QCOMPARE(json.size(), items.size());
        QCOMPARE(json.first()[u"event"].toString(), alert->id);
        QCOMPARE(json.first()[u"kind"].toString(), reviewkind::AlertValue);
    }
};

QTEST_GUILESS_MAIN(TestReview)

#include "tst_review.moc"
