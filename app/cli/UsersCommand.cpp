#include "UsersCommand.h"

#include "CliContext.h"
#include "SecretReader.h"
#include "UserListing.h"
#include "operations/BulkOperation.h"
#include "remote/Connection.h"

#include <memory>

QString UsersCommand::summary() const
{
    return tr("List, show, create, change or delete users.");
}

QStringList UsersCommand::usage() const
{
    return {QStringLiteral("users list [--search S] [--all] [--limit N] [--format F]"),
            QStringLiteral("users list --offline [--role R]... [--enabled true|false] [those of list]"),
            QStringLiteral("users get ID"),
            QStringLiteral(
                "users create --email E [--username U] [--first-name F] [--last-name L] [--role R]..."),
            QStringLiteral("users update ID [the fields of create] [--enabled true|false]"),
            QStringLiteral("users delete ID... [--yes]"),
            QStringLiteral("users set-roles ID ROLE...")};
}

QString UsersCommand::details() const
{
    return tr("'list' prints the first page of users (--limit rows), or every page with --all; with "
              "--offline it reads the local cache, where --role (any of those given) and --enabled "
              "select the users as the Overview's figures do. 'create' asks for the new user's password on the "
              "terminal, or reads it from stdin: the line after the secrets, or the first line with "
              "--new-password-stdin once the secrets are stored. 'delete' asks first (or takes --yes) "
              "and reports a line per user.");
}

QList<QCommandLineOption> UsersCommand::options() const
{
    return {
        searchOption(),
        {QStringLiteral("all"), tr("Every page, not only the first.")},
        {QStringLiteral("limit"), tr("Rows per page."), QStringLiteral("n"), QStringLiteral("100")},
        formatOption(),
        {QStringLiteral("username"), tr("Username of the user."), QStringLiteral("username")},
        {QStringLiteral("email"), tr("Email of the user."), QStringLiteral("email")},
        {QStringLiteral("first-name"), tr("First name."), QStringLiteral("name")},
        {QStringLiteral("last-name"), tr("Last name."), QStringLiteral("name")},
        {QStringLiteral("role"), tr("A role or scope (repeatable)."), QStringLiteral("role")},
        {QStringLiteral("enabled"), tr("true or false."), QStringLiteral("bool")},
        {QStringLiteral("new-password-stdin"),
         tr("users create: read the new user's password from stdin (after the secrets, if given there).")},
        yesOption()};
}

QStringList UsersCommand::verbs() const
{
    return {QStringLiteral("list"),   QStringLiteral("get"),    QStringLiteral("create"),
            QStringLiteral("update"), QStringLiteral("delete"), QStringLiteral("set-roles")};
}

bool UsersCommand::newPasswordFromStdin() const
{
    // With the secrets on stdin the new password follows them, so a script never has to mix a
    // pipe and a prompt.
    return cli().isSet(QStringLiteral("new-password-stdin")) ||
           cli().isSet(QStringLiteral("password-stdin")) || cli().isSet(QStringLiteral("secrets-stdin"));
}

void UsersCommand::run(const QStringList& args)
{
    CliContext& c = cli();
    const QString verb = args.value(0);
    if (verb == QLatin1String("list")) {
        list();
        return;
    }
    static const QHash<QString, Capability> verbs{{QStringLiteral("get"), Capability::GetUser},
                                                  {QStringLiteral("create"), Capability::CreateUser},
                                                  {QStringLiteral("update"), Capability::UpdateUser},
                                                  {QStringLiteral("delete"), Capability::DeleteUser},
                                                  {QStringLiteral("set-roles"), Capability::SetRoles}};
    if (!verbs.contains(verb) || (verb != QLatin1String("create") && args.size() < 2)) {
        c.finish(UsageError, tr("authdesk-cli: users list | get ID | create | update ID | delete ID... | "
                                "set-roles ID ROLE..."));
        return;
    }
    if (std::optional<bool> enabled; !readEnabled(&enabled))
        return;
    if (!c.resolveServer(verbs.value(verb)))
        return;
    if (verb == QLatin1String("delete") &&
        !c.confirm(
            tr("Delete %n user(s) on the server? This cannot be undone.", nullptr, int(args.size() - 1)))) {
        c.finish(UsageError, tr("authdesk-cli: nothing deleted (confirm on a terminal, or pass --yes)."));
        return;
    }
    QString newPassword;
    if (verb == QLatin1String("create")) {
        // The new user's password: the next stdin line after the admin's secrets, or a prompt.
        if (!newPasswordFromStdin() &&
            !SecretReader::promptTerminal(tr("Password for the new user: "), &newPassword)) {
            c.finish(UsageError, tr("authdesk-cli: the new user's password comes from a terminal or from "
                                    "stdin (--new-password-stdin, or the line after the secrets on stdin)."));
            return;
        }
    }
    c.withConnection([this, verb, args, newPassword](Connection* connection) {
        change(verb, args, newPassword, connection);
    });
}

void UsersCommand::list()
{
    CliContext& c = cli();
    const bool offline = c.isSet(QStringLiteral("offline"));
    // The fields of create and update would otherwise be ignored, and a list meant to be one
    // role's users would silently list everyone.
    for (const char* field : {"username", "email", "first-name", "last-name"}) {
        if (c.isSet(QLatin1String(field))) {
            c.finish(UsageError, tr("authdesk-cli: 'users list' does not take --%1.").arg(QLatin1String(field)));
            return;
        }
    }
    UserListing::Request request;
    const QStringList roles = c.values(QStringLiteral("role"));
    if (roles.contains(QString())) { // an unset shell variable: "any role" would list everyone
        c.finish(UsageError, tr("authdesk-cli: --role needs a role's name."));
        return;
    }
    if (roles.size() == 1)
        request.scope.role = roles.first();
    else
        request.scope.anyRole = roles;
    if (!readEnabled(&request.scope.enabled))
        return;
    if (request.scope.narrows() && !offline) {
        c.finish(UsageError, tr("authdesk-cli: --role and --enabled select users from the local cache: add "
                                "--offline (after 'authdesk-cli sync')."));
        return;
    }
    request.search = c.value(QStringLiteral("search"));
    bool numeric = false;
    const int limit = c.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || limit < 1) { // "--limit ten" listed one user
        c.finish(UsageError, tr("authdesk-cli: --limit takes a number of users, 1 or more."));
        return;
    }
    const int pageLimit = offline ? 100000 : 1000;
    request.pageSize = qMin(limit, pageLimit);
    request.everyPage = c.isSet(QStringLiteral("all"));
    if (limit > pageLimit && !request.everyPage)
        c.warn(tr("At most %1 users come in a page: --limit %2 lists the first %1, --all every page.")
                   .arg(pageLimit)
                   .arg(limit));
    UserListing::run(c, request);
}

void UsersCommand::applyFields(User& u) const
{
    const CliContext& c = cli();
    if (c.isSet(QStringLiteral("email")))
        u.email = c.value(QStringLiteral("email"));
    if (c.isSet(QStringLiteral("username")))
        u.username = c.value(QStringLiteral("username"));
    else if (u.username.isEmpty())
        u.username = u.email;
    if (c.isSet(QStringLiteral("first-name")))
        u.firstName = c.value(QStringLiteral("first-name"));
    if (c.isSet(QStringLiteral("last-name")))
        u.lastName = c.value(QStringLiteral("last-name"));
    if (c.isSet(QStringLiteral("role")))
        u.roles = c.values(QStringLiteral("role"));
    if (c.isSet(QStringLiteral("enabled"))) // run() refused anything but true or false
        u.enabled = c.value(QStringLiteral("enabled")) == QLatin1String("true");
}

bool UsersCommand::readEnabled(std::optional<bool>* enabled) const
{
    // Strictly true or false: "--enabled flase" once enabled the user.
    CliContext& c = cli();
    if (!c.isSet(QStringLiteral("enabled")))
        return true;
    const QString value = c.value(QStringLiteral("enabled"));
    if (value != QLatin1String("true") && value != QLatin1String("false")) {
        c.finish(UsageError, tr("authdesk-cli: --enabled takes true or false, not “%1”.").arg(value));
        return false;
    }
    *enabled = value == QLatin1String("true");
    return true;
}

void UsersCommand::change(const QString& verb, const QStringList& args, const QString& newPassword,
                          Connection* c)
{
    CliContext& cli = this->cli();
    auto printOne = [&cli](const Result<User>& r) {
        if (!r.ok()) {
            cli.fail(r.error());
            return;
        }
        UserListing::print(cli, {r.value()});
        cli.finish(Success);
    };
    if (verb == QLatin1String("get")) {
        cli.withUser(c, args.at(1), [printOne](const User& u) { printOne(u); });
    } else if (verb == QLatin1String("create")) {
        QString password = newPassword;
        if (newPasswordFromStdin() && !SecretReader::readStdinLine(&password)) {
            cli.finish(UsageError, tr("authdesk-cli: the new user's password is missing from stdin (the line "
                                      "after the secrets)."));
            return;
        }
        UserEdit edit;
        applyFields(edit.user);
        edit.password = password;
        c->createUser(edit, &cli, printOne);
    } else if (verb == QLatin1String("update")) {
        cli.withUser(c, args.at(1), [this, &cli, c, printOne](const User& before) {
            UserEdit edit{before, QString()};
            applyFields(edit.user);
            c->updateUser(before, edit, &cli, printOne);
        });
    } else if (verb == QLatin1String("set-roles")) {
        cli.withUser(c, args.at(1), [&cli, c, args, printOne](const User& user) {
            c->setRoles(user, args.mid(2), &cli, printOne);
        });
    } else {
        remove(c, args.mid(1));
    }
}

void UsersCommand::remove(Connection* connection, QStringList ids)
{
    CliContext& cli = this->cli();
    // The console's bulk operation: bounded concurrency, one result per user, and one failure
    // never stops the others.
    ids.removeDuplicates();
    QList<User> users;
    for (const QString& id : ids) {
        User user;
        user.id = id;
        users << user;
    }
    auto* bulk = new BulkOperation(BulkOperation::Kind::Delete, users, QString(), &cli);
    // Deleting the account this command is signed in as ends its session: that one goes last.
    bulk->setSignedInFrom(connection);
    if (const QString notice = bulk->signedInNotice(); !notice.isEmpty())
        cli.warn(notice);
    bulk->setStep([connection](const BulkOperation::Item& item, QObject* context, BulkOperation::StepDone done) {
        auto remove = [connection, context, done](const User& user) {
            connection->deleteUser(user, context, [user, done](const Result<Done>& r) {
                done(r.ok() ? Result<User>(user) : Result<User>(r.error()));
            });
        };
        if (!connection->capabilities().supports(Capability::GetUser)) {
            remove(item.user);
            return;
        }
        // Looked up first, so that a wrong id reads "not found" and servers driven by links
        // (Gemini) know what is allowed.
        connection->getUser(item.user, context, [remove, done](const Result<User>& found) {
            if (found.ok())
                remove(found.value());
            else
                done(found.error());
        });
    });
    cli.runBulk(bulk, tr("deleting"), [](const BulkOperation::Item&) { return tr("deleted"); });
}
