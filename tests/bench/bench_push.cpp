// bench_push: the central server's ck.push (packaging/central/001_schema.sql) against a plain
// COPY of the same rows into the same server, in the same run; then 50 terminals pushing at once.
//
// (1) A backlog of events made by a real EventLog (a week offline for a busy suite) pushed through
//     ck.push in calls of 500 and of 2000 events, as a terminal does after an outage: events/s,
//     beside COPY of the same rows (same columns and indexes as ck.events) into a scratch table.
//     Goal: push at least a third of COPY's rate.
// (2) 50 terminals, each on its own thread with its own QPSQL connection and database role,
//     pushing 200 events each in calls of 50, all at once: p50 and p99 of a call's latency,
//     beside one terminal pushing alone.
//
// The server is a PgServer (tests/support) started for the run: fsync off, so the figures are the
// server's CPU work, not the disk's. The JSON of each call and COPY's file are made before the
// clock starts.

#include "BenchCommon.h"
#include "BenchDrafts.h"
#include "PgServer.h"

#include "common/Clock.h"
#include "sync/CentralSchema.h"
#include "sync/CentralUrl.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>
#include <latch>
#include <memory>
#include <mutex>
#include <thread>

using namespace ckbench;

namespace {

QJsonObject wire(const ck::Event &e)
{
    return ck::SyncClient::eventJson(e);
}

// The JSON text of each call of `size` events.
QStringList calls(const std::vector<ck::Event> &events, size_t size)
{
    QStringList out;
    for (size_t from = 0; from < events.size(); from += size) {
        QJsonArray a;
        for (size_t i = from; i < std::min(events.size(), from + size); ++i)
            a.append(wire(events[i]));
        out += QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    }
    return out;
}

// A terminal's store with n events of its own.
std::vector<ck::Event> makeEvents(const QString &terminalId, qint64 n, const QString &path)
{
    ck::Result<std::unique_ptr<ck::Store>> opened = ck::Store::open(path, terminalId);
    if (!opened)
        die(opened.error().message);
    ck::SystemClock clock;
    ck::EventLog log(**opened, clock);
    if (const ck::Status s = recordMany(**opened, log, n); !s)
        die(s.error().message);
    return log.events();
}

QSqlDatabase open(const QString &url, const QString &name)
{
    const ck::Result<ck::CentralUrl> u = ck::CentralUrl::parse(url);
    if (!u)
        die(u.error().message);
    QSqlDatabase db = u->addDatabase(name);
    if (!db.open())
        die(QStringLiteral("cannot connect: %1").arg(db.lastError().text()));
    return db;
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        die(QStringLiteral("%1: %2").arg(sql.left(80), q.lastError().text()));
}

// Pushes each call; dies on a refusal. Returns the seconds of each call.
std::vector<double> pushAll(QSqlDatabase &db, const QStringList &json)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ck.push(?::jsonb, ?)::text"));
    std::vector<double> latencies;
    latencies.reserve(static_cast<size_t>(json.size()));
    for (const QString &call : json) {
        QElapsedTimer t;
        t.start();
        q.addBindValue(call);
        q.addBindValue(ck::utcText(QDateTime::currentDateTimeUtc()));
        if (!q.exec() || !q.next())
            die(QStringLiteral("push failed: %1").arg(q.lastError().text()));
        const QJsonObject r = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        if (!r[u"ok"].toBool())
            die(QStringLiteral("push refused: %1").arg(r[u"error"].toString()));
        latencies.push_back(seconds(t));
    }
    return latencies;
}

QString copyField(const QString &s)
{
    QString o;
    o.reserve(s.size());
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '\\':
            o += QStringLiteral("\\\\");
            break;
        case '\t':
            o += QStringLiteral("\\t");
            break;
        case '\n':
            o += QStringLiteral("\\n");
            break;
        case '\r':
            o += QStringLiteral("\\r");
            break;
        default:
            o += c;
        }
    }
    return o;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
    return v[i];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (hasFlag(args, QStringLiteral("--help"))) {
        print(QStringLiteral("usage: bench_push [--events N (20000; the figure for the README is "
                             "100000)] [--terminals T (50)] [--per-terminal E (200)] "
                             "[--call E (50)] [--rounds R (3, COPY)]"));
        return 0;
    }
    const qint64 n = intOption(args, QStringLiteral("--events"), 20000);
    const qint64 terminals = intOption(args, QStringLiteral("--terminals"), 50);
    const qint64 perTerminal = intOption(args, QStringLiteral("--per-terminal"), 200);
    const qint64 callSize = intOption(args, QStringLiteral("--call"), 50);
    const qint64 rounds = intOption(args, QStringLiteral("--rounds"), 3);
    if (const QString why = ck::PgServer::unavailableReason(); !why.isEmpty())
        die(why);

    ck::PgServer pg;
    if (!pg.start())
        die(pg.lastError());
    if (!pg.exec(QStringLiteral("CREATE DATABASE bench ENCODING 'UTF8' TEMPLATE template0")))
        die(pg.lastError());
    const QString adminUrl = pg.url(QStringLiteral("bench"));
    QSqlDatabase admin = open(adminUrl, QStringLiteral("admin"));
    ck::CentralSchema schema(admin);
    if (const auto r = schema.init(); !r)
        die(r.error().message);

    QTemporaryDir dir;
    QElapsedTimer build;
    build.start();
    const std::vector<ck::Event> backlog =
        makeEvents(QStringLiteral("T-BENCH001"), n, dir.filePath(QStringLiteral("backlog.sqlite")));
    print(QStringLiteral("bench_push: %1 events of one terminal (made by EventLog in %2 s), "
                         "PostgreSQL on 127.0.0.1:%3, fsync off")
              .arg(n)
              .arg(seconds(build), 0, 'f', 1)
              .arg(pg.port()));

    // (1a) COPY baseline: the same rows into a table like ck.events (its indexes, no triggers).
    exec(admin, QStringLiteral("CREATE TABLE bench_copy (LIKE ck.events INCLUDING DEFAULTS "
                               "INCLUDING INDEXES)"));
    const QString copyFile = QDir(pg.dataDir()).filePath(QStringLiteral("bench_copy.tsv"));
    {
        QFile f(copyFile);
        if (!f.open(QIODevice::WriteOnly))
            die(QStringLiteral("cannot write %1").arg(copyFile));
        for (const ck::Event &e : backlog) {
            const QStringList fields = {e.id,
                                        e.terminalId,
                                        QString::number(e.seq),
                                        e.utc,
                                        e.actor,
                                        e.type,
                                        e.batchId,
                                        e.reason,
                                        e.oldValue,
                                        e.newValue,
                                        QString::fromUtf8(e.payload),
                                        QString::fromLatin1(e.prevHash),
                                        QString::fromLatin1(e.hash)};
            QStringList escaped;
            for (const QString &s : fields)
                escaped += copyField(s);
            f.write(escaped.join(QLatin1Char('\t')).toUtf8() + '\n');
        }
        f.close();
        QFile::setPermissions(copyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther);
    }
    // COPY is measured before each push run and after the last, so that both see the same
    // machine (other work on it moves the figures); its median is the baseline.
    std::vector<double> copyRates;
    const auto measureCopy = [&] {
        exec(admin, QStringLiteral("TRUNCATE bench_copy"));
        QElapsedTimer t;
        t.start();
        exec(admin, QStringLiteral("COPY bench_copy (id, terminal_id, seq, utc, actor, type, "
                                   "batch_id, reason, old_value, new_value, payload, prev_hash, "
                                   "hash) FROM '%1'")
                        .arg(copyFile));
        copyRates.push_back(static_cast<double>(n) / seconds(t));
    };
    struct PushRun
    {
        qint64 size;
        double rate;
        double p50;
    };
    std::vector<PushRun> pushRuns;

    // (1b) push, in calls of 500 and of 2000, each time from an empty server.
    const ck::Result<QString> password =
        schema.addTerminal(QStringLiteral("T-BENCH001"), {QStringLiteral("Suite 1")});
    if (!password)
        die(password.error().message);
    const QString role = ck::CentralSchema::roleFor(QStringLiteral("T-BENCH001"));
    for (const qint64 size : {qint64(500), qint64(2000)}) {
        for (qint64 r = 0; r < rounds; ++r)
            measureCopy();
        exec(admin, QStringLiteral("ALTER TABLE ck.events DISABLE TRIGGER USER"));
        exec(admin, QStringLiteral("TRUNCATE ck.events, ck.batch_suites"));
        exec(admin, QStringLiteral("ALTER TABLE ck.events ENABLE TRIGGER USER"));
        exec(admin, QStringLiteral("UPDATE ck.terminals SET last_seq = 0, last_hash = NULL"));
        exec(admin, QStringLiteral("VACUUM ANALYZE ck.events"));
        const QStringList json = calls(backlog, static_cast<size_t>(size));
        if (const QString dump = stringOption(args, QStringLiteral("--dump")); !dump.isEmpty()) {
            QFile f(QStringLiteral("%1.%2.json").arg(dump).arg(size));
            if (f.open(QIODevice::WriteOnly))
                f.write(json.value(0).toUtf8());
        }
        const QString name = QStringLiteral("push%1").arg(size);
        double rate = 0;
        std::vector<double> latencies;
        {
            QSqlDatabase term = open(pg.urlFor(role, *password, QStringLiteral("bench")), name);
            QElapsedTimer t;
            t.start();
            latencies = pushAll(term, json);
            rate = static_cast<double>(n) / seconds(t);
            term.close();
        }
        QSqlDatabase::removeDatabase(name);
        pushRuns.push_back({size, rate, median(latencies)});
    }

    for (qint64 r = 0; r < rounds; ++r)
        measureCopy();
    const double copyRate = median(copyRates);
    print(QStringLiteral("  COPY of the same rows into a table like ck.events (median of %1, "
                         "measured around the pushes): %2 rows/s  [%3]")
              .arg(copyRates.size())
              .arg(copyRate, 0, 'f', 0)
              .arg(joined(copyRates, 0)));
    for (const PushRun &p : pushRuns) {
        const double ratio = p.rate / copyRate;
        print(QStringLiteral("  ck.push, %1 events per call: %2 events/s (call p50 %3 ms)   COPY "
                             "%4 rows/s   ratio %5  (goal >= 0.33)  %6")
                  .arg(p.size)
                  .arg(p.rate, 0, 'f', 0)
                  .arg(p.p50 * 1000, 0, 'f', 1)
                  .arg(copyRate, 0, 'f', 0)
                  .arg(ratio, 0, 'f', 2)
                  .arg(verdict(ratio >= 1.0 / 3.0)));
    }

    // (2) T terminals at once, each its own role, connection and thread.
    struct Term
    {
        QString role;
        QString password;
        QStringList json;
    };
    std::vector<Term> terms;
    for (qint64 i = 0; i <= terminals; ++i) { // the extra one is the lone baseline
        const QString id = QStringLiteral("T-LOAD%1").arg(i, 3, 10, QLatin1Char('0'));
        const ck::Result<QString> pw = schema.addTerminal(id, {QStringLiteral("Suite 1")});
        if (!pw)
            die(pw.error().message);
        terms.push_back({ck::CentralSchema::roleFor(id), *pw,
                         calls(makeEvents(id, perTerminal, QStringLiteral(":memory:")),
                               static_cast<size_t>(callSize))});
    }
    const auto runTerminal = [&](const Term &t, std::latch *start, std::vector<double> *out) {
        const QString name = QStringLiteral("load-") + t.role;
        {
            QSqlDatabase db = open(pg.urlFor(t.role, t.password, QStringLiteral("bench")), name);
            if (start)
                start->arrive_and_wait();
            *out = pushAll(db, t.json);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    };
    std::vector<double> alone;
    runTerminal(terms.back(), nullptr, &alone);

    std::latch start(static_cast<std::ptrdiff_t>(terminals));
    std::vector<std::vector<double>> each(static_cast<size_t>(terminals));
    std::vector<std::thread> threads;
    QElapsedTimer wall;
    wall.start();
    for (qint64 i = 0; i < terminals; ++i)
        threads.emplace_back(runTerminal, std::cref(terms[static_cast<size_t>(i)]), &start,
                             &each[static_cast<size_t>(i)]);
    for (std::thread &t : threads)
        t.join();
    const double wallSeconds = seconds(wall);
    std::vector<double> all;
    for (const auto &v : each)
        all.insert(all.end(), v.begin(), v.end());
    print(QStringLiteral("  %1 terminals x %2 events in calls of %3, at once: call latency p50 "
                         "%4 ms, p99 %5 ms, max %6 ms; %7 events/s overall")
              .arg(terminals)
              .arg(perTerminal)
              .arg(callSize)
              .arg(percentile(all, 0.5) * 1000, 0, 'f', 1)
              .arg(percentile(all, 0.99) * 1000, 0, 'f', 1)
              .arg(percentile(all, 1.0) * 1000, 0, 'f', 1)
              .arg(static_cast<double>(terminals * perTerminal) / wallSeconds, 0, 'f', 0));
    print(QStringLiteral("  one terminal alone, same calls: p50 %1 ms, p99 %2 ms   ratio of "
                         "p50s %3x (figures only)")
              .arg(percentile(alone, 0.5) * 1000, 0, 'f', 1)
              .arg(percentile(alone, 0.99) * 1000, 0, 'f', 1)
              .arg(percentile(all, 0.5) / percentile(alone, 0.5), 0, 'f', 1));
    admin.close();
    return 0;
}
