#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace fusion::xmlrpc {

// The XML-RPC wire format as Odoo speaks it, both ways.
//
// Values map to QVariant: <int>/<i4> int, <i8> qint64, <boolean> bool, <string> (or bare text) QString,
// <double> double, <dateTime.iso8601> QDateTime (UTC), <base64> QByteArray, <struct> QVariantMap,
// <array> QVariantList, <nil/> a null QVariant.

struct Limits {
    qint64 maxBytes = 32 * 1024 * 1024; // a response larger than this is refused, not parsed
    int maxDepth = 64;                  // nested arrays and structs
};

// Why a response could not be decoded. Each is a typed error a caller can act on; none is a crash, a hang
// or an allocation the server controls.
enum class DecodeError {
    None,
    Empty,        // no body at all
    TooLarge,     // over Limits::maxBytes
    BadEncoding,  // not UTF-8 (invalid bytes, or another declared encoding)
    DtdForbidden, // a DOCTYPE or an entity other than the five XML predefines: never expanded
    TooDeep,      // nesting over Limits::maxDepth
    Malformed,    // not well-formed XML, or not an XML-RPC methodResponse
    BadValue,     // a scalar whose text is not a valid value of its type
};
QString decodeErrorName(DecodeError kind); // "empty", "too_large", … (stable: tests and JSON use them)

struct Response {
    DecodeError error = DecodeError::None;
    QString errorMessage; // one line for a person, with where in the body it went wrong
    qint64 errorOffset = -1;

    bool isFault = false;
    int faultCode = 0;     // 1–4 on /xmlrpc/2; 0 when the legacy endpoints sent text instead
    QString faultCodeText; // that text
    QString faultString;

    QVariant value; // the one return value of a non-fault response

    bool ok() const { return error == DecodeError::None; }
};

// Decodes an HTTP body that should hold a methodResponse.
Response decodeResponse(QByteArrayView body, const Limits& limits = {});

// Encodes a methodCall. Fails (returns an empty array and sets *error) only for a value XML cannot carry:
// text with a control character other than tab, line feed and carriage return, or an unsupported type.
QByteArray encodeCall(const QString& method, const QVariantList& params, QString* error = nullptr);

// The same for a response (used by tests and by the benchmarks to build inputs).
QByteArray encodeResponse(const QVariant& value, QString* error = nullptr);
QByteArray encodeFault(int code, const QString& message);

} // namespace fusion::xmlrpc
