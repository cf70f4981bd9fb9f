// People, sign-in, sessions and electronic signatures against the testable items of 21 CFR Part 11
// and EU GMP Annex 11 (../shared/reference/part11-checklist.md). Test names carry the clause.
#include "TestSite.h"

#include "people/AccessControl.h"
#include "people/PeopleEvents.h"
#include "people/PeopleProjection.h"
#include "people/SignatureCheck.h"
#include "people/SignatureService.h"
#include "people/UserDirectory.h"
#include "store/ChainVerifier.h"
#include "store/EventLog.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>

using namespace ck;

namespace {
const QString kAdminPw = QStringLiteral("Site-Owner-2026!");
const QString kPw = QStringLiteral("Cleanroom-42!");

NewUser person(const QString &id, const QStringList &roles, const QString &badge = {})
{
    return {id, QStringLiteral("Person %1").arg(id.toUpper()), badge, roles};
}
} // namespace

class TestPeople : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSite> site;
    std::unique_ptr<TestSite> matrixSite;
    AccessControl &access() { return site->ws().access(); }
    UserDirectory &users() { return site->ws().users(); }
    SignatureService &signatures() { return site->ws().signatures(); }

    // An administrator creates `id` with `roles`; the person signs in once and sets their own
    // password, as a new user does at first sign-in.
    void enrol(const QString &id, const QStringList &roles, const QString &badge = {})
    {
        QVERIFY(access().signIn(QStringLiteral("admin"), kAdminPw));
        QVERIFY(users().add(person(id, roles, badge), QStringLiteral("Initial-Secret-9")));
        QVERIFY(access().signOut());
        QVERIFY(access().signIn(id, QStringLiteral("Initial-Secret-9")));
        QVERIFY(users().changeOwnPassword(QStringLiteral("Initial-Secret-9"), kPw));
        QVERIFY(access().signOut());
    }
    int eventsOfType(const QString &type)
    {
        QSqlQuery q(site->ws().store().db());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = ?"));
        q.addBindValue(type);
        q.exec();
        q.next();
        return q.value(0).toInt();
    }
    QString someEventBy(const QString &actor)
    {
        EventDraft d;
        d.actor = actor;
        d.type = QStringLiteral("test.record");
        d.batchId = QStringLiteral("B-SIG");
        d.newValue = QStringLiteral("212 mL");
        return site->ws().log().record(d)->id;
    }

private Q_SLOTS:
    void init()
    {
        site = std::make_unique<TestSite>(TestSite::People::None);
        QVERIFY(users().createFirstAdministrator(person(QStringLiteral("admin"), {}), kAdminPw));
    }

    void firstRunHasNoDefaultAccountsAndOneFirstAdministrator()
    {
        TestSite fresh(TestSite::People::None);
        QVERIFY(!fresh.ws().users().hasUsers());
        QVERIFY(!fresh.ws().access().signIn(QStringLiteral("admin"), QStringLiteral("admin")));
        QVERIFY(fresh.ws().users().createFirstAdministrator(person(QStringLiteral("first"), {}),
                                                            kAdminPw));
        QCOMPARE(fresh.ws().users().list().first().roles, QStringList{role::Administrator});
        QVERIFY(!fresh.ws().users().createFirstAdministrator(person(QStringLiteral("second"), {}),
                                                             kAdminPw));
    }

    void clause_11_10_d_noActionWithoutASignedInUser()
    {
        auto r = access().require(Permission::ExecuteStep, QStringLiteral("enter a value"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("nobody is signed in")));
        QCOMPARE(eventsOfType(eventtype::AccessRefused), 1);
    }

    void clause_11_10_g_roleActionMatrix_data()
    {
        QTest::addColumn<QString>("roleName");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("granted");
        const QList<QPair<Permission, QString>> perms = {
            {Permission::ExecuteStep, QStringLiteral("execute")},
            {Permission::VerifyStep, QStringLiteral("verify")},
            {Permission::ResolveException, QStringLiteral("resolve")},
            {Permission::CreateBatch, QStringLiteral("create")},
            {Permission::ImportRecipe, QStringLiteral("import")},
            {Permission::ManageUsers, QStringLiteral("users")},
            {Permission::UnlockUser, QStringLiteral("unlock")},
            {Permission::ViewSecurityLog, QStringLiteral("seclog")}};
        // The matrix the site documents in its user requirements; each cell is asserted.
        const QHash<QString, QSet<QString>> granted = {
            {role::Operator, {QStringLiteral("execute")}},
            {role::Supervisor,
             {QStringLiteral("execute"), QStringLiteral("verify"), QStringLiteral("resolve"),
              QStringLiteral("create"), QStringLiteral("unlock"), QStringLiteral("seclog")}},
            {role::QA,
             {QStringLiteral("verify"), QStringLiteral("resolve"), QStringLiteral("import"),
              QStringLiteral("seclog")}},
            {role::Administrator,
             {QStringLiteral("users"), QStringLiteral("unlock"), QStringLiteral("seclog")}}};
        for (const QString &r : allRoles()) {
            for (const auto &[perm, name] : perms)
                QTest::addRow("%s × %s", qPrintable(r), qPrintable(name))
                    << r << static_cast<int>(perm) << granted.value(r).contains(name);
        }
    }
    void clause_11_10_g_roleActionMatrix()
    {
        QFETCH(QString, roleName);
        QFETCH(int, permission);
        QFETCH(bool, granted);
        // One site with one user per role serves every row: enrolling hashes passwords, which is
        // deliberately slow.
        if (!matrixSite) {
            std::swap(site, matrixSite);
            site = std::make_unique<TestSite>(TestSite::People::None);
            QVERIFY(
                users().createFirstAdministrator(person(QStringLiteral("admin"), {}), kAdminPw));
            for (const QString &r : allRoles())
                enrol(QStringLiteral("u-") + r, {r});
            std::swap(site, matrixSite);
        }
        std::swap(site, matrixSite);
        auto restore = qScopeGuard([&] { std::swap(site, matrixSite); });
        QVERIFY(access().signIn(QStringLiteral("u-") + roleName, kPw));
        const int refusedBefore = eventsOfType(eventtype::AccessRefused);
        const Status s =
            access().require(static_cast<Permission>(permission), QStringLiteral("matrix"));
        QCOMPARE(s.ok(), granted);
        QCOMPARE(eventsOfType(eventtype::AccessRefused), refusedBefore + (granted ? 0 : 1));
        QVERIFY(access().signOut());
    }

    void clause_11_100_a_userIdsNeverReusedUsersNeverDeleted()
    {
        enrol(QStringLiteral("jdoe"), {role::Operator});
        QVERIFY(access().signIn(QStringLiteral("admin"), kAdminPw));
        QVERIFY(!users().deactivate(QStringLiteral("jdoe"), QString())); // reason needed
        QVERIFY(users().deactivate(QStringLiteral("jdoe"), QStringLiteral("left the company")));
        auto again = users().add(person(QStringLiteral("jdoe"), {role::Operator}),
                                 QStringLiteral("Another-pass-1"));
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("never reused")));
        QCOMPARE(PeopleProjection::user(site->ws().store().db(), QStringLiteral("jdoe"))->status,
                 userstatus::Deactivated);
        QVERIFY(
            !users().deactivate(QStringLiteral("admin"), QStringLiteral("self"))); // not oneself
    }

    void clause_11_300_a_duplicateUserIdsAndBadgesRefused()
    {
        enrol(QStringLiteral("asmith"), {role::Operator}, QStringLiteral("BADGE-001"));
        QVERIFY(access().signIn(QStringLiteral("admin"), kAdminPw));
        QVERIFY(!users().add(person(QStringLiteral("asmith"), {role::Operator}),
                             QStringLiteral("Another-pass-1")));
        auto badge = users().add(
            person(QStringLiteral("bsmith"), {role::Operator}, QStringLiteral("BADGE-001")),
            QStringLiteral("Another-pass-1"));
        QVERIFY(!badge);
        QVERIFY(badge.error().message.contains(QStringLiteral("badge")));
    }

    void clause_11_300_b_passwordLengthHistoryAndExpiry()
    {
        enrol(QStringLiteral("pwuser"), {role::Operator});
        QVERIFY(access().signIn(QStringLiteral("pwuser"), kPw));
        QVERIFY(!users().changeOwnPassword(kPw, QStringLiteral("short"))); // length
        QVERIFY(
            !users().changeOwnPassword(kPw, QStringLiteral("my-PWUSER-is-long"))); // contains id
        QVERIFY(!users().changeOwnPassword(kPw, kPw));                             // history
        QVERIFY(users().changeOwnPassword(kPw, QStringLiteral("Second-Password-1")));
        QVERIFY(!users().changeOwnPassword(QStringLiteral("Second-Password-1"),
                                           kPw)); // one of the last 5
        QVERIFY(access().signOut());
        // 181 days later the password has expired: signed in, but nothing is allowed until changed.
        site->clock().advanceMinutes(181.0 * 24 * 60);
        QVERIFY(access().signIn(QStringLiteral("pwuser"), QStringLiteral("Second-Password-1")));
        auto r = access().require(Permission::ExecuteStep, QStringLiteral("enter a value"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("change the password")));
        QVERIFY(users().changeOwnPassword(QStringLiteral("Second-Password-1"),
                                          QStringLiteral("Third-Password-1")));
        QVERIFY(access().require(Permission::ExecuteStep, QStringLiteral("enter a value")));
    }

    void temporaryPasswordMustBeChangedAtFirstSignIn()
    {
        QVERIFY(access().signIn(QStringLiteral("admin"), kAdminPw));
        QVERIFY(users().add(person(QStringLiteral("newbie"), {role::Operator}),
                            QStringLiteral("Temporary-Pass-1")));
        QVERIFY(access().signOut());
        QVERIFY(access().signIn(QStringLiteral("newbie"), QStringLiteral("Temporary-Pass-1")));
        QVERIFY(!access().require(Permission::ExecuteStep, QStringLiteral("enter a value")));
    }

    void clause_11_300_c_deactivatedBadgeRefusedAtNextUse()
    {
        enrol(QStringLiteral("lost"), {role::Operator}, QStringLiteral("BADGE-LOST"));
        QVERIFY(access().signIn(QStringLiteral("BADGE-LOST"), kPw)); // badge + password works
        QVERIFY(access().signOut());
        QVERIFY(access().signIn(QStringLiteral("admin"), kAdminPw));
        QVERIFY(users().deactivate(QStringLiteral("lost"), QStringLiteral("badge reported lost")));
        QVERIFY(access().signOut());
        auto r = access().signIn(QStringLiteral("BADGE-LOST"), kPw);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("deactivated")));
    }

    void clause_11_300_d_lockoutAfterFailuresSeenBySupervisors()
    {
        enrol(QStringLiteral("op"), {role::Operator});
        enrol(QStringLiteral("sup"), {role::Supervisor});
        for (int i = 0; i < 4; ++i)
            QVERIFY(!access().signIn(QStringLiteral("op"), QStringLiteral("wrong-password")));
        QCOMPARE(PeopleProjection::user(site->ws().store().db(), QStringLiteral("op"))->status,
                 userstatus::Active);
        QVERIFY(
            !access().signIn(QStringLiteral("op"), QStringLiteral("wrong-password"))); // the 5th
        QCOMPARE(PeopleProjection::user(site->ws().store().db(), QStringLiteral("op"))->status,
                 userstatus::Locked);
        QCOMPARE(eventsOfType(eventtype::UserLocked), 1);
        QCOMPARE(eventsOfType(eventtype::SignInFailed), 4);
        QVERIFY(!access().signIn(QStringLiteral("op"), kPw)); // even the right password now
        // A supervisor unlocks, with a reason; the count starts again.
        QVERIFY(access().signIn(QStringLiteral("sup"), kPw));
        QVERIFY(access().require(Permission::ViewSecurityLog, QStringLiteral("security log")));
        QVERIFY(!users().unlock(QStringLiteral("op"), QString()));
        QVERIFY(
            users().unlock(QStringLiteral("op"), QStringLiteral("identity confirmed in person")));
        QVERIFY(access().signOut());
        QVERIFY(access().signIn(QStringLiteral("op"), kPw));
        QCOMPARE(
            PeopleProjection::user(site->ws().store().db(), QStringLiteral("op"))->failedSignIns,
            0);
    }

    void unknownIdentifierFailureDoesNotRecordWhatWasTyped()
    {
        QVERIFY(!access().signIn(QStringLiteral("Cleanroom-42!"),
                                 QStringLiteral("x"))); // password in the id field
        const auto events = site->ws().log().events();
        QCOMPARE(events.back().type, eventtype::SignInFailed);
        QVERIFY(!events.back().payload.contains("Cleanroom-42!"));
    }

    void inactivityLockWithAFakeClock()
    {
        enrol(QStringLiteral("op"), {role::Operator});
        QVERIFY(access().signIn(QStringLiteral("op"), kPw));
        site->clock().advanceMinutes(4);
        QVERIFY(access().touch());
        site->clock().advanceMinutes(4.5);
        QVERIFY(access().require(Permission::ExecuteStep, QStringLiteral("step"))); // 4.5 min idle
        site->clock().advanceMinutes(5.1);
        QVERIFY(!access().require(Permission::ExecuteStep, QStringLiteral("step")));
        QVERIFY(access().current()->locked);
        QCOMPARE(eventsOfType(eventtype::SessionLocked), 1);
        QVERIFY(!access().unlock(QStringLiteral("not-it")));
        QVERIFY(access().unlock(kPw));
        QVERIFY(access().require(Permission::ExecuteStep, QStringLiteral("step")));
    }

    void clause_11_200_a_1_i_firstSigningNeedsBothComponentsLaterOnesThePassword()
    {
        enrol(QStringLiteral("op"), {role::Operator});
        QVERIFY(access().signIn(QStringLiteral("op"), kPw));
        QVERIFY(signatures().needsBothComponents());
        const QString a = someEventBy(QStringLiteral("op"));
        auto passwordOnly = signatures().sign({meaning::Performed, role::Operator, {a}, {}, kPw});
        QVERIFY(!passwordOnly);
        QVERIFY(passwordOnly.error().message.contains(QStringLiteral("user id and the password")));
        QVERIFY(signatures().sign(
            {meaning::Performed, role::Operator, {a}, QStringLiteral("op"), kPw}));
        QVERIFY(!signatures().needsBothComponents());
        const QString b = someEventBy(QStringLiteral("op"));
        QVERIFY(signatures().sign({meaning::Performed, role::Operator, {b}, {}, kPw}));
        QVERIFY(!signatures().sign(
            {meaning::Performed, role::Operator, {b}, {}, QStringLiteral("wrong")}));
    }

    void clause_11_200_a_1_ii_afterTheInactivityLockBothComponentsAgain()
    {
        enrol(QStringLiteral("op"), {role::Operator});
        QVERIFY(access().signIn(QStringLiteral("op"), kPw));
        QVERIFY(signatures().sign({meaning::Performed,
                                   role::Operator,
                                   {someEventBy(QStringLiteral("op"))},
                                   QStringLiteral("op"),
                                   kPw}));
        site->clock().advanceMinutes(6);
        QVERIFY(access().lockIfIdle());
        QVERIFY(access().unlock(kPw));
        QVERIFY(signatures().needsBothComponents());
        QVERIFY(!signatures().sign(
            {meaning::Performed, role::Operator, {someEventBy(QStringLiteral("op"))}, {}, kPw}));
    }

    void clause_11_200_a_2_nobodyVerifiesTheirOwnStep()
    {
        enrol(QStringLiteral("sup"), {role::Supervisor});
        enrol(QStringLiteral("sup2"), {role::Supervisor});
        QVERIFY(access().signIn(QStringLiteral("sup"), kPw));
        const QString own = someEventBy(QStringLiteral("sup"));
        auto self = signatures().sign(
            {meaning::Verified, role::Supervisor, {own}, QStringLiteral("sup"), kPw});
        QVERIFY(!self);
        QVERIFY(self.error().message.contains(QStringLiteral("second person")));
        // The witness signs on the same terminal with both components of their own.
        auto witness = signatures().sign(
            {meaning::Verified, role::Supervisor, {own}, QStringLiteral("sup2"), kPw});
        QVERIFY(witness);
        QCOMPARE(witness->actor, QStringLiteral("sup2"));
        // Nobody signs "performed" for someone else.
        QVERIFY(!signatures().sign(
            {meaning::Performed, role::Supervisor, {own}, QStringLiteral("sup2"), kPw}));
    }

    void signingNeedsARoleThatSignsThatMeaning()
    {
        enrol(QStringLiteral("op"), {role::Operator});
        enrol(QStringLiteral("op2"), {role::Operator});
        QVERIFY(access().signIn(QStringLiteral("op2"), kPw));
        const QString e = someEventBy(QStringLiteral("op"));
        QVERIFY(!signatures().sign(
            {meaning::Verified, role::Operator, {e}, QStringLiteral("op2"), kPw}));
        QVERIFY(!signatures().sign(
            {meaning::Verified, role::Supervisor, {e}, QStringLiteral("op2"), kPw}));
    }

    void clause_11_50_manifestationIsPartOfTheHashedRecord()
    {
        enrol(QStringLiteral("op"), {role::Operator});
        QVERIFY(access().signIn(QStringLiteral("op"), kPw));
        auto sig = signatures().sign({meaning::Performed,
                                      role::Operator,
                                      {someEventBy(QStringLiteral("op"))},
                                      QStringLiteral("op"),
                                      kPw});
        QVERIFY(sig);
        const QJsonObject p = sig->payloadObject();
        QCOMPARE(p[u"printedName"].toString(), QStringLiteral("Person OP"));
        QCOMPARE(p[u"meaning"].toString(), meaning::Performed);
        QVERIFY(sig->utc.endsWith(QLatin1Char('Z')));
        QCOMPARE(SignatureService::manifestation(QStringLiteral("Person OP"),
                                                 QStringLiteral("2026-11-25T09:14:03.000Z"),
                                                 meaning::Performed),
                 QStringLiteral("Person OP — 2026-11-25 09:14:03 UTC — performed"));
        QCOMPARE(sig->hash,
                 sig->computeHash()); // name, time and meaning are hashed with the record
    }

    void clause_11_70_movingASignatureToAnotherRecordIsDetected()
    {
        enrol(QStringLiteral("op"), {role::Operator});
        QVERIFY(access().signIn(QStringLiteral("op"), kPw));
        const QString signedOne = someEventBy(QStringLiteral("op"));
        const QString other = someEventBy(QStringLiteral("op"));
        auto sig = signatures().sign(
            {meaning::Performed, role::Operator, {signedOne}, QStringLiteral("op"), kPw});
        QVERIFY(sig);
        QVERIFY(!verifySignatures(site->ws().store().db()));
        QSqlQuery q(site->ws().store().db());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_no_update")));
        QVERIFY(
            q.exec(QStringLiteral(
                       "UPDATE events SET payload = replace(payload, '%1', '%2') WHERE id = '%3'")
                       .arg(signedOne, other, sig->id)));
        const auto sigProblem = verifySignatures(site->ws().store().db());
        QVERIFY(sigProblem);
        QCOMPARE(sigProblem->eventId, sig->id);
        QVERIFY(!verifyChain(site->ws().store().db()).intact());
    }

    void annex11_12_accessChangesAreAuditEvents()
    {
        enrol(QStringLiteral("op"), {role::Operator});
        QVERIFY(access().signIn(QStringLiteral("admin"), kAdminPw));
        QVERIFY(users().setRoles(QStringLiteral("op"), {role::Operator, role::Supervisor},
                                 QStringLiteral("promoted")));
        QVERIFY(users().resetPassword(QStringLiteral("op"), QStringLiteral("Reset-Password-9"),
                                      QStringLiteral("forgotten")));
        QVERIFY(users().setPolicy(QStringLiteral("signin.maxFailures"), QStringLiteral("3")));
        QVERIFY(!users().setPolicy(QStringLiteral("password.minLength"), QStringLiteral("4")));
        QCOMPARE(access().policy().maxFailedSignIns, 3);
        for (const QString &type : {eventtype::UserCreated, eventtype::UserRolesChanged,
                                    eventtype::UserPasswordSet, eventtype::SettingChanged})
            QVERIFY2(eventsOfType(type) >= 1, qPrintable(type));
        // No event ever carries a password in clear.
        for (const Event &e : site->ws().log().events()) {
            QVERIFY(!e.payload.contains("Reset-Password-9"));
            QVERIFY(!e.payload.contains(kPw.toUtf8()));
        }
        QVERIFY(site->ws().log().rebuild()->identical());
    }

    void standardCostIsArgon2idAndItsTimeIsReported()
    {
        const QString hash = *PasswordHasher::hash(kPw);
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QElapsedTimer t;
        t.start();
        QVERIFY(PasswordHasher::verify(hash, kPw));
        const qint64 ms = t.elapsed();
        QVERIFY(!PasswordHasher::verify(hash, kPw + QLatin1Char('x')));
        qInfo("Argon2id verification: %lld ms", ms);
    }
};

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"
