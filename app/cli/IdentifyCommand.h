#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QStringList>

namespace ck {

// `chainkeeper identify TEXT`: what a scanned string is, as one line of compact JSON on stdout
// (exit 0), or one line "chainkeeper: ..." on stderr (exit 2). `identify -` reads the scan's bytes
// from standard input instead, so a scanner's raw output (GS separators, a trailing Enter) can be
// piped in unchanged. `positional` is the command line's positional arguments, "identify" first.
// `siteCoiPattern` is the site's CoI format; empty means the demo site's.
int identifyCommand(const QStringList &positional, const QString &siteCoiPattern = QString());

// `--image FILE` of `identify`.
QCommandLineOption identifyImageOption();

// `chainkeeper identify --image FILE`: every symbol in a PNG or JPEG, identified. One symbol
// prints identify's JSON object with "source":"image" and "symbologyName" added; several print a
// JSON array of them in reading order, where a symbol that is not a label Chainkeeper reads has
// "error" instead of the identity (and the command exits 2, naming it on stderr). Exit 2 with one
// line when the file cannot be read or no symbol decodes.
int identifyImageCommand(const QStringList &positional, const QString &imagePath,
                         const QString &siteCoiPattern = QString());

} // namespace ck
