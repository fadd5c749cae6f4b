#pragma once
// `insights`: the Overview's figures for a profile, from its local cache (online or offline):
// totals, sign-in staleness, admins, disabled users still holding access, users per role,
// accounts created per month and the last sign-in distribution. A figure the cache cannot know
// has no count and says why.

#include "Command.h"

class InsightsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("insights"); }
    QString summary() const override;
    QStringList usage() const override;
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(const QStringList& arguments) override;
};
