#include "Expression.h"

#include <QJSEngine>
#include <QJSValue>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace ck {

using namespace Qt::StringLiterals;

namespace {

// The sandbox rests on what the expression may say, not on what the engine may reach: every
// token is read here and anything outside a small arithmetic-and-logic language is refused
// before QJSEngine sees it. QJSEngine only ever compiles a function whose body is one return
// of an expression made of these tokens.

enum class Tok
{
    Number,
    String,
    Name,
    Punct
};

struct Token
{
    Tok type;
    QString text;
    qsizetype pos;
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'$';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || isDigit(c);
}

QString at(qsizetype pos)
{
    return u" (at position %1)"_s.arg(pos + 1);
}

// Longest first, so that "===" is not read as "==" followed by "=".
const QStringList &punctuators()
{
    static const QStringList list = {
        u">>>="_s, u"..."_s,  u"==="_s, u"!=="_s, u"**="_s, u"<<="_s, u">>="_s, u">>>"_s, u"&&="_s,
        u"||="_s,  u"?\?="_s, u"=>"_s,  u"=="_s,  u"!="_s,  u"<="_s,  u">="_s,  u"&&"_s,  u"||"_s,
        u"??"_s,   u"?."_s,   u"**"_s,  u"++"_s,  u"--"_s,  u"+="_s,  u"-="_s,  u"*="_s,  u"/="_s,
        u"%="_s,   u"&="_s,   u"|="_s,  u"^="_s,  u"<<"_s,  u">>"_s,  u"+"_s,   u"-"_s,   u"*"_s,
        u"/"_s,    u"%"_s,    u"("_s,   u")"_s,   u","_s,   u"<"_s,   u">"_s,   u"!"_s,   u"?"_s,
        u":"_s,    u"="_s,    u"."_s,   u";"_s,   u"{"_s,   u"}"_s,   u"["_s,   u"]"_s,   u"&"_s,
        u"|"_s,    u"^"_s,    u"~"_s,
    };
    return list;
}

const QSet<QString> &allowedPunctuators()
{
    static const QSet<QString> set = {
        u"+"_s, u"-"_s,  u"*"_s, u"/"_s,  u"%"_s,  u"**"_s, u"=="_s, u"==="_s, u"!="_s, u"!=="_s,
        u"<"_s, u"<="_s, u">"_s, u">="_s, u"&&"_s, u"||"_s, u"!"_s,  u"?"_s,   u":"_s,
    };
    return set;
}

// JavaScript keywords and the few global names that lead out of a pure expression. They are
// refused outright rather than reported as unknown, even if a caller lists them as known.
const QSet<QString> &forbiddenNames()
{
    static const QSet<QString> set = {
        u"await"_s,      u"break"_s,     u"case"_s,       u"catch"_s,       u"class"_s,
        u"const"_s,      u"continue"_s,  u"debugger"_s,   u"default"_s,     u"delete"_s,
        u"do"_s,         u"else"_s,      u"enum"_s,       u"export"_s,      u"extends"_s,
        u"finally"_s,    u"for"_s,       u"function"_s,   u"if"_s,          u"implements"_s,
        u"import"_s,     u"in"_s,        u"instanceof"_s, u"interface"_s,   u"let"_s,
        u"new"_s,        u"package"_s,   u"private"_s,    u"protected"_s,   u"public"_s,
        u"return"_s,     u"static"_s,    u"super"_s,      u"switch"_s,      u"this"_s,
        u"throw"_s,      u"try"_s,       u"typeof"_s,     u"var"_s,         u"void"_s,
        u"while"_s,      u"with"_s,      u"yield"_s,      u"arguments"_s,   u"eval"_s,
        u"globalThis"_s, u"undefined"_s, u"Function"_s,   u"constructor"_s, u"prototype"_s,
        u"__proto__"_s,
    };
    return set;
}

const QSet<QString> &mathFunctions()
{
    static const QSet<QString> set = {
        u"abs"_s,   u"acos"_s,  u"acosh"_s, u"asin"_s,  u"asinh"_s, u"atan"_s, u"atan2"_s,
        u"atanh"_s, u"cbrt"_s,  u"ceil"_s,  u"cos"_s,   u"cosh"_s,  u"exp"_s,  u"expm1"_s,
        u"floor"_s, u"hypot"_s, u"log"_s,   u"log10"_s, u"log1p"_s, u"log2"_s, u"max"_s,
        u"min"_s,   u"pow"_s,   u"round"_s, u"sign"_s,  u"sin"_s,   u"sinh"_s, u"sqrt"_s,
        u"tan"_s,   u"tanh"_s,  u"trunc"_s,
    };
    return set;
}

const QSet<QString> &mathConstants()
{
    static const QSet<QString> set = {
        u"E"_s, u"LN2"_s, u"LN10"_s, u"LOG2E"_s, u"LOG10E"_s, u"PI"_s, u"SQRT2"_s, u"SQRT1_2"_s,
    };
    return set;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(static_cast<std::size_t>(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const auto uj = static_cast<std::size_t>(j);
            const int substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            diagonal = row[uj];
            row[uj] = std::min({row[uj] + 1, row[uj - 1] + 1, substitution});
        }
    }
    return row.back();
}

QString unknownName(const QString &name, const QSet<QString> &knownNames, qsizetype pos)
{
    QStringList candidates(knownNames.cbegin(), knownNames.cend());
    candidates.sort();
    QString best;
    int bestDistance = 3; // a typo, not a different word
    for (const QString &c : candidates) {
        const int d = editDistance(name, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    QString message = u"unknown name '%1'"_s.arg(name);
    if (!best.isEmpty())
        message += u" (did you mean '%1'?)"_s.arg(best);
    return message + at(pos);
}

Result<QList<Token>> tokenize(const QString &expr)
{
    QList<Token> tokens;
    auto operandExpected = [&tokens] {
        if (tokens.isEmpty())
            return true;
        const Token &last = tokens.back();
        return last.type == Tok::Punct && last.text != u')' && last.text != u']';
    };
    qsizetype i = 0;
    while (i < expr.size()) {
        const QChar c = expr[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        if (isDigit(c) || (c == u'.' && i + 1 < expr.size() && isDigit(expr[i + 1]))) {
            while (i < expr.size() && isDigit(expr[i]))
                ++i;
            if (i < expr.size() && expr[i] == u'.') {
                ++i;
                while (i < expr.size() && isDigit(expr[i]))
                    ++i;
            }
            if (i < expr.size() && (expr[i] == u'e' || expr[i] == u'E')) {
                qsizetype j = i + 1;
                if (j < expr.size() && (expr[j] == u'+' || expr[j] == u'-'))
                    ++j;
                if (j < expr.size() && isDigit(expr[j])) {
                    i = j;
                    while (i < expr.size() && isDigit(expr[i]))
                        ++i;
                }
            }
            if (i < expr.size() && (isNameChar(expr[i]) || expr[i] == u'.')) {
                while (i < expr.size() && (isNameChar(expr[i]) || expr[i] == u'.'))
                    ++i;
                return Error::badInput(
                    u"'%1' is not a number (write decimal numbers such as 2.5 or 1e6)"_s.arg(
                        expr.mid(start, i - start)) +
                    at(start));
            }
            tokens.append({Tok::Number, expr.mid(start, i - start), start});
            continue;
        }
        if (c == u'\'' || c == u'"') {
            ++i;
            while (i < expr.size() && expr[i] != c && expr[i] != u'\n') {
                if (expr[i] == u'\\')
                    ++i;
                ++i;
            }
            if (i >= expr.size() || expr[i] != c)
                return Error::badInput(u"unterminated string"_s + at(start));
            ++i;
            tokens.append({Tok::String, expr.mid(start, i - start), start});
            continue;
        }
        if (isNameStart(c)) {
            while (i < expr.size() && isNameChar(expr[i]))
                ++i;
            tokens.append({Tok::Name, expr.mid(start, i - start), start});
            continue;
        }
        if (c == u'`')
            return Error::badInput(u"'`' (template string) is not allowed"_s + at(start));
        if (c == u'\\')
            return Error::badInput(u"'\\' is not allowed outside a string"_s + at(start));
        if (c == u'/' && i + 1 < expr.size() && (expr[i + 1] == u'/' || expr[i + 1] == u'*'))
            return Error::badInput(u"comments are not allowed"_s + at(start));
        if (c == u'/' && operandExpected())
            return Error::badInput(u"'/' here would start a regular expression, "
                                   "which is not allowed"_s +
                                   at(start));
        QString punct;
        for (const QString &p : punctuators()) {
            if (QStringView(expr).mid(i).startsWith(p)) {
                punct = p;
                break;
            }
        }
        // "a?.5:1" is a conditional with the number .5, not optional chaining.
        if (punct == u"?."_s && i + 2 < expr.size() && isDigit(expr[i + 2]))
            punct = u"?"_s;
        if (punct.isEmpty())
            return Error::badInput(u"unexpected character '%1'"_s.arg(c) + at(start));
        i += punct.size();
        tokens.append({Tok::Punct, punct, start});
    }
    return tokens;
}

QString refusePunctuator(const Token &t)
{
    static const QSet<QString> assignments = {
        u"="_s,  u"+="_s, u"-="_s,  u"*="_s,  u"/="_s,   u"%="_s,  u"**="_s, u"&="_s,
        u"|="_s, u"^="_s, u"<<="_s, u">>="_s, u">>>="_s, u"&&="_s, u"||="_s, u"?\?="_s,
    };
    QString what;
    if (assignments.contains(t.text))
        what = u" (assignment)"_s;
    else if (t.text == u"++"_s || t.text == u"--"_s)
        what = u" (increment or decrement)"_s;
    else if (t.text == u"=>"_s)
        what = u" (arrow function)"_s;
    else if (t.text == u'.' || t.text == u"?."_s)
        what = u" (property access; only Math has members, e.g. Math.round(x))"_s;
    else if (t.text == u"..."_s)
        what = u" (spread)"_s;
    else if (QStringList{"&", "|", "^", "~", "<<", ">>", ">>>"}.contains(t.text))
        what = u" (bitwise operator)"_s;
    QString message = u"'%1'%2 is not allowed"_s.arg(t.text, what);
    if (t.text == u'=')
        message += u"; compare with '==='"_s;
    return message + at(t.pos);
}

// Reads the tokens as the expression language; the names used go to `used`.
Status vet(const QList<Token> &tokens, const QSet<QString> &knownNames, QStringList &used)
{
    if (tokens.isEmpty())
        return Error::badInput(u"expression is empty"_s);
    // One entry per open parenthesis: true when it holds call arguments, where ',' belongs.
    QList<bool> parens;
    auto nextIs = [&tokens](qsizetype k, const QString &text) {
        return k < tokens.size() && tokens[k].type == Tok::Punct && tokens[k].text == text;
    };
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const Token &t = tokens[k];
        if (t.type == Tok::Number || t.type == Tok::String)
            continue;
        if (t.type == Tok::Name) {
            if (t.text == u"true"_s || t.text == u"false"_s || t.text == u"null"_s)
                continue;
            if (forbiddenNames().contains(t.text))
                return Error::badInput(u"'%1' is not allowed"_s.arg(t.text) + at(t.pos));
            if (t.text == u"Math"_s) {
                if (!nextIs(k + 1, u"."_s) || k + 2 >= tokens.size() ||
                    tokens[k + 2].type != Tok::Name)
                    return Error::badInput(
                        u"'Math' must be followed by a member, e.g. Math.round(x)"_s + at(t.pos));
                const Token &member = tokens[k + 2];
                if (member.text == u"random"_s)
                    return Error::badInput(u"'Math.random' is not allowed: a batch "
                                           "record must be reproducible"_s +
                                           at(member.pos));
                if (mathFunctions().contains(member.text)) {
                    if (!nextIs(k + 3, u"("_s))
                        return Error::badInput(
                            u"'Math.%1' must be called, e.g. Math.%1(x)"_s.arg(member.text) +
                            at(member.pos));
                } else if (!mathConstants().contains(member.text)) {
                    return Error::badInput(
                        u"'Math.%1' is not a Math function or constant"_s.arg(member.text) +
                        at(member.pos));
                }
                k += 2;
                continue;
            }
            if (t.text == u"isFinite"_s) {
                if (!nextIs(k + 1, u"("_s))
                    return Error::badInput(u"'isFinite' must be called, e.g. isFinite(x)"_s +
                                           at(t.pos));
                continue;
            }
            if (!knownNames.contains(t.text))
                return Error::badInput(unknownName(t.text, knownNames, t.pos));
            if (!used.contains(t.text))
                used.append(t.text);
            continue;
        }
        if (t.text == u'(') {
            // Only Math functions and isFinite may be called (vetted where their names are read);
            // '(' straight after any other value would call it.
            const bool call = k > 0 && tokens[k - 1].type == Tok::Name &&
                              (tokens[k - 1].text == u"isFinite"_s ||
                               (k >= 3 && tokens[k - 3].text == u"Math"_s));
            const bool afterValue =
                k > 0 && (tokens[k - 1].type != Tok::Punct || tokens[k - 1].text == u')');
            if (afterValue && !call)
                return Error::badInput(u"'%1(' calls a value; only Math functions and isFinite can "
                                       "be called"_s.arg(tokens[k - 1].text) +
                                       at(t.pos));
            parens.append(call);
            continue;
        }
        if (t.text == u')') {
            if (parens.isEmpty())
                return Error::badInput(u"')' without a matching '('"_s + at(t.pos));
            parens.removeLast();
            continue;
        }
        if (t.text == u',') {
            if (parens.isEmpty() || !parens.back())
                return Error::badInput(u"',' is only allowed between the arguments "
                                       "of a function, e.g. Math.max(a, b)"_s +
                                       at(t.pos));
            continue;
        }
        if (!allowedPunctuators().contains(t.text))
            return Error::badInput(refusePunctuator(t));
    }
    if (!parens.isEmpty())
        return Error::badInput(u"missing ')'"_s);
    return {};
}

// Tokenizes and vets; on success `used` holds the known names the expression uses.
Status refuseOutsideLanguage(const QString &expression, const QSet<QString> &knownNames,
                             QStringList &used)
{
    auto tokens = tokenize(expression);
    if (!tokens)
        return tokens.error();
    return vet(*tokens, knownNames, used);
}

QString functionSource(const QString &expression, QStringList parameters)
{
    parameters.sort();
    return u"(function(%1){\"use strict\"; return (%2\n);})"_s.arg(parameters.join(u','),
                                                                   expression);
}

bool usableAsName(const QString &name)
{
    // Math and isFinite as parameters would shadow the globals the language relies on.
    if (name.isEmpty() || !isNameStart(name[0]) || forbiddenNames().contains(name) ||
        name == u"Math"_s || name == u"isFinite"_s)
        return false;
    return std::all_of(name.cbegin(), name.cend(), isNameChar);
}

} // namespace

ExpressionEngine::ExpressionEngine() : m_js(std::make_unique<QJSEngine>()) {}

ExpressionEngine::~ExpressionEngine() = default;

Result<QStringList> ExpressionEngine::check(const QString &expression,
                                            const QSet<QString> &knownNames)
{
    QStringList used;
    if (Status s = refuseOutsideLanguage(expression, knownNames, used); !s)
        return s.error();
    // Compiling only creates the function; nothing in the expression runs.
    const QJSValue compiled = m_js->evaluate(functionSource(expression, used));
    if (compiled.isError())
        return Error::badInput(
            u"does not parse: %1"_s.arg(compiled.property(u"message"_s).toString()));
    return used;
}

Result<QJsonValue> ExpressionEngine::evaluate(const QString &expression, const QJsonObject &values)
{
    const QStringList names = values.keys(); // sorted, as functionSource() orders parameters
    QSet<QString> known;
    QJSValueList arguments;
    for (const QString &name : names) {
        if (!usableAsName(name))
            return Error::badInput(u"'%1' cannot be used as a name in expressions"_s.arg(name));
        known.insert(name);
        const QJsonValue v = values.value(name);
        switch (v.type()) {
        case QJsonValue::Double:
            arguments.append(QJSValue(v.toDouble()));
            break;
        case QJsonValue::String:
            arguments.append(QJSValue(v.toString()));
            break;
        case QJsonValue::Bool:
            arguments.append(QJSValue(v.toBool()));
            break;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            arguments.append(QJSValue(QJSValue::NullValue));
            break;
        default:
            return Error::badInput(
                u"the value of '%1' is not a number, string, boolean or null"_s.arg(name));
        }
    }
    // Evaluation never trusts an earlier check: the same refusal runs on every call.
    QStringList used;
    if (Status s = refuseOutsideLanguage(expression, known, used); !s)
        return s.error();
    const QJSValue function = m_js->evaluate(functionSource(expression, names));
    if (function.isError() || !function.isCallable())
        return Error::badInput(
            u"does not parse: %1"_s.arg(function.property(u"message"_s).toString()));

    const QJSValue result = function.call(arguments);
    if (result.isError())
        return Error::badInput(u"evaluation failed: %1"_s.arg(result.toString()));
    if (result.isNumber()) {
        if (!std::isfinite(result.toNumber()))
            return Error::badInput(u"result is not a finite number (division by zero?)"_s);
        return QJsonValue(result.toNumber());
    }
    if (result.isString())
        return QJsonValue(result.toString());
    if (result.isBool())
        return QJsonValue(result.toBool());
    if (result.isNull())
        return Error::badInput(u"result is null (does it use a value that was not recorded?)"_s);
    return Error::badInput(u"result is not a number, string or boolean"_s);
}

} // namespace ck
