#include "KeysCommand.h"

#include "CliContext.h"
#include "export/RecordEncoder.h"
#include "remote/Connection.h"

QString KeysCommand::summary() const
{
    return tr("List, issue or revoke API keys.");
}

QStringList KeysCommand::usage() const
{
    return {QStringLiteral("keys list [--owner USER_ID] [--format F]"),
            QStringLiteral("keys create --name N [--description D] [--owner USER_ID]"),
            QStringLiteral("keys revoke KEY_ID [--yes]")};
}

QString KeysCommand::details() const
{
    return tr("'create' prints the new key once on stdout, and nothing else there; it cannot be shown "
              "again.");
}

QList<QCommandLineOption> KeysCommand::options() const
{
    return {formatOption(),
            {QStringLiteral("name"), tr("Name of the new API key."), QStringLiteral("name")},
            {QStringLiteral("description"), tr("Description of an API key."), QStringLiteral("text")},
            {QStringLiteral("owner"), tr("User id owning the API key."), QStringLiteral("id")},
            yesOption()};
}

QStringList KeysCommand::verbs() const
{
    return {QStringLiteral("list"), QStringLiteral("create"), QStringLiteral("revoke")};
}

void KeysCommand::run(const QStringList& args)
{
    CliContext& cli = this->cli();
    const QString verb = args.value(0);
    static const QHash<QString, Capability> verbs{{QStringLiteral("list"), Capability::ListApiKeys},
                                                  {QStringLiteral("create"), Capability::CreateApiKey},
                                                  {QStringLiteral("revoke"), Capability::RevokeApiKey}};
    if (!verbs.contains(verb) || (verb == QLatin1String("revoke") && args.size() < 2)) {
        cli.finish(UsageError, tr("authdesk-cli: keys list | create --name N | revoke KEY_ID"));
        return;
    }
    if (verb == QLatin1String("create") && cli.value(QStringLiteral("name")).trimmed().isEmpty()) {
        cli.finish(UsageError, tr("authdesk-cli: keys create needs --name."));
        return;
    }
    if (!cli.resolveServer(verbs.value(verb)))
        return;
    if (verb == QLatin1String("revoke") && !cli.confirm(tr("Revoke the API key %1?").arg(args.at(1)))) {
        cli.finish(UsageError, tr("authdesk-cli: nothing revoked (confirm on a terminal, or pass --yes)."));
        return;
    }
    cli.withConnection([this, verb, args](Connection* c) {
        if (verb == QLatin1String("list"))
            list(c);
        else if (verb == QLatin1String("create"))
            create(c);
        else
            revoke(c, args.at(1));
    });
}

void KeysCommand::list(Connection* connection)
{
    CliContext& cli = this->cli();
    User owner;
    owner.id = cli.value(QStringLiteral("owner"));
    const bool forOwner = cli.isSet(QStringLiteral("owner"));
    connection->listApiKeys(forOwner ? &owner : nullptr, &cli, [&cli](const Result<QList<ApiKey>>& r) {
        if (!r.ok()) {
            cli.fail(r.error());
            return;
        }
        TableWriter writer(cli.format(),
                           {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("prefix"),
                            QStringLiteral("owner"), QStringLiteral("created"), QStringLiteral("last_used"),
                            QStringLiteral("expires")});
        for (const ApiKey& k : r.value())
            writer.addRow({k.id, k.name, k.prefix, k.owner.isEmpty() ? k.ownerId : k.owner,
                           RecordEncoder::timeCell(k.createdAt), RecordEncoder::timeCell(k.lastUsedAt),
                           RecordEncoder::timeCell(k.expiresAt)});
        cli.print(writer);
        cli.finish(Success);
    });
}

void KeysCommand::create(Connection* connection)
{
    CliContext& cli = this->cli();
    ApiKeyRequest request;
    request.name = cli.value(QStringLiteral("name"));
    request.description = cli.value(QStringLiteral("description"));
    request.ownerId = cli.value(QStringLiteral("owner"));
    connection->createApiKey(request, &cli, [&cli, request](const Result<IssuedApiKey>& r) {
        if (!r.ok()) {
            cli.fail(r.error());
            return;
        }
        // The key itself, once, and nothing else on stdout; the rest goes to stderr.
        cli.printData(r.value().secret.toUtf8() + '\n');
        cli.finish(
            Success,
            tr("API key %1 (id %2) issued; it will not be shown again.").arg(request.name, r.value().key.id));
    });
}

void KeysCommand::revoke(Connection* connection, const QString& id)
{
    CliContext& cli = this->cli();
    ApiKey key;
    key.id = id;
    connection->revokeApiKey(key, &cli, [&cli, key](const Result<Done>& r) {
        if (!r.ok())
            cli.fail(r.error());
        else
            cli.finish(Success, tr("API key %1 revoked.").arg(key.id));
    });
}
