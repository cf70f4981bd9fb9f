// The GUI's command line (ck::parseGuiOptions): --kiosk, --touch and the theme options are read,
// wrong values are refused with a reason, and nothing needs a QGuiApplication to be parsed
// (--touch must choose the input method before one exists).
#include "GuiMain.h"

#include <QTest>

class TestGuiOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const ck::GuiOptions o = ck::parseGuiOptions({QStringLiteral("chainkeeper")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(!o.kiosk);
        QVERIFY(!o.touch);
        QVERIFY(!o.demo);
        QVERIFY(o.theme.isEmpty());
        QVERIFY(o.lang.isEmpty());
    }

    void kioskAndTouch()
    {
        const ck::GuiOptions o = ck::parseGuiOptions(
            {QStringLiteral("chainkeeper"), QStringLiteral("--kiosk"), QStringLiteral("--touch"),
             QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"), QStringLiteral("--demo")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(o.kiosk);
        QVERIFY(o.touch);
        QVERIFY(o.demo);
        QCOMPARE(o.dataDir, QStringLiteral("/tmp/x"));
        const ck::GuiOptions onlyKiosk =
            ck::parseGuiOptions({QStringLiteral("chainkeeper"), QStringLiteral("--kiosk")});
        QVERIFY(onlyKiosk.kiosk);
        QVERIFY(!onlyKiosk.touch);
    }

    void themeAndLanguage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("lang");
        QTest::newRow("high-contrast flag") << QStringList{QStringLiteral("--high-contrast")}
                                            << QStringLiteral("high-contrast") << QString();
        QTest::newRow("theme option")
            << QStringList{QStringLiteral("--theme"), QStringLiteral("light")}
            << QStringLiteral("light") << QString();
        QTest::newRow("theme=, lang") << QStringList{QStringLiteral("--theme=high-contrast"),
                                                     QStringLiteral("--lang"), QStringLiteral("de")}
                                      << QStringLiteral("high-contrast") << QStringLiteral("de");
        QTest::newRow("both agree")
            << QStringList{QStringLiteral("--high-contrast"), QStringLiteral("--theme"),
                           QStringLiteral("high-contrast")}
            << QStringLiteral("high-contrast") << QString();
    }
    void themeAndLanguage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, theme);
        QFETCH(QString, lang);
        args.prepend(QStringLiteral("chainkeeper"));
        const ck::GuiOptions o = ck::parseGuiOptions(args);
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.theme, theme);
        QCOMPARE(o.lang, lang);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown theme")
            << QStringList{QStringLiteral("--theme"), QStringLiteral("dark")}
            << QStringLiteral("unknown theme 'dark'");
        QTest::newRow("contradiction")
            << QStringList{QStringLiteral("--high-contrast"), QStringLiteral("--theme=light")}
            << QStringLiteral("contradicts");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--kiosque")} << QStringLiteral("kiosque");
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("--touch"), QStringLiteral("extra")}
            << QStringLiteral("unexpected argument 'extra'");
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        args.prepend(QStringLiteral("chainkeeper"));
        const ck::GuiOptions o = ck::parseGuiOptions(args);
        QVERIFY2(o.error.contains(reason), qPrintable(o.error));
    }

    void helpNamesTheNewOptions()
    {
        const ck::GuiOptions o =
            ck::parseGuiOptions({QStringLiteral("chainkeeper"), QStringLiteral("--help")});
        QVERIFY(o.help);
        for (const char *name : {"--kiosk", "--touch", "--theme", "--high-contrast", "--lang"})
            QVERIFY2(o.helpText.contains(QLatin1String(name)), name);
    }
};

QTEST_GUILESS_MAIN(TestGuiOptions)

#include "tst_quick_gui_options.moc"
