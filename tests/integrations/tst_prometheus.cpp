// Prometheus's query API and the resource KPIs without a Prometheus (models/integrations/Prometheus,
// ResourceKpis): the request of an instant query, its PromQL percent-encoded to the byte; every answer
// Prometheus gives (a vector, a scalar, its "NaN" and "+Inf", its errors for 400, 422 and 503) and every one
// it should not (HTML from a proxy, bad JSON, wrong shapes) read whole or refused as one clear error; the two
// answers combined into a snapshot, an empty or rates-only answer refused as "no current series"; tenant
// health and its thresholds; the cache written and read back, a malformed or hostile one ignored with a note;
// an unreachable, silent, dropping or cutting server one clear error that keeps the last good figures; a
// proxy's token sent but never in a message.
#include "models/integrations/Prometheus.h"
#include "models/integrations/ResourceKpis.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <optional>

using namespace fusion;

namespace {

const char kToken[] = "prom-proxy-token-Secret000000000000042";

PromSample sample(const QString& kpi, double value, const QString& ns = {})
{
    PromSample s;
    s.labels.insert(QStringLiteral("kpi"), kpi);
    if (!ns.isEmpty())
        s.labels.insert(QStringLiteral("namespace"), ns);
    s.value = value;
    s.timestamp = 1796589652.511;
    return s;
}

PromReply vector(const QList<PromSample>& samples)
{
    PromReply r;
    r.httpStatus = 200;
    r.resultType = QStringLiteral("vector");
    r.samples = samples;
    return r;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

KpiSnapshot threeNamespaces()
{
    KpiSnapshot s;
    s.sampledAt = QDateTime::fromString(QStringLiteral("2026-12-06T20:00:00.250Z"), Qt::ISODateWithMs);
    s.platform = {1.75, 10, 2.5e9, 2.0e10, 1.2e10, 3.0e10, 2, 3};
    s.namespaces.insert(QStringLiteral("acme"), {0.5, 1.5e9, 9.5e9, 1.0e10, 2});
    s.namespaces.insert(QStringLiteral("beta"), {1.25, 5.0e8, 1.0e9, 1.0e10, 1});
    s.namespaces.insert(QStringLiteral("idle"), {0, 0, 1.0e9, 1.0e10, 0});
    return s;
}

// One HTTP answer to whoever connects, recording the request's head: a stand-in for an authenticating proxy
// in front of Prometheus, which echoes what it was sent in its error; or one that never answers, or closes
// the connection once it has the request, or sends half a body.
class EchoServer : public QObject {
public:
    enum Mode { Echo, Silent, Drop, Cut };
    QTcpServer server;
    QByteArray head;
    explicit EchoServer(Mode mode = Echo)
    {
        server.listen(QHostAddress::LocalHost, 0);
        connect(&server, &QTcpServer::newConnection, this, [this, mode] {
            QTcpSocket* socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, mode] {
                head += socket->readAll();
                if (!head.contains("\r\n\r\n") || mode == Silent)
                    return;
                if (mode == Drop)
                    return socket->abort();
                if (mode == Cut) {
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n"
                        "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[");
                    socket->flush();
                    return socket->disconnectFromHost();
                }
                const qsizetype at = head.indexOf("Authorization: ");
                const QByteArray auth =
                    at < 0 ? QByteArray() : head.mid(at + 15, head.indexOf("\r\n", at) - at - 15);
                const QByteArray body =
                    "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"proxy said: " + auth +
                    " is not allowed here\"}";
                socket->write(
                    "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
    }
};

} // namespace

class TestPrometheus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void buildEncodesTheQueryToTheByte()
    {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(1796589652511, Qt::UTC);
        const Prometheus::Http h =
            Prometheus::build(QUrl(QStringLiteral("http://127.0.0.1:9090")),
                              QStringLiteral("sum(rate(x{a=\"b\"}[5m])) + 1 & #ü"), at);
        QCOMPARE(h.url.path(), QStringLiteral("/api/v1/query"));
        // '+' stays encoded (else Prometheus would read a space), '&' and '#' cannot end the parameter.
        QCOMPARE(
            h.url.query(QUrl::FullyEncoded),
            QStringLiteral("query=sum%28rate%28x%7Ba%3D%22b%22%7D%5B5m%5D%29%29%20%2B%201%20%26%20%23%C3%BC"
                           "&time=1796589652.511"));
        QCOMPARE(h.url.toString(QUrl::FullyEncoded).left(41),
                 QStringLiteral("http://127.0.0.1:9090/api/v1/query?query="));
        for (const auto& header : h.headers)
            QVERIFY(header.first != "Authorization"); // no token, no header

        // Behind a proxy under a path; a null time leaves the time to Prometheus.
        const Prometheus::Http p =
            Prometheus::build(QUrl(QStringLiteral("https://mon.example.com/prom/")), QStringLiteral("up"),
                              QDateTime(), SecretBytes(QByteArray(kToken)));
        QCOMPARE(p.url.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://mon.example.com/prom/api/v1/query?query=up"));
        bool bearer = false;
        for (const auto& header : p.headers)
            bearer |=
                header.first == "Authorization" && header.second == QByteArray("Bearer ").append(kToken);
        QVERIFY(bearer);
    }

    void parsesVectorsAndScalars()
    {
        const PromReply v = Prometheus::parse(
            200, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{"
                 "\"namespace\":\"acme\",\"kpi\":\"cpu\"},\"value\":[1796589652.511,\"0.5000100000000001\"]},"
                 "{\"metric\":{},\"value\":[1796589652.511,\"NaN\"]},{\"metric\":{\"a\":\"b\"},\"value\":["
                 "1796589652.511,\"+Inf\"]},{\"metric\":{\"a\":\"c\"},\"value\":[1796589652,\"-Inf\"]},{"
                 "\"metric\":{\"a\":\"d\"},\"value\":[1796589652,\"1e+06\"]}]},\"warnings\":[\"ignored\"]}");
        QVERIFY2(v.ok(), qPrintable(v.error));
        QCOMPARE(v.resultType, QStringLiteral("vector"));
        QCOMPARE(v.samples.size(), 5);
        QCOMPARE(v.samples.at(0).labels.value(QStringLiteral("namespace")), QStringLiteral("acme"));
        QCOMPARE(v.samples.at(0).value, 0.5000100000000001);
        QCOMPARE(v.samples.at(0).timestamp, 1796589652.511);
        QVERIFY(std::isnan(v.samples.at(1).value));
        QVERIFY(std::isinf(v.samples.at(2).value) && v.samples.at(2).value > 0);
        QVERIFY(std::isinf(v.samples.at(3).value) && v.samples.at(3).value < 0);
        QCOMPARE(v.samples.at(4).value, 1e6);

        const PromReply s = Prometheus::parse(
            200,
            "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1796589652.7,\"10\"]}}");
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.resultType, QStringLiteral("scalar"));
        QCOMPARE(s.samples.size(), 1);
        QCOMPARE(s.samples.at(0).value, 10.0);

        const PromReply e = Prometheus::parse(
            200, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}");
        QVERIFY(e.ok());
        QVERIFY(e.samples.isEmpty());
    }

    void refusesWhatIsNotAnAnswer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("errorType");
        QTest::newRow("400 bad_data")
            << 400
            << QByteArray("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"invalid parameter "
                          "\\\"query\\\": 1:5: parse error: unclosed left parenthesis\"}")
            << QByteArray("application/json")
            << QStringLiteral("Prometheus refused the query as malformed (HTTP 400, bad_data): invalid "
                              "parameter \"query\": 1:5: parse error: unclosed left parenthesis")
            << QStringLiteral("bad_data");
        QTest::newRow("422 execution")
            << 422
            << QByteArray("{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"found duplicate "
                          "series for the match group\"}")
            << QByteArray("application/json")
            << QStringLiteral("Prometheus could not evaluate the query (HTTP 422, execution): found "
                              "duplicate series for the match group")
            << QStringLiteral("execution");
        QTest::newRow("503 timeout")
            << 503
            << QByteArray("{\"status\":\"error\",\"errorType\":\"timeout\",\"error\":\"query timed out in "
                          "expression evaluation\"}")
            << QByteArray("application/json")
            << QStringLiteral("Prometheus timed out or was shutting down while evaluating the query (HTTP "
                              "503, timeout): query timed out in expression evaluation")
            << QStringLiteral("timeout");
        QTest::newRow("502 html") << 502 << QByteArray("<html><body>Bad Gateway</body></html>")
                                  << QByteArray("text/html")
                                  << QStringLiteral("Prometheus answered HTTP 502 with an HTML page instead "
                                                    "of its JSON API: a proxy or a wrong address?")
                                  << QString();
        QTest::newRow("200 html") << 200 << QByteArray("<!doctype html><title>Grafana</title>")
                                  << QByteArray("text/html; charset=utf-8")
                                  << QStringLiteral("Prometheus answered with an HTML page instead of its "
                                                    "JSON API: a proxy or a wrong address?")
                                  << QString();
        QTest::newRow("401 proxy") << 401 << QByteArray("Unauthorized") << QByteArray("text/plain")
                                   << QStringLiteral("Prometheus, or the proxy in front of it, refused the "
                                                     "request (HTTP 401): check its token.")
                                   << QString();
        QTest::newRow("500 text") << 500 << QByteArray("oops") << QByteArray("text/plain")
                                  << QStringLiteral("Prometheus answered HTTP 500 without its JSON error.")
                                  << QString();
        QTest::newRow("truncated")
            << 200
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"me")
            << QByteArray("application/json") << QStringLiteral("The Prometheus answer is not valid JSON")
            << QString();
        QTest::newRow("empty body") << 200 << QByteArray() << QByteArray()
                                    << QStringLiteral("The Prometheus answer is not valid JSON") << QString();
        QTest::newRow("a list") << 200 << QByteArray("[1,2]") << QByteArray()
                                << QStringLiteral("The Prometheus answer has no \"status\": \"success\".")
                                << QString();
        QTest::newRow("no data") << 200 << QByteArray("{\"status\":\"success\"}") << QByteArray()
                                 << QStringLiteral(
                                        "The Prometheus answer has no \"data\" with a \"resultType\".")
                                 << QString();
        QTest::newRow("matrix")
            << 200
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}")
            << QByteArray()
            << QStringLiteral("The Prometheus answer is a matrix, not an instant vector or a scalar.")
            << QString();
        QTest::newRow("result not a list")
            << 200
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":{}}}")
            << QByteArray() << QStringLiteral("The Prometheus vector has no \"result\" list.") << QString();
        QTest::newRow("value a number")
            << 200
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{"
                          "\"metric\":{},\"value\":[1,0.5]}]}}")
            << QByteArray()
            << QStringLiteral("Series 1 of the Prometheus answer has no [time, \"value\"] pair.")
            << QString();
        QTest::newRow("value not a number")
            << 200
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{"
                          "\"metric\":{},\"value\":[1,\"abc\"]}]}}")
            << QByteArray()
            << QStringLiteral("Series 1 of the Prometheus answer has no [time, \"value\"] pair.")
            << QString();
        QTest::newRow("label a number")
            << 200
            << QByteArray(
                   "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{"
                   "\"x\":\"1\"},\"value\":[1,\"1\"]},{\"metric\":{\"a\":1},\"value\":[1,\"1\"]}]}}")
            << QByteArray()
            << QStringLiteral("Series 2 of the Prometheus answer: the label \"a\" is not text.") << QString();
        QTest::newRow("no metric") << 200
                                   << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":"
                                                 "\"vector\",\"result\":[{\"value\":[1,\"1\"]}]}}")
                                   << QByteArray()
                                   << QStringLiteral(
                                          "Series 1 of the Prometheus answer has no \"metric\" labels.")
                                   << QString();
        QTest::newRow("scalar malformed")
            << 200
            << QByteArray(
                   "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[\"1\",\"1\"]}}")
            << QByteArray() << QStringLiteral("The Prometheus scalar is not a [time, \"value\"] pair.")
            << QString();
        QTest::newRow("error on 200")
            << 200 << QByteArray("{\"status\":\"error\",\"errorType\":\"internal\",\"error\":\"boom\"}")
            << QByteArray() << QStringLiteral("Prometheus answered an error (HTTP 200, internal): boom")
            << QStringLiteral("internal");
    }

    void refusesWhatIsNotAnAnswer()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, says);
        QFETCH(QString, errorType);
        const PromReply r = Prometheus::parse(status, body, contentType);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(says), qPrintable(r.error));
        QVERIFY(r.samples.isEmpty()); // never a partial result
        QCOMPARE(r.errorType, errorType);
    }

    void combinesTheTwoAnswers()
    {
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const Result<KpiSnapshot> s = ResourceKpis::combine(
            vector({sample(QStringLiteral("cpu_used"), 1.75), sample(QStringLiteral("cpu_allocatable"), 10),
                    sample(QStringLiteral("memory_used"), 2e9),
                    sample(QStringLiteral("memory_allocatable"), 2e10),
                    sample(QStringLiteral("storage_used"), 3e9),
                    sample(QStringLiteral("storage_capacity"), 3e10),
                    sample(QStringLiteral("nodes_ready"), 2), sample(QStringLiteral("nodes_total"), 3)}),
            vector({sample(QStringLiteral("cpu"), 0.5, QStringLiteral("acme")),
                    sample(QStringLiteral("memory"), 1.5e9, QStringLiteral("acme")),
                    sample(QStringLiteral("storage_used"), 9.5e9, QStringLiteral("acme")),
                    sample(QStringLiteral("storage_capacity"), 1e10, QStringLiteral("acme")),
                    sample(QStringLiteral("pods_running"), 2, QStringLiteral("acme")),
                    sample(QStringLiteral("pods_running"), 0, QStringLiteral("idle")),
                    // a rate of nothing, and a series outside any namespace: no figure, no namespace
                    sample(QStringLiteral("cpu"), std::nan(""), QStringLiteral("idle")),
                    sample(QStringLiteral("memory"), 4e9)}),
            at);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        const KpiSnapshot& k = s.value();
        QCOMPARE(k.sampledAt, at);
        QCOMPARE(k.platform.cpuUsedCores, 1.75);
        QCOMPARE(k.platform.cpuAllocatableCores, 10.0);
        QCOMPARE(k.platform.memoryAllocatableBytes, 2e10);
        QCOMPARE(k.platform.storageCapacityBytes, 3e10);
        QCOMPARE(k.platform.nodesReady, 2);
        QCOMPARE(k.platform.nodesTotal, 3);
        QCOMPARE(k.namespaces.keys(), (QStringList{QStringLiteral("acme"), QStringLiteral("idle")}));
        QCOMPARE(k.namespaces.value(QStringLiteral("acme")).memoryBytes, 1.5e9);
        QCOMPARE(k.namespaces.value(QStringLiteral("acme")).podsRunning, 2);
        QCOMPARE(k.namespaces.value(QStringLiteral("idle")).cpuCores, 0.0);
    }

    void refusesEmptyOrForeignAnswers()
    {
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const Result<KpiSnapshot> empty = ResourceKpis::combine(vector({}), vector({}), at);
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().message,
                 QStringLiteral("Prometheus has no current series of the cluster: are its exporters up?"));
        // Rates outlive their series by the rate window: alone they are no sign of life.
        const Result<KpiSnapshot> ratesOnly =
            ResourceKpis::combine(vector({sample(QStringLiteral("cpu_used"), 1)}),
                                  vector({sample(QStringLiteral("cpu"), 1, QStringLiteral("acme"))}), at);
        QVERIFY(!ratesOnly.ok());
        const Result<KpiSnapshot> foreign =
            ResourceKpis::combine(vector({sample(QStringLiteral("nodes_total"), 1)}),
                                  vector({sample(QStringLiteral("gpu"), 1, QStringLiteral("acme"))}), at);
        QVERIFY(!foreign.ok());
        QCOMPARE(
            foreign.error().message,
            QStringLiteral("Prometheus answered the namespace query with a series not asked for (gpu)."));
        PromReply scalar = vector({});
        scalar.resultType = QStringLiteral("scalar");
        QVERIFY(!ResourceKpis::combine(scalar, vector({}), at).ok());
    }

    void queriesAreAggregatedAndWindowsChecked()
    {
        const QString ns = ResourceKpis::namespaceQuery(QStringLiteral("2m"));
        QCOMPARE(ns.count(QStringLiteral("sum by (namespace)")), 5);
        QVERIFY(ns.contains(QStringLiteral("[2m]")));
        QVERIFY(ResourceKpis::platformQuery(QStringLiteral("30s")).contains(QStringLiteral("[30s]")));
        QVERIFY(ResourceKpis::isDuration(QStringLiteral("5s")));
        QVERIFY(ResourceKpis::isDuration(QStringLiteral("500ms")));
        for (const char* bad : {"", "0s", "5", "5m]) or vector(1", "1h30m", "-5s", "5 s"})
            QVERIFY2(!ResourceKpis::isDuration(QString::fromLatin1(bad)), bad);
    }

    void noDataSaysSince()
    {
        QCOMPARE(ResourceKpis::noDataText(QDateTime()), QStringLiteral("No data yet"));
        const QDateTime at = QDateTime::fromString(QStringLiteral("2026-12-06T20:00:05Z"), Qt::ISODate);
        QCOMPARE(ResourceKpis::noDataText(at),
                 QStringLiteral("No data since %1")
                     .arg(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    }

    void tenantHealthFollowsTheThresholds()
    {
        KpiSnapshot s = threeNamespaces();
        s.namespaces.insert(QStringLiteral("full90"), {0.1, 1e9, 9e9, 1e10, 1}); // exactly 90 %: not over
        const QMap<QString, QString> namespaceOf{{QStringLiteral("acme-co"), QStringLiteral("acme")},
                                                 {QStringLiteral("beta-co"), QStringLiteral("beta")},
                                                 {QStringLiteral("full-co"), QStringLiteral("full90")},
                                                 {QStringLiteral("ghost-co"), QStringLiteral("ghost")},
                                                 {QStringLiteral("idle-co"), QStringLiteral("idle")}};
        const QList<TenantKpiHealth> h = ResourceKpis::tenantHealth(s, namespaceOf, true);
        QCOMPARE(h.size(), 5);
        QCOMPARE(h.at(0).slug, QStringLiteral("acme-co"));
        QCOMPARE(h.at(0).state, TenantKpiHealth::Degraded);
        QCOMPARE(h.at(0).reason, QStringLiteral("Storage is 95 % full (warning above 90 %)."));
        QCOMPARE(h.at(1).state, TenantKpiHealth::Healthy);
        QVERIFY(h.at(1).reason.isEmpty());
        QCOMPARE(h.at(1).kpis.cpuCores, 1.25);
        QCOMPARE(h.at(2).state, TenantKpiHealth::Healthy);
        QCOMPARE(h.at(3).state, TenantKpiHealth::Unknown);
        QCOMPARE(h.at(3).reason, QStringLiteral("Prometheus has no series of the namespace ghost."));
        QCOMPARE(h.at(4).state, TenantKpiHealth::Degraded);
        QCOMPARE(h.at(4).reason, QStringLiteral("No pod is running in the namespace idle."));
        // Old figures say nothing about now.
        for (const TenantKpiHealth& t : ResourceKpis::tenantHealth(s, namespaceOf, false)) {
            QCOMPARE(t.state, TenantKpiHealth::Unknown);
            QCOMPARE(t.reason, ResourceKpis::noDataText(s.sampledAt));
        }
    }

    void cacheRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kpis.json"));
        QCOMPARE(ResourceKpis::loadCache(path).snapshot.has_value(), false); // none yet: no note either
        QVERIFY(ResourceKpis::loadCache(path).note.isEmpty());
        const KpiSnapshot s = threeNamespaces();
        QVERIFY(ResourceKpis::saveCache(path, s).ok());
        const ResourceKpis::CacheLoad load = ResourceKpis::loadCache(path);
        QVERIFY2(load.snapshot.has_value(), qPrintable(load.note));
        QCOMPARE(load.snapshot->sampledAt, s.sampledAt);
        QCOMPARE(load.snapshot->platform.nodesTotal, 3);
        QCOMPARE(load.snapshot->platform.memoryAllocatableBytes, 2.0e10);
        QCOMPARE(load.snapshot->namespaces.keys(), s.namespaces.keys());
        QCOMPARE(load.snapshot->namespaces.value(QStringLiteral("acme")).storageUsedBytes, 9.5e9);
        QCOMPARE(load.snapshot->namespaces.value(QStringLiteral("beta")).podsRunning, 1);

        // The dashboard paints it at once: a fetcher given the cache holds it before any refresh, as old.
        ResourceKpis kpis(QUrl(QStringLiteral("http://127.0.0.1:1")));
        QVERIFY(kpis.setCachePath(path).isEmpty());
        QCOMPARE(kpis.snapshot().namespaces.size(), 3);
        QVERIFY(!kpis.isFresh());
        QCOMPARE(kpis.statusText(), ResourceKpis::noDataText(s.sampledAt));
    }

    void malformedCacheIsIgnored_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why");
        const QByteArray good = QJsonDocument(ResourceKpis::toJson(threeNamespaces())).toJson();
        const auto with = [&good](const char* from, const char* to) {
            QByteArray b = good;
            Q_ASSERT(b.contains(from));
            return b.replace(from, to);
        };
        QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("it is not valid JSON");
        QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("it is not valid JSON");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12)
                                << QStringLiteral("it is not valid JSON");
        QTest::newRow("a list") << QByteArray("[]") << QStringLiteral("it is not a cache of this version");
        QTest::newRow("other version") << with("\"version\": 1", "\"version\": 2")
                                       << QStringLiteral("it is not a cache of this version");
        QTest::newRow("future") << with("2026-12-06T20:00:00.250Z", "2999-01-01T00:00:00.000Z")
                                << QStringLiteral("its time is missing, malformed or in the future.");
        QTest::newRow("no time") << with("2026-12-06T20:00:00.250Z", "yesterday")
                                 << QStringLiteral("its time is missing, malformed or in the future.");
        QTest::newRow("negative") << with("\"nodes_total\": 3", "\"nodes_total\": -3")
                                  << QStringLiteral("its platform figures are missing or not numbers >= 0.");
        QTest::newRow("text figure") << with("\"cpu_used\": 1.75", "\"cpu_used\": \"NaN\"")
                                     << QStringLiteral(
                                            "its platform figures are missing or not numbers >= 0.");
        QTest::newRow("fractional pods") << with("\"pods_running\": 2", "\"pods_running\": 2.5")
                                         << QStringLiteral("the figures of a namespace are missing");
        QTest::newRow("huge") << with("\"memory\": 1500000000", "\"memory\": 1e300")
                              << QStringLiteral("the figures of a namespace are missing");
        QTest::newRow("control name") << with("\"acme\"", "\"ac\\u0007me\"")
                                      << QStringLiteral("the figures of a namespace are missing");
        QTest::newRow("namespaces list") << [] {
            QJsonObject o = ResourceKpis::toJson(threeNamespaces());
            o.insert(QStringLiteral("namespaces"), QJsonArray{1, 2});
            return QJsonDocument(o).toJson();
        }() << QStringLiteral("its namespaces are not an object");
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << QStringLiteral("it is not valid JSON");
        QTest::newRow("too large") << QByteArray(ResourceKpis::kMaxCacheBytes + 1, ' ')
                                   << QStringLiteral("it is larger than 16 MB.");
    }

    void malformedCacheIsIgnored()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, why);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kpis.json"));
        writeFile(path, bytes);
        const ResourceKpis::CacheLoad load = ResourceKpis::loadCache(path);
        QVERIFY(!load.snapshot.has_value());
        QVERIFY2(load.note.startsWith(
                     QStringLiteral("The resource figures cache %1 was ignored: %2").arg(path, why)),
                 qPrintable(load.note));
        ResourceKpis kpis(QUrl(QStringLiteral("http://127.0.0.1:1")));
        QCOMPARE(kpis.setCachePath(path), load.note);
        QVERIFY(kpis.snapshot().isNull());
        QCOMPARE(kpis.statusText(), QStringLiteral("No data yet"));
    }

    void aCacheThatIsAFolderIsIgnored()
    {
        QTemporaryDir dir;
        const ResourceKpis::CacheLoad load = ResourceKpis::loadCache(dir.path());
        QVERIFY(!load.snapshot.has_value());
        QVERIFY2(
            load.note.startsWith(QStringLiteral("The resource figures cache %1 was ignored").arg(dir.path())),
            qPrintable(load.note));
        QVERIFY(!ResourceKpis::saveCache(dir.path(), threeNamespaces()).ok());
    }

    void unreachableIsOneClearErrorAndKeepsTheLastGood()
    {
        QTcpServer probe; // a port nobody listens on any more
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kpis.json"));
        QVERIFY(ResourceKpis::saveCache(path, threeNamespaces()).ok());
        ResourceKpis kpis(url);
        kpis.setCachePath(path);
        QSignalSpy refreshed(&kpis, &ResourceKpis::refreshed);
        kpis.refresh();
        kpis.refresh(); // ignored while one runs
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 5000);
        QTest::qWait(50);
        QCOMPARE(refreshed.size(), 1);
        QVERIFY2(kpis.lastError().startsWith(
                     QStringLiteral("Prometheus at %1 cannot be reached: ").arg(url.toString())),
                 qPrintable(kpis.lastError()));
        QVERIFY(!kpis.isFresh());
        QCOMPARE(kpis.snapshot().namespaces.size(), 3);
        QCOMPARE(kpis.statusText(), ResourceKpis::noDataText(threeNamespaces().sampledAt));
    }

    void theTokenIsSentButNeverShown()
    {
        EchoServer proxy;
        QVERIFY(proxy.server.isListening());
        Prometheus prom(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.server.serverPort())));
        prom.setToken(SecretBytes(QByteArray(kToken)));
        std::optional<Result<PromReply>> got;
        prom.query(QStringLiteral("up"), QDateTime::currentDateTimeUtc(),
                   [&got](const Result<PromReply>& r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
        QVERIFY(proxy.head.contains(QByteArray("Authorization: Bearer ").append(kToken)));
        QVERIFY(proxy.head.startsWith("GET /api/v1/query?query=up&time="));
        QVERIFY(!got->ok());
        QVERIFY2(got->error().message.contains(QStringLiteral("[token]")), qPrintable(got->error().message));
        QVERIFY(!got->error().message.contains(QLatin1String(kToken)));
    }

    void silentDroppedOrCutAnswersAreOneClearError_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("says");
        QTest::newRow("silent") << int(EchoServer::Silent)
                                << QStringLiteral("Prometheus at %1 did not answer within 1 s.");
        QTest::newRow("dropped") << int(EchoServer::Drop)
                                 << QStringLiteral(
                                        "The connection to Prometheus at %1 was closed before the whole "
                                        "answer arrived.");
        QTest::newRow("cut") << int(EchoServer::Cut)
                             << QStringLiteral(
                                    "The connection to Prometheus at %1 was closed before the whole "
                                    "answer arrived.");
    }

    void silentDroppedOrCutAnswersAreOneClearError()
    {
        QFETCH(int, mode);
        QFETCH(QString, says);
        EchoServer server{EchoServer::Mode(mode)};
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(server.server.serverPort()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kpis.json"));
        QVERIFY(ResourceKpis::saveCache(path, threeNamespaces()).ok());
        ResourceKpis kpis(url);
        kpis.setTimeoutMs(1000);
        kpis.setCachePath(path);
        QSignalSpy refreshed(&kpis, &ResourceKpis::refreshed);
        kpis.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 5000);
        QCOMPARE(kpis.lastError(), says.arg(url.toString()));
        QVERIFY(!kpis.isFresh());
        QCOMPARE(kpis.snapshot().namespaces.size(), 3); // the last good figures stay
    }
};

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
