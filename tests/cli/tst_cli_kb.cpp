// fusionctl kb as a user runs it, against the Python Odoo stand-in and a private keychain: kb sync asks (and
// without a terminal or --yes stores nothing), shows its progress on standard error and sums up; a second
// sync says there is nothing to change; kb search prints each chunk found with the words in context and its
// Odoo address (or --json); hostile or empty searches are refused with a message; kb stats counts per tenant;
// a tenant without an Odoo connection is told which command adds one.
#include "tests/common/CliStore.h"
#include "tests/common/FakeOdoo.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace fusion;

namespace {
const QString kSlug = QStringLiteral("acme-finance-ph");
}

class TestCliKb : public QObject, protected test::CliStore {
    Q_OBJECT

    std::unique_ptr<test::FakeOdoo> m_server;

    QStringList kb(const QStringList& args) { return QStringList{QStringLiteral("kb")} + args; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_dir.isValid());
        m_server = std::make_unique<test::FakeOdoo>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_server->reset();
        m_db = m_dir.filePath(QStringLiteral("fusion.db"));
        QVERIFY(run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")}).code == 0);
        QVERIFY(run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--yes")}).code == 0);
        const test::CliResult c =
            run({QStringLiteral("odoo"), QStringLiteral("connect"), kSlug, QStringLiteral("--url"),
                 m_server->url().toString(), QStringLiteral("--db"), QStringLiteral("odoopeer"),
                 QStringLiteral("--login"), QStringLiteral("admin"), QStringLiteral("--password-stdin"),
                 QStringLiteral("--yes")},
                "admin\n");
        QVERIFY2(c.code == 0, qPrintable(describe(c)));
    }

    void syncAsksThenStoresAndASecondSyncChangesNothing()
    {
        const test::CliResult refused = run(kb({QStringLiteral("sync"), kSlug}));
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("37 new, 0 changed, 0 removed")),
                 qPrintable(describe(refused)));
        const test::CliResult empty = run(kb({QStringLiteral("stats"), QStringLiteral("--json")}));
        QCOMPARE(empty.code, 0);
        QCOMPARE(empty.json().array().size(), 0); // nothing was stored

        const test::CliResult r = run(kb({QStringLiteral("sync"), kSlug, QStringLiteral("--yes")}));
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("Read 34 task")), qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("37 new, 0 changed, 0 removed chunks")),
                 qPrintable(describe(r)));

        const test::CliResult again = run(kb({QStringLiteral("sync"), kSlug, QStringLiteral("--yes")}));
        QVERIFY2(again.code == 0, qPrintable(describe(again)));
        QVERIFY2(again.err.contains(QStringLiteral("Nothing to change")), qPrintable(describe(again)));
        const test::CliResult json = run({QStringLiteral("--json"), QStringLiteral("kb"),
                                          QStringLiteral("sync"), kSlug, QStringLiteral("--yes")});
        QCOMPARE(json.code, 0);
        QCOMPARE(json.json().object().value(QStringLiteral("changed")).toBool(true), false);
    }

    void searchShowsTheChunksFoundInTextAndJson()
    {
        const test::CliResult r =
            run(kb({QStringLiteral("search"), QStringLiteral("acoustic"), QStringLiteral("ceiling")}));
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.startsWith(QStringLiteral("1. Noise Reduction  (acme-finance-ph, project.task:3)")),
                 qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("[acoustic] [ceiling]")), qPrintable(describe(r)));
        QVERIFY2(r.out.contains(m_server->url().toString() +
                                QStringLiteral("/web#id=3&model=project.task&view_type=form")),
                 qPrintable(describe(r)));

        const test::CliResult j =
            run({QStringLiteral("--json"), QStringLiteral("kb"), QStringLiteral("search"),
                 QStringLiteral("office"), QStringLiteral("design"), QStringLiteral("--limit"),
                 QStringLiteral("3"), QStringLiteral("--tenant"), kSlug});
        QVERIFY2(j.code == 0, qPrintable(describe(j)));
        const QJsonArray hits = j.json().array();
        QCOMPARE(hits.size(), 3); // the project and tasks in it
        const QJsonObject first = hits.first().toObject();
        for (const char* key :
             {"id", "tenant", "source_type", "source_ref", "title", "url", "snippet", "score"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("tenant")).toString(), kSlug);
        QVERIFY(first.value(QStringLiteral("score")).toDouble() >=
                hits.last().toObject().value(QStringLiteral("score")).toDouble());

        const test::CliResult none = run(kb({QStringLiteral("search"), QStringLiteral("zeppelin")}));
        QCOMPARE(none.code, 0);
        QVERIFY2(none.out.isEmpty() && none.err.contains(QStringLiteral("No chunk")),
                 qPrintable(describe(none)));
    }

    void hostileAndEmptySearchesAreRefusedWithAMessage()
    {
        const test::CliResult punct =
            run(kb({QStringLiteral("search"), QStringLiteral("\"*"), QStringLiteral("NEAR(")}));
        QCOMPARE(punct.code, 0); // NEAR is a word like any other: nothing holds it
        const test::CliResult stars =
            run(kb({QStringLiteral("search"), QStringLiteral("*"), QStringLiteral("\"")}));
        QCOMPARE(stars.code, 1);
        QVERIFY2(stars.err.contains(QStringLiteral("at least one word")), qPrintable(describe(stars)));
        const test::CliResult inject =
            run(kb({QStringLiteral("search"), QStringLiteral("'; DROP TABLE kb_chunks; --")}));
        QCOMPARE(inject.code, 0);
        const test::CliResult none = run(kb({QStringLiteral("search")}));
        QCOMPARE(none.code, 2);
        const test::CliResult unknown = run(kb({QStringLiteral("search"), QStringLiteral("x"),
                                                QStringLiteral("--tenant"), QStringLiteral("nope")}));
        QCOMPARE(unknown.code, 5);
        const test::CliResult stats = run(kb({QStringLiteral("stats"), QStringLiteral("--json")}));
        QCOMPARE(stats.json().array().first().toObject().value(QStringLiteral("chunks")).toInt(), 37);
    }

    void statsCountPerTenant()
    {
        const test::CliResult r = run(kb({QStringLiteral("stats"), QStringLiteral("--json")}));
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject s = rows.first().toObject();
        QCOMPARE(s.value(QStringLiteral("tenant")).toString(), kSlug);
        QCOMPARE(s.value(QStringLiteral("projects")).toInt(), 3);
        QCOMPARE(s.value(QStringLiteral("tasks")).toInt(), 34);
        QVERIFY(s.value(QStringLiteral("source_updated")).toString().endsWith(QLatin1Char('Z')));
        const test::CliResult text = run(kb({QStringLiteral("stats")}));
        QVERIFY2(text.out.contains(kSlug) && text.out.contains(QStringLiteral("37")),
                 qPrintable(describe(text)));
    }

    void aTenantWithoutOdooIsToldWhichCommandAddsOne()
    {
        const test::CliResult list =
            run({QStringLiteral("--json"), QStringLiteral("tenants"), QStringLiteral("list")});
        QString other;
        for (const QJsonValue& t : list.json().object().value(QStringLiteral("items")).toArray()) {
            const QString slug = t.toObject().value(QStringLiteral("slug")).toString();
            if (slug != kSlug) {
                other = slug;
                break;
            }
        }
        QVERIFY(!other.isEmpty());
        const test::CliResult cleared =
            run({QStringLiteral("tenants"), QStringLiteral("edit"), other, QStringLiteral("--set"),
                 QStringLiteral("odoo_url="), QStringLiteral("--yes")});
        QVERIFY2(cleared.code == 0, qPrintable(describe(cleared)));
        const test::CliResult r = run(kb({QStringLiteral("sync"), other, QStringLiteral("--yes")}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("fusionctl odoo connect")), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestCliKb)
#include "tst_cli_kb.moc"
