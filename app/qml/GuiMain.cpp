#include "GuiMain.h"

#include "AppContext.h"
#include "ScreenshotTour.h"
#include "SettingsController.h"
#include "common/Logging.h"
#include "site/DemoSite.h"
#include "site/Workstation.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QTranslator>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace ck {

namespace {

// Shown when the store cannot be opened: the operator must see why the terminal will not start,
// not a window that silently never appears. Plain QtQuick, so it does not depend on our modules.
int showStartupError(QGuiApplication &app, const QString &message, bool interactive)
{
    std::fputs(("chainkeeper: " + message + '\n').toUtf8().constData(), stderr);
    spdlog::error("GUI start failed: {}", message.toStdString());
    if (!interactive)
        return 1;
    QQmlEngine engine;
    QObject::connect(&engine, &QQmlEngine::quit, &app, &QCoreApplication::quit);
    QQmlComponent component(&engine);
    component.setData(R"(
        import QtQuick
        import QtQuick.Controls
        ApplicationWindow {
            property string message
            width: 800; height: 400; visible: true
            title: qsTr("Chainkeeper cannot start")
            Column {
                anchors.fill: parent; anchors.margins: 32; spacing: 24
                Label { width: parent.width; wrapMode: Text.Wrap; font.pixelSize: 24
                        text: qsTr("The terminal cannot open its data store:") }
                Label { width: parent.width; wrapMode: Text.Wrap; font.pixelSize: 20; text: message }
                Button { text: qsTr("Close"); font.pixelSize: 22; implicitHeight: 64
                         onClicked: Qt.quit() }
            }
        })",
                      QUrl());
    std::unique_ptr<QObject> window(
        component.createWithInitialProperties({{QStringLiteral("message"), message}}));
    if (!window)
        return 1;
    app.exec();
    return 1;
}

// The operator's language: `lang` from --lang (de, fr, es or en; a territory may follow, as in
// de_CH) or, when empty, the system locale. Numbers, dates and times follow the same locale
// (QLocale::setDefault, which Qt.locale() in QML reads too). English is the source language:
// for it, or a locale without a translation, no catalogue is loaded and the source texts show.
// Returns false, with a message, for a language the terminal does not ship.
bool installLanguage(QGuiApplication &app, const QString &lang)
{
    QLocale locale = QLocale::system();
    if (!lang.isEmpty()) {
        locale = QLocale(lang);
        const QLocale::Language language = locale.language();
        if (language != QLocale::English && language != QLocale::German &&
            language != QLocale::French && language != QLocale::Spanish) {
            std::fprintf(stderr, "chainkeeper: unknown language '%s' (de, fr, es or en)\n",
                         qUtf8Printable(lang));
            return false;
        }
    }
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English)
        return true;

    // The catalogues are embedded by qt_add_translations (app/CMakeLists.txt) at qrc:/i18n/.
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("chainkeeper"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Qt's own texts (standard dialogs, context menus of text fields), where the system has them
    // (Debian: qt6-translations-l10n). "qt" is the catalogue that includes qtbase and the rest.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &catalogue : {QStringLiteral("qt"), QStringLiteral("qtbase")}) {
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, catalogue, QStringLiteral("_"), qtDir)) {
            QCoreApplication::installTranslator(qt);
            break;
        }
        delete qt;
    }
    return true;
}

} // namespace

void prepareQmlEngine(QQmlEngine &engine)
{
    // qt_add_qml_module (Qt 6.4) places each module at qrc:/<URI as path>/; the engine's default
    // import path does not include the resource root.
    engine.addImportPath(QStringLiteral("qrc:/"));
}

GuiOptions parseGuiOptions(const QStringList &arguments)
{
    GuiOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Chainkeeper operator terminal (without a command: the GUI)"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QStringLiteral("Data directory of this terminal."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral(
            "Run on the demo site (seeded once into <app data>/demo unless --data-dir)."));
    const QCommandLineOption terminalOption(QStringLiteral("terminal-id"),
                                            QStringLiteral("Terminal id for a new store."),
                                            QStringLiteral("ID"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Visit the screens, save each as DIR/<screen>.png and quit."),
        QStringLiteral("DIR"));
    const QCommandLineOption firstFrameOption(
        QStringLiteral("quit-after-first-frame"),
        QStringLiteral("Print \"first frame\" when the window first shows, then quit."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QStringLiteral("Language of the screens, numbers and dates: de, fr, es or en (default: "
                       "the one saved on the settings screen, else the system locale)."),
        QStringLiteral("LANG"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QStringLiteral("light or high-contrast, for this run (default: the saved one)."),
        QStringLiteral("THEME"));
    const QCommandLineOption highContrastOption(QStringLiteral("high-contrast"),
                                                QStringLiteral("Same as --theme high-contrast."));
    const QCommandLineOption kioskOption(
        QStringLiteral("kiosk"),
        QStringLiteral("Full screen without window decorations, for suite terminals."));
    const QCommandLineOption touchOption(
        QStringLiteral("touch"),
        QStringLiteral("On-screen keyboard (Qt Virtual Keyboard) for text fields, for terminals "
                       "without a hardware keyboard."));
    parser.addOptions({helpOption, dataDirOption, demoOption, terminalOption, screenshotOption,
                       firstFrameOption, langOption, themeOption, highContrastOption, kioskOption,
                       touchOption});
    options.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.error = QStringLiteral("unexpected argument '%1'")
                            .arg(parser.positionalArguments().constFirst());
        return options;
    }
    options.help = parser.isSet(helpOption);
    options.dataDir = parser.value(dataDirOption);
    options.demo = parser.isSet(demoOption);
    options.terminalId = parser.value(terminalOption);
    options.screenshotDir = parser.value(screenshotOption);
    options.quitAfterFirstFrame = parser.isSet(firstFrameOption);
    options.lang = parser.value(langOption);
    options.kiosk = parser.isSet(kioskOption);
    options.touch = parser.isSet(touchOption);
    if (parser.isSet(themeOption) && parser.isSet(highContrastOption) &&
        parser.value(themeOption) != QLatin1String("high-contrast")) {
        options.error =
            QStringLiteral("--high-contrast contradicts --theme %1").arg(parser.value(themeOption));
        return options;
    }
    options.theme = parser.isSet(highContrastOption) ? QStringLiteral("high-contrast")
                                                     : parser.value(themeOption);
    if (!options.theme.isEmpty() && !SettingsController::isTheme(options.theme)) {
        options.error =
            QStringLiteral("unknown theme '%1' (light or high-contrast)").arg(options.theme);
        return options;
    }
    return options;
}

int runGui(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const GuiOptions options = parseGuiOptions(arguments);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "chainkeeper: %s\n", qUtf8Printable(options.error));
        return 2;
    }
    if (options.help) {
        std::fputs(qUtf8Printable(options.helpText), stdout);
        return 0;
    }
    // The input method is chosen when the application object is made; the environment is the
    // only way in. An explicit QT_IM_MODULE of the site still wins.
    if (options.touch && qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", QByteArrayLiteral("qtvirtualkeyboard"));

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Chainkeeper"));
    // One style, no custom one: the look is redesigned later, Basic keeps the controls plain.
    // Set before any engine exists (the start-up error window uses it too).
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    // --lang wins over the language saved on the settings screen, which wins over the system's.
    const QString settingsFile = SettingsController::defaultSettingsFile();
    const QString lang =
        options.lang.isEmpty() ? SettingsController::savedLanguage(settingsFile) : options.lang;
    if (!installLanguage(app, lang))
        return 2;

    const bool demo = options.demo;
    const QString &screenshotDir = options.screenshotDir;
    const bool quitAfterFirstFrame = options.quitAfterFirstFrame;
    const bool interactive = screenshotDir.isEmpty() && !quitAfterFirstFrame;
    QString dataDir = options.dataDir;
    if (dataDir.isEmpty()) {
        // The demo gets its own directory so it never mixes with a real store.
        dataDir = demo ? QDir(Workstation::defaultDataDir()).filePath(QStringLiteral("demo"))
                       : Workstation::defaultDataDir();
    }
    dataDir = QDir(dataDir).absolutePath();
    initLogging(QDir(dataDir).filePath(QStringLiteral("logs")), true);

    Result<std::unique_ptr<Workstation>> opened =
        Workstation::open(Workstation::storePathIn(dataDir), nullptr, options.terminalId);
    if (!opened)
        return showStartupError(app, opened.error().message, interactive);
    std::unique_ptr<Workstation> workstation = std::move(opened).value();
    if (demo) {
        if (Status seeded = DemoSite::seed(*workstation); !seeded)
            return showStartupError(app, seeded.error().message, interactive);
    }
    // A demo store stays a demo store even when opened without --demo: the banner follows the
    // data, not the command line.
    AppContext context(workstation.get(), DemoSite::isDemo(*workstation), dataDir);
    AppContext::setInstance(&context);
    spdlog::info("GUI started on terminal {} ({}), data in {}", context.terminalId().toStdString(),
                 context.isDemo() ? "demo site" : "site", dataDir.toStdString());

    SettingsController settings(settingsFile);
    settings.setLanguageFromCommandLine(!options.lang.isEmpty());
    if (!options.theme.isEmpty())
        settings.overrideTheme(options.theme);
    SettingsController::setInstance(&settings);

    QQmlApplicationEngine engine;
    prepareQmlEngine(engine);
    engine.setInitialProperties(
        {{QStringLiteral("kiosk"), options.kiosk}, {QStringLiteral("touch"), options.touch}});
    engine.load(QUrl(QStringLiteral("qrc:/Chainkeeper/Ui/Main.qml")));
    QQuickWindow *window = engine.rootObjects().isEmpty()
                               ? nullptr
                               : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        std::fputs("chainkeeper: the main window could not be loaded\n", stderr);
        return 1;
    }

    if (quitAfterFirstFrame) {
        // frameSwapped comes from the render thread; the queued connection brings it to this one.
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&app]() {
                std::fputs("first frame\n", stdout);
                std::fflush(stdout);
                QTimer::singleShot(0, &app, &QCoreApplication::quit);
            },
            Qt::SingleShotConnection);
    } else if (!screenshotDir.isEmpty()) {
        auto *tour = new ScreenshotTour(window, screenshotDir, &app);
        QObject::connect(window, &QQuickWindow::frameSwapped, tour, &ScreenshotTour::run,
                         Qt::SingleShotConnection);
    }
    const int code = app.exec();
    SettingsController::setInstance(nullptr);
    AppContext::setInstance(nullptr);
    return code;
}

} // namespace ck
