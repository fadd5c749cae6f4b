#pragma once
// How long a request may wait for a byte (timeout) and take in all (deadline), in seconds: the
// bounds a profile's values are read into from a settings file, and that the CLI's --deadline
// and ApiClient accept.

namespace RequestLimits {
inline constexpr int minTimeoutSeconds = 1;
inline constexpr int maxTimeoutSeconds = 3600;
inline constexpr int minDeadlineSeconds = 1;
inline constexpr int maxDeadlineSeconds = 86400;
} // namespace RequestLimits
