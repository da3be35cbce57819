// fusionctl: the command-line twin of Fusion Console. Argument parsing and commands live in app/cli.
#include "app/cli/Cli.h"
#include "models/core/AppSetup.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char* argv[])
{
    fusion::AppSetup::disableCoreDumps();
    QCoreApplication app(argc, argv);
    fusion::AppSetup::setIdentity();
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    fusion::AppSetup::installTranslations(app, fusion::AppSetup::languageFromArguments(arguments));

    fusion::cli::Cli cli;
    QTimer::singleShot(
        0, &cli, [&cli, arguments] { cli.run(arguments, [](int code) { QCoreApplication::exit(code); }); });
    return QCoreApplication::exec();
}
