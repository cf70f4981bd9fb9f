#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

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
int labelCommand(const QStringList &positional, const QCommandLineParser &parser,
                 const LabelCommandOptions &options);

} // namespace ck
