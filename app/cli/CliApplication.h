#pragma once
// authdesk-cli: profiles, sign-in, users, sessions, API keys, sync, export and the audit log
// over the same models as the console. Every command runs asynchronously on the event loop and
// ends by calling finish() with an ExitCode; output goes to stdout in the chosen format,
// messages and progress to stderr.

#include "ExitCode.h"
#include "TableWriter.h"
#include "remote/Dialect.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class AuditLog;
class Connection;
class CredentialStore;
class ProfileStore;
class QCommandLineParser;

class CliApplication : public QObject
{
    Q_OBJECT
public:
    explicit CliApplication(QObject* parent = nullptr);
    ~CliApplication() override;

    // Parses the arguments and starts the command; the exit code comes through QCoreApplication::exit.
    void run(const QStringList& arguments);

private:
    void finish(int code, const QString& message = QString());
    void fail(const ApiError& error);
    void print(TableWriter& writer);
    bool confirm(const QString& question);
    std::optional<Profile> chosenProfile();
    // Resolves the profile and its dialect for a command that needs the server, and checks that
    // the server can do `needed`: before any secret is asked for, so an impossible command never
    // prompts. On failure it finishes and returns false.
    bool resolveServer(std::optional<Capability> needed);
    // Signs in to the resolved profile (secrets from stdin, the keychain or a prompt) then runs `then`.
    void withConnection(std::function<void(Connection*)> then);
    // The secrets for one sign-in: from --password-stdin or --secrets-stdin, else the keychain,
    // else the terminal. For login, the terminal is asked even where the keychain has one.
    void gatherSecrets(bool forLogin, std::function<void(const Secrets&)> then);
    Connection* openConnection();
    // Fetches the user by id (so Gemini's _links are known) then runs `then`.
    void withUser(Connection* connection, const QString& id, std::function<void(const User&)> then);

    void profilesCommand(const QStringList& args);
    void loginCommand();
    void storeSecrets(const Secrets& used);
    void logoutCommand();
    void usersCommand(const QStringList& args);
    void deleteUsers(Connection* connection, QStringList ids);
    void sessionsCommand(const QStringList& args);
    void keysCommand(const QStringList& args);
    void syncCommand();
    void exportCommand();
    void auditCommand();
    void listUsers(Connection* connection, bool everything);
    void listCachedUsers();
    void printUsers(const QList<User>& users);
    bool newPasswordFromStdin() const;

    QCommandLineParser* m_parser;
    ProfileStore* m_profiles;
    CredentialStore* m_credentials;
    AuditLog* m_audit;
    std::optional<Profile> m_profile;
    std::shared_ptr<const Dialect> m_dialect;
    QPointer<Connection> m_connection;
    TableWriter::Format m_format = TableWriter::Format::Table;
    bool m_finished = false;
};
