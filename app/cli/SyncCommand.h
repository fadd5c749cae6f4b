#pragma once
// `sync`: copies every user of the profile into its local cache, for --offline.

#include "Command.h"

class SyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(const QStringList& arguments) override;
};
