// fusionctl support links and support status as a user runs them, on a demo file: the demo's links listed
// (also as JSON); an owner's add, edit, move and remove asked first (no terminal, no --yes: exit 3, nothing
// written), then written and audited; a bad address exits 1 and an unknown id 5. `support status` checks
// every link at once against real servers: exit 0 when all are up; exit 1 when any is down, each down link
// said exactly (HTTP 503, DNS, refused) in the table and the JSON.
#include "tests/common/FixtureServer.h"
#include "tests/integrations/IntegrationCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

using namespace fusion;

class TestCliStatusLinks : public QObject {
    Q_OBJECT

    test::IntegrationCli m_cli;

    QStringList a(const QString& args) const { return args.split(QLatin1Char(' '), Qt::SkipEmptyParts); }
    test::CliResult run(const QStringList& args) { return m_cli.run(args); }
    QJsonArray links()
    {
        const test::CliResult r = run(a(QStringLiteral("--json support links list")));
        return r.json().array();
    }
    int audits(const QString& action)
    {
        const test::CliResult r =
            run(QStringList{QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                            QStringLiteral("--action"), action});
        return int(r.json().array().size());
    }
    // Every link but the ones a test adds is removed, so that `support status` checks only those.
    void keepOnly(const QStringList& names)
    {
        for (const QJsonValue& v : links()) {
            const QJsonObject o = v.toObject();
            if (!names.contains(o.value(QStringLiteral("name")).toString()))
                QCOMPARE(run(QStringList{QStringLiteral("support"), QStringLiteral("links"),
                                         QStringLiteral("remove"),
                                         QString::number(o.value(QStringLiteral("id")).toInteger()),
                                         QStringLiteral("--yes")})
                             .code,
                         0);
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_cli.setUp()); }

    void theDemosLinksAreListed()
    {
        const test::CliResult r = run(a(QStringLiteral("support links list")));
        QVERIFY2(r.code == 0, qPrintable(m_cli.describe(r)));
        for (const char* name : {"Platform status page", "Grafana", "Keycloak admin"})
            QVERIFY(r.out.contains(QLatin1String(name)));
        QVERIFY(r.out.contains(QStringLiteral("(platform)")));
        const QJsonArray all = links();
        QCOMPARE(all.size(), 4);
        QVERIFY(all.at(0).toObject().value(QStringLiteral("tenant")).isNull());
        QVERIFY(!all.at(3).toObject().value(QStringLiteral("tenant")).toString().isEmpty());
    }

    void writesAreAskedAndAudited()
    {
        const QStringList add{QStringLiteral("support"),
                              QStringLiteral("links"),
                              QStringLiteral("add"),
                              QStringLiteral("--name"),
                              QStringLiteral("Prometheus"),
                              QStringLiteral("--url"),
                              QStringLiteral("http://prometheus.example.com:9090/"),
                              QStringLiteral("--description"),
                              QStringLiteral("Metrics")};
        QCOMPARE(run(add).code, 3); // no terminal, no --yes
        QCOMPARE(links().size(), 4);
        const test::CliResult added = run(add + QStringList{QStringLiteral("--yes")});
        QVERIFY2(added.code == 0, qPrintable(m_cli.describe(added)));
        QCOMPARE(links().size(), 5);
        const qint64 id = links().last().toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(audits(QStringLiteral("status_link.add")), 1);

        const QString sid = QString::number(id);
        QCOMPARE(run({QStringLiteral("support"), QStringLiteral("links"), QStringLiteral("edit"), sid,
                      QStringLiteral("--name"), QStringLiteral("Prometheus EU"), QStringLiteral("--yes")})
                     .code,
                 0);
        QCOMPARE(links().last().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Prometheus EU"));
        QCOMPARE(links().last().toObject().value(QStringLiteral("description")).toString(),
                 QStringLiteral("Metrics"));
        QCOMPARE(run({QStringLiteral("support"), QStringLiteral("links"), QStringLiteral("move"), sid,
                      QStringLiteral("--to"), QStringLiteral("1"), QStringLiteral("--yes")})
                     .code,
                 0);
        QCOMPARE(links().first().toObject().value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(audits(QStringLiteral("status_link.move")), 1);

        // A bad address is said, nothing written; an unknown id is not found.
        const test::CliResult bad = run(
            {QStringLiteral("support"), QStringLiteral("links"), QStringLiteral("edit"), sid,
             QStringLiteral("--url"), QStringLiteral("ftp://files.example.com/"), QStringLiteral("--yes")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("http://")), qPrintable(m_cli.describe(bad)));
        QCOMPARE(run(a(QStringLiteral("support links remove 9999 --yes"))).code, 5);

        QCOMPARE(
            run({QStringLiteral("support"), QStringLiteral("links"), QStringLiteral("remove"), sid}).code, 3);
        QCOMPARE(links().size(), 5);
        QCOMPARE(run({QStringLiteral("support"), QStringLiteral("links"), QStringLiteral("remove"), sid,
                      QStringLiteral("--yes")})
                     .code,
                 0);
        QCOMPARE(links().size(), 4);
        QCOMPARE(audits(QStringLiteral("status_link.remove")), 1);
    }

    void statusExitsOneWhenAnyIsDown()
    {
        test::FixtureServer pages(QStringLiteral("fake_status.py"), {});
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        const QString base = pages.url().toString();
        const auto addLink = [&](const QString& name, const QString& url) {
            const test::CliResult r =
                run({QStringLiteral("support"), QStringLiteral("links"), QStringLiteral("add"),
                     QStringLiteral("--name"), name, QStringLiteral("--url"), url, QStringLiteral("--yes")});
            QVERIFY2(r.code == 0, qPrintable(m_cli.describe(r)));
        };
        keepOnly({});
        addLink(QStringLiteral("Status page"), base + QStringLiteral("/up"));
        addLink(QStringLiteral("Login"), base + QStringLiteral("/status/302"));

        const test::CliResult up = run(a(QStringLiteral("support status")));
        QVERIFY2(up.code == 0, qPrintable(m_cli.describe(up)));
        QVERIFY(up.out.contains(QStringLiteral("Status page")) && up.out.contains(QStringLiteral("200")));
        QVERIFY(up.err.contains(QStringLiteral("All up: 2 of 2.")));

        int closedPort = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost, 0));
            closedPort = s.serverPort();
        }
        addLink(QStringLiteral("Grafana"), base + QStringLiteral("/status/503"));
        addLink(QStringLiteral("Keycloak"), QStringLiteral("https://nohost.invalid/"));
        addLink(QStringLiteral("Prometheus"), QStringLiteral("http://127.0.0.1:%1/").arg(closedPort));
        const test::CliResult down = run(a(QStringLiteral("support status --timeout 3")));
        QVERIFY2(down.code == 1, qPrintable(m_cli.describe(down)));
        QVERIFY(down.out.contains(QStringLiteral("503")));
        QVERIFY(down.out.contains(QStringLiteral("nohost.invalid does not resolve (DNS)")));
        QVERIFY(down.err.contains(QStringLiteral("Down: 3 of 5.")));

        const test::CliResult json = run(a(QStringLiteral("--json support status --timeout 3")));
        QCOMPARE(json.code, 1);
        const QJsonArray results = json.json().array();
        QCOMPARE(results.size(), 5);
        QStringList outcomes;
        for (const QJsonValue& v : results)
            outcomes << v.toObject().value(QStringLiteral("outcome")).toString();
        QCOMPARE(outcomes, QStringList({QStringLiteral("up"), QStringLiteral("up"), QStringLiteral("http"),
                                        QStringLiteral("dns"), QStringLiteral("refused")}));
        QCOMPARE(results.at(2).toObject().value(QStringLiteral("http_status")).toInt(), 503);
        QCOMPARE(results.at(2).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("down"));
        QVERIFY(results.at(0).toObject().value(QStringLiteral("latency_ms")).isDouble());

        keepOnly({});
        const test::CliResult none = run(a(QStringLiteral("support status")));
        QCOMPARE(none.code, 0);
        QVERIFY(none.out.contains(QStringLiteral("support links add")));
    }
};

QTEST_GUILESS_MAIN(TestCliStatusLinks)
#include "tst_cli_status_links.moc"
