// SPDX-FileCopyrightText: 2026 GradeDesk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "serviceerror.h"

#include <utility>
#include <variant>

namespace GradeDesk::Services {

/**
 * @brief A value or a ServiceError, never both.
 *
 * Callers check `ok()` (or the bool conversion) before `value()`; reading the wrong side
 * asserts. `Result<void>` carries only success or an error.
 */
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value)
        : m_data(value)
    {}

    Result(T &&value)
        : m_data(std::move(value))
    {}

    Result(const ServiceError &error)
        : m_data(error)
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }

    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        Q_ASSERT(ok());
        return std::get<T>(m_data);
    }

    T &value() &
    {
        Q_ASSERT(ok());
        return std::get<T>(m_data);
    }

    // By value, so `for (x : f().value())` does not iterate over a destroyed temporary.
    T value() &&
    {
        Q_ASSERT(ok());
        return std::get<T>(std::move(m_data));
    }

    const ServiceError &error() const
    {
        Q_ASSERT(!ok());
        return std::get<ServiceError>(m_data);
    }

private:
    std::variant<T, ServiceError> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;

    Result(const ServiceError &error)
        : m_error(error)
        , m_ok(false)
    {}

    bool ok() const { return m_ok; }

    explicit operator bool() const { return m_ok; }

    const ServiceError &error() const
    {
        Q_ASSERT(!m_ok);
        return m_error;
    }

private:
    ServiceError m_error;
    bool m_ok = true;
};

} // namespace GradeDesk::Services
