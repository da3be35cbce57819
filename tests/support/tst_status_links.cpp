// Status links on the embedded SQLite file and their live check (issue 14, "Support and runbooks"): the demo
// seeds a few; an owner's add, edit, move and remove are each one audited write; what is not an http(s)
// address, or carries a password, is refused by the models and (the scheme) by the database itself. The check
// (models/support/StatusCheck, the one flow of the Support pane and `fusionctl support status`) against real
// servers: up with the HTTP code and latency; HTTP 503, a refused port, a name that does not resolve
// (nohost.invalid), a self-signed certificate (with its fingerprint) and a server slower than the limit each
// down with exactly that said — all links at once, well within a second or two.
#include "models/audit/WriteExecutor.h"
#include "models/support/StatusCheck.h"
#include "models/support/StatusLinks.h"
#include "tests/common/Failures.h"
#include "tests/common/FakeOdoo.h"
#include "tests/common/FixtureServer.h"
#include "tests/common/TestSupport.h"
#include "tests/integrations/FakeKeycloak.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace fusion;

class TestStatusLinks : public QObject {
    Q_OBJECT

    test::FreshSqliteCopies m_copies;
    Database m_db;

    qint64 count(const QString& sql, const QVariantList& params = {})
    {
        return m_db.scalar(sql, params).toLongLong();
    }
    qint64 audits(const QString& action)
    {
        return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action});
    }
    QStringList names()
    {
        QStringList out;
        for (const StatusLink& l : StatusLinks::list(m_db))
            out << l.name;
        return out;
    }
    qint64 add(const QString& name, const QString& url, const QString& tenant = {})
    {
        return WriteExecutor::execute(m_db, StatusLinks::planAdd(m_db, {name, url, tenant, QString()}))
            .value(QStringLiteral("link_id"))
            .toInteger();
    }
    // Runs one check of `links` to its end; the results in the links' order.
    QList<StatusCheckResult> check(const QList<StatusLink>& links, int timeoutMs)
    {
        StatusCheck check;
        check.setTimeoutMs(timeoutMs);
        std::optional<QList<StatusCheckResult>> results;
        int signalled = 0;
        connect(&check, &StatusCheck::checked, this, [&](const StatusCheckResult&) { ++signalled; });
        check.start(links, [&](const QList<StatusCheckResult>& r) { results = r; });
        if (!QTest::qWaitFor([&] { return results.has_value(); }, 20000))
            return {};
        if (signalled != links.size())
            return {};
        return *results;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::guarded([&] { m_copies.prepare(8); });
    }

    void init()
    {
        test::guarded([&] { m_copies.openCopy(m_db); });
    }

    // The demo's links: the platform's status page, Grafana, Keycloak's console, and one tenant's Odoo that
    // only staff and that tenant's admins see.
    void theDemoSeedsLinks()
    {
        const QList<StatusLink> links = StatusLinks::list(m_db);
        QCOMPARE(links.size(), 4);
        QCOMPARE(links.at(0).name, QStringLiteral("Platform status page"));
        QCOMPARE(links.at(1).name, QStringLiteral("Grafana"));
        QCOMPARE(links.at(2).name, QStringLiteral("Keycloak admin"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(links.at(i).tenantId, 0);
        QVERIFY(links.at(3).tenantId > 0);
        QVERIFY(links.at(3).name.contains(links.at(3).tenantSlug));
        for (const StatusLink& l : links) {
            QVERIFY2(StatusLinks::urlProblem(l.url).isEmpty(), qPrintable(l.url));
            QVERIFY(l.url.contains(QStringLiteral("example")));
        }
    }

    // Add, edit, move and remove: each one write with its audit row; the list keeps its order.
    void anOwnersWritesAreAudited()
    {
        const QString slug =
            m_db.scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY id LIMIT 1")).toString();
        const qint64 id =
            add(QStringLiteral("Prometheus"), QStringLiteral("http://prometheus.example.com:9090/"), slug);
        QVERIFY(id > 0);
        QCOMPARE(audits(QStringLiteral("status_link.add")), 1);
        QCOMPARE(names().last(), QStringLiteral("Prometheus"));
        StatusLink l = StatusLinks::read(m_db, id);
        QCOMPARE(l.tenantSlug, slug);
        QCOMPARE(l.updatedBy, m_db.actor());

        const PendingWrite edit = StatusLinks::planEdit(
            m_db, id, {QStringLiteral("Prometheus (eu)"), l.url, QString(), QStringLiteral("Metrics")});
        QCOMPARE(edit.plan.changes.size(), 3); // name, who sees it, description
        WriteExecutor::execute(m_db, edit);
        l = StatusLinks::read(m_db, id);
        QCOMPARE(l.name, QStringLiteral("Prometheus (eu)"));
        QCOMPARE(l.tenantId, 0);
        QCOMPARE(l.rowVersion, 2);
        QCOMPARE(audits(QStringLiteral("status_link.edit")), 1);
        // Nothing to change is said, not written.
        QVERIFY(test::failureOf([&] {
            StatusLinks::planEdit(m_db, id, {l.name, l.url, QString(), l.description});
        }));

        WriteExecutor::execute(m_db, StatusLinks::planMove(m_db, id, 1));
        QCOMPARE(names().first(), QStringLiteral("Prometheus (eu)"));
        QCOMPARE(names().at(1), QStringLiteral("Platform status page"));
        QCOMPARE(audits(QStringLiteral("status_link.move")), 1);
        QVERIFY(test::failureOf([&] { StatusLinks::planMove(m_db, id, 1); }));  // there already
        QVERIFY(test::failureOf([&] { StatusLinks::planMove(m_db, id, 99); })); // no such place

        // A plan made before someone else's change is refused when it runs, nothing written.
        const PendingWrite stale = StatusLinks::planRemove(m_db, id);
        WriteExecutor::execute(m_db, StatusLinks::planEdit(m_db, id, {QStringLiteral("P"), l.url, {}, {}}));
        const auto conflict = test::failureOf([&] { WriteExecutor::execute(m_db, stale); });
        QVERIFY(conflict && conflict->kind == ErrorKind::Conflict);
        QCOMPARE(audits(QStringLiteral("status_link.remove")), 0);

        WriteExecutor::execute(m_db, StatusLinks::planRemove(m_db, id));
        QVERIFY(!StatusLinks::find(m_db, id));
        QCOMPARE(audits(QStringLiteral("status_link.remove")), 1);
        QCOMPARE(names().size(), 4);
    }

    // http(s) with a host only, and no password in it; the database refuses another scheme by itself.
    void onlyHttpAddressesWithoutCredentials()
    {
        for (const QString& url : {QStringLiteral("ftp://files.example.com/"), QStringLiteral("grafana"),
                                   QStringLiteral("https://"), QStringLiteral("javascript:alert(1)"),
                                   QStringLiteral("https://admin:secret@grafana.example.com/")}) {
            const auto e = test::failureOf([&] {
                StatusLinks::planAdd(m_db, {QStringLiteral("X"), url, QString(), QString()});
            });
            QVERIFY2(e && e->kind == ErrorKind::InvalidInput, qPrintable(url));
        }
        QVERIFY(StatusLinks::urlProblem(QStringLiteral("https://admin:secret@g.example.com/"))
                    .contains(QStringLiteral("password")));
        QVERIFY(test::failureOf([&] {
            m_db.exec(QStringLiteral(
                "INSERT INTO status_links (name, url) VALUES ('x', 'ftp://files.example.com/')"));
        }));
        QVERIFY(test::failureOf([&] {
            StatusLinks::planAdd(m_db, {QStringLiteral("X"), QStringLiteral("https://x.example.com/"),
                                        QStringLiteral("no-such-tenant"), QString()});
        }));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM status_links")), 4);
    }

    // Every outcome against a real server, all links at once: the slow one is cut at the limit, and the
    // whole check takes about that limit, not the sum.
    void eachOutcomeIsSaidExactly()
    {
        test::FixtureServer pages(QStringLiteral("fake_status.py"), {});
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        QTemporaryDir certDir;
        const test::SelfSignedCertificate cert = test::makeSelfSignedCertificate(certDir);
        QVERIFY2(cert.ok, "openssl could not make a certificate");
        test::FakeKeycloak tls(cert.certPath, cert.keyPath);
        QVERIFY2(tls.ok(), qPrintable(tls.error()));
        int closedPort = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost, 0));
            closedPort = s.serverPort();
        }
        const QString base = pages.url().toString();
        const auto link = [](qint64 id, const QString& name, const QString& url) {
            StatusLink l;
            l.id = id;
            l.name = name;
            l.url = url;
            return l;
        };
        const QList<StatusLink> links{
            link(1, QStringLiteral("Status page"), base + QStringLiteral("/up")),
            link(2, QStringLiteral("Grafana"), base + QStringLiteral("/status/503")),
            link(3, QStringLiteral("Prometheus"), QStringLiteral("http://127.0.0.1:%1/").arg(closedPort)),
            link(4, QStringLiteral("Keycloak"), QStringLiteral("https://nohost.invalid/admin/")),
            link(5, QStringLiteral("Odoo"), tls.url().toString() + QStringLiteral("/web/login")),
            link(6, QStringLiteral("Superset"), base + QStringLiteral("/slow/8")),
            link(7, QStringLiteral("Login page"), base + QStringLiteral("/status/401")),
        };
        QElapsedTimer clock;
        clock.start();
        const QList<StatusCheckResult> r = check(links, 1500);
        const qint64 took = clock.elapsed();
        QCOMPARE(r.size(), links.size());
        QVERIFY2(took < 6000, qPrintable(QString::number(took)));

        QVERIFY(r[0].up);
        QCOMPARE(r[0].outcome, QStringLiteral("up"));
        QCOMPARE(r[0].httpStatus, 200);
        QVERIFY(r[0].latencyMs >= 0 && r[0].latencyMs < 1500);
        QVERIFY(r[0].checkedAt.isValid());
        QVERIFY2(r[0].message.contains(QStringLiteral("HTTP 200")), qPrintable(r[0].message));

        QVERIFY(!r[1].up);
        QCOMPARE(r[1].outcome, QStringLiteral("http"));
        QCOMPARE(r[1].httpStatus, 503);
        QVERIFY2(r[1].message.contains(QStringLiteral("Grafana")) &&
                     r[1].message.contains(QStringLiteral("503")),
                 qPrintable(r[1].message));

        QVERIFY(!r[2].up);
        QCOMPARE(r[2].outcome, QStringLiteral("refused"));
        QVERIFY2(r[2].message.contains(QStringLiteral("cannot be reached")) &&
                     r[2].message.contains(QString::number(closedPort)),
                 qPrintable(r[2].message));

        QVERIFY(!r[3].up);
        QCOMPARE(r[3].outcome, QStringLiteral("dns"));
        QVERIFY2(r[3].message.contains(QStringLiteral("nohost.invalid does not resolve (DNS)")),
                 qPrintable(r[3].message));

        QVERIFY(!r[4].up);
        QCOMPARE(r[4].outcome, QStringLiteral("tls"));
        QCOMPARE(r[4].fingerprint, cert.sha256.toLower());
        QVERIFY2(r[4].message.contains(QStringLiteral("is not trusted")) &&
                     r[4].message.contains(cert.sha256.toLower()),
                 qPrintable(r[4].message));

        QVERIFY(!r[5].up);
        QCOMPARE(r[5].outcome, QStringLiteral("timeout"));
        QVERIFY2(r[5].message.contains(QStringLiteral("did not answer within 1 s")),
                 qPrintable(r[5].message));
        QVERIFY(r[5].latencyMs >= 1400);

        // A login page asking for credentials is a server that is there.
        QVERIFY(r[6].up);
        QCOMPARE(r[6].httpStatus, 401);

        // One plain GET each, never repeated.
        const QByteArray calls = pages.control("GET", QStringLiteral("/_calls"));
        QCOMPARE(calls.count("\"GET\""), 4);
    }

    void noLinksIsDoneAtOnce()
    {
        StatusCheck check;
        bool done = false;
        check.start({}, [&](const QList<StatusCheckResult>& r) { done = r.isEmpty(); });
        QVERIFY(!done); // queued: a caller's set-up after start() comes first
        QTRY_VERIFY_WITH_TIMEOUT(done, 1000);
        QVERIFY(!check.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestStatusLinks)
#include "tst_status_links.moc"
