// authdesk-cli: AuthDesk for scripts and terminals, on the same models as the console.

#include "CliApplication.h"
#include "remote/ReadBufferedApplication.h"
#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char* argv[])
{
    ReadBufferedApplication<QCoreApplication> app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDesk"));
    QCoreApplication::setApplicationName(
        QStringLiteral("AuthDesk")); // same settings and cache as the console
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTHDESK_VERSION));
    // The system locale (LANG, LC_ALL), as the console without --lang; installed before run()
    // builds the option descriptions, so --help is translated too.
    TranslationLoader::install(QLocale::system());
    CliApplication cli;
    cli.run(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
