#include "recipe/Expression.h"
#include "recipe/Recipe.h"
#include "recipe/RecipeParser.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <functional>

using namespace ck;
using namespace Qt::StringLiterals;

namespace {

// Small but complete: every kind, both kinds of condition, a window, a repetition. Each bad row
// breaks exactly one thing in it, so a test failure points at one rule.
const char *const kValidRecipe = R"({
  "schema": "chainkeeper.recipe/1", "id": "mini", "version": 2, "title": "Mini", "status": "draft",
  "product": "Test product", "description": "For the tests.",
  "orderFields": [{"id": "weight", "title": "Weight", "unit": "kg"}],
  "stages": [
    {"id": "receipt", "title": "Receipt", "steps": [
      {"id": "label", "kind": "instruction", "title": "Label", "text": "Check the label."},
      {"id": "bag", "kind": "choice", "title": "Bag", "options": ["intact", "damaged"],
       "acceptable": ["intact"]},
      {"id": "temp", "kind": "numeric", "title": "Temperature", "unit": "°C", "decimals": 1,
       "actionLow": 2, "alertLow": 3, "target": 5, "alertHigh": 7, "actionHigh": 8},
      {"id": "note", "kind": "text", "title": "Note", "required": false, "maxLength": 100},
      {"id": "hold", "kind": "timer", "title": "Hold", "minMinutes": 5, "maxMinutes": 30,
       "window": {"after": "batch_start", "earliestMinutes": 0, "dueMinutes": 60,
                  "latestMinutes": 120}}]},
    {"id": "dose", "title": "Dose", "when": "bag == 'intact'", "steps": [
      {"id": "density", "kind": "numeric", "title": "Density", "unit": "x10^6 cells/mL",
       "decimals": 2, "actionLow": 1, "repeat": {"count": 3, "intervalMinutes": 1440}},
      {"id": "volume", "kind": "calculation", "title": "Volume", "unit": "mL", "decimals": 1,
       "expression": "weight * 2 / density", "alertHigh": 60, "actionHigh": 70,
       "when": "temp < 8", "window": {"after": "density", "dueMinutes": 30}}]}
  ]})";

using Mutation = std::function<void(QJsonObject &)>;

QJsonObject validRecipe()
{
    return QJsonDocument::fromJson(kValidRecipe).object();
}

QByteArray apply(const Mutation &m)
{
    QJsonObject recipe = validRecipe();
    m(recipe);
    return QJsonDocument(recipe).toJson();
}

Mutation setTop(const QString &key, const QJsonValue &value)
{
    return [=](QJsonObject &r) { r[key] = value; };
}

Mutation removeTop(const QString &key)
{
    return [=](QJsonObject &r) { r.remove(key); };
}

Mutation onStage(const QString &stageId, const std::function<void(QJsonObject &)> &m)
{
    return [=](QJsonObject &r) {
        QJsonArray stages = r[u"stages"_s].toArray();
        for (qsizetype i = 0; i < stages.size(); ++i) {
            QJsonObject stage = stages[i].toObject();
            if (stage[u"id"_s].toString() == stageId) {
                m(stage);
                stages[i] = stage;
            }
        }
        r[u"stages"_s] = stages;
    };
}

Mutation onStep(const QString &stepId, const std::function<void(QJsonObject &)> &m)
{
    return [=](QJsonObject &r) {
        QJsonArray stages = r[u"stages"_s].toArray();
        for (qsizetype i = 0; i < stages.size(); ++i) {
            QJsonObject stage = stages[i].toObject();
            QJsonArray steps = stage[u"steps"_s].toArray();
            for (qsizetype k = 0; k < steps.size(); ++k) {
                QJsonObject step = steps[k].toObject();
                if (step[u"id"_s].toString() == stepId) {
                    m(step);
                    steps[k] = step;
                }
            }
            stage[u"steps"_s] = steps;
            stages[i] = stage;
        }
        r[u"stages"_s] = stages;
    };
}

Mutation setStep(const QString &stepId, const QString &key, const QJsonValue &value)
{
    return onStep(stepId, [=](QJsonObject &s) { s[key] = value; });
}

Mutation removeStep(const QString &stepId, const QString &key)
{
    return onStep(stepId, [=](QJsonObject &s) { s.remove(key); });
}

Mutation setNested(const QString &stepId, const QString &object, const QString &key,
                   const QJsonValue &value)
{
    return onStep(stepId, [=](QJsonObject &s) {
        QJsonObject o = s[object].toObject();
        if (value.isUndefined())
            o.remove(key);
        else
            o[key] = value;
        s[object] = o;
    });
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

// Two scan steps at the end of the receipt stage: the bag's CoI registers it, its DIN binds the
// batch's DIN. `m` changes them before they are added.
Mutation withScans(const std::function<void(QJsonObject &coi, QJsonObject &din)> &m = nullptr)
{
    return [=](QJsonObject &r) {
        QJsonObject coi = json(R"({"id": "bag_scan", "kind": "scan", "title": "Bag CoI",
            "scan": {"label": "coi", "match": ["coi"],
                     "registers": {"container": "bag", "role": "starting material"}}})");
        QJsonObject din = json(R"({"id": "din_scan", "kind": "scan", "title": "Bag DIN",
            "scan": {"label": "isbt128.din", "match": ["din"], "bindDin": true,
                     "container": "bag"}})");
        if (m)
            m(coi, din);
        onStage(u"receipt"_s, [&](QJsonObject &stage) {
            QJsonArray steps = stage[u"steps"_s].toArray();
            steps.append(coi);
            steps.append(din);
            stage[u"steps"_s] = steps;
        })(r);
    };
}

// Sets (or, with an undefined value, removes) one field of a step's "scan" object.
void setScan(QJsonObject &step, const QString &key, const QJsonValue &value)
{
    QJsonObject scan = step[u"scan"_s].toObject();
    if (value.isUndefined())
        scan.remove(key);
    else
        scan[key] = value;
    step[u"scan"_s] = scan;
}

QString resourcePath(const QString &file)
{
    return QStringLiteral(CHAINKEEPER_RESOURCES_DIR "/recipes/") + file;
}

} // namespace

class TestRecipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepKindNames();
    void parseGood_data();
    void parseGood();
    void parseBad_data();
    void parseBad();
    void collectsAllProblems();
    void parsedModel();
    void parsedScanModel();
    void contentHash();
    void exampleRecipes_data();
    void exampleRecipes();
    void exampleUsesEveryKindAndField();
    void expressionAllowed_data();
    void expressionAllowed();
    void expressionRefused_data();
    void expressionRefused();
    void expressionEvaluate_data();
    void expressionEvaluate();
    void expressionEvaluateRefused_data();
    void expressionEvaluateRefused();
};

void TestRecipe::stepKindNames()
{
    QCOMPARE(stepKindName(StepKind::Instruction), u"instruction"_s);
    QCOMPARE(stepKindName(StepKind::Numeric), u"numeric"_s);
    QCOMPARE(stepKindName(StepKind::Scan), u"scan"_s);
    QCOMPARE(stepKindName(StepKind::Text), u"text"_s);
    QCOMPARE(stepKindName(StepKind::Choice), u"choice"_s);
    QCOMPARE(stepKindName(StepKind::Calculation), u"calculation"_s);
    QCOMPARE(stepKindName(StepKind::Timer), u"timer"_s);
}

void TestRecipe::parseGood_data()
{
    QTest::addColumn<QByteArray>("json");
    auto row = [](const char *name, const Mutation &m) { QTest::newRow(name) << apply(m); };
    row("as written", [](QJsonObject &) {});
    row("unknown fields are kept for later versions", [](QJsonObject &r) {
        r[u"approvedBy"_s] = u"qa"_s;
        onStep(u"temp"_s, [](QJsonObject &s) { s[u"probe"_s] = u"T-12"_s; })(r);
    });
    row("approved", setTop(u"status"_s, u"approved"_s));
    row("retired", setTop(u"status"_s, u"retired"_s));
    row("recipe id with dash and digit", setTop(u"id"_s, u"2x-car_t"_s));
    row("no order fields", [](QJsonObject &r) {
        r.remove(u"orderFields"_s);
        setStep(u"volume"_s, u"expression"_s, u"2 / density"_s)(r);
    });
    row("one-sided limits", [](QJsonObject &r) {
        for (const char *k : {"actionLow", "alertLow", "target", "alertHigh"})
            removeStep(u"temp"_s, QLatin1String(k))(r);
    });
    row("limits may be equal", setStep(u"temp"_s, u"alertLow"_s, 5));
    row("no limits at all", [](QJsonObject &r) {
        for (const char *k : {"actionLow", "alertLow", "target", "alertHigh", "actionHigh"})
            removeStep(u"temp"_s, QLatin1String(k))(r);
    });
    row("decimals omitted", removeStep(u"temp"_s, u"decimals"_s));
    row("decimals 6", setStep(u"temp"_s, u"decimals"_s, 6));
    row("dimensionless calculation", setStep(u"volume"_s, u"unit"_s, u"1"_s));
    row("every option acceptable", removeStep(u"bag"_s, u"acceptable"_s));
    row("timer with only a maximum", removeStep(u"hold"_s, u"minMinutes"_s));
    row("timer with only a minimum", removeStep(u"hold"_s, u"maxMinutes"_s));
    row("text without a limit", setStep(u"note"_s, u"maxLength"_s, 0));
    row("window after an instruction", setNested(u"volume"_s, u"window"_s, u"after"_s, u"label"_s));
    row("window with only a due time", [](QJsonObject &r) {
        setNested(u"hold"_s, u"window"_s, u"earliestMinutes"_s, QJsonValue::Undefined)(r);
        setNested(u"hold"_s, u"window"_s, u"latestMinutes"_s, QJsonValue::Undefined)(r);
    });
    row("repeat without interval",
        setNested(u"density"_s, u"repeat"_s, u"intervalMinutes"_s, QJsonValue::Undefined));
    row("expression with Math and a ternary",
        setStep(u"volume"_s, u"expression"_s,
                u"Math.min(weight * 2 / density, 70) * (bag === 'intact' ? 1 : 0)"_s));
    row("performer and verifier signatures",
        setStep(u"temp"_s, u"signatures"_s, QJsonArray{u"performed"_s, u"verified"_s}));
    row("verifier signature only", setStep(u"bag"_s, u"signatures"_s, QJsonArray{u"verified"_s}));
    row("no signatures", setStep(u"bag"_s, u"signatures"_s, QJsonArray{}));
    row("stage condition on an order field",
        onStage(u"receipt"_s, [](QJsonObject &s) { s[u"when"_s] = u"weight > 0"_s; }));
    row("scan steps: a CoI registers the bag, its DIN binds the batch's", withScans());
    row("scan of an ISBT 128 compound label with every check",
        withScans([](QJsonObject &, QJsonObject &din) {
            setScan(din, u"label"_s, u"isbt128.compound"_s);
            setScan(din, u"match"_s,
                    QJsonArray{u"coi"_s, u"din"_s, u"productCode"_s, u"notExpired"_s});
            setScan(din, u"productCodes"_s, QJsonArray{u"S1234"_s, u"S1235A00"_s});
        }));
    row("scan of a GS1 reagent that must not be expired",
        withScans([](QJsonObject &, QJsonObject &din) {
            setScan(din, u"label"_s, u"gs1"_s);
            setScan(din, u"match"_s, QJsonArray{u"notExpired"_s});
            setScan(din, u"bindDin"_s, QJsonValue::Undefined);
        }));
    row("hand-off scan with a condition", withScans([](QJsonObject &, QJsonObject &din) {
            setScan(din, u"handOver"_s, json(R"({"to": "QC"})"));
            din[u"when"_s] = u"bag == 'intact'"_s;
        }));
    row("checking scan repeated", withScans([](QJsonObject &, QJsonObject &din) {
            din[u"repeat"_s] = json(R"({"count": 2})");
        }));
}

void TestRecipe::parseGood()
{
    QFETCH(QByteArray, json);
    const auto recipe = parseRecipe(json);
    QVERIFY2(recipe.ok(), recipe.ok() ? "" : qPrintable(recipe.error().message));
}

void TestRecipe::parseBad_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fragments");
    auto row = [](const char *name, const Mutation &m, const QStringList &fragments) {
        QTest::newRow(name) << apply(m) << fragments;
    };
    const QString temp = u"temp"_s, volume = u"volume"_s, bag = u"bag"_s, hold = u"hold"_s,
                  density = u"density"_s, window = u"window"_s, repeat = u"repeat"_s;

    QTest::newRow("not JSON") << QByteArray("{\"schema\": ") << QStringList{"not valid JSON"};
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringList{"one JSON object"};

    row("schema missing", removeTop("schema"), {"recipe, field 'schema'", "missing"});
    row("schema newer", setTop("schema", "chainkeeper.recipe/2"),
        {"field 'schema'", "newer", "chainkeeper.recipe/1"});
    row("schema unknown", setTop("schema", "labware/1"), {"field 'schema'", "unknown schema"});
    row("schema not a string", setTop("schema", 1), {"field 'schema'", "must be a string"});
    row("id missing", removeTop("id"), {"recipe, field 'id'", "missing"});
    row("id empty", setTop("id", ""), {"recipe, field 'id'", "missing"});
    row("id invalid", setTop("id", "Mini Recipe"), {"field 'id'", "not a valid recipe id"});
    row("version zero", setTop("version", 0), {"field 'version'", "positive integer, not 0"});
    row("version fractional", setTop("version", 1.5), {"field 'version'", "positive integer"});
    row("version a string", setTop("version", "3"), {"field 'version'", "must be a number"});
    row("version missing", removeTop("version"), {"field 'version'", "missing"});
    row("title missing", removeTop("title"), {"recipe, field 'title'", "missing"});
    row("status missing", removeTop("status"), {"field 'status'", "missing"});
    row("status unknown", setTop("status", "final"),
        {"field 'status'", "'final' is not one of draft, approved, retired"});
    row("product not a string", setTop("product", 5), {"field 'product'", "must be a string"});
    row("no stages", setTop("stages", QJsonArray()), {"field 'stages'", "no stages"});
    row("stages missing", removeTop("stages"), {"field 'stages'", "missing"});
    row("stages not an array", setTop("stages", "all"), {"field 'stages'", "must be an array"});
    row("order fields not an array", setTop("orderFields", 1), {"field 'orderFields'", "array"});
    row("order field duplicate",
        setTop("orderFields", QJsonArray{json(R"({"id": "weight", "title": "W"})"),
                                         json(R"({"id": "weight", "title": "W2"})")}),
        {"order field 'weight', field 'id'", "duplicate"});
    row("order field invalid id", setTop("orderFields", QJsonArray{json(R"({"id": "Weight"})")}),
        {"order field 'Weight', field 'id'", "not a valid order field id"});
    row("order field title missing", setTop("orderFields", QJsonArray{json(R"({"id": "weight"})")}),
        {"order field 'weight', field 'title'", "missing"});

    row("stage without steps", onStage("dose", [](QJsonObject &s) { s["steps"] = QJsonArray(); }),
        {"stage 'dose', field 'steps'", "no steps"});
    row("stage steps missing", onStage("dose", [](QJsonObject &s) { s.remove("steps"); }),
        {"stage 'dose', field 'steps'", "no steps"});
    row("stage steps not an array", onStage("dose", [](QJsonObject &s) { s["steps"] = ""; }),
        {"stage 'dose', field 'steps'", "must be an array, not a string"});
    row("stage duplicate id", onStage("dose", [](QJsonObject &s) { s["id"] = "receipt"; }),
        {"stage 'receipt', field 'id'", "duplicate stage id"});
    row("stage id invalid", onStage("dose", [](QJsonObject &s) { s["id"] = "Dose!"; }),
        {"stage 'Dose!', field 'id'", "not a valid stage id"});
    row("stage title missing", onStage("dose", [](QJsonObject &s) { s.remove("title"); }),
        {"stage 'dose', field 'title'", "missing"});
    row("stage not an object", setTop("stages", QJsonArray{1}), {"field 'stages'", "stage 1"});
    row("stage condition on its own step",
        onStage("dose", [](QJsonObject &s) { s["when"] = "density > 1"; }),
        {"stage 'dose', field 'when'", "'density' of this stage"});
    row("stage condition on a later stage",
        onStage("receipt", [](QJsonObject &s) { s["when"] = "density > 1"; }),
        {"stage 'receipt', field 'when'", "refers to step 'density' which comes later"});
    row("stage condition unknown name",
        onStage("dose", [](QJsonObject &s) { s["when"] = "bagg == 'intact'"; }),
        {"stage 'dose', field 'when'", "unknown name 'bagg'", "did you mean 'bag'"});

    row("step id duplicate", setStep(volume, "id", "temp"),
        {"step 'temp', field 'id'", "duplicate"});
    row("step id same as order field", setStep("note", "id", "weight"),
        {"step 'weight', field 'id'", "also an order field"});
    row("step id invalid", setStep("note", "id", "Note-1"),
        {"step 'Note-1', field 'id'", "not a valid step id"});
    row("step id reserved word", setStep("label", "id", "new"),
        {"step 'new', field 'id'", "reserved"});
    row("step id batch_start", setStep("label", "id", "batch_start"),
        {"step 'batch_start', field 'id'", "reserved"});
    row("step id missing", removeStep("label", "id"),
        {"stage 'receipt', step 1, field 'id'", "missing"});
    row("step not an object", onStage("dose", [](QJsonObject &s) { s["steps"] = QJsonArray{2}; }),
        {"stage 'dose', field 'steps'", "step 1 must be an object"});
    row("step title missing", removeStep(temp, "title"), {"step 'temp', field 'title'", "missing"});
    row("kind missing", removeStep("label", "kind"),
        {"step 'label', field 'kind'", "missing", "known kinds: instruction, numeric"});
    row("kind unknown", setStep("label", "kind", "bag_scan"),
        {"step 'label', field 'kind'", "unknown kind 'bag_scan'", "calculation, timer"});
    row("instruction text missing", removeStep("label", "text"),
        {"step 'label', field 'text'", "missing"});
    row("text not a string", setStep("label", "text", QJsonArray{}),
        {"step 'label', field 'text'", "must be a string, not an array"});

    row("numeric unit missing", removeStep(temp, "unit"), {"step 'temp', field 'unit'", "missing"});
    row("numeric unit empty", setStep(temp, "unit", ""), {"step 'temp', field 'unit'", "missing"});
    row("calculation unit missing", removeStep(volume, "unit"),
        {"step 'volume', field 'unit'", "\"1\" for a dimensionless"});
    row("decimals too many", setStep(temp, "decimals", 7),
        {"step 'temp', field 'decimals'", "0 to 6"});
    row("decimals negative", setStep(temp, "decimals", -1), {"field 'decimals'", "0 to 6, not -1"});
    row("decimals fractional", setStep(temp, "decimals", 1.5), {"field 'decimals'", "integer"});
    row("limit not a number", setStep(temp, "alertLow", "3"),
        {"step 'temp', field 'alertLow'", "must be a number, not a string"});
    row("alert low above target", setStep(temp, "alertLow", 6),
        {"step 'temp', field 'alertLow'", "alert limits out of order (alertLow 6 > target 5)"});
    row("target above alert high", setStep(temp, "target", 7.5),
        {"step 'temp', field 'alertHigh'", "alert limits out of order (target 7.5 > alertHigh 7)"});
    row("action low above alert low", setStep(temp, "actionLow", 4),
        {"step 'temp', field 'actionLow'",
         "action limits out of order (actionLow 4 > alertLow 3)"});
    row("action high below alert high", setStep(temp, "actionHigh", 6),
        {"step 'temp', field 'actionHigh'",
         "action limits out of order (alertHigh 7 > actionHigh 6)"});
    row("calculation limits out of order", setStep(volume, "alertHigh", 80),
        {"step 'volume', field 'actionHigh'", "alertHigh 80 > actionHigh 70"});

    row("choice one option", setStep(bag, "options", QJsonArray{"intact"}),
        {"step 'bag', field 'options'", "at least 2 options, found 1"});
    row("choice options missing", removeStep(bag, "options"),
        {"step 'bag', field 'options'", "missing"});
    row("choice duplicate option",
        setStep(bag, "options", QJsonArray{"intact", "damaged", "intact"}),
        {"step 'bag', field 'options'", "duplicate option 'intact'"});
    row("choice option not a string", setStep(bag, "options", QJsonArray{"intact", 2}),
        {"step 'bag', field 'options'", "entry 2 must be a non-empty string"});
    row("choice acceptable not an option", setStep(bag, "acceptable", QJsonArray{"broken"}),
        {"step 'bag', field 'acceptable'", "'broken' is not one of the options"});

    row("text maxLength negative", setStep("note", "maxLength", -1),
        {"step 'note', field 'maxLength'", "negative"});
    row("text maxLength fractional", setStep("note", "maxLength", 2.5),
        {"step 'note', field 'maxLength'", "integer"});
    row("text required not a boolean", setStep("note", "required", "yes"),
        {"step 'note', field 'required'", "must be true or false"});

    row("expression missing", removeStep(volume, "expression"),
        {"step 'volume', field 'expression'", "missing"});
    row("expression unknown name", setStep(volume, "expression", "wieght * 2"),
        {"step 'volume', field 'expression'", "unknown name 'wieght'", "did you mean 'weight'"});
    row("expression refers to itself", setStep(volume, "expression", "volume * 2"),
        {"step 'volume', field 'expression'", "refers to itself"});
    row("expression refers to an instruction", setStep(volume, "expression", "label * 2"),
        {"step 'volume', field 'expression'", "'label', which records no value"});
    row("expression assignment", setStep(volume, "expression", "weight = 2"),
        {"step 'volume', field 'expression'", "'=' (assignment) is not allowed"});
    row("expression does not parse", setStep(volume, "expression", "weight * * 2"),
        {"step 'volume', field 'expression'", "does not parse"});
    row("step condition on a later step", setStep(temp, "when", "density > 1"),
        {"step 'temp', field 'when'", "refers to step 'density' which comes later"});
    row("step condition on itself", setStep(temp, "when", "temp > 1"),
        {"step 'temp', field 'when'", "refers to itself"});
    row("step condition not a string", setStep(temp, "when", true),
        {"step 'temp', field 'when'", "must be a string, not true"});
    row("step condition refused", setStep(temp, "when", "bag.length > 1"),
        {"step 'temp', field 'when'", "'.' (property access"});

    row("timer without bounds",
        [](QJsonObject &r) {
            removeStep("hold", "minMinutes")(r);
            removeStep("hold", "maxMinutes")(r);
        },
        {"step 'hold', field 'minMinutes'", "minMinutes, maxMinutes or both"});
    row("timer negative", setStep(hold, "minMinutes", -5),
        {"step 'hold', field 'minMinutes'", "must not be negative"});
    row("timer min above max", setStep(hold, "minMinutes", 40),
        {"step 'hold', field 'minMinutes'", "minMinutes 40 > maxMinutes 30"});
    row("timer bound not a number", setStep(hold, "maxMinutes", "30"),
        {"step 'hold', field 'maxMinutes'", "must be a number"});

    row("window not an object", setStep(hold, "window", "soon"),
        {"step 'hold', field 'window'", "must be an object, not a string"});
    row("window after missing", setNested(hold, window, "after", QJsonValue::Undefined),
        {"step 'hold', field 'window.after'", "missing"});
    row("window after unknown", setNested(hold, window, "after", "nope"),
        {"step 'hold', field 'window.after'", "unknown step 'nope'"});
    row("window after a later step", setNested(hold, window, "after", "density"),
        {"step 'hold', field 'window.after'", "refers to step 'density' which comes later"});
    row("window after itself", setNested(hold, window, "after", "hold"),
        {"step 'hold', field 'window.after'", "refers to itself"});
    row("window due missing", setNested(hold, window, "dueMinutes", QJsonValue::Undefined),
        {"step 'hold', field 'window.dueMinutes'", "missing"});
    row("window earliest after due", setNested(hold, window, "earliestMinutes", 90),
        {"step 'hold', field 'window.earliestMinutes'", "earliestMinutes 90 > dueMinutes 60"});
    row("window due after latest", setNested(hold, window, "latestMinutes", 30),
        {"step 'hold', field 'window.latestMinutes'", "dueMinutes 60 > latestMinutes 30"});
    row("window negative", setNested(hold, window, "earliestMinutes", -10),
        {"step 'hold', field 'window.earliestMinutes'", "negative"});
    row("window due not a number", setNested(hold, window, "dueMinutes", "1h"),
        {"step 'hold', field 'window.dueMinutes'", "must be a number"});

    row("repeat count zero", setNested(density, repeat, "count", 0),
        {"step 'density', field 'repeat.count'", "at least 1, not 0"});
    row("repeat count fractional", setNested(density, repeat, "count", 2.5),
        {"step 'density', field 'repeat.count'", "integer"});
    row("repeat count missing", setNested(density, repeat, "count", QJsonValue::Undefined),
        {"step 'density', field 'repeat.count'", "missing"});
    row("repeat interval zero", setNested(density, repeat, "intervalMinutes", 0),
        {"step 'density', field 'repeat.intervalMinutes'", "greater than 0"});
    row("repeat interval negative", setNested(density, repeat, "intervalMinutes", -60),
        {"step 'density', field 'repeat.intervalMinutes'", "greater than 0, not -60"});
    row("signatures not a list", setStep(temp, "signatures", "performed"),
        {"step 'temp', field 'signatures'", "must be an array"});
    row("signature unknown", setStep(temp, "signatures", QJsonArray{"performed", "approved"}),
        {"step 'temp', field 'signatures'", "unknown signature 'approved'", "performed, verified"});
    row("signature twice", setStep(temp, "signatures", QJsonArray{"verified", "verified"}),
        {"step 'temp', field 'signatures'", "'verified' is listed twice"});
    row("signature not text", setStep(temp, "signatures", QJsonArray{1}),
        {"step 'temp', field 'signatures'", "each signature is a string, not a number"});
    row("repeat not an object", setStep(density, "repeat", 3),
        {"step 'density', field 'repeat'", "must be an object"});

    using Scans = std::function<void(QJsonObject &, QJsonObject &)>;
    auto onCoi = [](const Scans &m) { return withScans(m); };
    row("scan missing", onCoi([](QJsonObject &coi, QJsonObject &) { coi.remove("scan"); }),
        {"step 'bag_scan', field 'scan'", "missing", "which label"});
    row("scan not an object", onCoi([](QJsonObject &coi, QJsonObject &) { coi["scan"] = "coi"; }),
        {"step 'bag_scan', field 'scan'", "must be an object, not a string"});
    row("scan label missing", onCoi([](QJsonObject &coi, QJsonObject &) {
            setScan(coi, "label", QJsonValue::Undefined);
        }),
        {"step 'bag_scan', field 'scan.label'", "missing"});
    row("scan label unknown",
        onCoi([](QJsonObject &coi, QJsonObject &) { setScan(coi, "label", "qr"); }),
        {"step 'bag_scan', field 'scan.label'", "unknown label 'qr'", "isbt128.din"});
    row("scan match missing", onCoi([](QJsonObject &coi, QJsonObject &) {
            setScan(coi, "match", QJsonValue::Undefined);
        }),
        {"step 'bag_scan', field 'scan.match'", "missing"});
    row("scan match empty",
        onCoi([](QJsonObject &coi, QJsonObject &) { setScan(coi, "match", QJsonArray()); }),
        {"step 'bag_scan', field 'scan.match'", "at least one of: coi, din"});
    row("scan check unknown", onCoi([](QJsonObject &coi, QJsonObject &) {
            setScan(coi, "match", QJsonArray{"patient"});
        }),
        {"step 'bag_scan', field 'scan.match'", "unknown check 'patient'"});
    row("scan check twice", onCoi([](QJsonObject &coi, QJsonObject &) {
            setScan(coi, "match", QJsonArray{"coi", "coi"});
        }),
        {"step 'bag_scan', field 'scan.match'", "'coi' is listed twice"});
    row("scan check the label cannot carry", onCoi([](QJsonObject &coi, QJsonObject &) {
            setScan(coi, "label", "isbt128.coi");
            setScan(coi, "match", QJsonArray{"coi", "din"});
        }),
        {"step 'bag_scan', field 'scan.match'", "a 'isbt128.coi' label carries no din",
         "it carries: coi"});
    row("GS1 where an identity is checked",
        onCoi([](QJsonObject &coi, QJsonObject &) { setScan(coi, "label", "gs1"); }),
        {"step 'bag_scan', field 'scan.match'", "a 'gs1' label carries no coi"});
    row("product codes missing", onCoi([](QJsonObject &, QJsonObject &din) {
            setScan(din, "label", "isbt128.compound");
            setScan(din, "match", QJsonArray{"din", "productCode"});
        }),
        {"step 'din_scan', field 'scan.productCodes'", "missing"});
    row("product code malformed", onCoi([](QJsonObject &, QJsonObject &din) {
            setScan(din, "label", "isbt128.compound");
            setScan(din, "match", QJsonArray{"din", "productCode"});
            setScan(din, "productCodes", QJsonArray{"s12"});
        }),
        {"step 'din_scan', field 'scan.productCodes'", "'s12' is not an ISBT 128 product"});
    row("product codes without the check", onCoi([](QJsonObject &coi, QJsonObject &) {
            setScan(coi, "productCodes", QJsonArray{"S1234"});
        }),
        {"step 'bag_scan', field 'scan.productCodes'", "only used when 'match' lists productCode"});
    row("DIN bound from a CoI label",
        onCoi([](QJsonObject &coi, QJsonObject &) { setScan(coi, "bindDin", true); }),
        {"step 'bag_scan', field 'scan.bindDin'", "a 'coi' label carries no DIN to bind"});
    row("DIN matched before any step binds it", onCoi([](QJsonObject &, QJsonObject &din) {
            setScan(din, "bindDin", QJsonValue::Undefined);
        }),
        {"step 'din_scan', field 'scan.match'", "no earlier step binds"});
    row("registers and container",
        onCoi([](QJsonObject &coi, QJsonObject &) { setScan(coi, "container", "bag"); }),
        {"step 'bag_scan', field 'scan'", "not both"});
    row("no container", onCoi([](QJsonObject &coi, QJsonObject &) {
            setScan(coi, "registers", QJsonValue::Undefined);
        }),
        {"step 'bag_scan', field 'scan'", "names no container"});
    row("container never registered",
        onCoi([](QJsonObject &, QJsonObject &din) { setScan(din, "container", "box"); }),
        {"step 'din_scan', field 'scan.container'", "'box' is not registered by an earlier step",
         "registered before it: bag"});
    row("container registered twice", onCoi([](QJsonObject &, QJsonObject &din) {
            setScan(din, "container", QJsonValue::Undefined);
            setScan(din, "registers", json(R"({"container": "bag"})"));
        }),
        {"step 'din_scan', field 'scan.registers.container'",
         "already registered by step 'bag_scan'"});
    row("container id invalid", onCoi([](QJsonObject &coi, QJsonObject &) {
            setScan(coi, "registers", json(R"({"container": "Bag 1"})"));
        }),
        {"step 'bag_scan', field 'scan.registers.container'",
         "'Bag 1' is not a valid container id"});
    row("hand-off to nobody",
        onCoi([](QJsonObject &, QJsonObject &din) { setScan(din, "handOver", QJsonObject()); }),
        {"step 'din_scan', field 'scan.handOver.to'", "missing"});
    row("registering step repeated",
        onCoi([](QJsonObject &coi, QJsonObject &) { coi["repeat"] = json(R"({"count": 2})"); }),
        {"step 'bag_scan', field 'repeat.count'", "registered by one scan"});
    row("received listed as a signature",
        onCoi([](QJsonObject &coi, QJsonObject &) { coi["signatures"] = QJsonArray{"received"}; }),
        {"step 'bag_scan', field 'signatures'", "unknown signature 'received'"});
    row("expression naming a scan",
        [](QJsonObject &r) {
            withScans()(r);
            setStep("volume", "expression", "weight * 2 / density + (bag_scan ? 0 : 1)")(r);
        },
        {"step 'volume', field 'expression'", "refers to step 'bag_scan', which records no value"});
}

void TestRecipe::parseBad()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fragments);
    const auto recipe = parseRecipe(json);
    QVERIFY(!recipe.ok());
    QCOMPARE(recipe.error().kind, Error::Kind::BadInput);
    for (const QString &fragment : fragments)
        QVERIFY2(recipe.error().message.contains(fragment),
                 qPrintable(u"'%1' not in: %2"_s.arg(fragment, recipe.error().message)));
}

void TestRecipe::collectsAllProblems()
{
    QJsonObject r = validRecipe();
    r.remove(u"title"_s);
    setStep(u"temp"_s, u"alertLow"_s, 6)(r);
    setStep(u"bag"_s, u"acceptable"_s, QJsonArray{"broken"})(r);
    const auto recipe = parseRecipe(QJsonDocument(r).toJson());
    QVERIFY(!recipe.ok());
    const QStringList lines = recipe.error().message.split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(u"recipe, field 'title'"_s));
    QVERIFY(lines[1].startsWith(u"step 'bag', field 'acceptable'"_s));
    QVERIFY(lines[2].startsWith(u"step 'temp', field 'alertLow'"_s));
}

void TestRecipe::parsedScanModel()
{
    const auto parsed = parseRecipe(apply(withScans([](QJsonObject &, QJsonObject &din) {
        setScan(din, u"handOver"_s, json(R"({"to": "QC laboratory"})"));
        din[u"signatures"_s] = QJsonArray{u"performed"_s};
    })));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    const Step *coi = parsed->step(u"bag_scan"_s);
    QCOMPARE(coi->kind, StepKind::Scan);
    QCOMPARE(coi->scan.label, u"coi"_s);
    QCOMPARE(coi->scan.match, QStringList{u"coi"_s});
    QVERIFY(coi->scan.registers);
    QCOMPARE(coi->scan.container, u"bag"_s);
    QCOMPARE(coi->scan.role, u"starting material"_s);
    QVERIFY(!coi->scan.bindDin);
    QVERIFY(coi->signatures.isEmpty());
    const Step *din = parsed->step(u"din_scan"_s);
    QVERIFY(din->scan.bindDin);
    QVERIFY(!din->scan.registers);
    QCOMPARE(din->scan.container, u"bag"_s);
    QCOMPARE(din->scan.handOverTo, u"QC laboratory"_s);
    // The receiver signs a hand-off last, after the signatures the recipe lists.
    QCOMPARE(din->signatures, (QStringList{u"performed"_s, u"received"_s}));
}

void TestRecipe::parsedModel()
{
    const auto parsed = parseRecipe(kValidRecipe);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    const Recipe &r = *parsed;
    QCOMPARE(r.schemaVersion, 1);
    QCOMPARE(r.id, u"mini"_s);
    QCOMPARE(r.version, 2);
    QCOMPARE(r.status, u"draft"_s);
    QCOMPARE(r.product, u"Test product"_s);
    QCOMPARE(r.orderFields.size(), 1);
    QCOMPARE(r.orderFields[0].unit, u"kg"_s);
    QCOMPARE(r.stages.size(), 2);
    QCOMPARE(r.steps.size(), std::size_t(7));
    QCOMPARE(r.stages[0].firstStep, 0);
    QCOMPARE(r.stages[0].stepCount, 5);
    QCOMPARE(r.stages[1].firstStep, 5);
    QCOMPARE(r.stages[1].stepCount, 2);
    QCOMPARE(r.stages[1].when, u"bag == 'intact'"_s);
    QCOMPARE(r.stage(u"dose"_s), &r.stages[1]);
    QCOMPARE(r.stage(u"nope"_s), nullptr);
    QCOMPARE(r.indexOf(u"volume"_s), 6);
    QCOMPARE(r.indexOf(u"nope"_s), -1);
    QCOMPARE(r.step(u"nope"_s), nullptr);

    const Step *temp = r.step(u"temp"_s);
    QVERIFY(temp);
    QCOMPARE(temp->kind, StepKind::Numeric);
    QCOMPARE(temp->stageId, u"receipt"_s);
    QCOMPARE(temp->unit, u"°C"_s);
    QCOMPARE(temp->decimals, 1);
    QCOMPARE(*temp->limits.actionLow, 2.0);
    QCOMPARE(*temp->limits.target, 5.0);
    QCOMPARE(*temp->limits.actionHigh, 8.0);
    QCOMPARE(temp->json.value(u"title"_s).toString(), u"Temperature"_s);

    const Step *bag = r.step(u"bag"_s);
    QCOMPARE(bag->options, (QStringList{"intact", "damaged"}));
    QCOMPARE(bag->acceptable, QStringList{"intact"});
    const Step *note = r.step(u"note"_s);
    QCOMPARE(note->required, false);
    QCOMPARE(note->maxLength, 100);
    const Step *hold = r.step(u"hold"_s);
    QCOMPARE(*hold->minMinutes, 5.0);
    QCOMPARE(*hold->maxMinutes, 30.0);
    QVERIFY(hold->window);
    QCOMPARE(hold->window->after, u"batch_start"_s);
    QCOMPARE(*hold->window->earliestMinutes, 0.0);
    QCOMPARE(hold->window->dueMinutes, 60.0);
    QCOMPARE(*hold->window->latestMinutes, 120.0);
    const Step *density = r.step(u"density"_s);
    QCOMPARE(density->stageId, u"dose"_s);
    QCOMPARE(density->repeat.count, 3);
    QCOMPARE(*density->repeat.intervalMinutes, 1440.0);
    QCOMPARE(r.step(u"label"_s)->repeat.count, 1);
    const Step *volume = r.step(u"volume"_s);
    QCOMPARE(volume->kind, StepKind::Calculation);
    QCOMPARE(volume->expression, u"weight * 2 / density"_s);
    QCOMPARE(volume->when, u"temp < 8"_s);
    QVERIFY(!volume->limits.actionLow);
    QCOMPARE(volume->window->after, u"density"_s);
    QVERIFY(!volume->window->latestMinutes);
}

void TestRecipe::contentHash()
{
    const auto a = parseRecipe(kValidRecipe);
    QVERIFY(a.ok());
    QCOMPARE(a->contentHash.size(), 64);
    const QByteArray compact = QJsonDocument(validRecipe()).toJson(QJsonDocument::Compact);
    QCOMPARE(a->contentHash, QCryptographicHash::hash(compact, QCryptographicHash::Sha256).toHex());

    // The same content written differently (indentation, key order) hashes the same.
    const auto b = parseRecipe(QJsonDocument(validRecipe()).toJson(QJsonDocument::Indented));
    QCOMPARE(b->contentHash, a->contentHash);
    QByteArray reordered = compact;
    reordered.replace("{\"description\":\"For the tests.\",", "{");
    reordered.replace("\"version\":2}", "\"version\":2,\"description\":\"For the tests.\"}");
    QVERIFY(reordered != compact);
    QCOMPARE(parseRecipe(reordered)->contentHash, a->contentHash);

    const auto c = parseRecipe(apply(setStep(u"temp"_s, u"target"_s, 4)));
    QVERIFY(c.ok());
    QVERIFY(c->contentHash != a->contentHash);
    const auto d = parseRecipe(apply(setTop(u"description"_s, u"x"_s)));
    QVERIFY(d->contentHash != a->contentHash);
}

void TestRecipe::exampleRecipes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::newRow("autologous") << "car-t-autologous.json"
                                << "car-t-autologous";
    QTest::newRow("rapid") << "car-t-rapid.json"
                           << "car-t-rapid";
}

void TestRecipe::exampleRecipes()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFile f(resourcePath(file));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const auto recipe = parseRecipe(f.readAll());
    QVERIFY2(recipe.ok(), recipe.ok() ? "" : qPrintable(recipe.error().message));
    QCOMPARE(recipe->id, id);
    QCOMPARE(recipe->status, u"approved"_s);
    QCOMPARE(recipe->version, 1);
    // The dose formula gives a plausible volume for a typical patient: 70 kg at 2 x10^6 CAR+
    // cells/kg from 20 x10^6 viable cells/mL that are 35 % CAR+ is 20 mL, in specification.
    const Step *dose = recipe->step(u"dose_volume"_s);
    QVERIFY(dose);
    ExpressionEngine engine;
    const auto volume = engine.evaluate(
        dose->expression, json(R"({"patient_weight_kg": 70, "dose_per_kg": 2, "car_pct": 35,
                                    "formulated_density": 20, "harvest_density": 20})"));
    QVERIFY2(volume.ok(), volume.ok() ? "" : qPrintable(volume.error().message));
    QVERIFY(qFuzzyCompare(volume->toDouble(), 20.0));
    QVERIFY(*dose->limits.alertLow <= 20.0 && 20.0 <= *dose->limits.alertHigh);
}

void TestRecipe::exampleUsesEveryKindAndField()
{
    QFile f(resourcePath(u"car-t-autologous.json"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto recipe = parseRecipe(f.readAll());
    QVERIFY(recipe.ok());
    QSet<QString> kinds, fields;
    for (const Step &s : recipe->steps) {
        kinds.insert(stepKindName(s.kind));
        for (auto it = s.json.begin(); it != s.json.end(); ++it) {
            fields.insert(it.key());
            if (it.value().isObject()) {
                for (const QString &k : it.value().toObject().keys())
                    fields.insert(it.key() + u'.' + k);
            }
        }
        if (s.window && s.window->after == u"batch_start"_s)
            fields.insert(u"after batch_start"_s);
        else if (s.window)
            fields.insert(u"after a step"_s);
    }
    for (const Stage &st : recipe->stages) {
        if (!st.when.isEmpty())
            fields.insert(u"stage when"_s);
    }
    QCOMPARE(kinds.size(), 7);
    for (const char *field : {"id",
                              "kind",
                              "title",
                              "text",
                              "unit",
                              "decimals",
                              "target",
                              "alertLow",
                              "alertHigh",
                              "actionLow",
                              "actionHigh",
                              "required",
                              "maxLength",
                              "options",
                              "acceptable",
                              "expression",
                              "minMinutes",
                              "maxMinutes",
                              "when",
                              "window.after",
                              "window.earliestMinutes",
                              "window.dueMinutes",
                              "window.latestMinutes",
                              "repeat.count",
                              "repeat.intervalMinutes",
                              "signatures",
                              "scan.label",
                              "scan.match",
                              "scan.bindDin",
                              "scan.registers",
                              "scan.container",
                              "scan.handOver",
                              "after batch_start",
                              "after a step",
                              "stage when"})
        QVERIFY2(fields.contains(QLatin1String(field)), field);
    QVERIFY(!recipe->orderFields.isEmpty());
    // The chain-of-identity check is verified by a second person before anything else happens.
    QCOMPARE(recipe->steps.front().signatures, (QStringList{u"performed"_s, u"verified"_s}));
}

void TestRecipe::expressionAllowed_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QStringList>("used");
    auto row = [](const char *e, const QStringList &used) { QTest::newRow(e) << e << used; };
    row("1 + 2 * 3 - 4 / 5 % 6 ** 2", {});
    row("1e6 * .5 + 2.5E-3", {});
    row("a + b + a", {"a", "b"});
    row("b > 1 && a <= 2 || !(a === 3) && b !== 4 && a != 5 && b == 6 && a >= 0 && b < 9",
        {"b", "a"});
    row("choice === 'intact' ? 1 : 0", {"choice"});
    row("choice == \"a \\\"quoted\\\" text\"", {"choice"});
    row("Math.max(a, Math.min(b, 10)) + Math.round(a) + Math.PI * Math.E", {"a", "b"});
    row("Math.sqrt(Math.pow(a, 2)) + Math.abs(Math.log10(b)) + Math.floor(Math.ceil(a))",
        {"a", "b"});
    row("isFinite(a / b) ? a / b : 0", {"a", "b"});
    row("true && !false && choice !== null", {"choice"});
    row("a ?.5:1", {"a"});
    row("-a + +b", {"a", "b"});
    QTest::newRow("white space and new lines") << u"  (\n a\n )  "_s << QStringList{"a"};
}

void TestRecipe::expressionAllowed()
{
    QFETCH(QString, expression);
    QFETCH(QStringList, used);
    ExpressionEngine engine;
    const auto names = engine.check(expression, {"a", "b", "choice"});
    QVERIFY2(names.ok(), names.ok() ? "" : qPrintable(names.error().message));
    QCOMPARE(names.value(), used);
}

void TestRecipe::expressionRefused_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("fragment");
    auto row = [](const char *e, const char *fragment) { QTest::newRow(e) << e << fragment; };
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("blank") << u"  \n "_s << u"empty"_s;
    row("cd3_cout * 2", "unknown name 'cd3_cout'");
    row("a = 2", "'=' (assignment) is not allowed");
    row("a += 2", "'+=' (assignment) is not allowed");
    row("a++", "'++' (increment or decrement) is not allowed");
    row("a; b", "';' is not allowed");
    row("{a: 1}", "'{' is not allowed");
    row("function() { return 1 }", "'function' is not allowed");
    row("(() => 1)", "'=>' (arrow function) is not allowed");
    row("while(true){}", "'while' is not allowed");
    row("new Date()", "'new' is not allowed");
    row("this", "'this' is not allowed");
    row("globalThis", "'globalThis' is not allowed");
    row("eval('1')", "'eval' is not allowed");
    row("Function('return 1')()", "'Function' is not allowed");
    row("a.constructor", "'.' (property access");
    row("Math.constructor", "'Math.constructor' is not a Math function or constant");
    row("Math.random()", "'Math.random' is not allowed");
    row("Math", "'Math' must be followed by a member");
    row("Math.max", "'Math.max' must be called");
    row("Math['max'](1, 2)", "'Math' must be followed by a member");
    row("Math.max.apply(null, [1])", "'Math.max' must be called");
    row("isFinite", "'isFinite' must be called");
    row("a[0]", "'[' is not allowed");
    row("[1, 2]", "'[' is not allowed");
    row("`a${b}`", "'`' (template string) is not allowed");
    row("a?.b", "'?.' (property access");
    row("a ?\? b", "'?\?' is not allowed");
    row("a & b", "'&' (bitwise operator) is not allowed");
    row("...a", "'...' (spread) is not allowed");
    row("typeof a", "'typeof' is not allowed");
    row("a(1)", "'a(' calls a value");
    row("(a)(1)", "')(' calls a value");
    row("a, b", "',' is only allowed between the arguments");
    row("(a", "missing ')'");
    row("a)", "')' without a matching '('");
    row("1) + (2", "')' without a matching '('");
    row("a // comment", "comments are not allowed");
    row("/a/", "regular expression");
    row("0x1F", "'0x1F' is not a number");
    row("1_000", "'1_000' is not a number");
    row("'open", "unterminated string");
    row("\\u0061", "'\\' is not allowed");
    row("a # b", "unexpected character '#'");
    row("a * * 2", "does not parse");
    row("a b", "does not parse");
    row("a ? 1", "does not parse");
}

void TestRecipe::expressionRefused()
{
    QFETCH(QString, expression);
    QFETCH(QString, fragment);
    ExpressionEngine engine;
    const auto names = engine.check(expression, {"a", "b", "cd3_count"});
    QVERIFY2(!names.ok(), qPrintable(names.ok() ? names.value().join(u',') : QString()));
    QCOMPARE(names.error().kind, Error::Kind::BadInput);
    QVERIFY2(names.error().message.contains(fragment), qPrintable(names.error().message));
}

void TestRecipe::expressionEvaluate_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<QJsonValue>("expected");
    const QJsonObject v = json(R"({"weight": 70, "dose_per_kg": 2, "density": 20,
                                   "car_pct": 35, "bag": "intact", "ok": true, "skipped": null})");
    auto row = [&v](const char *e, const QJsonValue &expected) {
        QTest::newRow(e) << e << v << expected;
    };
    row("dose_per_kg * weight / (density * car_pct / 100)", 20.0);
    row("1e6 * 2", 2e6);
    row("2 ** 10 % 1000", 24.0);
    row("Math.round(weight / 3 * 10) / 10", 23.3);
    row("Math.max(density, car_pct, 3)", 35.0);
    row("bag === 'intact'", true);
    row("bag == 'damaged' ? 'reject' : 'accept'", u"accept"_s);
    row("ok && weight > 50", true);
    row("skipped === null", true);
    row("isFinite(weight / density)", true);
    row("-weight", -70.0);
    QTest::newRow("no values") << "Math.PI" << QJsonObject() << QJsonValue(3.141592653589793);
}

void TestRecipe::expressionEvaluate()
{
    QFETCH(QString, expression);
    QFETCH(QJsonObject, values);
    QFETCH(QJsonValue, expected);
    ExpressionEngine engine;
    const auto result = engine.evaluate(expression, values);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(result->type(), expected.type());
    if (expected.isDouble())
        QVERIFY2(qFuzzyCompare(result->toDouble(), expected.toDouble()),
                 qPrintable(QString::number(result->toDouble())));
    else
        QCOMPARE(result.value(), expected);
    // The same engine evaluates again with the same answer: nothing is left behind.
    QCOMPARE(engine.evaluate(expression, values)->toVariant(), result->toVariant());
}

void TestRecipe::expressionEvaluateRefused_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<QString>("fragment");
    const QJsonObject v = json(R"({"a": 1, "zero": 0, "s": "x", "n": null})");
    auto row = [&v](const char *e, const char *fragment) {
        QTest::newRow(e) << e << v << fragment;
    };
    row("a / zero", "result is not a finite number (division by zero?)");
    row("zero / zero", "result is not a finite number (division by zero?)");
    row("Math.pow(10, 400)", "result is not a finite number");
    row("a + b", "unknown name 'b'");
    row("n", "result is null");
    row("n * 0 === 0 ? n : n", "result is null");
    row("while(true){}", "'while' is not allowed");
    row("Math.constructor", "not a Math function or constant");
    row("this", "'this' is not allowed");
    row("globalThis", "'globalThis' is not allowed");
    row("a = 5", "'=' (assignment) is not allowed");
    row("a +", "does not parse");
    QTest::newRow("array value") << "a" << json(R"({"a": [1]})") << "the value of 'a'";
    QTest::newRow("name not usable")
        << "1" << json(R"({"a-b": 1})") << "'a-b' cannot be used as a name";
    QTest::newRow("name is a keyword")
        << "1" << json(R"({"this": 1})") << "'this' cannot be used as a name";
}

void TestRecipe::expressionEvaluateRefused()
{
    QFETCH(QString, expression);
    QFETCH(QJsonObject, values);
    QFETCH(QString, fragment);
    ExpressionEngine engine;
    const auto result = engine.evaluate(expression, values);
    QVERIFY2(!result.ok(), qPrintable(result.ok() ? result->toVariant().toString() : QString()));
    QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestRecipe)
#include "tst_recipe.moc"
