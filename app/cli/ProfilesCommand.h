#pragma once
// `profiles list | add | remove`: the connection profiles the console and the CLI share.
// remove deletes the profile's keychain entries too, and its cache with --delete-cache.

#include "Command.h"

struct Profile;

class ProfilesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("profiles"); }
    QString summary() const override;
    QStringList usage() const override;
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    QStringList completions(const QStringList& words) const override;
    void run(const QStringList& arguments) override;

protected:
    QStringList verbs() const override;

private:
    void list();
    void add();
    // Checks and stores a profile built from the options (or from discovery).
    void save(const Profile& given);
    void remove(const QString& name);
};
