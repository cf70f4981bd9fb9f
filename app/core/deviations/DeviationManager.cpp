#include "DeviationManager.h"

#include "execution/BatchManager.h"
#include "people/AccessControl.h"
#include "people/SignatureService.h"
#include "recipe/Expression.h"
#include "store/Store.h"

#include <QSqlQuery>

#include <algorithm>

namespace ck {

namespace {

// The record a deviation signature covers: the event that raised it and the events it is about.
QStringList deviationRecord(const BatchState &b, const QString &deviationId)
{
    const DeviationRecord *d = b.deviation(deviationId);
    if (!d)
        return {};
    return QStringList{d->raisedEvent} + d->relatedEvents;
}

} // namespace

DeviationManager::DeviationManager(Store &store, BatchManager &batches)
    : m_store(store), m_batches(batches)
{}

Result<Event> DeviationManager::raise(const QString &batchId, const QString &stepId,
                                      const DeviationFields &fields)
{
    return m_batches.act(batchId, Permission::ExecuteStep, "deviation",
                         [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
                             return en.raiseDeviation(b, stepId, trigger::Manual, fields, {},
                                                      actor);
                         });
}

Result<Event> DeviationManager::raiseIncompleteRecord(const QString &batchId, const QString &stepId,
                                                      const DeviationFields &fields)
{
    return m_batches.act(batchId, Permission::ExecuteStep, "incomplete-record deviation",
                         [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
                             return en.raiseDeviation(b, stepId, trigger::IncompleteRecord, fields,
                                                      {}, actor);
                         });
}

Result<Event> DeviationManager::update(const QString &batchId, const QString &deviationId,
                                       const DeviationFields &fields, const QString &note)
{
    return m_batches.act(batchId, Permission::ExecuteStep, "deviation update",
                         [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
                             return en.updateDeviation(b, deviationId, fields, note, actor);
                         });
}

Result<Event> DeviationManager::comment(const QString &batchId, const QString &deviationId,
                                        const QString &text)
{
    // Operators and the supervisors and QA people deciding all write in the thread.
    const Session *s = m_batches.access().current();
    const Permission p = s && rolesGrant(s->roles, Permission::ResolveException)
                             ? Permission::ResolveException
                             : Permission::ExecuteStep;
    return m_batches.act(batchId, p, "deviation comment",
                         [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
                             return en.commentDeviation(b, deviationId, text, actor);
                         });
}

Result<Event> DeviationManager::submit(const QString &batchId, const QString &deviationId,
                                       const SignatureRequest &signature)
{
    return m_batches.recordSigned(batchId, Permission::ExecuteStep, "deviation submission",
                                  signature, {meaning::Submitted},
                                  [&](ExecutionEngine &en, const BatchState &b,
                                      const QString &signer, QStringList &signedEvents) {
                                      signedEvents = deviationRecord(b, deviationId);
                                      return en.submitDeviation(b, deviationId, signer);
                                  });
}

Result<Event> DeviationManager::decide(const QString &batchId, const QString &deviationId,
                                       const QString &decision, const QString &consequenceName,
                                       const QString &comment, const SignatureRequest &signature)
{
    if (decision == deviationstatus::MoreInformation)
        return m_batches.act(batchId, Permission::ResolveException, "deviation question",
                             [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
                                 return en.decideDeviation(b, deviationId, decision,
                                                           consequenceName, comment, actor);
                             });
    if (signature.meaning != decision)
        return Error::badInput(QStringLiteral("deviation %1 is %2 with a signature meaning '%2', "
                                              "not '%3'")
                                   .arg(deviationId, decision, signature.meaning));
    return m_batches.recordSigned(batchId, Permission::ResolveException, "deviation decision",
                                  signature, {meaning::Approved, meaning::Rejected},
                                  [&](ExecutionEngine &en, const BatchState &b,
                                      const QString &signer, QStringList &signedEvents) {
                                      signedEvents = deviationRecord(b, deviationId);
                                      return en.decideDeviation(b, deviationId, decision,
                                                                consequenceName, comment, signer);
                                  });
}

Result<Event> DeviationManager::close(const QString &batchId, const QString &deviationId,
                                      const QString &comment, const SignatureRequest &signature)
{
    return m_batches.recordSigned(batchId, Permission::ResolveException, "deviation closure",
                                  signature, {meaning::Reviewed},
                                  [&](ExecutionEngine &en, const BatchState &b,
                                      const QString &signer, QStringList &signedEvents) {
                                      signedEvents = deviationRecord(b, deviationId);
                                      return en.closeDeviation(b, deviationId, comment, signer);
                                  });
}

Result<Event> DeviationManager::completeOrder(const QString &batchId, const QString &field,
                                              const QJsonValue &value, const QString &reason)
{
    return m_batches.act(batchId, Permission::CreateBatch, "order completion",
                         [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
                             return en.completeOrder(b, field, value, reason, actor);
                         });
}

Result<Event> DeviationManager::moveBatch(const QString &batchId, const QString &suite,
                                          const QString &reason, const SignatureRequest &supervisor)
{
    return m_batches.recordSigned(
        batchId, Permission::ExecuteStep, "batch move", supervisor, {meaning::Approved},
        [&](ExecutionEngine &en, const BatchState &b, const QString &signer, QStringList &) {
            return en.moveBatch(b, suite, reason, signer);
        });
}

Result<Event> DeviationManager::terminate(const QString &batchId, const QString &stageId,
                                          const QString &reason, const QJsonObject &dispositions,
                                          const SignatureRequest &supervisor)
{
    return m_batches.recordSigned(
        batchId, Permission::ExecuteStep, "termination", supervisor, {meaning::Approved},
        [&](ExecutionEngine &en, const BatchState &b, const QString &signer, QStringList &) {
            return en.terminate(b, stageId, reason, dispositions, signer);
        });
}

Result<Event> DeviationManager::repeatStep(const QString &batchId, const QString &stepId,
                                           const QString &justification,
                                           const SignatureRequest &supervisor)
{
    return m_batches.recordSigned(batchId, Permission::ExecuteStep, "manual intervention",
                                  supervisor, {meaning::Approved},
                                  [&](ExecutionEngine &en, const BatchState &b,
                                      const QString &signer, QStringList &signedEvents) {
                                      for (const EntryRecord &e : b.currentEntries(stepId))
                                          signedEvents << e.eventId;
                                      return en.repeatStep(b, stepId, justification, signer);
                                  });
}

QList<QueuedDeviation> DeviationManager::queue(const QStringList &suites)
{
    QList<QueuedDeviation> out;
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT d.batch_id FROM deviations d JOIN batches b ON "
                               "b.id = d.batch_id WHERE d.status <> 'closed' GROUP BY d.batch_id")))
        return out;
    QStringList batchIds;
    while (q.next())
        batchIds << q.value(0).toString();
    for (const QString &id : batchIds) {
        Result<BatchState> b = m_batches.batch(id);
        if (!b || (!suites.isEmpty() && !suites.contains(b->suite)))
            continue;
        for (const DeviationRecord &d : b->deviations) {
            if (!d.closed())
                out.append({d, b->suite, b->orderNo, b->coiId, b->patientInitials});
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const QueuedDeviation &a, const QueuedDeviation &b) {
                         const int ra = severity::rank(a.deviation.severity);
                         const int rb = severity::rank(b.deviation.severity);
                         if (ra != rb)
                             return ra > rb;
                         return a.deviation.raisedAt < b.deviation.raisedAt;
                     });
    return out;
}

QList<DeviationProjection::Comment> DeviationManager::thread(const QString &deviationId)
{
    return DeviationProjection::comments(m_store.db(), deviationId);
}

QStringList DeviationManager::missingOrderData(const QString &batchId, const QString &stepId)
{
    Result<BatchState> b = m_batches.batch(batchId);
    if (!b)
        return {};
    Result<std::shared_ptr<const Recipe>> r = m_batches.recipeFor(*b);
    const QString at = stepId.isEmpty() ? b->activeStep : stepId;
    const Step *step = r && !at.isEmpty() ? (*r)->step(at) : nullptr;
    if (!step || step->requiredOrderFields.isEmpty())
        return {};
    ExpressionEngine expressions; // not evaluated: the engine only reads the order and deviations
    const ExecutionEngine engine(**r, expressions, m_batches.clock());
    return engine.missingOrderData(*b, *step);
}

} // namespace ck
