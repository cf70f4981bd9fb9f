// Steps that need signatures (21 CFR 11.50, 11.70, 11.200) and the permission check every batch
// action goes through: the batch waits at a signed step until the performer and a second person
// have signed, nobody verifies their own work, and a role that may not act is refused and the
// refusal recorded.
#include "TestSite.h"

#include "execution/BatchManager.h"
#include "execution/EventTypes.h"
#include "people/AccessControl.h"
#include "people/PeopleEvents.h"
#include "people/SecurityLog.h"
#include "people/SignatureCheck.h"
#include "people/SignatureService.h"
#include "recipe/RecipeCatalog.h"
#include "store/ChainVerifier.h"
#include "store/EventLog.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QTest>

using namespace ck;

namespace {
const QByteArray kRecipe = R"({
  "schema": "chainkeeper.recipe/1", "id": "signing-test", "version": 1, "title": "Signing test",
  "status": "approved",
  "stages": [
    {"id": "s1", "title": "One", "steps": [
      {"id": "intro", "kind": "instruction", "title": "Intro", "text": "Read the order",
       "signatures": ["performed"]},
      {"id": "vol", "kind": "numeric", "title": "Volume", "unit": "mL", "decimals": 1,
       "target": 200, "actionLow": 100, "actionHigh": 300, "signatures": ["verified", "performed"]},
      {"id": "after", "kind": "instruction", "title": "After", "text": "Go on"}
    ]}
  ]})";

SignatureRequest request(const QString &meaning, const QString &userId,
                         const QString &password = TestSite::password())
{
    SignatureRequest r;
    r.meaning = meaning;
    r.userId = userId;
    r.password = password;
    return r;
}
} // namespace

class TestSigning : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSite> site;
    QString batch;

    BatchManager &m() { return site->batches(); }
    BatchState state() { return *m().batch(batch); }
    QString stepState(const QString &stepId) { return state().step(stepId)->state; }

    // Start, sign the intro as performer, enter the volume: the batch now waits at "vol".
    void reachVolume(double volume = 200.0)
    {
        QVERIFY(m().start(batch));
        QVERIFY(m().acknowledge(batch, QStringLiteral("intro")));
        QCOMPARE(stepState(QStringLiteral("intro")), stepstate::AwaitingSignature);
        QVERIFY(m().signStep(batch, QStringLiteral("intro"),
                             request(meaning::Performed, TestSite::actor())));
        QCOMPARE(stepState(QStringLiteral("intro")), stepstate::Done);
        QVERIFY(m().enter(batch, QStringLiteral("vol"), volume));
    }

private Q_SLOTS:
    void init()
    {
        site = std::make_unique<TestSite>();
        batch = site->importAndCreate(kRecipe, QStringLiteral("S-1"));
    }

    void recipeListsSignaturesPerformerFirst()
    {
        auto r = m().recipeFor(state());
        QVERIFY(r);
        // Written as ["verified", "performed"]: the performer signs before the verifier sees it.
        QCOMPARE((*r)->step(QStringLiteral("vol"))->signatures,
                 (QStringList{meaning::Performed, meaning::Verified}));
        QVERIFY((*r)->step(QStringLiteral("after"))->signatures.isEmpty());
    }

    void batchWaitsAtAStepUntilItIsSigned()
    {
        reachVolume();
        const BatchState b = state();
        QCOMPARE(b.activeStep, QStringLiteral("vol"));
        QCOMPARE(b.state, batchstate::InProgress);
        QCOMPARE(stepState(QStringLiteral("vol")), stepstate::AwaitingSignature);
        QCOMPARE(m().signatureDue(batch, QStringLiteral("vol")), meaning::Performed);
        // Neither more work on the step nor the next step goes on before the signatures.
        auto again = m().enter(batch, QStringLiteral("vol"), 210.0);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("waits for the 'performed'")),
                 qPrintable(again.error().message));
        QVERIFY(!m().acknowledge(batch, QStringLiteral("after")));
        // The verifier cannot sign before the performer has.
        auto early = m().signStep(batch, QStringLiteral("vol"),
                                  request(meaning::Verified, QStringLiteral("verifier")));
        QVERIFY(!early);
        QVERIFY2(early.error().message.contains(QStringLiteral("'performed' signature")),
                 qPrintable(early.error().message));
        QCOMPARE(state().step(QStringLiteral("vol"))->signatures.size(), 0);
    }

    void performerThenASecondPersonSign()
    {
        reachVolume();
        // Later signatures of the session need only the password (§11.200(a)(1)(i)).
        QVERIFY(!site->ws().signatures().needsBothComponents());
        SignatureRequest byPassword = request(meaning::Performed, QString());
        QVERIFY(m().signStep(batch, QStringLiteral("vol"), byPassword));
        QCOMPARE(stepState(QStringLiteral("vol")), stepstate::AwaitingSignature);
        QCOMPARE(m().signatureDue(batch, QStringLiteral("vol")), meaning::Verified);

        // Nobody verifies their own work, whatever roles they hold.
        auto self = m().signStep(batch, QStringLiteral("vol"),
                                 request(meaning::Verified, TestSite::actor()));
        QVERIFY(!self);
        QVERIFY2(self.error().message.contains(QStringLiteral("second person")),
                 qPrintable(self.error().message));
        // An operator's role does not verify.
        auto operatorVerifies = m().signStep(
            batch, QStringLiteral("vol"), request(meaning::Verified, QStringLiteral("operator2")));
        QVERIFY(!operatorVerifies);
        QVERIFY2(operatorVerifies.error().message.contains(QStringLiteral("no role")),
                 qPrintable(operatorVerifies.error().message));
        // A wrong password is refused and counts as a failed sign-in of the witness.
        const qint64 before = site->ws().log().count();
        QVERIFY(!m().signStep(batch, QStringLiteral("vol"),
                              request(meaning::Verified, QStringLiteral("verifier"),
                                      QStringLiteral("not-the-password"))));
        const std::vector<Event> after = site->ws().log().events();
        QCOMPARE(static_cast<qint64>(after.size()), before + 1);
        QCOMPARE(after.back().type, eventtype::SignInFailed);
        QCOMPARE(after.back().actor, QStringLiteral("verifier"));
        QCOMPARE(state().activeStep, QStringLiteral("vol"));

        auto verified = m().signStep(batch, QStringLiteral("vol"),
                                     request(meaning::Verified, QStringLiteral("verifier")));
        QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
        QCOMPARE(verified->actor, QStringLiteral("verifier"));
        const BatchState b = state();
        QCOMPARE(b.step(QStringLiteral("vol"))->state, stepstate::Done);
        QCOMPARE(b.activeStep, QStringLiteral("after"));
        const QJsonObject given = b.step(QStringLiteral("vol"))->signatures;
        QCOMPARE(given.value(meaning::Performed)[u"by"].toString(), TestSite::actor());
        QCOMPARE(given.value(meaning::Verified)[u"name"].toString(),
                 QStringLiteral("Vera Verifier"));
    }

    void theVerificationSignsTheEntryAndThePerformersSignature()
    {
        reachVolume();
        auto performed = m().signStep(batch, QStringLiteral("vol"),
                                      request(meaning::Performed, TestSite::actor()));
        QVERIFY(performed);
        auto verified = m().signStep(batch, QStringLiteral("vol"),
                                     request(meaning::Verified, QStringLiteral("verifier")));
        QVERIFY(verified);
        const QString entryId = state().currentEntries(QStringLiteral("vol")).first().eventId;
        QStringList signedIds;
        for (const QJsonValue &v : verified->payloadObject().value(u"signs").toArray())
            signedIds << v[u"id"].toString();
        QCOMPARE(signedIds, (QStringList{entryId, performed->id}));
        QCOMPARE(verified->payloadObject().value(u"printedName").toString(),
                 QStringLiteral("Vera Verifier"));
        QCOMPARE(verified->payloadObject().value(u"components").toString(),
                 QStringLiteral("user id and password"));
        QVERIFY(verifyChain(site->ws().store().db()).intact());
        qint64 checked = 0;
        QVERIFY(!verifySignatures(site->ws().store().db(), &checked));
        QCOMPARE(checked, 3); // intro performed, vol performed, vol verified
        // The projection is what the log says: replayed, the state is the same.
        const QByteArray digest = *site->ws().log().stateDigest();
        auto rebuilt = site->ws().log().rebuild();
        QVERIFY(rebuilt);
        QCOMPARE(*site->ws().log().stateDigest(), digest);
    }

    void correctionBeforeVerificationIsSignedAgain()
    {
        reachVolume();
        QVERIFY(m().signStep(batch, QStringLiteral("vol"),
                             request(meaning::Performed, TestSite::actor())));
        const QString entryId = state().currentEntries(QStringLiteral("vol")).first().eventId;
        QVERIFY(m().correct(batch, entryId, 205.0, QStringLiteral("misread")));
        // The performer signed the old value: the corrected work is signed again, in order.
        QCOMPARE(state().step(QStringLiteral("vol"))->signatures.size(), 0);
        QCOMPARE(m().signatureDue(batch, QStringLiteral("vol")), meaning::Performed);
    }

    void signedWorkIsNotCorrected()
    {
        reachVolume();
        QVERIFY(m().signStep(batch, QStringLiteral("vol"),
                             request(meaning::Performed, TestSite::actor())));
        QVERIFY(m().signStep(batch, QStringLiteral("vol"),
                             request(meaning::Verified, QStringLiteral("verifier"))));
        const QString entryId = state().currentEntries(QStringLiteral("vol")).first().eventId;
        auto c = m().correct(batch, entryId, 205.0, QStringLiteral("after the fact"));
        QVERIFY(!c);
        QVERIFY2(c.error().message.contains(QStringLiteral("is signed")),
                 qPrintable(c.error().message));
    }

    void outOfSpecificationStillNeedsTheSignaturesAfterResolution()
    {
        reachVolume(350.0); // beyond the action limit: the step waits for the decision
        QCOMPARE(state().openExceptions().size(), 1);
        const QString x = state().openExceptions().first().id;
        QVERIFY(decideDeviation(site->ws(), batch, x, QStringLiteral("continue"),
                                QStringLiteral("accepted by QA")));
        QCOMPARE(stepState(QStringLiteral("vol")), stepstate::AwaitingSignature);
        QCOMPARE(state().activeStep, QStringLiteral("vol"));
    }

    // Role x action, checked in the core whatever the screen shows (§11.10(d), (g)).
    void rolesDecideWhatACallMayDo_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("allowed");
        const QStringList actions{QStringLiteral("start"), QStringLiteral("createBatch"),
                                  QStringLiteral("importRecipe"), QStringLiteral("hold"),
                                  QStringLiteral("abort")};
        const QMap<QString, QStringList> allowed{
            {QStringLiteral("operator2"), {QStringLiteral("start"), QStringLiteral("hold")}},
            {QStringLiteral("verifier"),
             {QStringLiteral("start"), QStringLiteral("createBatch"), QStringLiteral("hold"),
              QStringLiteral("abort")}},
            {QStringLiteral("quality"), {QStringLiteral("importRecipe"), QStringLiteral("abort")}},
            {QStringLiteral("admin"), {}},
        };
        for (auto it = allowed.begin(); it != allowed.end(); ++it) {
            for (const QString &action : actions)
                QTest::addRow("%s %s", qPrintable(it.key()), qPrintable(action))
                    << it.key() << action << it.value().contains(action);
        }
    }
    void rolesDecideWhatACallMayDo()
    {
        QFETCH(QString, user);
        QFETCH(QString, action);
        QFETCH(bool, allowed);
        if (action == QLatin1String("hold") || action == QLatin1String("abort"))
            QVERIFY(m().start(batch)); // as the tester, so that there is something to stop
        site->signInAs(user);
        const qint64 before = site->ws().log().count();
        Status s;
        if (action == QLatin1String("start")) {
            s = m().start(batch);
        } else if (action == QLatin1String("createBatch")) {
            BatchOrder o;
            o.orderNo = QStringLiteral("S-2");
            o.recipeId = QStringLiteral("signing-test");
            o.coiId = QStringLiteral("COI-2");
            o.patientInitials = QStringLiteral("AB");
            o.suite = QStringLiteral("Suite T");
            s = m().createBatch(o);
        } else if (action == QLatin1String("importRecipe")) {
            QByteArray v2 = kRecipe;
            v2.replace("\"version\": 1", "\"version\": 2");
            s = site->ws().recipes().importRecipe(v2);
        } else if (action == QLatin1String("hold")) {
            s = m().hold(batch, QStringLiteral("room not free"));
        } else {
            s = m().abort(batch, QStringLiteral("run failure"));
        }
        QCOMPARE(static_cast<bool>(s), allowed);
        const std::vector<Event> events = site->ws().log().events();
        QCOMPARE(static_cast<qint64>(events.size()), before + 1);
        if (allowed) {
            QCOMPARE(events.back().actor, user); // recorded as the signed-in person's
        } else {
            QCOMPARE(events.back().type, eventtype::AccessRefused);
            QCOMPARE(events.back().actor, user);
            QVERIFY2(s.error().message.startsWith(QStringLiteral("refused: ")),
                     qPrintable(s.error().message));
        }
    }

    // §11.300(d): failed sign-ins and refusals reach the people who must act on them, and only
    // them.
    void securityLogIsForSupervisors()
    {
        site->signInAs(QStringLiteral("operator2"));
        QVERIFY(!m().createBatch(BatchOrder{})); // refused: an operator releases no orders
        QVERIFY(!site->ws().access().signIn(QStringLiteral("operator2"), QStringLiteral("typo")));
        SecurityLog log(site->ws().store(), site->ws().access());
        site->signInAs(QStringLiteral("operator2"));
        auto asOperator = log.read({}, 50);
        QVERIFY(!asOperator);
        QVERIFY2(asOperator.error().message.contains(QStringLiteral("view the security log")),
                 qPrintable(asOperator.error().message));

        site->signInAs(QStringLiteral("verifier"));
        auto all = log.read({}, 50);
        QVERIFY2(all, all ? "" : qPrintable(all.error().message));
        // Newest first: the operator's refused look at the log, then the failed sign-in.
        QCOMPARE(all->at(0).type, eventtype::SignInSucceeded); // the verifier's own sign-in
        QVERIFY(std::any_of(all->begin(), all->end(), [](const Event &e) {
            return e.type == eventtype::AccessRefused && e.actor == QLatin1String("operator2") &&
                   e.newValue == QLatin1String("view the security log");
        }));
        auto failures = log.read({eventtype::SignInFailed}, 50);
        QVERIFY(failures);
        QCOMPARE(failures->size(), size_t(1));
        QCOMPARE(failures->front().actor, QStringLiteral("operator2"));
        QVERIFY(!log.read({eventtype::EntryRecorded}, 50)); // batch records are not in it
        // Nothing of the batch record is in the security log.
        for (const Event &e : *all)
            QVERIFY(SecurityLog::eventTypes().contains(e.type));
    }

    void nothingHappensWithoutASignedInPerson()
    {
        QVERIFY(site->ws().access().signOut());
        auto r = m().start(batch);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("nobody is signed in")),
                 qPrintable(r.error().message));
        QCOMPARE(state().state, batchstate::Created);
        QCOMPARE(site->ws().log().events().back().type, eventtype::AccessRefused);
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
