// Decoding a large Odoo response: our XML-RPC reader against Python's xmlrpc.client.loads on the same
// bytes in the same run, and against the general XML parsers we could have built on (tokenizing only, no
// values built). Prints figures; never fails on timing.
//
//   bench_xmlrpc RESPONSE.xml [--reps N]
#include "models/odoo/XmlRpc.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>
#include <vector>

#ifdef FUSION_BENCH_EXPAT
#include <expat.h>
#endif
#ifdef FUSION_BENCH_PUGIXML
#include <pugixml.hpp>
#endif

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Resident set size and its high-water mark, in bytes (Linux).
qint64 statusField(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

template <typename F>
double timeMs(int reps, F&& work)
{
    std::vector<double> ms;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(ms);
}

double pythonLoadsMs(const QString& path, int reps)
{
    const QString script =
        QStringLiteral("import sys, time, xmlrpc.client\n"
                       "data = open(sys.argv[1], 'rb').read()\n"
                       "xmlrpc.client.loads(data, use_builtin_types=True)\n"
                       "ts = []\n"
                       "for _ in range(int(sys.argv[2])):\n"
                       "    t = time.perf_counter(); xmlrpc.client.loads(data, use_builtin_types=True); "
                       "ts.append(time.perf_counter() - t)\n"
                       "ts.sort(); print(ts[len(ts) // 2] * 1000)\n");
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, path, QString::number(reps)});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return -1;
    return p.readAllStandardOutput().trimmed().toDouble();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_xmlrpc RESPONSE.xml [--reps N]\n");
        return 2;
    }
    const QString path = args.at(1);
    int reps = 30;
    if (const qsizetype i = args.indexOf(QStringLiteral("--reps")); i > 0 && i + 1 < args.size())
        reps = std::max(1, args.at(i + 1).toInt());
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    const QByteArray body = f.readAll();
    const double mb = double(body.size()) / 1e6;

    // Memory first, in a process that has decoded nothing yet: how far one decode (and the records it
    // returns, still held) lifts the peak above what the process used with the body already loaded.
    const qint64 rssBefore = statusField("VmRSS:");
    qsizetype records = 0;
    {
        const fusion::xmlrpc::Response r = fusion::xmlrpc::decodeResponse(body);
        if (!r.ok()) {
            std::fprintf(stderr, "decode failed: %s\n", qPrintable(r.errorMessage));
            return 1;
        }
        records = r.value.toList().size();
        const qint64 peak = statusField("VmHWM:");
        std::printf("input: %s, %.2f MB, %lld records\n", qPrintable(path), mb,
                    static_cast<long long>(records));
        std::printf("peak memory of one decode (records held): %.1f MB = %.2fx the response\n",
                    double(peak - rssBefore) / 1e6, double(peak - rssBefore) / double(body.size()));
    }

    const double ours = timeMs(reps, [&] {
        const fusion::xmlrpc::Response r = fusion::xmlrpc::decodeResponse(body);
        if (r.value.toList().size() != records)
            std::abort();
    });
    const double python = pythonLoadsMs(path, std::min(reps, 15));
    std::printf("\n%-46s %9s %9s %12s\n", "decoder (median of runs)", "ms", "MB/s", "records/s");
    std::printf("%-46s %9.2f %9.0f %12.0f\n", "fusion xmlrpc::decodeResponse (values built)", ours,
                mb / ours * 1e3, double(records) / ours * 1e3);
    if (python > 0)
        std::printf("%-46s %9.2f %9.0f %12.0f\n", "python3 xmlrpc.client.loads (values built)", python,
                    mb / python * 1e3, double(records) / python * 1e3);

    const double qt = timeMs(std::min(reps, 10), [&] {
        QXmlStreamReader xml(body);
        qsizetype tokens = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            ++tokens;
        }
        if (xml.hasError() || tokens == 0)
            std::abort();
    });
    std::printf("%-46s %9.2f %9.0f %12s\n", "QXmlStreamReader (tokenize only)", qt, mb / qt * 1e3, "-");
#ifdef FUSION_BENCH_EXPAT
    const double expat = timeMs(std::min(reps, 10), [&] {
        XML_Parser parser = XML_ParserCreate("UTF-8");
        if (XML_Parse(parser, body.constData(), int(body.size()), XML_TRUE) != XML_STATUS_OK)
            std::abort();
        XML_ParserFree(parser);
    });
    std::printf("%-46s %9.2f %9.0f %12s\n", "expat (tokenize only)", expat, mb / expat * 1e3, "-");
#endif
#ifdef FUSION_BENCH_PUGIXML
    const double pugi = timeMs(std::min(reps, 10), [&] {
        pugi::xml_document doc;
        if (!doc.load_buffer(body.constData(), size_t(body.size())))
            std::abort();
    });
    std::printf("%-46s %9.2f %9.0f %12s\n", "pugixml (DOM built, no values)", pugi, mb / pugi * 1e3, "-");
#endif
    if (python > 0)
        std::printf("\nours vs Python: %.1fx faster (target: at least 10x)\n", python / ours);
    return 0;
}
