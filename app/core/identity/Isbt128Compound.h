#pragma once

#include "common/Result.h"
#include "identity/Isbt128Parser.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <string_view>

namespace ck {

// ISBT 128 Compound Message, data structure 023 (ST-001 v6.2.2, 2.4.23): several data structures
// in one 2-D symbol, as on a container label's Data Matrix.
//     =+aabbb  then the aa data structures, concatenated without separators
//     aa       number of data structures that follow, 01-99
//     bbb      message type: an ICCBBA-assigned sequence of structures, 000 when none is declared
// A site holding ST-001 should check this header against section 2.4.23 and the table of message
// types; the tests named "compound" pin it.
struct IsbtCompound
{
    QString messageType; // bbb
    QList<IsbtStructure> structures;
    QList<QString> raw; // each structure as it was carried, data identifier included
};

namespace Isbt128 {

inline constexpr std::string_view kCompoundIdentifier = "=+";
inline constexpr std::string_view kUndeclaredMessageType = "000";

// "=+aabbb…": every structure must be one Chainkeeper reads (they have fixed lengths), the count
// must match, and nothing may follow the last one.
Result<IsbtCompound> parseCompound(std::string_view data);

// The compound message for `structures` (each with its data identifier), message type 000.
QByteArray compoundMessage(const QList<QByteArray> &structures);

} // namespace Isbt128
} // namespace ck
