#include "InsightsCommand.h"

#include "CliContext.h"
#include "cache/ProfileCache.h"
#include "insights/InsightsReader.h"
#include "remote/DialectRegistry.h"
#include "values/Utc.h"

QString InsightsCommand::summary() const
{
    return tr("Who is stale, disabled or an admin: figures from the profile's local cache.");
}

QStringList InsightsCommand::usage() const
{
    return {QStringLiteral("insights [--at TIME] [--format F]")};
}

QString InsightsCommand::details() const
{
    return tr("Counts the users of the profile's local cache (see 'sync'), online or offline: enabled and "
              "disabled, never signed in, no sign-in for 30, 90 and 365 days, admins, disabled users that "
              "still hold sessions or API keys, users per role, accounts created per month and the last "
              "sign-in distribution. A figure the cache cannot know (the server records no sign-in time, "
              "sessions were not synced) has no count and a note saying why.");
}

QList<QCommandLineOption> InsightsCommand::options() const
{
    return {formatOption(),
            {QStringLiteral("at"),
             tr("Count sign-in ages back from this time (ISO 8601, e.g. 2026-06-30 or 2026-06-30T12:00Z), "
                "for a report as of a date; default now."),
             QStringLiteral("time")}};
}

void InsightsCommand::run(const QStringList&)
{
    CliContext& cli = this->cli();
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (cli.isSet(QStringLiteral("at"))) {
        const QString value = cli.value(QStringLiteral("at"));
        const QDate day = QDate::fromString(value, Qt::ISODate);
        at = day.isValid() ? QDateTime(day, QTime(0, 0), Utc::zone) : QDateTime::fromString(value, Qt::ISODate);
        if (!at.isValid()) {
            cli.finish(UsageError, tr("authdesk-cli: --at takes a date or time in ISO 8601 (2026-06-30, "
                                      "2026-06-30T12:00Z)."));
            return;
        }
    }
    const auto profile = cli.chosenProfile();
    if (!profile)
        return;
    ProfileCache* cache = cli.openCache(*profile);
    if (!cache)
        return;
    const auto dialect = DialectRegistry::create(profile->dialect);
    const QStringList adminRoles = dialect ? dialect->roleSet().administrativeRoles() : QStringList();
    const Result<UserInsights> read = InsightsReader::read(*cache->source(), adminRoles, at);
    if (!read.ok()) {
        cli.fail(read.error());
        return;
    }
    cli.info(cache->statusText());
    TableWriter writer(cli.format(), {QStringLiteral("group"), QStringLiteral("figure"), QStringLiteral("label"),
                                      QStringLiteral("count"), QStringLiteral("note")});
    for (const auto& [group, figures] : read.value().groups()) {
        for (const InsightFigure& f : *figures)
            writer.addRow({group, f.key, f.label, f.known() ? QString::number(f.count) : QString(), f.unknownReason});
    }
    cli.print(writer);
    cli.finish(Success);
}
