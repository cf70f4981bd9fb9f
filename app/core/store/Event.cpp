#include "Event.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace ck {

namespace {
void appendField(QByteArray &out, const QByteArray &bytes)
{
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += ';';
}
} // namespace

QJsonObject Event::payloadObject() const
{
    return QJsonDocument::fromJson(payload).object();
}

QByteArray Event::hashInput() const
{
    QByteArray in("chainkeeper.event.v1;");
    appendField(in, id.toUtf8());
    appendField(in, terminalId.toUtf8());
    appendField(in, QByteArray::number(seq));
    appendField(in, utc.toUtf8());
    appendField(in, actor.toUtf8());
    appendField(in, type.toUtf8());
    appendField(in, batchId.toUtf8());
    appendField(in, reason.toUtf8());
    appendField(in, oldValue.toUtf8());
    appendField(in, newValue.toUtf8());
    appendField(in, payload);
    appendField(in, prevHash);
    return in;
}

QByteArray Event::computeHash() const
{
    return QCryptographicHash::hash(hashInput(), QCryptographicHash::Sha256).toHex();
}

QByteArray Event::genesisHash()
{
    return QByteArray(64, '0');
}

QByteArray Event::canonicalJson(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted, and compact output has no insignificant white space.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace ck
