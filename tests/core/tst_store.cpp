// The local store: SQLite settings, migrations, append-only events, the sequence, atomic actions,
// and the projection rebuilt from the log.
#include "TestSite.h"

#include "common/Logging.h"
#include "execution/BatchManager.h"
#include "execution/EventTypes.h"
#include "recipe/RecipeCatalog.h"
#include "store/EventLog.h"
#include "store/Migrations.h"
#include "store/Projection.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <spdlog/spdlog.h>

using namespace ck;

namespace {
QVariant pragma(Store &s, const QString &name)
{
    QSqlQuery q(s.db());
    q.exec(QStringLiteral("PRAGMA ") + name);
    q.next();
    return q.value(0);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A projection that refuses one event type, to prove that a failing projection takes the event
// with it.
class RefusingProjection final : public Projection
{
public:
    QStringList tables() const override { return {}; }
    Status apply(QSqlDatabase &, const Event &e) override
    {
        if (e.type == QLatin1String("test.refused"))
            return Error::storage(QStringLiteral("projection refused"));
        return {};
    }
};

EventDraft draft(const QString &type)
{
    EventDraft d;
    d.actor = QStringLiteral("tester");
    d.type = type;
    d.payload = QJsonObject{{QStringLiteral("n"), 1}};
    return d;
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqliteSettings()
    {
        TestSite site(TestSite::People::None);
        Store &s = site.ws().store();
        QCOMPARE(pragma(s, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(s, QStringLiteral("synchronous")).toInt(), 2); // FULL
        QCOMPARE(pragma(s, QStringLiteral("foreign_keys")).toInt(), 1);
    }

    void migrationsBringANewStoreToTheLatestSchema()
    {
        TestSite site(TestSite::People::None);
        QCOMPARE(site.ws().store().schemaVersion(), Store::latestSchemaVersion());
        QCOMPARE(pragma(site.ws().store(), QStringLiteral("user_version")).toInt(),
                 Store::latestSchemaVersion());
        QVERIFY(Store::latestSchemaVersion() == static_cast<int>(schemaMigrations().size()));
        for (const QString &t : {QStringLiteral("events"), QStringLiteral("recipes"),
                                 QStringLiteral("batches"), QStringLiteral("step_states"),
                                 QStringLiteral("entries"), QStringLiteral("exceptions")})
            QVERIFY2(site.ws().store().db().tables().contains(t), qPrintable(t));
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        TestSite site(TestSite::People::None);
        const QString path = site.storePath();
        {
            QSqlQuery q(site.ws().store().db());
            QVERIFY(q.exec(
                QStringLiteral("PRAGMA user_version=%1").arg(Store::latestSchemaVersion() + 5)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        site.close();
        const QByteArray before = fileHash(path);
        auto reopened = Store::open(path);
        QVERIFY(!reopened);
        QCOMPARE(reopened.error().kind, Error::Kind::Refused);
        QVERIFY2(reopened.error().message.contains(QStringLiteral("newer")),
                 qPrintable(reopened.error().message));
        QVERIFY(reopened.error().message.contains(QStringLiteral("not changed")));
        QCOMPARE(fileHash(path), before);
    }

    void terminalIdIsKeptAcrossRestarts()
    {
        TestSite site(TestSite::People::None);
        const QString id = site.ws().store().terminalId();
        QCOMPARE(id, QStringLiteral("T-TEST"));
        site.close();
        auto again = Workstation::open(site.storePath(), &site.clock(), QStringLiteral("OTHER"));
        QVERIFY(again);
        QCOMPARE((*again)->store().terminalId(), id);
    }

    void eventsCannotBeUpdatedOrDeleted_data()
    {
        QTest::addColumn<QString>("sql");
        for (const char *column :
             {"id", "terminal_id", "seq", "utc", "actor", "type", "batch_id", "reason", "old_value",
              "new_value", "payload", "prev_hash", "hash"})
            QTest::newRow(column) << QStringLiteral("UPDATE events SET %1 = '1' WHERE seq = 1")
                                         .arg(QLatin1String(column));
        QTest::newRow("delete one") << QStringLiteral("DELETE FROM events WHERE seq = 1");
        QTest::newRow("delete all") << QStringLiteral("DELETE FROM events");
    }
    void eventsCannotBeUpdatedOrDeleted()
    {
        QFETCH(QString, sql);
        TestSite site(TestSite::People::None);
        QVERIFY(site.ws().log().record(draft(QStringLiteral("test.one"))));
        QSqlQuery q(site.ws().store().db());
        QVERIFY(!q.exec(sql));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(site.ws().log().count(), 1);
    }

    void sequenceIsGapFreeWhenTheClockJumpsBack()
    {
        TestSite site(TestSite::People::None);
        EventLog &log = site.ws().log();
        QStringList times;
        for (int i = 0; i < 5; ++i) {
            auto e = log.record(draft(QStringLiteral("test.tick")));
            QVERIFY(e);
            QCOMPARE(e->seq, i + 1);
            times << e->utc;
            site.clock().advanceMinutes(i == 2 ? -90
                                               : 1); // the wall clock is set back by 90 minutes
        }
        const auto events = log.events();
        for (size_t i = 1; i < events.size(); ++i) {
            QCOMPARE(events[i].seq, events[i - 1].seq + 1);
            QCOMPARE(events[i].prevHash, events[i - 1].hash);
        }
        QVERIFY(times[3] < times[2]); // the recorded time tells the truth about the clock
        QVERIFY(times[0].endsWith(QLatin1Char('Z')));
        QCOMPARE(events[0].terminalId, QStringLiteral("T-TEST"));
    }

    void aFailedActionLeavesNoTrace()
    {
        TestSite site(TestSite::People::None);
        RefusingProjection refusing;
        site.ws().log().addProjection(&refusing);
        QVERIFY(site.ws().log().record(draft(QStringLiteral("test.one"))));
        auto r = site.ws().log().record(draft(QStringLiteral("test.refused")));
        QVERIFY(!r);
        QCOMPARE(site.ws().log().count(), 1);
        auto next = site.ws().log().record(draft(QStringLiteral("test.two")));
        QVERIFY(next);
        QCOMPARE(next->seq, 2); // no gap left by the refused one
    }

    void aRefusedDecisionWritesNothing()
    {
        TestSite site(TestSite::People::None);
        auto r = site.ws().log().record(
            []() -> Result<EventDraft> { return Error::refused(QStringLiteral("no")); });
        QVERIFY(!r);
        QCOMPARE(r.error().message, QStringLiteral("no"));
        QCOMPARE(site.ws().log().count(), 0);
    }

    void eventCarriesEveryFieldOfTheRecordFormat()
    {
        TestSite site(TestSite::People::None);
        EventDraft d = draft(QStringLiteral("test.full"));
        d.batchId = QStringLiteral("B-1");
        d.reason = QStringLiteral("because");
        d.oldValue = QStringLiteral("a");
        d.newValue = QStringLiteral("b");
        auto e = site.ws().log().record(d);
        QVERIFY(e);
        QCOMPARE(e->id.size(), 36);
        QCOMPARE(e->prevHash, Event::genesisHash());
        QCOMPARE(e->hash, e->computeHash());
        QCOMPARE(e->hash.size(), 64);
        QCOMPARE(e->payload, QByteArray(R"({"n":1})"));
        const Event stored = site.ws().log().events().front();
        QCOMPARE(stored.hashInput(), e->hashInput());
    }

    void logFileNeverCarriesAFullPatientIdentifier()
    {
        TestSite site;
        initLogging(site.dataDir() + QStringLiteral("/logs"), false);
        QVERIFY(site.ws().recipes().importRecipe(
            TestSite::resource(QStringLiteral("recipes/car-t-rapid.json"))));
        BatchOrder o{QStringLiteral("LOG-1"),
                     QStringLiteral("car-t-rapid"),
                     0,
                     QStringLiteral("COI-SECR-ET91-8273"),
                     QStringLiteral("PS"),
                     QStringLiteral("Suite L"),
                     {},
                     QJsonObject{{QStringLiteral("patient_weight_kg"), 70.0},
                                 {QStringLiteral("dose_per_kg"), 1.0}}};
        QVERIFY(site.batches().createBatch(o));
        spdlog::default_logger()->flush();
        QFile log(site.dataDir() + QStringLiteral("/logs/chainkeeper.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("B-LOG-1 created"), text.constData());
        QVERIFY(!text.contains("COI-SECR-ET91-8273"));
        QVERIFY(text.contains("**************8273"));
        spdlog::set_level(spdlog::level::off);
    }

    void rebuildGivesIdenticalState()
    {
        TestSite site;
        const QString batch = site.importAndCreate(
            TestSite::resource(QStringLiteral("recipes/car-t-rapid.json")), QStringLiteral("R-1"),
            {{QStringLiteral("patient_weight_kg"), 70.0}, {QStringLiteral("dose_per_kg"), 1.0}});
        for (int i = 0; i < 25; ++i)
            QVERIFY(driveActiveStep(site.ws(), site.clock(), batch));
        auto report = site.ws().log().rebuild();
        QVERIFY(report);
        QVERIFY(report->identical());
        QCOMPARE(report->eventsReplayed, site.ws().log().count());
    }

    void rebuildRestoresATamperedProjection()
    {
        TestSite site;
        const QString batch = site.importAndCreate(
            TestSite::resource(QStringLiteral("recipes/car-t-rapid.json")), QStringLiteral("R-2"),
            {{QStringLiteral("patient_weight_kg"), 70.0}, {QStringLiteral("dose_per_kg"), 1.0}});
        for (int i = 0; i < 5; ++i)
            QVERIFY(driveActiveStep(site.ws(), site.clock(), batch));
        const QString active = site.batches().batch(batch)->activeStep;
        QSqlQuery q(site.ws().store().db());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE batches SET active_step = 'qc_samples', state = 'complete'")));
        auto report = site.ws().log().rebuild();
        QVERIFY(report);
        QVERIFY(!report->identical());
        QCOMPARE(site.batches().batch(batch)->activeStep, active);
        QCOMPARE(site.batches().batch(batch)->state, batchstate::InProgress);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
