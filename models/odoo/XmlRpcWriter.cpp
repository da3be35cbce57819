// Encodes XML-RPC method calls (and, for tests and benchmarks, responses) the way Python's xmlrpc.client
// does, so that Odoo reads exactly what we meant.
#include "models/odoo/XmlRpc.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace fusion::xmlrpc {

namespace {

struct WriterTr {
    Q_DECLARE_TR_FUNCTIONS(fusion::xmlrpc::Writer)
};

struct Refuse {
    QString why;
};

void escapeInto(QByteArray& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 16);
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '&':
            out.append("&amp;");
            break;
        case '<':
            out.append("&lt;");
            break;
        case '>':
            out.append("&gt;");
            break;
        case '\r':
            out.append("&#13;"); // a raw CR would be read back as LF
            break;
        default:
            if (c < 0x20 && c != '\t' && c != '\n')
                throw Refuse{WriterTr::tr("text with the control character 0x%1 cannot be sent over XML-RPC")
                                 .arg(int(c), 2, 16, QLatin1Char('0'))};
            out.append(ch);
        }
    }
}

void valueInto(QByteArray& out, const QVariant& v, int depth)
{
    if (depth > 64)
        throw Refuse{WriterTr::tr("the value nests too deeply to send")};
    out.append("<value>");
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        out.append("<nil/>");
        break;
    case QMetaType::Bool:
        out.append(v.toBool() ? "<boolean>1</boolean>" : "<boolean>0</boolean>");
        break;
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        out.append("<int>").append(QByteArray::number(v.toInt())).append("</int>");
        break;
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: {
        const qint64 n = v.toLongLong();
        if (v.typeId() == QMetaType::ULongLong &&
            v.toULongLong() > quint64(std::numeric_limits<qint64>::max()))
            throw Refuse{WriterTr::tr("the number %1 is too large to send").arg(v.toULongLong())};
        // Odoo ids and counts fit an <int>; only larger numbers need the <i8> extension.
        if (n >= std::numeric_limits<qint32>::min() && n <= std::numeric_limits<qint32>::max())
            out.append("<int>").append(QByteArray::number(n)).append("</int>");
        else
            out.append("<i8>").append(QByteArray::number(n)).append("</i8>");
        break;
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            throw Refuse{WriterTr::tr("the number %1 cannot be sent over XML-RPC").arg(d)};
        out.append("<double>").append(QByteArray::number(d, 'g', 17)).append("</double>");
        break;
    }
    case QMetaType::QString:
        out.append("<string>");
        escapeInto(out, v.toString());
        out.append("</string>");
        break;
    case QMetaType::QByteArray:
        out.append("<base64>").append(v.toByteArray().toBase64()).append("</base64>");
        break;
    case QMetaType::QDateTime:
        out.append("<dateTime.iso8601>")
            .append(v.toDateTime().toUTC().toString(QStringLiteral("yyyyMMdd'T'HH:mm:ss")).toLatin1())
            .append("</dateTime.iso8601>");
        break;
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash: {
        out.append("<struct>");
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            out.append("<member><name>");
            escapeInto(out, it.key());
            out.append("</name>");
            valueInto(out, it.value(), depth + 1);
            out.append("</member>");
        }
        out.append("</struct>");
        break;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        out.append("<array><data>");
        const QVariantList list = v.toList();
        for (const QVariant& item : list)
            valueInto(out, item, depth + 1);
        out.append("</data></array>");
        break;
    }
    default:
        if (v.canConvert<QVariantList>() && v.typeId() != QMetaType::QString) {
            valueInto(out, QVariant(v.toList()), depth);
            return;
        }
        throw Refuse{WriterTr::tr("a value of type %1 cannot be sent over XML-RPC")
                         .arg(QString::fromLatin1(v.metaType().name()))};
    }
    out.append("</value>");
}

} // namespace

QByteArray encodeCall(const QString& method, const QVariantList& params, QString* error)
{
    try {
        QByteArray out("<?xml version='1.0'?>\n<methodCall>\n<methodName>");
        escapeInto(out, method);
        out.append("</methodName>\n<params>\n");
        for (const QVariant& p : params) {
            out.append("<param>\n");
            valueInto(out, p, 0);
            out.append("\n</param>\n");
        }
        out.append("</params>\n</methodCall>\n");
        return out;
    } catch (const Refuse& refused) {
        if (error)
            *error = refused.why;
        return {};
    }
}

QByteArray encodeResponse(const QVariant& value, QString* error)
{
    try {
        QByteArray out("<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n");
        valueInto(out, value, 0);
        out.append("\n</param>\n</params>\n</methodResponse>\n");
        return out;
    } catch (const Refuse& refused) {
        if (error)
            *error = refused.why;
        return {};
    }
}

QByteArray encodeFault(int code, const QString& message)
{
    QByteArray out(
        "<?xml "
        "version='1.0'?>\n<methodResponse>\n<fault>\n<value><struct>\n<member>\n<name>faultCode</name>\n"
        "<value><int>");
    out.append(QByteArray::number(code));
    out.append("</int></value>\n</member>\n<member>\n<name>faultString</name>\n<value><string>");
    QString clean = message;
    for (QChar& c : clean) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            c = QChar(0xFFFD);
    }
    escapeInto(out, clean);
    out.append("</string></value>\n</member>\n</struct></value>\n</fault>\n</methodResponse>\n");
    return out;
}

} // namespace fusion::xmlrpc
