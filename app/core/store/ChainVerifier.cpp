#include "ChainVerifier.h"

#include "EventRows.h"

#include <QSqlQuery>

namespace ck {

QString ChainProblem::kindName() const
{
    switch (kind) {
    case Kind::Content:
        return QStringLiteral("content");
    case Kind::Order:
        return QStringLiteral("order");
    case Kind::Link:
        return QStringLiteral("link");
    }
    return {};
}

QString ChainProblem::describe() const
{
    return QStringLiteral("event %1 (terminal %2, seq %3): %4 is wrong: %5")
        .arg(eventId, terminalId)
        .arg(seq)
        .arg(kindName(), detail);
}

ChainReport verifyChain(QSqlDatabase &db)
{
    ChainReport report;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(selectEventsSql() + QStringLiteral(" ORDER BY terminal_id, seq"))) {
        report.firstProblem = ChainProblem{ChainProblem::Kind::Content,
                                           {},
                                           0,
                                           {},
                                           QStringLiteral("the event table cannot be read")};
        return report;
    }
    QString terminal;
    qint64 expectedSeq = 1;
    QByteArray expectedPrev;
    while (q.next()) {
        const Event e = readEvent(q);
        if (e.terminalId != terminal || report.eventsChecked == 0) {
            terminal = e.terminalId;
            expectedSeq = 1;
            expectedPrev = Event::genesisHash();
            ++report.terminals;
        }
        ++report.eventsChecked;
        auto fail = [&](ChainProblem::Kind kind, const QString &detail) {
            report.firstProblem = ChainProblem{kind, e.terminalId, e.seq, e.id, detail};
        };
        if (e.seq != expectedSeq) {
            fail(ChainProblem::Kind::Order,
                 QStringLiteral("expected sequence %1, found %2 (an event is missing or was "
                                "renumbered)")
                     .arg(expectedSeq)
                     .arg(e.seq));
            break;
        }
        if (e.prevHash != expectedPrev) {
            fail(ChainProblem::Kind::Link,
                 QStringLiteral("previous-hash does not match the hash of sequence %1")
                     .arg(expectedSeq - 1));
            break;
        }
        if (e.computeHash() != e.hash) {
            fail(ChainProblem::Kind::Content,
                 QStringLiteral("stored fields do not match the event's hash"));
            break;
        }
        ++expectedSeq;
        expectedPrev = e.hash;
    }
    return report;
}

} // namespace ck
