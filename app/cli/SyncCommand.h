#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace ck {

class Workstation;

// The options of `chainkeeper sync`, registered with the command line's parser.
struct SyncCommandOptions
{
    QCommandLineOption once{QStringLiteral("once"),
                            QStringLiteral("sync: push and pull now, once.")};
    QCommandLineOption status{QStringLiteral("status"),
                              QStringLiteral("sync: what is waiting, the last sync, the server's "
                                             "position.")};
    QCommandLineOption configure{
        QStringLiteral("configure"),
        QStringLiteral("sync: keep --central (without its password), --password-file, "
                       "--clock-limit-ms and --offline-warn-minutes in this terminal's store for "
                       "the GUI's sync.")};
    QCommandLineOption central{QStringLiteral("central"),
                               QStringLiteral("sync: the central server, postgresql://ROLE@HOST…"),
                               QStringLiteral("URL")};
    QCommandLineOption passwordFile{
        QStringLiteral("password-file"),
        QStringLiteral("sync: file holding the terminal role's password (else the URL's, else "
                       "$CHAINKEEPER_CENTRAL_PASSWORD)."),
        QStringLiteral("FILE")};
    QCommandLineOption clockLimit{
        QStringLiteral("clock-limit-ms"),
        QStringLiteral("sync: flag this terminal when its clock is off the server's by more."),
        QStringLiteral("MS")};
    QCommandLineOption offlineWarn{
        QStringLiteral("offline-warn-minutes"),
        QStringLiteral("sync: show another terminal as offline when it has not pushed for this "
                       "long (default 30)."),
        QStringLiteral("MINUTES")};

    // Used only when the command creates the store: a terminal that is to sync takes the name
    // the central server knows it by (`chainkeeper central add-terminal NAME`).
    QCommandLineOption terminalId{
        QStringLiteral("terminal-id"),
        QStringLiteral("A new store's terminal id (the name given to `central add-terminal`)."),
        QStringLiteral("ID")};

    QList<QCommandLineOption> all() const
    {
        return {once,         status,     configure,   central,
                passwordFile, clockLimit, offlineWarn, terminalId};
    }
};

// `chainkeeper sync --once | --status | --configure` on an open workstation.
int syncCommand(Workstation &workstation, const QCommandLineParser &parser,
                const SyncCommandOptions &options);

} // namespace ck
