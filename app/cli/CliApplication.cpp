#include "CliApplication.h"

#include "SecretReader.h"
#include "audit/AuditLog.h"
#include "cache/CacheDatabase.h"
#include "cache/CachedUserSource.h"
#include "cache/ConnectionUserSource.h"
#include "cache/SyncJob.h"
#include "credentials/CredentialStore.h"
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

QString isoOrEmpty(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

const char* const usage = R"(Commands:
  profiles list | add --name N --url U --dialect D --identity I [--setting k=v]... | remove NAME
  login                      sign in and store the password in the keychain
  logout                     forget the stored password and refresh token
  users list [--search S] [--all] | get ID | create --email E [--username U] [--first-name F]
        [--last-name L] [--role R]... | update ID [same fields] [--enabled true|false]
        | delete ID... | set-roles ID ROLE...
  sessions list USER_ID | revoke USER_ID SESSION_ID | revoke-all USER_ID
  keys list [--owner USER_ID] | create --name N [--description D] [--owner USER_ID] | revoke KEY_ID
  sync                       copy every user into the local cache
  export                     every user (from the server, or the cache with --offline)
  audit                      the local audit log

Passwords are read from the terminal, or from stdin with --password-stdin; never from the
command line. Exit codes: 0 success, 2 usage, 3 authentication, 4 not found, 5 server or
network, 6 partial failure of a bulk action, 7 unsupported or offline, 130 cancelled.)";

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
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
}

void CliApplication::fail(const ApiError& error)
{
    finish(exitCodeFor(error), QStringLiteral("authdesk-cli: ") + error.message);
}

void CliApplication::print(TableWriter& writer)
{
    QTextStream out(stdout);
    writer.write(out);
}

bool CliApplication::confirm(const QString& question)
{
    if (m_parser->isSet(QStringLiteral("yes")))
        return true;
    if (!SecretReader::stdinIsTerminal())
        return false; // no terminal to ask on: destructive actions need --yes
    return SecretReader::confirm(question);
}

void CliApplication::run(const QStringList& arguments)
{
    QCommandLineParser& p = *m_parser;
    p.setApplicationDescription(tr("AuthDesk on the command line.") + QStringLiteral("\n\n") +
                                QString::fromUtf8(usage));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"), tr("What to do (see Commands)."));
    p.addOptions({
        {QStringLiteral("profile"), tr("Profile name or id (default: the current one)."),
         QStringLiteral("name")},
        {QStringLiteral("offline"), tr("Read the local cache; never contact the server.")},
        {QStringLiteral("format"), tr("Output: table, csv or json."), QStringLiteral("format"),
         QStringLiteral("table")},
        {QStringLiteral("yes"), tr("Do not ask before destructive actions.")},
        {QStringLiteral("password-stdin"), tr("Read the password from the first line of stdin.")},
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
    if (!TableWriter::parseFormat(p.value(QStringLiteral("format")), &m_format)) {
        finish(UsageError, tr("authdesk-cli: --format must be table, csv or json."));
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

void CliApplication::withConnection(std::function<void(Connection*)> then)
{
    if (m_parser->isSet(QStringLiteral("offline"))) {
        finish(Unsupported,
               tr("authdesk-cli: this command needs the server; it is not available with --offline."));
        return;
    }
    const auto profile = chosenProfile();
    if (!profile)
        return;
    const auto dialect = DialectRegistry::create(profile->dialect);
    if (!dialect) {
        finish(UsageError,
               tr("authdesk-cli: unknown server type '%1' in the profile.").arg(profile->dialect));
        return;
    }
    m_connection = new Connection(*profile, dialect, m_credentials, this);
    m_connection->setAuditLog(m_audit);
    connect(m_connection, &Connection::signInFailed, this, [this](const ApiError& error) { fail(error); });
    connect(m_connection, &Connection::credentialsRequired, this,
            [this](const ApiError& error) { fail(error); });
    connect(m_connection, &Connection::signedIn, this, [this, then] { then(m_connection); });
    const QStringList needed = dialect->requiredSecrets(*profile);
    m_credentials->read(profile->id, needed, this, [this, needed, profile](const SecretMap& stored) {
        Secrets secrets = stored;
        const QString primary =
            needed.contains(QStringLiteral("password")) ? QStringLiteral("password") : needed.value(0);
        if (m_parser->isSet(QStringLiteral("password-stdin"))) {
            QString line;
            if (!SecretReader::readStdinLine(&line) || line.isEmpty()) {
                finish(UsageError, tr("authdesk-cli: --password-stdin given but stdin has no line."));
                return;
            }
            secrets.insert(primary, line);
        }
        for (const QString& name : needed) {
            if (!secrets.value(name).isEmpty())
                continue;
            QString typed;
            if (!SecretReader::promptTerminal(
                    tr("%1 for %2 at %3: ").arg(name, profile->identity, profile->name), &typed)) {
                finish(AuthFailure,
                       tr("authdesk-cli: no stored %1 and no terminal to ask on; use --password-stdin.")
                           .arg(name));
                return;
            }
            secrets.insert(name, typed);
        }
        m_connection->signIn(secrets);
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
        if (p.name.isEmpty() || !p.baseUrl.isValid() || p.baseUrl.host().isEmpty() ||
            !DialectRegistry::ids().contains(p.dialect)) {
            finish(UsageError,
                   tr("authdesk-cli: profiles add needs --name, a valid --url and --dialect (%1).")
                       .arg(DialectRegistry::ids().join(QLatin1String(", "))));
            return;
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
    } else if (verb == QLatin1String("remove")) {
        const auto p = m_profiles->find(args.value(1));
        if (!p) {
            finish(NotFound, tr("authdesk-cli: no profile named '%1'.").arg(args.value(1)));
            return;
        }
        if (!confirm(tr("Remove the profile '%1' and its stored secrets?").arg(p->name))) {
            finish(UsageError, tr("authdesk-cli: not removed (confirm on a terminal, or pass --yes)."));
            return;
        }
        m_profiles->remove(p->id);
        m_credentials->remove(p->id,
                              {QStringLiteral("password"), QStringLiteral("refresh_token"),
                               QStringLiteral("client_secret"), QStringLiteral("api_key")},
                              this, [this](bool) { finish(Success); });
    } else {
        finish(UsageError, tr("authdesk-cli: profiles list | add | remove"));
    }
}

void CliApplication::loginCommand()
{
    withConnection([this](Connection* c) {
        // Store what worked, so later commands need no password (when the profile allows it).
        const Profile& p = c->profile();
        err() << tr("Signed in to %1 as %2.").arg(p.name, c->authState().identity) << Qt::endl;
        if (c->authState().expiresAt.isValid())
            err() << tr("The token expires at %1.").arg(isoOrEmpty(c->authState().expiresAt)) << Qt::endl;
        finish(Success);
    });
}

void CliApplication::logoutCommand()
{
    const auto p = chosenProfile();
    if (!p)
        return;
    m_credentials->remove(
        p->id, {QStringLiteral("password"), QStringLiteral("refresh_token")}, this, [this, p](bool) {
            err() << tr("Forgot the stored password and refresh token of %1.").arg(p->name) << Qt::endl;
            finish(Success);
        });
}

void CliApplication::printUsers(const QList<User>& users)
{
    TableWriter writer(m_format, {QStringLiteral("id"), QStringLiteral("username"), QStringLiteral("email"),
                                  QStringLiteral("name"), QStringLiteral("roles"), QStringLiteral("enabled"),
                                  QStringLiteral("created"), QStringLiteral("last_login")});
    for (const User& u : users)
        writer.addRow(
            {u.id, u.username, u.email, QString(u.firstName + QLatin1Char(' ') + u.lastName).trimmed(),
             u.roles.join(QLatin1Char(' ')), u.enabled ? QStringLiteral("true") : QStringLiteral("false"),
             isoOrEmpty(u.createdAt), isoOrEmpty(u.lastLoginAt)});
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
                    fail(r.error());
                    return;
                }
                *users += r.value().users;
                if (progress)
                    err() << '\r' << tr("%1 of %2 users").arg(users->size()).arg(r.value().total)
                          << Qt::flush;
                if (everything && r.value().hasMore && !r.value().users.isEmpty()) {
                    query->offset += r.value().users.size();
                    (*next)();
                    return;
                }
                if (progress)
                    err() << Qt::endl;
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
    static const QStringList verbs{QStringLiteral("list"),   QStringLiteral("get"),
                                   QStringLiteral("create"), QStringLiteral("update"),
                                   QStringLiteral("delete"), QStringLiteral("set-roles")};
    if (!verbs.contains(verb) ||
        (verb != QLatin1String("list") && verb != QLatin1String("create") && args.size() < 2)) {
        finish(UsageError, tr("authdesk-cli: users list | get ID | create | update ID | delete ID... | "
                              "set-roles ID ROLE..."));
        return;
    }
    if (verb == QLatin1String("delete") &&
        !confirm(
            tr("Delete %n user(s) on the server? This cannot be undone.", nullptr, int(args.size() - 1)))) {
        finish(UsageError, tr("authdesk-cli: nothing deleted (confirm on a terminal, or pass --yes)."));
        return;
    }
    QString newPassword;
    if (verb == QLatin1String("create")) {
        // The new user's password: the next stdin line after the admin's, or a prompt.
        const bool fromStdin = m_parser->isSet(QStringLiteral("password-stdin"));
        if (!fromStdin && !SecretReader::promptTerminal(tr("Password for the new user: "), &newPassword)) {
            finish(UsageError, tr("authdesk-cli: the new user's password comes from a terminal or "
                                  "--password-stdin (second line)."));
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
            if (m_parser->isSet(QStringLiteral("password-stdin")) &&
                !SecretReader::readStdinLine(&newPassword)) {
                finish(UsageError,
                       tr("authdesk-cli: the new user's password is missing from stdin (second line)."));
                return;
            }
            UserEdit edit;
            applyFields(edit.user);
            edit.password = newPassword;
            c->createUser(edit, this, [this, printOne, edit](const Result<User>& r) { printOne(r); });
        } else if (verb == QLatin1String("update")) {
            withUser(c, args.at(1), [this, c, applyFields, printOne](const User& before) {
                UserEdit edit{before, QString()};
                applyFields(edit.user);
                c->updateUser(before, edit, this,
                              [this, printOne, before](const Result<User>& r) { printOne(r); });
            });
        } else if (verb == QLatin1String("set-roles")) {
            withUser(c, args.at(1), [this, c, args, printOne](const User& user) {
                c->setRoles(user, args.mid(2), this,
                            [this, printOne, user](const Result<User>& r) { printOne(r); });
            });
        } else { // delete, one request per user, a line per outcome; one failure never stops the others
            const QStringList ids = args.mid(1);
            auto remaining = std::make_shared<int>(int(ids.size()));
            auto failures = std::make_shared<int>(0);
            auto lastError = std::make_shared<ApiError>();
            const int total = int(ids.size());
            auto outcome = [this, remaining, failures, lastError, total](const QString& id,
                                                                         const ApiError& error) {
                if (error.isNone()) {
                    err() << tr("%1: deleted").arg(id) << Qt::endl;
                } else {
                    ++*failures;
                    *lastError = error;
                    err() << tr("%1: failed — %2").arg(id, error.message) << Qt::endl;
                }
                if (--*remaining == 0)
                    finish(*failures == 0       ? int(Success)
                           : *failures == total ? int(exitCodeFor(*lastError))
                                                : int(PartialFailure));
            };
            for (const QString& id : ids) {
                auto remove = [this, c, outcome](const User& user) {
                    c->deleteUser(user, this, [this, user, outcome](const Result<Done>& r) {
                        outcome(user.id, r.error());
                    });
                };
                User byId;
                byId.id = id;
                if (!c->capabilities().supports(Capability::GetUser)) {
                    remove(byId);
                    continue;
                }
                // Looked up first so that servers driven by links (Gemini) know what is allowed.
                c->getUser(byId, this, [this, id, remove, outcome](const Result<User>& found) {
                    if (!found.ok()) {
                        outcome(id, found.error());
                        return;
                    }
                    remove(found.value());
                });
            }
        }
    });
}

void CliApplication::sessionsCommand(const QStringList& args)
{
    const QString verb = args.value(0);
    if ((verb != QLatin1String("list") && verb != QLatin1String("revoke") &&
         verb != QLatin1String("revoke-all")) ||
        args.size() < 2 || (verb == QLatin1String("revoke") && args.size() < 3)) {
        finish(UsageError,
               tr("authdesk-cli: sessions list USER_ID | revoke USER_ID SESSION_ID | revoke-all USER_ID"));
        return;
    }
    if (verb != QLatin1String("list") && !confirm(tr("Revoke the session(s) of user %1?").arg(args.at(1)))) {
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
                        writer.addRow({s.id, isoOrEmpty(s.startedAt), isoOrEmpty(s.lastActivityAt),
                                       isoOrEmpty(s.expiresAt), s.ipAddress, s.userAgent});
                    print(writer);
                    finish(Success);
                });
            } else if (verb == QLatin1String("revoke")) {
                Session session;
                session.id = args.at(2);
                c->revokeSession(user, session, this, [this, user, session](const Result<Done>& r) {
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
    if (verb != QLatin1String("list") && verb != QLatin1String("create") && verb != QLatin1String("revoke")) {
        finish(UsageError, tr("authdesk-cli: keys list | create --name N | revoke KEY_ID"));
        return;
    }
    if (verb == QLatin1String("create") && m_parser->value(QStringLiteral("name")).trimmed().isEmpty()) {
        finish(UsageError, tr("authdesk-cli: keys create needs --name."));
        return;
    }
    if (verb == QLatin1String("revoke") &&
        (args.size() < 2 || !confirm(tr("Revoke the API key %1?").arg(args.at(1))))) {
        finish(UsageError, tr("authdesk-cli: keys revoke KEY_ID (confirm on a terminal, or pass --yes)."));
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
                                       isoOrEmpty(k.createdAt), isoOrEmpty(k.lastUsedAt),
                                       isoOrEmpty(k.expiresAt)});
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
    withConnection([this](Connection* c) {
        auto* source = new ConnectionUserSource(c);
        auto* job = new SyncJob(CacheDatabase::pathForProfile(c->profile().id), source, this);
        const bool progress = SecretReader::stderrIsTerminal();
        connect(job, &SyncJob::progress, this, [progress](const SyncProgress& p) {
            if (progress)
                err() << '\r' << tr("%1 pages, %2 users").arg(p.pages).arg(p.users) << Qt::flush;
        });
        connect(job, &SyncJob::finished, this, [this, source, progress](const SyncResult& result) {
            delete source;
            if (progress)
                err() << Qt::endl;
            if (result.completed())
                finish(Success, tr("Synced %1 users into the cache.").arg(result.record.users));
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
    withConnection([this](Connection* c) { listUsers(c, true); });
}

void CliApplication::auditCommand()
{
    if (!m_audit->isOpen()) {
        finish(ServerError, tr("authdesk-cli: the audit log cannot be opened."));
        return;
    }
    TableWriter writer(m_format,
                       {QStringLiteral("time"), QStringLiteral("profile"), QStringLiteral("identity"),
                        QStringLiteral("action"), QStringLiteral("target"), QStringLiteral("outcome"),
                        QStringLiteral("status"), QStringLiteral("message")});
    for (const AuditEntry& e : m_audit->entries({}, 0, 100000))
        writer.addRow({isoOrEmpty(e.at), e.profileName, e.identity, e.action, e.target,
                       AuditEntry::outcomeName(e.outcome), QString::number(e.httpStatus), e.message});
    print(writer);
    finish(Success);
}
