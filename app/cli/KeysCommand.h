#pragma once
// `keys list | create | revoke`: API keys on servers that issue them. A new key is printed
// once on stdout, and nothing else is.

#include "Command.h"

class Connection;

class KeysCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("keys"); }
    QString summary() const override;
    QStringList usage() const override;
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(const QStringList& arguments) override;

protected:
    QStringList verbs() const override;

private:
    void list(Connection* connection);
    void create(Connection* connection);
    void revoke(Connection* connection, const QString& id);
};
