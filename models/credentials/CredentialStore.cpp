#include "CredentialStore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

CredentialStore::CredentialStore(QObject* parent)
    : QObject(parent)
{
}

void CredentialStore::fallBackToMemory(const QString& reason)
{
    m_memoryOnly = true;
    if (!m_warned) {
        m_warned = true;
        emit keychainUnavailable(reason);
    }
}

void CredentialStore::enqueue(std::function<void()> operation)
{
    m_queue.append(std::move(operation));
    if (!m_busy)
        operationFinished();
}

void CredentialStore::operationFinished()
{
    m_busy = !m_queue.isEmpty();
    if (m_busy)
        m_queue.takeFirst()();
}

void CredentialStore::read(const QString& profileId, const QStringList& names, QObject* context,
                           std::function<void(const SecretMap&)> done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    enqueue([this, profileId, names, guard, hasContext, done = std::move(done)]() mutable {
        readNext(profileId, names, {}, nullptr,
                 [this, guard, hasContext, done = std::move(done)](const SecretMap& found) {
                     if (!hasContext || guard)
                         done(found);
                     operationFinished();
                 });
    });
}

void CredentialStore::readNext(const QString& profileId, QStringList names, SecretMap found, QObject* context,
                               std::function<void(const SecretMap&)> done)
{
    const QPointer<QObject> guard(context);
    if (names.isEmpty()) {
        if (!context || guard)
            done(found);
        return;
    }
    const QString name = names.takeFirst();
    if (m_memoryOnly) {
        if (m_memory.contains(keyFor(profileId, name)))
            found.insert(name, m_memory.value(keyFor(profileId, name)));
        readNext(profileId, names, found, context, std::move(done));
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(keyFor(profileId, name));
    connect(job, &QKeychain::Job::finished, this,
            [this, profileId, name, names, found, guard, context,
             done = std::move(done)](QKeychain::Job* finished) mutable {
                auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
                if (readJob->error() == QKeychain::NoError) {
                    found.insert(name, readJob->textData());
                } else if (readJob->error() != QKeychain::EntryNotFound) {
                    fallBackToMemory(readJob->errorString());
                    if (m_memory.contains(keyFor(profileId, name)))
                        found.insert(name, m_memory.value(keyFor(profileId, name)));
                }
                if (context && !guard)
                    return;
                readNext(profileId, names, found, context, std::move(done));
            });
    job->start();
}

void CredentialStore::write(const QString& profileId, const SecretMap& secrets, QObject* context,
                            std::function<void(bool)> done)
{
    QList<QPair<QString, QString>> items;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        items.append({it.key(), it.value()});
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    enqueue([this, profileId, items, guard, hasContext, done = std::move(done)]() mutable {
        writeNext(profileId, items, true, nullptr,
                  [this, guard, hasContext, done = std::move(done)](bool ok) {
                      if (done && (!hasContext || guard))
                          done(ok);
                      operationFinished();
                  });
    });
}

void CredentialStore::writeNext(const QString& profileId, QList<QPair<QString, QString>> items, bool ok,
                                QObject* context, std::function<void(bool)> done)
{
    const QPointer<QObject> guard(context);
    if (items.isEmpty()) {
        if (done && (!context || guard))
            done(ok);
        return;
    }
    const auto [name, value] = items.takeFirst();
    if (m_memoryOnly) {
        if (value.isEmpty())
            m_memory.remove(keyFor(profileId, name));
        else
            m_memory.insert(keyFor(profileId, name), value);
        writeNext(profileId, items, ok, context, std::move(done));
        return;
    }
    QKeychain::Job* job = nullptr;
    if (value.isEmpty()) {
        auto* deleteJob = new QKeychain::DeletePasswordJob(serviceName(), this);
        deleteJob->setKey(keyFor(profileId, name));
        job = deleteJob;
    } else {
        auto* writeJob = new QKeychain::WritePasswordJob(serviceName(), this);
        writeJob->setKey(keyFor(profileId, name));
        writeJob->setTextData(value);
        job = writeJob;
    }
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this,
            [this, profileId, name, value, items, ok, guard, context,
             done = std::move(done)](QKeychain::Job* finished) mutable {
                bool stepOk =
                    finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
                if (!stepOk) {
                    fallBackToMemory(finished->errorString());
                    if (!value.isEmpty())
                        m_memory.insert(keyFor(profileId, name), value);
                }
                if (context && !guard)
                    return;
                writeNext(profileId, items, ok && stepOk, context, std::move(done));
            });
    job->start();
}

void CredentialStore::remove(const QString& profileId, const QStringList& names, QObject* context,
                             std::function<void(bool)> done)
{
    SecretMap empty;
    for (const QString& name : names)
        empty.insert(name, QString());
    write(profileId, empty, context, std::move(done));
}
