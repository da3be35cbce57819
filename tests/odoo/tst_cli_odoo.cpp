// fusionctl odoo connect / status, as a user drives them, against the Python Odoo test server and a real
// keychain: the connection is tested before anything is stored; the secret goes only to the keychain; a
// refused login stores nothing; the confirmation and the audit row are there like for every write.
#include "tests/common/CliStore.h"
#include "tests/common/FakeOdoo.h"
#include "tests/common/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fusion;

namespace {
QString keychainItems()
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                            QStringLiteral("server"), QStringLiteral("fusion-console")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAll());
}

bool fileContains(const QString& path, const QByteArray& needle)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(needle);
}
} // namespace

class TestCliOdoo : public QObject, protected test::CliStore {
    Q_OBJECT

    std::unique_ptr<test::FakeOdoo> m_server;

    QStringList connectArgs(const QString& slug)
    {
        return {QStringLiteral("odoo"),
                QStringLiteral("connect"),
                slug,
                QStringLiteral("--url"),
                m_server->url().toString(),
                QStringLiteral("--db"),
                QStringLiteral("odoopeer"),
                QStringLiteral("--login"),
                QStringLiteral("admin"),
                QStringLiteral("--password-stdin")};
    }
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_dir.isValid());
        m_server = std::make_unique<test::FakeOdoo>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_db = m_dir.filePath(QStringLiteral("fusion.db"));
        QVERIFY2(run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")}).code == 0,
                 "migrate");
        QVERIFY2(run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--yes")}).code == 0,
                 "seed");
    }

    void wrongPasswordStoresNothing()
    {
        const QString before = keychainItems();
        const test::CliResult r = run(
            connectArgs(QStringLiteral("acme-finance-ph")) << QStringLiteral("--yes"), "not-the-password\n");
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("refused")), qPrintable(describe(r)));
        QCOMPARE(keychainItems(), before);
        const test::CliResult show = run({QStringLiteral("tenants"), QStringLiteral("show"),
                                          QStringLiteral("acme-finance-ph"), QStringLiteral("--json")});
        QVERIFY(show.json().object().value(QStringLiteral("odoo_url")).toString() !=
                m_server->url().toString());
        QVERIFY(!r.out.contains(QStringLiteral("not-the-password")) &&
                !r.err.contains(QStringLiteral("not-the-password")));
    }

    void withoutYesAndNoTerminalNothingIsStored()
    {
        const test::CliResult r = run(connectArgs(QStringLiteral("acme-finance-ph")), "admin\n");
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Connected: Odoo 17.0")), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("OS keychain")),
                 qPrintable(describe(r))); // the plan says where the secret goes
        QVERIFY(!keychainItems().contains(QStringLiteral("odoo/acme-finance-ph")));
    }

    void connectThenStatus()
    {
        const test::CliResult r =
            run(connectArgs(QStringLiteral("acme-finance-ph")) << QStringLiteral("--yes"), "admin\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(keychainItems().contains(QStringLiteral("odoo/acme-finance-ph")));
        const test::CliResult status = run({QStringLiteral("odoo"), QStringLiteral("status"),
                                            QStringLiteral("acme-finance-ph"), QStringLiteral("--json")});
        QVERIFY2(status.code == 0, qPrintable(describe(status)));
        const QJsonObject o = status.json().object();
        QCOMPARE(o.value(QStringLiteral("server_version")).toString(), QStringLiteral("17.0"));
        QCOMPARE(o.value(QStringLiteral("uid")).toInt(), 2);
        QVERIFY(o.value(QStringLiteral("latency_ms")).toInteger(-1) >= 0);
        QCOMPARE(o.value(QStringLiteral("database")).toString(), QStringLiteral("odoopeer"));

        // The secret is in the keychain only: not in the database file, the settings, the output or the
        // audit.
        QVERIFY(!fileContains(m_db, "admin\n"));
        const test::CliResult audit =
            run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(audit.out.contains(QStringLiteral("tenant.odoo.connect")));
        const QStringList settings =
            QDir(m_home.filePath(QStringLiteral("config"))).entryList(QDir::Files | QDir::NoDotAndDotDot);
        for (const QString& f : settings)
            QVERIFY(!fileContains(m_home.filePath(QStringLiteral("config/") + f), "admin"));
    }

    void partnerSearchMatchesWhatOdooHolds()
    {
        // acme-finance-ph was connected above (tests run in declaration order).
        const QJsonArray all = m_server->state(QStringLiteral("res.partner"));
        QVERIFY(all.size() > 10);
        int companies = 0;
        QSet<int> withExample;
        for (const auto& v : all) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("active")).isBool() && !p.value(QStringLiteral("active")).toBool())
                continue; // archived: Odoo does not return it either
            companies += p.value(QStringLiteral("is_company")).toBool() ? 1 : 0;
            const QString text = p.value(QStringLiteral("name")).toString() + QLatin1Char('\n') +
                                 p.value(QStringLiteral("email")).toString() + QLatin1Char('\n') +
                                 p.value(QStringLiteral("phone")).toString() + QLatin1Char('\n') +
                                 p.value(QStringLiteral("website")).toString();
            if (text.contains(QStringLiteral("azure"), Qt::CaseInsensitive))
                withExample.insert(p.value(QStringLiteral("id")).toInt());
        }
        const test::CliResult r =
            run({QStringLiteral("odoo"), QStringLiteral("partners"), QStringLiteral("acme-finance-ph"),
                 QStringLiteral("--search"), QStringLiteral("AZURE"), QStringLiteral("--limit"),
                 QStringLiteral("1000"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QSet<int> found;
        const QJsonArray items = r.json().object().value(QStringLiteral("items")).toArray();
        for (const auto& v : items)
            found.insert(v.toObject().value(QStringLiteral("id")).toInt());
        QVERIFY(!found.isEmpty());
        QCOMPARE(found, withExample);

        const test::CliResult c =
            run({QStringLiteral("odoo"), QStringLiteral("partners"), QStringLiteral("acme-finance-ph"),
                 QStringLiteral("--companies"), QStringLiteral("--limit"), QStringLiteral("1000"),
                 QStringLiteral("--json")});
        QVERIFY2(c.code == 0, qPrintable(describe(c)));
        QCOMPARE(c.json().object().value(QStringLiteral("count")).toInt(), companies);

        // The limit holds, and the text output says more exist.
        const test::CliResult few =
            run({QStringLiteral("odoo"), QStringLiteral("partners"), QStringLiteral("acme-finance-ph"),
                 QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(few.code, 0);
        QVERIFY2(few.err.contains(QStringLiteral("first 2")), qPrintable(describe(few)));
    }

    // A fault whose traceback runs to 20,000 lines: the terminal gets its first lines and how many more there
    // are, --verbose all of it.
    void aHugeTracebackIsBoundedUnlessVerbose()
    {
        m_server->misbehave(QStringLiteral("huge_fault"),
                            {{QStringLiteral("match"), QStringLiteral("search_read")},
                             {QStringLiteral("lines"), 20000},
                             {QStringLiteral("count"), 2}});
        const QStringList partners{QStringLiteral("odoo"), QStringLiteral("partners"),
                                   QStringLiteral("acme-finance-ph")};
        const test::CliResult bounded = run(partners);
        QCOMPARE(bounded.code, 1);
        QVERIFY2(bounded.err.contains(QStringLiteral("RecursionError")) ||
                     bounded.err.contains(QStringLiteral("maximum recursion depth")),
                 qPrintable(bounded.err.left(2000)));
        QVERIFY2(bounded.err.contains(QStringLiteral("Details: Traceback (most recent call last):")),
                 qPrintable(bounded.err.left(2000)));
        const QStringList lines = bounded.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() < 25, qPrintable(QString::number(lines.size())));
        QVERIFY2(bounded.err.size() < 5000, qPrintable(QString::number(bounded.err.size())));
        const QRegularExpression more(QStringLiteral("… ([\\d,]+) more line"));
        const auto m = more.match(bounded.err);
        QVERIFY2(m.hasMatch(), qPrintable(bounded.err));
        // The first 12 of its 20,000 lines are shown, the rest counted.
        QCOMPARE(m.captured(1).remove(QLatin1Char(',')).toInt(), 20000 - 12);
        QVERIFY(bounded.err.trimmed().endsWith(QStringLiteral("(--verbose shows all of it)")));

        const test::CliResult verbose = run(QStringList(partners) << QStringLiteral("--verbose"));
        QCOMPARE(verbose.code, 1);
        QVERIFY2(verbose.err.count(QLatin1Char('\n')) > 20000, qPrintable(verbose.err.left(500)));
        QVERIFY(verbose.err.contains(QStringLiteral("# frame 9999\n")));
        QVERIFY(!verbose.err.contains(QStringLiteral("--verbose shows")));
        QVERIFY(!verbose.err.contains(QStringLiteral("more line")));
        // Odoo behaves again: the same command works.
        QCOMPARE(run(partners).code, 0);
    }

    void partnerHistoryAndTheOtherSearches()
    {
        const test::CliResult events = run({QStringLiteral("odoo"), QStringLiteral("events"),
                                            QStringLiteral("acme-finance-ph"), QStringLiteral("--json")});
        QVERIFY2(events.code == 0, qPrintable(describe(events)));
        const QJsonArray items = events.json().object().value(QStringLiteral("items")).toArray();
        QVERIFY(!items.isEmpty());
        const int attendee =
            items.first().toObject().value(QStringLiteral("partner_ids")).toArray().first().toInt();
        QVERIFY(attendee > 0);

        const test::CliResult history =
            run({QStringLiteral("odoo"), QStringLiteral("partner"), QStringLiteral("acme-finance-ph"),
                 QString::number(attendee), QStringLiteral("--json")});
        QVERIFY2(history.code == 0, qPrintable(describe(history)));
        const QJsonObject h = history.json().object();
        QCOMPARE(h.value(QStringLiteral("partner")).toObject().value(QStringLiteral("id")).toInt(), attendee);
        for (const char* section : {"leads", "projects", "tasks", "activities", "events"})
            QVERIFY2(h.value(QLatin1String(section)).isArray(), section);
        bool attends = false;
        const QJsonArray theirEvents = h.value(QStringLiteral("events")).toArray();
        for (const auto& e : theirEvents) {
            const QJsonArray who = e.toObject().value(QStringLiteral("partner_ids")).toArray();
            for (const auto& id : who)
                attends = attends || id.toInt() == attendee;
        }
        QVERIFY(attends);

        for (const char* kind : {"leads", "projects", "tasks", "activities"}) {
            const test::CliResult r =
                run({QStringLiteral("odoo"), QLatin1String(kind), QStringLiteral("acme-finance-ph"),
                     QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json")});
            QVERIFY2(r.code == 0, qPrintable(QLatin1String(kind) + describe(r)));
            QVERIFY(r.json().object().value(QStringLiteral("count")).toInt() <= 5);
        }

        const test::CliResult missing = run({QStringLiteral("odoo"), QStringLiteral("partner"),
                                             QStringLiteral("acme-finance-ph"), QStringLiteral("999999")});
        QVERIFY(missing.code != 0);
        QCOMPARE(run({QStringLiteral("odoo"), QStringLiteral("tasks"), QStringLiteral("acme-finance-ph"),
                      QStringLiteral("--project"), QStringLiteral("x")})
                     .code,
                 2);
    }

    void proposeReviewExecuteOnceEvenWhenTwoPressAtOnce()
    {
        const test::CliResult proposed =
            run({QStringLiteral("odoo"), QStringLiteral("propose"), QStringLiteral("lead"),
                 QStringLiteral("acme-finance-ph"), QStringLiteral("--case"), QStringLiteral("osint-77"),
                 QStringLiteral("--name"), QStringLiteral("Water dispensers for 3 offices (CLI)"),
                 QStringLiteral("--revenue"), QStringLiteral("20000"), QStringLiteral("--yes"),
                 QStringLiteral("--json")});
        QVERIFY2(proposed.code == 0, qPrintable(describe(proposed)));
        const QString id =
            QString::number(proposed.json().object().value(QStringLiteral("proposal_id")).toInteger());
        const test::CliResult shown =
            run({QStringLiteral("odoo"), QStringLiteral("proposal"), QStringLiteral("show"), id});
        QVERIFY2(shown.out.contains(QStringLiteral("crm.lead")) &&
                     shown.out.contains(QStringLiteral("[Fusion Case: osint-77]")),
                 qPrintable(describe(shown)));
        // Without --yes and without a terminal: refused, nothing sent.
        m_server->clearCalls();
        QCOMPARE(
            run({QStringLiteral("odoo"), QStringLiteral("proposal"), QStringLiteral("execute"), id}).code, 3);
        QCOMPARE(m_server->countCalls(QStringLiteral("create")), 0);

        // Two sessions press Execute at the same moment: one runs it, the other is refused.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FUSION_DB"), QStringLiteral("sqlite://") + m_db);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        QProcess a, b;
        for (QProcess* p : {&a, &b}) {
            p->setProcessEnvironment(env);
            p->start(test::fusionctlPath(), {QStringLiteral("odoo"), QStringLiteral("proposal"),
                                             QStringLiteral("execute"), id, QStringLiteral("--yes")});
        }
        QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
        const int ok = (a.exitCode() == 0 ? 1 : 0) + (b.exitCode() == 0 ? 1 : 0);
        QCOMPARE(ok, 1);
        const QString loser =
            QString::fromUtf8(a.exitCode() == 0 ? b.readAllStandardError() : a.readAllStandardError());
        QVERIFY2(loser.contains(QStringLiteral("at most once")), qPrintable(loser));
        QCOMPARE(m_server->countCalls(QStringLiteral("create")), 1);

        const test::CliResult list =
            run({QStringLiteral("odoo"), QStringLiteral("proposals"), QStringLiteral("--state"),
                 QStringLiteral("executed"), QStringLiteral("--json")});
        bool found = false;
        const QJsonArray items = list.json().object().value(QStringLiteral("items")).toArray();
        for (const auto& item : items)
            found = found || QString::number(item.toObject().value(QStringLiteral("id")).toInteger()) == id;
        QVERIFY(found);
        const test::CliResult audit =
            run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(audit.out.contains(QStringLiteral("odoo.proposal.execute")));
        QVERIFY(audit.out.contains(QStringLiteral("odoo.proposal.result")));
    }

    void modulesSyncThenApplyABundle()
    {
        const test::CliResult sync = run({QStringLiteral("odoo"), QStringLiteral("modules"),
                                          QStringLiteral("acme-finance-ph"), QStringLiteral("--yes")});
        QVERIFY2(sync.code == 0, qPrintable(describe(sync)));
        const auto installedHere = [&](const QString& module) {
            const test::CliResult show = run({QStringLiteral("tenants"), QStringLiteral("show"),
                                              QStringLiteral("acme-finance-ph"), QStringLiteral("--json")});
            const QJsonArray modules = show.json().object().value(QStringLiteral("modules")).toArray();
            for (const auto& m : modules) {
                const QJsonObject o = m.toObject();
                if (o.value(QStringLiteral("name")).toString() == module)
                    return o.value(QStringLiteral("state")).toString() == QLatin1String("installed");
            }
            return false;
        };
        QVERIFY(installedHere(QStringLiteral("crm"))); // as the server reports it
        QVERIFY(!installedHere(QStringLiteral("sale_management")));

        const auto missingNow = [&] {
            const test::CliResult drift =
                run({QStringLiteral("bundles"), QStringLiteral("drift"), QStringLiteral("acme-finance-ph"),
                     QStringLiteral("--bundle"), QStringLiteral("crm-sales"), QStringLiteral("--json")});
            const QJsonArray rows = drift.json().array();
            return rows.size() == 1 ? rows.first().toObject().value(QStringLiteral("missing")).toArray()
                                    : QJsonArray{QStringLiteral("(no row)")};
        };
        // Not assigned yet: the tenant is not in the bundle's drift at all.
        QCOMPARE(missingNow(), QJsonArray{QStringLiteral("(no row)")});
        const test::CliResult assigned =
            run({QStringLiteral("bundles"), QStringLiteral("assign"), QStringLiteral("crm-sales"),
                 QStringLiteral("acme-finance-ph"), QStringLiteral("--yes")});
        QVERIFY2(assigned.code == 0, qPrintable(describe(assigned)));
        QVERIFY(missingNow().contains(QStringLiteral("sale_management")));

        m_server->clearCalls();
        const test::CliResult asked = run({QStringLiteral("bundles"), QStringLiteral("apply"),
                                           QStringLiteral("crm-sales"), QStringLiteral("acme-finance-ph")});
        QCOMPARE(asked.code, 3); // no terminal, no --yes: nothing installed
        QCOMPARE(m_server->countCalls(QStringLiteral("button_immediate_install")), 0);

        const test::CliResult applied =
            run({QStringLiteral("bundles"), QStringLiteral("apply"), QStringLiteral("crm-sales"),
                 QStringLiteral("acme-finance-ph"), QStringLiteral("--yes")});
        // Two modules of the demo bundle are not on this Odoo: the rest is installed, the operation is
        // recorded as failed and says which are missing.
        QVERIFY2(applied.code == 1, qPrintable(describe(applied)));
        QVERIFY2(applied.err.contains(QStringLiteral("Not available in this Odoo: crm_stage_probability, "
                                                     "sale_order_type")),
                 qPrintable(describe(applied)));
        QCOMPARE(m_server->countCalls(QStringLiteral("update_list")), 1);
        QCOMPARE(m_server->countCalls(QStringLiteral("button_immediate_install")), 1);
        bool installedInOdoo = false;
        for (const auto& m : m_server->state(QStringLiteral("ir.module.module"))) {
            const QJsonObject o = m.toObject();
            if (o.value(QStringLiteral("name")).toString() == QLatin1String("sale_management"))
                installedInOdoo = o.value(QStringLiteral("state")).toString() == QLatin1String("installed");
        }
        QVERIFY(installedInOdoo);
        QVERIFY(installedHere(QStringLiteral("sale_management")));
        // What is left of the drift is exactly what this Odoo cannot install.
        QCOMPARE(missingNow(),
                 (QJsonArray{QStringLiteral("crm_stage_probability"), QStringLiteral("sale_order_type")}));
        const auto lastApply = [&] {
            const test::CliResult ops =
                run({QStringLiteral("operations"), QStringLiteral("list"), QStringLiteral("--tenant"),
                     QStringLiteral("acme-finance-ph"), QStringLiteral("--json")});
            for (const auto& item : ops.json().array()) {
                if (item.toObject().value(QStringLiteral("type")).toString() == QLatin1String("module_apply"))
                    return item.toObject().value(QStringLiteral("status")).toString();
            }
            return QStringLiteral("(none)");
        };
        QCOMPARE(lastApply(), QStringLiteral("failed"));

        // A bundle made here of modules this Odoo has, applied to a tenant that does not have it yet: the
        // apply assigns it, installs both, and the operation succeeds.
        const test::CliResult created =
            run({QStringLiteral("bundles"), QStringLiteral("create"), QStringLiteral("people"),
                 QStringLiteral("--name"), QStringLiteral("People"), QStringLiteral("--type"),
                 QStringLiteral("hr"), QStringLiteral("--modules"), QStringLiteral("hr,web_responsive"),
                 QStringLiteral("--yes")});
        QVERIFY2(created.code == 0, qPrintable(describe(created)));
        const test::CliResult people =
            run({QStringLiteral("bundles"), QStringLiteral("apply"), QStringLiteral("people"),
                 QStringLiteral("acme-finance-ph"), QStringLiteral("--yes")});
        QVERIFY2(people.code == 0, qPrintable(describe(people)));
        QVERIFY2(people.err.contains(QStringLiteral("Assigns bundle people")), qPrintable(describe(people)));
        QVERIFY(installedHere(QStringLiteral("hr")) && installedHere(QStringLiteral("web_responsive")));
        QCOMPARE(lastApply(), QStringLiteral("succeeded"));
        const test::CliResult clean =
            run({QStringLiteral("bundles"), QStringLiteral("drift"), QStringLiteral("acme-finance-ph"),
                 QStringLiteral("--bundle"), QStringLiteral("people"), QStringLiteral("--json")});
        QCOMPARE(clean.json().array().first().toObject().value(QStringLiteral("missing")).toArray(),
                 QJsonArray{});
    }

    void statusWithoutStoredSecretSaysSo()
    {
        // Configure the settings by hand (no secret in the keychain for this tenant).
        const test::CliResult edit =
            run({QStringLiteral("tenants"), QStringLiteral("edit"), QStringLiteral("dalisay-water"),
                 QStringLiteral("--set"), QStringLiteral("odoo_url=") + m_server->url().toString(),
                 QStringLiteral("--set"), QStringLiteral("odoo_db=odoopeer"), QStringLiteral("--set"),
                 QStringLiteral("odoo_login=admin"), QStringLiteral("--yes")});
        QVERIFY2(edit.code == 0, qPrintable(describe(edit)));
        const test::CliResult status =
            run({QStringLiteral("odoo"), QStringLiteral("status"), QStringLiteral("dalisay-water")});
        QCOMPARE(status.code, 5);
        QVERIFY2(status.err.contains(QStringLiteral("odoo connect")), qPrintable(describe(status)));
    }

    void unreachableOdooIsAClearError()
    {
        QStringList args = connectArgs(QStringLiteral("acme-finance-ph"));
        args[4] = QStringLiteral("http://127.0.0.1:9"); // the discard port: nothing listens
        const test::CliResult r = run(args << QStringLiteral("--yes"), "admin\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("could not be reached")), qPrintable(describe(r)));
    }

    void usageErrors()
    {
        QStringList noStdin = connectArgs(QStringLiteral("acme-finance-ph"));
        noStdin.removeAll(QStringLiteral("--password-stdin"));
        QCOMPARE(run(noStdin << QStringLiteral("--yes")).code, 2);
        QCOMPARE(run({QStringLiteral("odoo"), QStringLiteral("connect"), QStringLiteral("acme-finance-ph"),
                      QStringLiteral("--password-stdin")},
                     "admin\n")
                     .code,
                 2);
        QCOMPARE(
            run(connectArgs(QStringLiteral("no-such-tenant")) << QStringLiteral("--yes"), "admin\n").code, 5);
        QStringList badUrl = connectArgs(QStringLiteral("acme-finance-ph"));
        badUrl[4] = QStringLiteral("ftp://example.com");
        QCOMPARE(run(badUrl << QStringLiteral("--yes"), "admin\n").code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliOdoo)
#include "tst_cli_odoo.moc"
