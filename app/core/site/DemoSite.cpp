#include "DemoSite.h"

#include "Workstation.h"
#include "common/Clock.h"
#include "execution/BatchManager.h"
#include "recipe/RecipeCatalog.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

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

Status DemoSite::seed(Workstation &w)
{
    if (!w.recipes().list().isEmpty() || !w.batches().batches().isEmpty())
        return {};
    const QString actor = QString::fromLatin1(kDemoActor);
    for (const QString &name :
         {QStringLiteral("car-t-autologous"), QStringLiteral("car-t-rapid")}) {
        Result<QByteArray> json =
            readResource(QStringLiteral(":/chainkeeper/recipes/%1.json").arg(name));
        if (!json)
            return json.error();
        if (auto imported = w.recipes().importRecipe(*json, actor); !imported)
            return imported.error();
    }
    Result<QByteArray> ordersJson = readResource(QStringLiteral(":/chainkeeper/demo/orders.json"));
    if (!ordersJson)
        return ordersJson.error();
    const QJsonArray orders =
        QJsonDocument::fromJson(*ordersJson).object().value(u"orders").toArray();
    const QDateTime now = w.clock().nowUtc();
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
        if (auto created = w.batches().createBatch(order, actor); !created)
            return created.error();
    }
    return w.store().setMeta(QStringLiteral("site"), QStringLiteral("demo"));
}

} // namespace ck
