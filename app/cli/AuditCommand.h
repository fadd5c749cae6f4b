#pragma once
// `audit`: the local audit log of every change the console and the CLI made (with --profile,
// that profile's only), in the columns of the console's audit export (AuditColumns).

#include "Command.h"

class AuditCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    QStringList usage() const override;
    QList<QCommandLineOption> options() const override;
    void run(const QStringList& arguments) override;
};
