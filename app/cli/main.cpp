// authdesk-cli: AuthDesk for scripts and terminals, on the same models as the console.

#include "CliApplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDesk"));
    QCoreApplication::setApplicationName(
        QStringLiteral("AuthDesk")); // same settings and cache as the console
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTHDESK_VERSION));
    CliApplication cli;
    cli.run(QCoreApplication::arguments());
    return QCoreApplication::exec();
}
