// bench_verify: chain verification rate against the limit of any verifier.
//
// Figure:   events/s of ck::verifyChain over a store of N events (one terminal).
// Baseline: events/s of a plain SELECT of the same rows (every column, same order) that fills a
//           ck::Event from each row and hashes its hashInput() with QCryptographicHash SHA-256 —
//           the work no verifier can avoid.
// Goal:     verifyChain >= 0.80 x baseline.
// Info:     the baseline split into its two halves (select and read only; hash only).
//
// Usage: bench_verify [--events N] [--rounds R] [--dir PARENT_DIR]

#include "BenchCommon.h"
#include "BenchDrafts.h"

#include "common/Clock.h"
#include "store/ChainVerifier.h"
#include "store/Event.h"
#include "store/EventLog.h"
#include "store/EventRows.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>
#include <vector>

using namespace ckbench;

namespace {

// The same SELECT and row reader as the verifier, so that the baseline reads exactly its columns.
const QString kSelect = ck::selectEventsSql() + QStringLiteral(" ORDER BY terminal_id, seq");

enum class Work
{
    SelectAndHash,
    SelectOnly
};

// The baseline: every row read and (unless SelectOnly) its hash input hashed; returns rows seen.
qint64 scan(QSqlDatabase &db, Work work, QByteArray *sink)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(kSelect))
        die(q.lastError().text());
    qint64 rows = 0;
    while (q.next()) {
        const ck::Event e = ck::readEvent(q);
        if (work == Work::SelectAndHash) {
            const QByteArray digest =
                QCryptographicHash::hash(e.hashInput(), QCryptographicHash::Sha256);
            (*sink)[0] = static_cast<char>((*sink)[0] ^ digest[0]); // keep the result alive
        } else {
            (*sink)[0] = static_cast<char>((*sink)[0] ^ static_cast<char>(e.payload.size()));
        }
        ++rows;
    }
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (hasFlag(args, QStringLiteral("--help"))) {
        print(QStringLiteral(
            "usage: bench_verify [--events N (100000)] [--rounds R (3)] [--dir PARENT_DIR]"));
        return 0;
    }
    const qint64 n = intOption(args, QStringLiteral("--events"), 100000);
    const qint64 rounds = intOption(args, QStringLiteral("--rounds"), 3);
    const QString parent = stringOption(args, QStringLiteral("--dir"), QDir::tempPath());
    QTemporaryDir dir(QDir(parent).filePath(QStringLiteral("ck-bench-verify-XXXXXX")));
    if (!dir.isValid())
        die(QStringLiteral("cannot create a temporary directory in %1").arg(parent));

    ck::Result<std::unique_ptr<ck::Store>> opened = ck::Store::open(
        dir.filePath(QStringLiteral("verify.sqlite")), QStringLiteral("T-BENCH001"));
    if (!opened)
        die(opened.error().message);
    ck::Store &store = **opened;
    ck::SystemClock clock;
    ck::EventLog log(store, clock);

    QElapsedTimer build;
    build.start();
    const ck::Status s = recordMany(store, log, n);
    if (!s)
        die(QStringLiteral("cannot build the store: %1").arg(s.error().message));
    print(QStringLiteral(
              "bench_verify: %1 events x %2 rounds in %3 (built in one transaction in %4 s)")
              .arg(n)
              .arg(rounds)
              .arg(dir.path())
              .arg(seconds(build), 0, 'f', 2));

    QByteArray sink(1, '\0');
    // Warm-up, untimed: both contenders then read from a warm page cache.
    if (!ck::verifyChain(store.db()).intact() || scan(store.db(), Work::SelectAndHash, &sink) != n)
        die(QStringLiteral("the freshly built chain does not verify"));

    std::vector<double> verifyRates, limitRates, selectRates, hashRates;
    for (qint64 r = 0; r < rounds; ++r) {
        double verifyRate = 0, limitRate = 0;
        for (int k = 0; k < 2; ++k) {
            QElapsedTimer t;
            if ((k + r) % 2 == 0) {
                t.start();
                const ck::ChainReport report = ck::verifyChain(store.db());
                verifyRate = static_cast<double>(report.eventsChecked) / seconds(t);
                if (!report.intact() || report.eventsChecked != n)
                    die(QStringLiteral("verifyChain did not check the whole intact chain"));
            } else {
                t.start();
                const qint64 rows = scan(store.db(), Work::SelectAndHash, &sink);
                limitRate = static_cast<double>(rows) / seconds(t);
            }
        }
        verifyRates.push_back(verifyRate);
        limitRates.push_back(limitRate);

        // The baseline's halves, for information.
        QElapsedTimer t;
        t.start();
        const qint64 rows = scan(store.db(), Work::SelectOnly, &sink);
        selectRates.push_back(static_cast<double>(rows) / seconds(t));
        std::vector<ck::Event> sample;
        {
            QSqlQuery q(store.db());
            q.setForwardOnly(true);
            if (!q.exec(kSelect))
                die(q.lastError().text());
            while (q.next())
                sample.push_back(ck::readEvent(q));
        }
        t.start();
        for (const ck::Event &e : sample) {
            const QByteArray digest =
                QCryptographicHash::hash(e.hashInput(), QCryptographicHash::Sha256);
            sink[0] = static_cast<char>(sink[0] ^ digest[0]);
        }
        hashRates.push_back(static_cast<double>(sample.size()) / seconds(t));

        print(QStringLiteral("  round %1: verifyChain %2 events/s  select+hash %3 rows/s")
                  .arg(r + 1)
                  .arg(verifyRate, 0, 'f', 0)
                  .arg(limitRate, 0, 'f', 0));
    }

    const double verifyRate = median(verifyRates);
    const double limitRate = median(limitRates);
    const double ratio = verifyRate / limitRate;
    print(
        QStringLiteral("verify: %1 events/s  select+hash: %2 rows/s  ratio %3  (goal >= 0.80)  %4")
            .arg(verifyRate, 0, 'f', 0)
            .arg(limitRate, 0, 'f', 0)
            .arg(ratio, 0, 'f', 2)
            .arg(verdict(ratio >= 0.80)));
    print(QStringLiteral("info: select and read only %1 rows/s, hashInput + SHA-256 only %2 rows/s "
                         "(checksum %3)")
              .arg(median(selectRates), 0, 'f', 0)
              .arg(median(hashRates), 0, 'f', 0)
              .arg(static_cast<int>(static_cast<unsigned char>(sink[0]))));
    return 0;
}
