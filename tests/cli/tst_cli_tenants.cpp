// fusionctl's tenants commands on a seeded SQLite file: list pages, filters and sorting, show, create, pause,
// decommission and edit (with confirmation and a stale version), and demo seeding twice.
#include "tests/cli/CliTest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace fusion;
using namespace fusion::test;

class TestCliTenants : public QObject, protected CliFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initSeeded(); }

    void listPagesFiltersAndSorts()
    {
        const test::CliResult all =
            run(m_seeded, {QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(all.code, 0);
        const auto doc = strictJson(all);
        QVERIFY(doc);
        QCOMPARE(doc->object().value(QStringLiteral("total")).toInteger(), qint64(48));
        QCOMPARE(doc->object().value(QStringLiteral("items")).toArray().size(), 20);

        const test::CliResult page3 =
            run(m_seeded, {QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--page"),
                           QStringLiteral("3"), QStringLiteral("--json")});
        const auto p3 = strictJson(page3);
        QVERIFY(p3);
        QCOMPARE(p3->object().value(QStringLiteral("items")).toArray().size(), 8);
        QCOMPARE(p3->object().value(QStringLiteral("total")).toInteger(), qint64(48));

        // Errors only, and as many as the full listing holds.
        const test::CliResult all48 =
            run(m_seeded, {QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--limit"),
                           QStringLiteral("100"), QStringLiteral("--json")});
        const auto every = strictJson(all48);
        QVERIFY(every);
        const QJsonArray everyone = every->object().value(QStringLiteral("items")).toArray();
        QCOMPARE(everyone.size(), 48);
        int errors = 0;
        for (const QJsonValue v : everyone)
            errors += v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("error");
        QVERIFY(errors > 0);
        const test::CliResult err =
            run(m_seeded, {QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--status"),
                           QStringLiteral("error"), QStringLiteral("--json")});
        const auto e = strictJson(err);
        QVERIFY(e);
        QCOMPARE(e->object().value(QStringLiteral("total")).toInteger(), qint64(errors));
        for (const QJsonValue v : e->object().value(QStringLiteral("items")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("error"));

        // Search: case-insensitive, over slug, name and agency group.
        const test::CliResult search =
            run(m_seeded, {QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--search"),
                           QStringLiteral("HARBOR"), QStringLiteral("--limit"), QStringLiteral("100"),
                           QStringLiteral("--json")});
        const auto s = strictJson(search);
        QVERIFY(s);
        QSet<QString> expected;
        for (const QJsonValue v : everyone) {
            const QJsonObject o = v.toObject();
            const QString text = o.value(QStringLiteral("slug")).toString() + QLatin1Char(' ') +
                                 o.value(QStringLiteral("name")).toString() + QLatin1Char(' ') +
                                 o.value(QStringLiteral("agency_group")).toString();
            if (text.contains(QStringLiteral("harbor"), Qt::CaseInsensitive))
                expected.insert(o.value(QStringLiteral("slug")).toString());
        }
        QVERIFY(!expected.isEmpty());
        QSet<QString> found;
        for (const QJsonValue v : s->object().value(QStringLiteral("items")).toArray())
            found.insert(v.toObject().value(QStringLiteral("slug")).toString());
        QCOMPARE(found, expected);

        // Most recently updated first.
        const test::CliResult sorted =
            run(m_seeded, {QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--sort"),
                           QStringLiteral("updated"), QStringLiteral("--desc"), QStringLiteral("--limit"),
                           QStringLiteral("100"), QStringLiteral("--json")});
        const auto so = strictJson(sorted);
        QVERIFY(so);
        const QJsonArray items = so->object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 48);
        for (qsizetype i = 1; i < items.size(); ++i) {
            const QDateTime prev = QDateTime::fromString(
                items[i - 1].toObject().value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
            const QDateTime cur = QDateTime::fromString(
                items[i].toObject().value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
            QVERIFY(prev.isValid() && cur.isValid());
            QVERIFY(prev >= cur);
        }

        // The table for people ends with where you are.
        const test::CliResult table = run(m_seeded, {QStringLiteral("tenants"), QStringLiteral("list")});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains(QStringLiteral("Page 1 of 3")), qPrintable(table.out));
    }

    // Keyset pages: --first, then --after the cursor each page prints, walk all 48 tenants once in the order
    // of the numbered pages; --last, then --before, walk back; the table names the way on; a cursor from
    // another sort, a mangled one, or two ways of paging at once are usage errors.
    void keysetPagesWalkTheListOnce()
    {
        const QStringList byRegion = {QStringLiteral("tenants"), QStringLiteral("list"),
                                      QStringLiteral("--sort"),  QStringLiteral("region"),
                                      QStringLiteral("--desc"),  QStringLiteral("--limit"),
                                      QStringLiteral("9"),       QStringLiteral("--json")};
        const auto slugsOf = [](const QJsonObject& o) {
            QStringList slugs;
            for (const QJsonValue v : o.value(QStringLiteral("items")).toArray())
                slugs << v.toObject().value(QStringLiteral("slug")).toString();
            return slugs;
        };
        QStringList expected;
        for (int page = 1; page <= 6; ++page)
            expected += slugsOf(jsonObject(
                run(m_seeded, byRegion + QStringList{QStringLiteral("--page"), QString::number(page)})));
        QCOMPARE(expected.size(), 48);

        QJsonObject o = jsonObject(run(m_seeded, byRegion + QStringList{QStringLiteral("--first")}));
        QVERIFY(o.value(QStringLiteral("previous_cursor")).isNull());
        QStringList forward = slugsOf(o);
        while (!o.value(QStringLiteral("next_cursor")).isNull()) {
            o = jsonObject(
                run(m_seeded, byRegion + QStringList{QStringLiteral("--after"),
                                                     o.value(QStringLiteral("next_cursor")).toString()}));
            QVERIFY(!o.value(QStringLiteral("previous_cursor")).isNull());
            forward += slugsOf(o);
        }
        QCOMPARE(forward, expected);

        o = jsonObject(run(m_seeded, byRegion + QStringList{QStringLiteral("--last")}));
        QCOMPARE(slugsOf(o), expected.mid(39));
        QVERIFY(o.value(QStringLiteral("next_cursor")).isNull());
        o = jsonObject(
            run(m_seeded, byRegion + QStringList{QStringLiteral("--before"),
                                                 o.value(QStringLiteral("previous_cursor")).toString()}));
        QCOMPARE(slugsOf(o), expected.mid(30, 9));

        // The table says how to go on, with the same cursor the JSON gives.
        QStringList table = byRegion;
        table.removeLast();
        const test::CliResult first = run(m_seeded, table + QStringList{QStringLiteral("--first")});
        QCOMPARE(first.code, 0);
        const QString next = jsonObject(run(m_seeded, byRegion + QStringList{QStringLiteral("--first")}))
                                 .value(QStringLiteral("next_cursor"))
                                 .toString();
        QVERIFY2(first.out.contains(QStringLiteral("--after ") + next), qPrintable(first.out));

        const test::CliResult otherSort = run(
            m_seeded, {QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--after"), next});
        QCOMPARE(otherSort.code, 2);
        QVERIFY2(otherSort.err.contains(QStringLiteral("--sort")), qPrintable(otherSort.err));
        const test::CliResult mangled =
            run(m_seeded, byRegion + QStringList{QStringLiteral("--after"), QStringLiteral("not-a-cursor")});
        QCOMPARE(mangled.code, 2);
        const test::CliResult both =
            run(m_seeded, byRegion + QStringList{QStringLiteral("--last"), QStringLiteral("--page"),
                                                 QStringLiteral("2")});
        QCOMPARE(both.code, 2);
    }

    // A page far beyond the end is empty (or refused as a usage error); it is never silently page 1.
    void aPageFarBeyondTheEndIsNotTheFirstPage_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("limit");
        QTest::newRow("page 4") << QStringLiteral("4") << QStringLiteral("20");
        QTest::newRow("page 200 million") << QStringLiteral("200000000") << QStringLiteral("20");
        QTest::newRow("page 3 million of 1000") << QStringLiteral("3000000") << QStringLiteral("1000");
    }
    void aPageFarBeyondTheEndIsNotTheFirstPage()
    {
        QFETCH(QString, page);
        QFETCH(QString, limit);
        const test::CliResult r =
            run(m_seeded, {QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--page"), page,
                           QStringLiteral("--limit"), limit, QStringLiteral("--json")});
        QVERIFY2(r.code == 0 || r.code == 2, qPrintable(describe(r)));
        if (r.code == 0) {
            const QJsonObject o = jsonObject(r);
            QCOMPARE(o.value(QStringLiteral("total")).toInteger(), qint64(48));
            QVERIFY2(o.value(QStringLiteral("items")).toArray().isEmpty(), qPrintable(r.out.left(400)));
        }
    }

    void seedingTwiceIsRefused()
    {
        const QString db = freshCopy();
        const QByteArray before = test::readFile(db);
        const test::CliResult r =
            run(db, {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("48")), qPrintable(r.err));
        QCOMPARE(test::readFile(db), before);
        const test::CliResult list =
            run(db, {QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(jsonObject(list).value(QStringLiteral("total")).toInteger(), qint64(48));
    }

    void showOneTenant()
    {
        const QJsonObject o = show(m_seeded, QStringLiteral("acme-finance-ph"));
        QCOMPARE(o.value(QStringLiteral("slug")).toString(), QStringLiteral("acme-finance-ph"));
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Acme Finance PH"));
        QVERIFY(o.value(QStringLiteral("subscription")).isObject());
        QVERIFY(o.value(QStringLiteral("modules")).isArray());
        QVERIFY(!o.value(QStringLiteral("recent_operations")).toArray().isEmpty());
        QVERIFY(o.value(QStringLiteral("row_version")).toInt() >= 1);

        const test::CliResult text = run(
            m_seeded, {QStringLiteral("tenants"), QStringLiteral("show"), QStringLiteral("acme-finance-ph")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QStringLiteral("Acme Finance PH")));
    }

    void unknownTenantIsExit5()
    {
        const test::CliResult r =
            run(m_seeded, {QStringLiteral("tenants"), QStringLiteral("show"), QStringLiteral("no-such-co")});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(QStringLiteral("no-such-co")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        const test::CliResult j = run(m_seeded, {QStringLiteral("tenants"), QStringLiteral("show"),
                                                 QStringLiteral("no-such-co"), QStringLiteral("--json")});
        QCOMPARE(j.code, 5);
        const auto doc = strictJson(j);
        QVERIFY(doc);
        QCOMPARE(doc->object().value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));
        const test::CliResult pause = run(m_seeded, {QStringLiteral("tenants"), QStringLiteral("pause"),
                                                     QStringLiteral("no-such-co"), QStringLiteral("--yes")});
        QCOMPARE(pause.code, 5);
    }

    void createThenTheSameSlugAgain()
    {
        const QString db = freshCopy();
        const QStringList args = {
            QStringLiteral("tenants"),   QStringLiteral("create"), QStringLiteral("--slug"),
            QStringLiteral("acme-new"),  QStringLiteral("--name"), QStringLiteral("Acme New"),
            QStringLiteral("--plan"),    QStringLiteral("growth"), QStringLiteral("--bundle"),
            QStringLiteral("crm-sales"), QStringLiteral("--yes")};
        const test::CliResult created = run(db, args);
        QVERIFY2(created.code == 0, qPrintable(describe(created)));
        const QJsonObject o = show(db, QStringLiteral("acme-new"));
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Acme New"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(o.value(QStringLiteral("plan")).toString(), QStringLiteral("growth"));
        QCOMPARE(o.value(QStringLiteral("bundles")).toArray(), QJsonArray{QStringLiteral("crm-sales")});
        const QJsonArray ops = o.value(QStringLiteral("recent_operations")).toArray();
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops[0].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("provision"));
        QCOMPARE(ops[0].toObject().value(QStringLiteral("trigger_source")).toString(), QStringLiteral("cli"));

        const test::CliResult again = run(db, args);
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already taken")), qPrintable(again.err));

        const test::CliResult bad =
            run(db, {QStringLiteral("tenants"), QStringLiteral("create"), QStringLiteral("--slug"),
                     QStringLiteral("9lives"), QStringLiteral("--name"), QStringLiteral("Nine"),
                     QStringLiteral("--plan"), QStringLiteral("platinum"), QStringLiteral("--yes")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("Slug")), qPrintable(bad.err));
        QVERIFY2(bad.err.contains(QStringLiteral("platinum")), qPrintable(bad.err));
        const test::CliResult list =
            run(db, {QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(jsonObject(list).value(QStringLiteral("total")).toInteger(), qint64(49));
    }

    void pauseNeedsConfirmationThenQueuesTheOperation()
    {
        const QString db = freshCopy();
        const QString slug = firstSlugWithStatus(db, QStringLiteral("active"));
        QVERIFY(!slug.isEmpty());
        const QJsonObject before = show(db, slug);

        const test::CliResult refused = run(db, {QStringLiteral("tenants"), QStringLiteral("pause"), slug});
        QCOMPARE(refused.code, 3);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.err.contains(slug), qPrintable(refused.err)); // the summary was shown
        QCOMPARE(show(db, slug), before);

        const test::CliResult done =
            run(db, {QStringLiteral("tenants"), QStringLiteral("pause"), slug, QStringLiteral("--yes")});
        QVERIFY2(done.code == 0, qPrintable(describe(done)));
        const QJsonObject after = show(db, slug);
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("paused"));
        QCOMPARE(after.value(QStringLiteral("row_version")).toInt(),
                 before.value(QStringLiteral("row_version")).toInt() + 1);

        const test::CliResult ops = run(db, {QStringLiteral("operations"), QStringLiteral("list"),
                                             QStringLiteral("--tenant"), slug, QStringLiteral("--json")});
        QCOMPARE(ops.code, 0);
        const auto doc = strictJson(ops);
        QVERIFY(doc);
        const QJsonObject newest = doc->array().first().toObject();
        QCOMPARE(newest.value(QStringLiteral("type")).toString(), QStringLiteral("pause"));
        QCOMPARE(newest.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        QCOMPARE(newest.value(QStringLiteral("tenant")).toString(), slug);
        QCOMPARE(newest.value(QStringLiteral("trigger_source")).toString(), QStringLiteral("cli"));

        // Pausing again is refused as invalid, with nothing written.
        const test::CliResult twice =
            run(db, {QStringLiteral("tenants"), QStringLiteral("pause"), slug, QStringLiteral("--yes")});
        QCOMPARE(twice.code, 1);
        QCOMPARE(show(db, slug), after);

        // The audit log has every confirmed write, newest first.
        const test::CliResult audit =
            run(db, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(audit.code, 0);
        const auto a = strictJson(audit);
        QVERIFY(a);
        QStringList actions;
        for (const QJsonValue v : a->array())
            actions.prepend(v.toObject().value(QStringLiteral("action")).toString());
        QCOMPARE(actions, (QStringList{QStringLiteral("database.migrate"), QStringLiteral("demo.seed"),
                                       QStringLiteral("tenant.pause")}));
        QCOMPARE(a->array().first().toObject().value(QStringLiteral("target")).toString(), slug);
    }

    void decommissionWithYes()
    {
        const QString db = freshCopy();
        const QString slug = firstSlugWithStatus(db, QStringLiteral("paused"));
        const test::CliResult refused =
            run(db, {QStringLiteral("tenants"), QStringLiteral("decommission"), slug});
        QCOMPARE(refused.code, 3);
        QCOMPARE(show(db, slug).value(QStringLiteral("status")).toString(), QStringLiteral("paused"));
        const test::CliResult done = run(db, {QStringLiteral("tenants"), QStringLiteral("decommission"), slug,
                                              QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(done.code == 0, qPrintable(describe(done)));
        const auto doc = strictJson(done);
        QVERIFY(doc);
        QCOMPARE(doc->object().value(QStringLiteral("status")).toString(), QStringLiteral("decommissioned"));
        QCOMPARE(show(db, slug).value(QStringLiteral("status")).toString(), QStringLiteral("decommissioned"));
    }

    void editWithAStaleVersionShowsTheCurrentValues()
    {
        const QString db = freshCopy();
        const QJsonObject before = show(db, QStringLiteral("acme-finance-ph"));
        const test::CliResult r =
            run(db, {QStringLiteral("tenants"), QStringLiteral("edit"), QStringLiteral("acme-finance-ph"),
                     QStringLiteral("--set"), QStringLiteral("name=X Corp"),
                     QStringLiteral("--expect-version"), QStringLiteral("999"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("changed this record")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Name: Acme Finance PH")), qPrintable(r.err));
        QCOMPARE(show(db, QStringLiteral("acme-finance-ph")), before);

        const test::CliResult j = run(
            db, {QStringLiteral("tenants"), QStringLiteral("edit"), QStringLiteral("acme-finance-ph"),
                 QStringLiteral("--set"), QStringLiteral("name=X Corp"), QStringLiteral("--expect-version"),
                 QStringLiteral("999"), QStringLiteral("--yes"), QStringLiteral("--json")});
        QCOMPARE(j.code, 1);
        const auto doc = strictJson(j);
        QVERIFY(doc);
        QCOMPARE(doc->object().value(QStringLiteral("error")).toString(), QStringLiteral("conflict"));
        QCOMPARE(doc->object()
                     .value(QStringLiteral("current"))
                     .toObject()
                     .value(QStringLiteral("Name"))
                     .toString(),
                 QStringLiteral("Acme Finance PH"));

        // From the right version it saves.
        const QString version = QString::number(before.value(QStringLiteral("row_version")).toInt());
        const test::CliResult ok =
            run(db, {QStringLiteral("tenants"), QStringLiteral("edit"), QStringLiteral("acme-finance-ph"),
                     QStringLiteral("--set"), QStringLiteral("name=X Corp"),
                     QStringLiteral("--expect-version"), version, QStringLiteral("--yes")});
        QVERIFY2(ok.code == 0, qPrintable(describe(ok)));
        QCOMPARE(show(db, QStringLiteral("acme-finance-ph")).value(QStringLiteral("name")).toString(),
                 QStringLiteral("X Corp"));
    }
};

QTEST_GUILESS_MAIN(TestCliTenants)
#include "tst_cli_tenants.moc"
