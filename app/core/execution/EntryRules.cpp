#include "EntryRules.h"

#include "BatchState.h"

#include <QLocale>

#include <cmath>

namespace ck::entryrules {

namespace {

QString number(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString limitsText(const Step &step)
{
    const QString lo =
        step.limits.actionLow ? number(*step.limits.actionLow, step.decimals) : QStringLiteral("–");
    const QString hi = step.limits.actionHigh ? number(*step.limits.actionHigh, step.decimals)
                                              : QStringLiteral("–");
    return QStringLiteral("%1 to %2 %3").arg(lo, hi, step.unit).trimmed();
}

int decimalsIn(QString text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return 0;
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    return static_cast<int>(text.size() - dot - 1);
}

} // namespace

QString valueText(const Step &step, const QJsonValue &value)
{
    if (value.isBool())
        return QStringLiteral("acknowledged");
    if (value.isDouble()) {
        if (step.kind == StepKind::Timer)
            return QStringLiteral("%1 min").arg(number(value.toDouble(), 1));
        return QStringLiteral("%1 %2")
            .arg(number(value.toDouble(), step.decimals), step.unit)
            .trimmed();
    }
    return value.toString();
}

QString classify(const Step &step, const QJsonValue &value)
{
    switch (step.kind) {
    case StepKind::Numeric:
    case StepKind::Calculation: {
        if (!step.limits.any())
            return flag::None;
        const double d = value.toDouble();
        const Limits &l = step.limits;
        if ((l.actionLow && d < *l.actionLow) || (l.actionHigh && d > *l.actionHigh))
            return flag::OutOfSpec;
        if ((l.alertLow && d < *l.alertLow) || (l.alertHigh && d > *l.alertHigh))
            return flag::Alert;
        return flag::InSpec;
    }
    case StepKind::Choice:
        return step.acceptable.isEmpty() || step.acceptable.contains(value.toString())
                   ? flag::InSpec
                   : flag::OutOfSpec;
    case StepKind::Timer: {
        const double m = value.toDouble();
        if ((step.minMinutes && m < *step.minMinutes) || (step.maxMinutes && m > *step.maxMinutes))
            return flag::OutOfSpec;
        return flag::InSpec;
    }
    case StepKind::Instruction:
    case StepKind::Text:
    case StepKind::Scan: // judged by ScanRules against the batch, not by limits
        return flag::None;
    }
    return flag::None;
}

QString outOfSpecDetail(const Step &step, const QJsonValue &value)
{
    switch (step.kind) {
    case StepKind::Choice:
        return QStringLiteral("'%1' is not an acceptable answer (acceptable: %2)")
            .arg(value.toString(), step.acceptable.join(QStringLiteral(", ")));
    case StepKind::Timer:
        return QStringLiteral("hold of %1 is outside %2 to %3 min")
            .arg(valueText(step, value),
                 step.minMinutes ? number(*step.minMinutes, 0) : QStringLiteral("–"),
                 step.maxMinutes ? number(*step.maxMinutes, 0) : QStringLiteral("–"));
    default:
        return QStringLiteral("%1 is outside the action limits (%2)")
            .arg(valueText(step, value), limitsText(step));
    }
}

Result<QJsonValue> normalize(const Step &step, const QJsonValue &value)
{
    switch (step.kind) {
    case StepKind::Numeric: {
        double d = 0;
        QString text;
        if (value.isDouble()) {
            d = value.toDouble();
            text = QString::number(d, 'f', QLocale::FloatingPointShortest);
        } else if (value.isString()) {
            bool ok = false;
            text = value.toString().trimmed();
            d = QLocale::c().toDouble(text, &ok);
            if (!ok)
                return Error::badInput(
                    QStringLiteral("step '%1': '%2' is not a number").arg(step.id, text));
        } else {
            return Error::badInput(QStringLiteral("step '%1' takes a number").arg(step.id));
        }
        if (!std::isfinite(d))
            return Error::badInput(QStringLiteral("step '%1' takes a finite number").arg(step.id));
        const int given = decimalsIn(text);
        if (given > step.decimals)
            return Error::badInput(
                QStringLiteral("step '%1' takes at most %2 decimal(s); '%3' has %4")
                    .arg(step.id)
                    .arg(step.decimals)
                    .arg(text)
                    .arg(given));
        return QJsonValue(d);
    }
    case StepKind::Text: {
        if (!value.isString())
            return Error::badInput(QStringLiteral("step '%1' takes a text").arg(step.id));
        const QString t = value.toString().trimmed();
        if (step.required && t.isEmpty())
            return Error::badInput(QStringLiteral("step '%1' needs a text").arg(step.id));
        if (step.maxLength > 0 && t.size() > step.maxLength)
            return Error::badInput(QStringLiteral("step '%1' takes at most %2 characters; %3 given")
                                       .arg(step.id)
                                       .arg(step.maxLength)
                                       .arg(t.size()));
        return QJsonValue(t);
    }
    case StepKind::Choice: {
        const QString c = value.toString();
        if (!value.isString() || !step.options.contains(c))
            return Error::badInput(QStringLiteral("step '%1': '%2' is not one of: %3")
                                       .arg(step.id, c, step.options.join(QStringLiteral(", "))));
        return QJsonValue(c);
    }
    case StepKind::Instruction:
        return Error::badInput(
            QStringLiteral("step '%1' is an instruction: acknowledge it").arg(step.id));
    case StepKind::Calculation:
        return Error::badInput(
            QStringLiteral("step '%1' is a calculation: its value is computed, confirm it")
                .arg(step.id));
    case StepKind::Timer:
        return Error::badInput(
            QStringLiteral("step '%1' is a timer: start and stop it").arg(step.id));
    case StepKind::Scan:
        return Error::badInput(
            QStringLiteral("step '%1' is a scan: scan the label, it is not typed in").arg(step.id));
    }
    return Error::badInput(QStringLiteral("step '%1' takes no entry").arg(step.id));
}

} // namespace ck::entryrules
