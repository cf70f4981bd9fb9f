// Runs tst_widgets.qml: the controls of Chainkeeper.Widgets on their own, no store, no AppContext.
// The widgets' static QML plugin is linked in (its generated *_init object registers it); the
// engine only has to look for modules under qrc:/, where qt_add_qml_module (Qt 6.4) puts them.
#include <QObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QString>
#include <QtQuickTest/quicktest.h>

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        engine->addImportPath(QStringLiteral("qrc:/"));
        // Where test_save_screenshot writes the gallery; empty (the ctest run) writes nothing.
        engine->rootContext()->setContextProperty(
            QStringLiteral("galleryPng"), QString::fromLocal8Bit(qgetenv("CK_GALLERY_PNG")));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_widgets, Setup)

#include "tst_widgets.moc"
