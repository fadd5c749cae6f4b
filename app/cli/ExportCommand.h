#pragma once
// `export`: every user, from the server or from the cache with --offline, as JSON unless told
// otherwise, in the columns of the console's Export (UserColumns).

#include "Command.h"

class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QStringList usage() const override;
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(const QStringList& arguments) override;
};
