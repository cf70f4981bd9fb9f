#include "DemoSite.h"

#include "Workstation.h"
#include "common/Clock.h"
#include "execution/BatchManager.h"
#include "people/AccessControl.h"
#include "people/PeopleProjection.h"
#include "people/Roles.h"
#include "people/UserDirectory.h"
#include "recipe/RecipeCatalog.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace ck {

namespace {
Result<QByteArray> readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(QStringLiteral("demo data %1 is missing from this build").arg(path));
    return f.readAll();
}
} // namespace

bool DemoSite::isDemo(Workstation &workstation)
{
    return workstation.store().meta(QStringLiteral("site")) == QLatin1String("demo");
}

const QList<SiteUser> &DemoSite::users()
{
    static const QList<SiteUser> list{
        {QStringLiteral("demo.admin"),
         QStringLiteral("Ada Demo (administrator)"),
         QStringLiteral("BADGE-ADM-1"),
         {role::Administrator},
         QStringLiteral("Demo-admin-1")},
        {QStringLiteral("demo.operator"),
         QStringLiteral("Olivia Demo (operator)"),
         QStringLiteral("BADGE-OP-1"),
         {role::Operator},
         QStringLiteral("Demo-operator-1")},
        {QStringLiteral("demo.operator2"),
         QStringLiteral("Oscar Demo (operator)"),
         QStringLiteral("BADGE-OP-2"),
         {role::Operator},
         QStringLiteral("Demo-operator-2")},
        {QStringLiteral("demo.supervisor"),
         QStringLiteral("Sam Demo (supervisor)"),
         QStringLiteral("BADGE-SUP-1"),
         {role::Supervisor},
         QStringLiteral("Demo-supervisor-1")},
        {QStringLiteral("demo.qa"),
         QStringLiteral("Quentin Demo (QA)"),
         QStringLiteral("BADGE-QA-1"),
         {role::QA},
         QStringLiteral("Demo-quality-1")},
    };
    return list;
}

namespace {
// Seeding acts as the demo user whose role does it: QA imports, a supervisor releases orders.
Status actAs(Workstation &w, const QString &userId, const std::function<Status()> &work)
{
    for (const SiteUser &u : DemoSite::users()) {
        if (u.userId != userId)
            continue;
        if (Result<Session> s = w.access().signIn(u.userId, u.password); !s)
            return s.error();
        const Status done = work();
        (void)w.access().signOut();
        return done;
    }
    return Error::notFound(QStringLiteral("no demo user %1").arg(userId));
}
} // namespace

Status DemoSite::seed(Workstation &w)
{
    // The demo people's passwords are printed on the sign-in screen: their hashes protect
    // nothing, so they use a cheap Argon2id cost and the demo starts in about a second. Each
    // hash carries its cost; people a real site adds get the standard cost.
    const PasswordHasher::Cost standard = w.access().policy().hashCost;
    w.access().setHashCost({1, size_t(8) << 20});
    const Status seeded = seedParts(w);
    w.access().setHashCost(standard);
    return seeded;
}

Status DemoSite::seedParts(Workstation &w)
{
    if (!w.users().hasUsers()) {
        // Marked first, so that the users are created as demo users.
        if (Status s = w.store().setMeta(QStringLiteral("site"), QStringLiteral("demo")); !s)
            return s;
        if (Status s = createSiteUsers(w, users()); !s)
            return s;
    }
    if (!isDemo(w))
        return Error::refused(
            QStringLiteral("this data directory holds a real site, not the demo site"));
    // A demo site whose administrator was made on the first-run screen gets the others now.
    QList<SiteUser> missing;
    for (const SiteUser &u : users()) {
        if (!PeopleProjection::user(w.store().db(), u.userId))
            missing << u;
    }
    if (!missing.isEmpty()) {
        if (Status s = addSiteUsers(w, users().first(), missing); !s)
            return s;
    }
    if (w.recipes().list().isEmpty()) {
        Status s = actAs(w, QStringLiteral("demo.qa"), [&]() -> Status {
            for (const QString &name :
                 {QStringLiteral("car-t-autologous"), QStringLiteral("car-t-rapid")}) {
                Result<QByteArray> json =
                    readResource(QStringLiteral(":/chainkeeper/recipes/%1.json").arg(name));
                if (!json)
                    return json.error();
                if (auto imported = w.recipes().importRecipe(*json); !imported)
                    return imported.error();
            }
            return {};
        });
        if (!s)
            return s;
    }
    if (!w.batches().batches().isEmpty())
        return {};
    Result<QByteArray> ordersJson = readResource(QStringLiteral(":/chainkeeper/demo/orders.json"));
    if (!ordersJson)
        return ordersJson.error();
    const QJsonArray orders =
        QJsonDocument::fromJson(*ordersJson).object().value(u"orders").toArray();
    const QDateTime now = w.clock().nowUtc();
    return actAs(w, QStringLiteral("demo.supervisor"), [&]() -> Status {
        for (const QJsonValue &v : orders) {
            const QJsonObject o = v.toObject();
            BatchOrder order;
            order.orderNo = o[u"orderNo"].toString();
            order.recipeId = o[u"recipe"].toString();
            order.coiId = o[u"coiId"].toString();
            order.patientInitials = o[u"patientInitials"].toString();
            order.suite = o[u"suite"].toString();
            order.due = now.addSecs(static_cast<qint64>(o[u"dueInHours"].toDouble() * 3600.0));
            order.orderData = o[u"orderData"].toObject();
            // Times relative to the moment the demo is seeded, so that the late specimen is
            // late whenever the demo starts.
            const auto hoursFromNow = [&](const char16_t *key, double sign) {
                return utcText(now.addSecs(
                    static_cast<qint64>(sign * o[QStringView(key)].toDouble() * 3600.0)));
            };
            if (o.contains(u"collectedHoursAgo"))
                order.orderData.insert(QStringLiteral("collection_end"),
                                       hoursFromNow(u"collectedHoursAgo", -1.0));
            if (o.contains(u"arrivalDueInHours"))
                order.orderData.insert(QStringLiteral("scheduled_arrival"),
                                       hoursFromNow(u"arrivalDueInHours", 1.0));
            if (auto created = w.batches().createBatch(order); !created)
                return created.error();
        }
        return {};
    });
}

} // namespace ck
