#include "IdentifyCommand.h"

#include "Cli.h"

#include "ImageFile.h"

#include "identity/LabelIdentifier.h"
#include "identity/ScanInput.h"

#include <QFile>
#include <QJsonArray>
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

Result<IdentifyOptions> optionsFor(const QString &siteCoiPattern)
{
    IdentifyOptions options;
    if (!siteCoiPattern.isEmpty()) {
        Result<SiteCoiFormat> format = SiteCoiFormat::fromPattern(siteCoiPattern);
        if (!format)
            return format.error();
        options.siteCoi = *format;
    }
    return options;
}

void printJson(const QJsonDocument &doc)
{
    std::fputs(doc.toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
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

    Result<IdentifyOptions> options = optionsFor(siteCoiPattern);
    if (!options)
        return failLine(exitCodeFor(options.error()), options.error().message);

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

    Result<ScannedLabel> label = identify(raw, *options);
    if (!label)
        return failLine(exitCodeFor(label.error()), label.error().message);
    printJson(QJsonDocument(label->toJson()));
    return ExitOk;
}

QCommandLineOption identifyImageOption()
{
    return QCommandLineOption(QStringLiteral("image"),
                              QStringLiteral("identify: read the bar codes in a PNG or JPEG "
                                             "image instead of TEXT."),
                              QStringLiteral("FILE"));
}

int identifyImageCommand(const QStringList &positional, const QString &imagePath,
                         const QString &siteCoiPattern)
{
    if (positional.size() != 1)
        return failLine(ExitBadInput, QStringLiteral("usage: chainkeeper identify --image FILE "
                                                     "(no TEXT with --image)"));
    Result<IdentifyOptions> options = optionsFor(siteCoiPattern);
    if (!options)
        return failLine(exitCodeFor(options.error()), options.error().message);
    Result<QList<DecodedSymbol>> symbols = ImageFile::decodeSymbols(imagePath);
    if (!symbols)
        return failLine(exitCodeFor(symbols.error()), symbols.error().message);

    QJsonArray all;
    QString firstProblem;
    for (qsizetype i = 0; i < symbols->size(); ++i) {
        const DecodedSymbol &s = symbols->at(i);
        Result<ScannedLabel> label = identify(s.scan, *options);
        QJsonObject o = label ? label->toJson() : QJsonObject();
        const Result<ScanInput> in = scan::read(s.scan);
        const QString aim = in ? in->symbology : QString();
        o.insert(QStringLiteral("symbology"), aim.isEmpty() ? QJsonValue() : QJsonValue(aim));
        o.insert(QStringLiteral("symbologyName"),
                 aim.isEmpty() ? s.format : scan::symbologyName(aim));
        o.insert(QStringLiteral("source"), QStringLiteral("image"));
        o.insert(QStringLiteral("position"),
                 QJsonObject{{QStringLiteral("x"), s.x}, {QStringLiteral("y"), s.y}});
        if (!label) {
            o.insert(QStringLiteral("error"), label.error().message);
            if (firstProblem.isEmpty())
                firstProblem = QStringLiteral("symbol %1 of %2 (%3) in %4: %5")
                                   .arg(i + 1)
                                   .arg(symbols->size())
                                   .arg(o.value(QStringLiteral("symbologyName")).toString(),
                                        imagePath, label.error().message);
        }
        all.append(o);
    }
    // One symbol is one scan: it reads exactly as `identify TEXT` does, refusal included.
    if (all.size() == 1) {
        if (!firstProblem.isEmpty())
            return failLine(ExitBadInput, firstProblem);
        printJson(QJsonDocument(all.first().toObject()));
        return ExitOk;
    }
    printJson(QJsonDocument(all));
    return firstProblem.isEmpty() ? ExitOk : failLine(ExitBadInput, firstProblem);
}

} // namespace ck
