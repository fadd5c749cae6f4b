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
    // Signs in (password from --password-stdin, the keychain or a prompt) then runs `then`.
    void withConnection(std::function<void(Connection*)> then);
    // Fetches the user by id (so Gemini's _links are known) then runs `then`.
    void withUser(Connection* connection, const QString& id, std::function<void(const User&)> then);

    void profilesCommand(const QStringList& args);
    void loginCommand();
    void logoutCommand();
    void usersCommand(const QStringList& args);
    void sessionsCommand(const QStringList& args);
    void keysCommand(const QStringList& args);
    void syncCommand();
    void exportCommand();
    void auditCommand();
    void listUsers(Connection* connection, bool everything);
    void listCachedUsers();
    void printUsers(const QList<User>& users);

    QCommandLineParser* m_parser;
    ProfileStore* m_profiles;
    CredentialStore* m_credentials;
    AuditLog* m_audit;
    QPointer<Connection> m_connection;
    TableWriter::Format m_format = TableWriter::Format::Table;
    bool m_finished = false;
};
