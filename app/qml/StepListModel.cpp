#include "StepListModel.h"

#include "AppContext.h"
#include "StepController.h"
#include "execution/BatchManager.h"
#include "execution/BatchState.h"
#include "recipe/Recipe.h"
#include "site/Workstation.h"

#include <QSet>

namespace ck {

namespace {

// The rail's own mark for a step an open exception holds: not a step state of the core (the
// step stays active there), but what the operator must see first.
const QString kBlocked = QStringLiteral("blocked");

} // namespace

StepListModel::StepListModel(QObject *parent) : QAbstractListModel(parent) {}

void StepListModel::setController(StepController *controller)
{
    if (m_controller == controller)
        return;
    disconnect(m_connection);
    m_controller = controller;
    if (controller)
        m_connection =
            connect(controller, &StepController::stepChanged, this, &StepListModel::reload);
    Q_EMIT controllerChanged();
    reload();
}

int StepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= count())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case StepIdRole:
        return r.stepId;
    case NumberRole:
        return r.number;
    case TitleRole:
    case Qt::DisplayRole:
        return r.title;
    case KindRole:
        return r.kind;
    case StateRole:
        return r.state;
    case StageIdRole:
        return r.stageId;
    case StageTitleRole:
        return r.stageTitle;
    case StageNumberRole:
        return r.stageNumber;
    case StageSettledRole:
        return r.stageSettled;
    case StageSizeRole:
        return r.stageSize;
    case FirstInStageRole:
        return r.firstInStage;
    case CurrentRole:
        return index.row() == m_currentRow;
    case ReasonRole:
        return r.reason;
    default:
        return {};
    }
}

QHash<int, QByteArray> StepListModel::roleNames() const
{
    return {{StepIdRole, "stepId"},
            {NumberRole, "number"},
            {TitleRole, "title"},
            {KindRole, "kind"},
            {StateRole, "stepState"},
            {StageIdRole, "stageId"},
            {StageTitleRole, "stageTitle"},
            {StageNumberRole, "stageNumber"},
            {StageSettledRole, "stageSettled"},
            {StageSizeRole, "stageSize"},
            {FirstInStageRole, "firstInStage"},
            {CurrentRole, "current"},
            {ReasonRole, "reason"}};
}

int StepListModel::doneCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.state == stepstate::Done ? 1 : 0;
    return n;
}

int StepListModel::skippedCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.state == stepstate::Skipped ? 1 : 0;
    return n;
}

void StepListModel::reload()
{
    QList<Row> rows;
    int currentRow = -1;
    QString error;
    AppContext *context = AppContext::instance();
    Workstation *ws = context ? context->workstation() : nullptr;
    const QString batchId = m_controller ? m_controller->batchId() : QString();
    if (!ws) {
        error = QStringLiteral("no workstation is open");
    } else if (!batchId.isEmpty()) {
        // The controller has just read the same batch; reading it here again keeps the two
        // independent (the rail never depends on what the card chose to keep).
        BatchManager &manager = ws->batches();
        Result<BatchState> batch = manager.batch(batchId);
        Result<std::shared_ptr<const Recipe>> recipe = Error::notFound(QString());
        if (batch)
            recipe = manager.recipeFor(*batch);
        if (!batch) {
            error = batch.error().message;
        } else if (!recipe) {
            error = recipe.error().message;
        } else {
            const BatchState &b = *batch;
            const Recipe &r = **recipe;
            QSet<QString> held;
            for (const ExceptionRecord &x : b.openExceptions())
                held.insert(x.stepId);
            for (qsizetype s = 0; s < r.stages.size(); ++s) {
                const Stage &stage = r.stages.at(s);
                const qsizetype first = rows.size();
                int settled = 0;
                for (int i = stage.firstStep; i < stage.firstStep + stage.stepCount; ++i) {
                    if (i < 0 || static_cast<size_t>(i) >= r.steps.size())
                        break;
                    const Step &step = r.steps.at(static_cast<size_t>(i));
                    const StepState *st = b.step(step.id);
                    Row row;
                    row.stepId = step.id;
                    row.number = i + 1;
                    row.title = step.title;
                    row.kind = stepKindName(step.kind);
                    row.state = st ? st->state : stepstate::Pending;
                    row.reason = st ? st->reason : QString();
                    if (held.contains(step.id))
                        row.state = kBlocked;
                    row.stageId = stage.id;
                    row.stageTitle = stage.title;
                    row.stageNumber = static_cast<int>(s) + 1;
                    row.firstInStage = rows.size() == first;
                    if (row.state == stepstate::Done || row.state == stepstate::Skipped)
                        ++settled;
                    if (!b.ended() && step.id == b.activeStep)
                        currentRow = static_cast<int>(rows.size());
                    rows.append(row);
                }
                for (qsizetype k = first; k < rows.size(); ++k) {
                    rows[k].stageSettled = settled;
                    rows[k].stageSize = static_cast<int>(rows.size() - first);
                }
            }
        }
    }

    beginResetModel();
    m_rows = rows;
    m_currentRow = currentRow;
    m_error = error;
    endResetModel();
    Q_EMIT reloaded();
}

QString StepListModel::stateOf(const QString &stepId) const
{
    const int row = rowOf(stepId);
    return row >= 0 ? m_rows.at(row).state : QString();
}

int StepListModel::rowOf(const QString &stepId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).stepId == stepId)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace ck
