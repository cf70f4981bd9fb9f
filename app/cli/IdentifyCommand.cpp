#include "IdentifyCommand.h"

#include "Cli.h"

#include "identity/LabelIdentifier.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace ck {

namespace {

int failLine(int code, const QString &message)
{
    std::fputs(("chainkeeper: " + message + '\n').toUtf8().constData(), stderr);
    return code;
}

int exitCodeFor(const Error &e)
{
    return e.kind == Error::Kind::BadInput ? ExitBadInput : ExitCheckFailed;
}

} // namespace

int identifyCommand(const QStringList &positional, const QString &siteCoiPattern)
{
    QStringList args = positional;
    if (!args.isEmpty() && args.first() == QLatin1String("identify"))
        args.removeFirst();
    if (args.size() != 1)
        return failLine(ExitBadInput,
                        QStringLiteral("usage: chainkeeper identify TEXT (or - to read the scan "
                                       "from standard input)"));

    IdentifyOptions options;
    if (!siteCoiPattern.isEmpty()) {
        Result<SiteCoiFormat> format = SiteCoiFormat::fromPattern(siteCoiPattern);
        if (!format)
            return failLine(exitCodeFor(format.error()), format.error().message);
        options.siteCoi = *format;
    }

    QByteArray raw;
    if (args.first() == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return failLine(ExitBadInput, QStringLiteral("cannot read standard input"));
        // Bounded: far more than any label, little enough that a runaway pipe cannot exhaust
        // memory; identify() reports the true size of anything over its limit up to this.
        constexpr qint64 kReadLimit = qint64(1) << 20;
        while (raw.size() < kReadLimit) {
            const QByteArray chunk = in.read(kReadLimit - raw.size());
            if (chunk.isEmpty())
                break; // end of input (a pipe hands its data over in pieces)
            raw += chunk;
        }
    } else {
        // The argument as the shell passed it; anything outside ASCII comes back as UTF-8 bytes
        // and is refused by name.
        raw = args.first().toUtf8();
    }

    Result<ScannedLabel> label = identify(raw, options);
    if (!label)
        return failLine(exitCodeFor(label.error()), label.error().message);
    const QByteArray json = QJsonDocument(label->toJson()).toJson(QJsonDocument::Compact);
    std::fputs(json.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return ExitOk;
}

} // namespace ck
