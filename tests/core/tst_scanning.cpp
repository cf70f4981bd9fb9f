// Identity in a batch: scan steps against the batch's CoI and DIN, the hard stop on anything but
// a match, typed identity and its supervisor override, custody hand-offs and the custody report.
#include "TestSite.h"

#include "execution/BatchManager.h"
#include "execution/Simulator.h"
#include "identity/Isbt128Compound.h"
#include "people/AccessControl.h"
#include "people/PeopleEvents.h"
#include "people/SignatureCheck.h"
#include "people/SignatureService.h"
#include "recipe/RecipeCatalog.h"
#include "store/EventLog.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace ck;

namespace {
// The apheresis bag: its CoI registers it, its DIN binds the batch's DIN, a second DIN scan
// checks it, its label's 2-D code is checked for DIN, product and expiry, and it is handed to QC.
const QByteArray kRecipe = R"({
  "schema": "chainkeeper.recipe/1", "id": "scan-test", "version": 1, "title": "Scan test",
  "status": "approved",
  "stages": [
    {"id": "receipt", "title": "Receipt", "steps": [
      {"id": "coi_scan", "kind": "scan", "title": "Bag CoI",
       "scan": {"label": "coi", "match": ["coi"],
                "registers": {"container": "apheresis_bag", "role": "starting material"}}},
      {"id": "din_scan", "kind": "scan", "title": "Bag DIN",
       "scan": {"label": "isbt128.din", "match": ["din"], "bindDin": true, "container": "apheresis_bag"}},
      {"id": "din_check", "kind": "scan", "title": "DIN again",
       "scan": {"label": "isbt128.din", "match": ["din"], "container": "apheresis_bag"}},
      {"id": "bag_label", "kind": "scan", "title": "Label 2-D code",
       "scan": {"label": "isbt128.compound", "match": ["din", "productCode", "notExpired"],
                "productCodes": ["S1295"], "container": "apheresis_bag"}},
      {"id": "handoff", "kind": "scan", "title": "Hand to QC",
       "scan": {"label": "isbt128.din", "match": ["din"], "container": "apheresis_bag",
                "handOver": {"to": "QC laboratory"}}},
      {"id": "done", "kind": "instruction", "title": "Done", "text": "Done"}
    ]}
  ]})";

// ISBT 128 ST-001 Figure 2's DIN (check character 3), and another facility's.
const QString kDinBarcode = QStringLiteral("=A99992112345600");
const QString kOtherDin = QStringLiteral("=G12341765432100");

QString compound(const QByteArray &product, const QByteArray &expiry)
{
    return QString::fromLatin1(
        Isbt128::compoundMessage({QByteArray("=A99992112345600"), product, expiry}));
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run chainkeeper(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CHAINKEEPER_BINARY), args);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

SignatureRequest approval(const QString &userId)
{
    SignatureRequest r;
    r.meaning = meaning::Approved;
    r.userId = userId;
    r.password = TestSite::password();
    return r;
}
} // namespace

class TestScanning : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSite> site;
    QString batch;
    QList<QJsonObject> heard; // exceptions the listener was told about

    BatchManager &m() { return site->batches(); }
    BatchState state() { return *m().batch(batch); }
    QJsonObject scanOf(const Event &e) { return e.payloadObject()[u"scan"].toObject(); }

    void scanOk(const QString &step, const QString &raw)
    {
        auto e = m().scan(batch, step, raw, ScanSource::Scanner);
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
        QVERIFY2(scanOf(*e)[u"verdict"] == QStringLiteral("match"),
                 qPrintable(scanOf(*e)[u"expected"].toString() + QStringLiteral(" / ") +
                            scanOf(*e)[u"scanned"].toString()));
    }
    // Scans the steps before `step` as they should be.
    void reach(const QString &step)
    {
        QVERIFY(m().start(batch));
        const QList<std::pair<QString, QString>> good{
            {QStringLiteral("coi_scan"), TestSite::coi()},
            {QStringLiteral("din_scan"), kDinBarcode},
            {QStringLiteral("din_check"), kDinBarcode},
            {QStringLiteral("bag_label"), compound("=<S12954A0", "&>0303652359")}};
        for (const auto &[id, raw] : good) {
            if (id == step)
                break;
            scanOk(id, raw);
        }
        QCOMPARE(state().activeStep, step);
    }

private Q_SLOTS:
    void init()
    {
        site = std::make_unique<TestSite>();
        batch = site->importAndCreate(kRecipe, QStringLiteral("S-1"));
        heard.clear();
        m().addExceptionListener([this](const Event &, const QJsonObject &x) { heard.append(x); });
    }

    void matchMovesOnAndBindsTheDin()
    {
        reach(QStringLiteral("coi_scan"));
        auto e = m().scan(batch, QStringLiteral("coi_scan"), TestSite::coi(), ScanSource::Scanner,
                          QStringLiteral("receiving bench"));
        QVERIFY(e);
        QCOMPARE(e->type, QStringLiteral("scan.recorded"));
        const QJsonObject s = scanOf(*e);
        QCOMPARE(s[u"verdict"].toString(), QStringLiteral("match"));
        QCOMPARE(s[u"raw"].toString(), TestSite::coi());
        QCOMPARE(s[u"source"].toString(), QStringLiteral("scanner"));
        QCOMPARE(s[u"label"][u"kind"].toString(), QStringLiteral("site.coi"));
        QCOMPARE(s[u"location"][u"terminal"].toString(), QStringLiteral("T-TEST"));
        QCOMPARE(s[u"location"][u"suite"].toString(), QStringLiteral("Suite T"));
        QCOMPARE(s[u"location"][u"place"].toString(), QStringLiteral("receiving bench"));
        QCOMPARE(state().activeStep, QStringLiteral("din_scan"));
        QCOMPARE(state().step(QStringLiteral("coi_scan"))->state, stepstate::Done);
        QVERIFY(state().din.isEmpty());

        scanOk(QStringLiteral("din_scan"), kDinBarcode);
        QCOMPARE(state().din, QStringLiteral("A999921123456"));
        // The eye-readable form with its check character is the same DIN.
        scanOk(QStringLiteral("din_check"), QStringLiteral("A9999 21 123456 3"));
        QCOMPARE(state().activeStep, QStringLiteral("bag_label"));
        QVERIFY(heard.isEmpty());
    }

    void hardStop_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("scanned");
        QTest::newRow("another patient's CoI") << "coi_scan"
                                               << "COI-DEMO-7Q2K-4815"
                                               << "mismatch"
                                               << "CoI COI-TEST-SITE-0001"
                                               << "CoI COI-DEMO-7Q2K-4815";
        QTest::newRow("another DIN after binding") << "din_check" << kOtherDin << "mismatch"
                                                   << "DIN A999921123456"
                                                   << "DIN G123417654321";
        QTest::newRow("wrong check character") << "din_scan"
                                               << "A9999 21 123456 4"
                                               << "invalid"
                                               << "an ISBT 128 DIN"
                                               << "A9999 21 123456 4";
        QTest::newRow("expired product")
            << "bag_label" << compound("=<S12954A0", "&>0183652359") << "expired"
            << "not expired at 2026-01-05"
            << "expiry 2018-12-31 23:59";
        QTest::newRow("product of another stage")
            << "bag_label" << compound("=<T0416003", "&>0303652359") << "mismatch"
            << "product code S1295"
            << "product code T0416003";
        QTest::newRow("unknown format") << "coi_scan"
                                        << "HELLO-WORLD"
                                        << "unknown_format"
                                        << "a chain-of-identity id"
                                        << "HELLO-WORLD";
        QTest::newRow("GS1 where an ISBT 128 DIN belongs")
            << "din_scan"
            << "(01)09521234543213(17)301231(10)ABC123"
            << "mismatch"
            << "an ISBT 128 DIN"
            << "gs1 (01)09521234543213";
    }
    void hardStop()
    {
        QFETCH(QString, step);
        QFETCH(QString, raw);
        QFETCH(QString, verdict);
        QFETCH(QString, expected);
        QFETCH(QString, scanned);
        reach(step);
        const QString dinBefore = state().din;
        auto e = m().scan(batch, step, raw, ScanSource::Camera);
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
        const QJsonObject s = scanOf(*e);
        QCOMPARE(s[u"verdict"].toString(), verdict);
        QVERIFY2(s[u"expected"].toString().contains(expected),
                 qPrintable(s[u"expected"].toString()));
        QVERIFY2(s[u"scanned"].toString().contains(scanned), qPrintable(s[u"scanned"].toString()));
        // Recorded and flagged, and the batch stops at the step: on hold for a wrong bag (a
        // critical deviation), the step blocked for expired material (major).
        const BatchState b = state();
        QCOMPARE(b.state,
                 verdict == QLatin1String("expired") ? batchstate::InProgress : batchstate::OnHold);
        QCOMPARE(b.openExceptions().size(), 1);
        QCOMPARE(b.activeStep, step);
        QCOMPARE(b.step(step)->state, stepstate::Active);
        QCOMPARE(b.step(step)->iterationsDone, 0);
        QCOMPARE(b.din, dinBefore);
        QCOMPARE(b.currentEntries(step).last().flag, flag::IdentityMismatch);
        QCOMPARE(b.openExceptions().size(), 1);
        const ExceptionRecord x = b.openExceptions().first();
        QCOMPARE(x.kind, verdict == QLatin1String("expired")
                             ? QStringLiteral("material_not_released")
                             : QStringLiteral("identity_mismatch"));
        QVERIFY2(x.detail.contains(expected) && x.detail.contains(scanned), qPrintable(x.detail));
        QVERIFY2(x.detail.startsWith(verdict), qPrintable(x.detail));
        QCOMPARE(heard.size(), 1);
        QCOMPARE(heard.first()[u"kind"].toString(), x.kind);
        // Nothing moves until it is resolved.
        auto next = m().scan(batch, step, raw, ScanSource::Scanner);
        QVERIFY(!next);
        QVERIFY(next.error().message.contains(QStringLiteral("on hold")) ||
                next.error().message.contains(QStringLiteral("waits for the decision")));
    }

    void identityExceptionIsNeverContinued()
    {
        reach(QStringLiteral("coi_scan"));
        QVERIFY(m().scan(batch, QStringLiteral("coi_scan"), QStringLiteral("COI-DEMO-7Q2K-4815"),
                         ScanSource::Scanner));
        const QString x = state().openExceptions().first().id;
        // "tester" holds the supervisor and QA roles: nobody may accept a wrong bag.
        auto cont = decideDeviation(site->ws(), batch, x, QStringLiteral("continue"),
                                    QStringLiteral("looks fine"));
        QVERIFY(!cont);
        QCOMPARE(cont.error().kind, Error::Kind::Refused);
        QVERIFY2(cont.error().message.contains(QStringLiteral("identity mismatch")) &&
                     cont.error().message.contains(QStringLiteral("repeat")),
                 qPrintable(cont.error().message));
        QCOMPARE(state().state, batchstate::OnHold);

        QVERIFY(decideDeviation(site->ws(), batch, x, QStringLiteral("repeat"),
                                QStringLiteral("wrong bag picked up")));
        QCOMPARE(state().state, batchstate::InProgress);
        QCOMPARE(state().currentEntries(QStringLiteral("coi_scan")).size(), 0);
        scanOk(QStringLiteral("coi_scan"), TestSite::coi());
        QCOMPARE(state().activeStep, QStringLiteral("din_scan"));
        // The wrong scan stays on record, superseded by the repeat.
        QCOMPARE(state().entries.size(), 2);
        QVERIFY(!state().entries.first().current());
    }

    void identityExceptionMayAbortTheBatch()
    {
        reach(QStringLiteral("din_scan"));
        QVERIFY(m().scan(batch, QStringLiteral("din_scan"), QStringLiteral("HELLO"),
                         ScanSource::Scanner));
        QVERIFY(decideDeviation(site->ws(), batch, state().openExceptions().first().id,
                                QStringLiteral("abort"), QStringLiteral("bag unidentifiable")));
        QCOMPARE(state().state, batchstate::Aborted);
    }

    void typedIdentityIsRefused()
    {
        reach(QStringLiteral("coi_scan"));
        const qint64 before = site->ws().log().count();
        auto e = m().scan(batch, QStringLiteral("coi_scan"), TestSite::coi(), ScanSource::Typed);
        QVERIFY(!e);
        QCOMPARE(e.error().kind, Error::Kind::Refused);
        QVERIFY(e.error().message.contains(QStringLiteral("typed by hand")));
        QCOMPARE(site->ws().log().count(), before);
        QCOMPARE(state().activeStep, QStringLiteral("coi_scan"));
        // A scan step takes no typed entry either.
        QVERIFY(!m().enter(batch, QStringLiteral("coi_scan"), TestSite::coi()));
    }

    void overrideRefusals_data()
    {
        QTest::addColumn<QString>("approver");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("message");
        QTest::newRow("the operator themselves") << "operator2"
                                                 << "label torn"
                                                 << "holds no role that signs 'approved'";
        QTest::newRow("no reason") << "verifier"
                                   << " "
                                   << "needs a reason";
        QTest::newRow("wrong password") << "nobody"
                                        << "label torn"
                                        << "signature refused";
    }
    void overrideRefusals()
    {
        QFETCH(QString, approver);
        QFETCH(QString, reason);
        QFETCH(QString, message);
        site->signInAs(QStringLiteral("operator2"));
        reach(QStringLiteral("coi_scan"));
        const qint64 before = site->ws().log().count();
        auto e = m().overrideTypedIdentity(batch, QStringLiteral("coi_scan"), TestSite::coi(),
                                           reason, approval(approver));
        QVERIFY(!e);
        QVERIFY2(e.error().message.contains(message), qPrintable(e.error().message));
        QCOMPARE(state().activeStep, QStringLiteral("coi_scan"));
        QVERIFY(site->ws().log().count() <= before + 1); // at most the failed password's record
    }

    void overrideBySelfIsRefusedEvenWithTheRole()
    {
        // "tester" may approve as supervisor, but not what they typed themselves.
        reach(QStringLiteral("coi_scan"));
        auto e =
            m().overrideTypedIdentity(batch, QStringLiteral("coi_scan"), TestSite::coi(),
                                      QStringLiteral("label torn"), approval(TestSite::actor()));
        QVERIFY(!e);
        QVERIFY2(e.error().message.contains(QStringLiteral("cannot approve it")),
                 qPrintable(e.error().message));
    }

    void overrideBySupervisorIsRecordedAndVerified()
    {
        site->signInAs(QStringLiteral("operator2"));
        reach(QStringLiteral("coi_scan"));
        auto e = m().overrideTypedIdentity(batch, QStringLiteral("coi_scan"), TestSite::coi(),
                                           QStringLiteral("label torn, CoI read off the papers"),
                                           approval(QStringLiteral("verifier")));
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
        QCOMPARE(e->actor, QStringLiteral("operator2"));
        QCOMPARE(e->reason, QStringLiteral("label torn, CoI read off the papers"));
        const QJsonObject s = scanOf(*e);
        QCOMPARE(s[u"source"].toString(), QStringLiteral("typed"));
        QCOMPARE(s[u"verdict"].toString(), QStringLiteral("match"));
        const QJsonObject a = s[u"approval"].toObject();
        QCOMPARE(a[u"userId"].toString(), QStringLiteral("verifier"));
        QCOMPARE(a[u"printedName"].toString(), QStringLiteral("Vera Verifier"));
        QCOMPARE(a[u"role"].toString(), QStringLiteral("supervisor"));
        QCOMPARE(a[u"meaning"].toString(), QStringLiteral("approved"));
        QCOMPARE(state().activeStep, QStringLiteral("din_scan"));

        // A typed DIN that does not match still stops the batch, approval or not.
        auto wrong = m().overrideTypedIdentity(
            batch, QStringLiteral("din_scan"), QStringLiteral("A9999 21 123456 4"),
            QStringLiteral("label smudged"), approval(QStringLiteral("verifier")));
        QVERIFY(wrong);
        QCOMPARE(scanOf(*wrong)[u"verdict"].toString(), QStringLiteral("invalid"));
        QCOMPARE(state().state, batchstate::OnHold);

        qint64 signatures = 0;
        QVERIFY(!verifySignatures(site->ws().store().db(), &signatures));
        QCOMPARE(signatures, 2);
        site->close();
        const Run r =
            chainkeeper({QStringLiteral("--data-dir"), site->dataDir(), QStringLiteral("verify")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("2 signature(s)")), qPrintable(r.out));
    }

    void verifyCatchesAnApprovalByTheOperator()
    {
        // An approval written into the record by other means than overrideTypedIdentity: the
        // hash chain is intact, the signature check is not.
        reach(QStringLiteral("coi_scan"));
        EventDraft d;
        d.actor = QStringLiteral("verifier");
        d.type = QStringLiteral("scan.recorded");
        d.batchId = QStringLiteral("B-X");
        d.payload.insert(
            QStringLiteral("scan"),
            QJsonObject{{QStringLiteral("approval"),
                         QJsonObject{{QStringLiteral("userId"), QStringLiteral("verifier")},
                                     {QStringLiteral("role"), QStringLiteral("supervisor")},
                                     {QStringLiteral("meaning"), QStringLiteral("approved")},
                                     {QStringLiteral("reason"), QStringLiteral("self")}}}});
        QVERIFY(site->ws().log().record(d));
        const auto problem = verifySignatures(site->ws().store().db());
        QVERIFY(problem);
        QVERIFY2(problem->describe().contains(QStringLiteral("its own operator")),
                 qPrintable(problem->describe()));
    }

    void handOverNeedsAnotherPersonsReceipt()
    {
        reach(QStringLiteral("handoff"));
        scanOk(QStringLiteral("handoff"), kDinBarcode);
        QCOMPARE(state().step(QStringLiteral("handoff"))->state, stepstate::AwaitingSignature);
        QCOMPARE(m().signatureDue(batch, QStringLiteral("handoff")), meaning::Received);
        SignatureRequest self;
        self.meaning = meaning::Received;
        self.userId = TestSite::actor();
        self.password = TestSite::password();
        auto refused = m().signStep(batch, QStringLiteral("handoff"), self);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("a second person")),
                 qPrintable(refused.error().message));
        SignatureRequest qa = self;
        qa.userId = QStringLiteral("quality");
        QVERIFY(m().signStep(batch, QStringLiteral("handoff"), qa));
        QCOMPARE(state().activeStep, QStringLiteral("done"));
    }

    void custodyChainIsCompleteAndInOrder()
    {
        reach(QStringLiteral("din_check"));
        QVERIFY(m().scan(batch, QStringLiteral("din_check"), kOtherDin, ScanSource::Scanner));
        QVERIFY(decideDeviation(site->ws(), batch, state().openExceptions().first().id,
                                QStringLiteral("repeat"), QStringLiteral("wrong bag")));
        scanOk(QStringLiteral("din_check"), kDinBarcode);
        scanOk(QStringLiteral("bag_label"), compound("=<S12954A0", "&>0303652359"));
        site->clock().advanceMinutes(30);
        scanOk(QStringLiteral("handoff"), kDinBarcode);
        SignatureRequest receiver;
        receiver.meaning = meaning::Received;
        receiver.userId = QStringLiteral("verifier");
        receiver.password = TestSite::password();
        QVERIFY(m().signStep(batch, QStringLiteral("handoff"), receiver));

        auto report = m().custody(batch);
        QVERIFY(report);
        QCOMPARE(report->din, QStringLiteral("A999921123456"));
        QCOMPARE(report->containers.size(), 1);
        const CustodyChain &bag = report->containers.first();
        QCOMPARE(bag.container, QStringLiteral("apheresis_bag"));
        QCOMPARE(bag.role, QStringLiteral("starting material"));
        QStringList got;
        for (const CustodyLink &l : bag.links)
            got << QStringLiteral("%1 %2 %3").arg(l.step, l.action, l.verdict).trimmed();
        const QStringList want{
            "coi_scan registered match", "din_scan scanned match",  "din_check scanned mismatch",
            "din_check scanned match",   "bag_label scanned match", "handoff handed_over match",
            "handoff received"};
        QCOMPARE(got, want);
        QCOMPARE(bag.links.last().by, QStringLiteral("verifier"));
        QCOMPARE(bag.links.last().printedName, QStringLiteral("Vera Verifier"));
        QCOMPARE(bag.links.at(5).to, QStringLiteral("QC laboratory"));
        for (qsizetype i = 1; i < bag.links.size(); ++i)
            QVERIFY(bag.links.at(i - 1).at <= bag.links.at(i).at);

        // The same chain from the command line, as text and as JSON.
        const auto digest = site->ws().log().stateDigest();
        QVERIFY(digest);
        auto rebuilt = site->ws().log().rebuild();
        QVERIFY(rebuilt);
        QVERIFY(rebuilt->identical());
        QCOMPARE(rebuilt->digestAfter, *digest);
        QCOMPARE(state().din, QStringLiteral("A999921123456"));
        site->close();
        Run r = chainkeeper(
            {QStringLiteral("--data-dir"), site->dataDir(), QStringLiteral("custody"), batch});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("DIN A999921123456")), qPrintable(r.out));
        qsizetype at = 0;
        for (const char *fragment :
             {"apheresis_bag (starting material)", "registered  step coi_scan",
              "step din_check  G123417654321  mismatch", "step din_check  A999921123456  match",
              "handed over  step handoff", "to QC laboratory",
              "received  step handoff  by verifier (Vera Verifier, supervisor)"}) {
            const qsizetype next = r.out.indexOf(QLatin1String(fragment), at);
            QVERIFY2(next >= 0, qPrintable(QStringLiteral("%1 after %2 in\n%3")
                                               .arg(QLatin1String(fragment))
                                               .arg(at)
                                               .arg(r.out)));
            at = next;
        }
        r = chainkeeper({QStringLiteral("--data-dir"), site->dataDir(), QStringLiteral("custody"),
                         batch, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray chain = json[u"containers"][0][u"chain"].toArray();
        QCOMPARE(chain.size(), 7);
        QCOMPARE(chain.last()[u"action"].toString(), QStringLiteral("received"));
        QCOMPARE(json[u"coiId"].toString(), TestSite::coi());
        r = chainkeeper({QStringLiteral("--data-dir"), site->dataDir(), QStringLiteral("custody"),
                         QStringLiteral("B-NOPE")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("B-NOPE")));
    }

    void qaOnlyUserCannotScan()
    {
        QVERIFY(m().start(batch));
        site->signInAs(QStringLiteral("quality"));
        auto e = m().scan(batch, QStringLiteral("coi_scan"), TestSite::coi(), ScanSource::Scanner);
        QVERIFY(!e);
        QCOMPARE(e.error().kind, Error::Kind::Refused);
        QCOMPARE(site->ws().log().events().back().type, eventtype::AccessRefused);
        auto o =
            m().overrideTypedIdentity(batch, QStringLiteral("coi_scan"), TestSite::coi(),
                                      QStringLiteral("x"), approval(QStringLiteral("verifier")));
        QVERIFY(!o);
        QCOMPARE(state().activeStep, QStringLiteral("coi_scan"));
        QCOMPARE(state().entries.size(), 0);
    }

    void orderWithAnUnscannableCoiIsRefused_data()
    {
        QTest::addColumn<QString>("coi");
        QTest::addColumn<QString>("label");
        QTest::newRow("no format read") << "COI-1"
                                        << "coi";
        QTest::newRow("site CoI where ISBT 128 is scanned") << "COI-TEST-SITE-0002"
                                                            << "isbt128.coi";
        QTest::newRow("ISBT 128 CoI where the site's is scanned") << "CHA999926ABC123"
                                                                  << "site.coi";
    }
    void orderWithAnUnscannableCoiIsRefused()
    {
        QFETCH(QString, coi);
        QFETCH(QString, label);
        QByteArray json = kRecipe;
        json.replace(R"("label": "coi")", QStringLiteral(R"("label": "%1")").arg(label).toUtf8());
        json.replace(R"("version": 1)", R"("version": 2)");
        QVERIFY(site->ws().recipes().importRecipe(json));
        BatchOrder o;
        o.orderNo = QStringLiteral("S-2");
        o.recipeId = QStringLiteral("scan-test");
        o.recipeVersion = 2;
        o.coiId = coi;
        o.patientInitials = QStringLiteral("AB");
        o.suite = QStringLiteral("Suite T");
        auto r = m().createBatch(o);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::BadInput);
        QVERIFY2(r.error().message.contains(QStringLiteral("can never match scan step 'coi_scan'")),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(coi)); // masked, like every patient identifier
    }

    void dryRunScans()
    {
        QJsonObject inputs{{QStringLiteral("coi_scan"), QStringLiteral("COI-SIMU-0000-0001")},
                           {QStringLiteral("din_scan"), kDinBarcode},
                           {QStringLiteral("din_check"), kDinBarcode},
                           {QStringLiteral("bag_label"), compound("=<S12954A0", "&>0303652359")},
                           {QStringLiteral("handoff"), kDinBarcode}};
        auto run = simulateRecipe(kRecipe, inputs);
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        QVERIFY(run->complete);
        inputs.insert(QStringLiteral("din_check"), kOtherDin);
        run = simulateRecipe(kRecipe, inputs);
        QVERIFY(run);
        QVERIFY(!run->complete);
        QVERIFY(run->exceptionsRaised);
        QCOMPARE(run->report[u"stoppedAt"][u"step"].toString(), QStringLiteral("din_check"));
        QVERIFY(run->report[u"stoppedAt"][u"reason"].toString().contains(
            QStringLiteral("DIN G123417654321")));
    }
};

QTEST_GUILESS_MAIN(TestScanning)
#include "tst_scanning.moc"
