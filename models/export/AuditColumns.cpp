#include "AuditColumns.h"

#include "RecordEncoder.h"

QStringList AuditColumns::names()
{
    return {QStringLiteral("time"),         QStringLiteral("profile"), QStringLiteral("server"),
            QStringLiteral("signed_in_as"), QStringLiteral("action"),  QStringLiteral("target"),
            QStringLiteral("target_id"),    QStringLiteral("outcome"), QStringLiteral("http_status"),
            QStringLiteral("server_code"),  QStringLiteral("message"), QStringLiteral("review")};
}

QStringList AuditColumns::cells(const AuditEntry& e)
{
    return {RecordEncoder::timeCell(e.at, Qt::ISODateWithMs),
            e.profileName,
            e.server,
            e.identity,
            e.action,
            e.target,
            e.targetId,
            AuditEntry::outcomeName(e.outcome),
            e.httpStatus ? QString::number(e.httpStatus) : QString(),
            e.serverCode,
            e.message,
            e.details.value(QStringLiteral("review")).toString()};
}
