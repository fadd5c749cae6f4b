#include "AppController.h"

#include "MainWindow.h"
#include "audit/AuditLog.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheHousekeeping.h"
#include "cache/CacheUpgrade.h"
#include "cache/ProfileCache.h"
#include "credentials/CredentialStore.h"
#include "profiles/CertificateDialog.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfilesDialog.h"
#include "profiles/SignInDialog.h"
#include "remote/Connection.h"
#include "remote/DialectRegistry.h"
#include "tokens/TokenInspectorDialog.h"

#include "common/Prompt.h"

AppController::AppController(QObject* parent)
    : QObject(parent)
    , m_profiles(new ProfileStore(nullptr, this))
    , m_credentials(new CredentialStore(this))
    , m_audit(new AuditLog(this))
{
    m_audit->open(); // beside the cache; a failure only means changes go unrecorded, said in the log view
    m_window = std::make_unique<MainWindow>(m_profiles, m_audit);
    connect(m_credentials, &CredentialStore::keychainUnavailable, this, [this](const QString& reason) {
        Prompt::inform(m_window.get(), tr("No keychain"),
                       tr("The system keychain is not available (%1). Secrets are kept in memory for "
                          "this session only and are never written anywhere else.")
                           .arg(reason));
    });
    connect(m_window.get(), &MainWindow::profileSelected, this, [this](const QString& id) {
        if (!id.isEmpty())
            openProfile(id);
    });
    connect(m_window.get(), &MainWindow::profilesDialogRequested, this, &AppController::showProfiles);
    connect(m_window.get(), &MainWindow::signInRequested, this, [this] {
        if (m_connection)
            m_connection->signIn();
    });
    connect(m_window.get(), &MainWindow::tokenInspectorRequested, this, [this] {
        Prompt::open(
            new TokenInspectorDialog(m_connection.data(), m_window.get()));
    });
    connect(m_window.get(), &MainWindow::workOfflineRequested, this, &AppController::setOffline);
    connect(m_window.get(), &MainWindow::signOutRequested, this, [this] {
        if (m_connection)
            m_connection->signOut();
    });
}

AppController::~AppController() = default;

bool AppController::openProfile(const QString& idOrName, const QHash<QString, QString>& secrets)
{
    const auto profile = m_profiles->find(idOrName);
    if (!profile)
        return false;
    m_profiles->setCurrentProfileId(profile->id);
    connectTo(*profile, secrets);
    return true;
}

void AppController::connectTo(const Profile& profile, const QHash<QString, QString>& secrets)
{
    if (m_connection) {
        m_window->setConnection(nullptr);
        m_connection->deleteLater();
    }
    if (m_cache) {
        m_window->setCache(nullptr);
        delete m_cache; // stops its sync before another profile's cache opens
    }
    delete m_upgrade; // stopped: the file stays as it was, upgraded when that profile opens again
    const auto dialect = DialectRegistry::create(profile.dialect);
    if (!dialect) {
        m_window->showMessage(
            tr("Unknown server type “%1” in profile %2").arg(profile.dialect, profile.name));
        return;
    }
    m_connection = new Connection(profile, dialect, m_credentials, this);
    m_connection->setAuditLog(m_audit);
    connect(m_connection, &Connection::credentialsRequired, this,
            [this](const ApiError& error) { askForCredentials(error.message, true); });
    connect(m_connection, &Connection::signInFailed, this, [this](const ApiError& error) {
        if (error.kind == ApiError::Kind::Tls && !error.serverCode.isEmpty()) {
            // Deferred: the dialog must not open inside the failed reply's signal.
            QMetaObject::invokeMethod(
                this, [this, error] { offerCertificateTrust(error); }, Qt::QueuedConnection);
            return;
        }
        if (error.kind == ApiError::Kind::Unauthorized &&
            m_connection->state() == Connection::State::NeedsCredentials)
            askForCredentials(error.message, false);
    });
    m_window->setConnection(m_connection);

    openCache(profile);
    m_connection->signIn(secrets);
}

void AppController::openCache(const Profile& profile, bool syncIfSignedIn)
{
    if (CacheUpgrade::isNeeded(CacheDatabase::pathForProfile(profile.id))) {
        upgradeThenOpenCache(profile, syncIfSignedIn);
        return;
    }
    // The cached copy shows at once; a sync after sign-in brings it up to date.
    m_cache = new ProfileCache(profile, this);
    if (!m_cache->open()) {
        m_window->setCacheUnavailable(
            tr("The local cache cannot be opened, so offline review is off: %1").arg(m_cache->errorString()));
        delete m_cache;
        return;
    }
    m_window->setCache(m_cache);
    auto syncNow = [this] {
        m_cache->setConnection(m_connection);
        m_cache->sync();
    };
    connect(m_connection, &Connection::signedIn, m_cache, syncNow);
    if (m_connection->state() == Connection::State::SignedIn) {
        m_cache->setConnection(m_connection);
        if (syncIfSignedIn)
            m_cache->sync();
    }
    connect(m_connection, &Connection::signInFailed, m_cache, [this](const ApiError& error) {
        // An unreachable server with a copy at hand: review it offline rather than nothing.
        if (error.isUnreachable() && m_cache->hasCopy()) {
            setOffline(true);
            m_window->showMessage(
                tr("The server cannot be reached (%1). Working offline from the cache.").arg(error.message));
        }
    });
    connect(m_cache, &ProfileCache::syncFinished, this, [this](const SyncResult& result) {
        // The server went away while signed in: the copy the failed sync left untouched is
        // what there is, shown as such rather than as a console whose every request fails.
        if (result.outcome != SyncResult::Outcome::Failed || !result.error.isUnreachable() ||
            !m_cache->hasCopy() || m_cache->isOffline())
            return;
        setOffline(true);
        m_window->showMessage(
            tr("The server stopped answering (%1). Working offline from the last complete copy.")
                .arg(result.error.message));
    });
}

void AppController::upgradeThenOpenCache(const Profile& profile, bool syncIfSignedIn)
{
    // Meanwhile the console works live; the cache opens once its file has the current format.
    auto* upgrade = new CacheUpgrade(this);
    m_upgrade = upgrade;
    connect(upgrade, &CacheUpgrade::finished, this,
            [this, upgrade, profile, syncIfSignedIn](CacheUpgrade::Outcome outcome, const QString& error) {
                if (m_upgrade == upgrade)
                    m_upgrade = nullptr;
                upgrade->deleteLater();
                switch (outcome) {
                case CacheUpgrade::Outcome::Upgraded:
                    openCache(profile, syncIfSignedIn);
                    break;
                case CacheUpgrade::Outcome::Cancelled:
                    m_window->setCacheUnavailable(
                        tr("The cache upgrade was cancelled: the cache keeps everything it held, and is upgraded "
                           "the next time this profile opens. Offline review is off until then."));
                    break;
                case CacheUpgrade::Outcome::Failed:
                    m_window->setCacheUnavailable(
                        tr("The local cache cannot be upgraded, so offline review is off: %1").arg(error));
                    break;
                }
            });
    upgrade->start(CacheDatabase::pathForProfile(profile.id));
    m_window->showCacheUpgrade(upgrade);
}

void AppController::clearCache(const QString& profileId)
{
    // The open profile's cache is closed first (its sync or upgrade stopped), then reopened empty.
    const bool upgrading = m_upgrade && m_connection && m_connection->profile().id == profileId;
    if (upgrading)
        delete m_upgrade;
    const bool current = upgrading || (m_cache && m_cache->profile().id == profileId);
    if (m_cache && current) {
        m_window->setCache(nullptr);
        delete m_cache;
    }
    QString error;
    const bool cleared = CacheHousekeeping::clear(profileId, &error);
    m_window->showMessage(cleared ? tr("Local cache deleted.")
                                  : tr("The cache could not be deleted: %1").arg(error));
    if (current && m_connection)
        openCache(m_connection->profile(), false); // refilled by the next sync the user asks for
}

void AppController::offerCertificateTrust(const ApiError& error)
{
    if (!m_connection)
        return;
    const Profile profile = m_connection->profile();
    auto* dialog =
        new CertificateDialog(profile.name, error.message, error.detail, error.serverCode, m_window.get());
    Prompt::open(dialog, [this, profile, fingerprint = error.serverCode] {
        Profile pinned = profile;
        pinned.pinnedCertificate = QByteArray::fromHex(fingerprint.toLatin1());
        m_profiles->save(pinned);
        connectTo(pinned, {});
    });
}

void AppController::setOffline(bool offline)
{
    if (m_cache)
        m_cache->setOffline(offline);
    if (!m_connection)
        return;
    if (offline) {
        m_connection->setOffline(true);
        m_window->setConnection(m_connection);
    } else if (m_connection->state() == Connection::State::Offline) {
        m_connection->setOffline(false);
        m_connection->signIn(); // with the stored secrets; asks when there are none
    }
}

void AppController::askForCredentials(const QString& reason, bool afterExpiry)
{
    if (!m_connection)
        return;
    if (m_signIn) { // one prompt at a time: a second 401 while it is open changes nothing
        m_signIn->raise();
        return;
    }
    const Profile profile = m_connection->profile();
    m_signIn =
        new SignInDialog(profile.name, profile.identity, m_connection->dialect().requiredSecrets(profile),
                         reason, profile.rememberPassword, m_window.get());
    QPointer<Connection> connection = m_connection;
    SignInDialog* dialog = m_signIn;
    Prompt::open(
        dialog,
        [this, dialog, connection, profile, afterExpiry] {
            if (!connection) // the profile was switched while the prompt was open
                return;
            const QHash<QString, QString> secrets = dialog->secrets();
            // The box decides, and the profile remembers the decision for next time.
            if (dialog->remember() != profile.rememberPassword) {
                Profile changed = profile;
                changed.rememberPassword = dialog->remember();
                m_profiles->save(changed);
            }
            if (dialog->remember())
                m_credentials->write(profile.id, secrets);
            else
                m_credentials->remove(profile.id, secrets.keys());
            if (afterExpiry)
                connection->provideCredentials(secrets);
            else
                connection->signIn(secrets);
        },
        [connection] {
            if (connection)
                connection->abandonPendingWork();
        });
}

void AppController::showProfiles()
{
    auto* dialog = new ProfilesDialog(m_profiles, m_credentials, m_window.get());
    connect(dialog, &ProfilesDialog::cacheDeletionRequested, this, &AppController::clearCache);
    // On a first run the server just added is what the user came for: it opens once the
    // dialog closes, as it would on the next start.
    const bool firstRun = m_profiles->profiles().isEmpty();
    connect(dialog, &QDialog::finished, this, [this, firstRun] {
        const QList<Profile> profiles = m_profiles->profiles();
        if (firstRun && !m_connection && !profiles.isEmpty())
            openProfile(profiles.constFirst().id);
    });
    Prompt::open(dialog);
}
