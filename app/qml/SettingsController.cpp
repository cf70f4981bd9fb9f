#include "SettingsController.h"

#include "AppContext.h"

#include <QDir>
#include <QJSEngine>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>
#include <QStandardPaths>
#include <QVariantMap>

#include <spdlog/spdlog.h>

namespace ck {

namespace {

SettingsController *s_instance = nullptr;

const QString kThemeKey = QStringLiteral("display/theme");
const QString kLanguageKey = QStringLiteral("display/language");
const QString kLight = QStringLiteral("light");
const QString kHighContrast = QStringLiteral("high-contrast");

} // namespace

SettingsController::SettingsController(const QString &settingsFile, QObject *parent)
    : QObject(parent), m_file(settingsFile.isEmpty() ? defaultSettingsFile() : settingsFile)
{
    QSettings settings(m_file, QSettings::IniFormat);
    const QString theme = settings.value(kThemeKey).toString();
    m_theme = isTheme(theme) ? theme : kLight;
    const QString language = settings.value(kLanguageKey).toString();
    m_language = isLanguage(language) ? language : QString();
    settings.beginGroup(terminalGroup());
    m_terminalName = settings.value(QStringLiteral("name")).toString();
    m_suite = settings.value(QStringLiteral("suite")).toString();
}

SettingsController::~SettingsController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void SettingsController::setInstance(SettingsController *settings)
{
    s_instance = settings;
}

SettingsController *SettingsController::instance()
{
    return s_instance;
}

SettingsController *SettingsController::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine);
    if (!s_instance) {
        spdlog::error("QML asked for SettingsController before the application created one");
        return nullptr;
    }
    // Owned by runGui or the test setup, which outlive the engine.
    if (jsEngine)
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString SettingsController::defaultSettingsFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("chainkeeper.conf"));
}

QString SettingsController::savedLanguage(const QString &settingsFile)
{
    const QString code =
        QSettings(settingsFile, QSettings::IniFormat).value(kLanguageKey).toString();
    return isLanguage(code) ? code : QString();
}

QString SettingsController::savedTheme(const QString &settingsFile)
{
    const QString theme = QSettings(settingsFile, QSettings::IniFormat).value(kThemeKey).toString();
    return isTheme(theme) ? theme : kLight;
}

bool SettingsController::isTheme(const QString &theme)
{
    return theme == kLight || theme == kHighContrast;
}

bool SettingsController::isLanguage(const QString &code)
{
    static const QStringList shipped = {QStringLiteral("de"), QStringLiteral("fr"),
                                        QStringLiteral("es"), QStringLiteral("en")};
    return shipped.contains(code);
}

void SettingsController::overrideTheme(const QString &theme)
{
    if (!isTheme(theme) || theme == m_theme)
        return;
    m_theme = theme;
    Q_EMIT themeChanged();
}

QString SettingsController::terminalId() const
{
    return AppContext::instance() ? AppContext::instance()->terminalId() : QString();
}

QString SettingsController::dataDir() const
{
    return AppContext::instance() ? AppContext::instance()->dataDir() : QString();
}

QString SettingsController::activeLanguage() const
{
    // QLocale's default is what runGui installed (the translators follow the same locale).
    const QString name = QLocale().name().left(2);
    return isLanguage(name) ? name : QStringLiteral("en");
}

QVariantList SettingsController::languages() const
{
    // Endonyms: an operator who cannot read the current language still finds their own.
    return {QVariantMap{{QStringLiteral("code"), QStringLiteral("de")},
                        {QStringLiteral("name"), QStringLiteral("Deutsch")}},
            QVariantMap{{QStringLiteral("code"), QStringLiteral("en")},
                        {QStringLiteral("name"), QStringLiteral("English")}},
            QVariantMap{{QStringLiteral("code"), QStringLiteral("es")},
                        {QStringLiteral("name"), QStringLiteral("Español")}},
            QVariantMap{{QStringLiteral("code"), QStringLiteral("fr")},
                        {QStringLiteral("name"), QStringLiteral("Français")}}};
}

QString SettingsController::terminalGroup() const
{
    const QString id = terminalId();
    return QStringLiteral("terminal-") + (id.isEmpty() ? QStringLiteral("unknown") : id);
}

void SettingsController::setError(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    Q_EMIT errorTextChanged();
}

bool SettingsController::save(const QString &key, const QString &value)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(key, value);
    settings.sync();
    if (settings.status() != QSettings::NoError || !settings.isWritable()) {
        setError(tr("The settings could not be saved in %1.").arg(m_file));
        return false;
    }
    setError({});
    return true;
}

bool SettingsController::setTerminal(const QString &name, const QString &suite)
{
    const QString n = name.simplified();
    const QString s = suite.simplified();
    if (n == m_terminalName && s == m_suite)
        return true;
    const QString group = terminalGroup() + QLatin1Char('/');
    if (!save(group + QStringLiteral("name"), n) || !save(group + QStringLiteral("suite"), s))
        return false;
    m_terminalName = n;
    m_suite = s;
    spdlog::info("terminal display name set to '{}', suite '{}' (local preference, not audited)",
                 n.toStdString(), s.toStdString());
    Q_EMIT terminalChanged();
    return true;
}

bool SettingsController::setTheme(const QString &theme)
{
    if (!isTheme(theme)) {
        setError(tr("Unknown theme: %1").arg(theme));
        return false;
    }
    // Applied even when saving fails: the operator needs to read the screen now.
    if (theme != m_theme) {
        m_theme = theme;
        Q_EMIT themeChanged();
    }
    return save(kThemeKey, theme);
}

bool SettingsController::setLanguage(const QString &code)
{
    if (!code.isEmpty() && !isLanguage(code)) {
        setError(tr("Unknown language: %1").arg(code));
        return false;
    }
    if (!save(kLanguageKey, code))
        return false;
    if (code != m_language) {
        m_language = code;
        Q_EMIT languageChanged();
    }
    return true;
}

} // namespace ck
