#include "FakeUserSource.h"

#include <QTimer>

void FakeUserSource::fetchUsers(const UserQuery& query, QObject* context, Callback<UserPage> done)
{
    const int page = int(query.offset / qMax(1, query.limit));
    ++requests;
    Result<UserPage> result = UserPage{};
    if (page == failOnPage) {
        result = ApiError::make(ApiError::Kind::Network, QStringLiteral("Connection refused"));
    } else {
        UserPage answer;
        answer.users = users.mid(int(query.offset), query.limit);
        answer.total = reportTotal ? users.size() : -1;
        answer.hasMore = query.offset + answer.users.size() < users.size();
        result = answer;
    }
    QTimer::singleShot(delayMs, context, [done = std::move(done), result] { done(result); });
}

void FakeUserSource::fetchUser(const User& user, QObject* context, Callback<User> done)
{
    ++requests;
    Result<User> result = ApiError::make(ApiError::Kind::NotFound, QStringLiteral("No such user"), 404);
    for (const User& candidate : std::as_const(users)) {
        if (candidate.id == user.id)
            result = candidate;
    }
    QTimer::singleShot(delayMs, context, [done = std::move(done), result] { done(result); });
}

void FakeUserSource::fetchAllSessions(qint64 offset, int limit, QObject* context,
                                      Callback<QList<Session>> done)
{
    const QList<Session> page = sessions.mid(int(offset), limit);
    QTimer::singleShot(delayMs, context, [done = std::move(done), page] { done(page); });
}
