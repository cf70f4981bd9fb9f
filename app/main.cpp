#include "Cli.h"
#include "LabelCommand.h"

#include <QCoreApplication>

#ifdef CHAINKEEPER_WITH_GUI
#include "GuiMain.h"
#endif

#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("chainkeeper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHAINKEEPER_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
#ifdef CHAINKEEPER_WITH_GUI
    if (!ck::isCliInvocation(arguments))
        return ck::runGui(argc, argv);
#endif
    // `label` writes PDF text, which needs QtGui's font database: a QGuiApplication, offscreen.
    if (ck::isLabelInvocation(arguments)) {
        const std::unique_ptr<QCoreApplication> app = ck::labelApplication(argc, argv);
        return ck::runCli(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    return ck::runCli(QCoreApplication::arguments());
}
