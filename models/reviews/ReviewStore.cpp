#include "ReviewStore.h"

#include "cache/UserRowCodec.h"
#include "storage/SqlValue.h"
#include "storage/SqliteProblem.h"
#include "values/Utc.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {
constexpr int schemaVersion = 2;
constexpr int busyTimeoutMs = 10000;

const QString reviewColumns = QStringLiteral(
    "r.id, r.profile_id, r.name, r.reviewer, r.due, r.scope, r.created_at, r.cache_as_of, "
    "r.applied_at, (SELECT count(*) FROM review_users u WHERE u.review_id = r.id), "
    "(SELECT count(*) FROM review_users u WHERE u.review_id = r.id AND u.decision = 'keep'), "
    "(SELECT count(*) FROM review_users u WHERE u.review_id = r.id AND u.decision = 'disable'), "
    "(SELECT count(*) FROM review_users u WHERE u.review_id = r.id AND u.decision = 'remove-role'), "
    "(SELECT count(*) FROM review_users u WHERE u.review_id = r.id AND u.decision = 'delete'), "
    "(SELECT count(*) FROM review_users u WHERE u.review_id = r.id AND u.decision = 'ask')");

AccessReview readReview(const QSqlQuery& q)
{
    AccessReview r;
    r.id = q.value(0).toLongLong();
    r.profileId = q.value(1).toString();
    r.name = q.value(2).toString();
    r.reviewer = q.value(3).toString();
    r.due = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.scope = q.value(5).toString();
    r.createdAt = SqlValue::fromMsecs(q.value(6));
    r.cacheAsOf = SqlValue::fromMsecs(q.value(7));
    r.appliedAt = SqlValue::fromMsecs(q.value(8));
    r.totals.users = q.value(9).toLongLong();
    r.totals.kept = q.value(10).toLongLong();
    r.totals.disabled = q.value(11).toLongLong();
    r.totals.rolesRemoved = q.value(12).toLongLong();
    r.totals.deleted = q.value(13).toLongLong();
    r.totals.asked = q.value(14).toLongLong();
    return r;
}

// Qt binds a null QString as NULL; the text columns are NOT NULL DEFAULT ''.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

QString ReviewStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/reviews.sqlite");
}

bool ReviewStore::open(const QString& path)
{
    if (!m_connection.open(path, SqliteConnection::Access::ReadWrite, busyTimeoutMs)) {
        m_error = tr("The access reviews file %1 cannot be opened: %2").arg(path, m_connection.errorString());
        return false;
    }
    QSqlDatabase db = m_connection.database();
    QSqlQuery q(db);
    // A decision is committed to the disk before decide() returns, power cut or not.
    q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    const int version = SqliteConnection::userVersion(db);
    if (version == schemaVersion)
        return true;
    if (version > schemaVersion) {
        m_error = tr("The access reviews file %1 was written by a newer AuthDesk (schema %2).")
                      .arg(path)
                      .arg(version);
        m_connection.close();
        return false;
    }
    // Each version's step, in order; a file of version N runs the steps after N.
    const QList<QStringList> steps{
        {QStringLiteral(
             "CREATE TABLE reviews (id INTEGER PRIMARY KEY, profile_id TEXT NOT NULL, name TEXT NOT NULL, "
             "reviewer TEXT NOT NULL, due TEXT NOT NULL DEFAULT '', scope TEXT NOT NULL DEFAULT '', "
             "created_at INTEGER NOT NULL, cache_as_of INTEGER, applied_at INTEGER, "
             "UNIQUE (profile_id, name))"),
         QStringLiteral(
             "CREATE TABLE review_users (review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE "
             "CASCADE, user_id TEXT NOT NULL, username TEXT NOT NULL DEFAULT '', email TEXT NOT NULL "
             "DEFAULT '', first_name TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL DEFAULT '', "
             "roles TEXT NOT NULL DEFAULT '[]', enabled INTEGER NOT NULL DEFAULT 1, last_login_at INTEGER, "
             "fingerprint INTEGER NOT NULL DEFAULT 0, decision TEXT, role TEXT NOT NULL DEFAULT '', "
             "comment TEXT NOT NULL DEFAULT '', decided_by TEXT NOT NULL DEFAULT '', decided_at INTEGER, "
             "PRIMARY KEY (review_id, user_id)) WITHOUT ROWID"),
         QStringLiteral(
             "CREATE INDEX review_users_by_name ON review_users (review_id, username COLLATE NOCASE)")},
        // 2: how applying each decision went (applied_at set once the server has it).
        {QStringLiteral("ALTER TABLE review_users ADD COLUMN applied_at INTEGER"),
         QStringLiteral("ALTER TABLE review_users ADD COLUMN applied_result TEXT NOT NULL DEFAULT ''")}};
    QSqlError error;
    if (!SqliteConnection::beginWrite(db, &error)) {
        m_error = SqliteProblem::explain(error);
        m_connection.close();
        return false;
    }
    // Another process may have upgraded it while this one waited for the write lock.
    const int current = SqliteConnection::userVersion(db);
    QStringList statements;
    for (int step = current; step < schemaVersion; ++step)
        statements += steps.at(step);
    statements << QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion);
    for (const QString& statement : statements) {
        if (current >= schemaVersion)
            break;
        if (!q.exec(statement)) {
            m_error = SqliteProblem::explain(q.lastError());
            db.rollback();
            m_connection.close();
            return false;
        }
    }
    db.commit();
    return true;
}

ApiError ReviewStore::failed(const QString& detail) const
{
    ApiError error = ApiError::make(ApiError::Kind::Offline,
                                    tr("The access reviews file could not be used: %1").arg(detail));
    return error;
}

Result<qint64> ReviewStore::start(const AccessReview& review, const QList<User>& users,
                                  const std::function<bool(qint64 written)>& written)
{
    if (!isOpen())
        return failed(m_error);
    if (review.name.trimmed().isEmpty())
        return ApiError::make(ApiError::Kind::Validation, tr("A review needs a name."));
    if (review.reviewer.trimmed().isEmpty())
        return ApiError::make(ApiError::Kind::Validation, tr("A review needs the reviewer's name."));
    if (users.isEmpty())
        return ApiError::make(ApiError::Kind::Validation, tr("No cached user is in this review's scope."));
    if (this->review(review.profileId, review.name.trimmed()))
        return ApiError::make(ApiError::Kind::Conflict,
                              tr("This profile already has a review named “%1”.").arg(review.name.trimmed()));
    QSqlDatabase db = m_connection.database();
    QSqlError error;
    if (!SqliteConnection::beginWrite(db, &error))
        return failed(SqliteProblem::explain(error));
    QSqlQuery q(db);
    const QDateTime created = review.createdAt.isValid() ? review.createdAt : QDateTime::currentDateTimeUtc();
    if (!SqliteConnection::run(
            q,
            QStringLiteral(
                "INSERT INTO reviews (profile_id, name, reviewer, due, scope, created_at, cache_as_of) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {review.profileId, review.name.trimmed(), review.reviewer.trimmed(),
             text(review.due.isValid() ? review.due.toString(Qt::ISODate) : QString()), text(review.scope),
             created.toMSecsSinceEpoch(), SqlValue::toMsecs(review.cacheAsOf)})) {
        const QString problem = SqliteProblem::explain(q.lastError());
        db.rollback();
        return failed(problem);
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!q.prepare(QStringLiteral("INSERT OR IGNORE INTO review_users (review_id, user_id, username, email, "
                                  "first_name, last_name, roles, enabled, last_login_at, fingerprint) VALUES "
                                  "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        const QString problem = SqliteProblem::explain(q.lastError());
        db.rollback();
        return failed(problem);
    }
    qint64 count = 0;
    for (const User& u : users) {
        if (written && ++count % 1000 == 0 && !written(count)) {
            db.rollback();
            return ApiError::make(ApiError::Kind::Cancelled, tr("Starting the review was cancelled."));
        }
        const QVariantList values{id,
                                  u.id,
                                  text(u.username),
                                  text(u.email),
                                  text(u.firstName),
                                  text(u.lastName),
                                  SqlValue::toJson(u.roles),
                                  u.enabled ? 1 : 0,
                                  SqlValue::toMsecs(u.lastLoginAt),
                                  UserRowCodec::encode(u).fingerprint};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec()) {
            const QString problem = SqliteProblem::explain(q.lastError());
            db.rollback();
            return failed(problem);
        }
    }
    if (!db.commit())
        return failed(SqliteProblem::explain(db.lastError()));
    return id;
}

Result<QList<AccessReview>> ReviewStore::reviews(const QString& profileId) const
{
    if (!isOpen())
        return failed(m_error);
    QSqlQuery q(m_connection.database());
    if (!SqliteConnection::run(q,
                               QStringLiteral("SELECT ") + reviewColumns +
                                   QStringLiteral(" FROM reviews r WHERE r.profile_id = ? "
                                                  "ORDER BY r.created_at DESC, r.id DESC"),
                               {profileId}))
        return failed(SqliteProblem::explain(q.lastError()));
    QList<AccessReview> list;
    while (q.next())
        list << readReview(q);
    return list;
}

std::optional<AccessReview> ReviewStore::review(const QString& profileId, const QString& idOrName) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_connection.database());
    bool numeric = false;
    const qint64 id = idOrName.toLongLong(&numeric);
    if (!SqliteConnection::run(
            q,
            QStringLiteral("SELECT ") + reviewColumns +
                QStringLiteral(" FROM reviews r WHERE r.profile_id = ? AND (r.name = ? OR r.id = ?)"),
            {profileId, idOrName, numeric ? id : -1}) ||
        !q.next())
        return std::nullopt;
    return readReview(q);
}

std::optional<AccessReview> ReviewStore::review(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_connection.database());
    if (!SqliteConnection::run(
            q, QStringLiteral("SELECT ") + reviewColumns + QStringLiteral(" FROM reviews r WHERE r.id = ?"),
            {id}) ||
        !q.next())
        return std::nullopt;
    return readReview(q);
}

Result<QList<ReviewItem>> ReviewStore::items(qint64 reviewId, const std::function<bool()>& goesOn) const
{
    if (!isOpen())
        return failed(m_error);
    // A million users take seconds to read and sort in one statement: a stop is heard inside it.
    if (goesOn)
        SqliteConnection::setStopCheck(m_connection.database(), &goesOn);
    const auto stopCheckEnds = qScopeGuard([&] {
        if (goesOn)
            SqliteConnection::setStopCheck(m_connection.database(), nullptr);
    });
    const auto stopped = [&] { return goesOn && !goesOn(); };
    const auto cancelled = [] { return ApiError::make(ApiError::Kind::Cancelled, tr("Reading the review was cancelled.")); };
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!SqliteConnection::run(
            q,
            QStringLiteral(
                "SELECT user_id, username, email, first_name, last_name, roles, enabled, last_login_at, "
                "fingerprint, decision, role, comment, decided_by, decided_at, applied_at, applied_result "
                "FROM review_users "
                "WHERE review_id = ? ORDER BY sort_key(username), user_id"),
            {reviewId}))
        return stopped() ? cancelled() : failed(SqliteProblem::explain(q.lastError()));
    QList<ReviewItem> list;
    while (q.next()) {
        ReviewItem item;
        item.user.id = q.value(0).toString();
        item.user.username = q.value(1).toString();
        item.user.email = q.value(2).toString();
        item.user.firstName = q.value(3).toString();
        item.user.lastName = q.value(4).toString();
        item.user.roles = SqlValue::stringListFromJson(q.value(5).toString());
        item.user.enabled = q.value(6).toBool();
        item.user.lastLoginAt = SqlValue::fromMsecs(q.value(7));
        item.fingerprint = q.value(8).toLongLong();
        if (const auto kind = ReviewDecision::kindNamed(q.value(9).toString())) {
            ReviewDecision d;
            d.userId = item.user.id;
            d.kind = *kind;
            d.role = q.value(10).toString();
            d.comment = q.value(11).toString();
            d.decidedBy = q.value(12).toString();
            d.decidedAt = SqlValue::fromMsecs(q.value(13));
            item.decision = d;
        }
        item.appliedAt = SqlValue::fromMsecs(q.value(14));
        item.applyResult = q.value(15).toString();
        list << item;
    }
    if (stopped())
        return cancelled();
    if (q.lastError().isValid())
        return failed(SqliteProblem::explain(q.lastError()));
    return list;
}

Result<Done> ReviewStore::validate(qint64 reviewId, const ReviewDecision& decision) const
{
    const std::optional<AccessReview> review = this->review(reviewId);
    if (!review)
        return ApiError::make(ApiError::Kind::NotFound, tr("There is no such review."));
    if (review->appliedAt.isValid())
        return ApiError::make(
            ApiError::Kind::Conflict,
            tr("The review “%1” was applied already; its decisions can no longer change.").arg(review->name));
    QSqlQuery q(m_connection.database());
    if (!SqliteConnection::run(
            q, QStringLiteral("SELECT roles, applied_at FROM review_users WHERE review_id = ? AND user_id = ?"),
            {reviewId, decision.userId}))
        return failed(SqliteProblem::explain(q.lastError()));
    if (!q.next())
        return ApiError::make(
            ApiError::Kind::NotFound,
            tr("The user %1 is not in the review “%2”.").arg(decision.userId, review->name));
    if (!q.value(1).isNull())
        return ApiError::make(ApiError::Kind::Conflict,
                              tr("The decision for %1 was applied on the server already; it can no longer change.")
                                  .arg(decision.userId));
    if (decision.decidedBy.trimmed().isEmpty())
        return ApiError::make(ApiError::Kind::Validation,
                              tr("The decision for %1 names no reviewer.").arg(decision.userId));
    if (decision.kind == ReviewDecision::Kind::RemoveRole &&
        !SqlValue::stringListFromJson(q.value(0).toString()).contains(decision.role))
        return ApiError::make(ApiError::Kind::Validation,
                              decision.role.isEmpty()
                                  ? tr("Removing a role from %1 needs the role's name.").arg(decision.userId)
                                  : tr("The user %1 did not hold the role “%2” when the review started.")
                                        .arg(decision.userId, decision.role));
    if (decision.kind == ReviewDecision::Kind::Ask && decision.comment.trimmed().isEmpty())
        return ApiError::make(
            ApiError::Kind::Validation,
            tr("Asking about %1 needs a comment: the question to answer.").arg(decision.userId));
    return Done{};
}

Result<Done> ReviewStore::write(qint64 reviewId, const ReviewDecision& decision)
{
    QSqlQuery q(m_connection.database());
    const QDateTime at = decision.decidedAt.isValid() ? decision.decidedAt : QDateTime::currentDateTimeUtc();
    if (!SqliteConnection::run(
            q,
            QStringLiteral("UPDATE review_users SET decision = ?, role = ?, comment = ?, decided_by = ?, "
                           "decided_at = ? WHERE review_id = ? AND user_id = ?"),
            {ReviewDecision::name(decision.kind),
             text(decision.kind == ReviewDecision::Kind::RemoveRole ? decision.role : QString()),
             text(decision.comment.trimmed()), text(decision.decidedBy.trimmed()), at.toMSecsSinceEpoch(),
             reviewId, decision.userId}))
        return failed(SqliteProblem::explain(q.lastError()));
    return Done{};
}

Result<Done> ReviewStore::decide(qint64 reviewId, ReviewDecision decision)
{
    if (!isOpen())
        return failed(m_error);
    if (const Result<Done> ok = validate(reviewId, decision); !ok.ok())
        return ok;
    return write(reviewId, decision);
}

Result<Done> ReviewStore::decideAll(qint64 reviewId, const QList<ReviewDecision>& decisions)
{
    if (!isOpen())
        return failed(m_error);
    // Every row is checked before anything is written: a bad row changes nothing.
    for (const ReviewDecision& decision : decisions) {
        if (const Result<Done> ok = validate(reviewId, decision); !ok.ok())
            return ok;
    }
    QSqlDatabase db = m_connection.database();
    QSqlError error;
    if (!SqliteConnection::beginWrite(db, &error))
        return failed(SqliteProblem::explain(error));
    for (const ReviewDecision& decision : decisions) {
        if (const Result<Done> written = write(reviewId, decision); !written.ok()) {
            db.rollback();
            return written;
        }
    }
    if (!db.commit())
        return failed(SqliteProblem::explain(db.lastError()));
    return Done{};
}

Result<Done> ReviewStore::undecide(qint64 reviewId, const QString& userId)
{
    if (!isOpen())
        return failed(m_error);
    QSqlQuery q(m_connection.database());
    if (!SqliteConnection::run(
            q,
            QStringLiteral(
                "UPDATE review_users SET decision = NULL, role = '', comment = '', decided_by = '', "
                "decided_at = NULL WHERE review_id = ? AND user_id = ? AND applied_at IS NULL AND "
                "(SELECT applied_at FROM reviews WHERE id = ?) IS NULL"),
            {reviewId, userId, reviewId}))
        return failed(SqliteProblem::explain(q.lastError()));
    if (q.numRowsAffected() != 1)
        return ApiError::make(ApiError::Kind::NotFound,
                              tr("The user %1 has no decision to take back.").arg(userId));
    return Done{};
}

Result<Done> ReviewStore::markApplied(qint64 reviewId, const QDateTime& at)
{
    QSqlQuery q(m_connection.database());
    if (!SqliteConnection::run(q, QStringLiteral("UPDATE reviews SET applied_at = ? WHERE id = ?"),
                               {at.toMSecsSinceEpoch(), reviewId}))
        return failed(SqliteProblem::explain(q.lastError()));
    return Done{};
}

Result<Done> ReviewStore::recordApplied(qint64 reviewId, const QString& userId, bool applied, const QString& result,
                                        const QDateTime& at)
{
    if (!isOpen())
        return failed(m_error);
    QSqlQuery q(m_connection.database());
    if (!SqliteConnection::run(
            q,
            QStringLiteral("UPDATE review_users SET applied_at = ?, applied_result = ? WHERE review_id = ? AND "
                           "user_id = ? AND applied_at IS NULL"),
            {applied ? QVariant(at.toMSecsSinceEpoch()) : QVariant(), text(result), reviewId, userId}))
        return failed(SqliteProblem::explain(q.lastError()));
    return Done{};
}
