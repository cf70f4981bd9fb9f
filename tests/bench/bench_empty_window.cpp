// bench_empty_window: the baseline of bench_gui_start. The least a Qt Quick application does
// before its first frame: QGuiApplication, a QML engine, an empty Window from inline QML. It
// prints exactly "first frame" on stdout when that frame has been swapped, then quits. With
// --rss it prints "rss_kb N" next (VmRSS then), the memory baseline of bench_step_change.

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
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
    const bool rss = app.arguments().contains(QStringLiteral("--rss"));
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&app, rss]() {
            std::fputs("first frame\n", stdout);
            if (rss) {
                QFile status(QStringLiteral("/proc/self/status"));
                if (status.open(QIODevice::ReadOnly)) {
                    for (const QByteArray &line : status.readAll().split('\n')) {
                        if (line.startsWith("VmRSS:"))
                            std::printf("rss_kb %s\n",
                                        line.mid(6).trimmed().split(' ').value(0).constData());
                    }
                }
            }
            std::fflush(stdout);
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
        },
        Qt::SingleShotConnection);
    return app.exec();
}
