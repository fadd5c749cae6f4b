#include "FakeUserSource.h"

#include <QPointer>
#include <QTimer>
#include <utility>

template<typename T>
void FakeUserSource::answer(int page, QObject* context, Callback<T> done, const Result<T>& result)
{
    mostRequestsAtOnce = qMax(mostRequestsAtOnce, ++m_onTheirWay);
    if (answersAtOnce) {
        --m_onTheirWay;
        done(result);
        return;
    }
    const int delay = delayMs + (evenPagesLate && page % 2 == 0 ? 30 : 0);
    QTimer::singleShot(delay, context, [this, done = std::move(done), result] {
        --m_onTheirWay;
        done(result);
    });
}

template<typename T>
bool FakeUserSource::hold(int page, int heldFrom, QObject* context, Callback<T>& done, const Result<T>& result)
{
    if (heldFrom < 0 || page < heldFrom)
        return false;
    QPointer<QObject> guard(context);
    m_held << [this, page, guard, done = std::move(done), result]() mutable {
        if (guard)
            answer(page, guard.data(), std::move(done), result);
    };
    return true;
}

void FakeUserSource::listSessions(int count)
{
    listsSessions = true;
    for (int i = 0; i < count; ++i) {
        Session s;
        s.id = QStringLiteral("s%1").arg(i);
        s.userId = users.at(i % users.size()).id;
        sessions << s;
    }
}

void FakeUserSource::fetchUsers(const UserQuery& query, QObject* context, Callback<UserPage> done)
{
    const int page = int(query.offset / qMax(1, query.limit));
    ++requests;
    Result<UserPage> result = UserPage{};
    if (page == failOnPage) {
        result = ApiError::make(ApiError::Kind::Network, QStringLiteral("Connection refused"));
    } else {
        UserPage listed;
        listed.users = users.mid(int(query.offset), pageCap > 0 ? qMin(pageCap, query.limit) : query.limit);
        listed.total = reportTotal ? users.size() : -1;
        listed.hasMore = query.offset + listed.users.size() < users.size();
        result = listed;
    }
    if (m_slowOut)
        ++requestsWhileSlow;
    if (hold(page, heldFromPage, context, done, result))
        return;
    if (page != slowPage) {
        answer(page, context, std::move(done), result);
        return;
    }
    m_slowOut = true;
    QTimer::singleShot(delayMs + 300, context, [this, done = std::move(done), result] {
        m_slowOut = false;
        done(result);
    });
}

void FakeUserSource::release()
{
    heldFromPage = -1;
    sessionsHeldFromPage = -1;
    const QList<std::function<void()>> held = std::exchange(m_held, {});
    for (const std::function<void()>& answerNow : held)
        answerNow();
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
    const int page = int(offset / qMax(1, limit));
    ++sessionRequests;
    Result<QList<Session>> result = sessions.mid(int(offset), limit);
    if (page == failSessionsOnPage)
        result = ApiError::make(ApiError::Kind::Network, QStringLiteral("Connection reset"));
    if (!hold(page, sessionsHeldFromPage, context, done, result))
        answer(page, context, std::move(done), result);
}
