#include "BatchListModel.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "execution/BatchManager.h"
#include "recipe/RecipeCatalog.h"
#include "site/Workstation.h"

#include <algorithm>

namespace ck {

BatchListModel::BatchListModel(QObject *parent) : QAbstractListModel(parent)
{
    if (AppContext *context = AppContext::instance())
        connect(context, &AppContext::batchesChanged, this, &BatchListModel::reload);
    reload();
}

int BatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant BatchListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= count())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case BatchIdRole:
        return r.batchId;
    case OrderNoRole:
    case Qt::DisplayRole:
        return r.orderNo;
    case RecipeTitleRole:
        return r.recipeTitle;
    case SuiteRole:
        return r.suite;
    case StateRole:
        return r.state;
    case ActiveStepTitleRole:
        return r.activeStepTitle;
    case DueUtcRole:
        return r.dueUtc;
    case OverdueRole:
        return r.overdue;
    case PatientInitialsRole:
        return r.patientInitials;
    default:
        return {};
    }
}

QHash<int, QByteArray> BatchListModel::roleNames() const
{
    return {{BatchIdRole, "batchId"},
            {OrderNoRole, "orderNo"},
            {RecipeTitleRole, "recipeTitle"},
            {SuiteRole, "suite"},
            {StateRole, "state"},
            {ActiveStepTitleRole, "activeStepTitle"},
            {DueUtcRole, "dueUtc"},
            {OverdueRole, "overdue"},
            {PatientInitialsRole, "patientInitials"}};
}

void BatchListModel::reload()
{
    QList<Row> rows;
    QString error;
    AppContext *context = AppContext::instance();
    Workstation *ws = context ? context->workstation() : nullptr;
    if (ws) {
        BatchManager &manager = ws->batches();
        const QDateTime now = ws->clock().nowUtc();
        // Titles come from the catalog's summary (one query). A recipe is loaded, and parsed
        // once per terminal, only for a batch that has an active step to name: a list of orders
        // not yet started costs no parsing before the first frame.
        QHash<QString, QString> titles;
        for (const RecipeSummary &r : ws->recipes().list())
            titles.insert(r.id + QLatin1Char('/') + QString::number(r.version), r.title);
        for (const BatchState &b : manager.batches()) {
            if (b.ended() && parseUtcText(b.endedAt).date() != now.date())
                continue;
            Row r;
            r.batchId = b.id;
            r.orderNo = b.orderNo;
            r.suite = b.suite;
            r.state = b.state;
            r.patientInitials = b.patientInitials;
            r.dueUtc = b.dueUtc.isEmpty() ? QDateTime() : parseUtcText(b.dueUtc);
            r.overdue = !b.ended() && r.dueUtc.isValid() && r.dueUtc < now;
            r.recipeTitle = titles.value(
                b.recipeId + QLatin1Char('/') + QString::number(b.recipeVersion), b.recipeId);
            if (!b.activeStep.isEmpty() && !b.ended()) {
                // The list query carries no steps; the step's title comes from the pinned recipe.
                Result<std::shared_ptr<const Recipe>> recipe = manager.recipeFor(b);
                if (!recipe)
                    error = recipe.error().message;
                else if (const Step *s = (*recipe)->step(b.activeStep))
                    r.activeStepTitle = s->title;
            }
            rows.append(r);
        }
    } else {
        error = QStringLiteral("no workstation is open");
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        if (a.dueUtc.isValid() != b.dueUtc.isValid())
            return a.dueUtc.isValid();
        if (a.dueUtc != b.dueUtc)
            return a.dueUtc < b.dueUtc;
        return a.orderNo < b.orderNo;
    });

    beginResetModel();
    m_rows = rows;
    m_error = error;
    endResetModel();
    Q_EMIT countChanged();
}

QString BatchListModel::batchIdAt(int row) const
{
    return row >= 0 && row < count() ? m_rows.at(row).batchId : QString();
}

int BatchListModel::rowOf(const QString &batchId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).batchId == batchId)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace ck
