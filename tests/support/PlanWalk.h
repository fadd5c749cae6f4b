#pragma once
// Walks a dialect's plan the way Connection runs it, answering each request from a list of
// canned responses: what the plan asked for, in order, and what it ended with. A failed answer
// goes through the dialect's error mapping, as it does for real.

#include "remote/Dialect.h"

#include <QList>
#include <optional>

template <typename T> struct WalkedPlan
{
    QList<HttpRequest> requests;
    std::optional<Result<T>> result; // empty: the answers ran out before the plan ended
};

template <typename T>
WalkedPlan<T> walk(const Dialect& dialect, Plan<T> plan, const QList<HttpResponse>& answers)
{
    WalkedPlan<T> walked;
    for (const HttpResponse& answer : answers) {
        if (plan.isFinished() || !plan.request().isValid())
            break;
        walked.requests << plan.request();
        const ApiError error = dialect.errorOf(answer);
        plan = error.isNone() ? plan.next(answer) : plan.failed(error);
    }
    if (plan.isFinished())
        walked.result = plan.result();
    return walked;
}
