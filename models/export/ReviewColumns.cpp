#include "ReviewColumns.h"

#include "RecordEncoder.h"

QStringList ReviewColumns::names()
{
    return {QStringLiteral("user_id"),    QStringLiteral("username"),   QStringLiteral("email"),
            QStringLiteral("name"),       QStringLiteral("roles"),      QStringLiteral("enabled"),
            QStringLiteral("last_login"), QStringLiteral("decision"),   QStringLiteral("role"),
            QStringLiteral("comment"),    QStringLiteral("decided_by"), QStringLiteral("decided_at"),
            QStringLiteral("server_copy"), QStringLiteral("applied_at"), QStringLiteral("applied")};
}

QStringList ReviewColumns::cells(const ReviewItem& item)
{
    const User& u = item.user;
    const QString name = QStringList{u.firstName, u.lastName}.join(QLatin1Char(' ')).trimmed();
    QStringList cells{u.id,
                      u.username,
                      u.email,
                      name,
                      u.roles.join(QLatin1Char(' ')),
                      u.enabled ? QStringLiteral("true") : QStringLiteral("false"),
                      RecordEncoder::timeCell(u.lastLoginAt)};
    if (item.decision) {
        const ReviewDecision& d = *item.decision;
        cells << ReviewDecision::name(d.kind) << d.role << d.comment << d.decidedBy << RecordEncoder::timeCell(d.decidedAt);
    } else {
        cells << QString() << QString() << QString() << QString() << QString();
    }
    cells << ReviewItem::serverCopyName(item.serverCopy) << RecordEncoder::timeCell(item.appliedAt)
          << item.applyResult;
    return cells;
}
