// Executes batches of the rapid example recipe as fast as it can, on the store named by its first
// argument, printing the sequence number of every committed event. The kill -9 test starts it,
// kills it at a random moment and checks what survived.
#include "TestSite.h"

#include "execution/BatchManager.h"
#include "people/AccessControl.h"
#include "recipe/RecipeCatalog.h"
#include "store/EventLog.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

using namespace ck;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: ck_crash_worker STORE_PATH\n", stderr);
        return 2;
    }
    ManualClock clock(QDateTime::currentDateTimeUtc());
    auto w = Workstation::open(QString::fromLocal8Bit(argv[1]), &clock, QStringLiteral("T-CRASH"));
    if (!w) {
        std::fprintf(stderr, "%s\n", qPrintable(w.error().message));
        return 1;
    }
    Workstation &ws = **w;
    ws.access().setHashCost({1, size_t(8) << 20});
    TestSite::preparePeople(ws);
    if (ws.recipes().list().isEmpty())
        (void)ws.recipes().importRecipe(
            TestSite::resource(QStringLiteral("recipes/car-t-rapid.json")));
    for (int n = 0;; ++n) {
        QString active;
        for (const BatchState &b : ws.batches().batches()) {
            if (!b.ended()) {
                active = b.id;
                break;
            }
        }
        if (active.isEmpty()) {
            BatchOrder o;
            o.orderNo = QStringLiteral("CRASH-%1").arg(ws.batches().batches().size() + 1);
            o.recipeId = QStringLiteral("car-t-rapid");
            o.coiId = QStringLiteral("COI-CRSH-TEST-0001");
            o.patientInitials = QStringLiteral("CW");
            o.suite = QStringLiteral("Suite C");
            o.orderData = QJsonObject{{QStringLiteral("patient_weight_kg"), 70.0},
                                      {QStringLiteral("dose_per_kg"), 1.0}};
            auto id = ws.batches().createBatch(o);
            if (!id) {
                std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
                return 1;
            }
            active = *id;
        } else {
            QString error;
            if (!driveActiveStep(ws, clock, active, &error) && !error.isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
        QSqlQuery q(ws.store().db());
        q.exec(QStringLiteral("SELECT MAX(seq) FROM events"));
        q.next();
        std::printf("committed %lld\n", q.value(0).toLongLong());
        std::fflush(stdout);
    }
}
