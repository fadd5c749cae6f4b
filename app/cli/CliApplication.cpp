#include "CliApplication.h"

#include "SecretReader.h"
#include "audit/AuditLog.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheHousekeeping.h"
#include "cache/CachedUserSource.h"
#include "cache/ConnectionUserSource.h"
#include "cache/SyncJob.h"
#include "credentials/CredentialStore.h"
#include "export/AuditColumns.h"
#include "export/RecordEncoder.h"
#include "export/UserColumns.h"
#include "operations/BulkOperation.h"
#include "profiles/ProfileStore.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

namespace {

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Erases the progress line on a terminal, so that the next message starts on a clean line.
const char* const clearLine = "\r\033[K";

const char* const usage = R"(Commands:
  profiles list | add --name N --url U --dialect D --identity I [--setting k=v]...
           | remove NAME [--delete-cache]
  login                      sign in, then keep the secrets it used in the keychain
  logout                     forget every stored secret of the profile
  users list [--search S] [--all] | get ID | create --email E [--username U] [--first-name F]
        [--last-name L] [--role R]... | update ID [same fields] [--enabled true|false]
        | delete ID... | set-roles ID ROLE...
  sessions list USER_ID | revoke USER_ID SESSION_ID | revoke-all USER_ID
  keys list [--owner USER_ID] | create --name N [--description D] [--owner USER_ID] | revoke KEY_ID
  sync                       copy every user into the local cache
  export                     every user (from the server, or the cache with --offline)
  audit                      the local audit log (only that profile's with --profile)

Secrets (passwords, client secrets, API keys) never go on the command line. A command takes
them from stdin when told to, else from the keychain, else asks on the terminal with echo off;
without any of these it fails with exit code 3.
  --password-stdin   the first line of stdin is the password (the API key for a profile that
                     signs in with one instead)
  --secrets-stdin    one NAME=VALUE per line, up to an empty line or the end of stdin, for
                     servers that need more than one secret, e.g.
                       printf 'password=%s\nclient_secret=%s\n' "$PW" "$SECRET" |
                         authdesk-cli --profile gem --secrets-stdin login
'login' signs in and keeps what it was given in the keychain (asking on a terminal for each
secret, Enter keeping a stored one); later commands read them from there and ask nothing.
Without a keychain it warns and keeps nothing. 'logout' forgets them; 'profiles remove'
deletes them too. 'users create' reads the new user's password from the line of stdin after
the secrets, or from the first line with --new-password-stdin when the secrets are stored.
Each run signs out at its end where the server allows, so no run leaves a session open.

Secret names by server type:
%1

Exit codes: 0 success, 2 usage, 3 authentication, 4 not found, 5 server or network,
6 partial failure (of a bulk action, or a profile removed without all its secrets or cache),
7 unsupported or offline, 130 cancelled.)";

QString secretNamesHelp()
{
    QStringList lines;
    for (const QString& id : DialectRegistry::ids()) {
        const auto dialect = DialectRegistry::create(id);
        if (!dialect)
            continue;
        Profile typical;
        typical.dialect = id;
        const QStringList required = dialect->requiredSecrets(typical);
        QString line = QStringLiteral("  ") + id.leftJustified(11) + required.join(QLatin1String(", "));
        for (const SettingField& field : dialect->settingFields()) {
            if (field.secret && !required.contains(field.key))
                line += CliApplication::tr("; also %1: %2").arg(field.key, field.label);
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

// What sign-in uses for this profile, and what else the dialect keeps as a secret (Nebula's
// api_key beside a password): what --secrets-stdin accepts and login stores.
QStringList storableSecrets(const Profile& profile, const Dialect& dialect)
{
    QStringList names = dialect.requiredSecrets(profile);
    for (const SettingField& field : dialect.settingFields()) {
        if (field.secret)
            names << field.key;
    }
    names.removeDuplicates();
    return names;
}

// Every keychain entry a profile may have (as the console's profiles dialog removes them):
// also the password of a profile that now signs in with a key, and the refresh token.
QStringList everySecret(const Profile& profile, const Dialect* dialect)
{
    QStringList names{QStringLiteral("password"), QStringLiteral("refresh_token")};
    if (dialect)
        names += storableSecrets(profile, *dialect);
    names.removeDuplicates();
    return names;
}

QString secretLabel(const Dialect& dialect, const QString& name)
{
    if (name == QLatin1String("password"))
        return CliApplication::tr("Password");
    for (const SettingField& field : dialect.settingFields()) {
        if (field.key == name)
            return field.label;
    }
    return name;
}

} // namespace

CliApplication::CliApplication(QObject* parent)
    : QObject(parent)
    , m_parser(new QCommandLineParser)
    , m_profiles(new ProfileStore(nullptr, this))
    , m_credentials(new CredentialStore(this))
    , m_audit(new AuditLog(this))
{
    connect(m_credentials, &CredentialStore::keychainUnavailable, this, [](const QString& reason) {
        err() << tr("warning: no keychain (%1); secrets are kept for this run only.").arg(reason) << Qt::endl;
    });
}

CliApplication::~CliApplication()
{
    delete m_parser;
}

void CliApplication::finish(int code, const QString& message)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!message.isEmpty())
        err() << message << Qt::endl;
    auto exitWhenKeychainIsDone = [this, code] {
        // The store runs its jobs in order, so this empty read answers after every write still
        // queued (the refresh token Connection keeps after sign-in): none is cut off by the exit.
        m_credentials->read(QString(), {}, this, [code](const SecretMap&) {
            // Queued: finish() may run before QCoreApplication::exec() has started.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
        });
    };
    // Every run signs in for itself; ending that session where the server allows it keeps
    // scripts from leaving one open per run until it expires.
    if (m_connection && m_connection->authState().isSignedIn() &&
        m_connection->capabilities().supports(Capability::SignOut)) {
        connect(m_connection, &Connection::signedOut, this, exitWhenKeychainIsDone);
        m_connection->signOut();
        return;
    }
    exitWhenKeychainIsDone();
}

void CliApplication::fail(const ApiError& error)
{
    finish(exitCodeFor(error), QStringLiteral("authdesk-cli: ") + error.message);
}

void CliApplication::print(TableWriter& writer)
{
    const QByteArray bytes = writer.bytes();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

bool CliApplication::confirm(const QString& question)
{
    if (m_parser->isSet(QStringLiteral("yes")))
        return true;
    if (!SecretReader::stdinIsTerminal())
        return false; // no terminal to ask on: destructive actions need --yes
    return SecretReader::confirm(question);
}

bool CliApplication::newPasswordFromStdin() const
{
    // With the secrets on stdin the new password follows them, so a script never has to mix a
    // pipe and a prompt.
    return m_parser->isSet(QStringLiteral("new-password-stdin")) ||
           m_parser->isSet(QStringLiteral("password-stdin")) ||
           m_parser->isSet(QStringLiteral("secrets-stdin"));
}

void CliApplication::run(const QStringList& arguments)
{
    QCommandLineParser& p = *m_parser;
    p.setApplicationDescription(tr("AuthDesk on the command line.") + QStringLiteral("\n\n") +
                                QString::fromUtf8(usage).arg(secretNamesHelp()));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"), tr("What to do (see Commands)."));
    p.addOptions({
        {QStringLiteral("profile"), tr("Profile name or id (default: the current one)."),
         QStringLiteral("name")},
        {QStringLiteral("offline"), tr("Read the local cache; never contact the server.")},
        {QStringLiteral("format"), tr("Output: table, csv, json or jsonl."), QStringLiteral("format"),
         QStringLiteral("table")},
        {QStringLiteral("yes"), tr("Do not ask before destructive actions.")},
        {QStringLiteral("password-stdin"), tr("Read the password from the first line of stdin.")},
        {QStringLiteral("secrets-stdin"),
         tr("Read secrets from stdin, one NAME=VALUE per line up to an empty line (see Secrets).")},
        {QStringLiteral("new-password-stdin"),
         tr("users create: read the new user's password from stdin (after the secrets, if given there).")},
        {QStringLiteral("password"), tr("Refused: passwords never go on the command line."),
         QStringLiteral("password")},
        {QStringLiteral("all"), tr("Every page, not only the first.")},
        {QStringLiteral("search"), tr("Search text."), QStringLiteral("text")},
        {QStringLiteral("limit"), tr("Rows per page."), QStringLiteral("n"), QStringLiteral("100")},
        {QStringLiteral("name"), tr("Name (profiles add, keys create)."), QStringLiteral("name")},
        {QStringLiteral("url"), tr("Base URL (profiles add)."), QStringLiteral("url")},
        {QStringLiteral("dialect"),
         tr("Server type: %1.").arg(DialectRegistry::ids().join(QLatin1String(", "))), QStringLiteral("id")},
        {QStringLiteral("identity"), tr("Username or email to sign in with."), QStringLiteral("identity")},
        {QStringLiteral("setting"), tr("A non-secret profile setting, key=value."), QStringLiteral("kv")},
        {QStringLiteral("delete-cache"), tr("profiles remove: also delete the profile's local cache.")},
        {QStringLiteral("username"), tr("Username of the user."), QStringLiteral("username")},
        {QStringLiteral("email"), tr("Email of the user."), QStringLiteral("email")},
        {QStringLiteral("first-name"), tr("First name."), QStringLiteral("name")},
        {QStringLiteral("last-name"), tr("Last name."), QStringLiteral("name")},
        {QStringLiteral("role"), tr("A role or scope (repeatable)."), QStringLiteral("role")},
        {QStringLiteral("enabled"), tr("true or false."), QStringLiteral("bool")},
        {QStringLiteral("description"), tr("Description of an API key."), QStringLiteral("text")},
        {QStringLiteral("owner"), tr("User id owning the API key."), QStringLiteral("id")},
    });
    if (!p.parse(arguments)) {
        finish(UsageError, p.errorText() + QStringLiteral("\n") + tr("See authdesk-cli --help."));
        return;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        finish(Success);
        return;
    }
    if (p.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "authdesk-cli " << QCoreApplication::applicationVersion() << '\n';
        finish(Success);
        return;
    }
    if (p.isSet(QStringLiteral("password"))) {
        finish(UsageError,
               tr("authdesk-cli: passwords are never accepted on the command line (other users can read it); "
                  "use --password-stdin or answer the prompt."));
        return;
    }
    if (p.isSet(QStringLiteral("password-stdin")) && p.isSet(QStringLiteral("secrets-stdin"))) {
        finish(UsageError, tr("authdesk-cli: give either --password-stdin or --secrets-stdin, not both."));
        return;
    }
    if (!TableWriter::parseFormat(p.value(QStringLiteral("format")), &m_format)) {
        finish(UsageError, tr("authdesk-cli: --format must be table, csv, json or jsonl."));
        return;
    }
    QStringList args = p.positionalArguments();
    if (args.isEmpty()) {
        finish(UsageError, tr("authdesk-cli: no command given. See authdesk-cli --help."));
        return;
    }
    m_audit->open();
    const QString command = args.takeFirst();
    if (command == QLatin1String("profiles"))
        profilesCommand(args);
    else if (command == QLatin1String("login"))
        loginCommand();
    else if (command == QLatin1String("logout"))
        logoutCommand();
    else if (command == QLatin1String("users"))
        usersCommand(args);
    else if (command == QLatin1String("sessions"))
        sessionsCommand(args);
    else if (command == QLatin1String("keys"))
        keysCommand(args);
    else if (command == QLatin1String("sync"))
        syncCommand();
    else if (command == QLatin1String("export"))
        exportCommand();
    else if (command == QLatin1String("audit"))
        auditCommand();
    else
        finish(UsageError, tr("authdesk-cli: unknown command '%1'. See authdesk-cli --help.").arg(command));
}

std::optional<Profile> CliApplication::chosenProfile()
{
    const QString wanted = m_parser->isSet(QStringLiteral("profile"))
                               ? m_parser->value(QStringLiteral("profile"))
                               : m_profiles->currentProfileId();
    if (wanted.isEmpty()) {
        finish(UsageError, tr("authdesk-cli: no profile chosen; use --profile NAME (see 'profiles list')."));
        return std::nullopt;
    }
    auto profile = m_profiles->find(wanted);
    if (!profile)
        finish(UsageError, tr("authdesk-cli: no profile named '%1'.").arg(wanted));
    return profile;
}

bool CliApplication::resolveServer(std::optional<Capability> needed)
{
    if (m_parser->isSet(QStringLiteral("offline"))) {
        finish(Unsupported,
               tr("authdesk-cli: this command needs the server; it is not available with --offline."));
        return false;
    }
    m_profile = chosenProfile();
    if (!m_profile)
        return false;
    m_dialect = DialectRegistry::create(m_profile->dialect);
    if (!m_dialect) {
        finish(UsageError,
               tr("authdesk-cli: unknown server type '%1' in the profile.").arg(m_profile->dialect));
        return false;
    }
    const Capabilities capabilities = m_dialect->capabilitiesFor(*m_profile);
    if (needed && !capabilities.supports(*needed)) {
        finish(Unsupported, QStringLiteral("authdesk-cli: ") + capabilities.reason(*needed));
        return false;
    }
    return true;
}

Connection* CliApplication::openConnection()
{
    m_connection = new Connection(*m_profile, m_dialect, m_credentials, this);
    m_connection->setAuditLog(m_audit);
    connect(m_connection, &Connection::signInFailed, this, [this](const ApiError& error) { fail(error); });
    connect(m_connection, &Connection::credentialsRequired, this,
            [this](const ApiError& error) { fail(error); });
    return m_connection;
}

void CliApplication::withConnection(std::function<void(Connection*)> then)
{
    openConnection();
    connect(m_connection, &Connection::signedIn, this, [this, then] { then(m_connection); });
    gatherSecrets(false, [this](const Secrets& secrets) { m_connection->signIn(secrets); });
}

void CliApplication::gatherSecrets(bool forLogin, std::function<void(const Secrets&)> then)
{
    const Profile profile = *m_profile;
    const QStringList needed = m_dialect->requiredSecrets(profile);
    Secrets given;
    if (m_parser->isSet(QStringLiteral("password-stdin"))) {
        QString line;
        if (!SecretReader::readStdinLine(&line) || line.isEmpty()) {
            finish(UsageError, tr("authdesk-cli: --password-stdin given but stdin has no line."));
            return;
        }
        const QString primary =
            needed.contains(QStringLiteral("password")) ? QStringLiteral("password") : needed.value(0);
        given.insert(primary, line);
    } else if (m_parser->isSet(QStringLiteral("secrets-stdin"))) {
        QString error;
        if (!SecretReader::readStdinSecrets(storableSecrets(profile, *m_dialect), &given, &error)) {
            finish(UsageError, tr("authdesk-cli: --secrets-stdin: %1").arg(error));
            return;
        }
        if (given.isEmpty()) {
            finish(UsageError, tr("authdesk-cli: --secrets-stdin given but stdin has no NAME=VALUE line."));
            return;
        }
    }
    m_credentials->read(
        profile.id, needed, this, [this, forLogin, needed, given, profile, then](const SecretMap& stored) {
            Secrets secrets = given;
            for (const QString& name : needed) {
                if (!secrets.value(name).isEmpty())
                    continue;
                const bool have = !stored.value(name).isEmpty();
                if (forLogin || !have) {
                    // Signing in asks again (Enter keeps what is stored): that is how a changed
                    // password gets into the keychain.
                    const QString label = secretLabel(*m_dialect, name);
                    const QString prompt =
                        have ? tr("%1 for %2 at %3 (Enter keeps the stored one): ")
                                   .arg(label, profile.identity, profile.name)
                             : tr("%1 for %2 at %3: ").arg(label, profile.identity, profile.name);
                    QString typed;
                    const bool asked = SecretReader::promptTerminal(prompt, &typed);
                    if (asked && !typed.isEmpty()) {
                        secrets.insert(name, typed);
                        continue;
                    }
                    if (!have) {
                        finish(AuthFailure,
                               asked ? tr("authdesk-cli: no %1 given.").arg(name)
                               : forLogin
                                   ? tr("authdesk-cli: no %1 for %2 on stdin, none stored and no terminal "
                                        "to ask on; give it with --password-stdin or --secrets-stdin.")
                                         .arg(name, profile.name)
                                   : tr("authdesk-cli: no stored %1 for %2 and no terminal to ask on; run "
                                        "'authdesk-cli login', or give it with --password-stdin or "
                                        "--secrets-stdin.")
                                         .arg(name, profile.name));
                        return;
                    }
                }
                secrets.insert(name, stored.value(name));
            }
            then(secrets);
        });
}

void CliApplication::withUser(Connection* connection, const QString& id,
                              std::function<void(const User&)> then)
{
    User user;
    user.id = id;
    if (!connection->capabilities().supports(Capability::GetUser)) {
        then(user);
        return;
    }
    connection->getUser(user, this, [this, then](const Result<User>& result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        then(result.value());
    });
}

void CliApplication::profilesCommand(const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("list")) {
        TableWriter writer(m_format,
                           {QStringLiteral("name"), QStringLiteral("dialect"), QStringLiteral("url"),
                            QStringLiteral("identity"), QStringLiteral("id")});
        for (const Profile& p : m_profiles->profiles())
            writer.addRow({p.name, p.dialect, p.baseUrl.toString(), p.identity, p.id});
        print(writer);
        finish(Success);
    } else if (verb == QLatin1String("add")) {
        Profile p;
        p.name = m_parser->value(QStringLiteral("name"));
        p.baseUrl = QUrl(m_parser->value(QStringLiteral("url")), QUrl::StrictMode);
        p.dialect = m_parser->value(QStringLiteral("dialect"));
        p.identity = m_parser->value(QStringLiteral("identity"));
        for (const QString& pair : m_parser->values(QStringLiteral("setting")))
            p.settings.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        const auto dialect = DialectRegistry::create(p.dialect);
        if (p.name.isEmpty() || !p.baseUrl.isValid() || p.baseUrl.host().isEmpty() || !dialect) {
            finish(UsageError,
                   tr("authdesk-cli: profiles add needs --name, a valid --url and --dialect (%1).")
                       .arg(DialectRegistry::ids().join(QLatin1String(", "))));
            return;
        }
        for (const SettingField& field : dialect->settingFields()) {
            if (field.secret && p.settings.contains(field.key)) {
                // The value is already on the command line; at least it goes no further.
                finish(UsageError, tr("authdesk-cli: %1 is a secret: it is kept in the keychain by "
                                      "'authdesk-cli login' (from the prompt or --secrets-stdin), never in "
                                      "the profile or on the command line.")
                                       .arg(field.key));
                return;
            }
            if (!field.secret && field.required && p.settings.value(field.key).toString().isEmpty()) {
                finish(UsageError, tr("authdesk-cli: a %1 profile needs --setting %2=VALUE (%3).")
                                       .arg(p.dialect, field.key, field.label));
                return;
            }
        }
        if (m_profiles->find(p.name)) {
            finish(UsageError, tr("authdesk-cli: a profile named '%1' exists already.").arg(p.name));
            return;
        }
        p.id = m_profiles->save(p);
        if (m_profiles->currentProfileId().isEmpty())
            m_profiles->setCurrentProfileId(p.id);
        QTextStream(stdout) << p.id << '\n';
        finish(Success);
    } else if (verb == QLatin1String("remove") && args.size() == 2) {
        const auto p = m_profiles->find(args.value(1));
        if (!p) {
            finish(NotFound, tr("authdesk-cli: no profile named '%1'.").arg(args.value(1)));
            return;
        }
        const bool deleteCache = m_parser->isSet(QStringLiteral("delete-cache"));
        if (!confirm(deleteCache
                         ? tr("Remove the profile '%1', its stored secrets and its local cache?").arg(p->name)
                         : tr("Remove the profile '%1' and its stored secrets?").arg(p->name))) {
            finish(UsageError, tr("authdesk-cli: not removed (confirm on a terminal, or pass --yes)."));
            return;
        }
        const auto dialect = DialectRegistry::create(p->dialect);
        // The secrets go first: were the profile gone, nothing would name them any more.
        m_credentials->remove(
            p->id, everySecret(*p, dialect.get()), this, [this, p, deleteCache](bool removed) {
                const bool keychainOk = removed && !m_credentials->isMemoryOnly();
                m_profiles->remove(p->id);
                QString cacheError;
                const bool cacheOk = !deleteCache || CacheHousekeeping::clear(p->id, &cacheError);
                if (!keychainOk)
                    err() << tr("authdesk-cli: the keychain could not be reached; the secrets of '%1' may "
                                "still "
                                "be stored there.")
                                 .arg(p->name)
                          << Qt::endl;
                if (!cacheOk)
                    err() << QStringLiteral("authdesk-cli: ") << cacheError << Qt::endl;
                if (!keychainOk || !cacheOk) {
                    finish(PartialFailure, tr("Removed the profile '%1'.").arg(p->name));
                    return;
                }
                finish(
                    Success,
                    deleteCache
                        ? tr("Removed the profile '%1', its stored secrets and its local cache.").arg(p->name)
                        : tr("Removed the profile '%1' and its stored secrets; its local cache "
                             "is kept (--delete-cache removes it).")
                              .arg(p->name));
            });
    } else {
        finish(UsageError, tr("authdesk-cli: profiles list | add | remove NAME [--delete-cache]"));
    }
}

void CliApplication::loginCommand()
{
    if (!resolveServer(std::nullopt))
        return;
    openConnection();
    gatherSecrets(true, [this](const Secrets& secrets) {
        connect(m_connection, &Connection::signedIn, this, [this, secrets] { storeSecrets(secrets); });
        m_connection->signIn(secrets);
    });
}

void CliApplication::storeSecrets(const Secrets& used)
{
    const Profile& p = m_connection->profile();
    err() << tr("Signed in to %1 as %2.")
                 .arg(p.name, m_connection->authState().identity.isEmpty()
                                  ? p.identity
                                  : m_connection->authState().identity)
          << Qt::endl;
    // Only what signed in successfully is stored, so a mistyped password never replaces a good one.
    SecretMap keep;
    for (auto it = used.cbegin(); it != used.cend(); ++it) {
        if (it.key() == QLatin1String("password") && !p.rememberPassword)
            continue;
        keep.insert(it.key(), it.value());
    }
    QStringList names = keep.keys();
    names.sort();
    if (!p.rememberPassword && used.contains(QStringLiteral("password")))
        err() << tr("The profile does not keep its password: later commands will ask for it.") << Qt::endl;
    if (keep.isEmpty()) {
        finish(Success);
        return;
    }
    m_credentials->write(p.id, keep, this, [this, names, name = p.name](bool ok) {
        if (ok && !m_credentials->isMemoryOnly())
            finish(Success, tr("Stored %1 for %2 in the keychain; later commands will not ask for it.")
                                .arg(names.join(QLatin1String(", ")), name));
        else
            finish(Success, tr("Nothing was stored: there is no keychain, so later commands will ask again "
                               "(or take --password-stdin or --secrets-stdin)."));
    });
}

void CliApplication::logoutCommand()
{
    const auto p = chosenProfile();
    if (!p)
        return;
    const auto dialect = DialectRegistry::create(p->dialect);
    m_credentials->remove(p->id, everySecret(*p, dialect.get()), this, [this, p, dialect](bool removed) {
        if (!removed || m_credentials->isMemoryOnly()) {
            finish(ServerError,
                   tr("authdesk-cli: the keychain could not be reached; the secrets of %1 may still "
                      "be stored there.")
                       .arg(p->name));
            return;
        }
        err() << tr("Forgot the stored secrets of %1; the next command needs them again.").arg(p->name)
              << Qt::endl;
        // No session outlives the run that opened it where the server can sign out (see finish());
        // where it cannot, say how its tokens end.
        const Capabilities capabilities = dialect ? dialect->capabilitiesFor(*p) : Capabilities();
        if (capabilities.supports(Capability::SignOut))
            err() << tr("No session of authdesk-cli is left open on %1: every run signs out when it ends.")
                         .arg(p->name)
                  << Qt::endl;
        else if (dialect)
            err() << capabilities.reason(Capability::SignOut) << Qt::endl;
        finish(Success);
    });
}

void CliApplication::printUsers(const QList<User>& users)
{
    // The console's Export writes the same columns.
    TableWriter writer(m_format, UserColumns::names());
    for (const User& u : users)
        writer.addRow(UserColumns::cells(u));
    print(writer);
}

void CliApplication::listUsers(Connection* connection, bool everything)
{
    auto users = std::make_shared<QList<User>>();
    auto query = std::make_shared<UserQuery>();
    query->limit = qBound(1, m_parser->value(QStringLiteral("limit")).toInt(), 1000);
    query->search = m_parser->value(QStringLiteral("search"));
    const bool progress = everything && SecretReader::stderrIsTerminal();
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, connection, users, query, everything, progress, next] {
        connection->listUsers(
            *query, this, [this, users, query, everything, progress, next](const Result<UserPage>& r) {
                if (!r.ok()) {
                    if (progress)
                        err() << clearLine;
                    *next = nullptr;
                    fail(r.error());
                    return;
                }
                *users += r.value().users;
                if (progress) // not every server says how many there are
                    err() << clearLine
                          << (r.value().total >= 0
                                  ? tr("%1 of %n user(s)…", nullptr, int(r.value().total)).arg(users->size())
                                  : tr("%n user(s)…", nullptr, int(users->size())))
                          << Qt::flush;
                if (everything && r.value().hasMore && !r.value().users.isEmpty()) {
                    query->offset += r.value().users.size();
                    (*next)();
                    return;
                }
                if (progress)
                    err() << clearLine << Qt::flush;
                printUsers(*users);
                *next = nullptr; // breaks the self-reference
                finish(Success);
            });
    };
    (*next)();
}

void CliApplication::listCachedUsers()
{
    const auto profile = chosenProfile();
    if (!profile)
        return;
    CachedUserSource cache;
    if (!cache.open(profile->id, CachedUserSource::Freshness::Offline)) {
        finish(NotFound,
               tr("authdesk-cli: no cache for %1 yet; run 'authdesk-cli sync' first.").arg(profile->name));
        return;
    }
    err() << cache.statusText() << Qt::endl;
    UserQuery q;
    q.search = m_parser->value(QStringLiteral("search"));
    q.limit = m_parser->isSet(QStringLiteral("all"))
                  ? int(qMin<qint64>(cache.count(q), 10'000'000))
                  : qBound(1, m_parser->value(QStringLiteral("limit")).toInt(), 100000);
    printUsers(cache.page(q).users);
    finish(Success);
}

void CliApplication::usersCommand(const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("list") && m_parser->isSet(QStringLiteral("offline"))) {
        listCachedUsers();
        return;
    }
    static const QHash<QString, Capability> verbs{{QStringLiteral("list"), Capability::ListUsers},
                                                  {QStringLiteral("get"), Capability::GetUser},
                                                  {QStringLiteral("create"), Capability::CreateUser},
                                                  {QStringLiteral("update"), Capability::UpdateUser},
                                                  {QStringLiteral("delete"), Capability::DeleteUser},
                                                  {QStringLiteral("set-roles"), Capability::SetRoles}};
    if (!verbs.contains(verb) ||
        (verb != QLatin1String("list") && verb != QLatin1String("create") && args.size() < 2)) {
        finish(UsageError, tr("authdesk-cli: users list | get ID | create | update ID | delete ID... | "
                              "set-roles ID ROLE..."));
        return;
    }
    if (!resolveServer(verbs.value(verb)))
        return;
    if (verb == QLatin1String("delete") &&
        !confirm(
            tr("Delete %n user(s) on the server? This cannot be undone.", nullptr, int(args.size() - 1)))) {
        finish(UsageError, tr("authdesk-cli: nothing deleted (confirm on a terminal, or pass --yes)."));
        return;
    }
    QString newPassword;
    if (verb == QLatin1String("create")) {
        // The new user's password: the next stdin line after the admin's secrets, or a prompt.
        if (!newPasswordFromStdin() &&
            !SecretReader::promptTerminal(tr("Password for the new user: "), &newPassword)) {
            finish(UsageError, tr("authdesk-cli: the new user's password comes from a terminal or from "
                                  "stdin (--new-password-stdin, or the line after the secrets on stdin)."));
            return;
        }
    }
    withConnection([this, verb, args, newPassword](Connection* c) mutable {
        auto applyFields = [this](User& u) {
            if (m_parser->isSet(QStringLiteral("email")))
                u.email = m_parser->value(QStringLiteral("email"));
            if (m_parser->isSet(QStringLiteral("username")))
                u.username = m_parser->value(QStringLiteral("username"));
            else if (u.username.isEmpty())
                u.username = u.email;
            if (m_parser->isSet(QStringLiteral("first-name")))
                u.firstName = m_parser->value(QStringLiteral("first-name"));
            if (m_parser->isSet(QStringLiteral("last-name")))
                u.lastName = m_parser->value(QStringLiteral("last-name"));
            if (m_parser->isSet(QStringLiteral("role")))
                u.roles = m_parser->values(QStringLiteral("role"));
            if (m_parser->isSet(QStringLiteral("enabled")))
                u.enabled = m_parser->value(QStringLiteral("enabled")) != QLatin1String("false");
        };
        auto printOne = [this](const Result<User>& r) {
            if (!r.ok()) {
                fail(r.error());
                return;
            }
            printUsers({r.value()});
            finish(Success);
        };
        if (verb == QLatin1String("list")) {
            listUsers(c, m_parser->isSet(QStringLiteral("all")));
        } else if (verb == QLatin1String("get")) {
            withUser(c, args.at(1), [this](const User& u) {
                printUsers({u});
                finish(Success);
            });
        } else if (verb == QLatin1String("create")) {
            if (newPasswordFromStdin() && !SecretReader::readStdinLine(&newPassword)) {
                finish(UsageError, tr("authdesk-cli: the new user's password is missing from stdin (the line "
                                      "after the secrets)."));
                return;
            }
            UserEdit edit;
            applyFields(edit.user);
            edit.password = newPassword;
            c->createUser(edit, this, [printOne](const Result<User>& r) { printOne(r); });
        } else if (verb == QLatin1String("update")) {
            withUser(c, args.at(1), [this, c, applyFields, printOne](const User& before) {
                UserEdit edit{before, QString()};
                applyFields(edit.user);
                c->updateUser(before, edit, this, [printOne](const Result<User>& r) { printOne(r); });
            });
        } else if (verb == QLatin1String("set-roles")) {
            withUser(c, args.at(1), [this, c, args, printOne](const User& user) {
                c->setRoles(user, args.mid(2), this, [printOne](const Result<User>& r) { printOne(r); });
            });
        } else {
            deleteUsers(c, args.mid(1));
        }
    });
}

void CliApplication::deleteUsers(Connection* connection, QStringList ids)
{
    // The console's bulk operation: bounded concurrency, one result per user, and one failure
    // never stops the others.
    ids.removeDuplicates();
    QList<User> users;
    for (const QString& id : ids) {
        User user;
        user.id = id;
        users << user;
    }
    auto* bulk = new BulkOperation(BulkOperation::Kind::Delete, users, QString(), this);
    auto lastError = std::make_shared<ApiError>();
    bulk->setStep([connection, lastError](const BulkOperation::Item& item, QObject* context,
                                          BulkOperation::StepDone done) {
        // The error itself, not only its message, decides the exit code when every one failed.
        auto record = [lastError, done](const Result<User>& result) {
            if (!result.ok())
                *lastError = result.error();
            done(result);
        };
        auto remove = [connection, context, record](const User& user) {
            connection->deleteUser(user, context, [user, record](const Result<Done>& r) {
                record(r.ok() ? Result<User>(user) : Result<User>(r.error()));
            });
        };
        if (!connection->capabilities().supports(Capability::GetUser)) {
            remove(item.user);
            return;
        }
        // Looked up first, so that a wrong id reads "not found" and servers driven by links
        // (Gemini) know what is allowed.
        connection->getUser(item.user, context, [remove, record](const Result<User>& found) {
            if (found.ok())
                remove(found.value());
            else
                record(found.error());
        });
    });
    const bool progress = SecretReader::stderrIsTerminal();
    connect(bulk, &BulkOperation::itemChanged, this, [bulk, progress](int index) {
        const BulkOperation::Item& item = bulk->items().at(index);
        if (item.status != BulkOperation::Status::Done && item.status != BulkOperation::Status::Failed)
            return;
        if (progress)
            err() << clearLine;
        if (item.status == BulkOperation::Status::Done)
            err() << tr("%1: deleted").arg(item.user.id) << Qt::endl;
        else
            err() << tr("%1: failed — %2").arg(item.user.id, item.message) << Qt::endl;
    });
    if (progress) {
        connect(bulk, &BulkOperation::progressChanged, this, [](int finished, int total) {
            if (finished < total)
                err() << clearLine << tr("deleting %1/%2…").arg(finished + 1).arg(total) << Qt::flush;
        });
    }
    connect(bulk, &BulkOperation::finished, this, [this, bulk, lastError, progress] {
        if (progress)
            err() << clearLine << Qt::flush;
        const int failures = bulk->count(BulkOperation::Status::Failed);
        const int total = bulk->workCount();
        bulk->deleteLater();
        finish(failures == 0       ? int(Success)
               : failures == total ? int(exitCodeFor(*lastError))
                                   : int(PartialFailure));
    });
    bulk->start();
}

void CliApplication::sessionsCommand(const QStringList& args)
{
    const QString verb = args.value(0);
    static const QHash<QString, Capability> verbs{
        {QStringLiteral("list"), Capability::ListSessions},
        {QStringLiteral("revoke"), Capability::RevokeSession},
        {QStringLiteral("revoke-all"), Capability::RevokeAllSessions}};
    if (!verbs.contains(verb) || args.size() < 2 || (verb == QLatin1String("revoke") && args.size() < 3)) {
        finish(UsageError,
               tr("authdesk-cli: sessions list USER_ID | revoke USER_ID SESSION_ID | revoke-all USER_ID"));
        return;
    }
    if (!resolveServer(verbs.value(verb)))
        return;
    if (verb != QLatin1String("list") &&
        !confirm(verb == QLatin1String("revoke")
                     ? tr("Revoke the session %1 of user %2?").arg(args.at(2), args.at(1))
                     : tr("Revoke every session of user %1?").arg(args.at(1)))) {
        finish(UsageError, tr("authdesk-cli: nothing revoked (confirm on a terminal, or pass --yes)."));
        return;
    }
    withConnection([this, verb, args](Connection* c) {
        withUser(c, args.at(1), [this, c, verb, args](const User& user) {
            if (verb == QLatin1String("list")) {
                c->listSessions(user, this, [this](const Result<QList<Session>>& r) {
                    if (!r.ok()) {
                        fail(r.error());
                        return;
                    }
                    TableWriter writer(m_format, {QStringLiteral("id"), QStringLiteral("started"),
                                                  QStringLiteral("last_activity"), QStringLiteral("expires"),
                                                  QStringLiteral("ip"), QStringLiteral("client")});
                    for (const Session& s : r.value())
                        writer.addRow({s.id, RecordEncoder::timeCell(s.startedAt),
                                       RecordEncoder::timeCell(s.lastActivityAt),
                                       RecordEncoder::timeCell(s.expiresAt), s.ipAddress, s.userAgent});
                    print(writer);
                    finish(Success);
                });
            } else if (verb == QLatin1String("revoke")) {
                Session session;
                session.id = args.at(2);
                c->revokeSession(user, session, this, [this, session](const Result<Done>& r) {
                    if (!r.ok())
                        fail(r.error());
                    else
                        finish(Success, tr("Session %1 revoked.").arg(session.id));
                });
            } else {
                c->revokeAllSessions(user, this, [this, user](const Result<Done>& r) {
                    if (!r.ok())
                        fail(r.error());
                    else
                        finish(Success, tr("Every session of %1 revoked.")
                                            .arg(user.username.isEmpty() ? user.id : user.username));
                });
            }
        });
    });
}

void CliApplication::keysCommand(const QStringList& args)
{
    const QString verb = args.value(0);
    static const QHash<QString, Capability> verbs{{QStringLiteral("list"), Capability::ListApiKeys},
                                                  {QStringLiteral("create"), Capability::CreateApiKey},
                                                  {QStringLiteral("revoke"), Capability::RevokeApiKey}};
    if (!verbs.contains(verb) || (verb == QLatin1String("revoke") && args.size() < 2)) {
        finish(UsageError, tr("authdesk-cli: keys list | create --name N | revoke KEY_ID"));
        return;
    }
    if (verb == QLatin1String("create") && m_parser->value(QStringLiteral("name")).trimmed().isEmpty()) {
        finish(UsageError, tr("authdesk-cli: keys create needs --name."));
        return;
    }
    if (!resolveServer(verbs.value(verb)))
        return;
    if (verb == QLatin1String("revoke") && !confirm(tr("Revoke the API key %1?").arg(args.at(1)))) {
        finish(UsageError, tr("authdesk-cli: nothing revoked (confirm on a terminal, or pass --yes)."));
        return;
    }
    withConnection([this, verb, args](Connection* c) {
        if (verb == QLatin1String("list")) {
            auto list = [this, c](const User* owner) {
                c->listApiKeys(owner, this, [this](const Result<QList<ApiKey>>& r) {
                    if (!r.ok()) {
                        fail(r.error());
                        return;
                    }
                    TableWriter writer(m_format, {QStringLiteral("id"), QStringLiteral("name"),
                                                  QStringLiteral("prefix"), QStringLiteral("owner"),
                                                  QStringLiteral("created"), QStringLiteral("last_used"),
                                                  QStringLiteral("expires")});
                    for (const ApiKey& k : r.value())
                        writer.addRow({k.id, k.name, k.prefix, k.owner.isEmpty() ? k.ownerId : k.owner,
                                       RecordEncoder::timeCell(k.createdAt),
                                       RecordEncoder::timeCell(k.lastUsedAt),
                                       RecordEncoder::timeCell(k.expiresAt)});
                    print(writer);
                    finish(Success);
                });
            };
            if (m_parser->isSet(QStringLiteral("owner"))) {
                auto owner = std::make_shared<User>();
                owner->id = m_parser->value(QStringLiteral("owner"));
                list(owner.get());
            } else {
                list(nullptr);
            }
        } else if (verb == QLatin1String("create")) {
            ApiKeyRequest request;
            request.name = m_parser->value(QStringLiteral("name"));
            request.description = m_parser->value(QStringLiteral("description"));
            request.ownerId = m_parser->value(QStringLiteral("owner"));
            c->createApiKey(request, this, [this, request](const Result<IssuedApiKey>& r) {
                if (!r.ok()) {
                    fail(r.error());
                    return;
                }
                // The key itself, once, and nothing else on stdout; the rest goes to stderr.
                QTextStream(stdout) << r.value().secret << '\n';
                finish(Success, tr("API key %1 (id %2) issued; it will not be shown again.")
                                    .arg(request.name, r.value().key.id));
            });
        } else {
            ApiKey key;
            key.id = args.at(1);
            c->revokeApiKey(key, this, [this, key](const Result<Done>& r) {
                if (!r.ok())
                    fail(r.error());
                else
                    finish(Success, tr("API key %1 revoked.").arg(key.id));
            });
        }
    });
}

void CliApplication::syncCommand()
{
    if (!resolveServer(Capability::ListUsers))
        return;
    withConnection([this](Connection* c) {
        auto* source = new ConnectionUserSource(c);
        auto* job = new SyncJob(CacheDatabase::pathForProfile(c->profile().id), source, this);
        const bool progress = SecretReader::stderrIsTerminal();
        connect(job, &SyncJob::progress, this, [progress](const SyncProgress& p) {
            if (progress)
                err() << clearLine << tr("syncing: page %1, %n user(s)…", nullptr, int(p.users)).arg(p.pages)
                      << Qt::flush;
        });
        connect(job, &SyncJob::finished, this, [this, source, progress](const SyncResult& result) {
            delete source;
            if (progress)
                err() << clearLine << Qt::flush;
            if (result.completed())
                finish(Success, tr("Synced %n user(s) into the cache.", nullptr, int(result.record.users)));
            else if (result.outcome == SyncResult::Outcome::Cancelled)
                finish(Cancelled, tr("authdesk-cli: sync cancelled; the cache is unchanged."));
            else
                fail(result.error);
        });
        job->start();
    });
}

void CliApplication::exportCommand()
{
    if (m_format == TableWriter::Format::Table)
        m_format = TableWriter::Format::Json; // an export is for programs
    if (m_parser->isSet(QStringLiteral("offline"))) {
        listCachedUsers();
        return;
    }
    if (!resolveServer(Capability::ListUsers))
        return;
    withConnection([this](Connection* c) { listUsers(c, true); });
}

void CliApplication::auditCommand()
{
    if (!m_audit->isOpen()) {
        finish(ServerError, tr("authdesk-cli: the audit log cannot be opened."));
        return;
    }
    AuditFilter filter;
    if (m_parser->isSet(QStringLiteral("profile"))) {
        const auto profile = chosenProfile();
        if (!profile)
            return;
        filter.profileId = profile->id;
    }
    // The console's audit export writes the same columns.
    TableWriter writer(m_format, AuditColumns::names());
    for (const AuditEntry& e : m_audit->entries(filter, 0, 100000))
        writer.addRow(AuditColumns::cells(e));
    print(writer);
    finish(Success);
}
