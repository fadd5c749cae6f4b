#pragma once
// authdesk-cli's exit codes: stable, documented in `authdesk-cli --help`, for scripts to rely on.

#include "values/ApiError.h"

enum ExitCode : int {
    Success = 0,
    UsageError = 2,  // bad arguments, unknown profile, missing --yes without a TTY
    AuthFailure = 3, // wrong credentials, expired/revoked token, forbidden
    NotFound = 4,
    ServerError = 5,    // network, timeout, TLS, 5xx, malformed reply
    PartialFailure = 6, // a bulk action where some items failed
    Unsupported = 7,    // the server or offline mode cannot do this
    Cancelled = 130,
};

inline ExitCode exitCodeFor(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return Success;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
        return AuthFailure;
    case ApiError::Kind::NotFound:
        return NotFound;
    case ApiError::Kind::Validation:
    case ApiError::Kind::Conflict:
        return UsageError;
    case ApiError::Kind::Unsupported:
    case ApiError::Kind::Offline:
        return Unsupported;
    case ApiError::Kind::Cancelled:
        return Cancelled;
    default:
        return ServerError;
    }
}
