#pragma once

#include "common/Clock.h"
#include "execution/BatchState.h"
#include "recipe/Recipe.h"
#include "site/Workstation.h"
#include "store/Event.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ck {

class BatchManager;

// A workstation on a fresh temporary store with a manual clock, as every core test needs one.
// Unless told otherwise it has people (an administrator "admin"; "tester", who holds the operator,
// supervisor and QA roles; a second supervisor "verifier"; a second operator "operator2"; a QA
// reviewer "quality"), all
// with password(), and "tester" is signed in.
class TestSite
{
public:
    enum class People
    {
        Tester, // the people above, "tester" signed in
        None    // no users: the test creates its own
    };
    explicit TestSite(People people = People::Tester);
    ~TestSite();

    Workstation &ws() { return *m_ws; }
    BatchManager &batches();
    ManualClock &clock() { return m_clock; }
    QString dataDir() const { return m_dir.path(); }
    QString storePath() const;
    // Closes and opens the store again, as a restart does.
    void reopen();
    void close();

    // Imports a recipe (JSON text) and creates one batch order for it; returns the batch id.
    QString importAndCreate(const QByteArray &recipeJson,
                            const QString &orderNo = QStringLiteral("T-1"),
                            const QJsonObject &orderData = {});

    static QByteArray resource(const QString &relativePath);
    static QString actor() { return QStringLiteral("tester"); }
    // The patient and donation of importAndCreate's order: a CoI in the demo site's format, and
    // the DIN of ISBT 128 ST-001 Figure 2, which scans bind where a recipe binds one.
    static QString coi() { return QStringLiteral("COI-TEST-SITE-0001"); }
    static QString din() { return QStringLiteral("A999921123456"); }
    static QString password() { return QStringLiteral("Test-password-1"); }
    // Creates the people above on a store without users, and signs "tester" in.
    static void preparePeople(Workstation &workstation);
    // Ends the current session and signs `userId` in with password().
    void signInAs(const QString &userId);

private:
    People m_people;
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Workstation> m_ws;
};

// What a scanner sends for the label a scan step asks for, carrying the batch's own identity
// (its CoI; its DIN, or TestSite::din() before one is bound). Empty for labels it cannot build.
QString matchingScan(const Step &step, const BatchState &batch);

// Performs the nominal action for the batch's active step (acknowledge, an in-spec entry,
// confirm, a timer held for its minimum, a matching scan), moving the clock as a real operator's
// would. An exception raised on the way is resolved "continue" (an identity mismatch "repeat"); a
// signature the step waits for is given by "tester" (performed) or "verifier" (verified,
// received). Returns false when the batch has ended.
// Takes the deviation behind an exception (or a deviation id) through its workflow as the
// tests' people would: "tester" completes and submits it (signed "submitted"), then "verifier"
// (or "quality" when the verifier performed its step) decides it with their signature: rejected
// when `consequenceName` is "abort", approved otherwise. Returns the decision's event or the
// first refusal.
Result<Event> decideDeviation(Workstation &ws, const QString &batchId, const QString &id,
                              const QString &consequenceName, const QString &comment);

bool driveActiveStep(Workstation &ws, ManualClock &clock, const QString &batchId,
                     QString *error = nullptr);

} // namespace ck
