// bench_append: the durable append rate of the audit trail against plain SQLite inserts.
//
// Figure:   events/s through ck::EventLog::record on a file store (WAL, synchronous=FULL, one
//           transaction per event, as the product does), no projections.
// Baseline: rows/s of plain QtSql inserts of the same rows (same columns, same values, hashes
//           already computed) into a table of the same shape, with the same PRAGMAs and one
//           BEGIN IMMEDIATE … COMMIT per row, in a separate file in the same directory.
// Goal:     append rate >= 0.50 x raw insert rate.
// Info:     the rate of batch-created events through a Workstation, i.e. with the product's
//           projections applied in the same transaction.
//
// Usage: bench_append [--events N] [--rounds R] [--block B] [--dir PARENT_DIR]
//
// Each round opens three fresh files and runs the three contenders interleaved, B events at a
// time in rotating order, so that a change of disk or machine load hits all of them alike.

#include "BenchCommon.h"
#include "BenchDrafts.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "execution/BatchManager.h"
#include "people/AccessControl.h"
#include "people/Roles.h"
#include "recipe/RecipeCatalog.h"
#include "site/SiteUsers.h"
#include "site/Workstation.h"
#include "store/Event.h"
#include "store/EventLog.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariantList>

#include <algorithm>
#include <memory>
#include <vector>

using namespace ckbench;

namespace {

// Same length as the ids the product generates ("T-" and eight hex digits).
const QString kTerminal = QStringLiteral("T-BENCH001");

std::unique_ptr<ck::Store> openStore(const QString &path)
{
    ck::Result<std::unique_ptr<ck::Store>> s = ck::Store::open(path, kTerminal);
    if (!s)
        die(QStringLiteral("cannot open store %1: %2").arg(path, s.error().message));
    return std::move(s).value();
}

// The rows the raw baseline inserts: produced by the real log (in memory, untimed) so that every
// column, including seq, prev_hash and hash, holds a value of exactly the product's form.
std::vector<QVariantList> prepareRows(qint64 n, QStringList *ddl)
{
    std::unique_ptr<ck::Store> store = openStore(QStringLiteral(":memory:"));
    ck::SystemClock clock;
    ck::EventLog log(*store, clock);
    const ck::Status s = recordMany(*store, log, n);
    if (!s)
        die(QStringLiteral("cannot prepare rows: %1").arg(s.error().message));

    std::vector<QVariantList> rows;
    rows.reserve(static_cast<size_t>(n));
    for (const ck::Event &e : log.events()) {
        rows.push_back(QVariantList{e.id, e.terminalId, e.seq, e.utc, e.actor, e.type, e.batchId,
                                    e.reason, e.oldValue, e.newValue, QString::fromUtf8(e.payload),
                                    QString::fromLatin1(e.prevHash), QString::fromLatin1(e.hash)});
        for (QVariant &v : rows.back())
            v = ck::bindable(v);
    }

    // The events table exactly as the product creates it: table, indexes and triggers.
    QSqlQuery q(store->db());
    if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'events' AND sql IS "
                               "NOT NULL ORDER BY type <> 'table'")))
        die(q.lastError().text());
    while (q.next())
        ddl->append(q.value(0).toString());
    return rows;
}

void mustExec(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        die(QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
}

// The three contenders of one round, each on its own fresh file in the same directory. They run
// interleaved in blocks of events, so that all three meet the same disk and machine load.
class Contender
{
public:
    virtual ~Contender() = default;
    // Appends events [from, to) and returns the seconds it took.
    virtual double run(qint64 from, qint64 to) = 0;
    virtual qint64 stored() = 0;
};

// ck::EventLog::record without projections, as the product appends.
class LogContender final : public Contender
{
public:
    explicit LogContender(const QString &path) : m_store(openStore(path)), m_log(*m_store, m_clock)
    {}
    double run(qint64 from, qint64 to) override
    {
        QElapsedTimer t;
        t.start();
        for (qint64 i = from; i < to; ++i) {
            if (ck::Result<ck::Event> e = m_log.record(draftFor(i)); !e)
                die(QStringLiteral("record failed: %1").arg(e.error().message));
        }
        return seconds(t);
    }
    qint64 stored() override { return m_log.count(); }

private:
    ck::SystemClock m_clock;
    std::unique_ptr<ck::Store> m_store;
    ck::EventLog m_log;
};

// Plain QtSql: the same rows, already hashed, one BEGIN IMMEDIATE … COMMIT per row, statements
// prepared once.
class RawContender final : public Contender
{
public:
    RawContender(const QString &path, const QString &connection, const QStringList &ddl,
                 const std::vector<QVariantList> &rows)
        : m_connection(connection), m_rows(rows)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!m_db.open())
            die(m_db.lastError().text());
        QSqlQuery setup(m_db);
        mustExec(setup, QStringLiteral("PRAGMA journal_mode=WAL"));
        mustExec(setup, QStringLiteral("PRAGMA synchronous=FULL"));
        mustExec(setup, QStringLiteral("PRAGMA foreign_keys=ON"));
        for (const QString &sql : ddl)
            mustExec(setup, sql);
        m_begin = QSqlQuery(m_db);
        m_commit = QSqlQuery(m_db);
        m_insert = QSqlQuery(m_db);
        if (!m_begin.prepare(QStringLiteral("BEGIN IMMEDIATE")) ||
            !m_commit.prepare(QStringLiteral("COMMIT")) ||
            !m_insert.prepare(QStringLiteral(
                "INSERT INTO events (id, terminal_id, seq, utc, actor, type, batch_id, reason, "
                "old_value, new_value, payload, prev_hash, hash) VALUES "
                "(?,?,?,?,?,?,?,?,?,?,?,?,?)")))
            die(QStringLiteral("cannot prepare the raw statements"));
    }
    ~RawContender() override
    {
        m_begin = QSqlQuery();
        m_commit = QSqlQuery();
        m_insert = QSqlQuery();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    double run(qint64 from, qint64 to) override
    {
        QElapsedTimer t;
        t.start();
        for (qint64 i = from; i < to; ++i) {
            const QVariantList &row = m_rows[static_cast<size_t>(i)];
            if (!m_begin.exec())
                die(m_begin.lastError().text());
            for (int c = 0; c < row.size(); ++c)
                m_insert.bindValue(c, row.at(c));
            if (!m_insert.exec())
                die(m_insert.lastError().text());
            if (!m_commit.exec())
                die(m_commit.lastError().text());
        }
        return seconds(t);
    }
    qint64 stored() override
    {
        QSqlQuery q(m_db);
        mustExec(q, QStringLiteral("SELECT COUNT(*) FROM events"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private:
    QString m_connection;
    const std::vector<QVariantList> &m_rows;
    QSqlDatabase m_db;
    QSqlQuery m_begin, m_commit, m_insert;
};

// Batch-created events through the product's Workstation: the recipe and batch projections are
// applied in each event's transaction, and the batch manager logs each batch it creates.
class WorkstationContender final : public Contender
{
public:
    explicit WorkstationContender(const QString &path)
    {
        ck::Result<std::unique_ptr<ck::Workstation>> opened =
            ck::Workstation::open(path, nullptr, kTerminal);
        if (!opened)
            die(opened.error().message);
        m_ws = std::move(opened).value();
        // The batches are created by a signed-in person, as on the floor: the permission check
        // is part of what is measured.
        m_ws->access().setHashCost({1, size_t(8) << 20});
        const QString password = QStringLiteral("bench-only-password");
        if (ck::Status s = ck::createSiteUsers(*m_ws, {{QStringLiteral("bench.admin"),
                                                        QStringLiteral("Bench admin"),
                                                        QStringLiteral("B-1"),
                                                        {ck::role::Administrator},
                                                        password},
                                                       {QStringLiteral("bench.qa"),
                                                        QStringLiteral("Bench QA"),
                                                        QStringLiteral("B-2"),
                                                        {ck::role::Supervisor, ck::role::QA},
                                                        password}});
            !s)
            die(s.error().message);
        if (auto s = m_ws->access().signIn(QStringLiteral("bench.qa"), password); !s)
            die(s.error().message);
        QFile f(QStringLiteral(":/chainkeeper/recipes/car-t-rapid.json"));
        if (!f.open(QIODevice::ReadOnly))
            die(QStringLiteral("the demo recipe is not in this build"));
        if (auto imported = m_ws->recipes().importRecipe(f.readAll()); !imported)
            die(imported.error().message);
        m_events0 = m_ws->log().count();
        m_order.recipeId = QStringLiteral("car-t-rapid");
        m_order.coiId = QStringLiteral("COI-BENCH-0000-0001");
        m_order.patientInitials = QStringLiteral("RDS");
        m_order.suite = QStringLiteral("Suite A");
        m_order.due = QDateTime::currentDateTimeUtc().addSecs(6 * 3600);
        m_order.orderData = QJsonObject{{QStringLiteral("patient_weight_kg"), 81.2},
                                        {QStringLiteral("dose_per_kg"), 1.0}};
    }
    double run(qint64 from, qint64 to) override
    {
        QElapsedTimer t;
        t.start();
        for (qint64 i = from; i < to; ++i) {
            m_order.orderNo = QStringLiteral("BENCH-%1").arg(i, 6, 10, QLatin1Char('0'));
            if (ck::Result<QString> b = m_ws->batches().createBatch(m_order); !b)
                die(QStringLiteral("createBatch failed: %1").arg(b.error().message));
        }
        return seconds(t);
    }
    qint64 stored() override { return m_ws->log().count() - m_events0; }

private:
    std::unique_ptr<ck::Workstation> m_ws;
    ck::BatchOrder m_order;
    qint64 m_events0 = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (hasFlag(args, QStringLiteral("--help"))) {
        print(QStringLiteral(
            "usage: bench_append [--events N (2000)] [--rounds R (3)] [--block B (50)] "
            "[--dir PARENT_DIR]"));
        return 0;
    }
    const qint64 n = intOption(args, QStringLiteral("--events"), 2000);
    const qint64 rounds = intOption(args, QStringLiteral("--rounds"), 3);
    const qint64 block = intOption(args, QStringLiteral("--block"), 50);
    const QString parent = stringOption(args, QStringLiteral("--dir"), QDir::tempPath());
    QTemporaryDir dir(QDir(parent).filePath(QStringLiteral("ck-bench-append-XXXXXX")));
    if (!dir.isValid())
        die(QStringLiteral("cannot create a temporary directory in %1").arg(parent));

    print(QStringLiteral("bench_append: %1 events x %2 rounds, interleaved in blocks of %3, in %4 "
                         "(WAL, synchronous=FULL, one transaction per event)")
              .arg(n)
              .arg(rounds)
              .arg(block)
              .arg(dir.path()));
    // As the product does: log lines go to a file in the data directory (the batch manager logs
    // every batch it creates), none to the console.
    ck::initLogging(dir.filePath(QStringLiteral("logs")), false);

    QStringList ddl;
    const std::vector<QVariantList> rows = prepareRows(n, &ddl);

    std::vector<double> logRates, rawRates, wsRates;
    for (qint64 r = 0; r < rounds; ++r) {
        std::unique_ptr<Contender> contenders[3] = {
            std::make_unique<LogContender>(dir.filePath(QStringLiteral("log-%1.sqlite").arg(r))),
            std::make_unique<RawContender>(dir.filePath(QStringLiteral("raw-%1.sqlite").arg(r)),
                                           QStringLiteral("bench-raw-%1").arg(r), ddl, rows),
            std::make_unique<WorkstationContender>(
                dir.filePath(QStringLiteral("ws-%1.sqlite").arg(r))),
        };
        double secs[3] = {0, 0, 0};
        for (qint64 from = 0, b = 0; from < n; from += block, ++b) {
            const qint64 to = std::min(n, from + block);
            // Rotate the order every block so that no contender always runs first.
            for (qint64 k = 0; k < 3; ++k) {
                const size_t c = static_cast<size_t>((k + b + r) % 3);
                secs[c] += contenders[c]->run(from, to);
            }
        }
        for (auto &c : contenders) {
            if (c->stored() != n)
                die(QStringLiteral("a contender stored %1 events, expected %2")
                        .arg(c->stored())
                        .arg(n));
        }
        logRates.push_back(static_cast<double>(n) / secs[0]);
        rawRates.push_back(static_cast<double>(n) / secs[1]);
        wsRates.push_back(static_cast<double>(n) / secs[2]);
        print(QStringLiteral(
                  "  round %1: append %2 events/s  raw insert %3 rows/s  ratio %4  workstation %5 "
                  "events/s")
                  .arg(r + 1)
                  .arg(logRates.back(), 0, 'f', 0)
                  .arg(rawRates.back(), 0, 'f', 0)
                  .arg(logRates.back() / rawRates.back(), 0, 'f', 2)
                  .arg(wsRates.back(), 0, 'f', 0));
    }

    const double logRate = median(logRates);
    const double rawRate = median(rawRates);
    const double wsRate = median(wsRates);
    const double ratio = logRate / rawRate;
    print(QStringLiteral("append: %1 events/s  raw insert: %2 rows/s  ratio %3  (goal >= 0.50)  %4")
              .arg(logRate, 0, 'f', 0)
              .arg(rawRate, 0, 'f', 0)
              .arg(ratio, 0, 'f', 2)
              .arg(verdict(ratio >= 0.50)));
    print(
        QStringLiteral("info: with the product's projections (Workstation, batch-created events): "
                       "%1 events/s  ratio to raw insert %2")
            .arg(wsRate, 0, 'f', 0)
            .arg(wsRate / rawRate, 0, 'f', 2));
    return 0;
}
