// The XML-RPC reader (every answer from Odoo). Whatever the body, decodeResponse() returns a typed error with
// a message or a value. A value that the writer can carry round-trips: written as a response, and as the
// parameter of a method call (its <params> read back as a response), it decodes to the same value; a fault
// written again decodes to the same code and text.

#include "models/odoo/XmlRpc.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QDateTime>

#include <cmath>

using namespace fusion;
using namespace fusion::xmlrpc;

namespace {
bool same(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (a.typeId() != b.typeId())
        return false;
    switch (a.typeId()) {
    case QMetaType::Double: {
        const double x = a.toDouble(), y = b.toDouble();
        return (std::isnan(x) && std::isnan(y)) || x == y;
    }
    case QMetaType::QVariantList: {
        const QVariantList x = a.toList(), y = b.toList();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i)
            if (!same(x[i], y[i]))
                return false;
        return true;
    }
    case QMetaType::QVariantMap: {
        const QVariantMap x = a.toMap(), y = b.toMap();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.cbegin(); it != x.cend(); ++it)
            if (!same(it.value(), y.value(it.key())))
                return false;
        return true;
    }
    default:
        return a == b;
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Limits limits;
    limits.maxBytes = 1024 * 1024;
    limits.maxDepth = 16;
    const Response r =
        decodeResponse(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)), limits);
    if (!r.ok()) {
        FUZZ_CHECK(!r.errorMessage.isEmpty());
        FUZZ_CHECK(!decodeErrorName(r.error).isEmpty());
        FUZZ_CHECK(r.errorOffset >= -1 && r.errorOffset <= qint64(size));
        return 0;
    }
    if (r.isFault) {
        if (r.faultCodeText.isEmpty()) {
            const Response again = decodeResponse(encodeFault(r.faultCode, r.faultString), limits);
            FUZZ_CHECK(again.ok() && again.isFault);
            FUZZ_CHECK(again.faultCode == r.faultCode);
        }
        return 0;
    }
    QString error;
    const QByteArray written = encodeResponse(r.value, &error);
    if (written.isEmpty()) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const Response again = decodeResponse(written, limits);
    FUZZ_CHECK(again.ok() && !again.isFault);
    FUZZ_CHECK(same(r.value, again.value));

    const QByteArray call = encodeCall(QStringLiteral("fuzz.echo"), {r.value});
    const qsizetype from = call.indexOf("<params>");
    const qsizetype to = call.lastIndexOf("</params>");
    FUZZ_CHECK(from > 0 && to > from);
    const QByteArray asResponse =
        "<?xml version='1.0'?>\n<methodResponse>\n" + call.mid(from, to + 9 - from) + "\n</methodResponse>\n";
    const Response fromCall = decodeResponse(asResponse, limits);
    FUZZ_CHECK(fromCall.ok() && same(r.value, fromCall.value));
    return 0;
}
