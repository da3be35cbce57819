#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

#include <exception>
#include <optional>
#include <utility>
#include <variant>

namespace fusion {

// What went wrong, in the terms a caller decides on: the CLI maps each kind to an exit code, the GUI to
// an inline message, a conflict dialog or an error page.
enum class ErrorKind {
    Internal,
    InvalidInput,
    NotFound,
    PermissionDenied,
    Conflict,
    NotConfirmed,
    Connection,
    SchemaTooNew,
    SchemaMissing,
    NotFusionDatabase,
    CorruptDatabase,
    KeychainUnavailable,
    KeychainLocked,
    KeychainDenied,
    KeychainEntryMissing,
    KeychainTimeout,
    // Talking to a tenant's Odoo (models/odoo): faults by their faultCode, then what went wrong on the way.
    OdooServerError,  // faultCode 1: a server-side exception (bad domain, unknown method, …)
    OdooUserError,    // faultCode 2: validation, unknown model, missing record
    OdooAccessDenied, // faultCode 3, or authenticate answered False: wrong login, password or API key
    OdooAccessError,  // faultCode 4: the Odoo user may not do this (ACL, record rules, private method)
    OdooProtocol,     // not an XML-RPC answer: HTTP error page, truncated, malformed, too large, too deep
    OdooUnreachable,  // connection refused or dropped, DNS, proxy
    OdooTimeout,      // no complete answer in time
    OdooRateLimited,  // our own per-tenant governor said no: too many calls in the window
    OdooAuthStopped,  // an earlier authentication failed: no more calls until the credentials change
    OdooTlsUntrusted, // the certificate is not trusted (and its fingerprint not trusted for this tenant)
};

struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message;     // one line for a person, translated
    QString detail;      // driver or server text for a "details" view; never a secret
    QVariantMap current; // for ErrorKind::Conflict: the record as it is now

    static Error make(ErrorKind kind, QString message, QString detail = {})
    {
        Error e;
        e.kind = kind;
        e.message = std::move(message);
        e.detail = std::move(detail);
        return e;
    }
    QString kindName() const;
};

// Thrown inside the models library and turned into a value (Result) at its boundary: the database
// worker, the CLI command runner and the tests. It never crosses the Qt event loop.
class Failure : public std::exception {
public:
    explicit Failure(Error error)
        : m_error(std::move(error))
        , m_what(m_error.message.toUtf8())
    {
    }
    Failure(ErrorKind kind, const QString& message, const QString& detail = {})
        : Failure(Error::make(kind, message, detail))
    {
    }
    const Error& error() const { return m_error; }
    const char* what() const noexcept override { return m_what.constData(); }

private:
    Error m_error;
    QByteArray m_what;
};

template <typename T>
class Result {
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }
    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Unit {};

// Runs work, returning its value or the Failure it threw as an error value.
template <typename F>
auto capture(F&& work) -> Result<decltype(work())>
{
    try {
        return work();
    } catch (const Failure& failure) {
        return failure.error();
    } catch (const std::exception& e) {
        return Error::make(ErrorKind::Internal, QString::fromUtf8(e.what()));
    }
}

} // namespace fusion
