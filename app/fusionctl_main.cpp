// fusionctl: the command-line twin of Fusion Console. Argument parsing and commands live in app/cli.
#include "app/cli/Cli.h"
#include "app/cli/Console.h"
#include "models/core/AppSetup.h"
#include "models/storage/DefaultDatabase.h"

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
    // Before any command can open the default database: one from the old, doubled folder moves once.
    if (const auto move = fusion::DefaultDatabase::moveFromLegacyLocation(); !move.message.isEmpty())
        fusion::cli::Console().err(move.message);

    fusion::cli::Cli cli;
    QTimer::singleShot(
        0, &cli, [&cli, arguments] { cli.run(arguments, [](int code) { QCoreApplication::exit(code); }); });
    return QCoreApplication::exec();
}
