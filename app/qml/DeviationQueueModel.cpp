#include "DeviationQueueModel.h"

#include "AppContext.h"
#include "DeviationController.h"
#include "ModelRows.h"
#include "common/Clock.h"
#include "deviations/DeviationManager.h"
#include "execution/BatchManager.h"
#include "recipe/Recipe.h"
#include "site/Workstation.h"

#include <QLocale>

namespace ck {

DeviationQueueModel::DeviationQueueModel(QObject *parent) : QAbstractListModel(parent)
{
    if (AppContext *context = AppContext::instance())
        connect(context, &AppContext::batchesChanged, this, &DeviationQueueModel::reload);
    reload();
}

const QStringList &DeviationQueueModel::keys()
{
    static const QStringList k = [] {
        QStringList names = deviationToMap(DeviationRecord{}, BatchState{}, nullptr).keys();
        names.sort();
        return names;
    }();
    return k;
}

int DeviationQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant DeviationQueueModel::data(const QModelIndex &index, int role) const
{
    const int k = role - (Qt::UserRole + 1);
    if (!index.isValid() || index.row() >= m_rows.size() || k < 0 || k >= keys().size())
        return {};
    return m_rows.at(index.row()).value(keys().at(k));
}

QHash<int, QByteArray> DeviationQueueModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (qsizetype i = 0; i < keys().size(); ++i)
        names.insert(Qt::UserRole + 1 + static_cast<int>(i), keys().at(i).toLatin1());
    return names;
}

int DeviationQueueModel::awaitingDecisionCount() const
{
    int n = 0;
    for (const QVariantMap &row : m_rows)
        n += row.value(QStringLiteral("awaitingDecision")).toBool() ? 1 : 0;
    return n;
}

void DeviationQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    AppContext *context = AppContext::instance();
    Workstation *w = context ? context->workstation() : nullptr;
    if (!w) {
        m_error = tr("no workstation is open");
    } else {
        for (const QueuedDeviation &q : w->deviations().queue()) {
            Result<BatchState> b = w->batches().batch(q.deviation.batchId);
            if (!b)
                continue;
            Result<std::shared_ptr<const Recipe>> r = w->batches().recipeFor(*b);
            m_rows.append(deviationToMap(q.deviation, *b, r ? r->get() : nullptr));
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

QVariantMap DeviationQueueModel::get(int row) const
{
    return rowAsMap(*this, row);
}

int DeviationQueueModel::rowOf(const QString &deviationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).value(QStringLiteral("deviationId")).toString() == deviationId)
            return static_cast<int>(i);
    }
    return -1;
}

QVariantList DeviationQueueModel::stepEntries(int row) const
{
    QVariantList out;
    AppContext *context = AppContext::instance();
    Workstation *w = context ? context->workstation() : nullptr;
    if (!w || row < 0 || row >= m_rows.size())
        return out;
    const QVariantMap &d = m_rows.at(row);
    Result<BatchState> b = w->batches().batch(d.value(QStringLiteral("batchId")).toString());
    if (!b)
        return out;
    Result<std::shared_ptr<const Recipe>> r = w->batches().recipeFor(*b);
    const DeviationRecord *rec = b->deviation(d.value(QStringLiteral("deviationId")).toString());
    if (!rec)
        return out;
    QStringList steps = rec->affectedSteps;
    steps.prepend(rec->stepId);
    for (const EntryRecord &e : b->entries) {
        if (!steps.contains(e.stepId))
            continue;
        const Step *s = r ? (*r)->step(e.stepId) : nullptr;
        QString value = e.value.toVariant().toString();
        if (e.value.isDouble() && s)
            value = QStringLiteral("%1 %2")
                        .arg(QLocale().toString(e.value.toDouble(), 'f', s->decimals), s->unit)
                        .trimmed();
        out.append(QVariantMap{{QStringLiteral("eventId"), e.eventId},
                               {QStringLiteral("stepTitle"), s ? s->title : e.stepId},
                               {QStringLiteral("valueText"), value},
                               {QStringLiteral("flag"), e.flag},
                               {QStringLiteral("enteredAt"), parseUtcText(e.enteredAt)},
                               {QStringLiteral("actor"), e.actor},
                               {QStringLiteral("superseded"), !e.current()}});
    }
    return out;
}

} // namespace ck
