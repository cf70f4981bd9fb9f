#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// Typed reading of a recipe file's JSON objects for RecipeParser: every missing or mistyped field
// becomes one problem line naming where it is, and parsing goes on to find the others.
namespace ck::recipefields {

using namespace Qt::StringLiterals;

QString typeName(QJsonValue::Type type);
QString typeName(const QJsonValue &v);
// A number as a recipe author wrote it, for messages.
QString num(double d);
bool isWholeNumber(double d);

// Typed access to the fields of one JSON object. Missing and mistyped fields are reported
// against the object's location; the returned value is then empty.
class Fields
{
public:
    Fields(const QJsonObject &object, QString where, QStringList &problems)
        : m_object(object), m_where(std::move(where)), m_problems(problems)
    {}

    const QString &where() const { return m_where; }
    // An object inside this one, whose problems are reported at the same place.
    Fields nested(const QJsonObject &object) const { return Fields(object, m_where, m_problems); }
    bool has(const QString &key) const { return m_object.contains(key); }

    void problem(const QString &field, const QString &what)
    {
        m_problems.append(u"%1, field '%2': %3"_s.arg(m_where, field, what));
    }

    // The value of `key` if it has the expected type; a blank string counts as missing.
    QJsonValue get(const QString &key, QJsonValue::Type type, bool required,
                   const QString &prefix = {})
    {
        const QJsonValue v = m_object.value(key);
        const bool blank =
            type == QJsonValue::String && v.isString() && v.toString().trimmed().isEmpty();
        if (v.isUndefined() || blank) {
            if (required)
                problem(prefix + key, u"missing"_s);
            return QJsonValue::Undefined;
        }
        if (v.type() != type) {
            problem(prefix + key, u"must be %1, not %2"_s.arg(typeName(type), typeName(v)));
            return QJsonValue::Undefined;
        }
        return v;
    }

    QString string(const QString &key, bool required, const QString &prefix = {})
    {
        return get(key, QJsonValue::String, required, prefix).toString();
    }

    std::optional<double> number(const QString &key, bool required, const QString &prefix = {})
    {
        const QJsonValue v = get(key, QJsonValue::Double, required, prefix);
        return v.isDouble() ? std::optional(v.toDouble()) : std::nullopt;
    }

    std::optional<bool> boolean(const QString &key, const QString &prefix = {})
    {
        const QJsonValue v = get(key, QJsonValue::Bool, false, prefix);
        return v.isBool() ? std::optional(v.toBool()) : std::nullopt;
    }

    std::optional<QJsonArray> array(const QString &key, bool required, const QString &prefix = {})
    {
        const QJsonValue v = get(key, QJsonValue::Array, required, prefix);
        return v.isArray() ? std::optional(v.toArray()) : std::nullopt;
    }

    std::optional<QJsonObject> object(const QString &key, const QString &prefix = {})
    {
        const QJsonValue v = get(key, QJsonValue::Object, false, prefix);
        return v.isObject() ? std::optional(v.toObject()) : std::nullopt;
    }

private:
    QJsonObject m_object;
    QString m_where;
    QStringList &m_problems;
};

} // namespace ck::recipefields
