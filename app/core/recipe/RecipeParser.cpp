#include "RecipeParser.h"

#include "DeviationSpecReader.h"
#include "Expression.h"
#include "RecipeFields.h"
#include "ScanSpecReader.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace ck {

using namespace Qt::StringLiterals;

using namespace recipefields;

namespace {

const QString kSchema = u"chainkeeper.recipe/1"_s;
const QString kBatchStart = u"batch_start"_s;

const QStringList &kindNames()
{
    static const QStringList names = {
        u"instruction"_s, u"numeric"_s, u"text"_s, u"choice"_s,
        u"calculation"_s, u"timer"_s,   u"scan"_s,
    };
    return names;
}

std::optional<StepKind> kindFromName(const QString &name)
{
    for (StepKind k : {StepKind::Instruction, StepKind::Numeric, StepKind::Text, StepKind::Choice,
                       StepKind::Calculation, StepKind::Timer, StepKind::Scan}) {
        if (stepKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

// Instructions are only confirmed; scans record an identity, which no calculation or condition
// may depend on; every other kind records a value expressions can use.
bool carriesValue(const QString &kind)
{
    return kind != u"instruction"_s && kind != u"scan"_s && kindNames().contains(kind);
}

const QRegularExpression &recipeIdPattern()
{
    static const QRegularExpression re(u"^[a-z0-9][a-z0-9_-]*$"_s);
    return re;
}

const QRegularExpression &namePattern()
{
    static const QRegularExpression re(u"^[a-z_][a-z0-9_]*$"_s);
    return re;
}

// What the first pass learns about each step, so that references can be judged by position.
struct StepEntry
{
    int position = 0; // among all steps of the recipe
    int stage = 0;
    QString stageId;
    QString kind;
};

class Parser
{
public:
    explicit Parser(QJsonObject json) : m_json(std::move(json)) {}

    Result<Recipe> run()
    {
        Fields top(m_json, u"recipe"_s, m_problems);
        if (!readSchema(top))
            return Error::badInput(m_problems.join(u'\n'));

        m_recipe.json = m_json;
        m_recipe.contentHash =
            QCryptographicHash::hash(QJsonDocument(m_json).toJson(QJsonDocument::Compact),
                                     QCryptographicHash::Sha256)
                .toHex();

        m_recipe.id = top.string(u"id"_s, true);
        if (!m_recipe.id.isEmpty() && !recipeIdPattern().match(m_recipe.id).hasMatch())
            top.problem(u"id"_s,
                        u"'%1' is not a valid recipe id (lower-case letters, digits, "
                        "'_' and '-', starting with a letter or digit)"_s.arg(m_recipe.id));
        readVersion(top);
        m_recipe.title = top.string(u"title"_s, true);
        readStatus(top);
        m_recipe.product = top.string(u"product"_s, false);
        m_recipe.description = top.string(u"description"_s, false);

        readOrderFields(top);
        DeviationSpecReader::readPolicy(top, m_recipe);
        const auto stages = top.array(u"stages"_s, true);
        if (stages && stages->isEmpty())
            top.problem(u"stages"_s, u"the recipe has no stages"_s);
        if (stages) {
            indexSteps(*stages);
            for (qsizetype i = 0; i < stages->size(); ++i)
                readStage(stages->at(i), static_cast<int>(i));
        }

        if (!m_problems.isEmpty())
            return Error::badInput(m_problems.join(u'\n'));
        return std::move(m_recipe);
    }

private:
    // False when the file is not in a format this version reads; nothing else is then judged.
    bool readSchema(Fields &top)
    {
        const QJsonValue v = m_json.value(u"schema"_s);
        if (v.isUndefined()) {
            top.problem(u"schema"_s, u"missing; this version reads \"%1\""_s.arg(kSchema));
            return true;
        }
        const QString schema = top.string(u"schema"_s, true);
        if (schema.isEmpty() || schema == kSchema)
            return true;
        static const QRegularExpression ours(u"^chainkeeper\\.recipe/(\\d+)$"_s);
        const auto match = ours.match(schema);
        if (match.hasMatch() && match.captured(1).toInt() > Recipe::kSchemaVersion)
            top.problem(u"schema"_s, u"\"%1\" is newer than this version of Chainkeeper reads "
                                     "(\"%2\"); update Chainkeeper to import this recipe"_s.arg(
                                         schema, kSchema));
        else
            top.problem(u"schema"_s,
                        u"unknown schema \"%1\"; this version reads \"%2\""_s.arg(schema, kSchema));
        return false;
    }

    void readVersion(Fields &top)
    {
        const auto version = top.number(u"version"_s, true);
        if (!version)
            return;
        if (!isWholeNumber(*version) || *version < 1) {
            top.problem(u"version"_s, u"must be a positive integer, not %1"_s.arg(num(*version)));
            return;
        }
        m_recipe.version = static_cast<int>(*version);
    }

    void readStatus(Fields &top)
    {
        static const QStringList statuses = {u"draft"_s, u"approved"_s, u"retired"_s};
        m_recipe.status = top.string(u"status"_s, true);
        if (!m_recipe.status.isEmpty() && !statuses.contains(m_recipe.status))
            top.problem(u"status"_s,
                        u"'%1' is not one of draft, approved, retired"_s.arg(m_recipe.status));
    }

    // Ids of order fields and steps become parameter names in expressions, so besides the
    // pattern they must not be JavaScript words the expression language refuses.
    bool usableName(const QString &id)
    {
        if (!namePattern().match(id).hasMatch() || id == kBatchStart)
            return false;
        const auto used = m_engine.check(id, {id});
        return used.ok() && used.value() == QStringList{id};
    }

    void checkName(Fields &f, const QString &id, const QString &what)
    {
        if (!namePattern().match(id).hasMatch())
            f.problem(u"id"_s,
                      u"'%1' is not a valid %2 id (lower-case letters, digits and "
                      "'_', not starting with a digit, so expressions can use it)"_s.arg(id, what));
        else if (!usableName(id))
            f.problem(u"id"_s, u"'%1' is a reserved word and cannot be a %2 id"_s.arg(id, what));
    }

    void readOrderFields(Fields &top)
    {
        const auto fields = top.array(u"orderFields"_s, false);
        if (!fields)
            return;
        for (qsizetype i = 0; i < fields->size(); ++i) {
            const QJsonValue v = fields->at(i);
            if (!v.isObject()) {
                top.problem(u"orderFields"_s,
                            u"entry %1 must be an object, not %2"_s.arg(i + 1).arg(typeName(v)));
                continue;
            }
            const QJsonObject o = v.toObject();
            const QString rawId = o.value(u"id"_s).toString();
            Fields f(o,
                     rawId.isEmpty() ? u"order field %1"_s.arg(i + 1)
                                     : u"order field '%1'"_s.arg(rawId),
                     m_problems);
            OrderField field;
            field.id = f.string(u"id"_s, true);
            field.title = f.string(u"title"_s, true);
            field.unit = f.string(u"unit"_s, false);
            field.optional = f.boolean(u"optional"_s).value_or(false);
            if (!field.id.isEmpty()) {
                checkName(f, field.id, u"order field"_s);
                if (m_orderFieldIds.contains(field.id))
                    f.problem(u"id"_s, u"duplicate order field id '%1'"_s.arg(field.id));
                m_orderFieldIds.insert(field.id);
            }
            m_recipe.orderFields.append(field);
        }
    }

    void indexSteps(const QJsonArray &stages)
    {
        int position = 0;
        for (qsizetype s = 0; s < stages.size(); ++s) {
            const QJsonArray steps = stages.at(s).toObject().value(u"steps"_s).toArray();
            for (const QJsonValue &step : steps) {
                const QJsonObject o = step.toObject();
                const QString id = o.value(u"id"_s).toString();
                if (!id.isEmpty() && !m_index.contains(id))
                    m_index.insert(id, {position, static_cast<int>(s),
                                        stages.at(s).toObject().value(u"id"_s).toString(),
                                        o.value(u"kind"_s).toString()});
                ++position;
            }
        }
    }

    // Judges the names an expression uses. A step condition and a calculation may use order
    // fields and earlier steps that record a value; a stage condition (`stage` >= 0) only order
    // fields and steps of earlier stages. Forward references are refused so that every value an
    // expression needs exists when it is evaluated, which also rules out cycles.
    void checkExpression(Fields &f, const QString &field, const QString &expression, int position,
                         const QString &selfId, int stage)
    {
        QSet<QString> names = m_orderFieldIds;
        for (auto it = m_index.cbegin(); it != m_index.cend(); ++it)
            names.insert(it.key());
        const auto used = m_engine.check(expression, names);
        if (!used) {
            f.problem(field, used.error().message);
            return;
        }
        for (const QString &name : used.value()) {
            if (m_orderFieldIds.contains(name))
                continue;
            const StepEntry &ref = m_index[name];
            QString wrong;
            if (stage >= 0 && ref.stage > stage)
                wrong = u"refers to step '%1' which comes later"_s.arg(name);
            else if (stage >= 0 && ref.stage == stage)
                wrong = u"refers to step '%1' of this stage; a stage condition may "
                        "only use order fields and steps of earlier stages"_s.arg(name);
            else if (stage < 0 && name == selfId)
                wrong = u"refers to itself"_s;
            else if (stage < 0 && ref.position > position)
                wrong = u"refers to step '%1' which comes later"_s.arg(name);
            else if (!carriesValue(ref.kind))
                wrong = u"refers to step '%1', which records no value"_s.arg(name);
            if (!wrong.isEmpty())
                f.problem(field, wrong);
        }
    }

    void readStage(const QJsonValue &value, int index)
    {
        if (!value.isObject()) {
            m_problems.append(u"recipe, field 'stages': stage %1 must be an object, "
                              "not %2"_s.arg(index + 1)
                                  .arg(typeName(value)));
            return;
        }
        const QJsonObject o = value.toObject();
        const QString rawId = o.value(u"id"_s).toString();
        Fields f(o, rawId.isEmpty() ? u"stage %1"_s.arg(index + 1) : u"stage '%1'"_s.arg(rawId),
                 m_problems);
        Stage stage;
        stage.id = f.string(u"id"_s, true);
        if (!stage.id.isEmpty()) {
            if (!namePattern().match(stage.id).hasMatch())
                f.problem(u"id"_s, u"'%1' is not a valid stage id (lower-case letters, digits "
                                   "and '_', not starting with a digit)"_s.arg(stage.id));
            if (m_stageIds.contains(stage.id))
                f.problem(u"id"_s, u"duplicate stage id '%1'"_s.arg(stage.id));
            m_stageIds.insert(stage.id);
        }
        stage.title = f.string(u"title"_s, true);
        stage.when = f.string(u"when"_s, false);
        if (!stage.when.isEmpty())
            checkExpression(f, u"when"_s, stage.when, -1, {}, index);

        stage.firstStep = static_cast<int>(m_recipe.steps.size());
        const auto steps = f.array(u"steps"_s, false);
        if (!steps || steps->isEmpty()) {
            if (!steps && f.has(u"steps"_s))
                return; // wrong type, already reported
            f.problem(u"steps"_s, u"the stage has no steps"_s);
        } else {
            for (qsizetype i = 0; i < steps->size(); ++i)
                readStep(steps->at(i), stage, f.where(), static_cast<int>(i));
        }
        stage.stepCount = static_cast<int>(m_recipe.steps.size()) - stage.firstStep;
        m_recipe.stages.append(stage);
    }

    void readStep(const QJsonValue &value, const Stage &stage, const QString &stageWhere, int i)
    {
        const int position = m_position++;
        if (!value.isObject()) {
            m_problems.append(u"%1, field 'steps': step %2 must be an object, not %3"_s.arg(
                stageWhere, QString::number(i + 1), typeName(value)));
            return;
        }
        const QJsonObject o = value.toObject();
        const QString rawId = o.value(u"id"_s).toString();
        Fields f(o,
                 rawId.isEmpty() ? u"%1, step %2"_s.arg(stageWhere, QString::number(i + 1))
                                 : u"step '%1'"_s.arg(rawId),
                 m_problems);
        Step step;
        step.json = o;
        step.stageId = stage.id;
        step.id = f.string(u"id"_s, true);
        if (!step.id.isEmpty()) {
            checkName(f, step.id, u"step"_s);
            if (m_orderFieldIds.contains(step.id))
                f.problem(u"id"_s, u"duplicate id '%1' (also an order field)"_s.arg(step.id));
            else if (const StepEntry first = m_index.value(step.id); first.position != position)
                f.problem(u"id"_s, u"duplicate step id '%1' (first used in stage '%2')"_s.arg(
                                       step.id, first.stageId));
        }
        step.title = f.string(u"title"_s, true);

        const QString kindName = f.string(u"kind"_s, false);
        const auto kind = kindFromName(kindName);
        if (kind) {
            step.kind = *kind;
        } else if (kindName.isEmpty() && !f.has(u"kind"_s)) {
            f.problem(u"kind"_s, u"missing; known kinds: %1"_s.arg(kindNames().join(", ")));
        } else if (!kindName.isEmpty()) {
            f.problem(u"kind"_s, u"unknown kind '%1'; known kinds: %2"_s.arg(
                                     kindName, kindNames().join(", ")));
        }
        step.text = f.string(u"text"_s, kind == StepKind::Instruction);

        if (kind == StepKind::Numeric || kind == StepKind::Calculation)
            readQuantity(f, step);
        if (kind == StepKind::Calculation) {
            step.expression = f.string(u"expression"_s, true);
            if (!step.expression.isEmpty())
                checkExpression(f, u"expression"_s, step.expression, position, step.id, -1);
        }
        if (kind == StepKind::Choice)
            readChoice(f, step);
        if (kind == StepKind::Text) {
            step.required = f.boolean(u"required"_s).value_or(true);
            if (const auto max = f.number(u"maxLength"_s, false)) {
                if (!isWholeNumber(*max))
                    f.problem(u"maxLength"_s, u"must be an integer, not %1"_s.arg(num(*max)));
                else if (*max < 0)
                    f.problem(u"maxLength"_s,
                              u"must not be negative, not %1 (0 means no limit)"_s.arg(num(*max)));
                else
                    step.maxLength = static_cast<int>(*max);
            }
        }
        if (kind == StepKind::Timer)
            readTimer(f, step);

        step.when = f.string(u"when"_s, false);
        if (!step.when.isEmpty())
            checkExpression(f, u"when"_s, step.when, position, step.id, -1);
        readWindow(f, step, position);
        readRepeat(f, step);
        if (kind == StepKind::Scan)
            m_scans.read(f, step);
        readSignatures(f, step);
        DeviationSpecReader::readStep(f, step, m_orderFieldIds);
        // A hand-off is complete when the receiver has signed for the container.
        if (!step.scan.handOverTo.isEmpty())
            step.signatures.append(u"received"_s);
        m_recipe.steps.push_back(std::move(step));
    }

    void readSignatures(Fields &f, Step &step)
    {
        const auto list = f.array(u"signatures"_s, false);
        if (!list)
            return;
        static const QStringList known{u"performed"_s, u"verified"_s};
        QStringList given;
        for (const QJsonValue &v : *list) {
            const QString meaning = v.toString();
            if (!v.isString())
                f.problem(u"signatures"_s,
                          u"each signature is a string, not %1"_s.arg(typeName(v)));
            else if (!known.contains(meaning))
                f.problem(u"signatures"_s, u"unknown signature '%1'; a step can need: %2"_s.arg(
                                               meaning, known.join(u", "_s)));
            else if (given.contains(meaning))
                f.problem(u"signatures"_s, u"'%1' is listed twice"_s.arg(meaning));
            else
                given.append(meaning);
        }
        // Whatever the order written, the performer signs before the verifier sees the work.
        for (const QString &meaning : known) {
            if (given.contains(meaning))
                step.signatures.append(meaning);
        }
    }

    void readQuantity(Fields &f, Step &step)
    {
        const QJsonValue unit = step.json.value(u"unit"_s);
        if (unit.isUndefined() || (unit.isString() && unit.toString().trimmed().isEmpty()))
            f.problem(u"unit"_s, u"missing (write \"1\" for a dimensionless value)"_s);
        else
            step.unit = f.string(u"unit"_s, false);
        if (const auto decimals = f.number(u"decimals"_s, false)) {
            if (!isWholeNumber(*decimals) || *decimals < 0 || *decimals > 6)
                f.problem(u"decimals"_s,
                          u"must be an integer from 0 to 6, not %1"_s.arg(num(*decimals)));
            else
                step.decimals = static_cast<int>(*decimals);
        }
        Limits &l = step.limits;
        l.actionLow = f.number(u"actionLow"_s, false);
        l.alertLow = f.number(u"alertLow"_s, false);
        l.target = f.number(u"target"_s, false);
        l.alertHigh = f.number(u"alertHigh"_s, false);
        l.actionHigh = f.number(u"actionHigh"_s, false);

        // Each present bound is compared with the next present one; the message names the
        // action limit when one is involved, since the action band must enclose the alert band.
        struct Bound
        {
            const char *name;
            std::optional<double> value;
            bool action;
        };
        const Bound bounds[] = {{"actionLow", l.actionLow, true},
                                {"alertLow", l.alertLow, false},
                                {"target", l.target, false},
                                {"alertHigh", l.alertHigh, false},
                                {"actionHigh", l.actionHigh, true}};
        const Bound *previous = nullptr;
        for (const Bound &b : bounds) {
            if (!b.value)
                continue;
            if (previous && *previous->value > *b.value) {
                const bool action = previous->action || b.action;
                const Bound *named = previous;
                if (action)
                    named = previous->action ? previous : &b;
                else if (QLatin1String(previous->name) == QLatin1String("target"))
                    named = &b;
                f.problem(QLatin1String(named->name),
                          u"%1 limits out of order (%2 %3 > %4 %5)"_s.arg(
                              action ? u"action"_s : u"alert"_s, QLatin1String(previous->name),
                              num(*previous->value), QLatin1String(b.name), num(*b.value)));
            }
            previous = &b;
        }
    }

    void readChoice(Fields &f, Step &step)
    {
        auto readList = [&f](const QString &key, bool required, QStringList &out) {
            const auto array = f.array(key, required);
            if (!array)
                return false;
            for (qsizetype i = 0; i < array->size(); ++i) {
                const QJsonValue v = array->at(i);
                if (!v.isString() || v.toString().trimmed().isEmpty()) {
                    f.problem(key, u"entry %1 must be a non-empty string, not %2"_s.arg(i + 1).arg(
                                       v.isString() ? u"an empty one"_s : typeName(v)));
                    continue;
                }
                if (out.contains(v.toString()))
                    f.problem(key, u"duplicate option '%1'"_s.arg(v.toString()));
                else
                    out.append(v.toString());
            }
            return true;
        };
        if (readList(u"options"_s, true, step.options) && step.options.size() < 2)
            f.problem(u"options"_s,
                      u"a choice needs at least 2 options, found %1"_s.arg(step.options.size()));
        readList(u"acceptable"_s, false, step.acceptable);
        for (const QString &a : std::as_const(step.acceptable)) {
            if (!step.options.contains(a))
                f.problem(u"acceptable"_s, u"'%1' is not one of the options"_s.arg(a));
        }
    }

    void readTimer(Fields &f, Step &step)
    {
        step.minMinutes = f.number(u"minMinutes"_s, false);
        step.maxMinutes = f.number(u"maxMinutes"_s, false);
        if (!f.has(u"minMinutes"_s) && !f.has(u"maxMinutes"_s))
            f.problem(u"minMinutes"_s, u"a timer needs minMinutes, maxMinutes or both"_s);
        for (auto [name, value] :
             {std::pair{"minMinutes", step.minMinutes}, std::pair{"maxMinutes", step.maxMinutes}}) {
            if (value && *value < 0)
                f.problem(QLatin1String(name), u"must not be negative, not %1"_s.arg(num(*value)));
        }
        if (step.maxMinutes && *step.maxMinutes == 0)
            f.problem(u"maxMinutes"_s, u"must be greater than 0"_s);
        if (step.minMinutes && step.maxMinutes && *step.minMinutes > *step.maxMinutes)
            f.problem(u"minMinutes"_s, u"minMinutes %1 > maxMinutes %2"_s.arg(
                                           num(*step.minMinutes), num(*step.maxMinutes)));
    }

    void readWindow(Fields &f, Step &step, int position)
    {
        const auto object = f.object(u"window"_s);
        if (!object)
            return;
        const QString prefix = u"window."_s;
        Fields w(*object, f.where(), m_problems);
        Window window;
        window.after = w.string(u"after"_s, true, prefix);
        if (!window.after.isEmpty() && window.after != kBatchStart) {
            const QString field = u"window.after"_s;
            if (window.after == step.id)
                f.problem(field, u"refers to itself"_s);
            else if (!m_index.contains(window.after))
                f.problem(field, u"unknown step '%1' (write \"%2\" or the id of an "
                                 "earlier step)"_s.arg(window.after, kBatchStart));
            else if (m_index[window.after].position > position)
                f.problem(field, u"refers to step '%1' which comes later"_s.arg(window.after));
        }
        window.earliestMinutes = w.number(u"earliestMinutes"_s, false, prefix);
        const auto due = w.number(u"dueMinutes"_s, true, prefix);
        window.dueMinutes = due.value_or(0);
        window.latestMinutes = w.number(u"latestMinutes"_s, false, prefix);
        for (auto [name, value] :
             {std::pair{"earliestMinutes", window.earliestMinutes}, std::pair{"dueMinutes", due},
              std::pair{"latestMinutes", window.latestMinutes}}) {
            if (value && *value < 0)
                f.problem(prefix + QLatin1String(name),
                          u"must not be negative, not %1"_s.arg(num(*value)));
        }
        if (due && window.earliestMinutes && *window.earliestMinutes > *due)
            f.problem(u"window.earliestMinutes"_s,
                      u"window out of order (earliestMinutes %1 > dueMinutes %2)"_s.arg(
                          num(*window.earliestMinutes), num(*due)));
        if (due && window.latestMinutes && *due > *window.latestMinutes)
            f.problem(u"window.latestMinutes"_s,
                      u"window out of order (dueMinutes %1 > latestMinutes %2)"_s.arg(
                          num(*due), num(*window.latestMinutes)));
        step.window = window;
    }

    void readRepeat(Fields &f, Step &step)
    {
        const auto object = f.object(u"repeat"_s);
        if (!object)
            return;
        const QString prefix = u"repeat."_s;
        Fields r(*object, f.where(), m_problems);
        if (const auto count = r.number(u"count"_s, true, prefix)) {
            if (!isWholeNumber(*count) || *count < 1)
                f.problem(u"repeat.count"_s,
                          u"must be an integer of at least 1, not %1"_s.arg(num(*count)));
            else
                step.repeat.count = static_cast<int>(*count);
        }
        step.repeat.intervalMinutes = r.number(u"intervalMinutes"_s, false, prefix);
        if (step.repeat.intervalMinutes && *step.repeat.intervalMinutes <= 0)
            f.problem(u"repeat.intervalMinutes"_s,
                      u"must be greater than 0, not %1"_s.arg(num(*step.repeat.intervalMinutes)));
    }

    QJsonObject m_json;
    QStringList m_problems;
    Recipe m_recipe;
    ExpressionEngine m_engine;
    QSet<QString> m_orderFieldIds;
    QSet<QString> m_stageIds;
    QHash<QString, StepEntry> m_index; // first step with each id
    ScanSpecReader m_scans;
    int m_position = 0;
};

} // namespace

Result<Recipe> parseRecipe(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::badInput(u"recipe: not valid JSON: %1 (at byte %2)"_s.arg(error.errorString())
                                   .arg(error.offset));
    if (!doc.isObject())
        return Error::badInput(u"recipe: the file must hold one JSON object"_s);
    return Parser(doc.object()).run();
}

} // namespace ck
