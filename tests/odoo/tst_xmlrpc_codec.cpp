// The XML-RPC codec against real Odoo 17 traffic and Python's own decoder: every recorded response decodes
// to exactly what xmlrpc.client.loads makes of it; every request we encode is read back by Python as the
// values we meant; and hostile bodies (the generated corpus) each end in the right typed error.
#include "models/odoo/XmlRpc.h"
#include "tests/common/TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace fusion;
using namespace fusion::xmlrpc;

namespace {

QString capturesDir()
{
    return QStringLiteral(FUSION_TEST_DATA_DIR "/odoo17-captures");
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// The same typed JSON form the Python oracle prints (tests/fixtures/xmlrpc_oracle.py).
QJsonValue typed(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        return QJsonObject{{QStringLiteral("$nil"), true}};
    case QMetaType::Bool:
        return QJsonObject{{QStringLiteral("$bool"), v.toBool()}};
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QJsonObject{{QStringLiteral("$int"), v.toLongLong()}};
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (std::isnan(d))
            return QJsonObject{{QStringLiteral("$double"), QStringLiteral("nan")}};
        if (std::isinf(d))
            return QJsonObject{
                {QStringLiteral("$double"), d > 0 ? QStringLiteral("inf") : QStringLiteral("-inf")}};
        return QJsonObject{{QStringLiteral("$double"), d}};
    }
    case QMetaType::QString:
        return v.toString();
    case QMetaType::QByteArray:
        return QJsonObject{{QStringLiteral("$base64"), QString::fromLatin1(v.toByteArray().toHex())}};
    case QMetaType::QDateTime:
        return QJsonObject{
            {QStringLiteral("$datetime"), v.toDateTime().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"))}};
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QJsonArray a;
        const QVariantList list = v.toList();
        for (const QVariant& item : list)
            a.append(typed(item));
        return a;
    }
    case QMetaType::QVariantMap: {
        QJsonObject o;
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            o.insert(it.key(), typed(it.value()));
        return o;
    }
    default:
        return QStringLiteral("<unexpected type %1>").arg(QLatin1String(v.metaType().name()));
    }
}

QJsonObject describe(const Response& r)
{
    if (!r.ok())
        return QJsonObject{{QStringLiteral("error"), decodeErrorName(r.error)}};
    if (r.isFault) {
        const QJsonValue code = r.faultCodeText.isEmpty()
                                    ? QJsonValue(QJsonObject{{QStringLiteral("$int"), r.faultCode}})
                                    : QJsonValue(r.faultCodeText);
        return QJsonObject{
            {QStringLiteral("fault"), QJsonObject{{QStringLiteral("faultCode"), code},
                                                  {QStringLiteral("faultString"), r.faultString}}}};
    }
    return QJsonObject{{QStringLiteral("method"), QJsonValue::Null},
                       {QStringLiteral("params"), QJsonArray{typed(r.value)}}};
}

// Python's reading of each file, in one run of the oracle.
QJsonObject oracle(const QStringList& files)
{
    QProcess p;
    p.start(QStringLiteral("python3"),
            QStringList{QStringLiteral(FUSION_FIXTURES_DIR "/xmlrpc_oracle.py")} + files);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qFatal("xmlrpc_oracle.py failed: %s", p.readAllStandardError().constData());
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QString compact(const QJsonValue& v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)).left(600);
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)).left(600);
    return v.toVariant().toString().left(600);
}

} // namespace

class TestXmlRpcCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyCaptureDecodesAsPythonDecodesIt()
    {
        const QStringList files =
            QDir(capturesDir()).entryList({QStringLiteral("*.response.xml")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 40, "the Odoo 17 captures are missing from tests/data");
        QStringList paths;
        for (const QString& f : files)
            paths << QDir(capturesDir()).filePath(f);
        const QJsonObject python = oracle(paths);
        int faults = 0;
        for (const QString& path : std::as_const(paths)) {
            const Response r = decodeResponse(readAll(path));
            QVERIFY2(r.ok(), qPrintable(QFileInfo(path).fileName() + QStringLiteral(": ") + r.errorMessage));
            faults += r.isFault ? 1 : 0;
            const QJsonObject ours = describe(r);
            const QJsonObject theirs = python.value(path).toObject();
            QVERIFY2(ours == theirs,
                     qPrintable(QFileInfo(path).fileName() + QStringLiteral("\nours:   ") + compact(ours) +
                                QStringLiteral("\npython: ") + compact(theirs)));
        }
        QVERIFY(faults >= 8); // the fault captures really are read as faults
    }

    void faultsCarryOdoosCodes()
    {
        const Response denied = decodeResponse(
            readAll(capturesDir() + QStringLiteral("/fault_execute_kw_wrong_password.response.xml")));
        QVERIFY(denied.ok() && denied.isFault);
        QCOMPARE(denied.faultCode, 3);
        const Response missing =
            decodeResponse(readAll(capturesDir() + QStringLiteral("/fault_missing_record.response.xml")));
        QVERIFY(missing.ok() && missing.isFault);
        QCOMPARE(missing.faultCode, 2);
        const Response legacy =
            decodeResponse(readAll(capturesDir() + QStringLiteral("/fault_v1_access_denied.response.xml")));
        QVERIFY(legacy.ok() && legacy.isFault);
        QCOMPARE(legacy.faultCodeText, QStringLiteral("AccessDenied"));
    }

    void bigSearchReadIsRecords()
    {
        const Response r =
            decodeResponse(readAll(capturesDir() + QStringLiteral("/big_search_read_fields.response.xml")));
        QVERIFY(r.ok());
        const QVariantList records = r.value.toList();
        QCOMPARE(records.size(), 4360);
        const QVariantMap first = records.first().toMap();
        QCOMPARE(first.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("model")).toString(), QStringLiteral("ir.model"));
        QCOMPARE(first.value(QStringLiteral("relation")).typeId(), int(QMetaType::Bool)); // Odoo's "empty"
    }

    void encodedCallsArePythonsValues()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QVariantMap kwargs{
            {QStringLiteral("fields"), QStringList{QStringLiteral("name"), QStringLiteral("email")}},
            {QStringLiteral("limit"), 80},
            {QStringLiteral("offset"), qint64(5000000000)},
            {QStringLiteral("order"), QStringLiteral("name desc, id")}};
        const QVariantList domain{
            QStringLiteral("|"),
            QVariantList{QStringLiteral("name"), QStringLiteral("ilike"), QStringLiteral("a<b&c>\"d'")},
            QVariantList{QStringLiteral("email"), QStringLiteral("=ilike"), QStringLiteral("%@example.com")}};
        const QVariantList params{QStringLiteral("odoopeer"),
                                  2,
                                  QStringLiteral("pässwörd ✓ 😀"),
                                  QStringLiteral("res.partner"),
                                  QStringLiteral("search_read"),
                                  QVariantList{domain},
                                  kwargs,
                                  true,
                                  false,
                                  2.5,
                                  QByteArray("\x00\x01\xff binary", 10),
                                  QDateTime(QDate(2026, 11, 29), QTime(8, 30, 5), Qt::UTC),
                                  QVariant(),
                                  QStringLiteral("line 1\r\nline 2\ttab")};
        QString error;
        const QByteArray body = encodeCall(QStringLiteral("execute_kw"), params, &error);
        QVERIFY2(!body.isEmpty(), qPrintable(error));
        const QString path = dir.filePath(QStringLiteral("call.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(body);
        f.close();
        const QJsonObject python = oracle({path}).value(path).toObject();
        QCOMPARE(python.value(QStringLiteral("method")).toString(), QStringLiteral("execute_kw"));
        QJsonArray expected;
        for (const QVariant& p : params)
            expected.append(typed(p));
        QVERIFY2(python.value(QStringLiteral("params")).toArray() == expected,
                 qPrintable(compact(python) + QStringLiteral("\nexpected ") + compact(expected)));
    }

    void roundTripThroughOurOwnReader()
    {
        const QVariantMap value{{QStringLiteral("ids"), QVariantList{1, 2, qint64(1) << 40}},
                                {QStringLiteral("name"), QStringLiteral("Tëst <&> ]]> \"q\"")},
                                {QStringLiteral("empty"), QVariantMap{}},
                                {QStringLiteral("none"), QVariantList{}}};
        const Response r = decodeResponse(encodeResponse(value));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(typed(r.value), typed(value));
    }

    void unencodableTextIsRefusedNotMangled()
    {
        QString error;
        QVERIFY(encodeCall(QStringLiteral("x"), {QStringLiteral("bell\x07")}, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("control character")), qPrintable(error));
        error.clear();
        QVERIFY(encodeCall(QStringLiteral("x"), {std::numeric_limits<double>::infinity()}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void hostileCorpusGivesTypedErrors()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char* script : {"make_xmlrpc_corpus.py", "make_xmlrpc_corpus_valid.py"}) {
            QProcess gen;
            gen.start(QStringLiteral("python3"),
                      {QStringLiteral(FUSION_FIXTURES_DIR "/") + QLatin1String(script),
                       dir.filePath(QLatin1String(script))});
            QVERIFY2(gen.waitForFinished(120000) && gen.exitCode() == 0,
                     gen.readAllStandardError().constData());
        }
        int cases = 0;
        for (const char* script : {"make_xmlrpc_corpus.py", "make_xmlrpc_corpus_valid.py"}) {
            const QString out = dir.filePath(QLatin1String(script));
            const QJsonArray manifest =
                QJsonDocument::fromJson(readAll(out + QStringLiteral("/manifest.json"))).array();
            QVERIFY(!manifest.isEmpty());
            for (const auto& entry : manifest) {
                const QJsonObject e = entry.toObject();
                const QString file = e.value(QStringLiteral("file")).toString();
                const QString expect = e.value(QStringLiteral("expect")).toString();
                const QByteArray body = readAll(out + QLatin1Char('/') + file);
                const Response r = decodeResponse(body);
                ++cases;
                const QString where = file + QStringLiteral(" (") +
                                      e.value(QStringLiteral("why")).toString() + QStringLiteral("): ");
                if (expect == QLatin1String("ok")) {
                    QVERIFY2(r.ok() && !r.isFault, qPrintable(where + r.errorMessage));
                    QVERIFY2(typed(r.value) == e.value(QStringLiteral("value")),
                             qPrintable(where + compact(typed(r.value)) + QStringLiteral(" != ") +
                                        compact(e.value(QStringLiteral("value")))));
                } else if (expect == QLatin1String("fault")) {
                    QVERIFY2(r.ok() && r.isFault, qPrintable(where + r.errorMessage));
                    const QJsonObject want = e.value(QStringLiteral("value")).toObject();
                    QCOMPARE(r.faultCode, want.value(QStringLiteral("faultCode")).toInt());
                    QCOMPARE(r.faultString, want.value(QStringLiteral("faultString")).toString());
                } else {
                    QVERIFY2(!r.ok(), qPrintable(where + QStringLiteral("accepted")));
                    QVERIFY2(decodeErrorName(r.error) == expect,
                             qPrintable(where + QStringLiteral("got %1 (%2), expected %3")
                                                    .arg(decodeErrorName(r.error), r.errorMessage, expect)));
                    QVERIFY2(!r.errorMessage.isEmpty(), qPrintable(where));
                }
            }
        }
        QVERIFY(cases >= 90);
    }
};

QTEST_GUILESS_MAIN(TestXmlRpcCodec)
#include "tst_xmlrpc_codec.moc"
