#include "Cli.h"
#include "CliSession.h"

#include "CentralCommand.h"
#include "CustodyCommand.h"
#include "IdentifyCommand.h"
#include "LabelCommand.h"
#include "ReviewCommand.h"
#include "SyncCommand.h"
#include "UserCommand.h"

#include "common/Logging.h"
#include "execution/Simulator.h"
#include "people/SignatureCheck.h"
#include "recipe/RecipeCatalog.h"
#include "site/DemoSite.h"
#include "site/Workstation.h"
#include "store/ChainVerifier.h"
#include "store/EventLog.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace ck {

namespace cli {

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(int code, const QString &message)
{
    std::fputs(("chainkeeper: " + message + '\n').toUtf8().constData(), stderr);
    return code;
}

int exitFor(const Error &e)
{
    return fail(e.kind == Error::Kind::BadInput ? ExitBadInput : ExitCheckFailed, e.message);
}

} // namespace cli

namespace {

const QStringList kCommands = {
    QStringLiteral("recipe"),  QStringLiteral("simulate"), QStringLiteral("verify"),
    QStringLiteral("rebuild"), QStringLiteral("user"),     QStringLiteral("identify"),
    QStringLiteral("label"),   QStringLiteral("custody"),  QStringLiteral("central"),
    QStringLiteral("sync"),    QStringLiteral("review")};

using cli::exitFor;
using cli::fail;
using cli::out;

Result<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(
            QStringLiteral("cannot read %1 %2: %3").arg(what, path, f.errorString()));
    return f.readAll();
}

int recipeCommand(Workstation &w, const QStringList &args, const QString &actingUser)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("list")) {
        const QList<RecipeSummary> list = w.recipes().list();
        if (list.isEmpty())
            out(QStringLiteral("no recipes on this terminal"));
        for (const RecipeSummary &r : list)
            out(QStringLiteral("%1\tv%2\t%3\t%4\t%5")
                    .arg(r.id)
                    .arg(r.version)
                    .arg(r.status, r.contentHash.left(12), r.title));
        return ExitOk;
    }
    if (sub == QLatin1String("import")) {
        if (args.size() != 3)
            return fail(ExitBadInput,
                        QStringLiteral("usage: chainkeeper recipe import FILE --as QA_USER"));
        Result<QByteArray> json = readFile(args.at(2), QStringLiteral("recipe"));
        if (!json)
            return exitFor(json.error());
        if (Status s = signInAs(w, actingUser, QStringLiteral("a QA user")); !s)
            return exitFor(s.error());
        auto imported = w.recipes().importRecipe(*json);
        if (!imported) {
            // A refused recipe is bad input: the file is what must change.
            if (imported.error().kind == Error::Kind::BadInput) {
                const QStringList lines = imported.error().message.split(QLatin1Char('\n'));
                return fail(ExitBadInput, QStringLiteral("%1 refused: %2")
                                              .arg(args.at(2), lines.join(QStringLiteral("; "))));
            }
            return exitFor(imported.error());
        }
        const RecipeSummary &r = imported->recipe;
        out(QStringLiteral("%1 %2 v%3 (%4, %5)")
                .arg(imported->alreadyPresent ? QStringLiteral("already imported:")
                                              : QStringLiteral("imported"),
                     r.id)
                .arg(r.version)
                .arg(r.status, r.contentHash.left(12)));
        return ExitOk;
    }
    return fail(ExitBadInput,
                QStringLiteral("usage: chainkeeper recipe import FILE | recipe list"));
}

int simulateCommand(const QStringList &args, const QString &inputsPath)
{
    if (args.size() != 2)
        return fail(ExitBadInput,
                    QStringLiteral("usage: chainkeeper simulate RECIPE_FILE --inputs INPUTS_JSON"));
    Result<QByteArray> recipe = readFile(args.at(1), QStringLiteral("recipe"));
    if (!recipe)
        return exitFor(recipe.error());
    QJsonObject inputs;
    if (!inputsPath.isEmpty()) {
        Result<QByteArray> raw = readFile(inputsPath, QStringLiteral("inputs"));
        if (!raw)
            return exitFor(raw.error());
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(*raw, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return fail(ExitBadInput, QStringLiteral("inputs %1 are not a JSON object: %2")
                                          .arg(inputsPath, pe.errorString()));
        inputs = doc.object();
    }
    Result<SimulationResult> r = simulateRecipe(*recipe, inputs);
    if (!r) {
        QString m = r.error().message;
        return fail(r.error().kind == Error::Kind::BadInput ? ExitBadInput : ExitCheckFailed,
                    m.replace(QLatin1Char('\n'), QStringLiteral("; ")));
    }
    out(QString::fromUtf8(QJsonDocument(r->report).toJson(QJsonDocument::Indented)).trimmed());
    return r->complete && !r->exceptionsRaised ? ExitOk : ExitCheckFailed;
}

int verifyCommand(Workstation &w)
{
    const ChainReport report = verifyChain(w.store().db());
    if (!report.intact()) {
        out(QStringLiteral("FAILED after %1 event(s)").arg(report.eventsChecked));
        return fail(
            ExitCheckFailed,
            QStringLiteral("audit trail broken at %1").arg(report.firstProblem->describe()));
    }
    qint64 signatures = 0;
    if (const auto problem = verifySignatures(w.store().db(), &signatures)) {
        out(QStringLiteral("FAILED: signature check"));
        return fail(ExitCheckFailed,
                    QStringLiteral("signature broken at %1").arg(problem->describe()));
    }
    out(QStringLiteral("intact: %1 event(s) from %2 terminal(s) verified, %3 signature(s) bound "
                       "to their records")
            .arg(report.eventsChecked)
            .arg(report.terminals)
            .arg(signatures));
    return ExitOk;
}

int rebuildCommand(Workstation &w)
{
    Result<EventLog::RebuildReport> r = w.log().rebuild();
    if (!r)
        return exitFor(r.error());
    if (r->identical()) {
        out(QStringLiteral("identical: %1 event(s) replayed, state %2")
                .arg(r->eventsReplayed)
                .arg(QString::fromLatin1(r->digestAfter.left(16))));
        return ExitOk;
    }
    out(QStringLiteral("rebuilt from %1 event(s): the stored state %2 differed from the log's %3 "
                       "and was replaced")
            .arg(r->eventsReplayed)
            .arg(QString::fromLatin1(r->digestBefore.left(16)),
                 QString::fromLatin1(r->digestAfter.left(16))));
    return fail(
        ExitCheckFailed,
        QStringLiteral(
            "the stored state did not match the audit trail; it was rebuilt from the trail"));
}

} // namespace

QString commandOf(const QStringList &arguments)
{
    // Options that take a value, of the command line and of the GUI: their value is no command.
    // The label's and identify's come from their own definitions.
    static const QStringList valueOptions = [] {
        QStringList names = {
            QStringLiteral("data-dir"),    QStringLiteral("inputs"), QStringLiteral("screenshot"),
            QStringLiteral("terminal-id"), QStringLiteral("as"),     QStringLiteral("name"),
            QStringLiteral("badge"),       QStringLiteral("role"),   QStringLiteral("reason"),
            QStringLiteral("lang"),        QStringLiteral("theme")};
        for (const QCommandLineOption &o : LabelCommandOptions().all())
            names += o.names();
        names += identifyImageOption().names();
        for (const QCommandLineOption &o : CentralCommandOptions().all())
            names += o.names();
        for (const QCommandLineOption &o : SyncCommandOptions().all()) {
            if (!o.valueName().isEmpty())
                names += o.names();
        }
        return names;
    }();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            return arguments.value(i + 1);
        if (a.startsWith(QLatin1String("--"))) {
            if (!a.contains(QLatin1Char('=')) && valueOptions.contains(a.mid(2)))
                ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1)
            continue; // -h, -v: no value
        return a;     // an unknown command is reported by runCli
    }
    return {};
}

bool isCliInvocation(const QStringList &arguments)
{
    for (const QString &a : arguments.mid(1)) {
        if (a == QLatin1String("--help") || a == QLatin1String("-h") ||
            a == QLatin1String("--version"))
            return true;
    }
    return !commandOf(arguments).isEmpty();
}

int runCli(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Chainkeeper: electronic batch record for cell-therapy cleanrooms"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dataDir(QStringLiteral("data-dir"),
                               QStringLiteral("Data directory of this terminal."),
                               QStringLiteral("DIR"));
    QCommandLineOption inputs(QStringLiteral("inputs"),
                              QStringLiteral("simulate: JSON object of step id -> value(s)."),
                              QStringLiteral("INPUTS_JSON"));
    QCommandLineOption as(QStringLiteral("as"),
                          QStringLiteral("user: the administrator (or supervisor) acting."),
                          QStringLiteral("USER"));
    QCommandLineOption name(QStringLiteral("name"), QStringLiteral("user: full printed name."),
                            QStringLiteral("NAME"));
    QCommandLineOption badge(QStringLiteral("badge"), QStringLiteral("user: badge id."),
                             QStringLiteral("BADGE"));
    QCommandLineOption roleOption(QStringLiteral("role"),
                                  QStringLiteral("user: role(s), comma-separated."),
                                  QStringLiteral("ROLE"));
    QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("user: why (recorded)."),
                              QStringLiteral("TEXT"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("custody: print JSON."));
    parser.addOptions({dataDir, inputs, as, name, badge, roleOption, reason, json});
    const QCommandLineOption image = identifyImageOption();
    const LabelCommandOptions labelOptions;
    parser.addOption(image);
    parser.addOptions(labelOptions.all());
    const CentralCommandOptions centralOptions;
    parser.addOptions(centralOptions.all());
    const SyncCommandOptions syncOptions;
    parser.addOptions(syncOptions.all());
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("recipe import FILE --as USER | recipe list | simulate RECIPE_FILE "
                       "--inputs INPUTS_JSON | verify | rebuild | user … | identify TEXT|- | "
                       "identify --image FILE | label --din … --format pdf|zpl --out FILE | "
                       "custody BATCH [--json] | review BATCH [--json] | "
                       "central init|add-terminal NAME --suite S|"
                       "terminals|clear-flag NAME --url URL | sync --once|--status|--configure "
                       "[--central URL] "
                       "[--password-file FILE]"));
    if (!parser.parse(arguments))
        return fail(ExitBadInput, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (!kCommands.contains(command))
        return fail(ExitBadInput, QStringLiteral("unknown command '%1' (commands: %2)")
                                      .arg(command, kCommands.join(QStringLiteral(", "))));

    if (command == QLatin1String("identify")) {
        initLogging({}, false);
        if (parser.isSet(image))
            return identifyImageCommand(args, parser.value(image));
        return identifyCommand(args);
    }
    if (command == QLatin1String("label")) {
        initLogging({}, false);
        return labelCommand(args, parser, labelOptions);
    }
    if (command == QLatin1String("central")) {
        initLogging({}, false);
        return centralCommand(args, parser, centralOptions);
    }
    if (command == QLatin1String("simulate")) {
        initLogging({}, false);
        return simulateCommand(args, parser.value(inputs));
    }
    const QString dir =
        parser.isSet(dataDir) ? parser.value(dataDir) : Workstation::defaultDataDir();
    // The command line's stderr carries exactly one line per error: logs go to the file only.
    initLogging(QDir(dir).filePath(QStringLiteral("logs")), false);
    if ((command == QLatin1String("verify") || command == QLatin1String("rebuild") ||
         command == QLatin1String("custody") || command == QLatin1String("review")) &&
        !QFile::exists(Workstation::storePathIn(dir)))
        return fail(ExitBadInput, QStringLiteral("no local store in %1").arg(dir));
    Result<std::unique_ptr<Workstation>> w = Workstation::open(
        Workstation::storePathIn(dir), nullptr, parser.value(syncOptions.terminalId));
    if (!w)
        return exitFor(w.error());
    if (command == QLatin1String("recipe"))
        return recipeCommand(**w, args, parser.value(as));
    if (command == QLatin1String("verify"))
        return verifyCommand(**w);
    if (command == QLatin1String("custody"))
        return custodyCommand(**w, args, parser.isSet(json));
    if (command == QLatin1String("review"))
        return reviewCommand(**w, args, parser.isSet(json));
    if (command == QLatin1String("sync"))
        return syncCommand(**w, parser, syncOptions);
    if (command == QLatin1String("user")) {
        QStringList roles;
        for (const QString &r : parser.values(roleOption))
            roles += r.split(QLatin1Char(','), Qt::SkipEmptyParts);
        return userCommand(**w, args, parser.value(as), parser.value(name), parser.value(badge),
                           roles, parser.value(reason));
    }
    return rebuildCommand(**w);
}

} // namespace ck
