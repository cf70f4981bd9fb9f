#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ck {

// What a caller asks the log to record; the log adds identity, order, time and the chain links.
struct EventDraft
{
    QString actor;
    QString type;
    QString batchId;
    QString reason;
    QString oldValue;
    QString newValue;
    QJsonObject payload;
};

// One audit-trail event, exactly as stored and as it will be pushed to the central server.
// Every field below except `pos` is covered by `hash`; `pos` is only this store's local order of
// arrival, which differs between terminals and is therefore never hashed.
struct Event
{
    qint64 pos = 0;
    QString id;         // UUID, lower case, no braces
    QString terminalId; // terminal that created the event
    qint64 seq = 0;     // per-terminal, gap-free, starting at 1
    QString utc;        // utcText() of the creating terminal's clock
    QString actor;
    QString type;
    QString batchId;
    QString reason;
    QString oldValue;
    QString newValue;
    QByteArray payload;  // canonical JSON text (compact, keys sorted)
    QByteArray prevHash; // hex SHA-256 of the previous event of the same terminal, or genesisHash()
    QByteArray hash;     // hex SHA-256 of hashInput()

    QJsonObject payloadObject() const;

    // Length-prefixed concatenation of every hashed field in a fixed order, so that no two
    // different events share an input and the server can rebuild it with plain SQL.
    QByteArray hashInput() const;
    QByteArray computeHash() const;

    static QByteArray genesisHash();
    static QByteArray canonicalJson(const QJsonObject &object);
};

} // namespace ck
