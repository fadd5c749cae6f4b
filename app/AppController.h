#pragma once
// Wires the console together: profiles and keychain, the live Connection of the chosen
// profile, the main window and its dialogs.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <memory>

struct ApiError;
class AuditLog;
class CacheUpgrade;
class Connection;
class ProfileCache;
class CredentialStore;
class MainWindow;
class ProfileStore;
class SignInDialog;
struct Profile;

class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    MainWindow* window() const { return m_window.get(); }
    ProfileStore* profiles() const { return m_profiles; }
    CredentialStore* credentials() const { return m_credentials; }

    // Opens the profile (by id or name) and signs in with the stored secrets, or those given.
    bool openProfile(const QString& idOrName, const QHash<QString, QString>& secrets = {});

private:
    void connectTo(const Profile& profile, const QHash<QString, QString>& secrets);
    void askForCredentials(const QString& reason, bool afterExpiry);
    void showProfiles();
    void setOffline(bool offline);
    void clearCache(const QString& profileId);
    // Opens the profile's cache, upgrading an older one first on a worker thread.
    void openCache(const Profile& profile, bool syncIfSignedIn = true);
    void upgradeThenOpenCache(const Profile& profile, bool syncIfSignedIn);
    // The server's certificate was refused: show it, and pin it for the profile if the user trusts it.
    void offerCertificateTrust(const ApiError& error);

    ProfileStore* m_profiles;
    CredentialStore* m_credentials;
    AuditLog* m_audit;
    std::unique_ptr<MainWindow> m_window;
    QPointer<Connection> m_connection;
    QPointer<ProfileCache> m_cache;
    QPointer<CacheUpgrade> m_upgrade; // the open profile's cache, while an upgrade runs
    QPointer<SignInDialog> m_signIn; // the open sign-in prompt, if any
};
