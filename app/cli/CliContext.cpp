#include "CliContext.h"

#include "SecretReader.h"
#include "audit/AuditLog.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheUpgrade.h"
#include "cache/ProfileCache.h"
#include "credentials/CredentialStore.h"
#include "credentials/SecretNames.h"
#include "profiles/ProfileStore.h"
#include "values/RequestLimits.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"
#include "operations/ProgressRate.h"
#include "values/DisplayText.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <cstdio>
#include <memory>
#include <sys/resource.h>

namespace {

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Erases the progress line on a terminal, so that the next message starts on a clean line.
const char* const clearLine = "\r\033[K";

} // namespace

CliContext::CliContext(QObject* parent)
    : QObject(parent)
    , m_profiles(new ProfileStore(nullptr, this))
    , m_credentials(new CredentialStore(this))
    , m_audit(new AuditLog(this))
{
    connect(m_credentials, &CredentialStore::keychainUnavailable, this, [this](const QString& reason) {
        warn(tr("warning: no keychain (%1); secrets are kept for this run only.").arg(reason));
    });
}

CliContext::~CliContext() = default;

void CliContext::setCommandLine(const QCommandLineParser* parser, const QStringList& defined)
{
    m_parser = parser;
    m_defined = QSet<QString>(defined.cbegin(), defined.cend());
}

bool CliContext::isSet(const QString& option) const
{
    return m_parser && m_defined.contains(option) && m_parser->isSet(option);
}

QString CliContext::value(const QString& option) const
{
    return m_parser && m_defined.contains(option) ? m_parser->value(option) : QString();
}

QStringList CliContext::values(const QString& option) const
{
    return m_parser && m_defined.contains(option) ? m_parser->values(option) : QStringList();
}

bool CliContext::readFormat(TableWriter::Format fallback)
{
    m_format = fallback;
    if (!m_defined.contains(QStringLiteral("format")))
        return true;
    if (TableWriter::parseFormat(value(QStringLiteral("format")), &m_format))
        return true;
    finish(UsageError, tr("authdesk-cli: --format must be table, csv, json or jsonl."));
    return false;
}

void CliContext::print(const TableWriter& writer)
{
    printData(writer.bytes());
}

void CliContext::printData(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliContext::writeErr(const QString& message)
{
    // Messages quote what servers sent (names, error sentences): nothing in them may steer
    // the terminal.
    err() << DisplayText::escaped(message, DisplayText::LineBreaks::Keep) << Qt::endl;
}

void CliContext::info(const QString& message)
{
    if (!isSet(QStringLiteral("quiet")))
        writeErr(message);
}

void CliContext::warn(const QString& message)
{
    writeErr(message);
}

void CliContext::verbose(const QString& message)
{
    if (isSet(QStringLiteral("verbose")))
        writeErr(message);
}

bool CliContext::showsProgress() const
{
    return SecretReader::stderrIsTerminal() && !isSet(QStringLiteral("quiet"));
}

void CliContext::progress(const QString& line)
{
    err() << clearLine << DisplayText::escaped(line) << Qt::flush;
}

void CliContext::endProgress()
{
    err() << clearLine << Qt::flush;
}

void CliContext::finish(int code, const QString& message)
{
    if (m_finished)
        return;
    m_finished = true;
    rusage usage{};
    if (::getrusage(RUSAGE_SELF, &usage) == 0) // for someone watching a large run (and the tests)
        verbose(tr("Peak memory: %1 KiB.").arg(usage.ru_maxrss));
    if (!message.isEmpty()) {
        if (code == Success)
            info(message);
        else
            warn(message);
    }
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
        verbose(tr("Signing out of %1.").arg(m_connection->profile().name));
        connect(m_connection, &Connection::signedOut, this, exitWhenKeychainIsDone);
        m_connection->signOut();
        return;
    }
    exitWhenKeychainIsDone();
}

void CliContext::fail(const ApiError& error)
{
    finish(exitCodeFor(error), QStringLiteral("authdesk-cli: ") + error.message);
}

bool CliContext::confirm(const QString& question)
{
    if (isSet(QStringLiteral("yes")))
        return true;
    if (!SecretReader::stdinIsTerminal())
        return false; // no terminal to ask on: destructive actions need --yes
    return SecretReader::confirm(question);
}

std::optional<Profile> CliContext::chosenProfile()
{
    const QString wanted =
        isSet(QStringLiteral("profile")) ? value(QStringLiteral("profile")) : m_profiles->currentProfileId();
    if (wanted.isEmpty()) {
        finish(UsageError, tr("authdesk-cli: no profile chosen; use --profile NAME (see 'profiles list')."));
        return std::nullopt;
    }
    auto profile = m_profiles->find(wanted);
    if (!profile)
        finish(UsageError, tr("authdesk-cli: no profile named '%1'.").arg(wanted));
    return profile;
}

bool CliContext::resolveServer(std::optional<Capability> needed)
{
    if (isSet(QStringLiteral("offline"))) {
        finish(Unsupported,
               tr("authdesk-cli: this command needs the server; it is not available with --offline."));
        return false;
    }
    m_profile = chosenProfile();
    if (!m_profile)
        return false;
    if (isSet(QStringLiteral("deadline"))) {
        bool ok = false;
        const int seconds = value(QStringLiteral("deadline")).toInt(&ok);
        if (!ok || seconds < RequestLimits::minDeadlineSeconds || seconds > RequestLimits::maxDeadlineSeconds) {
            finish(UsageError, tr("authdesk-cli: --deadline takes a number of seconds from 1 to 86400."));
            return false;
        }
        m_profile->deadlineSeconds = seconds;
    }
    m_dialect = DialectRegistry::create(m_profile->dialect);
    if (!m_dialect) {
        finish(UsageError,
               tr("authdesk-cli: unknown server type '%1' in the profile.").arg(m_profile->dialect));
        return false;
    }
    verbose(
        tr("Profile %1: %2 at %3.").arg(m_profile->name, m_profile->dialect, m_profile->baseUrl.toString()));
    const Capabilities capabilities = m_dialect->capabilities(*m_profile);
    if (needed && !capabilities.supports(*needed)) {
        finish(Unsupported, QStringLiteral("authdesk-cli: ") + capabilities.reason(*needed));
        return false;
    }
    return true;
}

bool CliContext::upgradeCache(const Profile& profile)
{
    const QString path = CacheDatabase::pathForProfile(profile.id);
    if (!CacheUpgrade::isNeeded(path))
        return true;
    const bool languageOnly = CacheUpgrade::isLanguageChange(path);
    const bool showProgress = showsProgress();
    QString error;
    const bool upgraded = CacheUpgrade::runHere(
        path,
        [this, showProgress](const QString& text) {
            if (showProgress)
                progress(text);
        },
        &error);
    if (showProgress)
        endProgress();
    if (!upgraded) {
        finish(NotFound,
               (languageOnly ? tr("authdesk-cli: the cache of %1 cannot be sorted in this system's language: %2")
                             : tr("authdesk-cli: the cache of %1 cannot be upgraded to this version's format: %2"))
                   .arg(profile.name, error));
        return false;
    }
    verbose(languageOnly ? tr("The cache of %1 was sorted again in the order of this system's language.").arg(profile.name)
                         : tr("The cache of %1 was upgraded to this version's format.").arg(profile.name));
    return true;
}

ProfileCache* CliContext::openCache(const Profile& profile)
{
    if (!upgradeCache(profile))
        return nullptr;
    auto* cache = new ProfileCache(profile, this);
    if (cache->open(CachedUserSource::Freshness::Offline))
        return cache;
    delete cache;
    finish(NotFound, tr("authdesk-cli: no cache for %1 yet; run 'authdesk-cli sync' first.").arg(profile.name));
    return nullptr;
}

Connection* CliContext::openConnection()
{
    m_connection = new Connection(*m_profile, m_dialect, m_credentials, this);
    m_connection->setAuditLog(m_audit);
    connect(m_connection, &Connection::signInFailed, this, [this](const ApiError& error) { fail(error); });
    connect(m_connection, &Connection::credentialsRequired, this,
            [this](const ApiError& error) { fail(error); });
    return m_connection;
}

Connection* CliContext::connection() const
{
    return m_connection;
}

void CliContext::withConnection(std::function<void(Connection*)> then)
{
    openConnection();
    connect(m_connection, &Connection::signedIn, this, [this, then] {
        verbose(tr("Signed in to %1.").arg(m_connection->profile().name));
        then(m_connection);
    });
    gatherSecrets(false, [this](const Secrets& secrets) {
        verbose(tr("Signing in to %1 as %2.").arg(m_profile->name, m_profile->identity));
        m_connection->signIn(secrets);
    });
}

void CliContext::gatherSecrets(bool forLogin, std::function<void(const Secrets&)> then)
{
    const Profile profile = *m_profile;
    const QStringList needed = m_dialect->requiredSecrets(profile);
    Secrets given;
    if (isSet(QStringLiteral("password-stdin"))) {
        QString line;
        if (!SecretReader::readStdinLine(&line) || line.isEmpty()) {
            finish(UsageError, tr("authdesk-cli: --password-stdin given but stdin has no line."));
            return;
        }
        const QString primary =
            needed.contains(QStringLiteral("password")) ? QStringLiteral("password") : needed.value(0);
        given.insert(primary, line);
    } else if (isSet(QStringLiteral("secrets-stdin"))) {
        QString error;
        if (!SecretReader::readStdinSecrets(m_dialect->storableSecrets(profile), &given, &error)) {
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
                    const QString label = SecretNames::label(name);
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

void CliContext::withUser(Connection* connection, const QString& id, std::function<void(const User&)> then)
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

void CliContext::runBulk(BulkOperation* bulk, const QString& verb,
                         std::function<QString(const BulkOperation::Item&)> doneText)
{
    using S = BulkOperation::Status;
    bulk->setParent(this);
    const bool showProgress = showsProgress();
    connect(bulk, &BulkOperation::itemChanged, this, [this, bulk, showProgress, doneText](int index) {
        const BulkOperation::Item& item = bulk->items().at(index);
        if (item.status != S::Done && item.status != S::Failed)
            return;
        if (showProgress)
            endProgress();
        if (item.status == S::Done)
            info(QStringLiteral("%1: %2").arg(item.user.id, doneText(item)));
        else
            warn(tr("%1: failed — %2").arg(item.user.id, item.message));
    });
    if (showProgress) {
        auto rate = std::make_shared<ProgressRate>();
        rate->start();
        connect(bulk, &BulkOperation::progressChanged, this, [this, verb, rate](int finished, int total) {
            rate->update(finished, total);
            if (finished < total)
                progress(QStringLiteral("%1 %2/%3…").arg(verb).arg(finished + 1).arg(total) + rate->suffix());
        });
    }
    connect(bulk, &BulkOperation::finished, this, [this, bulk, showProgress] {
        if (showProgress)
            endProgress();
        ApiError last;
        for (const BulkOperation::Item& item : bulk->items()) {
            if (item.status == S::Failed)
                last = item.error;
        }
        const int failures = bulk->count(S::Failed);
        const int total = bulk->workCount();
        bulk->deleteLater();
        finish(failures == 0 ? int(Success) : failures == total ? int(exitCodeFor(last)) : int(PartialFailure));
    });
    bulk->start();
}
