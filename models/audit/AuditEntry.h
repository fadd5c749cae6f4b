#pragma once
// One change the console made on a server, for the local audit log: who was signed in, what
// was done to what, when, and how the server answered. Never a secret: messages pass through
// SecretFilter::redact and details through SecretFilter::withoutSecrets when recorded.

#include "values/ApiError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

struct AuditEntry
{
    enum class Outcome {
        Succeeded,
        Failed,
        Unverified, // the server said yes but a re-read still shows the old state
    };

    qint64 id = 0;
    QDateTime at; // set by AuditLog::record when invalid
    QString profileId;
    QString profileName;
    QString server;   // base URL, without credentials
    QString identity; // who was signed in
    QString action;   // "user.create", "session.revoke", ... (see actionLabel)
    QString target;   // what it was done to, as a person reads it (username, key name)
    QString targetId; // the server's id for it
    Outcome outcome = Outcome::Succeeded;
    int httpStatus = 0;  // the server's answer code, 0 when no answer came
    QString serverCode;  // the server's own error code ("invalid_grant", "00018")
    QString message;     // one sentence
    QVariantMap details; // non-secret extras (e.g. {"roles": [...]}, {"revoked": 3})

    // An entry for the outcome of a request: Succeeded for a null error, else Failed with the
    // error's status, code and message.
    static AuditEntry forResult(const QString& action, const QString& target, const ApiError& error,
                                int successStatus = 0);

    // "user.create" → "Create user"; unknown actions are shown as they are.
    static QString actionLabel(const QString& action);
    static QString outcomeLabel(Outcome outcome);
    static QString outcomeName(Outcome outcome); // stored form: "succeeded", "failed", "unverified"
    static Outcome outcomeFromName(const QString& name);

    friend bool operator==(const AuditEntry&, const AuditEntry&) = default;

    Q_DECLARE_TR_FUNCTIONS(AuditEntry) // last: it ends in "private:"
};

Q_DECLARE_METATYPE(AuditEntry)
