// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Plenary {

/// What went wrong, in words a user can act on, with the field (and line) it concerns when known.
struct Error
{
    QString message;
    QString field; ///< the form field or column concerned, empty when none
    int line = 0; ///< the input line concerned (imports), 0 when none

    /// "message" prefixed with the line and field when they are known.
    [[nodiscard]] QString describe() const;
};

/// A value or an error: the one way functions of Plenary report failure (no exceptions).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return std::get<T>(m_state); }
    /// By value, so that `for (x : f().value())` does not outlive the temporary result.
    [[nodiscard]] T value() && { return std::get<T>(std::move(m_state)); }
    [[nodiscard]] const Error &error() const { return std::get<Error>(m_state); }
    /// The value, or `fallback` when there is an error (for what may quietly be missing).
    [[nodiscard]] T valueOr(T fallback) const & { return ok() ? value() : fallback; }

private:
    std::variant<T, Error> m_state;
};

/// Success or an error, for operations that return nothing.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    { }

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace Plenary
