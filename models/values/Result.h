#pragma once
// A parsed value or the error that prevented it.

#include "ApiError.h"

#include <utility>
#include <variant>

template <typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(ApiError error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    const T& value() const { return std::get<T>(m_data); }
    T& value() { return std::get<T>(m_data); }
    ApiError error() const { return ok() ? ApiError{} : std::get<ApiError>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

// For operations whose success carries no data.
struct Done
{
};
