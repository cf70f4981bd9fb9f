#include "LabelCommand.h"

#include "Cli.h"
#include "IdentifyCommand.h"
#include "PdfLabel.h"

#include "identity/LabelSpec.h"
#include "identity/ZplLabel.h"

#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>

#include <cstdio>

namespace ck {

namespace {

int failLine(int code, const QString &message)
{
    std::fputs(("chainkeeper: " + message + '\n').toUtf8().constData(), stderr);
    return code;
}

QtMessageHandler previousHandler = nullptr;

// A QGuiApplication starting where XDG_RUNTIME_DIR is not set (a server, a cron job, a container)
// warns about it on stderr. Nothing of `label` uses that directory, and the command's stderr
// carries exactly one line per error, so this one notice is dropped while the application starts;
// every other message goes where it would have gone.
void dropRuntimeDirNotice(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg &&
        text.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (previousHandler) {
        previousHandler(type, context, text);
        return;
    }
    const QString line = qFormatLogMessage(type, context, text) + QLatin1Char('\n');
    std::fputs(line.toLocal8Bit().constData(), stderr);
}

const QString kUsage = QStringLiteral(
    "usage: chainkeeper label --din DIN --product CODE --coi COI --initials XX --expiry DATE "
    "[--container ID] [--batch ID] --format pdf|zpl --out FILE");

} // namespace

int labelCommand(const QStringList &positional, const QCommandLineParser &parser,
                 const LabelCommandOptions &o)
{
    if (positional.size() != 1)
        return failLine(ExitBadInput, kUsage);
    for (const QCommandLineOption &required :
         {o.din, o.product, o.coi, o.initials, o.expiry, o.format, o.out})
        if (!parser.isSet(required))
            return failLine(
                ExitBadInput,
                QStringLiteral("label needs --%1; %2").arg(required.names().first(), kUsage));
    const QString format = parser.value(o.format);
    if (format != QLatin1String("pdf") && format != QLatin1String("zpl"))
        return failLine(ExitBadInput,
                        QStringLiteral("--format: '%1' is neither pdf nor zpl").arg(format));
    const QString outPath = parser.value(o.out);
    if (outPath.isEmpty())
        return failLine(ExitBadInput, QStringLiteral("--out: no file name"));

    LabelRequest request;
    request.din = parser.value(o.din);
    request.productCode = parser.value(o.product);
    request.coi = parser.value(o.coi);
    request.initials = parser.value(o.initials);
    request.expiry = parser.value(o.expiry);
    request.containerId = parser.value(o.container);
    request.batchId = parser.value(o.batch);
    Result<LabelSpec> spec = LabelSpec::fromRequest(request);
    if (!spec)
        return failLine(ExitBadInput, spec.error().message);
    Result<QByteArray> bytes =
        format == QLatin1String("pdf") ? PdfLabel::render(*spec) : ZplLabel::render(*spec);
    if (!bytes)
        return failLine(bytes.error().kind == Error::Kind::BadInput ? ExitBadInput
                                                                    : ExitCheckFailed,
                        bytes.error().message);

    if (outPath == QLatin1String("-")) {
        std::fwrite(bytes->constData(), 1, static_cast<std::size_t>(bytes->size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    // Written whole or not at all: a half-written label file must never reach a printer queue.
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return failLine(ExitBadInput,
                        QStringLiteral("cannot write %1: %2").arg(outPath, file.errorString()));
    const QString line =
        QStringLiteral("wrote %1: %2 label, %3 bytes, DIN %4, CoI %5, Data Matrix %6\n")
            .arg(outPath, format)
            .arg(bytes->size())
            .arg(spec->din.eyeReadable(), spec->coi, QString::fromLatin1(spec->dataMatrix()));
    std::fputs(line.toUtf8().constData(), stdout);
    std::fflush(stdout);
    return ExitOk;
}

bool isLabelInvocation(const QStringList &arguments)
{
    return commandOf(arguments) == QLatin1String("label");
}

std::unique_ptr<QCoreApplication> labelApplication(int &argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(dropRuntimeDirNotice);
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    qInstallMessageHandler(previousHandler);
    return app;
}

} // namespace ck
