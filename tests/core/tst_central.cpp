// The central server (issue 7, server side): connection URLs, the schema migrations, push, pull,
// flags, roles and TLS, against a real PostgreSQL server that the test starts itself (PgServer).
// The events pushed are made by the real core (a Workstation per terminal), so their hashes are
// the terminals' own.
#include "PgConnection.h"
#include "PgServer.h"
#include "TestSite.h"

#include "execution/BatchManager.h"
#include "people/AccessControl.h"
#include "recipe/RecipeCatalog.h"
#include "site/Workstation.h"
#include "store/EventLog.h"
#include "store/Store.h"
#include "sync/CentralSchema.h"
#include "sync/CentralUrl.h"
#include "sync/SyncClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <memory>
#include <thread>

using namespace ck;

namespace {

// One suite terminal: its own store and chain under its own terminal id, with the test people.
struct SimTerminal
{
    explicit SimTerminal(const QString &terminalId)
    {
        auto w = Workstation::open(Workstation::storePathIn(dir.path()), &clock, terminalId);
        if (!w)
            qFatal("cannot open a terminal store: %s", qPrintable(w.error().message));
        ws = std::move(w).value();
        ws->access().setHashCost({1, size_t(8) << 20});
        TestSite::preparePeople(*ws);
    }
    // A batch order of the rapid recipe for `suite`; returns the batch id.
    QString createBatch(const QString &suite, const QString &orderNo)
    {
        if (recipeId.isEmpty()) {
            auto imported = ws->recipes().importRecipe(
                TestSite::resource(QStringLiteral("recipes/car-t-rapid.json")));
            if (!imported)
                qFatal("recipe refused: %s", qPrintable(imported.error().message));
            recipeId = imported->recipe.id;
            recipeVersion = imported->recipe.version;
        }
        BatchOrder o;
        o.orderNo = orderNo;
        o.recipeId = recipeId;
        o.recipeVersion = recipeVersion;
        o.coiId = TestSite::coi();
        o.patientInitials = QStringLiteral("TT");
        o.suite = suite;
        o.orderData = QJsonObject{{QStringLiteral("patient_weight_kg"), 72.5},
                                  {QStringLiteral("dose_per_kg"), 2.0}};
        auto id = ws->batches().createBatch(o);
        if (!id)
            qFatal("batch refused: %s", qPrintable(id.error().message));
        clock.advanceSeconds(60);
        return *id;
    }
    std::vector<Event> events() { return ws->log().events(); }

    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<Workstation> ws;
    QString recipeId;
    int recipeVersion = 0;
};

// The wire form of ck.push (packaging/central/README.md).
QJsonObject wire(const Event &e)
{
    return SyncClient::eventJson(e);
}

QJsonArray wire(const std::vector<Event> &events, size_t from = 0, size_t to = SIZE_MAX)
{
    QJsonArray a;
    for (size_t i = from; i < std::min(to, events.size()); ++i)
        a.append(wire(events[i]));
    return a;
}

QJsonObject jsonOf(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

// A connection of its own, removed when this goes out of scope.
class Connection : public PgConnection
{
public:
    explicit Connection(const QString &url) : PgConnection(url, QStringLiteral("tst_central_")) {}

    // ck.push as a terminal calls it; the server's answer, or {"sqlError": …} when the call
    // itself failed.
    QJsonObject push(const QJsonArray &events, const QString &terminalNow = {})
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT ck.push(?::jsonb, ?)::text"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(events).toJson(QJsonDocument::Compact)));
        q.addBindValue(terminalNow.isEmpty() ? utcText(QDateTime::currentDateTimeUtc())
                                             : terminalNow);
        if (!q.exec() || !q.next())
            return {{QStringLiteral("sqlError"), q.lastError().text()}};
        return jsonOf(q.value(0));
    }
    QJsonObject pull(qint64 after, int limit)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT ck.pull(?, ?)::text"));
        q.addBindValue(after);
        q.addBindValue(limit);
        if (!q.exec() || !q.next())
            return {{QStringLiteral("sqlError"), q.lastError().text()}};
        return jsonOf(q.value(0));
    }
    // The first column of the first row, or an invalid QVariant with error() set.
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next()) {
            m_error = q.lastError().text();
            return {};
        }
        return q.value(0);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            return false;
        }
        return true;
    }
};

QString resultText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TestCentral : public QObject
{
    Q_OBJECT

private:
    // A new database with the schema, owned by a non-superuser administrator (CREATEROLE), as a
    // site would set it up; its URL.
    QString freshCentral();
    struct Terminal
    {
        QString name;
        QString password;
        QString url;
    };
    Terminal addTerminal(const QString &adminUrl, const QString &name, const QStringList &suites);
    qint64 countEvents(const QString &adminUrl, const QString &terminal = {});

    std::unique_ptr<PgServer> m_pg;
    int m_databases = 0;

private Q_SLOTS:
    void initTestCase();
    void urlParses_data();
    void urlParses();
    void urlRefused_data();
    void urlRefused();
    void initCreatesUpgradesAndRefusesNewer();
    void addTerminalAndList();
    void pushStoresExactlyAndIsIdempotent();
    void gapRefusedAndFlagsUntilCleared();
    void forkRefused();
    void tamperedEventRefused_data();
    void tamperedEventRefused();
    void refusalStoresNothingOfTheCall_data();
    void refusalStoresNothingOfTheCall();
    void pullGivesOtherTerminalsEventsOfItsSuites();
    void terminalRoleCannotTouchTables_data();
    void terminalRoleCannotTouchTables();
    void eventsAreAppendOnlyEvenForTheOwner();
    void pushKilledMidWayStoresNothingAndRetrySucceeds();
    void serverRestartMidSync();
    void clockOffsetRecorded();
    void commandLine();
    void tlsVerifyFull();
};

void TestCentral::initTestCase()
{
    if (!PgServer::unavailableReason().isEmpty()) {
        qWarning("*** %s: the central-server tests will be SKIPPED ***",
                 qPrintable(PgServer::unavailableReason()));
        return;
    }
    m_pg = std::make_unique<PgServer>();
    QVERIFY2(m_pg->start(), qPrintable(m_pg->lastError()));
    QVERIFY2(m_pg->exec(QStringLiteral("CREATE ROLE ck_admin LOGIN CREATEROLE CREATEDB PASSWORD "
                                       "'admin-pw'")),
             qPrintable(m_pg->lastError()));
}

QString TestCentral::freshCentral()
{
    const QString db = QStringLiteral("central_%1").arg(++m_databases);
    if (!m_pg->exec(QStringLiteral("CREATE DATABASE %1 OWNER ck_admin ENCODING 'UTF8' TEMPLATE "
                                   "template0")
                        .arg(db)))
        qFatal("cannot create database: %s", qPrintable(m_pg->lastError()));
    const QString url = m_pg->urlFor(QStringLiteral("ck_admin"), QStringLiteral("admin-pw"), db);
    Connection c(url);
    if (!c.isOpen())
        qFatal("cannot connect as ck_admin: %s", qPrintable(c.error()));
    const Result<CentralSchema::InitReport> r = CentralSchema(c.db()).init();
    if (!r)
        qFatal("init failed: %s", qPrintable(r.error().message));
    return url;
}

TestCentral::Terminal TestCentral::addTerminal(const QString &adminUrl, const QString &name,
                                               const QStringList &suites)
{
    Connection c(adminUrl);
    const Result<QString> pw = CentralSchema(c.db()).addTerminal(name, suites);
    if (!pw)
        qFatal("add-terminal failed: %s", qPrintable(pw.error().message));
    const QString db = CentralUrl::parse(adminUrl)->database;
    return {name, *pw, m_pg->urlFor(CentralSchema::roleFor(name), *pw, db)};
}

qint64 TestCentral::countEvents(const QString &adminUrl, const QString &terminal)
{
    Connection c(adminUrl);
    const QString where =
        terminal.isEmpty() ? QString() : QStringLiteral(" WHERE terminal_id = '%1'").arg(terminal);
    return c.scalar(QStringLiteral("SELECT count(*) FROM ck.events") + where).toLongLong();
}

#define REQUIRE_SERVER()                                                                           \
    do {                                                                                           \
        CK_REQUIRE_POSTGRES();                                                                     \
        QVERIFY(m_pg && m_pg->isRunning());                                                        \
    } while (false)

void TestCentral::urlParses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("options");

    QTest::newRow("minimal") << "postgresql://db.example.org/ck"
                             << "db.example.org" << 5432 << "ck"
                             << ""
                             << ""
                             << "";
    QTest::newRow("postgres scheme, port, user") << "postgres://ck_admin@10.0.0.5:6543/central"
                                                 << "10.0.0.5" << 6543 << "central"
                                                 << "ck_admin"
                                                 << ""
                                                 << "";
    QTest::newRow("password percent-encoded")
        << "postgresql://ck_term_s1:p%40ss%3Aw%2Fd@localhost:5433/ck"
        << "localhost" << 5433 << "ck"
        << "ck_term_s1"
        << "p@ss:w/d"
        << "";
    QTest::newRow("tls settings")
        << "postgresql://u@localhost/ck?sslmode=verify-full&sslrootcert=/etc/ck/ca.crt"
           "&connect_timeout=5"
        << "localhost" << 5432 << "ck"
        << "u"
        << ""
        << "sslmode='verify-full';sslrootcert='/etc/ck/ca.crt';connect_timeout='5'";
    QTest::newRow("client certificate, path with space")
        << "postgresql://u@h/ck?sslmode=require&sslcert=/etc/ck/my%20cert.crt&sslkey=/k.key"
        << "h" << 5432 << "ck"
        << "u"
        << ""
        << "sslmode='require';sslcert='/etc/ck/my cert.crt';sslkey='/k.key'";
    QTest::newRow("ipv6 and keepalives")
        << "postgresql://u@[::1]:5432/ck?keepalives_idle=10&tcp_user_timeout=5000"
        << "::1" << 5432 << "ck"
        << "u"
        << ""
        << "keepalives_idle='10';tcp_user_timeout='5000'";
    QTest::newRow("no database") << "postgresql://u@h:1234"
                                 << "h" << 1234 << ""
                                 << "u"
                                 << ""
                                 << "";
}

void TestCentral::urlParses()
{
    QFETCH(QString, url);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, options);
    const Result<CentralUrl> c = CentralUrl::parse(url);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QCOMPARE(c->host, host);
    QCOMPARE(c->port, port);
    QCOMPARE(c->database, database);
    QCOMPARE(c->user, user);
    QCOMPARE(c->password, password);
    QCOMPARE(c->connectOptions(), options);
    // What is shown in logs and messages never carries the password.
    if (!password.isEmpty())
        QVERIFY(!c->display().contains(password));
}

void TestCentral::urlRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");
    QTest::newRow("other scheme") << "mysql://u@h/ck"
                                  << "must start with postgresql://";
    QTest::newRow("typo in sslmode key") << "postgresql://u@h/ck?sslmod=verify-full"
                                         << "unknown setting 'sslmod'";
    QTest::newRow("bad sslmode") << "postgresql://u@h/ck?sslmode=verify"
                                 << "sslmode must be one of";
    QTest::newRow("bad timeout") << "postgresql://u@h/ck?connect_timeout=soon"
                                 << "connect_timeout must be a whole number";
    QTest::newRow("semicolon") << "postgresql://u@h/ck?sslrootcert=/a;sslmode=disable"
                               << "must not contain ';'";
    QTest::newRow("two hosts") << "postgresql://u@h1,h2/ck"
                               << "";
    QTest::newRow("path") << "postgresql://u@h/ck/more"
                          << "just the database name";
    QTest::newRow("password hidden") << "postgresql://u:secret@h/ck?nope=1"
                                     << "unknown setting 'nope'";
}

void TestCentral::urlRefused()
{
    QFETCH(QString, url);
    QFETCH(QString, reason);
    const Result<CentralUrl> c = CentralUrl::parse(url);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().kind, Error::Kind::BadInput);
    QVERIFY2(c.error().message.contains(reason), qPrintable(c.error().message));
    QVERIFY2(!c.error().message.contains(QLatin1String("secret")), qPrintable(c.error().message));
}

void TestCentral::initCreatesUpgradesAndRefusesNewer()
{
    REQUIRE_SERVER();
    QVERIFY(m_pg->exec(QStringLiteral("CREATE DATABASE init_test OWNER ck_admin ENCODING 'UTF8' "
                                      "TEMPLATE template0")));
    const QString url =
        m_pg->urlFor(QStringLiteral("ck_admin"), QStringLiteral("admin-pw"), "init_test");
    Connection c(url);
    QVERIFY2(c.isOpen(), qPrintable(c.error()));
    CentralSchema schema(c.db());
    QCOMPARE(*schema.version(), 0);

    const Result<CentralSchema::InitReport> first = schema.init();
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(first->from, 0);
    QCOMPARE(first->to, CentralSchema::latestVersion());
    // The schema belongs to the administrator who ran init.
    QCOMPARE(c.scalar(QStringLiteral("SELECT nspowner::regrole::text FROM pg_namespace WHERE "
                                     "nspname = 'ck'"))
                 .toString(),
             QStringLiteral("ck_admin"));

    // Again: nothing to do, nothing changed.
    const Result<CentralSchema::InitReport> again = schema.init();
    QVERIFY(again.ok());
    QCOMPARE(again->from, CentralSchema::latestVersion());
    QCOMPARE(again->to, CentralSchema::latestVersion());
    QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM ck.schema_version")).toInt(),
             CentralSchema::latestVersion());

    // A server that a newer Chainkeeper upgraded is refused, and left as it was.
    QVERIFY(c.exec(QStringLiteral("INSERT INTO ck.schema_version (version, description) VALUES "
                                  "(999, 'from the future')")));
    const Result<CentralSchema::InitReport> newer = schema.init();
    QVERIFY(!newer.ok());
    QVERIFY2(newer.error().message.contains(QLatin1String("newer than this program knows")),
             qPrintable(newer.error().message));
    QCOMPARE(*schema.version(), 999);

    // A database that is not UTF8 would hash differently: refused before anything is created.
    QVERIFY(m_pg->exec(QStringLiteral("CREATE DATABASE latin OWNER ck_admin ENCODING 'LATIN1' "
                                      "LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")));
    Connection latin(m_pg->urlFor(QStringLiteral("ck_admin"), QStringLiteral("admin-pw"), "latin"));
    const Result<CentralSchema::InitReport> refused = CentralSchema(latin.db()).init();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("UTF8")),
             qPrintable(refused.error().message));
    QCOMPARE(*CentralSchema(latin.db()).version(), 0);
}

void TestCentral::addTerminalAndList()
{
    REQUIRE_SERVER();
    const QString admin = freshCentral();
    const Terminal t = addTerminal(admin, QStringLiteral("Suite-A.1"), {"Suite A", "QC"});
    QCOMPARE(CentralSchema::roleFor(t.name), QStringLiteral("ck_term_suite_a_1"));
    QVERIFY(t.password.size() >= 32);

    // The role logs in with the password printed once, and the server keeps only a SCRAM
    // verifier.
    Connection term(t.url);
    QVERIFY2(term.isOpen(), qPrintable(term.error()));
    Connection c(admin);
    const QString stored =
        m_pg->exec(QStringLiteral("SELECT 1")) ? QString() : QString(); // keep the server warm
    Q_UNUSED(stored);
    Connection super(m_pg->url());
    const QString verifier = super
                                 .scalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE "
                                                        "rolname = 'ck_term_suite_a_1'"))
                                 .toString();
    QVERIFY2(verifier.startsWith(QLatin1String("SCRAM-SHA-256$4096:")), qPrintable(verifier));
    QVERIFY(!verifier.contains(t.password));

    // A second terminal of the same name is refused.
    const Result<QString> again =
        CentralSchema(c.db()).addTerminal(QStringLiteral("Suite-A.1"), {"Suite A"});
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(QLatin1String("already exists")));
    QVERIFY(!CentralSchema(c.db()).addTerminal(QStringLiteral("bad name;"), {"A"}).ok());
    QVERIFY(!CentralSchema(c.db()).addTerminal(QStringLiteral("NoSuite"), {}).ok());

    const Result<QList<CentralTerminal>> list = CentralSchema(c.db()).terminals();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().name, QStringLiteral("Suite-A.1"));
    QCOMPARE(list->first().suites, (QStringList{"Suite A", "QC"}));
    QVERIFY(list->first().lastPushAt.isEmpty());
    QVERIFY(!list->first().flagged);
}

void TestCentral::pushStoresExactlyAndIsIdempotent()
{
    REQUIRE_SERVER();
    const QString admin = freshCentral();
    const Terminal t = addTerminal(admin, QStringLiteral("T-EXACT"), {"Suite 1"});
    SimTerminal sim(t.name);
    sim.createBatch(QStringLiteral("Suite 1"), QStringLiteral("O-1"));
    const std::vector<Event> events = sim.events();
    QVERIFY(events.size() > 10);
    const qint64 n = static_cast<qint64>(events.size());

    Connection term(t.url);
    QVERIFY2(term.isOpen(), qPrintable(term.error()));
    // In two calls, the second overlapping the first: the overlap counts as duplicates.
    QJsonObject r = term.push(wire(events, 0, 6));
    QVERIFY2(r[u"ok"].toBool(), qPrintable(resultText(r)));
    QCOMPARE(r[u"accepted"].toInteger(), 6);
    r = term.push(wire(events, 3));
    QVERIFY2(r[u"ok"].toBool(), qPrintable(resultText(r)));
    QCOMPARE(r[u"accepted"].toInteger(), n - 6);
    QCOMPARE(r[u"duplicates"].toInteger(), 3);
    QCOMPARE(r[u"lastSeq"].toInteger(), n);
    QVERIFY(r[u"serverTime"].toString().endsWith(QLatin1Char('Z')));

    // Everything again: all duplicates, nothing stored twice.
    r = term.push(wire(events));
    QVERIFY2(r[u"ok"].toBool(), qPrintable(resultText(r)));
    QCOMPARE(r[u"accepted"].toInteger(), 0);
    QCOMPARE(r[u"duplicates"].toInteger(), n);
    QCOMPARE(countEvents(admin), n);

    // Stored exactly as the terminal made them, byte for byte.
    Connection c(admin);
    QSqlQuery q(c.db());
    QVERIFY(q.exec(QStringLiteral("SELECT id::text, terminal_id, seq, utc, actor, type, batch_id, "
                                  "reason, old_value, new_value, payload, prev_hash, hash FROM "
                                  "ck.events ORDER BY server_pos")));
    size_t i = 0;
    while (q.next()) {
        const Event &e = events.at(i++);
        QCOMPARE(q.value(0).toString(), e.id);
        QCOMPARE(q.value(1).toString(), e.terminalId);
        QCOMPARE(q.value(2).toLongLong(), e.seq);
        QCOMPARE(q.value(3).toString(), e.utc);
        QCOMPARE(q.value(4).toString(), e.actor);
        QCOMPARE(q.value(5).toString(), e.type);
        QCOMPARE(q.value(6).toString(), e.batchId);
        QCOMPARE(q.value(7).toString(), e.reason);
        QCOMPARE(q.value(8).toString(), e.oldValue);
        QCOMPARE(q.value(9).toString(), e.newValue);
        QCOMPARE(q.value(10).toString().toUtf8(), e.payload);
        QCOMPARE(q.value(11).toString().toLatin1(), e.prevHash);
        QCOMPARE(q.value(12).toString().toLatin1(), e.hash);
    }
    QCOMPARE(i, events.size());

    // The server knows where the terminal's chain ends.
    const QJsonObject last = jsonOf(term.scalar(QStringLiteral("SELECT ck.last_pushed()::text")));
    QCOMPARE(last[u"terminal"].toString(), t.name);
    QCOMPARE(last[u"lastSeq"].toInteger(), n);
    QCOMPARE(last[u"lastHash"].toString().toLatin1(), events.back().hash);
}

void TestCentral::gapRefusedAndFlagsUntilCleared()
{
    REQUIRE_SERVER();
    const QString admin = freshCentral();
    const Terminal t = addTerminal(admin, QStringLiteral("T-GAP"), {"Suite 1"});
    SimTerminal sim(t.name);
    const std::vector<Event> events = sim.events();
    Connection term(t.url);
    QVERIFY(term.push(wire(events, 0, 5))[u"ok"].toBool());

    // Seq 7 after 5: refused, naming what was expected.
    QJsonObject r = term.push(wire(events, 6, 8));
    QVERIFY(!r[u"ok"].toBool());
    QCOMPARE(r[u"code"].toString(), QStringLiteral("gap"));
    QVERIFY2(r[u"error"].toString().contains(QLatin1String("expected seq 6, got 7")),
             qPrintable(resultText(r)));
    QCOMPARE(countEvents(admin), 5);

    // Flagged: even the right next event is refused until an administrator clears the flag.
    r = term.push(wire(events, 5, 8));
    QCOMPARE(r[u"code"].toString(), QStringLiteral("flagged"));
    QVERIFY2(r[u"error"].toString().contains(QLatin1String("expected seq 6, got 7")),
             qPrintable(resultText(r)));
    Connection c(admin);
    const Result<QList<CentralTerminal>> list = CentralSchema(c.db()).terminals();
    QVERIFY(list->first().flagged);
    QVERIFY(list->first().flagReason.contains(QLatin1String("expected seq 6, got 7")));

    const Result<bool> cleared = CentralSchema(c.db()).clearFlag(t.name);
    QVERIFY(cleared.ok() && *cleared);
    QVERIFY(!CentralSchema(c.db()).clearFlag(QStringLiteral("T-NONE")).ok());
    r = term.push(wire(events, 5));
    QVERIFY2(r[u"ok"].toBool(), qPrintable(resultText(r)));
    QCOMPARE(countEvents(admin), static_cast<qint64>(events.size()));
    // The flag and its clearing stay on record.
    QCOMPARE(c.scalar(QStringLiteral("SELECT string_agg(action, ',' ORDER BY at) FROM "
                                     "ck.flag_history"))
                 .toString(),
             QStringLiteral("flagged,cleared"));
}

void TestCentral::forkRefused()
{
    REQUIRE_SERVER();
    const QString admin = freshCentral();
    const Terminal t = addTerminal(admin, QStringLiteral("T-FORK"), {"Suite 1"});
    // Two stores with the same terminal id: two different chains (a store restored from an old
    // backup, or a cloned disk).
    SimTerminal one(t.name);
    SimTerminal two(t.name);
    two.createBatch(QStringLiteral("Suite 1"), QStringLiteral("O-2"));
    const std::vector<Event> a = one.events();
    const std::vector<Event> b = two.events();
    Connection term(t.url);
    QVERIFY(term.push(wire(a))[u"ok"].toBool());
    Connection c(admin);

    // The other chain's event at an already stored seq: a fork.
    QJsonObject r = term.push(wire(b, 0, 3));
    QCOMPARE(r[u"code"].toString(), QStringLiteral("fork"));
    QVERIFY2(r[u"error"].toString().contains(QLatin1String("forked")), qPrintable(resultText(r)));
    QVERIFY(CentralSchema(c.db()).clearFlag(t.name).ok());

    // The other chain's continuation: right seq, but it links to a hash the server never had.
    r = term.push(wire(b, a.size(), a.size() + 2));
    QCOMPARE(r[u"code"].toString(), QStringLiteral("fork"));
    QVERIFY2(r[u"error"].toString().contains(QLatin1String("does not match the last stored hash")),
             qPrintable(resultText(r)));
    QVERIFY(CentralSchema(c.db()).clearFlag(t.name).ok());

    // The same id again with other content (and a hash made for it): a fork too.
    Event changed = a.at(2);
    changed.reason = QStringLiteral("rewritten");
    changed.hash = changed.computeHash();
    r = term.push(QJsonArray{wire(changed)});
    QCOMPARE(r[u"code"].toString(), QStringLiteral("fork"));
    QVERIFY2(r[u"error"].toString().contains(QLatin1String("already stored with a different hash")),
             qPrintable(resultText(r)));
    QCOMPARE(countEvents(admin), static_cast<qint64>(a.size()));
}

void TestCentral::tamperedEventRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("payload") << "payload"
                             << "{\"n\":2}";
    QTest::newRow("actor") << "actor"
                           << "someone.else";
    QTest::newRow("utc") << "utc"
                         << "2020-01-01T00:00:00.000Z";
    QTest::newRow("batch") << "batch"
                           << "B-OTHER";
    QTest::newRow("new value") << "new"
                               << "42";
    QTest::newRow("type") << "type"
                          << "x.tampered";
}

void TestCentral::tamperedEventRefused()
{
    REQUIRE_SERVER();
    QFETCH(QString, field);
    QFETCH(QString, value);
    const QString admin = freshCentral();
    const Terminal t =
        addTerminal(admin,
                    QStringLiteral("T-TAMPER-") + QString::fromLatin1(QTest::currentDataTag())
                                                      .replace(QLatin1Char(' '), QLatin1Char('-')),
                    {"Suite 1"});
    SimTerminal sim(t.name);
    const std::vector<Event> events = sim.events();
    Connection term(t.url);
    QVERIFY(term.push(wire(events, 0, 3))[u"ok"].toBool());

    // A local database edited after the fact: the event's content no longer gives its hash.
    QJsonArray rest = wire(events, 3, 8);
    QJsonObject e = rest.at(1).toObject();
    e[field] = value;
    rest[1] = e;
    const QJsonObject r = term.push(rest);
    QVERIFY(!r[u"ok"].toBool());
    QCOMPARE(r[u"code"].toString(), QStringLiteral("hash"));
    QCOMPARE(r[u"error"].toString(),
             QStringLiteral("event %1 (seq %2): content does not match its hash")
                 .arg(events.at(4).id)
                 .arg(events.at(4).seq));
    QCOMPARE(countEvents(admin), 3);
}

void TestCentral::refusalStoresNothingOfTheCall_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("gap") << "gap";
    QTest::newRow("hash") << "hash";
    QTest::newRow("fork") << "fork";
    QTest::newRow("foreign_terminal") << "foreign_terminal";
}

void TestCentral::refusalStoresNothingOfTheCall()
{
    REQUIRE_SERVER();
    QFETCH(QString, kind);
    const QString admin = freshCentral();
    const QString name = QStringLiteral("T-NOTHING-") + kind.left(4);
    const Terminal t = addTerminal(admin, name, {"Suite 1"});
    const Terminal other = addTerminal(admin, name + QStringLiteral("-B"), {"Suite 1"});
    SimTerminal sim(t.name);
    SimTerminal otherSim(other.name);
    std::vector<Event> events = sim.events();
    Connection term(t.url);
    QVERIFY(term.push(wire(events, 0, 2))[u"ok"].toBool());

    // Good events first, the bad one last: none of them is stored.
    QJsonArray call = wire(events, 2, 9);
    if (kind == QLatin1String("gap")) {
        call.removeAt(5);
    } else if (kind == QLatin1String("hash")) {
        QJsonObject e = call.last().toObject();
        e[QStringLiteral("reason")] = QStringLiteral("changed");
        call[call.size() - 1] = e;
    } else if (kind == QLatin1String("fork")) {
        QJsonObject e = call.last().toObject();
        e[QStringLiteral("prev")] = QString(64, QLatin1Char('a'));
        call[call.size() - 1] = e;
    } else {
        call.append(wire(otherSim.events().front()));
    }
    const QJsonObject r = term.push(call);
    QVERIFY(!r[u"ok"].toBool());
    QCOMPARE(r[u"code"].toString(), kind);
    if (kind == QLatin1String("foreign_terminal"))
        QCOMPARE(r[u"error"].toString(), QStringLiteral("terminal %1 cannot push events of "
                                                        "terminal %2")
                                             .arg(t.name, other.name));
    QCOMPARE(countEvents(admin), 2);
    Connection c(admin);
    QCOMPARE(
        c.scalar(QStringLiteral("SELECT last_seq FROM ck.terminals WHERE name = '%1'").arg(t.name))
            .toLongLong(),
        2);
    QVERIFY(CentralSchema(c.db()).terminals()->first().flagged);
    QCOMPARE(term.push(wire(events, 2))[u"code"].toString(), QStringLiteral("flagged"));
}

void TestCentral::pullGivesOtherTerminalsEventsOfItsSuites()
{
    REQUIRE_SERVER();
    const QString admin = freshCentral();
    const Terminal a = addTerminal(admin, QStringLiteral("T-SUITE1"), {"Suite 1"});
    const Terminal b = addTerminal(admin, QStringLiteral("T-SUITE2"), {"Suite 2"});
    const Terminal sup = addTerminal(admin, QStringLiteral("T-SUPER"), {"Suite 1", "Suite 2"});
    SimTerminal simA(a.name);
    SimTerminal simB(b.name);
    SimTerminal simSup(sup.name);
    const QString batch1 = simA.createBatch(QStringLiteral("Suite 1"), QStringLiteral("O-1"));
    const QString batch2 = simB.createBatch(QStringLiteral("Suite 2"), QStringLiteral("O-2"));
    Connection ca(a.url), cb(b.url), cs(sup.url);
    QVERIFY(ca.push(wire(simA.events()))[u"ok"].toBool());
    QVERIFY(cb.push(wire(simB.events()))[u"ok"].toBool());
    QVERIFY(cs.push(wire(simSup.events()))[u"ok"].toBool());

    const auto pullAll = [](Connection &c, int limit, int *calls) {
        QJsonArray all;
        qint64 cursor = 0;
        for (*calls = 0;; ++*calls) {
            const QJsonObject page = c.pull(cursor, limit);
            if (page.contains(u"sqlError"))
                qFatal("pull failed: %s", qPrintable(resultText(page)));
            for (const QJsonValue &v : page[u"events"].toArray())
                all.append(v);
            if (page[u"cursor"].toInteger() < cursor)
                qFatal("the cursor went back");
            cursor = page[u"cursor"].toInteger();
            if (!page[u"more"].toBool())
                break;
        }
        return all;
    };

    // Suite 2's terminal: master data of the others, and nothing of batch 1.
    int calls = 0;
    const QJsonArray toB = pullAll(cb, 1000, &calls);
    QCOMPARE(calls, 0);
    QVERIFY(!toB.isEmpty());
    qint64 lastPos = 0;
    for (const QJsonValue &v : toB) {
        const QJsonObject e = v.toObject();
        QVERIFY(e[u"terminal"].toString() != b.name);
        QVERIFY2(e[u"batch"].toString().isEmpty(), qPrintable(resultText(e)));
        QVERIFY(e[u"pos"].toInteger() > lastPos);
        lastPos = e[u"pos"].toInteger();
    }
    // The supervisor's terminal sees both batches, none of its own events, in server order; a
    // small page size gives the same events through the cursor.
    const QJsonArray toSup = pullAll(cs, 1000, &calls);
    int calls7 = 0;
    const QJsonArray toSupPaged = pullAll(cs, 7, &calls7);
    QVERIFY(calls7 > 3);
    QCOMPARE(toSupPaged, toSup);
    QSet<QString> batches;
    for (const QJsonValue &v : toSup) {
        QVERIFY(v.toObject()[u"terminal"].toString() != sup.name);
        batches.insert(v.toObject()[u"batch"].toString());
    }
    QVERIFY(batches.contains(batch1));
    QVERIFY(batches.contains(batch2));
    QCOMPARE(qint64(toSup.size()), qint64(simA.events().size() + simB.events().size()));

    // What a terminal pulls is what the other terminal hashed: the event verifies as is.
    const QJsonObject first = toSup.first().toObject();
    Event e;
    e.id = first[u"id"].toString();
    e.terminalId = first[u"terminal"].toString();
    e.seq = first[u"seq"].toInteger();
    e.utc = first[u"utc"].toString();
    e.actor = first[u"actor"].toString();
    e.type = first[u"type"].toString();
    e.batchId = first[u"batch"].toString();
    e.reason = first[u"reason"].toString();
    e.oldValue = first[u"old"].toString();
    e.newValue = first[u"new"].toString();
    e.payload = first[u"payload"].toString().toUtf8();
    e.prevHash = first[u"prev"].toString().toLatin1();
    e.hash = first[u"hash"].toString().toLatin1();
    QCOMPARE(e.computeHash(), e.hash);

    // A batch moved to Suite 2: its later events go to Suite 2's terminal.
    EventDraft move;
    move.actor = TestSite::actor();
    move.type = QStringLiteral("batch.moved");
    move.batchId = batch1;
    move.payload = QJsonObject{{QStringLiteral("suite"), QStringLiteral("Suite 2")}};
    const Result<Event> moved = simA.ws->log().record(move);
    QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
    QVERIFY(ca.push(QJsonArray{wire(*moved)})[u"ok"].toBool());
    const QJsonObject afterMove = cb.pull(lastPos, 100);
    QCOMPARE(afterMove[u"events"].toArray().size(), 1);
    QCOMPARE(afterMove[u"events"].toArray().first().toObject()[u"id"].toString(), moved->id);
}

void TestCentral::terminalRoleCannotTouchTables_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("select events") << "SELECT count(*) FROM ck.events";
    QTest::newRow("select terminals") << "SELECT count(*) FROM ck.terminals";
    QTest::newRow("select batch_suites") << "SELECT count(*) FROM ck.batch_suites";
    QTest::newRow("insert events")
        << "INSERT INTO ck.events (id, terminal_id, seq, utc) VALUES (gen_random_uuid(), "
           "'T-SEC', 99, '')";
    QTest::newRow("update events") << "UPDATE ck.events SET reason = 'x'";
    QTest::newRow("delete events") << "DELETE FROM ck.events";
    QTest::newRow("truncate events") << "TRUNCATE ck.events";
    QTest::newRow("update own terminal") << "UPDATE ck.terminals SET flagged = false";
    QTest::newRow("delete terminals") << "DELETE FROM ck.terminals";
    QTest::newRow("insert batch_suites") << "INSERT INTO ck.batch_suites VALUES ('B', 'Suite 9')";
    QTest::newRow("clear_flag") << "SELECT ck.clear_flag('T-SEC')";
    QTest::newRow("sequence") << "SELECT nextval('ck.events_server_pos_seq')";
    QTest::newRow("create in ck") << "CREATE TABLE ck.mine (x int)";
    QTest::newRow("create function in ck")
        << "CREATE FUNCTION ck.event_hash(text) RETURNS text LANGUAGE sql AS 'SELECT $1'";
    QTest::newRow("event_hash") << "SELECT ck.event_hash('','',1,'','','','','','','','','')";
}

void TestCentral::terminalRoleCannotTouchTables()
{
    REQUIRE_SERVER();
    QFETCH(QString, sql);
    static QString admin;
    static Terminal t;
    if (admin.isEmpty()) {
        admin = freshCentral();
        t = addTerminal(admin, QStringLiteral("T-SEC"), {"Suite 1"});
        SimTerminal sim(t.name);
        Connection term(t.url);
        QVERIFY(term.push(wire(sim.events()))[u"ok"].toBool());
    }
    const qint64 before = countEvents(admin);
    Connection term(t.url);
    QVERIFY2(term.isOpen(), qPrintable(term.error()));
    QSqlQuery q(term.db());
    QVERIFY2(!q.exec(sql), "a terminal's role did what only the server's functions may do");
    QVERIFY2(q.lastError().text().contains(QLatin1String("permission denied")),
             qPrintable(q.lastError().text()));
    QCOMPARE(countEvents(admin), before);
    Connection c(admin);
    QVERIFY(!CentralSchema(c.db()).terminals()->first().flagged);
}

void TestCentral::eventsAreAppendOnlyEvenForTheOwner()
{
    REQUIRE_SERVER();
    const QString admin = freshCentral();
    const Terminal t = addTerminal(admin, QStringLiteral("T-APPEND"), {"Suite 1"});
    SimTerminal sim(t.name);
    Connection term(t.url);
    QVERIFY(term.push(wire(sim.events()))[u"ok"].toBool());
    Connection c(admin);
    for (const char *sql : {"UPDATE ck.events SET reason = 'x'", "DELETE FROM ck.events",
                            "TRUNCATE ck.events", "DELETE FROM ck.flag_history"}) {
        QVERIFY2(!c.exec(QString::fromLatin1(sql)), sql);
        QVERIFY2(c.error().contains(QLatin1String("append-only")), qPrintable(c.error()));
    }
    QCOMPARE(countEvents(admin), static_cast<qint64>(sim.events().size()));
}

void TestCentral::pushKilledMidWayStoresNothingAndRetrySucceeds()
{
    REQUIRE_SERVER();
    const QString admin = freshCentral();
    const Terminal t = addTerminal(admin, QStringLiteral("T-KILLED"), {"Suite 1"});
    SimTerminal sim(t.name);
    sim.createBatch(QStringLiteral("Suite 1"), QStringLiteral("O-K"));
    // A day of entries, so that one push is long enough to be killed in the middle.
    const Status recorded = sim.ws->store().transaction([&]() -> Status {
        for (int i = 0; i < 4000; ++i) {
            EventDraft d;
            d.actor = TestSite::actor();
            d.type = QStringLiteral("test.entry");
            d.newValue = QString::number(i);
            d.payload = QJsonObject{{QStringLiteral("n"), i},
                                    {QStringLiteral("note"), QStringLiteral("é ✓ \"quoted\"")}};
            if (Result<Event> e = sim.ws->log().record(d); !e)
                return e.error();
        }
        return {};
    });
    QVERIFY(recorded.ok());
    const std::vector<Event> events = sim.events();
    const QString role = CentralSchema::roleFor(t.name);
    Connection c(admin);
    Connection watcher(m_pg->url(CentralUrl::parse(admin)->database));

    // Kill each call at a later point of its work: while it runs, nothing of it is visible; after
    // the kill either all of the call is stored or none, and the retry completes it.
    const size_t chunk = 700;
    int killedMidCall = 0;
    size_t stored = 0;
    for (int round = 0; stored < events.size(); ++round) {
        const size_t end = std::min(events.size(), stored + chunk);
        const QJsonArray call = wire(events, stored, end);
        QJsonObject answer;
        std::atomic<bool> started = false;
        std::atomic<bool> done = false;
        std::thread pusher([&] {
            Connection term(t.url);
            started = true;
            answer = term.push(call);
            done = true;
        });
        while (!started)
            QThread::msleep(1);
        // Kill the call from the connection already open, as soon as it runs (a little later
        // each round): opening a new connection to kill it takes longer than the call itself on
        // a slow (sanitized, loaded) machine.
        QThread::msleep(static_cast<unsigned long>((round % 3) * 2));
        while (!done) {
            if (watcher
                    .scalar(QStringLiteral("SELECT count(*) FILTER (WHERE "
                                           "pg_terminate_backend(pid)) FROM pg_stat_activity "
                                           "WHERE usename = '%1' AND state = 'active'")
                                .arg(role))
                    .toInt() > 0)
                break;
        }
        pusher.join();
        if (answer.contains(u"sqlError"))
            ++killedMidCall;

        const qint64 count = countEvents(admin);
        QVERIFY2(count == qint64(stored) || count == qint64(end),
                 qPrintable(QStringLiteral("round %1: %2 events stored, expected %3 or %4")
                                .arg(round)
                                .arg(count)
                                .arg(stored)
                                .arg(end)));
        Connection again(t.url);
        const QJsonObject last =
            jsonOf(again.scalar(QStringLiteral("SELECT ck.last_pushed()::text")));
        QCOMPARE(last[u"lastSeq"].toInteger(), count);
        QVERIFY(!last[u"flagged"].toBool());
        const QJsonObject r = again.push(call);
        QVERIFY2(r[u"ok"].toBool(), qPrintable(resultText(r)));
        QCOMPARE(r[u"accepted"].toInteger() + r[u"duplicates"].toInteger(), qint64(end - stored));
        stored = end;
    }
    QVERIFY2(killedMidCall >= 2, "the kills never hit a push in progress");
    QCOMPARE(countEvents(admin), static_cast<qint64>(events.size()));
    QCOMPARE(c.scalar(QStringLiteral("SELECT count(DISTINCT id) = count(*) AND max(seq) = "
                                     "count(*) FROM ck.events"))
                 .toBool(),
             true);
    QCOMPARE(c.scalar(QStringLiteral("SELECT suite FROM ck.batch_suites")).toString(),
             QStringLiteral("Suite 1"));
}

void TestCentral::serverRestartMidSync()
{
    REQUIRE_SERVER();
    const QString admin = freshCentral();
    const Terminal t = addTerminal(admin, QStringLiteral("T-RESTART"), {"Suite 1"});
    SimTerminal sim(t.name);
    const std::vector<Event> events = sim.events();
    {
        Connection term(t.url);
        QVERIFY(term.push(wire(events, 0, 4))[u"ok"].toBool());
        m_pg->stop();
        QVERIFY(term.push(wire(events, 4)).contains(u"sqlError"));
        QVERIFY2(m_pg->start(), qPrintable(m_pg->lastError()));
    }
    Connection term(t.url);
    QVERIFY2(term.isOpen(), qPrintable(term.error()));
    const QJsonObject last = jsonOf(term.scalar(QStringLiteral("SELECT ck.last_pushed()::text")));
    QCOMPARE(last[u"lastSeq"].toInteger(), 4);
    const QJsonObject r = term.push(wire(events, 4));
    QVERIFY2(r[u"ok"].toBool(), qPrintable(resultText(r)));
    QCOMPARE(countEvents(admin), static_cast<qint64>(events.size()));
}

void TestCentral::clockOffsetRecorded()
{
    REQUIRE_SERVER();
    const QString admin = freshCentral();
    const Terminal t = addTerminal(admin, QStringLiteral("T-CLOCK"), {"Suite 1"});
    SimTerminal sim(t.name);
    Connection term(t.url);
    // The terminal's clock five minutes ahead.
    const QString ahead = utcText(QDateTime::currentDateTimeUtc().addSecs(300));
    const QJsonObject r = term.push(wire(sim.events(), 0, 1), ahead);
    QVERIFY2(r[u"ok"].toBool(), qPrintable(resultText(r)));
    QVERIFY2(qAbs(r[u"clockOffsetMs"].toInteger() - 300000) < 5000, qPrintable(resultText(r)));
    Connection c(admin);
    const CentralTerminal status = CentralSchema(c.db()).terminals()->first();
    QVERIFY(status.hasClockOffset);
    QCOMPARE(status.clockOffsetMs, r[u"clockOffsetMs"].toInteger());
    QCOMPARE(status.lastTerminalUtc, ahead);
    QVERIFY(!status.lastPushAt.isEmpty());
    // Terminals may read everyone's status too (the supervisor view shows who is offline).
    const QJsonArray seen =
        QJsonDocument::fromJson(
            term.scalar(QStringLiteral("SELECT ck.terminal_status()::text")).toString().toUtf8())
            .array();
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.first().toObject()[u"name"].toString(), t.name);
}

void TestCentral::commandLine()
{
    REQUIRE_SERVER();
    if (!QFileInfo::exists(QStringLiteral(CHAINKEEPER_BINARY)))
        QSKIP("the chainkeeper binary is not built");
    QVERIFY(m_pg->exec(QStringLiteral("CREATE DATABASE cli OWNER ck_admin ENCODING 'UTF8' "
                                      "TEMPLATE template0")));
    const QString url = m_pg->urlFor(QStringLiteral("ck_admin"), QString(), "cli");
    const auto run = [&](const QStringList &args, int *exitCode) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("admin-pw"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CHAINKEEPER_BINARY), QStringList{QStringLiteral("central")} + args);
        p.waitForFinished(60000);
        *exitCode = p.exitCode();
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    };
    int code = -1;
    QString out = run({QStringLiteral("init"), QStringLiteral("--url"), url}, &code);
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("version 1")), qPrintable(out));
    out = run({QStringLiteral("add-terminal"), QStringLiteral("T-CLI"), QStringLiteral("--suite"),
               QStringLiteral("Suite 1"), QStringLiteral("--suite"), QStringLiteral("QC"),
               QStringLiteral("--url"), url},
              &code);
    QVERIFY2(code == 0, qPrintable(out));
    const QString password =
        out.section(QLatin1String("password: "), 1).section('\n', 0, 0).trimmed();
    QVERIFY2(password.size() >= 32, qPrintable(out));
    Connection term(m_pg->urlFor(CentralSchema::roleFor(QStringLiteral("T-CLI")), password, "cli"));
    QVERIFY2(term.isOpen(), qPrintable(term.error()));
    SimTerminal sim(QStringLiteral("T-CLI"));
    QJsonArray bad = wire(sim.events(), 1, 2);
    QVERIFY(!term.push(bad)[u"ok"].toBool());

    out = run({QStringLiteral("terminals"), QStringLiteral("--url"), url}, &code);
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("T-CLI")) && out.contains(QLatin1String("Suite 1,QC")) &&
                 out.contains(QLatin1String("FLAGGED")) &&
                 out.contains(QLatin1String("expected seq 1, got 2")),
             qPrintable(out));
    out = run({QStringLiteral("clear-flag"), QStringLiteral("T-CLI"), QStringLiteral("--url"), url},
              &code);
    QVERIFY2(code == 0, qPrintable(out));
    QVERIFY(term.push(wire(sim.events()))[u"ok"].toBool());
    out = run({QStringLiteral("init"), QStringLiteral("--url"),
               QStringLiteral("postgresql://u@h/ck?sslmod=x")},
              &code);
    QCOMPARE(code, 2);
}

void TestCentral::tlsVerifyFull()
{
    CK_REQUIRE_POSTGRES();
    // A server of its own: this one restarts with TLS.
    PgServer pg;
    QTemporaryDir certs;
    QVERIFY2(pg.start(), qPrintable(pg.lastError()));
    QVERIFY2(pg.enableTls(certs.filePath(QStringLiteral("server"))), qPrintable(pg.lastError()));
    QString wrongWhy;
    QVERIFY2(PgServer::makeCertificateAuthority(certs.filePath(QStringLiteral("wrong")),
                                                QStringLiteral("Some other CA"), &wrongWhy),
             qPrintable(wrongWhy));

    for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}) {
        QString url = pg.url(QStringLiteral("postgres"),
                             QStringLiteral("sslmode=verify-full&sslrootcert=") +
                                 pg.caCertificate() + QStringLiteral("&connect_timeout=5"));
        url.replace(QLatin1String("@127.0.0.1:"), QLatin1Char('@') + host + QLatin1Char(':'));
        Connection ok(url);
        QVERIFY2(ok.isOpen(), qPrintable(host + QLatin1String(": ") + ok.error()));
        QCOMPARE(ok.scalar(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = "
                                          "pg_backend_pid()"))
                     .toBool(),
                 true);
    }
    Connection wrong(
        pg.url(QStringLiteral("postgres"), QStringLiteral("sslmode=verify-full&sslrootcert=") +
                                               certs.filePath(QStringLiteral("wrong/ca.crt")) +
                                               QStringLiteral("&connect_timeout=5")));
    QVERIFY(!wrong.isOpen());
    QVERIFY2(wrong.error().contains(QLatin1String("certificate verify failed")),
             qPrintable(wrong.error()));
}

QTEST_GUILESS_MAIN(TestCentral)
#include "tst_central.moc"
