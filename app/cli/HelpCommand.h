#pragma once
// `help [COMMAND]`: what `authdesk-cli --help` or `authdesk-cli COMMAND --help` print.

#include "Command.h"

class CliApplication;

class HelpCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    HelpCommand(CliContext& cli, const CliApplication& application)
        : Command(cli)
        , m_application(application)
    {
    }
    QString name() const override { return QStringLiteral("help"); }
    QString summary() const override;
    QStringList usage() const override;
    QStringList completions(const QStringList& words) const override;
    void run(const QStringList& arguments) override;

private:
    const CliApplication& m_application;
};
