#pragma once

#include "store/ChainVerifier.h"

#include <QSqlDatabase>

#include <optional>

namespace ck {

// The signature half of `chainkeeper verify`: every signature names events that exist, came
// before it and still have the hash it signed, and its signer held the signing role, active,
// at that moment in the log (§11.70, §11.100, §11.300(c)).
std::optional<ChainProblem> verifySignatures(QSqlDatabase &db, qint64 *signaturesChecked = nullptr);

} // namespace ck
