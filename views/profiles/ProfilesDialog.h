#pragma once
// Adds, edits, duplicates, removes and tests server profiles. Non-secret parts go to the
// ProfileStore, secrets to the CredentialStore; "Test connection" signs in and reports what
// the server allows; "Fill in from server" completes the form from OpenID Connect discovery.

#include "values/Profile.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class Connection;
class CredentialStore;
class ProfileDiscovery;
class ProfileStore;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTextBrowser;

class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    ProfilesDialog(ProfileStore* profiles, CredentialStore* credentials, QWidget* parent = nullptr);

signals:
    // The user agreed to delete the removed profile's cache as well.
    void cacheDeletionRequested(const QString& profileId);

private:
    void reload(const QString& selectId = QString());
    void load(const Profile& profile);
    void rebuildDialectFields();
    bool validate();
    Profile profileFromForm() const;
    QHash<QString, QString> secretsFromForm() const;
    void save();
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    bool needsIdentity() const;
    void reportWhatTheServerAllows(const QString& identity);
    // Every keychain entry a profile of this kind may have.
    static QStringList secretNames(const Profile& profile);
    // Deletes the profile and its keychain entries (and its cache when asked) once confirmed.
    void removeConfirmed(const Profile& profile, bool deleteCache);
    void testConnection();
    // Completes the form from the OpenID Connect discovery document under the typed base URL.
    void fillInFromDiscovery();
    void clearCache();
    void showCacheInfo();
    void chooseCaBundle();

    ProfileStore* m_profiles;
    CredentialStore* m_credentials;
    QString m_currentId;
    QListWidget* m_list;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QComboBox* m_dialect;
    QLineEdit* m_identity;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QSpinBox* m_timeout;
    QSpinBox* m_deadline;
    QLineEdit* m_proxy;
    QLineEdit* m_caBundle;
    QLabel* m_pinned;
    QLabel* m_cacheInfo;
    QPushButton* m_clearCache;
    QFormLayout* m_extraForm;
    QHash<QString, QLineEdit*> m_extraFields;
    QLabel* m_formError;
    QTextBrowser* m_testReport;
    QPointer<Connection> m_testConnection;
    ProfileDiscovery* m_discovery;
};
