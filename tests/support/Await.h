#pragma once
// Tests only: waits for the one callback of an asynchronous operation (Connection, ProfileCache)
// while the event loop runs, with a timeout that turns into an ApiError instead of a hang.
//   await<UserPage>([&](auto done) { connection.listUsers(query, this, done); });
//   awaitIn<UserPage>([&](QObject* context, auto done) { connection.listUsers(query, context, done); });
//   awaitResponse(client, HttpRequest::get(QStringLiteral("/ping")));

#include "remote/ApiClient.h"
#include "values/Result.h"

#include <QObject>
#include <QString>
#include <QTest>
#include <functional>
#include <optional>

// `call` receives the callback and starts the operation.
template <typename T>
Result<T> await(const std::function<void(std::function<void(const Result<T>&)>)>& call, int timeoutMs = 15000)
{
    std::optional<Result<T>> result;
    call([&result](const Result<T>& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    return *result;
}

// The same, with a context object that lives only as long as the wait: an answer arriving
// after a timeout finds its context gone and is dropped.
template <typename T, typename Call> Result<T> awaitIn(Call call, int timeoutMs = 30000)
{
    std::optional<Result<T>> answer;
    QObject context;
    call(&context, [&answer](const Result<T>& result) { answer = result; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, timeoutMs))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    return *answer;
}

// One request through `client`, its answer as ApiClient hands it on; no answer in time is a
// transport error of kind Timeout.
inline HttpResponse awaitResponse(ApiClient& client, const HttpRequest& request, int timeoutMs = 15000)
{
    std::optional<HttpResponse> answer;
    QObject context;
    client.send(request, &context, [&answer](const HttpResponse& response) { answer = response; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, timeoutMs)) {
        HttpResponse none;
        none.transportError =
            ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no answer within %1 ms").arg(timeoutMs));
        return none;
    }
    return *answer;
}
