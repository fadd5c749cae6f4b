#pragma once
// Decides, per request, which deliberate fault to apply (for the reliability tests): latency,
// a 500/503, a 429 with Retry-After, a truncated body, a dropped connection or malformed JSON.
// Everything is off unless a flag turns it on.

#include <QtGlobal>

class FaultInjector
{
public:
    enum class Fault { None, Fail, Throttle, Truncate, Drop, Malformed };

    int latencyMs = 0;
    int failEvery = 0;
    int failStatus = 503;
    int throttleEvery = 0;
    int retryAfterSeconds = 1;
    int truncateEvery = 0;
    int dropEvery = 0;
    int malformedEvery = 0;

    // Counts the request and returns the fault it gets.
    Fault next();

private:
    quint64 m_count = 0;
};
