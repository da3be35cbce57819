// fusionctl analytics dashboards and health show, as a user runs them, against the Superset stand-in and
// Debian's real Prometheus (scraping the kube-style exporter), with a private keychain. analytics: the
// superset vault key's client id is the username and its secret the password (missing key or username:
// the exact "fusionctl keys add" to run); every dashboard, or a tenant's by its tag; wrong credentials
// (exit 4) or a broken answer (exit 1) are one line naming Superset and never a partial list. health: no key
// means no auth; the platform's nodes, memory and storage and a tenant namespace's figures as Prometheus has
// them (text and --json), a tenant without a namespace said; with Prometheus gone the last figures are shown
// with "No data since …" and exit 1, and with none known it is one clear error. No secret in any output or
// the database.
#include "tests/common/BoundedOutput.h"
#include "tests/common/FakeExporter.h"
#include "tests/common/RealPrometheus.h"
#include "tests/integrations/FakeSuperset.h"
#include "tests/integrations/IntegrationCli.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

using namespace fusion;

namespace {
const QString kSlug = QStringLiteral("acme-finance-ph");
const QString kPassword = QStringLiteral("ss-Password-CliInsights00000000000D4\"\\");
const QString kToken = QStringLiteral("prom-token-CliInsights0000000000000E5");
constexpr qint64 kGiB = 1024LL * 1024 * 1024;
} // namespace

class TestCliInsights : public QObject {
    Q_OBJECT

    test::IntegrationCli m_cli;
    std::unique_ptr<test::FakeSuperset> m_superset;
    std::unique_ptr<test::RealPrometheus> m_prom;
    QString m_bare; // a tenant without a namespace

    QStringList a(const QString& args) const { return args.split(QLatin1Char(' '), Qt::SkipEmptyParts); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.setUp());
        m_superset = std::make_unique<test::FakeSuperset>();
        QVERIFY2(m_superset->ok(), qPrintable(m_superset->error()));
        m_superset->setUser(QStringLiteral("fusion"), kPassword);
        QJsonArray ds;
        for (int i = 1; i <= 5; ++i)
            ds << QJsonObject{
                {QStringLiteral("dashboard_title"), QStringLiteral("Dashboard %1").arg(i)},
                {QStringLiteral("slug"), QStringLiteral("d-%1").arg(i)},
                {QStringLiteral("published"), i != 3},
                {QStringLiteral("tags"), i % 2 ? QJsonArray{QString(QStringLiteral("tenant:") + kSlug)}
                                               : QJsonArray{QStringLiteral("ops")}}};
        // Linked by its title alone, as the Analytics pane links it: no tag.
        ds << QJsonObject{{QStringLiteral("dashboard_title"), QString(QStringLiteral("Margins of ") + kSlug)},
                          {QStringLiteral("slug"), QStringLiteral("margins")},
                          {QStringLiteral("published"), true},
                          {QStringLiteral("tags"), QJsonArray{QStringLiteral("finance")}}};
        m_superset->seedDashboards(ds);
        QVERIFY(m_cli.pointAt(QStringLiteral("superset"), m_superset->url()));

        m_prom = std::make_unique<test::RealPrometheus>();
        QVERIFY2(m_prom->ok(), qPrintable(m_prom->error()));
        test::FakeExporter::Node down;
        down.ready = false;
        QVERIFY(m_prom->exporter().setNodes(
            {{QStringLiteral("node-a"), {true, 4, 8 * kGiB}}, {QStringLiteral("node-b"), down}}));
        test::FakeExporter::Namespace acme;
        acme.cpuCores = 0.5;
        acme.memoryBytes = 3 * kGiB / 2;
        acme.storageUsedBytes = 2 * kGiB;
        acme.storageCapacityBytes = 10 * kGiB;
        acme.podsRunning = 2;
        QVERIFY(m_prom->exporter().setNamespaces({{QStringLiteral("acme-ns"), acme}}, true));
        QVERIFY(m_cli.pointAt(QStringLiteral("prometheus"), m_prom->url()));
        test::guarded([&] {
            m_cli.store.exec(QStringLiteral("UPDATE tenants SET k8s_namespace = 'acme-ns' WHERE slug = ?"),
                             {kSlug});
            m_bare =
                m_cli.store
                    .scalar(QStringLiteral("SELECT slug FROM tenants WHERE slug <> ? ORDER BY slug LIMIT 1"),
                            {kSlug})
                    .toString();
            m_cli.store.exec(QStringLiteral("UPDATE tenants SET k8s_namespace = '' WHERE slug = ?"),
                             {m_bare});
        });
        QVERIFY(m_prom->waitForScrapes(3));
    }

    void dashboardsNeedTheLogin()
    {
        const test::CliResult none = m_cli.run(a(QStringLiteral("analytics dashboards")));
        QCOMPARE(none.code, 1);
        QVERIFY2(
            none.err.contains(QStringLiteral("fusionctl keys add superset --label default --secret-stdin")),
            qPrintable(m_cli.describe(none)));
        QVERIFY(m_cli.addKey(QStringLiteral("superset"), QStringLiteral("nouser"),
                             QStringLiteral("ss-nouser-00000001")));
        const test::CliResult noUser = m_cli.run(a(QStringLiteral("analytics dashboards")));
        QCOMPARE(noUser.code, 1);
        QVERIFY2(noUser.err.contains(QStringLiteral("--client-id")), qPrintable(m_cli.describe(noUser)));
        QVERIFY(m_superset->calls().isEmpty());
    }

    void dashboardsListedAndByTenant()
    {
        QVERIFY(m_cli.addKey(QStringLiteral("superset"), QStringLiteral("login"), kPassword,
                             QStringLiteral("fusion")));
        QCOMPARE(m_cli.run(a(QStringLiteral("keys set-default superset --key login --yes"))).code, 0);
        const test::CliResult all = m_cli.run(a(QStringLiteral("--json analytics dashboards")));
        QVERIFY2(all.code == 0, qPrintable(m_cli.describe(all)));
        QCOMPARE(all.json().array().size(), 6);
        const QJsonObject first = all.json().array().first().toObject();
        QVERIFY(first.value(QStringLiteral("url")).toString().startsWith(m_superset->url().toString()));

        const test::CliResult mine =
            m_cli.run(a(QStringLiteral("--json analytics dashboards --tenant ")) << kSlug);
        QCOMPARE(mine.code, 0);
        QCOMPARE(mine.json().array().size(), 4); // three tagged, one by its title
        for (const QJsonValue& v : mine.json().array())
            QCOMPARE(v.toObject().value(QStringLiteral("tenants")).toArray(), QJsonArray{kSlug});
        const test::CliResult text = m_cli.run(a(QStringLiteral("analytics dashboards --tenant ")) << kSlug);
        QVERIFY2(text.out.contains(QStringLiteral("Dashboard 5")) &&
                     text.out.contains(QStringLiteral("Margins of ")) &&
                     !text.out.contains(QStringLiteral("Dashboard 2")),
                 qPrintable(m_cli.describe(text)));
        const test::CliResult nobody =
            m_cli.run(a(QStringLiteral("analytics dashboards --tenant ")) << m_bare);
        QVERIFY2(nobody.code == 0 && nobody.err.contains(QStringLiteral("no dashboard linked to")),
                 qPrintable(m_cli.describe(nobody)));
        QCOMPARE(m_cli.run(a(QStringLiteral("analytics dashboards --tenant no-such-tenant"))).code, 5);
        QVERIFY(!m_superset->callsJson().contains(kPassword.toUtf8()));
    }

    void dashboardFailuresAreOneLine()
    {
        m_superset->misbehave(QStringLiteral("500"), 1, 30, 1); // the login answers, the list does not
        const test::CliResult broken = m_cli.run(a(QStringLiteral("analytics dashboards")));
        QCOMPARE(broken.code, 1);
        QVERIFY(broken.out.isEmpty()); // never a partial list
        QVERIFY2(broken.err.contains(QStringLiteral("Superset")), qPrintable(m_cli.describe(broken)));

        m_superset->setUser(QStringLiteral("fusion"), QStringLiteral("changed-elsewhere"));
        const test::CliResult wrong = m_cli.run(a(QStringLiteral("--json analytics dashboards")));
        m_superset->setUser(QStringLiteral("fusion"), kPassword);
        QCOMPARE(wrong.code, 4); // Superset refused the login: permission denied
        QVERIFY2(wrong.json()
                     .object()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("Superset")),
                 qPrintable(m_cli.describe(wrong)));
    }

    void healthShowsThePlatformAndTheTenant()
    {
        const test::CliResult r = m_cli.run(a(QStringLiteral("--json health show --tenant ")) << kSlug);
        QVERIFY2(r.code == 0, qPrintable(m_cli.describe(r)));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("fresh")).toBool(), true);
        const QJsonObject p = o.value(QStringLiteral("platform")).toObject();
        QCOMPARE(p.value(QStringLiteral("nodes_total")).toInt(), 2);
        QCOMPARE(p.value(QStringLiteral("nodes_ready")).toInt(), 1);
        // The node that is not ready still counts its allocatable memory (8 + 16 GiB).
        QCOMPARE(p.value(QStringLiteral("memory_allocatable_bytes")).toDouble(), double(24 * kGiB));
        const QJsonArray tenants = o.value(QStringLiteral("tenants")).toArray();
        QCOMPARE(tenants.size(), 1);
        const QJsonObject t = tenants.first().toObject();
        QCOMPARE(t.value(QStringLiteral("slug")).toString(), kSlug);
        QCOMPARE(t.value(QStringLiteral("namespace")).toString(), QStringLiteral("acme-ns"));
        QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("healthy"));
        QCOMPARE(t.value(QStringLiteral("memory_bytes")).toDouble(), double(3 * kGiB / 2));
        QCOMPARE(t.value(QStringLiteral("pods_running")).toInt(), 2);

        const test::CliResult text = m_cli.run(a(QStringLiteral("health show")));
        QVERIFY2(text.code == 0 && text.out.contains(QStringLiteral("Nodes ready: 1 of 2")) &&
                     text.out.contains(kSlug) && text.out.contains(QStringLiteral("20 %")),
                 qPrintable(m_cli.describe(text)));

        const test::CliResult bare = m_cli.run(a(QStringLiteral("health show --tenant ")) << m_bare);
        QCOMPARE(bare.code, 1);
        QVERIFY2(bare.err.contains(QStringLiteral("no Kubernetes namespace")),
                 qPrintable(m_cli.describe(bare)));

        // Behind an authenticating proxy: the default key is sent as a Bearer token, and never shown.
        QVERIFY(m_cli.addKey(QStringLiteral("prometheus"), QStringLiteral("proxy"), kToken));
        QCOMPARE(m_cli.run(a(QStringLiteral("health show --tenant ")) << kSlug).code, 0);
    }

    void prometheusGoneShowsTheLastFigures()
    {
        m_prom->stop();
        const test::CliResult stale = m_cli.run(a(QStringLiteral("health show --tenant ")) << kSlug);
        QCOMPARE(stale.code, 1);
        QVERIFY2(stale.err.contains(QStringLiteral("No data since")) &&
                     stale.err.contains(QStringLiteral("cannot be reached")) &&
                     stale.out.contains(QStringLiteral("Nodes ready: 1 of 2")) &&
                     stale.out.contains(QStringLiteral("unknown")),
                 qPrintable(m_cli.describe(stale)));
        const test::CliResult json = m_cli.run(a(QStringLiteral("--json health show")));
        QCOMPARE(json.code, 1);
        QCOMPARE(json.json().object().value(QStringLiteral("fresh")).toBool(), false);
        QVERIFY(json.json()
                    .object()
                    .value(QStringLiteral("note"))
                    .toString()
                    .startsWith(QStringLiteral("No data since")));

        // A home that never saw Prometheus answer has nothing to show: one clear error.
        QTemporaryDir other;
        QProcessEnvironment env;
        env.insert(QStringLiteral("FUSION_DB"), QStringLiteral("sqlite://") + m_cli.dbPath);
        const test::CliResult never = test::runCli(other.path(), a(QStringLiteral("health show")), {}, env);
        QCOMPARE(never.code, 1);
        QVERIFY(never.out.isEmpty());
        QVERIFY2(never.err.contains(QStringLiteral("Prometheus")), qPrintable(m_cli.describe(never)));
        QVERIFY(!m_cli.dbHoldsASecret());
    }

    // A proxy in front of Prometheus answering with a 20,000-line trace (the exporter's knob plays it):
    // stderr shows its first lines and how many more there are, --verbose all of them. A home without cached
    // figures, so the error is all there is to say.
    void aHugeErrorIsBoundedUnlessVerbose()
    {
        test::FakeExporter proxy;
        QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
        QVERIFY(proxy.setQueryError(20000));
        QVERIFY(m_cli.pointAt(QStringLiteral("prometheus"), proxy.url()));
        QTemporaryDir home;
        QProcessEnvironment env;
        env.insert(QStringLiteral("FUSION_DB"), QStringLiteral("sqlite://") + m_cli.dbPath);
        const test::CliResult bounded = test::runCli(home.path(), a(QStringLiteral("health show")), {}, env);
        const test::CliResult whole =
            test::runCli(home.path(), a(QStringLiteral("--verbose health show")), {}, env);
        const QString problem = test::boundedOutputProblem(
            bounded, whole,
            QStringLiteral(
                "upstream connect error or disconnect/reset before headers; the proxy's trace follows"),
            20000);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(bounded.err.contains(QStringLiteral("HTTP 502")), qPrintable(bounded.err.left(600)));
    }
};

QTEST_GUILESS_MAIN(TestCliInsights)
#include "tst_cli_insights.moc"
