#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

#include <memory>

class QCoreApplication;

namespace ck {

// The options of `chainkeeper label`, registered with the command line's parser.
struct LabelCommandOptions
{
    QCommandLineOption din{QStringLiteral("din"),
                           QStringLiteral("label: DIN, eye-readable with its check character."),
                           QStringLiteral("DIN")};
    QCommandLineOption product{QStringLiteral("product"),
                               QStringLiteral("label: ISBT 128 product code."),
                               QStringLiteral("CODE")};
    QCommandLineOption coi{QStringLiteral("coi"),
                           QStringLiteral("label: chain-of-identity identifier."),
                           QStringLiteral("COI")};
    QCommandLineOption initials{QStringLiteral("initials"),
                                QStringLiteral("label: patient initials."), QStringLiteral("XX")};
    QCommandLineOption expiry{QStringLiteral("expiry"),
                              QStringLiteral("label: expiry, YYYY-MM-DD[THH:MM]."),
                              QStringLiteral("DATE")};
    QCommandLineOption container{QStringLiteral("container"),
                                 QStringLiteral("label: container id (optional)."),
                                 QStringLiteral("ID")};
    QCommandLineOption batch{QStringLiteral("batch"), QStringLiteral("label: batch id (optional)."),
                             QStringLiteral("ID")};
    QCommandLineOption format{QStringLiteral("format"), QStringLiteral("label: pdf or zpl."),
                              QStringLiteral("pdf|zpl")};
    QCommandLineOption out{QStringLiteral("out"),
                           QStringLiteral("label: output file, - for standard output."),
                           QStringLiteral("FILE")};

    QList<QCommandLineOption> all() const
    {
        return {din, product, coi, initials, expiry, container, batch, format, out};
    }
};

// `chainkeeper label --din … --product … --coi … --initials … --expiry … [--container …]
// [--batch …] --format pdf|zpl --out FILE`: a container label. Every field is checked by the
// parser that reads it back before anything is written; a refusal names the option (exit 2). The
// file is replaced atomically, and one line on stdout says what was written.
// Needs the application labelApplication() makes (a QGuiApplication, for the PDF's fonts).
int labelCommand(const QStringList &positional, const QCommandLineParser &parser,
                 const LabelCommandOptions &options);

// True when the command of these arguments (argv, program name first) is `label`: its first
// positional argument, the values of options skipped.
bool isLabelInvocation(const QStringList &arguments);

// The application object `label` runs under: a QGuiApplication, because QPdfWriter draws text
// through QtGui's font database, on the `offscreen` platform unless QT_QPA_PLATFORM names
// another, so that it runs on a server without a display. Every other command keeps its
// QCoreApplication.
std::unique_ptr<QCoreApplication> labelApplication(int &argc, char **argv);

} // namespace ck
