#pragma once

#include "common/Result.h"

namespace ck {

class Workstation;

// A line of standard input, after a prompt on stderr: how every command takes a password, so that
// none lands in shell history or a process list.
QString readSecret(const QString &prompt);

// Signs in `actingUser` (the --as option) with a password read from standard input. Commands that
// change the record act as a person, like the GUI: the core checks that person's permissions.
Status signInAs(Workstation &workstation, const QString &actingUser, const QString &whoIsNeeded);

} // namespace ck
