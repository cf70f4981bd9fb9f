// Tampering with the audit trail outside the application is detected and the first wrong event
// is named (21 CFR 11.10(a), 11.10(e)). The attacker here has a raw SQL editor: they drop the
// append-only triggers first, as anyone with write access to the file could.
#include "TestSite.h"

#include "store/ChainVerifier.h"
#include "store/EventLog.h"
#include "store/Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace ck;

class TestChain : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSite> site;
    std::vector<Event> events;
    std::vector<Event> batchEvents;

    bool raw(const QString &sql)
    {
        QSqlQuery q(site->ws().store().db());
        if (!q.exec(sql)) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    void dropGuards()
    {
        QVERIFY(raw(QStringLiteral("DROP TRIGGER events_no_update")));
        QVERIFY(raw(QStringLiteral("DROP TRIGGER events_no_delete")));
    }

private Q_SLOTS:
    void init()
    {
        site = std::make_unique<TestSite>();
        const QString batch = site->importAndCreate(
            TestSite::resource(QStringLiteral("recipes/car-t-rapid.json")), QStringLiteral("C-1"),
            {{QStringLiteral("patient_weight_kg"), 70.0}, {QStringLiteral("dose_per_kg"), 1.0}});
        for (int i = 0; i < 12; ++i)
            QVERIFY(driveActiveStep(site->ws(), site->clock(), batch));
        // The people the test site creates come first; the batch's record is what is tampered.
        events = site->ws().log().events();
        auto first = std::find_if(events.begin(), events.end(), [](const Event &e) {
            return e.type == QLatin1String("recipe.imported");
        });
        batchEvents.assign(first, events.end());
        QVERIFY(batchEvents.size() > 10);
    }

    void intactChainVerifies()
    {
        const ChainReport r = verifyChain(site->ws().store().db());
        QVERIFY(r.intact());
        QCOMPARE(r.eventsChecked, static_cast<qint64>(events.size()));
        QCOMPARE(r.terminals, 1);
    }

    void changingAnyFieldIsDetected_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("newValue");
        QTest::addColumn<QString>("kind");
        QTest::newRow("id") << "id"
                            << "'00000000-0000-0000-0000-000000000000'"
                            << "content";
        QTest::newRow("terminal id") << "terminal_id"
                                     << "'T-FORGED'"
                                     << "order";
        QTest::newRow("seq") << "seq"
                             << "seq + 100"
                             << "order";
        QTest::newRow("utc") << "utc"
                             << "'2020-01-01T00:00:00.000Z'"
                             << "content";
        QTest::newRow("actor") << "actor"
                               << "'someone-else'"
                               << "content";
        QTest::newRow("type") << "type"
                              << "'entry.corrected'"
                              << "content";
        QTest::newRow("batch id") << "batch_id"
                                  << "'B-OTHER'"
                                  << "content";
        QTest::newRow("reason") << "reason"
                                << "'made up'"
                                << "content";
        QTest::newRow("old value") << "old_value"
                                   << "'1'"
                                   << "content";
        QTest::newRow("new value") << "new_value"
                                   << "'999 mL'"
                                   << "content";
        QTest::newRow("payload value") << "payload"
                                       << "replace(payload, 'in_spec', 'alert')"
                                       << "content";
        QTest::newRow("payload whitespace") << "payload"
                                            << "payload || ' '"
                                            << "content";
        QTest::newRow("prev hash") << "prev_hash"
                                   << "hash"
                                   << "link";
        QTest::newRow("hash") << "hash"
                              << "prev_hash"
                              << "content";
    }
    void changingAnyFieldIsDetected()
    {
        QFETCH(QString, column);
        QFETCH(QString, newValue);
        QFETCH(QString, kind);
        dropGuards();
        const Event &target = batchEvents[7];
        QVERIFY(raw(QStringLiteral("UPDATE events SET %1 = %2 WHERE id = '%3'")
                        .arg(column, newValue, target.id)));
        const ChainReport r = verifyChain(site->ws().store().db());
        QVERIFY(!r.intact());
        QCOMPARE(r.firstProblem->kindName(), kind);
        // The named event is the tampered one, or (for a renumbered or re-homed event) the one
        // whose place it left empty.
        QVERIFY2(r.firstProblem->seq == target.seq || r.firstProblem->seq == target.seq + 1,
                 qPrintable(r.firstProblem->describe()));
    }

    void recomputingTheHashBreaksTheNextLink()
    {
        dropGuards();
        Event forged = batchEvents[4];
        forged.newValue = QStringLiteral("forged");
        const QByteArray h = forged.computeHash();
        QVERIFY(raw(
            QStringLiteral("UPDATE events SET new_value = 'forged', hash = '%1' WHERE id = '%2'")
                .arg(QString::fromLatin1(h), forged.id)));
        const ChainReport r = verifyChain(site->ws().store().db());
        QVERIFY(!r.intact());
        QCOMPARE(r.firstProblem->kind, ChainProblem::Kind::Link);
        QCOMPARE(r.firstProblem->seq, batchEvents[5].seq);
    }

    void deletingAnEventIsDetected()
    {
        dropGuards();
        QVERIFY(raw(QStringLiteral("DELETE FROM events WHERE id = '%1'").arg(batchEvents[3].id)));
        const ChainReport r = verifyChain(site->ws().store().db());
        QVERIFY(!r.intact());
        QCOMPARE(r.firstProblem->kind, ChainProblem::Kind::Order);
        QCOMPARE(r.firstProblem->eventId, batchEvents[4].id);
    }

    void insertingAForgedEventIsDetected()
    {
        dropGuards();
        Event f = events.back();
        f.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
        f.seq += 1;
        f.prevHash = QByteArray(64, 'a');
        f.hash = f.computeHash();
        QVERIFY(
            raw(QStringLiteral(
                    "INSERT INTO events (id, terminal_id, seq, utc, actor, type, batch_id, reason, "
                    "old_value, new_value, payload, prev_hash, hash) SELECT '%1', terminal_id, %2, "
                    "utc, "
                    "actor, type, batch_id, reason, old_value, new_value, payload, '%3', '%4' FROM "
                    "events "
                    "WHERE id = '%5'")
                    .arg(f.id)
                    .arg(f.seq)
                    .arg(QString::fromLatin1(f.prevHash), QString::fromLatin1(f.hash),
                         events.back().id)));
        const ChainReport r = verifyChain(site->ws().store().db());
        QVERIFY(!r.intact());
        QCOMPARE(r.firstProblem->kind, ChainProblem::Kind::Link);
        QCOMPARE(r.firstProblem->eventId, f.id);
    }

    void swappingTwoEventsIsDetected()
    {
        dropGuards();
        const qint64 a = batchEvents[2].seq;
        const qint64 b = batchEvents[3].seq;
        QVERIFY(raw(QStringLiteral("UPDATE events SET seq = 999999 WHERE seq = %1").arg(a)));
        QVERIFY(raw(QStringLiteral("UPDATE events SET seq = %1 WHERE seq = %2").arg(a).arg(b)));
        QVERIFY(raw(QStringLiteral("UPDATE events SET seq = %1 WHERE seq = 999999").arg(b)));
        const ChainReport r = verifyChain(site->ws().store().db());
        QVERIFY(!r.intact());
        QCOMPARE(r.firstProblem->seq, a);
    }
};

QTEST_GUILESS_MAIN(TestChain)
#include "tst_chain.moc"
