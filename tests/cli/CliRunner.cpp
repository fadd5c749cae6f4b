#include "CliRunner.h"

QString CliRunner::program()
{
    return QStringLiteral(AUTHDESK_CLI_PATH);
}
