#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QJSEngine;

namespace ck {

// Calculations and conditions in recipes are small JavaScript expressions evaluated by QJSEngine.
// The sandbox is built by refusing, before evaluation, anything but arithmetic, comparison,
// logic, the ternary operator, literals, the names the caller allows and members of Math: no
// assignment, no statements, no functions, no loops. So an expression can neither reach
// anything outside its values nor run for long.
class ExpressionEngine
{
public:
    ExpressionEngine();
    ~ExpressionEngine();
    ExpressionEngine(const ExpressionEngine &) = delete;
    ExpressionEngine &operator=(const ExpressionEngine &) = delete;

    // The names the expression uses, or a precise reason it is refused (syntax, a forbidden
    // construct, or a name not in `knownNames`).
    Result<QStringList> check(const QString &expression, const QSet<QString> &knownNames);

    // Evaluates with `values` as the only names in scope. A result that is not a finite number,
    // a string or a boolean is an error (for example division by zero).
    Result<QJsonValue> evaluate(const QString &expression, const QJsonObject &values);

private:
    std::unique_ptr<QJSEngine> m_js;
};

} // namespace ck
