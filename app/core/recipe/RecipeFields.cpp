#include "RecipeFields.h"

#include <cmath>
#include <limits>

namespace ck::recipefields {

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"true or false"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"missing"_s;
}

QString typeName(const QJsonValue &v)
{
    return v.isBool() ? (v.toBool() ? u"true"_s : u"false"_s) : typeName(v.type());
}

QString num(double d)
{
    return QString::number(d, 'g', 12);
}

bool isWholeNumber(double d)
{
    return std::isfinite(d) && std::floor(d) == d && d >= std::numeric_limits<int>::min() &&
           d <= std::numeric_limits<int>::max();
}

} // namespace ck::recipefields
