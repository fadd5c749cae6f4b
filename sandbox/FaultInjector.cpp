#include "FaultInjector.h"

FaultInjector::Fault FaultInjector::next()
{
    ++m_count;
    auto hits = [this](int every) { return every > 0 && m_count % quint64(every) == 0; };
    if (hits(dropEvery))
        return Fault::Drop;
    if (hits(failEvery))
        return Fault::Fail;
    if (hits(throttleEvery))
        return Fault::Throttle;
    if (hits(truncateEvery))
        return Fault::Truncate;
    if (hits(malformedEvery))
        return Fault::Malformed;
    return Fault::None;
}
