#pragma once
// `logout`: forgets every stored secret of the profile, and says how the server's tokens end.

#include "Command.h"

class LogoutCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("logout"); }
    QString summary() const override;
    QString details() const override;
    void run(const QStringList& arguments) override;
};
