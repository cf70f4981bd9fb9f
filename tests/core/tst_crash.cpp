// Killing the process at any moment (kill -9) loses at most the action in flight: after restart
// the chain verifies, the state rebuilt from the log is identical, and the batch resumes at the
// exact step. A worker process executes batches flat out and is killed at random moments.
#include "TestSite.h"

#include "execution/BatchManager.h"
#include "store/ChainVerifier.h"
#include "store/EventLog.h"
#include "store/Store.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ck;

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killNineLosesAtMostTheActionInFlight()
    {
        const int rounds = qEnvironmentVariableIntValue("CK_CRASH_ROUNDS") > 0
                               ? qEnvironmentVariableIntValue("CK_CRASH_ROUNDS")
                               : 30;
        QTemporaryDir dir;
        const QString store = Workstation::storePathIn(dir.path());
        QRandomGenerator rng(20261125);
        qint64 previousMax = 0;
        int killedMidWork = 0;
        for (int round = 0; round < rounds; ++round) {
            QProcess worker;
            worker.start(QStringLiteral(CHAINKEEPER_CRASH_WORKER), {store});
            QVERIFY(worker.waitForStarted());
            // Let it commit a random number of actions, then kill it while it is working.
            const int target = 3 + static_cast<int>(rng.bounded(40));
            qint64 lastSeen = 0;
            int lines = 0;
            while (lines < target && worker.state() == QProcess::Running) {
                if (!worker.canReadLine() && !worker.waitForReadyRead(20000))
                    break;
                while (worker.canReadLine()) {
                    const QByteArray line = worker.readLine().trimmed();
                    if (line.startsWith("committed ")) {
                        lastSeen = line.mid(10).toLongLong();
                        ++lines;
                    }
                }
            }
            QVERIFY2(lines > 0, worker.readAllStandardError().constData());
            // A little more time so that the kill lands inside a transaction now and then.
            QThread::usleep(rng.bounded(3000));
            worker.kill(); // SIGKILL
            worker.waitForFinished();
            QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
            ++killedMidWork;

            auto w = Workstation::open(store);
            QVERIFY2(w, w ? "" : qPrintable(w.error().message));
            const ChainReport chain = verifyChain((*w)->store().db());
            QVERIFY2(chain.intact(),
                     chain.intact() ? "" : qPrintable(chain.firstProblem->describe()));
            QSqlQuery q((*w)->store().db());
            QVERIFY(q.exec(QStringLiteral("SELECT MAX(seq) FROM events")) && q.next());
            const qint64 stored = q.value(0).toLongLong();
            // Everything it reported as committed is there; what it was doing may be there too.
            QVERIFY2(
                stored >= lastSeen,
                qPrintable(QStringLiteral("reported %1, stored %2").arg(lastSeen).arg(stored)));
            QVERIFY(stored >= previousMax);
            previousMax = stored;
            auto rebuilt = (*w)->log().rebuild();
            QVERIFY(rebuilt);
            QVERIFY2(rebuilt->identical(),
                     "state after the crash differs from the state the log describes");
        }
        // The batches went on from where they were across all the kills.
        auto w = Workstation::open(store);
        QVERIFY(w);
        int complete = 0;
        for (const BatchState &b : (*w)->batches().batches())
            complete += b.state == batchstate::Complete ? 1 : 0;
        QVERIFY2(previousMax > rounds * 3, "the worker made no progress across restarts");
        qInfo("%d kills, %lld events, %d batch(es) complete", killedMidWork, previousMax, complete);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
