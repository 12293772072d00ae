#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ClinicDesk::Core {

// What went wrong, in words a receptionist can act on. `field` names the input at fault, when
// there is one, so a form can show the message beside it and the command line can name it.
struct Error {
    enum class Kind {
        Invalid,   // the input breaks a rule; nothing was written
        NotFound,  // the record asked for does not exist
        Conflict,  // another record stands in the way (a booking, a duplicate key)
        Refused,   // a rule refuses it unless overridden (e.g. retreatment too early)
        Storage,   // the database could not do it (locked, corrupt, read-only, newer version)
    };

    Kind kind = Kind::Storage;
    QString message;
    QString field;

    static Error invalid(QString message, QString field = {})
    {
        return {Kind::Invalid, std::move(message), std::move(field)};
    }
    static Error notFound(QString message) { return {Kind::NotFound, std::move(message), {}}; }
    static Error conflict(QString message) { return {Kind::Conflict, std::move(message), {}}; }
    static Error refused(QString message) { return {Kind::Refused, std::move(message), {}}; }
    static Error storage(QString message) { return {Kind::Storage, std::move(message), {}}; }
};

// A value or the reason there is none (std::expected arrives with C++23; this is its subset).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // By value, so `for (x : f().value())` does not dangle once the temporary Result dies.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// The result of an operation that yields nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace ClinicDesk::Core
