// Runs tst_exception_paths.qml with a real workstation: the demo site seeded into a temporary
// store, plus a small recipe whose first step `requires` an order field and whose scan registers
// a container, with four orders made ready for each path (QA imports, a supervisor releases,
// the demo operator drives). The QML then moves, repeats, terminates and completes through the
// execution screen's exception paths, a supervisor signing.
#include "QuickSite.h"

#include "execution/BatchManager.h"
#include "people/AccessControl.h"
#include "recipe/RecipeCatalog.h"
#include "site/Workstation.h"

#include <QObject>
#include <QtQuickTest/quicktest.h>

namespace {

const char *const kRecipe = R"({
  "schema": "chainkeeper.recipe/1", "id": "exception-paths-test", "version": 1,
  "title": "Exception paths test", "status": "approved",
  "orderFields": [
    {"id": "weight", "title": "Patient weight", "unit": "kg"},
    {"id": "collected", "title": "Collection time", "optional": true}
  ],
  "stages": [
    {"id": "receipt", "title": "Receipt", "steps": [
      {"id": "arrive", "kind": "instruction", "title": "Receive the bag", "text": "Receive it",
       "requires": ["collected"]},
      {"id": "bag", "kind": "scan", "title": "Scan the bag",
       "scan": {"label": "coi", "match": ["coi"],
                "registers": {"container": "apheresis_bag", "role": "starting material"}}},
      {"id": "vol", "kind": "numeric", "title": "Volume", "unit": "mL", "decimals": 0,
       "target": 200, "actionLow": 100, "actionHigh": 300, "repeat": {"count": 2}}
    ]},
    {"id": "culture", "title": "Culture", "steps": [
      {"id": "seed", "kind": "instruction", "title": "Seed", "text": "Seed"}
    ]}
  ]})";

void signInAs(ck::Workstation &w, const QString &userId, const QString &password)
{
    (void)w.access().signOut();
    if (auto s = w.access().signIn(userId, password); !s)
        qFatal("cannot sign in %s: %s", qPrintable(userId), qPrintable(s.error().message));
}

template<typename R> void check(const R &result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error().message));
}

} // namespace

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        m_site.prepare(*engine, QStringLiteral("T-EXCEPTION"),
                       ck::QuickSite::Start::DemoOperatorSignedIn);
        if (m_ready)
            return;
        m_ready = true;
        ck::Workstation &w = m_site.workstation();
        signInAs(w, QStringLiteral("demo.qa"), QStringLiteral("Demo-quality-1"));
        auto imported = w.recipes().importRecipe(QByteArray(kRecipe));
        check(imported, "recipe refused");
        signInAs(w, QStringLiteral("demo.supervisor"), QStringLiteral("Demo-supervisor-1"));
        // EP-MOVE is moved (started, at its first step), EP-REPEAT repeats its volume, EP-TERM is
        // terminated after its bag was registered, EP-INCOMPLETE lacks the collection time its
        // first step requires.
        QStringList ids;
        for (const QString &no : {QStringLiteral("EP-MOVE"), QStringLiteral("EP-REPEAT"),
                                  QStringLiteral("EP-TERM"), QStringLiteral("EP-INCOMPLETE")}) {
            ck::BatchOrder o;
            o.orderNo = no;
            o.recipeId = imported->recipe.id;
            o.recipeVersion = imported->recipe.version;
            o.coiId = QStringLiteral("COI-TEST-%1-0001").arg(no.mid(3, 4).leftJustified(4, u'X'));
            o.patientInitials = QStringLiteral("EP");
            o.suite = QStringLiteral("Suite A");
            o.orderData = {{QStringLiteral("weight"), 70}};
            if (no != QLatin1String("EP-INCOMPLETE"))
                o.orderData.insert(QStringLiteral("collected"),
                                   QStringLiteral("2026-01-04T08:00:00Z"));
            auto id = w.batches().createBatch(o);
            check(id, "batch refused");
            ids << *id;
            m_coi << o.coiId;
        }
        signInAs(w, QStringLiteral("demo.operator"), QStringLiteral("Demo-operator-1"));
        ck::BatchManager &m = w.batches();
        // EP-REPEAT and EP-TERM: the bag registered, one of two volumes entered.
        for (int i : {1, 2}) {
            check(m.start(ids[i]), "start");
            check(m.acknowledge(ids[i], QStringLiteral("arrive")), "acknowledge");
            check(m.scan(ids[i], QStringLiteral("bag"), m_coi[i], ck::ScanSource::Scanner), "scan");
            check(m.enter(ids[i], QStringLiteral("vol"), 200), "volume");
        }
        // Started by the operator: the supervisor who released the orders did not record the
        // last event, so they may approve what follows.
        check(m.start(ids[0]), "start");
        check(m.start(ids[3]), "start");
    }
    void cleanupTestCase() { m_site.close(); }

private:
    ck::QuickSite m_site;
    QStringList m_coi;
    bool m_ready = false;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_exception_paths, Setup)

#include "tst_exception_paths.moc"
