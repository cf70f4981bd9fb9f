#pragma once

#include "common/Result.h"

#include <QStringList>

namespace ck {

// Exit codes of every command: 0 success, 1 a check failed or an action was refused, 2 bad input.
enum ExitCode
{
    ExitOk = 0,
    ExitCheckFailed = 1,
    ExitBadInput = 2
};

// How every command prints: a result line on stdout; "chainkeeper: <message>" on stderr with the
// exit code; an error's exit code from its kind (bad input 2, anything else 1).
namespace cli {
void out(const QString &text);
int fail(int code, const QString &message);
int exitFor(const Error &e);
} // namespace cli

// The command the arguments name ("recipe", "label", …), or empty when they name none.
QString commandOf(const QStringList &arguments);

// True when the arguments name a command (or ask for help), so that main() starts headless
// instead of the GUI.
bool isCliInvocation(const QStringList &arguments);

// Runs one command. Requires a QCoreApplication. Writes results to stdout and a one-line error to
// stderr.
int runCli(const QStringList &arguments);

} // namespace ck
