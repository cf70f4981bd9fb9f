// The headless command line as a script or a process engineer uses it: exit codes 0/1/2, one
// clear line on stderr, JSON on stdout.
#include "TestSite.h"

#include "store/EventLog.h"
#include "store/Store.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run chainkeeper(const QStringList &args, const QByteArray &stdinText = {})
{
    QProcess p;
    p.start(QStringLiteral(CHAINKEEPER_BINARY), args);
    p.write(stdinText);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

QString resourcePath(const QString &rel)
{
    return QStringLiteral(CHAINKEEPER_RESOURCES_DIR "/") + rel;
}

const QByteArray kNominalRapid = R"({
  "patient_weight_kg": 72, "dose_per_kg": 1.0, "bag_integrity": "intact", "temp_arrival": 5.2,
  "collection_age": 10, "apheresis_volume": 210, "viability_receipt": 93.5, "cd3_total": 2.1,
  "enrichment_run": "Prodigy run 4411", "enriched_cells": 1.6, "cells_to_seed": 100, "seeding_density": 1.0,
  "vector_lot": "LV-19-2231", "vector_titer": 1.5, "moi": 3, "harvest_density": 6.5, "harvest_viability": 88.0,
  "car_pct": 31.0, "fill_volume": 36.0, "dmso_exposure": 20, "freezer_program": "CRF-P7",
  "freeze_end_temp": -90, "qc_samples": "complete", "qc_comment": "",
  "receipt_coi_scan": "COI-SIMU-0000-0001", "receipt_din_scan": "=A99992112345600",
  "final_bag_coi_scan": "COI-SIMU-0000-0001", "final_bag_din_scan": "A9999 21 123456 3",
  "shipment_handoff": "=A99992112345600"})";
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    // A data directory with a first administrator and a QA user "quinn" whose password is
    // kQaPassword, made with the user commands as a site would.
    static constexpr const char *kQaPassword = "Quality-Pass-7";
    QString siteWithQa(const QString &name)
    {
        const QString data = dir.filePath(name);
        const QStringList d{QStringLiteral("--data-dir"), data, QStringLiteral("user")};
        if (chainkeeper(d + QStringList{QStringLiteral("init"), QStringLiteral("ada"),
                                        QStringLiteral("--name"), QStringLiteral("Ada Admin")},
                        "Site-Owner-2026!\n")
                .code != 0)
            return {};
        if (chainkeeper(d + QStringList{QStringLiteral("add"), QStringLiteral("quinn"),
                                        QStringLiteral("--name"), QStringLiteral("Quinn QA"),
                                        QStringLiteral("--role"), QStringLiteral("qa"),
                                        QStringLiteral("--as"), QStringLiteral("ada")},
                        "Site-Owner-2026!\nInitial-Secret-9\n")
                .code != 0)
            return {};
        if (chainkeeper(d + QStringList{QStringLiteral("change-password"), QStringLiteral("--as"),
                                        QStringLiteral("quinn")},
                        "Initial-Secret-9\nInitial-Secret-9\nQuality-Pass-7\n")
                .code != 0)
            return {};
        return data;
    }
    static QStringList importAs(const QString &data, const QString &file)
    {
        return {QStringLiteral("--data-dir"), data, QStringLiteral("recipe"),
                QStringLiteral("import"),     file, QStringLiteral("--as"),
                QStringLiteral("quinn")};
    }

private Q_SLOTS:
    void recipeImportAndList()
    {
        const QString data = siteWithQa(QStringLiteral("import"));
        QVERIFY(!data.isEmpty());
        const QString file = resourcePath(QStringLiteral("recipes/car-t-autologous.json"));
        Run r = chainkeeper({QStringLiteral("--data-dir"), data, QStringLiteral("recipe"),
                             QStringLiteral("import"), file});
        QCOMPARE(r.code, 2); // no --as: recipes are imported by a person
        QVERIFY2(r.err.contains(QStringLiteral("--as")), qPrintable(r.err));
        r = chainkeeper({QStringLiteral("--data-dir"), data, QStringLiteral("recipe"),
                         QStringLiteral("import"), file, QStringLiteral("--as"),
                         QStringLiteral("ada")},
                        "Site-Owner-2026!\n");
        QCOMPARE(r.code, 1); // an administrator is not QA: refused, and the refusal recorded
        QVERIFY2(r.err.contains(QStringLiteral("may not import recipes")), qPrintable(r.err));
        r = chainkeeper(importAs(data, file), "Quality-Pass-7\n");
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("imported car-t-autologous v1")));
        r = chainkeeper(importAs(data, file), "Quality-Pass-7\n");
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("already imported")));
        r = chainkeeper(
            {QStringLiteral("--data-dir"), data, QStringLiteral("recipe"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("car-t-autologous\tv1\tapproved")));
    }

    void badRecipeIsRefusedNamingStepAndField()
    {
        QByteArray bad = TestSite::resource(QStringLiteral("recipes/car-t-rapid.json"));
        bad.replace("\"actionLow\": 2,",
                    "\"actionLow\": 9,"); // temp_arrival: action low above target
        QVERIFY(bad.contains("\"actionLow\": 9,"));
        const QString file = writeFile(dir, QStringLiteral("bad.json"), bad);
        const QString data = siteWithQa(QStringLiteral("bad"));
        QVERIFY(!data.isEmpty());
        Run r = chainkeeper(importAs(data, file), "Quality-Pass-7\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("temp_arrival")) &&
                     r.err.contains(QStringLiteral("actionLow")),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // after the password prompt, one line
        r = chainkeeper(
            {QStringLiteral("--data-dir"), data, QStringLiteral("recipe"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("no recipes")));
    }

    void changedRecipeWithTheSameVersionIsRefused()
    {
        const QString data = siteWithQa(QStringLiteral("changed"));
        QVERIFY(!data.isEmpty());
        QCOMPARE(
            chainkeeper(importAs(data, resourcePath(QStringLiteral("recipes/car-t-rapid.json"))),
                        "Quality-Pass-7\n")
                .code,
            0);
        QByteArray changed = TestSite::resource(QStringLiteral("recipes/car-t-rapid.json"));
        changed.replace("\"maxMinutes\": 45", "\"maxMinutes\": 50");
        Run r = chainkeeper(importAs(data, writeFile(dir, QStringLiteral("changed.json"), changed)),
                            "Quality-Pass-7\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("new version")), qPrintable(r.err));
    }

    void simulateNominalRun()
    {
        Run r = chainkeeper(
            {QStringLiteral("simulate"), resourcePath(QStringLiteral("recipes/car-t-rapid.json")),
             QStringLiteral("--inputs"), writeFile(dir, QStringLiteral("in.json"), kNominalRapid)});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[u"batchState"].toString(), QStringLiteral("complete"));
        QVERIFY(o[u"exceptions"].toArray().isEmpty());
        const QJsonArray steps = o[u"steps"].toArray();
        QCOMPARE(steps.first()[u"id"].toString(), QStringLiteral("coi_check"));
        QJsonObject dose;
        QJsonObject note;
        for (const QJsonValue &s : steps) {
            if (s[u"id"] == QStringLiteral("dose_volume"))
                dose = s.toObject();
            if (s[u"id"] == QStringLiteral("alert_note"))
                note = s.toObject();
        }
        // 1.0e6/kg * 72 kg / (6.5e6/mL * 0.31) = 35.7 mL
        QCOMPARE(dose[u"values"].toArray().first().toDouble(), 35.7);
        QCOMPARE(dose[u"flags"].toArray().first().toString(), QStringLiteral("in_spec"));
        QCOMPARE(note[u"status"].toString(), QStringLiteral("skipped"));
    }

    void simulateReportsExceptionsAndFlags()
    {
        QByteArray in = kNominalRapid;
        in.replace("\"apheresis_volume\": 210", "\"apheresis_volume\": 340");
        in.replace("\"harvest_viability\": 88.0", "\"harvest_viability\": 78.0");
        in.replace("\"qc_comment\": \"\"", "\"qc_comment\": \"\", \"alert_note\": \"checked\"");
        Run r = chainkeeper(
            {QStringLiteral("simulate"), resourcePath(QStringLiteral("recipes/car-t-rapid.json")),
             QStringLiteral("--inputs"), writeFile(dir, QStringLiteral("oos.json"), in)});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray x = o[u"exceptions"].toArray();
        QCOMPARE(x.size(), 1);
        QCOMPARE(x.first()[u"step"].toString(), QStringLiteral("apheresis_volume"));
        QCOMPARE(x.first()[u"kind"].toString(), QStringLiteral("out_of_specification"));
        bool sawAlert = false;
        for (const QJsonValue &s : o[u"steps"].toArray()) {
            if (s[u"id"] == QStringLiteral("harvest_viability"))
                sawAlert = s[u"flags"].toArray().first() == QStringLiteral("alert");
        }
        QVERIFY(sawAlert);
    }

    void simulateStopsWhereAnInputIsMissing()
    {
        QByteArray in = kNominalRapid;
        in.replace("\"moi\": 3,", "");
        Run r = chainkeeper(
            {QStringLiteral("simulate"), resourcePath(QStringLiteral("recipes/car-t-rapid.json")),
             QStringLiteral("--inputs"), writeFile(dir, QStringLiteral("missing.json"), in)});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[u"stoppedAt"][u"step"].toString(), QStringLiteral("moi"));
        QCOMPARE(o[u"batchState"].toString(), QStringLiteral("in_progress"));
    }

    void simulateBadInput_data()
    {
        QTest::addColumn<QByteArray>("inputs");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown step")
            << QByteArray(R"({"no_such_step": 1})") << QStringLiteral("no_such_step");
        QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("not a JSON object");
        QTest::newRow("wrong type")
            << QByteArray(
                   R"({"patient_weight_kg": 72, "dose_per_kg": 1, "receipt_coi_scan": "COI-SIMU-0000-0001",
                       "receipt_din_scan": "=A99992112345600", "bag_integrity": "intact", "temp_arrival": "warm"})")
            << QStringLiteral("not a number");
    }
    void simulateBadInput()
    {
        QFETCH(QByteArray, inputs);
        QFETCH(QString, message);
        Run r = chainkeeper(
            {QStringLiteral("simulate"), resourcePath(QStringLiteral("recipes/car-t-rapid.json")),
             QStringLiteral("--inputs"), writeFile(dir, QStringLiteral("bad-in.json"), inputs)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void simulateWritesNothing()
    {
        const QString data = dir.filePath(QStringLiteral("sim-nothing"));
        chainkeeper({QStringLiteral("--data-dir"), data, QStringLiteral("simulate"),
                     resourcePath(QStringLiteral("recipes/car-t-rapid.json")),
                     QStringLiteral("--inputs"),
                     writeFile(dir, QStringLiteral("n.json"), kNominalRapid)});
        QVERIFY(!QDir(data).exists());
    }

    void verifyNamesTheTamperedEventAndRebuildRestores()
    {
        TestSite site;
        const QString batch = site.importAndCreate(
            TestSite::resource(QStringLiteral("recipes/car-t-rapid.json")), QStringLiteral("V-1"),
            {{QStringLiteral("patient_weight_kg"), 70.0}, {QStringLiteral("dose_per_kg"), 1.0}});
        for (int i = 0; i < 8; ++i)
            QVERIFY(driveActiveStep(site.ws(), site.clock(), batch));
        const qint64 count = site.ws().log().count();
        QVERIFY(count > 10);
        site.close();
        Run r =
            chainkeeper({QStringLiteral("--data-dir"), site.dataDir(), QStringLiteral("verify")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("intact: %1 event(s)").arg(count)),
                 qPrintable(r.out));
        r = chainkeeper({QStringLiteral("--data-dir"), site.dataDir(), QStringLiteral("rebuild")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("identical")));

        QString tampered;
        qint64 seq = 0;
        {
            auto s = Store::open(site.storePath());
            QVERIFY(s);
            QSqlQuery q((*s)->db());
            // The first entry of the batch: a value in the record changed behind the app's back.
            QVERIFY(q.exec(QStringLiteral("SELECT id, seq FROM events WHERE type = "
                                          "'entry.recorded' ORDER BY seq LIMIT 1")) &&
                    q.next());
            tampered = q.value(0).toString();
            seq = q.value(1).toLongLong();
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE events SET new_value = '300 mL' WHERE id = '%1'")
                               .arg(tampered)));
        }
        r = chainkeeper({QStringLiteral("--data-dir"), site.dataDir(), QStringLiteral("verify")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(tampered) && r.err.contains(QStringLiteral("seq %1").arg(seq)),
                 qPrintable(r.err));
    }

    void userCommands()
    {
        const QString data = dir.filePath(QStringLiteral("users"));
        const QStringList d{QStringLiteral("--data-dir"), data, QStringLiteral("user")};
        Run r = chainkeeper(d + QStringList{QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("no users")));
        r = chainkeeper(d + QStringList{QStringLiteral("init"), QStringLiteral("ada"),
                                        QStringLiteral("--name"), QStringLiteral("Ada Admin")},
                        "Site-Owner-2026!\n");
        QCOMPARE(r.code, 0);
        r = chainkeeper(d + QStringList{QStringLiteral("init"), QStringLiteral("bob"),
                                        QStringLiteral("--name"), QStringLiteral("Bob Second")},
                        "Site-Owner-2026!\n");
        QCOMPARE(r.code, 1); // only one first administrator
        const QStringList add =
            d + QStringList{QStringLiteral("add"),     QStringLiteral("jdoe"),
                            QStringLiteral("--name"),  QStringLiteral("Jane Doe"),
                            QStringLiteral("--role"),  QStringLiteral("operator"),
                            QStringLiteral("--badge"), QStringLiteral("B-17")};
        QCOMPARE(chainkeeper(add, "Site-Owner-2026!\nInitial-Secret-9\n").code, 2); // no --as
        r = chainkeeper(add + QStringList{QStringLiteral("--as"), QStringLiteral("ada")},
                        "wrong\nInitial-Secret-9\n");
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        r = chainkeeper(add + QStringList{QStringLiteral("--as"), QStringLiteral("ada")},
                        "Site-Owner-2026!\nInitial-Secret-9\n");
        QCOMPARE(r.code, 0);
        r = chainkeeper(d + QStringList{QStringLiteral("deactivate"), QStringLiteral("jdoe"),
                                        QStringLiteral("--reason"), QStringLiteral("left the site"),
                                        QStringLiteral("--as"), QStringLiteral("ada")},
                        "Site-Owner-2026!\n");
        QCOMPARE(r.code, 0);
        r = chainkeeper(d + QStringList{QStringLiteral("list")});
        QVERIFY2(r.out.contains(QStringLiteral("jdoe\tdeactivated\toperator\tB-17\tJane Doe")),
                 qPrintable(r.out));
        r = chainkeeper({QStringLiteral("--data-dir"), data, QStringLiteral("verify")});
        QCOMPARE(r.code, 0);
        // Neither the store nor its write-ahead log holds a password in clear.
        for (const QString &file :
             {QStringLiteral("/chainkeeper.sqlite"), QStringLiteral("/chainkeeper.sqlite-wal")}) {
            QFile f(data + file);
            if (!f.exists())
                continue;
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(bytes.contains("Jane Doe"));
            QVERIFY(!bytes.contains("Initial-Secret-9"));
            QVERIFY(!bytes.contains("Site-Owner-2026!"));
        }
    }

    void identifyPrintsWhatWasScanned()
    {
        // ICCBBA ST-001 v6.2.2, Appendix A: DIN G1234 17 654321 has check character A (flags 70).
        Run r = chainkeeper({QStringLiteral("identify"), QStringLiteral("=G12341765432170")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[u"kind"].toString(), QStringLiteral("isbt128.din"));
        QCOMPARE(o[u"normalized"].toString(), QStringLiteral("G123417654321"));
        r = chainkeeper({QStringLiteral("identify"), QStringLiteral("=G12341765432171")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("chainkeeper: ")) &&
                     r.err.contains(QStringLiteral("check")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("recipe without sub-command") << QStringList{QStringLiteral("recipe")};
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("recipe"), QStringLiteral("import"),
                           QStringLiteral("/nonexistent.json")};
        QTest::newRow("verify without store") << QStringList{
            QStringLiteral("--data-dir"), QStringLiteral("/nonexistent"), QStringLiteral("verify")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        if (!args.contains(QStringLiteral("--data-dir")))
            args =
                QStringList{QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("usage"))} +
                args;
        Run r = chainkeeper(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("chainkeeper: ")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
