#pragma once
// Fills the store with the documented admin accounts and N realistic users per user-managing
// API (names, emails, roles/scopes, some disabled, 0-5 sessions each, some API keys),
// deterministic for a given random seed, in one transaction with prepared statements.

#include "SandboxContext.h"

#include <QString>

class Store;

class Seeder
{
public:
    explicit Seeder(Store& store)
        : m_store(store)
    {
    }
    // Returns false and fills `error` if the store refused the data.
    bool seedAdmins(QString* error);
    bool seedUsers(int usersPerApi, quint32 rngSeed, QString* error);

    static QString adminPassword() { return QStringLiteral("sandbox-admin"); }
    static QString userPassword() { return QStringLiteral("sandbox-user"); }

private:
    Store& m_store;
    // One reading of the clock for every seeded time, so that two runs with the same random
    // seed differ only by a constant shift (the admins' hashing takes a while).
    const qint64 m_now = SandboxContext::now();
};
