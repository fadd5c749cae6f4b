#include "ReviewCommand.h"

#include "CliContext.h"
#include "cache/ProfileCache.h"
#include "export/CsvReader.h"
#include "export/RecordEncoder.h"
#include "export/ReviewColumns.h"
#include "reviews/ReviewApplication.h"
#include "reviews/ReviewSnapshot.h"
#include "reviews/ReviewStore.h"

#include <QFile>

namespace {
QString totalsText(const AccessReview& r)
{
    return QCoreApplication::translate("CliApplication",
                                       "%1 — users: %2, kept: %3, disabled: %4, role removed: %5, deleted: %6, "
                                       "asked: %7, open: %8.")
        .arg(r.name)
        .arg(r.totals.users)
        .arg(r.totals.kept)
        .arg(r.totals.disabled)
        .arg(r.totals.rolesRemoved)
        .arg(r.totals.deleted)
        .arg(r.totals.asked)
        .arg(r.totals.open());
}
} // namespace

QString ReviewCommand::summary() const
{
    return tr("Access reviews from the local cache: start, decide per user, import, report, apply.");
}

QStringList ReviewCommand::verbs() const
{
    return {QStringLiteral("start"), QStringLiteral("list"), QStringLiteral("decide"), QStringLiteral("import"),
            QStringLiteral("report"), QStringLiteral("apply")};
}

QStringList ReviewCommand::usage() const
{
    return {QStringLiteral("review start --name N --reviewer R [--due YYYY-MM-DD] [--role ROLE | --search S]"),
            QStringLiteral("review list [--format F]"),
            QStringLiteral("review decide REVIEW USER_ID keep|disable|remove-role|delete|ask [--role R] "
                           "[--comment C] [--reviewer R]"),
            QStringLiteral("review import REVIEW FILE.csv"),
            QStringLiteral("review report REVIEW [--format F]"),
            QStringLiteral("review apply REVIEW [--include-changed] [--yes]")};
}

QString ReviewCommand::details() const
{
    return tr("A review is a snapshot of the profile's cached users (see 'sync'), all of them, one role's "
              "(--role) or a search's (--search), taken offline. Decide per user: keep, disable, remove-role "
              "(with --role), delete, or ask (with --comment: the question). Each decision records who "
              "(--reviewer, else the review's reviewer), when and why (--comment), and is saved at once. "
              "'import' reads a CSV with the report's columns (user_id and decision at least; rows without a "
              "decision are skipped): every row is checked first, and the first bad one refuses the file "
              "with its line and reason, changing nothing. REVIEW is the review's name or id. 'report' "
              "prints every user with the decision; the totals go to stderr. 'apply' signs in and makes the "
              "decisions that change the server (disable, remove-role, delete) not applied yet, after a "
              "preview and a confirmation (or --yes); a user whose cached copy changed since the snapshot "
              "(sync first to know) is skipped unless --include-changed. Each change is in the audit log with "
              "the review's name; the review is closed once every user is decided and applied.");
}

QList<QCommandLineOption> ReviewCommand::options() const
{
    return {formatOption(),
            {QStringLiteral("name"), tr("Name of the new review."), QStringLiteral("name")},
            {QStringLiteral("reviewer"), tr("Who reviews (start) or who decides (decide)."), QStringLiteral("name")},
            {QStringLiteral("due"), tr("Due date of the new review, YYYY-MM-DD."), QStringLiteral("date")},
            {QStringLiteral("role"), tr("start: only users with this role; decide: the role to remove."),
             QStringLiteral("role")},
            {QStringLiteral("search"), tr("start: only the cached users this search finds."), QStringLiteral("text")},
            {QStringLiteral("comment"), tr("Why: the decision's comment, or the question of 'ask'."),
             QStringLiteral("text")},
            {QStringLiteral("include-changed"),
             tr("apply: also change users whose copy changed since the snapshot.")},
            yesOption()};
}

void ReviewCommand::run(const QStringList& args)
{
    CliContext& c = cli();
    const QString verb = args.value(0);
    if (!verbs().contains(verb)) {
        c.finish(UsageError, tr("authdesk-cli: review start | list | decide REVIEW USER_ID DECISION | "
                                "import REVIEW FILE | report REVIEW | apply REVIEW"));
        return;
    }
    const auto profile = c.chosenProfile();
    if (!profile)
        return;
    ReviewStore store;
    if (!store.open()) {
        c.finish(ServerError, tr("authdesk-cli: %1").arg(store.errorString()));
        return;
    }
    if (verb == QLatin1String("start"))
        start(store, profile->id);
    else if (verb == QLatin1String("list"))
        list(store, profile->id);
    else if (verb == QLatin1String("decide"))
        decide(store, profile->id, args.mid(1));
    else if (verb == QLatin1String("import"))
        import(store, profile->id, args.mid(1));
    else if (verb == QLatin1String("apply"))
        apply(store, profile->id, args.mid(1));
    else
        report(store, profile->id, args.mid(1));
}

void ReviewCommand::start(ReviewStore& store, const QString& profileId)
{
    CliContext& c = cli();
    AccessReview review;
    review.profileId = profileId;
    review.name = c.value(QStringLiteral("name"));
    review.reviewer = c.value(QStringLiteral("reviewer"));
    if (c.isSet(QStringLiteral("due"))) {
        review.due = QDate::fromString(c.value(QStringLiteral("due")), Qt::ISODate);
        if (!review.due.isValid()) {
            c.finish(UsageError, tr("authdesk-cli: --due takes a date as YYYY-MM-DD."));
            return;
        }
    }
    if (review.name.trimmed().isEmpty() || review.reviewer.trimmed().isEmpty()) {
        c.finish(UsageError, tr("authdesk-cli: review start needs --name and --reviewer."));
        return;
    }
    ProfileCache* cache = c.openCache(*c.chosenProfile());
    if (!cache)
        return;
    CacheFilter filter;
    filter.role = c.value(QStringLiteral("role"));
    const QString search = c.value(QStringLiteral("search"));
    review.scope = ReviewSnapshot::scopeText(filter, search);
    const Result<QList<User>> snapshot = ReviewSnapshot::users(*cache->source(), filter, search, &review.cacheAsOf);
    if (!snapshot.ok()) {
        c.fail(snapshot.error());
        return;
    }
    const QList<User>& users = snapshot.value();
    const Result<qint64> id = store.start(review, users);
    if (!id.ok()) {
        c.fail(id.error());
        return;
    }
    c.printData(QByteArray::number(id.value()) + '\n');
    c.finish(Success, tr("Review “%1” started: %n user(s) to decide, from the cache as of %2.", nullptr,
                         int(qMin<qint64>(users.size(), INT_MAX)))
                          .arg(review.name.trimmed(), RecordEncoder::timeCell(review.cacheAsOf)));
}

void ReviewCommand::list(ReviewStore& store, const QString& profileId)
{
    CliContext& c = cli();
    const Result<QList<AccessReview>> reviews = store.reviews(profileId);
    if (!reviews.ok()) {
        c.fail(reviews.error());
        return;
    }
    TableWriter writer(c.format(), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("reviewer"),
                                    QStringLiteral("due"), QStringLiteral("scope"), QStringLiteral("started"),
                                    QStringLiteral("cache_as_of"), QStringLiteral("users"), QStringLiteral("kept"),
                                    QStringLiteral("disabled"), QStringLiteral("roles_removed"),
                                    QStringLiteral("deleted"), QStringLiteral("asked"), QStringLiteral("open"),
                                    QStringLiteral("applied")});
    for (const AccessReview& r : reviews.value())
        writer.addRow({QString::number(r.id), r.name, r.reviewer, r.due.toString(Qt::ISODate), r.scope,
                       RecordEncoder::timeCell(r.createdAt), RecordEncoder::timeCell(r.cacheAsOf),
                       QString::number(r.totals.users), QString::number(r.totals.kept),
                       QString::number(r.totals.disabled), QString::number(r.totals.rolesRemoved),
                       QString::number(r.totals.deleted), QString::number(r.totals.asked),
                       QString::number(r.totals.open()), RecordEncoder::timeCell(r.appliedAt)});
    c.print(writer);
    c.finish(Success);
}

void ReviewCommand::decide(ReviewStore& store, const QString& profileId, const QStringList& args)
{
    CliContext& c = cli();
    const std::optional<AccessReview> review = store.review(profileId, args.value(0));
    const std::optional<ReviewDecision::Kind> kind = ReviewDecision::kindNamed(args.value(2));
    if (args.size() != 3 || !kind) {
        c.finish(UsageError, tr("authdesk-cli: review decide REVIEW USER_ID %1").arg(ReviewDecision::names().join(u'|')));
        return;
    }
    if (!review) {
        c.finish(NotFound, tr("authdesk-cli: this profile has no review “%1”.").arg(args.value(0)));
        return;
    }
    ReviewDecision decision;
    decision.userId = args.value(1);
    decision.kind = *kind;
    decision.role = c.value(QStringLiteral("role"));
    decision.comment = c.value(QStringLiteral("comment"));
    decision.decidedBy = c.isSet(QStringLiteral("reviewer")) ? c.value(QStringLiteral("reviewer")) : review->reviewer;
    const Result<Done> done = store.decide(review->id, decision);
    if (!done.ok()) {
        c.fail(done.error());
        return;
    }
    c.finish(Success, totalsText(*store.review(review->id)));
}

void ReviewCommand::import(ReviewStore& store, const QString& profileId, const QStringList& args)
{
    CliContext& c = cli();
    if (args.size() != 2) {
        c.finish(UsageError, tr("authdesk-cli: review import REVIEW FILE.csv"));
        return;
    }
    const std::optional<AccessReview> review = store.review(profileId, args.value(0));
    if (!review) {
        c.finish(NotFound, tr("authdesk-cli: this profile has no review “%1”.").arg(args.value(0)));
        return;
    }
    QFile file(args.value(1));
    CsvReader csv;
    if (!file.open(QIODevice::ReadOnly)) {
        c.finish(NotFound, tr("authdesk-cli: %1 cannot be read: %2").arg(args.value(1), file.errorString()));
        return;
    }
    if (!csv.read(file.readAll())) {
        c.finish(UsageError, tr("authdesk-cli: %1: %2 Nothing was changed.").arg(args.value(1), csv.error()));
        return;
    }
    for (const QString& column : ReviewColumns::requiredForImport()) {
        if (!csv.header().contains(column)) {
            c.finish(UsageError,
                     tr("authdesk-cli: %1 has no “%2” column. Nothing was changed.").arg(args.value(1), column));
            return;
        }
    }
    QList<ReviewDecision> decisions;
    QList<int> lines;
    for (const CsvReader::Row& row : csv.rows()) {
        const QString name = row.cells.value(QStringLiteral("decision")).trimmed();
        if (name.isEmpty())
            continue; // an undecided user of a report
        const std::optional<ReviewDecision::Kind> kind = ReviewDecision::kindNamed(name);
        if (!kind) {
            c.finish(UsageError, tr("authdesk-cli: %1, line %2: “%3” is not a decision (%4). Nothing was changed.")
                                     .arg(args.value(1))
                                     .arg(row.line)
                                     .arg(name, ReviewDecision::names().join(QLatin1String(", "))));
            return;
        }
        ReviewDecision d;
        d.userId = row.cells.value(QStringLiteral("user_id")).trimmed();
        d.kind = *kind;
        d.role = row.cells.value(QStringLiteral("role")).trimmed();
        d.comment = row.cells.value(QStringLiteral("comment"));
        d.decidedBy = row.cells.value(QStringLiteral("decided_by")).trimmed();
        if (d.decidedBy.isEmpty())
            d.decidedBy = review->reviewer;
        decisions << d;
        lines << row.line;
    }
    // Every row is checked first, so that the error names its line; then all of them are
    // written in one transaction.
    for (int i = 0; i < decisions.size(); ++i) {
        if (const Result<Done> valid = store.validate(review->id, decisions.at(i)); !valid.ok()) {
            c.finish(UsageError, tr("authdesk-cli: %1, line %2: %3 Nothing was changed.")
                                     .arg(args.value(1))
                                     .arg(lines.at(i))
                                     .arg(valid.error().message));
            return;
        }
    }
    if (const Result<Done> done = store.decideAll(review->id, decisions); !done.ok()) {
        c.fail(done.error());
        return;
    }
    c.finish(Success, tr("%n decision(s) imported.", nullptr, int(decisions.size())) + QLatin1Char(' ') +
                          totalsText(*store.review(review->id)));
}

void ReviewCommand::report(ReviewStore& store, const QString& profileId, const QStringList& args)
{
    CliContext& c = cli();
    const std::optional<AccessReview> review = store.review(profileId, args.value(0));
    if (!review) {
        c.finish(NotFound, tr("authdesk-cli: this profile has no review “%1”.").arg(args.value(0)));
        return;
    }
    Result<QList<ReviewItem>> items = store.items(review->id);
    if (!items.ok()) {
        c.fail(items.error());
        return;
    }
    // Who changed on the server since the snapshot, as far as the cache knows now.
    ProfileCache cache(*c.chosenProfile());
    if (cache.open(CachedUserSource::Freshness::Offline)) {
        if (const Result<Done> compared = ReviewSnapshot::compare(items.value(), *cache.source()); !compared.ok())
            c.warn(compared.error().message);
    }
    TableWriter writer(c.format(), ReviewColumns::names());
    for (const ReviewItem& item : items.value())
        writer.addRow(ReviewColumns::cells(item));
    c.print(writer);
    c.info(tr("Made offline from the cache as of %1.").arg(RecordEncoder::timeCell(review->cacheAsOf)));
    c.finish(Success, totalsText(*review));
}

void ReviewCommand::apply(ReviewStore& store, const QString& profileId, const QStringList& args)
{
    CliContext& c = cli();
    if (args.size() != 1) {
        c.finish(UsageError, tr("authdesk-cli: review apply REVIEW [--include-changed] [--yes]"));
        return;
    }
    const std::optional<AccessReview> review = store.review(profileId, args.value(0));
    if (!review) {
        c.finish(NotFound, tr("authdesk-cli: this profile has no review “%1”.").arg(args.value(0)));
        return;
    }
    if (!c.resolveServer(std::nullopt))
        return;
    ProfileCache* cache = c.openCache(c.profile());
    if (!cache)
        return;
    const bool includeChanged = c.isSet(QStringLiteral("include-changed"));
    c.withConnection([&c, cache, id = review->id, includeChanged](Connection* connection) {
        const Result<BulkOperation*> prepared = ReviewApplication::prepare(id, *cache->source(), connection, &c);
        if (!prepared.ok()) {
            c.fail(prepared.error());
            return;
        }
        BulkOperation* bulk = prepared.value();
        bulk->setConflictsConfirmed(includeChanged);
        // The preview: what each user's decision will do, or why it will not be done now.
        for (const BulkOperation::Item& item : bulk->items()) {
            if (item.status == BulkOperation::Status::Pending)
                c.info(QStringLiteral("%1: %2").arg(item.user.id, item.change));
            else
                c.warn(QStringLiteral("%1: %2 — %3").arg(item.user.id, BulkOperation::statusText(item.status),
                                              item.message.isEmpty() ? item.change : item.message));
        }
        if (!includeChanged && bulk->conflictCount() > 0)
            c.warn(tr("%n user(s) changed since the snapshot: check them, then apply again with --include-changed.",
                      nullptr, bulk->conflictCount()));
        if (bulk->workCount() == 0) {
            delete bulk;
            c.finish(Success, tr("Nothing to change on the server now."));
            return;
        }
        if (!c.confirm(bulk->title() + QLatin1Char('?'))) {
            delete bulk;
            c.finish(UsageError, tr("authdesk-cli: nothing applied (confirm on a terminal, or pass --yes)."));
            return;
        }
        c.runBulk(bulk, tr("applying"), [](const BulkOperation::Item& item) { return item.change; });
    });
}
