#pragma once
// `users list | get | create | update | delete | set-roles`: the server's users. A bulk delete
// runs as the console's (BulkOperation) and reports a line per user.

#include "Command.h"

#include <QStringList>
#include <optional>

class Connection;
struct User;

class UsersCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    using Command::Command;
    QString name() const override { return QStringLiteral("users"); }
    QString summary() const override;
    QStringList usage() const override;
    QString details() const override;
    QList<QCommandLineOption> options() const override;
    void run(const QStringList& arguments) override;

protected:
    QStringList verbs() const override;

private:
    void list();
    void change(const QString& verb, const QStringList& arguments, const QString& newPassword, Connection* c);
    void applyFields(User& user) const;
    void remove(Connection* connection, QStringList ids);
    bool newPasswordFromStdin() const;
    // --enabled, if given, into `enabled`; false after finishing with a usage error.
    bool readEnabled(std::optional<bool>* enabled) const;
};
