#include "BatchManager.h"

#include "BatchProjection.h"
#include "EventTypes.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "people/AccessControl.h"
#include "people/SignatureService.h"
#include "recipe/Expression.h"
#include "recipe/RecipeCatalog.h"
#include "store/EventLog.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace ck {

BatchManager::BatchManager(Store &store, EventLog &log, RecipeCatalog &recipes,
                           AccessControl &access, SignatureService &signatures, const Clock &clock)
    : m_store(store), m_log(log), m_recipes(recipes), m_access(access), m_signatures(signatures),
      m_clock(clock), m_expressions(std::make_unique<ExpressionEngine>())
{}

BatchManager::~BatchManager() = default;

void BatchManager::addExceptionListener(ExceptionListener listener)
{
    m_listeners.push_back(std::move(listener));
}

Result<QString> BatchManager::createBatch(const BatchOrder &order)
{
    if (Status s = m_access.require(Permission::CreateBatch,
                                    QStringLiteral("create batch order %1").arg(order.orderNo));
        !s)
        return s.error();
    const QString actor = m_access.actor();
    static const QRegularExpression orderNoPattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$"));
    static const QRegularExpression initialsPattern(QStringLiteral("^[A-Z]{1,4}$"));
    if (!orderNoPattern.match(order.orderNo).hasMatch())
        return Error::badInput(
            QStringLiteral("order number '%1' is not valid (letters, digits, '.', '_', "
                           "'-'; at most 40)")
                .arg(order.orderNo));
    if (order.coiId.trimmed().isEmpty())
        return Error::badInput(
            QStringLiteral("order %1 has no chain-of-identity identifier").arg(order.orderNo));
    if (!initialsPattern.match(order.patientInitials).hasMatch())
        return Error::badInput(
            QStringLiteral("order %1: patient initials must be 1 to 4 capital letters")
                .arg(order.orderNo));
    if (order.suite.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("order %1 names no suite").arg(order.orderNo));
    Result<std::shared_ptr<const Recipe>> recipe =
        m_recipes.load(order.recipeId, order.recipeVersion);
    if (!recipe)
        return recipe.error();
    const Recipe &r = **recipe;
    if (Status s = ScanRules::checkOrderCoi(r, order.coiId.trimmed()); !s)
        return Error::badInput(
            QStringLiteral("order %1: %2").arg(order.orderNo, s.error().message));
    if (r.status != QLatin1String("approved"))
        return Error::refused(
            QStringLiteral("recipe %1 version %2 is %3: only approved recipes start batches")
                .arg(r.id)
                .arg(r.version)
                .arg(r.status));
    QJsonObject orderData;
    for (const OrderField &f : r.orderFields) {
        const QJsonValue v = order.orderData.value(f.id);
        const bool missing =
            v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty());
        if (missing && f.optional)
            continue; // the steps that need it say so; see Step::requires
        if (missing)
            return Error::badInput(QStringLiteral("order %1 lacks '%2' (%3), which recipe %4 needs")
                                       .arg(order.orderNo, f.id, f.title, r.id));
        if (!f.unit.isEmpty() && !v.isDouble())
            return Error::badInput(QStringLiteral("order %1: '%2' must be a number in %3")
                                       .arg(order.orderNo, f.id, f.unit));
        orderData.insert(f.id, v);
    }
    const QString batchId = QStringLiteral("B-") + order.orderNo;
    QJsonArray steps;
    for (const Step &s : r.steps)
        steps.append(s.id);

    Result<Event> e = m_log.record([&]() -> Result<EventDraft> {
        if (BatchProjection::load(m_store.db(), batchId))
            return Error::refused(
                QStringLiteral("batch order %1 already exists as %2").arg(order.orderNo, batchId));
        EventDraft d;
        d.actor = actor;
        d.type = eventtype::BatchCreated;
        d.batchId = batchId;
        d.newValue = batchstate::Created;
        d.payload.insert(
            QStringLiteral("batch"),
            QJsonObject{
                {QStringLiteral("orderNo"), order.orderNo},
                {QStringLiteral("recipeId"), r.id},
                {QStringLiteral("recipeVersion"), r.version},
                {QStringLiteral("recipeHash"), QString::fromLatin1(r.contentHash)},
                {QStringLiteral("coiId"), order.coiId.trimmed()},
                {QStringLiteral("patientInitials"), order.patientInitials},
                {QStringLiteral("suite"), order.suite.trimmed()},
                {QStringLiteral("dueUtc"), order.due.isValid() ? utcText(order.due) : QString()},
                {QStringLiteral("orderData"), orderData},
                {QStringLiteral("steps"), steps}});
        return d;
    });
    if (!e)
        return e.error();
    spdlog::info("batch {} created from order {} for patient {} (recipe {} v{})",
                 batchId.toStdString(), order.orderNo.toStdString(),
                 maskIdentifier(order.coiId).toStdString(), r.id.toStdString(), r.version);
    return batchId;
}

Result<BatchState> BatchManager::batch(const QString &batchId)
{
    return BatchProjection::load(m_store.db(), batchId);
}

QList<BatchState> BatchManager::batches()
{
    return BatchProjection::list(m_store.db());
}

Result<std::shared_ptr<const Recipe>> BatchManager::recipeFor(const BatchState &batch)
{
    Result<std::shared_ptr<const Recipe>> r = m_recipes.load(batch.recipeId, batch.recipeVersion);
    if (!r)
        return r.error();
    if ((*r)->contentHash != batch.recipeHash.toLatin1())
        return Error::storage(
            QStringLiteral("batch %1 pinned recipe %2 v%3 with hash %4, the stored recipe "
                           "differs")
                .arg(batch.id, batch.recipeId)
                .arg(batch.recipeVersion)
                .arg(batch.recipeHash.left(12)));
    return r;
}

Result<Event> BatchManager::act(const QString &batchId, Permission permission, const char *what,
                                const Action &action)
{
    if (Status s = m_access.require(
            permission, QStringLiteral("%1 (batch %2)").arg(QLatin1String(what), batchId));
        !s)
        return s.error();
    return record(batchId, what, action, m_access.actor());
}

Result<Event> BatchManager::record(const QString &batchId, const char *what, const Action &action,
                                   const QString &actor)
{
    Result<Event> e = m_log.record([&]() -> Result<EventDraft> {
        Result<BatchState> b = batch(batchId);
        if (!b)
            return b.error();
        Result<std::shared_ptr<const Recipe>> r = recipeFor(*b);
        if (!r)
            return r.error();
        ExecutionEngine engine(**r, *m_expressions, m_clock);
        engine.setTerminal(m_store.terminalId());
        Result<EventDraft> d = action(engine, *b, actor);
        if (!d)
            return d;
        // What this terminal had recorded on the batch when it decided: a terminal importing
        // the event sees whether it was recorded apart from its own records (a sync conflict).
        if (Result<QString> last = lastEventOf(batchId); last)
            d.value().payload.insert(QStringLiteral("basis"), *last);
        else
            return last.error();
        return d;
    });
    if (!e) {
        spdlog::warn("batch {}: {} refused: {}", batchId.toStdString(), what,
                     e.error().message.toStdString());
        return e;
    }
    spdlog::info("batch {}: {} (event seq {})", batchId.toStdString(), e->type.toStdString(),
                 e->seq);
    const QJsonArray raised = e->payloadObject().value(u"exceptions").toArray();
    for (const QJsonValue &x : raised) {
        spdlog::warn("batch {}: exception {} ({}) at step {}", batchId.toStdString(),
                     x[u"id"].toString().toStdString(), x[u"kind"].toString().toStdString(),
                     x[u"step"].toString().toStdString());
        for (const auto &listener : m_listeners)
            listener(*e, x.toObject());
    }
    return e;
}

Result<QString> BatchManager::lastEventOf(const QString &batchId)
{
    Error error;
    QSqlQuery *q = prepared(
        m_store.db(),
        QStringLiteral("SELECT id FROM events WHERE batch_id = ? ORDER BY pos DESC LIMIT 1"),
        &error);
    if (!q)
        return error;
    q->bindValue(0, batchId);
    if (!q->exec()) {
        q->finish();
        return Error::storage(QStringLiteral("reading the last event of batch %1").arg(batchId));
    }
    const QString id = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return id;
}

Result<Event> BatchManager::recordSigned(const QString &batchId, Permission permission,
                                         const char *what, const SignatureRequest &request,
                                         const QStringList &meanings, const SignedAction &action)
{
    if (Status s = m_access.require(
            permission, QStringLiteral("%1 (batch %2)").arg(QLatin1String(what), batchId));
        !s)
        return s.error();
    if (!meanings.contains(request.meaning))
        return Error::badInput(
            QStringLiteral("%1 is signed with the meaning %2, not '%3'")
                .arg(QLatin1String(what), meanings.join(QStringLiteral(" or ")), request.meaning));
    Result<Signer> signer = m_signatures.authenticate(request);
    if (!signer)
        return signer.error();
    // The signer is the actor: the person whose credentials were checked owns the decision.
    Result<Event> e = record(
        batchId, what,
        [&](ExecutionEngine &en, const BatchState &b, const QString &actor) -> Result<EventDraft> {
            QStringList signedEvents;
            Result<EventDraft> d = action(en, b, actor, signedEvents);
            if (!d)
                return d;
            // With nothing else named, the approval signs the batch's record as it stands: the
            // context of the supervisor's own decision, whoever recorded its last event.
            const bool context = signedEvents.isEmpty();
            if (context) {
                Result<QString> last = lastEventOf(batchId);
                if (!last)
                    return last.error();
                signedEvents << *last;
            }
            // The event keeps its own type and value; the signature's fields join its payload.
            const QString type = d->type;
            const QString newValue = d->newValue;
            if (Status s = m_signatures.bind(*signer, signedEvents, d.value(),
                                             context ? SignatureService::Signs::Context
                                                     : SignatureService::Signs::Record);
                !s)
                return s.error();
            d.value().type = type;
            d.value().newValue = newValue;
            return d;
        },
        signer->userId);
    if (e)
        m_signatures.recorded(*signer);
    return e;
}

Result<Event> BatchManager::start(const QString &batchId)
{
    return act(batchId, Permission::ExecuteStep, "start",
               [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
                   return en.start(b, actor);
               });
}

Result<Event> BatchManager::acknowledge(const QString &batchId, const QString &stepId)
{
    return act(batchId, Permission::ExecuteStep, "acknowledge",
               [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
                   return en.acknowledge(b, stepId, actor);
               });
}

Result<Event> BatchManager::enter(const QString &batchId, const QString &stepId,
                                  const QJsonValue &value)
{
    return act(batchId, Permission::ExecuteStep, "entry",
               [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
                   return en.enter(b, stepId, value, actor);
               });
}

Result<Event> BatchManager::confirmCalculation(const QString &batchId, const QString &stepId)
{
    return act(batchId, Permission::ExecuteStep, "calculation",
               [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
                   return en.confirmCalculation(b, stepId, actor);
               });
}

Result<Event> BatchManager::startTimer(const QString &batchId, const QString &stepId)
{
    return act(batchId, Permission::ExecuteStep, "timer start",
               [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
                   return en.startTimer(b, stepId, actor);
               });
}

Result<Event> BatchManager::stopTimer(const QString &batchId, const QString &stepId)
{
    return act(batchId, Permission::ExecuteStep, "timer stop",
               [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
                   return en.stopTimer(b, stepId, actor);
               });
}

Result<Event> BatchManager::correct(const QString &batchId, const QString &entryEventId,
                                    const QJsonValue &value, const QString &reason)
{
    return act(batchId, Permission::ExecuteStep, "correction",
               [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
                   return en.correct(b, entryEventId, value, reason, actor);
               });
}

Result<Event> BatchManager::resolveException(const QString &batchId, const QString &exceptionId,
                                             const QString &resolution, const QString &reason)
{
    return act(
        batchId, Permission::ResolveException, "exception resolution",
        [&](ExecutionEngine &en, const BatchState &b, const QString &actor) -> Result<EventDraft> {
            // A deviation is decided with a signature, so its exception is never
            // resolved around it.
            for (const DeviationRecord &d : b.deviations) {
                if (d.exceptionId == exceptionId)
                    return Error::refused(
                        QStringLiteral("exception %1 belongs to deviation %2: approve or "
                                       "reject the deviation, with your signature")
                            .arg(exceptionId, d.id));
            }
            return en.resolveException(b, exceptionId, resolution, reason, actor);
        });
}

Result<Event> BatchManager::hold(const QString &batchId, const QString &reason)
{
    // Anyone working on the batch may stop it; only a supervisor lets it go on or ends it.
    return act(batchId, Permission::ExecuteStep, "hold",
               [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
                   return en.hold(b, reason, actor);
               });
}

Result<Event> BatchManager::resume(const QString &batchId, const QString &reason)
{
    return act(batchId, Permission::ResolveException, "resume",
               [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
                   return en.resume(b, reason, actor);
               });
}

Result<Event> BatchManager::abort(const QString &batchId, const QString &reason)
{
    return act(batchId, Permission::ResolveException, "abort",
               [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
                   return en.abort(b, reason, actor);
               });
}

Result<Event> BatchManager::signStep(const QString &batchId, const QString &stepId,
                                     const SignatureRequest &request)
{
    // The session user asks for the signature (a witness signs at their terminal); the signer's
    // own credentials and role are checked by the signature service.
    if (Status s = m_access.require(Permission::ExecuteStep,
                                    QStringLiteral("sign step %1 (batch %2)").arg(stepId, batchId));
        !s)
        return s.error();
    Result<Signer> signer = m_signatures.authenticate(request);
    if (!signer)
        return signer.error();
    Result<Event> e = record(
        batchId, "signature",
        [&](ExecutionEngine &en, const BatchState &b, const QString &actor) -> Result<EventDraft> {
            Result<EventDraft> d = en.sign(b, stepId, request.meaning, actor);
            if (!d)
                return d;
            if (Status s = m_signatures.bind(*signer, en.signedRecord(b, stepId), d.value()); !s)
                return s.error();
            return d;
        },
        signer->userId);
    if (e)
        m_signatures.recorded(*signer);
    return e;
}

Result<Event> BatchManager::scan(const QString &batchId, const QString &stepId,
                                 const QString &rawText, ScanSource source, const QString &place)
{
    if (Status s =
            m_access.require(Permission::ExecuteStep,
                             QStringLiteral("scan at step %1 (batch %2)").arg(stepId, batchId));
        !s)
        return s.error();
    if (source == ScanSource::Typed)
        return Error::refused(
            QStringLiteral("identity typed by hand is refused at step '%1': scan the label, or ask "
                           "a supervisor "
                           "to approve the typed identity with their signature and a reason")
                .arg(stepId));
    const ScanAttempt attempt{rawText, source, place.trimmed(), m_store.terminalId(), {}};
    return record(
        batchId, "scan",
        [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
            return en.scan(b, stepId, attempt, actor);
        },
        m_access.actor());
}

Result<Event> BatchManager::overrideTypedIdentity(const QString &batchId, const QString &stepId,
                                                  const QString &rawText, const QString &reason,
                                                  const SignatureRequest &supervisor)
{
    if (Status s = m_access.require(
            Permission::ExecuteStep,
            QStringLiteral("typed identity at step %1 (batch %2)").arg(stepId, batchId));
        !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("approving typed identity needs a reason"));
    if (supervisor.meaning != meaning::Approved)
        return Error::badInput(
            QStringLiteral("typed identity is approved with the meaning '%1', not '%2'")
                .arg(meaning::Approved, supervisor.meaning));
    const QString operatorId = m_access.actor();
    Result<Signer> signer = m_signatures.authenticate(supervisor);
    if (!signer)
        return signer.error();
    // Separation of duties: the person who typed the identity cannot also vouch for it.
    if (signer->userId == operatorId)
        return Error::refused(
            QStringLiteral("%1 typed the identity and cannot approve it; a supervisor or QA "
                           "person other than the operator must")
                .arg(operatorId));
    if (signer->role != role::Supervisor && signer->role != role::QA)
        return Error::refused(QStringLiteral("typed identity is approved by a supervisor or QA, "
                                             "not in the role %1")
                                  .arg(signer->role));
    ScanAttempt attempt{rawText, ScanSource::Typed, {}, m_store.terminalId(), {}};
    attempt.approval = QJsonObject{{QStringLiteral("userId"), signer->userId},
                                   {QStringLiteral("printedName"), signer->printedName},
                                   {QStringLiteral("role"), signer->role},
                                   {QStringLiteral("meaning"), signer->meaning},
                                   {QStringLiteral("components"), signer->components},
                                   {QStringLiteral("reason"), reason.trimmed()}};
    Result<Event> e = record(
        batchId, "typed identity",
        [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
            return en.scan(b, stepId, attempt, actor);
        },
        operatorId);
    if (e)
        m_signatures.recorded(*signer);
    return e;
}

Result<Event> BatchManager::recordSyncConflict(const QString &batchId, const QString &stepId,
                                               const QString &detail, const QStringList &eventIds)
{
    return record(
        batchId, "sync conflict",
        [&](ExecutionEngine &en, const BatchState &b, const QString &actor) {
            return en.syncConflict(b, stepId, detail, eventIds, actor);
        },
        QStringLiteral("system:sync"));
}

Result<CustodyReport> BatchManager::custody(const QString &batchId)
{
    Result<BatchState> b = batch(batchId);
    if (!b)
        return b.error();
    return CustodyReport::fromEvents(*b, m_log.events(batchId));
}

QString BatchManager::signatureDue(const QString &batchId, const QString &stepId)
{
    Result<BatchState> b = batch(batchId);
    if (!b)
        return {};
    Result<std::shared_ptr<const Recipe>> r = recipeFor(*b);
    if (!r || !(*r)->step(stepId))
        return {};
    ExecutionEngine engine(**r, *m_expressions, m_clock);
    return engine.signatureDue(*b, *(*r)->step(stepId));
}

namespace {
template<typename T, typename F>
T query(BatchManager &m, const QString &batchId, ExpressionEngine &expressions, const Clock &clock,
        T fallback, F f)
{
    Result<BatchState> b = m.batch(batchId);
    if (!b)
        return fallback;
    Result<std::shared_ptr<const Recipe>> r = m.recipeFor(*b);
    if (!r)
        return fallback;
    ExecutionEngine engine(**r, expressions, clock);
    return f(engine, *b);
}
} // namespace

Result<QJsonValue> BatchManager::calculate(const QString &batchId, const QString &stepId)
{
    return query<Result<QJsonValue>>(
        *this, batchId, *m_expressions, m_clock,
        Error::notFound(QStringLiteral("no batch '%1'").arg(batchId)),
        [&](ExecutionEngine &en, const BatchState &b) { return en.calculate(b, stepId); });
}

WindowStatus BatchManager::window(const QString &batchId, const QString &stepId)
{
    return query<WindowStatus>(
        *this, batchId, *m_expressions, m_clock, {},
        [&](ExecutionEngine &en, const BatchState &b) { return en.window(b, stepId); });
}

TimerStatus BatchManager::timer(const QString &batchId, const QString &stepId)
{
    return query<TimerStatus>(
        *this, batchId, *m_expressions, m_clock, {},
        [&](ExecutionEngine &en, const BatchState &b) { return en.timer(b, stepId); });
}

} // namespace ck
