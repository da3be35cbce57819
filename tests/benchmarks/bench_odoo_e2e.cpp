// End to end: search_read of 2,000 partners from the Python Odoo test server, through OdooClient (HTTP,
// decode, records) against Python's xmlrpc.client.ServerProxy doing the same call in the same run.
// Prints figures; never fails on timing.
//
//   bench_odoo_e2e [--reps N]
#include "models/odoo/OdooClient.h"
#include "tests/common/FakeOdoo.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fusion;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int reps = 15;
    if (const qsizetype i = args.indexOf(QStringLiteral("--reps")); i > 0 && i + 1 < args.size())
        reps = std::max(1, args.at(i + 1).toInt());

    test::FakeOdoo::Options options;
    options.partners = 2000;
    test::FakeOdoo server(options);
    if (!server.ok()) {
        std::fprintf(stderr, "the test server did not start: %s\n", qPrintable(server.error()));
        return 1;
    }
    const QStringList fields{QStringLiteral("name"),       QStringLiteral("email"),
                             QStringLiteral("phone"),      QStringLiteral("city"),
                             QStringLiteral("is_company"), QStringLiteral("parent_id")};

    OdooClient client;
    OdooEndpoint endpoint;
    endpoint.url = server.url();
    endpoint.database = QStringLiteral("odoopeer");
    endpoint.login = QStringLiteral("admin");
    client.setCredentials(endpoint, SecretBytes(QByteArray("admin")));
    OdooLimits limits;
    limits.readsPerMinute = 600; // the benchmark measures the wire, not the governor
    client.setLimits(limits);

    std::vector<double> ours;
    qsizetype records = 0;
    for (int i = 0; i <= reps; ++i) { // the first call also logs in: not counted
        // A local event loop, not QTest::qWaitFor: that one sleeps 10 ms between rounds of events, which
        // would be measured as network time.
        QEventLoop loop;
        QElapsedTimer t;
        t.start();
        OdooClient::SearchOptions o;
        o.fields = fields;
        o.limit = 2000;
        o.order = QStringLiteral("id");
        client.searchRead(QStringLiteral("res.partner"), {}, o, &app, [&](Result<QVariantList> r) {
            if (!r) {
                std::fprintf(stderr, "search_read failed: %s\n", qPrintable(r.error().message));
                std::exit(1);
            }
            records = r.value().size();
            loop.quit();
        });
        loop.exec();
        if (i > 0)
            ours.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    const QString script = QStringLiteral(
        "import sys, time, xmlrpc.client\n"
        "url = sys.argv[1]; reps = int(sys.argv[2])\n"
        "common = xmlrpc.client.ServerProxy(url + '/xmlrpc/2/common')\n"
        "uid = common.authenticate('odoopeer', 'admin', 'admin', {})\n"
        "models = xmlrpc.client.ServerProxy(url + '/xmlrpc/2/object')\n"
        "fields = ['name', 'email', 'phone', 'city', 'is_company', 'parent_id']\n"
        "ts = []\n"
        "for _ in range(reps):\n"
        "    t = time.perf_counter()\n"
        "    rows = models.execute_kw('odoopeer', uid, 'admin', 'res.partner', 'search_read', [[]],\n"
        "                             {'fields': fields, 'limit': 2000, 'order': 'id'})\n"
        "    ts.append(time.perf_counter() - t)\n"
        "ts.sort(); print(ts[len(ts) // 2] * 1000, len(rows))\n");
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"), script, server.url().toString(), QString::number(reps)});
    python.waitForFinished(600000);
    const QList<QByteArray> out = python.readAllStandardOutput().trimmed().split(' ');
    const double theirs = out.value(0).toDouble();

    std::printf("search_read of %lld partners (6 fields) from the Python Odoo test server, median of %d\n",
                static_cast<long long>(records), reps);
    std::printf("%-40s %9.2f ms\n", "fusion OdooClient (HTTP + decode)", median(ours));
    std::printf("%-40s %9.2f ms (%s records)\n", "python3 xmlrpc.client.ServerProxy", theirs,
                out.value(1).constData());
    if (theirs > 0)
        std::printf("ours vs Python: %.2fx (both include the same server's time to build the answer)\n",
                    theirs / median(ours));
    return 0;
}
