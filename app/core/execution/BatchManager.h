#pragma once

#include "BatchState.h"
#include "ExecutionEngine.h"
#include "common/Result.h"
#include "recipe/Recipe.h"
#include "store/Event.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace ck {

class Clock;
class EventLog;
class ExpressionEngine;
class RecipeCatalog;
class Store;

// A batch order as it arrives from planning: which recipe, for which patient, in which suite.
struct BatchOrder
{
    QString orderNo;
    QString recipeId;
    int recipeVersion = 0; // 0: the highest approved version
    QString coiId;         // the patient's chain-of-identity identifier
    QString patientInitials;
    QString suite;
    QDateTime due;
    QJsonObject orderData; // values for the recipe's order fields
};

// Executes batches on this terminal: loads the batch and its pinned recipe inside the write
// transaction, asks the engine for the event and records it through the log.
class BatchManager
{
public:
    BatchManager(Store &store, EventLog &log, RecipeCatalog &recipes, const Clock &clock);
    ~BatchManager();

    Result<QString> createBatch(const BatchOrder &order, const QString &actor);
    Result<BatchState> batch(const QString &batchId);
    QList<BatchState> batches();
    Result<std::shared_ptr<const Recipe>> recipeFor(const BatchState &batch);

    Result<Event> start(const QString &batchId, const QString &actor);
    Result<Event> acknowledge(const QString &batchId, const QString &stepId, const QString &actor);
    Result<Event> enter(const QString &batchId, const QString &stepId, const QJsonValue &value,
                        const QString &actor);
    Result<Event> confirmCalculation(const QString &batchId, const QString &stepId,
                                     const QString &actor);
    Result<Event> startTimer(const QString &batchId, const QString &stepId, const QString &actor);
    Result<Event> stopTimer(const QString &batchId, const QString &stepId, const QString &actor);
    Result<Event> correct(const QString &batchId, const QString &entryEventId,
                          const QJsonValue &value, const QString &reason, const QString &actor);
    Result<Event> resolveException(const QString &batchId, const QString &exceptionId,
                                   const QString &resolution, const QString &reason,
                                   const QString &actor);
    Result<Event> hold(const QString &batchId, const QString &reason, const QString &actor);
    Result<Event> resume(const QString &batchId, const QString &reason, const QString &actor);
    Result<Event> abort(const QString &batchId, const QString &reason, const QString &actor);

    Result<QJsonValue> calculate(const QString &batchId, const QString &stepId);
    WindowStatus window(const QString &batchId, const QString &stepId);
    TimerStatus timer(const QString &batchId, const QString &stepId);

    // The seam the deviation workflow plugs into: called after an event that raised exceptions
    // has been committed, with each exception as recorded in the event's payload.
    using ExceptionListener = std::function<void(const Event &event, const QJsonObject &exception)>;
    void addExceptionListener(ExceptionListener listener);

    const Clock &clock() const { return m_clock; }

private:
    using Action = std::function<Result<EventDraft>(ExecutionEngine &, const BatchState &)>;
    Result<Event> act(const QString &batchId, const char *what, const Action &action);

    Store &m_store;
    EventLog &m_log;
    RecipeCatalog &m_recipes;
    const Clock &m_clock;
    std::unique_ptr<ExpressionEngine> m_expressions;
    std::vector<ExceptionListener> m_listeners;
};

} // namespace ck
