#include "AuditEntry.h"

#include <QHash>

AuditEntry AuditEntry::forResult(const QString& action, const QString& target, const ApiError& error,
                                 int successStatus)
{
    AuditEntry entry;
    entry.action = action;
    entry.target = target;
    if (error.isNone()) {
        entry.outcome = Outcome::Succeeded;
        entry.httpStatus = successStatus;
    } else {
        entry.outcome = Outcome::Failed;
        entry.httpStatus = error.httpStatus;
        entry.serverCode = error.serverCode;
        entry.message = error.message;
    }
    return entry;
}

QString AuditEntry::actionLabel(const QString& action)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("signin"), QT_TR_NOOP("Sign in")},
        {QStringLiteral("signout"), QT_TR_NOOP("Sign out")},
        {QStringLiteral("user.create"), QT_TR_NOOP("Create user")},
        {QStringLiteral("user.update"), QT_TR_NOOP("Edit user")},
        {QStringLiteral("user.delete"), QT_TR_NOOP("Delete user")},
        {QStringLiteral("user.roles"), QT_TR_NOOP("Change roles")},
        {QStringLiteral("user.enable"), QT_TR_NOOP("Enable user")},
        {QStringLiteral("user.disable"), QT_TR_NOOP("Disable user")},
        {QStringLiteral("user.password"), QT_TR_NOOP("Set password")},
        {QStringLiteral("session.revoke"), QT_TR_NOOP("Revoke session")},
        {QStringLiteral("session.revokeAll"), QT_TR_NOOP("Sign out everywhere")},
        {QStringLiteral("apikey.create"), QT_TR_NOOP("Issue API key")},
        {QStringLiteral("apikey.revoke"), QT_TR_NOOP("Revoke API key")},
        {QStringLiteral("cache.clear"), QT_TR_NOOP("Clear cache")},
    };
    const char* label = labels.value(action, nullptr);
    return label ? tr(label) : action;
}

QString AuditEntry::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return tr("Succeeded");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::Unverified:
        return tr("Not confirmed by the server");
    }
    return {};
}

QString AuditEntry::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Unverified:
        return QStringLiteral("unverified");
    }
    return QStringLiteral("failed");
}

AuditEntry::Outcome AuditEntry::outcomeFromName(const QString& name)
{
    if (name == QLatin1String("succeeded"))
        return Outcome::Succeeded;
    if (name == QLatin1String("unverified"))
        return Outcome::Unverified;
    return Outcome::Failed;
}
