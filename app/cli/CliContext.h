#pragma once
// What every authdesk-cli command shares, written once: the parsed command line, the stores
// (profiles, keychain, audit log), the profile and dialect a command works on, checking a
// capability before any secret is asked for, gathering secrets and signing in, the two output
// streams (data on stdout, messages on stderr, --quiet and --verbose) and the one way a run
// ends: finish() with an ExitCode, after signing out where the server allows it.

#include "ExitCode.h"
#include "TableWriter.h"
#include "operations/BulkOperation.h"
#include "remote/Dialect.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

class AuditLog;
class ProfileCache;
class Connection;
class CredentialStore;
class ProfileStore;
class QCommandLineParser;

// A QObject for the lifetime of callbacks, without Q_OBJECT: its messages share the
// CliApplication translation context with every command's, as they did in one file.
class CliContext : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    explicit CliContext(QObject* parent = nullptr);
    ~CliContext() override;

    // The command's own parser, already parsed; `defined` are the options it knows.
    void setCommandLine(const QCommandLineParser* parser, const QStringList& defined);
    // An option the command does not define reads as unset, never as a parser warning.
    bool isSet(const QString& option) const;
    QString value(const QString& option) const;
    QStringList values(const QString& option) const;
    // --format, checked before the command runs; `fallback` when the command has none.
    bool readFormat(TableWriter::Format fallback);
    TableWriter::Format format() const { return m_format; }

    ProfileStore* profiles() const { return m_profiles; }
    CredentialStore* credentials() const { return m_credentials; }
    AuditLog* audit() const { return m_audit; }

    // Data, on stdout only.
    void print(const TableWriter& writer);
    void printData(const QByteArray& bytes);
    // Messages, on stderr only, control characters escaped: what went well (not with --quiet),
    // what a script should know (always), the steps of a run (only with --verbose).
    void info(const QString& message);
    void warn(const QString& message);
    void verbose(const QString& message);
    // One line updated in place, only when stderr is a terminal (and not --quiet).
    bool showsProgress() const;
    void progress(const QString& line);
    void endProgress();

    // Ends the run with `code`; `message` goes to stderr (a success's only without --quiet).
    void finish(int code, const QString& message = QString());
    void fail(const ApiError& error);
    bool isFinished() const { return m_finished; }
    // --yes, else a question on the terminal; false without either.
    bool confirm(const QString& question);

    // The --profile one, else the current one; finishes with a usage error when there is none.
    std::optional<Profile> chosenProfile();
    // Resolves the profile and its dialect for a command that needs the server, and checks that
    // the server can do `needed`: before any secret is asked for, so an impossible command never
    // prompts. On failure it finishes and returns false.
    bool resolveServer(std::optional<Capability> needed);
    const Profile& profile() const { return *m_profile; }
    const Dialect& dialect() const { return *m_dialect; }

    // The profile's local cache, opened read-only and owned by this context; nullptr when the
    // profile was never synced, after finishing with NotFound and a sentence saying to sync.
    ProfileCache* openCache(const Profile& profile);
    // A cache of an older schema is upgraded here first, its seconds shown on a terminal
    // (Ctrl-C leaves it with every row it had). False after finishing with NotFound and why.
    bool upgradeCache(const Profile& profile);

    Connection* openConnection();
    Connection* connection() const;
    // Signs in to the resolved profile (secrets from stdin, the keychain or a prompt) then runs `then`.
    void withConnection(std::function<void(Connection*)> then);
    // The secrets for one sign-in: from --password-stdin or --secrets-stdin, else the keychain,
    // else the terminal. For login, the terminal is asked even where the keychain has one.
    void gatherSecrets(bool forLogin, std::function<void(const Secrets&)> then);
    // Runs `bulk` (owned by this context from then on) and finishes when it does: a line per user
    // as each answer comes (`doneText` says what a success did), a progress line on a terminal
    // ("`verb` 3/10…"), exit 0 when none failed, the error's own code when all failed, else 6.
    void runBulk(BulkOperation* bulk, const QString& verb, std::function<QString(const BulkOperation::Item&)> doneText);
    // Fetches the user by id (so Gemini's _links are known) then runs `then`.
    void withUser(Connection* connection, const QString& id, std::function<void(const User&)> then);

private:
    void writeErr(const QString& message);

    const QCommandLineParser* m_parser = nullptr;
    QSet<QString> m_defined;
    ProfileStore* m_profiles;
    CredentialStore* m_credentials;
    AuditLog* m_audit;
    std::optional<Profile> m_profile;
    std::shared_ptr<const Dialect> m_dialect;
    QPointer<Connection> m_connection;
    TableWriter::Format m_format = TableWriter::Format::Table;
    bool m_finished = false;
};
