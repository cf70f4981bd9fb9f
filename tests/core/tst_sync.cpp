// The terminal side of sync (issue 7): other terminals' events imported into the local log and
// projections, the outbox and what the server acknowledged, push/pull rounds against a real
// PostgreSQL server (PgServer) with the server stopped, connections killed and rounds abandoned,
// sync conflicts raised once, the sync worker's thread, and `chainkeeper sync`.
#include "PgConnection.h"
#include "PgServer.h"
#include "TestSite.h"

#include "execution/BatchManager.h"
#include "people/AccessControl.h"
#include "people/SignatureCheck.h"
#include "recipe/RecipeCatalog.h"
#include "site/Workstation.h"
#include "store/ChainVerifier.h"
#include "store/EventLog.h"
#include "store/Store.h"
#include "sync/CentralSchema.h"
#include "sync/CentralUrl.h"
#include "sync/ForeignEvents.h"
#include "sync/SyncClient.h"
#include "sync/SyncState.h"
#include "sync/SyncWorker.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <csignal>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <thread>

#include <sys/types.h>

using namespace ck;

namespace {

const QString kSuite = QStringLiteral("Suite 1");

// One terminal: its own store and chain under its own id. The first terminal of a site creates
// the people and the recipe; the others get them by sync (or by importing the first's events).
struct Term
{
    explicit Term(const QString &terminalId, bool withPeople)
    {
        clock.set(QDateTime::currentDateTimeUtc());
        open(terminalId);
        if (withPeople)
            TestSite::preparePeople(*ws);
    }
    void open(const QString &terminalId = {})
    {
        ws.reset();
        auto w = Workstation::open(Workstation::storePathIn(dir.path()), &clock, terminalId);
        if (!w)
            qFatal("cannot open a terminal store: %s", qPrintable(w.error().message));
        ws = std::move(w).value();
        ws->access().setHashCost({1, size_t(8) << 20});
    }
    void signIn(const QString &user = TestSite::actor())
    {
        (void)ws->access().signOut();
        if (auto s = ws->access().signIn(user, TestSite::password()); !s)
            qFatal("cannot sign in %s: %s", qPrintable(user), qPrintable(s.error().message));
    }
    QString createBatch(const QString &orderNo)
    {
        if (ws->recipes().list().isEmpty()) {
            auto imported = ws->recipes().importRecipe(
                TestSite::resource(QStringLiteral("recipes/car-t-rapid.json")));
            if (!imported)
                qFatal("recipe refused: %s", qPrintable(imported.error().message));
        }
        const RecipeSummary r = ws->recipes().list().first();
        BatchOrder o;
        o.orderNo = orderNo;
        o.recipeId = r.id;
        o.recipeVersion = r.version;
        o.coiId = TestSite::coi();
        o.patientInitials = QStringLiteral("TT");
        o.suite = kSuite;
        o.orderData = QJsonObject{{QStringLiteral("patient_weight_kg"), 70.0},
                                  {QStringLiteral("dose_per_kg"), 1.0}};
        auto id = ws->batches().createBatch(o);
        if (!id)
            qFatal("batch refused: %s", qPrintable(id.error().message));
        return *id;
    }
    // Drives `steps` steps of the batch (starting it first when it is not started).
    void drive(const QString &batchId, int steps)
    {
        auto b = ws->batches().batch(batchId);
        if (b && b->state == QLatin1String("created")) {
            if (auto e = ws->batches().start(batchId); !e)
                qFatal("start refused: %s", qPrintable(e.error().message));
        }
        for (int i = 0; i < steps; ++i) {
            QString error;
            if (!driveActiveStep(*ws, clock, batchId, &error)) {
                if (!error.isEmpty())
                    qFatal("drive failed: %s", qPrintable(error));
                return;
            }
        }
    }
    std::vector<Event> events() { return ws->log().events(); }
    std::set<QString> eventKeys()
    {
        std::set<QString> out;
        for (const Event &e : events())
            out.insert(e.id + QLatin1Char('/') + QString::fromLatin1(e.hash));
        return out;
    }
    QString activeStep(const QString &batchId)
    {
        auto b = ws->batches().batch(batchId);
        return b ? b->activeStep : QString();
    }
    QString batchState(const QString &batchId)
    {
        auto b = ws->batches().batch(batchId);
        return b ? b->state : QString();
    }

    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<Workstation> ws;
};

// Imports every event of `from` that `to` lacks, in `from`'s local order (as pull would).
int importAll(Term &from, Term &to, QString *error = nullptr)
{
    ForeignEvents foreign(*to.ws);
    int imported = 0;
    for (const Event &e : from.events()) {
        if (e.terminalId == to.ws->store().terminalId())
            continue;
        auto r = foreign.import(e);
        if (!r) {
            if (error)
                *error = r.error().message;
            return -1;
        }
        if (*r == EventLog::ImportOutcome::Imported)
            ++imported;
    }
    return imported;
}

qint64 scalar(Store &store, const QString &sql)
{
    QSqlQuery q(store.db());
    if (q.exec(sql) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

bool chainIntact(Workstation &ws, QString *why = nullptr, int *terminals = nullptr)
{
    const ChainReport r = verifyChain(ws.store().db());
    if (terminals)
        *terminals = r.terminals;
    if (!r.intact()) {
        if (why)
            *why = r.firstProblem->describe();
        return false;
    }
    if (const auto p = verifySignatures(ws.store().db())) {
        if (why)
            *why = p->describe();
        return false;
    }
    return true;
}

// A QPSQL connection of its own for the test's side (the administrator's view of the server).
class Admin : public PgConnection
{
public:
    explicit Admin(const QString &url) : PgConnection(url, QStringLiteral("tst_sync_admin_")) {}
    std::set<QString> eventKeys()
    {
        std::set<QString> out;
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SELECT id::text, hash FROM ck.events")))
            qFatal("cannot read ck.events: %s", qPrintable(q.lastError().text()));
        while (q.next())
            out.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString());
        return out;
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(db());
        if (q.exec(sql) && q.next())
            return q.value(0).toLongLong();
        m_error = q.lastError().text();
        return -1;
    }
};

// A terminal's QPSQL connection, closed and removed at scope end.
struct Link
{
    explicit Link(const QString &url, SyncOptions o = {})
        : name(QStringLiteral("tst_sync_link_") + QUuid::createUuid().toString(QUuid::Id128))
    {
        auto db = SyncClient::connect(url, {}, name, o);
        if (db)
            open = true;
        else
            error = db.error().message;
    }
    ~Link()
    {
        if (open) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
    QString name;
    bool open = false;
    QString error;
};

// One push/pull round of `t` against `url` on a fresh connection.
SyncRoundReport syncOnce(Term &t, const QString &url, SyncOptions o = {})
{
    Link link(url, o);
    if (!link.open) {
        SyncRoundReport r;
        r.outcome = SyncRoundReport::Outcome::Unreachable;
        r.error = link.error;
        return r;
    }
    QSqlDatabase db = QSqlDatabase::database(link.name, false);
    SyncClient client(db, *t.ws, o);
    return client.round();
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run chainkeeper(const QStringList &args, const QProcessEnvironment &env = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(QStringLiteral(CHAINKEEPER_BINARY), args);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgServer> m_pg;
    int m_databases = 0;

    struct Central
    {
        QString adminUrl;
        std::map<QString, QString> terminalUrls;
    };
    // A fresh central database with the schema and a role for each terminal (all in kSuite).
    Central freshCentral(const QStringList &terminals);

private Q_SLOTS:
    void initTestCase();

    // Without a server: the import into the local log, the outbox, conflicts.
    void importAppliesProjectionsAndVerifies();
    void importRefusesWhatDoesNotContinueTheChain();
    void outboxIsOwnUnacknowledgedEventsInOrder();
    void conflictDetectedByBothRaisedOnce();
    void backoffGrowsWithJitterAndCaps();

    // Against a real PostgreSQL server.
    void exceptionResolvedElsewhereUnblocksAfterOneSync();
    void threeTerminalsOutagesKillsAndDuplicatesAgree();
    void abandonedRoundResumesWithoutLossOrDuplicate();
    void killedSyncProcessResumes();
    void tamperedStoreRefusedAtPush();
    void clockOffsetBeyondLimitFlagged();
    void staleAndFlaggedTerminalsListed();
    void deadServerNoticedInSeconds();
    void workerThreadReportsOnlineOfflineOnline();
    void commandLineExitCodes();
    void roundTimeForABacklog();
};

void TestSync::initTestCase()
{
    spdlog::set_level(spdlog::level::off);
    if (!PgServer::unavailableReason().isEmpty()) {
        qWarning("*** %s: the sync tests against a server will be SKIPPED ***",
                 qPrintable(PgServer::unavailableReason()));
        return;
    }
    m_pg = std::make_unique<PgServer>();
    QVERIFY2(m_pg->start(), qPrintable(m_pg->lastError()));
    QVERIFY2(m_pg->exec(QStringLiteral("CREATE ROLE ck_admin LOGIN CREATEROLE CREATEDB PASSWORD "
                                       "'admin-pw'")),
             qPrintable(m_pg->lastError()));
}

TestSync::Central TestSync::freshCentral(const QStringList &terminals)
{
    Central c;
    const QString db = QStringLiteral("sync_%1").arg(++m_databases);
    if (!m_pg->exec(QStringLiteral("CREATE DATABASE %1 OWNER ck_admin ENCODING 'UTF8' TEMPLATE "
                                   "template0")
                        .arg(db)))
        qFatal("cannot create database: %s", qPrintable(m_pg->lastError()));
    c.adminUrl = m_pg->urlFor(QStringLiteral("ck_admin"), QStringLiteral("admin-pw"), db);
    Admin admin(c.adminUrl);
    if (!admin.error().isEmpty())
        qFatal("cannot connect as ck_admin: %s", qPrintable(admin.error()));
    if (auto r = CentralSchema(admin.db()).init(); !r)
        qFatal("init failed: %s", qPrintable(r.error().message));
    for (const QString &t : terminals) {
        const Result<QString> pw = CentralSchema(admin.db()).addTerminal(t, {kSuite});
        if (!pw)
            qFatal("add-terminal failed: %s", qPrintable(pw.error().message));
        c.terminalUrls[t] = m_pg->urlFor(CentralSchema::roleFor(t), *pw, db);
    }
    return c;
}

#define REQUIRE_SERVER()                                                                           \
    do {                                                                                           \
        CK_REQUIRE_POSTGRES();                                                                     \
        QVERIFY(m_pg);                                                                             \
        if (!m_pg->isRunning())                                                                    \
            QVERIFY2(m_pg->start(), qPrintable(m_pg->lastError()));                                \
    } while (false)

void TestSync::importAppliesProjectionsAndVerifies()
{
    Term a(QStringLiteral("T-A"), true);
    const QString batch = a.createBatch(QStringLiteral("IMP-1"));
    a.drive(batch, 6);
    Term b(QStringLiteral("T-B"), false);
    QString error;
    const int n = importAll(a, b, &error);
    QVERIFY2(n > 0, qPrintable(error));
    QCOMPARE(qint64(n), a.ws->log().count());
    // The imported state is the state the other terminal has.
    QCOMPARE(b.activeStep(batch), a.activeStep(batch));
    QCOMPARE(b.batchState(batch), a.batchState(batch));
    QCOMPARE(b.ws->recipes().list().size(), a.ws->recipes().list().size());
    // B works on with the people it received, and its log holds two chains that both verify.
    b.signIn();
    b.drive(batch, 2);
    QVERIFY(b.activeStep(batch) != a.activeStep(batch));
    int terminals = 0;
    QVERIFY2(chainIntact(*b.ws, &error, &terminals), qPrintable(error));
    QCOMPARE(terminals, 2);
    auto rebuilt = b.ws->log().rebuild();
    QVERIFY(rebuilt);
    QVERIFY(rebuilt->identical());
    // A imports B's events back: the same state on both.
    QVERIFY2(importAll(b, a, &error) > 0, qPrintable(error));
    QCOMPARE(a.activeStep(batch), b.activeStep(batch));
    QVERIFY2(chainIntact(*a.ws, &error), qPrintable(error));
    QCOMPARE(a.eventKeys(), b.eventKeys());
    // Importing everything again changes nothing.
    QCOMPARE(importAll(a, b), 0);
    QCOMPARE(importAll(b, a), 0);
}

void TestSync::importRefusesWhatDoesNotContinueTheChain()
{
    Term a(QStringLiteral("T-A"), true);
    const std::vector<Event> all = a.events();
    QVERIFY(all.size() > 4);
    Term b(QStringLiteral("T-B"), false);
    EventLog &log = b.ws->log();

    // The first event of a terminal is seq 1: seq 2 first is a gap.
    auto gap = log.importForeign(all[1]);
    QVERIFY(!gap);
    QVERIFY2(gap.error().message.contains(QStringLiteral("gap")), qPrintable(gap.error().message));
    QCOMPARE(log.count(), qint64(0));

    QVERIFY(log.importForeign(all[0]));
    // Already stored with the same hash: skipped, nothing written.
    auto again = log.importForeign(all[0]);
    QVERIFY(again);
    QCOMPARE(*again, EventLog::ImportOutcome::Duplicate);
    QCOMPARE(log.count(), qint64(1));

    // Content changed: the hash does not match.
    Event tampered = all[1];
    tampered.actor = QStringLiteral("mallory");
    auto bad = log.importForeign(tampered);
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(QStringLiteral("hash")), qPrintable(bad.error().message));

    // Same id, other content (rehashed): refused.
    Event sameId = all[0];
    sameId.reason = QStringLiteral("other");
    sameId.hash = sameId.computeHash();
    QVERIFY(!log.importForeign(sameId));

    // A different event claiming seq 1 again: a fork.
    Event fork = all[0];
    fork.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    fork.hash = fork.computeHash();
    auto forked = log.importForeign(fork);
    QVERIFY(!forked);
    QVERIFY2(forked.error().message.contains(QStringLiteral("fork")),
             qPrintable(forked.error().message));

    // A correct seq that does not link to the stored previous hash.
    Event unlinked = all[1];
    unlinked.prevHash = Event::genesisHash();
    unlinked.hash = unlinked.computeHash();
    QVERIFY(!log.importForeign(unlinked));

    // This terminal's own id: never imported.
    Event own = all[1];
    own.terminalId = b.ws->store().terminalId();
    own.hash = own.computeHash();
    auto mine = log.importForeign(own);
    QVERIFY(!mine);
    QVERIFY(mine.error().message.contains(QStringLiteral("own id")));

    QCOMPARE(log.count(), qint64(1));
    for (size_t i = 1; i < all.size(); ++i)
        QVERIFY(log.importForeign(all[i]));
    QString error;
    QVERIFY2(chainIntact(*b.ws, &error), qPrintable(error));
    // Events are never updated or deleted, imported ones neither.
    QSqlQuery q(b.ws->store().db());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM events WHERE seq = 1")));
}

void TestSync::outboxIsOwnUnacknowledgedEventsInOrder()
{
    Term a(QStringLiteral("T-A"), true);
    Term b(QStringLiteral("T-B"), false);
    QVERIFY(importAll(a, b) > 0);
    b.signIn();
    const QString batch = b.createBatch(QStringLiteral("OUT-1"));
    b.drive(batch, 3);
    Store &store = b.ws->store();
    const qint64 own = scalar(store, QStringLiteral("SELECT COUNT(*) FROM events WHERE "
                                                    "terminal_id = 'T-B'"));
    QVERIFY(own > 3);
    SyncStatus s = SyncState::read(store);
    QCOMPARE(s.localLastSeq, own);
    QCOMPARE(s.waiting, own);
    auto box = SyncState::outbox(store, 0, 1000);
    QVERIFY(box);
    QCOMPARE(qint64(box->size()), own);
    for (size_t i = 0; i < box->size(); ++i) {
        QCOMPARE(box->at(i).terminalId, QStringLiteral("T-B"));
        QCOMPARE(box->at(i).seq, qint64(i + 1));
    }
    QVERIFY(SyncState::setAcknowledged(store, 2));
    s = SyncState::read(store);
    QCOMPARE(s.waiting, own - 2);
    box = SyncState::outbox(store, 2, 2);
    QCOMPARE(box->size(), size_t(2));
    QCOMPARE(box->front().seq, qint64(3));
    // The state survives a restart; it lives in the store.
    b.open();
    QCOMPARE(SyncState::read(b.ws->store()).acknowledgedSeq, qint64(2));
}

void TestSync::conflictDetectedByBothRaisedOnce()
{
    Term a(QStringLiteral("T-A"), true);
    const QString batch = a.createBatch(QStringLiteral("CONF-1"));
    a.drive(batch, 4);
    Term b(QStringLiteral("T-B"), false);
    QVERIFY(importAll(a, b) > 0);
    b.signIn();
    // Apart: both record the same step of the batch.
    const QString step = a.activeStep(batch);
    QCOMPARE(b.activeStep(batch), step);
    a.drive(batch, 1);
    b.drive(batch, 1);
    QVERIFY(importAll(a, b) > 0);
    QVERIFY(importAll(b, a) > 0);
    // Both found it; exactly one is to raise it.
    QCOMPARE(scalar(a.ws->store(), QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")), 1);
    QCOMPARE(scalar(b.ws->store(), QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")), 1);
    const qint64 raiseA = scalar(a.ws->store(), QStringLiteral("SELECT SUM(raise_here) FROM "
                                                               "sync_conflicts"));
    const qint64 raiseB = scalar(b.ws->store(), QStringLiteral("SELECT SUM(raise_here) FROM "
                                                               "sync_conflicts"));
    QCOMPARE(raiseA + raiseB, qint64(1));
    Term &raiser = raiseA ? a : b;
    Term &other = raiseA ? b : a;
    auto raised = ForeignEvents(*raiser.ws).raisePending();
    QVERIFY2(raised, raised ? "" : qPrintable(raised.error().message));
    QCOMPARE(*raised, 1);
    QCOMPARE(*ForeignEvents(*other.ws).raisePending(), 0);
    // Raised once: a second call raises nothing, and the batch is held on the raiser.
    QCOMPARE(*ForeignEvents(*raiser.ws).raisePending(), 0);
    QVERIFY2(raiser.batchState(batch) != QLatin1String("in_progress"),
             qPrintable(raiser.batchState(batch)));
    // The deviation's event reaches the other terminal and is no new conflict there.
    QVERIFY(importAll(raiser, other) > 0);
    QCOMPARE(scalar(other.ws->store(), QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")), 1);
    QCOMPARE(other.batchState(batch), raiser.batchState(batch));
    // Both records are kept on both terminals.
    QCOMPARE(a.eventKeys(), b.eventKeys());
    QString error;
    QVERIFY2(chainIntact(*a.ws, &error), qPrintable(error));
    QVERIFY2(chainIntact(*b.ws, &error), qPrintable(error));
    // A third terminal that imports both lines records the conflict as seen, raises nothing.
    Term c(QStringLiteral("T-C"), false);
    QVERIFY(importAll(a, c) > 0);
    QCOMPARE(scalar(c.ws->store(), QStringLiteral("SELECT COUNT(*) FROM sync_conflicts WHERE "
                                                  "raise_here = 1")),
             0);
}

void TestSync::backoffGrowsWithJitterAndCaps()
{
    QCOMPARE(SyncWorker::backoffMs(1, 1000, 60000, 0.5), 1000);
    QCOMPARE(SyncWorker::backoffMs(2, 1000, 60000, 0.5), 2000);
    QCOMPARE(SyncWorker::backoffMs(4, 1000, 60000, 0.5), 8000);
    QCOMPARE(SyncWorker::backoffMs(4, 1000, 60000, 0.0), 4000);
    QCOMPARE(SyncWorker::backoffMs(4, 1000, 60000, 1.0), 12000);
    QCOMPARE(SyncWorker::backoffMs(40, 1000, 60000, 0.5), 60000);
}

void TestSync::exceptionResolvedElsewhereUnblocksAfterOneSync()
{
    REQUIRE_SERVER();
    const Central c = freshCentral({QStringLiteral("T-OP"), QStringLiteral("T-SUP")});
    Term op(QStringLiteral("T-OP"), true);
    const QString batch = op.createBatch(QStringLiteral("DEV-1"));
    // Up to the arrival temperature, then out of specification: the batch is held.
    op.drive(batch, 0);
    for (int i = 0; i < 20 && op.activeStep(batch) != QLatin1String("temp_arrival"); ++i)
        op.drive(batch, 1);
    QCOMPARE(op.activeStep(batch), QStringLiteral("temp_arrival"));
    auto entered = op.ws->batches().enter(batch, QStringLiteral("temp_arrival"), 12.0);
    QVERIFY2(entered, entered ? "" : qPrintable(entered.error().message));
    auto held = op.ws->batches().batch(batch);
    QVERIFY(!held->openExceptions().isEmpty());
    const QString exceptionId = held->openExceptions().first().id;
    QVERIFY(!op.ws->batches().acknowledge(batch, QStringLiteral("temp_arrival")));
    // The operator's terminal was offline; now it syncs.
    SyncRoundReport r = syncOnce(op, c.terminalUrls.at(QStringLiteral("T-OP")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.waiting, qint64(0));

    Term sup(QStringLiteral("T-SUP"), false);
    r = syncOnce(sup, c.terminalUrls.at(QStringLiteral("T-SUP")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.pulled > 0);
    sup.signIn();
    // The exception is a deviation now: submitted, and approved with "continue" by a supervisor
    // ("verifier", who signs), at the supervisor's terminal.
    auto resolved = decideDeviation(*sup.ws, batch, exceptionId, QStringLiteral("continue"),
                                    QStringLiteral("probe checked, in range"));
    QVERIFY2(resolved, resolved ? "" : qPrintable(resolved.error().message));
    r = syncOnce(sup, c.terminalUrls.at(QStringLiteral("T-SUP")));
    QVERIFY2(r.ok(), qPrintable(r.error));

    // One sync of the operator's terminal and the step moves on there.
    r = syncOnce(op, c.terminalUrls.at(QStringLiteral("T-OP")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.pulled > 0);
    auto after = op.ws->batches().batch(batch);
    QVERIFY(after->openExceptions().isEmpty());
    QCOMPARE(after->state, sup.batchState(batch));
    QCOMPARE(after->activeStep, sup.activeStep(batch));
    op.drive(batch, 1);
    QString error;
    QVERIFY2(chainIntact(*op.ws, &error), qPrintable(error));
    QVERIFY2(chainIntact(*sup.ws, &error), qPrintable(error));
}

void TestSync::threeTerminalsOutagesKillsAndDuplicatesAgree()
{
    REQUIRE_SERVER();
    const QStringList names{QStringLiteral("T-1"), QStringLiteral("T-2"), QStringLiteral("T-3")};
    const Central c = freshCentral(names);
    std::vector<std::unique_ptr<Term>> terms;
    terms.push_back(std::make_unique<Term>(names[0], true));
    terms.push_back(std::make_unique<Term>(names[1], false));
    terms.push_back(std::make_unique<Term>(names[2], false));
    // The first terminal brings the people and the recipe; the others get them by sync.
    (void)terms[0]->createBatch(QStringLiteral("THREE-0"));
    QVERIFY(syncOnce(*terms[0], c.terminalUrls.at(names[0])).ok());
    for (int i = 1; i < 3; ++i) {
        const SyncRoundReport r = syncOnce(*terms[size_t(i)], c.terminalUrls.at(names[i]));
        QVERIFY2(r.ok(), qPrintable(r.error));
        terms[size_t(i)]->signIn();
    }
    std::vector<QString> batches;
    for (int i = 0; i < 3; ++i)
        batches.push_back(terms[size_t(i)]->createBatch(QStringLiteral("THREE-%1").arg(i + 1)));

    int refusedRounds = 0;
    for (int round = 0; round < 6; ++round) {
        for (int i = 0; i < 3; ++i)
            terms[size_t(i)]->drive(batches[size_t(i)], 3);
        switch (round) {
        case 1: {
            // The server is down: every round fails, nothing is lost.
            m_pg->stop();
            for (int i = 0; i < 3; ++i) {
                const SyncRoundReport r = syncOnce(*terms[size_t(i)], c.terminalUrls.at(names[i]));
                QVERIFY(!r.ok());
                QCOMPARE(r.outcome, SyncRoundReport::Outcome::Unreachable);
                ++refusedRounds;
            }
            QVERIFY2(m_pg->start(), qPrintable(m_pg->lastError()));
            break;
        }
        case 2: {
            // Connections killed while terminal 2 pushes a backlog.
            for (int k = 0; k < 300; ++k)
                (void)terms[1]->ws->log().record(EventDraft{TestSite::actor(),
                                                            QStringLiteral("test.note"),
                                                            {},
                                                            {},
                                                            {},
                                                            {},
                                                            QJsonObject{{QStringLiteral("n"), k}}});
            SyncOptions small;
            small.pushBatch = 10;
            std::atomic<bool> done{false};
            std::thread killer([&] {
                for (int k = 0; k < 50 && !done; ++k) {
                    QThread::msleep(15);
                    (void)m_pg->terminateBackends(CentralSchema::roleFor(names[1]));
                }
            });
            const SyncRoundReport r = syncOnce(*terms[1], c.terminalUrls.at(names[1]), small);
            done = true;
            killer.join();
            if (!r.ok())
                ++refusedRounds;
            break;
        }
        case 3: {
            // Terminal 3 is "killed" after the server took a push, before it stored the ack.
            SyncOptions crash;
            crash.abandonAfterPush = [] { return true; };
            const SyncRoundReport r = syncOnce(*terms[2], c.terminalUrls.at(names[2]), crash);
            QCOMPARE(r.outcome, SyncRoundReport::Outcome::Abandoned);
            terms[2]->open(); // the restart
            terms[2]->signIn();
            break;
        }
        case 4: {
            // A duplicate push: events the server already has, sent again.
            Link link(c.terminalUrls.at(names[0]));
            QVERIFY(link.open);
            QJsonArray again;
            for (const Event &e : terms[0]->events()) {
                if (e.terminalId == names[0] && e.seq <= 5)
                    again.append(SyncClient::eventJson(e));
            }
            QSqlQuery q(QSqlDatabase::database(link.name, false));
            QVERIFY(q.prepare(QStringLiteral("SELECT CAST(ck.push(CAST(? AS jsonb), ?) AS text)")));
            q.addBindValue(QString::fromUtf8(QJsonDocument(again).toJson(QJsonDocument::Compact)));
            q.addBindValue(utcText(QDateTime::currentDateTimeUtc()));
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            const QJsonObject answer =
                QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            QVERIFY2(answer[u"ok"].toBool(), q.value(0).toString().toUtf8().constData());
            QCOMPARE(answer[u"duplicates"].toInteger(), qint64(5));
            break;
        }
        default:
            break;
        }
        for (int i = 0; i < 3; ++i)
            (void)syncOnce(*terms[size_t(i)], c.terminalUrls.at(names[i]));
    }
    QVERIFY(refusedRounds >= 3);
    // Two quiet rounds each: everyone has everything.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < 3; ++i) {
            const SyncRoundReport r = syncOnce(*terms[size_t(i)], c.terminalUrls.at(names[i]));
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.waiting, qint64(0));
        }
    }
    Admin admin(c.adminUrl);
    const std::set<QString> server = admin.eventKeys();
    QCOMPARE(admin.scalar(QStringLiteral("SELECT count(*) - count(DISTINCT id) FROM ck.events")),
             qint64(0));
    QCOMPARE(admin.scalar(QStringLiteral("SELECT count(*) FROM ck.terminals WHERE flagged")),
             qint64(0));
    for (int i = 0; i < 3; ++i) {
        Term &t = *terms[size_t(i)];
        QCOMPARE(t.eventKeys(), server);
        QCOMPARE(qint64(server.size()), t.ws->log().count());
        QString error;
        int chains = 0;
        QVERIFY2(chainIntact(*t.ws, &error, &chains), qPrintable(error));
        QCOMPARE(chains, 3);
        for (const QString &b : batches) {
            QCOMPARE(t.activeStep(b), terms[0]->activeStep(b));
            QCOMPARE(t.batchState(b), terms[0]->batchState(b));
        }
        auto rebuilt = t.ws->log().rebuild();
        QVERIFY(rebuilt && rebuilt->identical());
    }
}

void TestSync::abandonedRoundResumesWithoutLossOrDuplicate()
{
    REQUIRE_SERVER();
    const Central c = freshCentral({QStringLiteral("T-K")});
    Term t(QStringLiteral("T-K"), true);
    const QString batch = t.createBatch(QStringLiteral("KILL-1"));
    t.drive(batch, 4);
    const qint64 own = SyncState::localLastSeq(t.ws->store());
    SyncOptions crash;
    crash.pushBatch = 7;
    int calls = 0;
    crash.abandonAfterPush = [&] { return ++calls == 2; };
    SyncRoundReport r = syncOnce(t, c.terminalUrls.at(QStringLiteral("T-K")), crash);
    QCOMPARE(r.outcome, SyncRoundReport::Outcome::Abandoned);
    // The second batch reached the server; the store knows only the first.
    QCOMPARE(SyncState::read(t.ws->store()).acknowledgedSeq, qint64(7));
    t.open();
    r = syncOnce(t, c.terminalUrls.at(QStringLiteral("T-K")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.pushDuplicates, qint64(0)); // the server's position was asked first
    QCOMPARE(r.pushed, own - 14);
    QCOMPARE(r.waiting, qint64(0));
    Admin admin(c.adminUrl);
    QCOMPARE(admin.scalar(QStringLiteral("SELECT count(*) FROM ck.events")), own);
    QCOMPARE(SyncState::read(t.ws->store()).acknowledgedSeq, own);
}

void TestSync::killedSyncProcessResumes()
{
    REQUIRE_SERVER();
    const Central c = freshCentral({QStringLiteral("T-P")});
    const QString url = c.terminalUrls.at(QStringLiteral("T-P"));
    Term t(QStringLiteral("T-P"), true);
    // A backlog big enough for the kill to land mid-push.
    Status s = t.ws->store().transaction([&]() -> Status {
        for (int k = 0; k < 3000; ++k) {
            auto e = t.ws->log().record(EventDraft{TestSite::actor(),
                                                   QStringLiteral("test.note"),
                                                   {},
                                                   {},
                                                   {},
                                                   {},
                                                   QJsonObject{{QStringLiteral("n"), k}}});
            if (!e)
                return e.error();
        }
        return {};
    });
    QVERIFY(s);
    const qint64 own = SyncState::localLastSeq(t.ws->store());
    const QString dataDir = t.dir.path();
    t.ws.reset(); // the process below owns the store now
    int killed = 0;
    QStringList onServer;
    for (int attempt = 0; attempt < 6; ++attempt) {
        QProcess p;
        p.start(QStringLiteral(CHAINKEEPER_BINARY),
                {QStringLiteral("--data-dir"), dataDir, QStringLiteral("sync"),
                 QStringLiteral("--once"), QStringLiteral("--central"), url});
        QVERIFY(p.waitForStarted());
        QThread::msleep(40 + 40 * attempt);
        if (p.state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
            ++killed;
        }
        p.waitForFinished(10000);
        Admin admin(c.adminUrl);
        onServer << QString::number(admin.scalar(QStringLiteral("SELECT count(*) FROM ck.events")));
    }
    qint64 serverBefore = 0;
    {
        Admin admin(c.adminUrl);
        serverBefore = admin.scalar(QStringLiteral("SELECT count(*) FROM ck.events"));
    }
    const Run done = chainkeeper({QStringLiteral("--data-dir"), dataDir, QStringLiteral("sync"),
                                  QStringLiteral("--once"), QStringLiteral("--central"), url});
    QVERIFY2(done.code == 0, qPrintable(done.err));
    t.open();
    Admin admin(c.adminUrl);
    QCOMPARE(admin.scalar(QStringLiteral("SELECT count(*) FROM ck.events")), own);
    QCOMPARE(admin.eventKeys(), t.eventKeys());
    QCOMPARE(SyncState::read(t.ws->store()).waiting, qint64(0));
    QString error;
    QVERIFY2(chainIntact(*t.ws, &error), qPrintable(error));
    qInfo("sync processes killed mid-run: %d of 6; events on the server after each kill: %s of "
          "%lld; before the last run %lld",
          killed, qPrintable(onServer.join(QLatin1Char(' '))), own, serverBefore);
}

void TestSync::tamperedStoreRefusedAtPush()
{
    REQUIRE_SERVER();
    const Central c = freshCentral({QStringLiteral("T-X")});
    Term t(QStringLiteral("T-X"), true);
    const QString batch = t.createBatch(QStringLiteral("TAMP-1"));
    QVERIFY(syncOnce(t, c.terminalUrls.at(QStringLiteral("T-X"))).ok());
    t.drive(batch, 3);
    const qint64 acked = SyncState::read(t.ws->store()).acknowledgedSeq;
    // Someone edits a recorded, not yet pushed event with the triggers out of the way.
    QSqlQuery q(t.ws->store().db());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_no_update")));
    QVERIFY(q.exec(QStringLiteral("UPDATE events SET payload = replace(payload, '\"', '\"') || ' ' "
                                  "WHERE terminal_id = 'T-X' AND seq = %1")
                       .arg(acked + 2)));
    const SyncRoundReport r = syncOnce(t, c.terminalUrls.at(QStringLiteral("T-X")));
    QCOMPARE(r.outcome, SyncRoundReport::Outcome::Refused);
    QCOMPARE(r.code, QStringLiteral("hash"));
    QVERIFY(r.error.contains(QStringLiteral("hash")));
    Admin admin(c.adminUrl);
    // Nothing of the refused push is stored; the terminal is flagged.
    QCOMPARE(admin.scalar(QStringLiteral("SELECT count(*) FROM ck.events")), acked);
    QCOMPARE(admin.scalar(QStringLiteral("SELECT count(*) FROM ck.terminals WHERE flagged")),
             qint64(1));
    QVERIFY(!SyncState::read(t.ws->store()).lastError.isEmpty());
    const SyncRoundReport again = syncOnce(t, c.terminalUrls.at(QStringLiteral("T-X")));
    QCOMPARE(again.code, QStringLiteral("flagged"));
}

void TestSync::clockOffsetBeyondLimitFlagged()
{
    REQUIRE_SERVER();
    const Central c = freshCentral({QStringLiteral("T-CL")});
    Term t(QStringLiteral("T-CL"), true);
    t.clock.set(QDateTime::currentDateTimeUtc().addSecs(600)); // ten minutes fast
    (void)t.createBatch(QStringLiteral("CLK-1"));
    CentralConfig config = SyncState::config(t.ws->store());
    config.clockLimitMs = 120000;
    QVERIFY(SyncState::setConfig(t.ws->store(), config));
    const SyncRoundReport r = syncOnce(t, c.terminalUrls.at(QStringLiteral("T-CL")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.clockOffsetMs > 590000 && r.clockOffsetMs < 610000,
             qPrintable(QString::number(r.clockOffsetMs)));
    QVERIFY(r.clockFlagged);
    const SyncStatus s = SyncState::read(t.ws->store());
    QVERIFY(s.clockFlagged);
    QCOMPARE(s.clockOffsetMs, r.clockOffsetMs);
    // Set right again: no flag after the next push.
    t.clock.set(QDateTime::currentDateTimeUtc());
    (void)t.createBatch(QStringLiteral("CLK-2"));
    QVERIFY(syncOnce(t, c.terminalUrls.at(QStringLiteral("T-CL"))).ok());
    QVERIFY(!SyncState::read(t.ws->store()).clockFlagged);
}

// The supervisor's warning: another terminal silent for longer than the limit, or flagged.
// Time is this terminal's manual clock, set against the server's own times (the other terminal's
// last push, the offset measured at this terminal's push), so the machine's load cannot move the
// boundary.
void TestSync::staleAndFlaggedTerminalsListed()
{
    REQUIRE_SERVER();
    const QString opName = QStringLiteral("T-ST-OP"), supName = QStringLiteral("T-ST-SUP"),
                  badName = QStringLiteral("T-ST-BAD");
    const Central c = freshCentral({opName, supName, badName});
    Term op(opName, true);
    (void)op.createBatch(QStringLiteral("STALE-1"));
    SyncRoundReport r = syncOnce(op, c.terminalUrls.at(opName));
    QVERIFY2(r.ok(), qPrintable(r.error));

    Term sup(supName, false);
    Store &store = sup.ws->store();
    QVERIFY(SyncState::staleTerminals(store, 30, sup.clock.nowUtc()).empty()); // not known yet
    r = syncOnce(sup, c.terminalUrls.at(supName));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!SyncState::terminalStatusUtc(store).isEmpty());
    QCOMPARE(SyncState::config(store).offlineWarnMinutes, 30);

    // The operator's last push, on the server's clock, as the supervisor's terminal keeps it.
    QDateTime opLastPush;
    const QJsonArray kept = QJsonDocument::fromJson(store.meta(syncmeta::TerminalStatus).toUtf8())
                                .object()
                                .value(QStringLiteral("terminals"))
                                .toArray();
    QCOMPARE(kept.size(), qsizetype(3));
    for (const QJsonValue &v : kept) {
        if (v.toObject().value(QStringLiteral("name")).toString() == opName)
            opLastPush = parseUtcText(v.toObject().value(QStringLiteral("lastPushAt")).toString());
    }
    QVERIFY(opLastPush.isValid());
    const qint64 offsetMs = SyncState::read(store).clockOffsetMs;
    // The supervisor's clock when the server's clock is `serverTime`.
    const auto supClockAt = [&](const QDateTime &serverTime) {
        return serverTime.addMSecs(offsetMs);
    };
    const auto find = [](const std::vector<TerminalWarning> &list, const QString &name) {
        const auto it = std::find_if(list.begin(), list.end(),
                                     [&](const TerminalWarning &w) { return w.name == name; });
        return it == list.end() ? std::optional<TerminalWarning>() : std::optional(*it);
    };

    // Right after the sync: the operator is in touch; the third terminal never pushed; the
    // supervisor's own terminal is never listed.
    std::vector<TerminalWarning> list = SyncState::staleTerminals(store, 30, sup.clock.nowUtc());
    QVERIFY(!find(list, opName));
    QVERIFY(!find(list, supName));
    std::optional<TerminalWarning> bad = find(list, badName);
    QVERIFY(bad);
    QVERIFY(bad->stale && !bad->flagged);
    QCOMPARE(bad->offlineMinutes, qint64(-1));
    QVERIFY(bad->lastPushUtc.isEmpty());

    // The operator stops syncing. Just before the limit: not listed; at it: listed.
    sup.clock.set(supClockAt(opLastPush.addSecs(30 * 60 - 5)));
    QVERIFY(!find(SyncState::staleTerminals(store, 30, sup.clock.nowUtc()), opName));
    sup.clock.set(supClockAt(opLastPush.addSecs(2 * 3600 + 10 * 60)));
    list = SyncState::staleTerminals(store, 30, sup.clock.nowUtc());
    std::optional<TerminalWarning> op2 = find(list, opName);
    QVERIFY(op2);
    QVERIFY(op2->stale && !op2->flagged);
    QCOMPARE(op2->offlineMinutes, qint64(130));
    QCOMPARE(op2->suites, QStringList{kSuite});
    QCOMPARE(parseUtcText(op2->lastPushUtc), opLastPush);
    // The never-synced terminal first (the longest silence), then the operator.
    QCOMPARE(list.size(), size_t(2));
    QCOMPARE(list.front().name, badName);
    // A longer limit: the operator is not listed.
    QVERIFY(!find(SyncState::staleTerminals(store, 180, sup.clock.nowUtc()), opName));

    // The supervisor's clock is now two hours fast. It syncs again: the offset measured at that
    // push corrects it, so the operator (silent for seconds on the server's clock) is not
    // listed, although the supervisor's own clock says two hours.
    r = syncOnce(sup, c.terminalUrls.at(supName));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.clockOffsetMs > 3600 * 1000);
    QVERIFY(!find(SyncState::staleTerminals(store, 30, sup.clock.nowUtc()), opName));

    // The third terminal is tampered with and refused at push: the server flags it, and the
    // supervisor's next sync lists it with the server's reason.
    Term tampered(badName, false);
    r = syncOnce(tampered, c.terminalUrls.at(badName));
    QVERIFY2(r.ok(), qPrintable(r.error));
    tampered.signIn();
    (void)tampered.createBatch(QStringLiteral("STALE-2"));
    const qint64 acked = SyncState::read(tampered.ws->store()).acknowledgedSeq;
    QVERIFY(SyncState::localLastSeq(tampered.ws->store()) > acked);
    QSqlQuery q(tampered.ws->store().db());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_no_update")));
    QVERIFY(q.exec(QStringLiteral("UPDATE events SET payload = payload || ' ' WHERE terminal_id = "
                                  "'%1' AND seq = %2")
                       .arg(badName)
                       .arg(acked + 1)));
    r = syncOnce(tampered, c.terminalUrls.at(badName));
    QCOMPARE(r.outcome, SyncRoundReport::Outcome::Refused);
    QCOMPARE(r.code, QStringLiteral("hash"));
    r = syncOnce(sup, c.terminalUrls.at(supName));
    QVERIFY2(r.ok(), qPrintable(r.error));
    list = SyncState::staleTerminals(store, 30, sup.clock.nowUtc());
    bad = find(list, badName);
    QVERIFY(bad);
    QVERIFY(bad->flagged);
    QVERIFY(!bad->stale); // its first sync was an empty push, seconds ago
    QVERIFY2(bad->flagReason.contains(QStringLiteral("content does not match its hash")),
             qPrintable(bad->flagReason));
    QCOMPARE(list.front().name, badName); // flagged first

    // `chainkeeper sync --status` lists them, with the limit kept by --configure.
    const QString dataDir = sup.dir.path();
    sup.ws.reset();
    const QStringList d{QStringLiteral("--data-dir"), dataDir, QStringLiteral("sync")};
    Run run = chainkeeper(d + QStringList{QStringLiteral("--configure"),
                                          QStringLiteral("--offline-warn-minutes"),
                                          QStringLiteral("45")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("after 45 min")), qPrintable(run.out));
    run = chainkeeper(d + QStringList{QStringLiteral("--configure"),
                                      QStringLiteral("--offline-warn-minutes"),
                                      QStringLiteral("soon")});
    QCOMPARE(run.code, 2);
    run = chainkeeper(d + QStringList{QStringLiteral("--status")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral("other terminals offline for 45 min or more")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(badName + QStringLiteral(" (Suite 1)")) &&
                 run.out.contains(QStringLiteral("FLAGGED: ")),
             qPrintable(run.out));
}

void TestSync::deadServerNoticedInSeconds()
{
    REQUIRE_SERVER();
    const Central c = freshCentral({QStringLiteral("T-D")});
    const QString url = c.terminalUrls.at(QStringLiteral("T-D"));
    Term t(QStringLiteral("T-D"), true);
    QVERIFY(syncOnce(t, url).ok());
    // Stopped: connections are refused at once.
    m_pg->stop();
    QElapsedTimer timer;
    timer.start();
    SyncRoundReport r = syncOnce(t, url);
    const qint64 refusedMs = timer.elapsed();
    QCOMPARE(r.outcome, SyncRoundReport::Outcome::Unreachable);
    QVERIFY(refusedMs < 3000);
    QVERIFY2(m_pg->start(), qPrintable(m_pg->lastError()));
    // Hung (the server's processes stopped, as a host that no longer answers): the connect
    // timeout ends the round.
    QFile pidFile(m_pg->dataDir() + QStringLiteral("/postmaster.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t pid = static_cast<pid_t>(QString::fromLatin1(pidFile.readLine()).trimmed().toInt());
    QVERIFY(pid > 0);
    SyncOptions quick;
    quick.connectTimeoutSeconds = 2;
    ::kill(pid, SIGSTOP);
    timer.restart();
    r = syncOnce(t, url, quick);
    const qint64 hungMs = timer.elapsed();
    ::kill(pid, SIGCONT);
    QCOMPARE(r.outcome, SyncRoundReport::Outcome::Unreachable);
    QVERIFY2(hungMs < 6000, qPrintable(QString::number(hungMs)));
    qInfo("dead server noticed: stopped %lld ms, hung %lld ms (connect_timeout 2 s)", refusedMs,
          hungMs);
    QVERIFY(syncOnce(t, url).ok());
}

void TestSync::workerThreadReportsOnlineOfflineOnline()
{
    REQUIRE_SERVER();
    const Central c = freshCentral({QStringLiteral("T-W")});
    Term t(QStringLiteral("T-W"), true);
    (void)t.createBatch(QStringLiteral("WRK-1"));
    SyncWorker::Settings settings;
    settings.storePath = Workstation::storePathIn(t.dir.path());
    settings.url = c.terminalUrls.at(QStringLiteral("T-W"));
    settings.intervalMs = 300;
    settings.minBackoffMs = 200;
    settings.maxBackoffMs = 1000;
    settings.options.connectTimeoutSeconds = 2;
    QThread thread;
    auto *worker = new SyncWorker(settings);
    worker->moveToThread(&thread);
    QSignalSpy status(worker, &SyncWorker::statusChanged);
    connect(&thread, &QThread::started, worker, &SyncWorker::start);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    auto waitFor = [&](const QString &state, int ms) {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            for (const QList<QVariant> &args : status) {
                if (args.at(0).toString() == state)
                    return timer.elapsed();
            }
            status.wait(100);
        }
        return qint64(-1);
    };
    QVERIFY(waitFor(QStringLiteral("online"), 10000) >= 0);
    // Meanwhile the GUI's connection keeps recording on the same file.
    (void)t.createBatch(QStringLiteral("WRK-2"));
    status.clear();
    m_pg->stop();
    const qint64 offlineMs = waitFor(QStringLiteral("offline"), 10000);
    QVERIFY(offlineMs >= 0);
    status.clear();
    QVERIFY2(m_pg->start(), qPrintable(m_pg->lastError()));
    const qint64 backMs = waitFor(QStringLiteral("online"), 15000);
    QVERIFY(backMs >= 0);
    QMetaObject::invokeMethod(worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    QCOMPARE(SyncState::read(t.ws->store()).waiting, qint64(0));
    qInfo("worker: offline noticed after %lld ms, online again %lld ms after the restart",
          offlineMs, backMs);
}

void TestSync::commandLineExitCodes()
{
    REQUIRE_SERVER();
    const Central c = freshCentral({QStringLiteral("T-CLI")});
    const QString url = c.terminalUrls.at(QStringLiteral("T-CLI"));
    Term t(QStringLiteral("T-CLI"), true);
    (void)t.createBatch(QStringLiteral("CLI-1"));
    const QString dataDir = t.dir.path();
    t.ws.reset();
    const QStringList d{QStringLiteral("--data-dir"), dataDir, QStringLiteral("sync")};

    // No central server named: bad input.
    Run r = chainkeeper(d + QStringList{QStringLiteral("--once")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("no central server")));
    // Not reachable: 1, with the reason.
    const QString deadUrl = QStringLiteral("postgresql://ck_term_t_cli:x@127.0.0.1:1/none");
    r = chainkeeper(d +
                    QStringList{QStringLiteral("--once"), QStringLiteral("--central"), deadUrl});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot reach")), qPrintable(r.err));
    r = chainkeeper(d + QStringList{QStringLiteral("--status")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("waiting: ")) &&
                 !r.out.contains(QStringLiteral("waiting: 0")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("last error: cannot reach")));

    // The password from a file, the URL kept without it.
    const Result<CentralUrl> parsed = CentralUrl::parse(url);
    QVERIFY(parsed);
    CentralUrl bare = *parsed;
    const QString password = bare.password;
    bare.password.clear();
    const QString pwFile = dataDir + QStringLiteral("/central.pw");
    {
        QFile f(pwFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(password.toUtf8() + '\n');
    }
    r = chainkeeper(d + QStringList{QStringLiteral("--configure"), QStringLiteral("--central"), url,
                                    QStringLiteral("--password-file"), pwFile});
    QCOMPARE(r.code, 0);
    QVERIFY(!r.out.contains(password));
    r = chainkeeper(d + QStringList{QStringLiteral("--once")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("0 waiting")));
    r = chainkeeper(d + QStringList{QStringLiteral("--status")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("waiting: 0")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("server position: sequence")), qPrintable(r.out));
    QVERIFY(!r.out.contains(password));
    // The password from the environment, with --central naming the server without one.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CHAINKEEPER_CENTRAL_PASSWORD"), password);
    r = chainkeeper(
        d + QStringList{QStringLiteral("--once"), QStringLiteral("--central"), bare.display()},
        env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The server refuses (a wrong password): 1.
    env.insert(QStringLiteral("CHAINKEEPER_CENTRAL_PASSWORD"), QStringLiteral("wrong"));
    r = chainkeeper(
        d + QStringList{QStringLiteral("--once"), QStringLiteral("--central"), bare.display()},
        env);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("password")));
}

void TestSync::roundTimeForABacklog()
{
    REQUIRE_SERVER();
    const Central c = freshCentral({QStringLiteral("T-N"), QStringLiteral("T-M")});
    Term t(QStringLiteral("T-N"), true);
    const int n = 5000;
    Status s = t.ws->store().transaction([&]() -> Status {
        for (int k = 0; k < n; ++k) {
            auto e = t.ws->log().record(EventDraft{TestSite::actor(),
                                                   QStringLiteral("test.note"),
                                                   {},
                                                   {},
                                                   {},
                                                   {},
                                                   QJsonObject{{QStringLiteral("n"), k}}});
            if (!e)
                return e.error();
        }
        return {};
    });
    QVERIFY(s);
    SyncRoundReport r = syncOnce(t, c.terminalUrls.at(QStringLiteral("T-N")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const qint64 pushMs = r.elapsedMs;
    Term m(QStringLiteral("T-M"), false);
    r = syncOnce(m, c.terminalUrls.at(QStringLiteral("T-M")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.pulled >= n);
    const qint64 pullMs = r.elapsedMs;
    QElapsedTimer timer;
    timer.start();
    r = syncOnce(m, c.terminalUrls.at(QStringLiteral("T-M")));
    const qint64 idleMs = timer.elapsed();
    qInfo("push round of %lld events: %lld ms; pull round importing %lld: %lld ms; an idle round "
          "with connecting: %lld ms",
          SyncState::localLastSeq(t.ws->store()), pushMs, qint64(n), pullMs, idleMs);
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
