#pragma once

#include <QString>
#include <QStringList>

namespace ck {

// `chainkeeper identify TEXT`: what a scanned string is, as one line of compact JSON on stdout
// (exit 0), or one line "chainkeeper: ..." on stderr (exit 2). `identify -` reads the scan's bytes
// from standard input instead, so a scanner's raw output (GS separators, a trailing Enter) can be
// piped in unchanged. `positional` is the command line's positional arguments, "identify" first.
// `siteCoiPattern` is the site's CoI format; empty means the demo site's.
int identifyCommand(const QStringList &positional, const QString &siteCoiPattern = QString());

} // namespace ck
