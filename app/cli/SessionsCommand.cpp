#include "SessionsCommand.h"

#include "CliContext.h"
#include "export/RecordEncoder.h"
#include "remote/Connection.h"

QString SessionsCommand::summary() const
{
    return tr("List or revoke a user's sessions.");
}

QStringList SessionsCommand::usage() const
{
    return {QStringLiteral("sessions list USER_ID [--format F]"),
            QStringLiteral("sessions revoke USER_ID SESSION_ID [--yes]"),
            QStringLiteral("sessions revoke-all USER_ID [--yes]")};
}

QList<QCommandLineOption> SessionsCommand::options() const
{
    return {formatOption(), yesOption()};
}

QStringList SessionsCommand::verbs() const
{
    return {QStringLiteral("list"), QStringLiteral("revoke"), QStringLiteral("revoke-all")};
}

void SessionsCommand::run(const QStringList& args)
{
    CliContext& cli = this->cli();
    const QString verb = args.value(0);
    static const QHash<QString, Capability> verbs{
        {QStringLiteral("list"), Capability::ListSessions},
        {QStringLiteral("revoke"), Capability::RevokeSession},
        {QStringLiteral("revoke-all"), Capability::RevokeAllSessions}};
    if (!verbs.contains(verb) || args.size() < 2 || (verb == QLatin1String("revoke") && args.size() < 3)) {
        cli.finish(
            UsageError,
            tr("authdesk-cli: sessions list USER_ID | revoke USER_ID SESSION_ID | revoke-all USER_ID"));
        return;
    }
    if (!cli.resolveServer(verbs.value(verb)))
        return;
    if (verb != QLatin1String("list") &&
        !cli.confirm(verb == QLatin1String("revoke")
                         ? tr("Revoke the session %1 of user %2?").arg(args.at(2), args.at(1))
                         : tr("Revoke every session of user %1?").arg(args.at(1)))) {
        cli.finish(UsageError, tr("authdesk-cli: nothing revoked (confirm on a terminal, or pass --yes)."));
        return;
    }
    cli.withConnection([&cli, verb, args](Connection* c) {
        cli.withUser(c, args.at(1), [&cli, c, verb, args](const User& user) {
            if (verb == QLatin1String("list")) {
                c->listSessions(user, &cli, [&cli](const Result<QList<Session>>& r) {
                    if (!r.ok()) {
                        cli.fail(r.error());
                        return;
                    }
                    TableWriter writer(cli.format(),
                                       {QStringLiteral("id"), QStringLiteral("started"),
                                        QStringLiteral("last_activity"), QStringLiteral("expires"),
                                        QStringLiteral("ip"), QStringLiteral("client")});
                    for (const Session& s : r.value())
                        writer.addRow({s.id, RecordEncoder::timeCell(s.startedAt),
                                       RecordEncoder::timeCell(s.lastActivityAt),
                                       RecordEncoder::timeCell(s.expiresAt), s.ipAddress, s.userAgent});
                    cli.print(writer);
                    cli.finish(Success);
                });
            } else if (verb == QLatin1String("revoke")) {
                Session session;
                session.id = args.at(2);
                c->revokeSession(user, session, &cli, [&cli, session](const Result<Done>& r) {
                    if (!r.ok())
                        cli.fail(r.error());
                    else
                        cli.finish(Success, tr("Session %1 revoked.").arg(session.id));
                });
            } else {
                c->revokeAllSessions(user, &cli, [&cli, user](const Result<Done>& r) {
                    if (!r.ok())
                        cli.fail(r.error());
                    else
                        cli.finish(Success, tr("Every session of %1 revoked.")
                                                .arg(user.username.isEmpty() ? user.id : user.username));
                });
            }
        });
    });
}
