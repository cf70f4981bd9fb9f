#pragma once

#include <QString>

namespace ck {

// spdlog to a rotating file in the data directory and to the console. Log lines never carry a
// password or a full patient identifier: use maskIdentifier for anything that names a patient.
void initLogging(const QString &logDirectory, bool console);
QString maskIdentifier(const QString &identifier);

} // namespace ck
