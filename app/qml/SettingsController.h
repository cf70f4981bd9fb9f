#pragma once

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QJSEngine;
class QQmlEngine;
class QSettings;

namespace ck {

// The settings screen's model: what this terminal is (its id and data directory, fixed), what it
// is called on screen, and how it looks (theme, language). Kept in an INI file under
// QStandardPaths' config location, never in the store.
//
// The terminal name and suite are LOCAL DISPLAY PREFERENCES, NOT GMP RECORDS: nothing is audited
// and no event carries them. Once the core records them as events (see the settings section of
// the GUI's notes), they move into the store and this class only shows them.
//
// One instance per process, shared by every engine (the shell applies the theme, the settings
// screen edits it); runGui and the Quick Tests create it before QML asks for it.
class SettingsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString terminalId READ terminalId CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(QString terminalName READ terminalName NOTIFY terminalChanged)
    Q_PROPERTY(QString suite READ suite NOTIFY terminalChanged)
    // "light" or "high-contrast"; applied at once.
    Q_PROPERTY(QString theme READ theme NOTIFY themeChanged)
    Q_PROPERTY(bool highContrast READ highContrast NOTIFY themeChanged)
    // The language saved for the next start: de, fr, es, en, or empty for the system's.
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    // The language of the screens now (de, fr, es or en).
    Q_PROPERTY(QString activeLanguage READ activeLanguage CONSTANT)
    // --lang was given: the saved language does not apply while it is.
    Q_PROPERTY(bool languageFromCommandLine READ languageFromCommandLine CONSTANT)
    // {code, name} of each language the terminal ships, each named in itself.
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(QString settingsFile READ settingsFile CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    // `settingsFile` empty: chainkeeper.conf in QStandardPaths::AppConfigLocation.
    explicit SettingsController(const QString &settingsFile, QObject *parent = nullptr);
    ~SettingsController() override;

    static void setInstance(SettingsController *settings);
    static SettingsController *instance();
    static SettingsController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    // The default file, and the language saved in a file (empty when none): runGui reads it
    // before the application's translators, long before any controller exists.
    static QString defaultSettingsFile();
    static QString savedLanguage(const QString &settingsFile);
    static QString savedTheme(const QString &settingsFile);
    static bool isTheme(const QString &theme);
    static bool isLanguage(const QString &code);

    // For this run only, not saved: the command line's --theme / --lang.
    void overrideTheme(const QString &theme);
    void setLanguageFromCommandLine(bool given) { m_languageFromCommandLine = given; }

    QString terminalId() const;
    QString dataDir() const;
    QString terminalName() const { return m_terminalName; }
    QString suite() const { return m_suite; }
    QString theme() const { return m_theme; }
    bool highContrast() const { return m_theme == QLatin1String("high-contrast"); }
    QString language() const { return m_language; }
    QString activeLanguage() const;
    bool languageFromCommandLine() const { return m_languageFromCommandLine; }
    QVariantList languages() const;
    QString settingsFile() const { return m_file; }
    QString errorText() const { return m_error; }

    // Each saves at once and returns whether the file took it.
    Q_INVOKABLE bool setTerminal(const QString &name, const QString &suite);
    Q_INVOKABLE bool setTheme(const QString &theme);
    Q_INVOKABLE bool setLanguage(const QString &code);

Q_SIGNALS:
    void terminalChanged();
    void themeChanged();
    void languageChanged();
    void errorTextChanged();

private:
    // The group of this terminal's keys: a computer may hold several stores (the demo and a
    // site), each a terminal of its own.
    QString terminalGroup() const;
    bool save(const QString &key, const QString &value);
    void setError(const QString &message);

    QString m_file;
    QString m_terminalName;
    QString m_suite;
    QString m_theme = QStringLiteral("light");
    QString m_language;
    bool m_languageFromCommandLine = false;
    QString m_error;
};

} // namespace ck
