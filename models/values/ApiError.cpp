#include "ApiError.h"

ApiError ApiError::make(Kind kind, const QString& message, int httpStatus)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = httpStatus;
    return error;
}
