#pragma once
// One operation as a dialect plans it: a request and what to do with its answer, which is
// either the operation's result or the next request. Most operations are one request and a
// parser; some servers need a few in a row (Glewlwyd writes, then the user is read back;
// Keycloak reads the realm's role ids, then adds and removes role mappings). Building a plan
// sends nothing, so a dialect stays pure and its plans can be walked in a unit test by feeding
// canned answers to next().
//
// Connection runs a plan: it authorises each request, renews the session on a 401, and turns a
// failed answer into an ApiError through ErrorMapping unless the step chose to see failures
// itself (orOnFailure).

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "values/Result.h"

#include <functional>
#include <memory>

template <typename T> class Plan
{
public:
    using Next = std::function<Plan<T>(const HttpResponse&)>;
    using Parse = std::function<Result<T>(const HttpResponse&)>;
    using OnFailure = std::function<Plan<T>(const ApiError&)>;

    // The operation is over: with a value, or with the error that ended it.
    Plan(Result<T> result)
        : m_result(std::make_shared<Result<T>>(std::move(result)))
    {
    }
    Plan(T value)
        : Plan(Result<T>(std::move(value)))
    {
    }
    Plan(ApiError error)
        : Plan(Result<T>(std::move(error)))
    {
    }

    // Sends `request`; a successful answer goes to `next`, which finishes or plans the next step.
    static Plan send(HttpRequest request, Next next)
    {
        Plan plan{ApiError()};
        plan.m_result.reset();
        plan.m_request = std::move(request);
        plan.m_next = std::move(next);
        return plan;
    }
    // The usual shape: one request, its answer parsed. An invalid request (the dialect cannot do
    // this for that user or server) becomes Unsupported when the plan runs.
    static Plan single(HttpRequest request, Parse parse)
    {
        return send(std::move(request),
                    [parse = std::move(parse)](const HttpResponse& r) { return Plan(parse(r)); });
    }
    // Sends `request` and finishes with `value` once it succeeded (deletes, revocations).
    static Plan expect(HttpRequest request, T value)
    {
        return send(std::move(request),
                    [value = std::move(value)](const HttpResponse&) { return Plan(value); });
    }

    // A failed answer to this step goes to `handler` (as the mapped error) instead of ending the
    // plan: to say more than the server did, or to carry on regardless.
    Plan orOnFailure(OnFailure handler) &&
    {
        m_onFailure = std::move(handler);
        return std::move(*this);
    }

    bool isFinished() const { return bool(m_result); }
    // The dialect has no request for this (its builder gave an invalid one): the server, or
    // this user or these options, cannot do it.
    bool isUnsupported() const { return !isFinished() && !m_request.isValid(); }
    const Result<T>& result() const { return *m_result; }
    const HttpRequest& request() const { return m_request; }
    Plan next(const HttpResponse& response) const { return m_next(response); }
    bool handlesFailure() const { return bool(m_onFailure); }
    Plan failed(const ApiError& error) const { return m_onFailure ? m_onFailure(error) : Plan(error); }

    // This plan, then `then` with its value (a plan of another type): e.g. the sessions listed,
    // then each revoked.
    template <typename U> Plan<U> then(std::function<Plan<U>(const T&)> then) const
    {
        if (isFinished()) {
            if (!result().ok())
                return Plan<U>(result().error());
            return then(result().value());
        }
        const Plan self = *this;
        Plan<U> chained = Plan<U>::send(m_request, [self, then](const HttpResponse& response) {
            return self.next(response).template then<U>(then);
        });
        if (!m_onFailure)
            return chained;
        return std::move(chained).orOnFailure(
            [self, then](const ApiError& error) { return self.failed(error).template then<U>(then); });
    }

private:
    std::shared_ptr<const Result<T>> m_result; // set once the plan is over
    HttpRequest m_request;
    Next m_next;
    OnFailure m_onFailure;
};
