#pragma once
// `login`: signs in, and only then keeps the secrets it used in the keychain, so a mistyped
// password never replaces a good one.

#include "Command.h"

#include "remote/Dialect.h"

class LoginCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("login"); }
    QString summary() const override;
    QString details() const override;
    void run(const QStringList& arguments) override;

private:
    void store(const Secrets& used);
};
