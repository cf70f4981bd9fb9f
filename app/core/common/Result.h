#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ck {

// Every refusal a user can meet carries one of these kinds, so the CLI can map it to its exit
// code (bad input: 2, refused by a rule or a failed check: 1) and the UI can word it.
struct Error
{
    enum class Kind
    {
        BadInput,
        Refused,
        NotFound,
        Storage
    };
    Kind kind = Kind::Refused;
    QString message;

    static Error badInput(QString m) { return {Kind::BadInput, std::move(m)}; }
    static Error refused(QString m) { return {Kind::Refused, std::move(m)}; }
    static Error notFound(QString m) { return {Kind::NotFound, std::move(m)}; }
    static Error storage(QString m) { return {Kind::Storage, std::move(m)}; }
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result of an action that returns nothing but may be refused.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    template<typename T> Status(const Result<T> &r)
    {
        if (!r.ok())
            m_error = r.error();
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace ck
