#include "ProfilesCommand.h"

#include "CliContext.h"
#include "cache/CacheHousekeeping.h"
#include "credentials/CredentialStore.h"
#include "credentials/SecretNames.h"
#include "profiles/ProfileStore.h"
#include "remote/CaBundle.h"
#include "remote/DialectRegistry.h"
#include "remote/ProfileDiscovery.h"
#include "remote/ProxySetting.h"

#include <QFileInfo>

QString ProfilesCommand::summary() const
{
    return tr("List, add or remove connection profiles.");
}

QStringList ProfilesCommand::usage() const
{
    return {QStringLiteral("profiles list [--format F]"),
            QStringLiteral("profiles add --name N --url U --dialect D --identity I [--setting k=v]... "
                           "[--proxy P] [--ca-bundle FILE]"),
            QStringLiteral("profiles add --name N --url ISSUER --discover --identity I [--setting k=v]..."),
            QStringLiteral("profiles remove NAME [--delete-cache] [--yes]")};
}

QString ProfilesCommand::details() const
{
    return tr("A profile names a server: its base URL, its type (%1) and the identity to sign in "
              "with. Secrets never go into a profile: 'authdesk-cli login' keeps them in the keychain. "
              "'profiles remove' deletes the profile's stored secrets too, and its local cache with "
              "--delete-cache. With --discover, --url is the server's OpenID Connect issuer (a Keycloak "
              "realm's https://HOST/realms/REALM, a Glewlwyd plugin's .../api/oidc): its discovery "
              "document gives the type, the API's base URL and the realm; --setting values still win.")
        .arg(DialectRegistry::ids().join(QLatin1String(", ")));
}

QList<QCommandLineOption> ProfilesCommand::options() const
{
    return {
        formatOption(),
        {QStringLiteral("name"), tr("Name of the new profile."), QStringLiteral("name")},
        {QStringLiteral("url"), tr("Base URL of the server's API."), QStringLiteral("url")},
        {QStringLiteral("dialect"),
         tr("Server type: %1.").arg(DialectRegistry::ids().join(QLatin1String(", "))), QStringLiteral("id")},
        {QStringLiteral("identity"), tr("Username or email to sign in with."), QStringLiteral("identity")},
        {QStringLiteral("setting"), tr("A non-secret profile setting, key=value."), QStringLiteral("kv")},
        {QStringLiteral("proxy"),
         tr("The profile's proxy: http://host:port, socks5://host:port or none (direct). Without it, "
            "HTTPS_PROXY, ALL_PROXY and NO_PROXY, else the desktop's settings."),
         QStringLiteral("url")},
        {QStringLiteral("ca-bundle"),
         tr("A PEM file of the certificate authorities to trust for this server instead of the system's."),
         QStringLiteral("file")},
        {QStringLiteral("delete-cache"), tr("remove: also delete the profile's local cache.")},
        {QStringLiteral("discover"), tr("add: fill in the type, base URL and realm from the OpenID Connect "
                                        "discovery document under --url.")},
        yesOption()};
}

QStringList ProfilesCommand::verbs() const
{
    return {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("remove")};
}

QStringList ProfilesCommand::completions(const QStringList& words) const
{
    if (words.size() == 1 && words.first() == QLatin1String("remove")) {
        QStringList names;
        for (const Profile& p : cli().profiles()->profiles())
            names << p.name;
        return names;
    }
    return Command::completions(words);
}

void ProfilesCommand::run(const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("list"))
        list();
    else if (verb == QLatin1String("add"))
        add();
    else if (verb == QLatin1String("remove") && arguments.size() == 2)
        remove(arguments.at(1));
    else
        cli().finish(UsageError, tr("authdesk-cli: profiles list | add | remove NAME [--delete-cache]"));
}

void ProfilesCommand::list()
{
    TableWriter writer(cli().format(),
                       {QStringLiteral("name"), QStringLiteral("dialect"), QStringLiteral("url"),
                        QStringLiteral("identity"), QStringLiteral("id")});
    for (const Profile& p : cli().profiles()->profiles())
        writer.addRow({p.name, p.dialect, p.baseUrl.toString(), p.identity, p.id});
    cli().print(writer);
    cli().finish(Success);
}

void ProfilesCommand::add()
{
    CliContext& c = cli();
    Profile p;
    p.name = c.value(QStringLiteral("name"));
    p.baseUrl = QUrl(c.value(QStringLiteral("url")), QUrl::StrictMode);
    p.dialect = c.value(QStringLiteral("dialect"));
    p.identity = c.value(QStringLiteral("identity"));
    for (const QString& pair : c.values(QStringLiteral("setting")))
        p.settings.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    p.proxy = c.value(QStringLiteral("proxy")).trimmed();
    const QString bundle = c.value(QStringLiteral("ca-bundle")).trimmed();
    // Kept absolute: later commands run from other folders.
    p.caBundlePath = bundle.isEmpty() ? QString() : QFileInfo(bundle).absoluteFilePath();
    if (!c.isSet(QStringLiteral("discover"))) {
        save(p);
        return;
    }
    auto* discovery = new ProfileDiscovery(&c);
    discovery->discover(p, &c, [this, typed = p](const Result<ProfileDiscovery::Found>& found) {
        CliContext& c = cli();
        if (!found.ok()) {
            c.fail(found.error());
            return;
        }
        if (!found.value().profile) {
            c.finish(UsageError, tr("authdesk-cli: the OpenID Connect server at %1 (issuer %2) is not one "
                                    "AuthDesk recognises: give its --url and --dialect instead of --discover.")
                                     .arg(typed.baseUrl.toString(), found.value().server.issuer));
            return;
        }
        Profile filled = *found.value().profile;
        for (auto it = typed.settings.cbegin(); it != typed.settings.cend(); ++it)
            filled.settings.insert(it.key(), it.value()); // what was typed wins
        c.warn(tr("authdesk-cli: discovered %1 at %2").arg(DialectRegistry::displayName(filled.dialect),
                                                             filled.baseUrl.toString()));
        save(filled);
    });
}

void ProfilesCommand::save(const Profile& given)
{
    CliContext& c = cli();
    Profile p = given;
    const auto dialect = DialectRegistry::create(p.dialect);
    if (p.name.isEmpty() || !p.baseUrl.isValid() || p.baseUrl.host().isEmpty() || !dialect) {
        c.finish(UsageError, tr("authdesk-cli: profiles add needs --name, a valid --url and --dialect (%1).")
                                 .arg(DialectRegistry::ids().join(QLatin1String(", "))));
        return;
    }
    for (const SettingField& field : dialect->settingFields()) {
        if (field.secret && p.settings.contains(field.key)) {
            // The value is already on the command line; at least it goes no further.
            c.finish(UsageError, tr("authdesk-cli: %1 is a secret: it is kept in the keychain by "
                                    "'authdesk-cli login' (from the prompt or --secrets-stdin), never in "
                                    "the profile or on the command line.")
                                     .arg(field.key));
            return;
        }
        if (!field.secret && field.required && p.settings.value(field.key).toString().isEmpty()) {
            c.finish(UsageError, tr("authdesk-cli: a %1 profile needs --setting %2=VALUE (%3).")
                                     .arg(p.dialect, field.key, field.label));
            return;
        }
    }
    // The sentences never repeat the proxy URL: it may hold a password.
    if (const ProxySetting proxy = ProxySetting::parse(p.proxy); !proxy.isValid()) {
        c.finish(UsageError, tr("authdesk-cli: --proxy: %1").arg(proxy.problem));
        return;
    }
    if (!p.caBundlePath.isEmpty()) {
        if (const CaBundle loaded = CaBundle::load(p.caBundlePath); !loaded.isValid()) {
            c.finish(UsageError, tr("authdesk-cli: --ca-bundle: %1").arg(loaded.problem));
            return;
        }
    }
    if (c.profiles()->find(p.name)) {
        c.finish(UsageError, tr("authdesk-cli: a profile named '%1' exists already.").arg(p.name));
        return;
    }
    p.id = c.profiles()->save(p);
    if (c.profiles()->currentProfileId().isEmpty())
        c.profiles()->setCurrentProfileId(p.id);
    c.printData(p.id.toUtf8() + '\n');
    c.finish(Success);
}

void ProfilesCommand::remove(const QString& name)
{
    CliContext& c = cli();
    const auto p = c.profiles()->find(name);
    if (!p) {
        c.finish(NotFound, tr("authdesk-cli: no profile named '%1'.").arg(name));
        return;
    }
    const bool deleteCache = c.isSet(QStringLiteral("delete-cache"));
    if (!c.confirm(deleteCache
                       ? tr("Remove the profile '%1', its stored secrets and its local cache?").arg(p->name)
                       : tr("Remove the profile '%1' and its stored secrets?").arg(p->name))) {
        c.finish(UsageError, tr("authdesk-cli: not removed (confirm on a terminal, or pass --yes)."));
        return;
    }
    const auto dialect = DialectRegistry::create(p->dialect);
    // The secrets go first: were the profile gone, nothing would name them any more.
    c.credentials()->remove(
        p->id, SecretNames::every(dialect ? dialect->storableSecrets(*p) : QStringList()), &c,
        [&c, p, deleteCache](bool removed) {
            const bool keychainOk = removed && !c.credentials()->isMemoryOnly();
            c.profiles()->remove(p->id);
            QString cacheError;
            const bool cacheOk = !deleteCache || CacheHousekeeping::clear(p->id, &cacheError);
            if (!keychainOk)
                c.warn(tr("authdesk-cli: the keychain could not be reached; the secrets of '%1' may "
                          "still "
                          "be stored there.")
                           .arg(p->name));
            if (!cacheOk)
                c.warn(QStringLiteral("authdesk-cli: ") + cacheError);
            if (!keychainOk || !cacheOk) {
                c.finish(PartialFailure, tr("Removed the profile '%1'.").arg(p->name));
                return;
            }
            c.finish(
                Success,
                deleteCache
                    ? tr("Removed the profile '%1', its stored secrets and its local cache.").arg(p->name)
                    : tr("Removed the profile '%1' and its stored secrets; its local cache "
                         "is kept (--delete-cache removes it).")
                          .arg(p->name));
        });
}
