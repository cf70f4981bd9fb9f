#pragma once

#include <QStringList>

namespace ck {

class Workstation;

// `chainkeeper user init|add|deactivate|reset-password|unlock|roles|change-password|policy|list`.
// Passwords are never arguments (they would land in shell history and process lists): they are read
// from standard input, one per line, in the order the command asks for them.
int userCommand(Workstation &workstation, const QStringList &positional, const QString &actingUser,
                const QString &name, const QString &badge, const QStringList &roles,
                const QString &reason);

} // namespace ck
