#pragma once
// `sessions list | revoke | revoke-all`: one user's sessions on the server.

#include "Command.h"

class SessionsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("sessions"); }
    QString summary() const override;
    QStringList usage() const override;
    QList<QCommandLineOption> options() const override;
    void run(const QStringList& arguments) override;

protected:
    QStringList verbs() const override;
};
