// bench_empty_window: the baseline of bench_gui_start. The least a Qt Quick application does
// before its first frame: QGuiApplication, a QML engine, an empty Window from inline QML. It
// prints exactly "first frame" on stdout when that frame has been swapped, then quits.

#include <QByteArray>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QObject>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData(QByteArrayLiteral(
        "import QtQuick\n"
        "Window { width: 1280; height: 800; visible: true; color: \"white\" }\n"));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    // Reported exactly as chainkeeper --quit-after-first-frame does (app/qml/GuiMain.cpp), so the
    // two differ only in what they load: frameSwapped may come from the render thread, the
    // connection brings it to the GUI thread, which prints and quits.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&app]() {
            std::fputs("first frame\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
        },
        Qt::SingleShotConnection);
    return app.exec();
}
