#pragma once
// Server profiles in QSettings: only their non-secret parts. Secrets belong to CredentialStore,
// keyed by the profile's id.

#include "values/Profile.h"

#include <QList>
#include <QObject>
#include <optional>

class QSettings;

class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // `settings` may be given for tests; by default the application's QSettings is used.
    explicit ProfileStore(QSettings* settings = nullptr, QObject* parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString& id) const;
    // By id, or else by name (case-insensitive).
    std::optional<Profile> find(const QString& idOrName) const;
    // Saves (adds when the id is new, or empty: then an id is assigned and returned).
    QString save(Profile profile);
    // A copy with a new id and the name "<name> (copy)". Secrets live elsewhere: the profiles
    // dialog copies them keychain to keychain.
    Profile duplicate(const QString& id);
    void remove(const QString& id);

    QString currentProfileId() const;
    void setCurrentProfileId(const QString& id);

signals:
    void profilesChanged();
    // The app deletes the profile's keychain entries and offers to delete its cache.
    void profileRemoved(const QString& id);

private:
    QSettings* m_settings;
    bool m_ownsSettings;
};
