#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ck {

struct ChainProblem
{
    enum class Kind
    {
        Content,
        Order,
        Link
    };
    Kind kind = Kind::Content;
    QString terminalId;
    qint64 seq = 0;
    QString eventId;
    QString detail;

    QString kindName() const;
    QString describe() const;
};

struct ChainReport
{
    qint64 eventsChecked = 0;
    int terminals = 0;
    std::optional<ChainProblem> firstProblem;
    bool intact() const { return !firstProblem.has_value(); }
};

// Walks every terminal's chain in sequence order and recomputes each hash. It reports the first
// event whose content (hash), order (sequence) or link (previous hash) is wrong.
ChainReport verifyChain(QSqlDatabase &db);

} // namespace ck
