#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "DeviationPolicy.h"

#include <optional>
#include <vector>

namespace ck {

// The master batch record as the engine sees it. The file format is documented in
// resources/recipes/FORMAT.md; RecipeParser turns a file into this and refuses bad ones.

enum class StepKind
{
    Instruction,
    Numeric,
    Text,
    Choice,
    Calculation,
    Timer,
    Scan // a bar code scanned and matched against the batch's identity
};

QString stepKindName(StepKind kind);

// Numeric limits. Alert limits bound the normal range; action limits bound the specification.
// Any bound may be absent (one-sided limits). When present they are ordered
// actionLow <= alertLow <= target <= alertHigh <= actionHigh.
struct Limits
{
    std::optional<double> actionLow;
    std::optional<double> alertLow;
    std::optional<double> target;
    std::optional<double> alertHigh;
    std::optional<double> actionHigh;
    bool any() const { return actionLow || alertLow || alertHigh || actionHigh; }
};

// When a step is due, relative to the batch start or to the completion of an earlier step.
struct Window
{
    QString after; // "batch_start" or the id of an earlier step
    std::optional<double> earliestMinutes;
    double dueMinutes = 0;
    std::optional<double> latestMinutes; // past this the window is missed
};

struct Repeat
{
    int count = 1;                         // entries needed before the step is done
    std::optional<double> intervalMinutes; // iteration k is due this long after iteration k-1
};

// A value the batch order must carry (for example the patient's weight), usable in expressions.
struct OrderField
{
    QString id;
    QString title;
    QString unit;
    // An optional field may be missing from the order; a step that `requires` it then cannot be
    // done until the order is completed or a supervisor approves the incomplete record.
    bool optional = false;
};

// What a scan step reads and checks. The labels, checks and containers are documented in
// resources/recipes/FORMAT.md under `scan`.
struct ScanSpec
{
    QString label;            // coi | isbt128.coi | site.coi | isbt128.din | ... | gs1
    QStringList match;        // coi, din, productCode, notExpired: in the order they are checked
    QStringList productCodes; // 5-character product description codes or 8-character codes
    bool bindDin = false;     // the first DIN scanned here becomes the batch's DIN
    QString container;        // the container scanned
    bool registers = false;   // this scan registers `container` for the batch
    QString role;             // what a registered container is ("starting material")
    QString handOverTo;       // non-empty: the container passes to a receiver, who signs
};

struct Step
{
    QString id;
    QString stageId;
    StepKind kind = StepKind::Instruction;
    QString title;
    QString text; // the instruction shown to the operator

    // numeric, calculation
    QString unit;
    int decimals = 0;
    Limits limits;
    // choice
    QStringList options;
    QStringList acceptable; // empty: every option is acceptable
    // text
    bool required = true;
    int maxLength = 0; // 0: no limit
    // calculation
    QString expression;
    // timer: the hold must last at least min and at most max minutes
    std::optional<double> minMinutes;
    std::optional<double> maxMinutes;
    // scan
    ScanSpec scan;

    QString when; // condition; empty means always. The stage's condition is in Stage::when.
    std::optional<Window> window;
    Repeat repeat;
    // The signatures the step needs before the batch moves on: "performed" (the person who did
    // it), "verified" (a second person, the witness) and, on a scan that hands a container over,
    // "received" (the receiver), in that order.
    QStringList signatures;
    // Deviations: the step's own severity for its automatic triggers (empty: the recipe's), the
    // arrival check of a receipt step, and the order fields the step cannot be done without.
    QString deviationSeverity;
    ArrivalSpec arrival;
    QStringList requiredOrderFields;

    QJsonObject json; // the step as written, for kinds and fields later versions add
};

struct Stage
{
    QString id;
    QString title;
    QString when;      // may only name steps of earlier stages and order fields
    int firstStep = 0; // index into Recipe::steps
    int stepCount = 0;
};

struct Recipe
{
    static constexpr int kSchemaVersion = 1;

    int schemaVersion = kSchemaVersion;
    QString id;
    int version = 0;
    QString title;
    QString status; // draft | approved | retired
    QString product;
    QString description;
    QList<OrderField> orderFields;
    QList<Stage> stages;
    std::vector<Step> steps; // all steps in execution order, stage by stage
    DeviationPolicy deviations = DeviationPolicy::defaults();

    QJsonObject json;       // the recipe as parsed
    QByteArray contentHash; // hex SHA-256 of the canonical JSON of `json`

    int indexOf(const QString &stepId) const;
    const Step *step(const QString &stepId) const;
    const Stage *stage(const QString &stageId) const;
};

} // namespace ck
