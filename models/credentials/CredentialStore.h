#pragma once
// Secrets of every profile (password, client secret, API key, refresh token) in the OS keychain
// through QtKeychain, under the service "AuthDesk" and the key "<profileId>/<name>". When no
// keychain is available it says so once (keychainUnavailable) and from then on keeps secrets
// in this process's memory only — never in a file.

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

using SecretMap = QHash<QString, QString>;

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject* parent = nullptr);

    static QString serviceName() { return QStringLiteral("AuthDesk"); }

    // Reads the named secrets; missing ones are absent from the map.
    void read(const QString& profileId, const QStringList& names, QObject* context,
              std::function<void(const SecretMap&)> done);
    // Stores the secrets (an empty value deletes that entry); `done(ok)` reports the keychain.
    void write(const QString& profileId, const SecretMap& secrets, QObject* context = nullptr,
               std::function<void(bool)> done = {});
    void remove(const QString& profileId, const QStringList& names, QObject* context = nullptr,
                std::function<void(bool)> done = {});

    // The user may decline the keychain; tests use this too.
    void setMemoryOnly(bool memoryOnly) { m_memoryOnly = memoryOnly; }
    bool isMemoryOnly() const { return m_memoryOnly; }

signals:
    // Emitted once, the first time the keychain cannot be used.
    void keychainUnavailable(const QString& reason);

private:
    void readNext(const QString& profileId, QStringList names, SecretMap found, QObject* context,
                  std::function<void(const SecretMap&)> done);
    void writeNext(const QString& profileId, QList<QPair<QString, QString>> items, bool ok, QObject* context,
                   std::function<void(bool)> done);
    void fallBackToMemory(const QString& reason);
    // Keychain jobs run one after another: a read must see the write or delete before it.
    void enqueue(std::function<void()> operation);
    void operationFinished();
    static QString keyFor(const QString& profileId, const QString& name)
    {
        return profileId + QLatin1Char('/') + name;
    }

    bool m_memoryOnly = false;
    bool m_warned = false;
    QHash<QString, QString> m_memory; // only used when the keychain is unavailable or declined
    QList<std::function<void()>> m_queue;
    bool m_busy = false;
};
