// fusionctl as a person or a script uses it: the real binary on a SQLite file, its exit codes, its JSON on
// standard output (and nothing else there), and its refusal to write without confirmation.
#include "models/storage/Migrator.h"
#include "tests/common/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace fusion;

namespace {
// Standard output must be exactly one JSON document.
std::optional<QJsonDocument> strictJson(const test::CliResult& r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull()) {
        qWarning("stdout is not JSON (%s at %d):\n%s\nstderr:\n%s", qPrintable(error.errorString()),
                 error.offset, qPrintable(r.out), qPrintable(r.err));
        return std::nullopt;
    }
    return doc;
}

QJsonObject jsonObject(const test::CliResult& r)
{
    const auto doc = strictJson(r);
    return doc ? doc->object() : QJsonObject();
}

QJsonArray jsonArray(const test::CliResult& r)
{
    const auto doc = strictJson(r);
    return doc ? doc->array() : QJsonArray();
}

QString describe(const test::CliResult& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_seeded; // migrated, with 48 demo tenants; copied for every test that writes
    int m_copies = 0;

    static QString url(const QString& path) { return QStringLiteral("sqlite://") + path; }

    test::CliResult run(const QString& dbPath, const QStringList& args)
    {
        return test::runCli(m_home.path(), QStringList{QStringLiteral("--db"), url(dbPath)} + args);
    }

    QString freshCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.db").arg(++m_copies));
        if (!QFile::copy(m_seeded, path))
            qWarning("cannot copy %s", qPrintable(m_seeded));
        return path;
    }

    QJsonObject show(const QString& db, const QString& slug)
    {
        const test::CliResult r =
            run(db, {QStringLiteral("tenants"), QStringLiteral("show"), slug, QStringLiteral("--json")});
        const auto doc = strictJson(r);
        return doc ? doc->object() : QJsonObject();
    }

    QString firstSlugWithStatus(const QString& db, const QString& status)
    {
        const test::CliResult r = run(db, {QStringLiteral("tenants"), QStringLiteral("list"),
                                           QStringLiteral("--status"), status, QStringLiteral("--json")});
        const auto doc = strictJson(r);
        if (!doc)
            return {};
        return doc->object()
            .value(QStringLiteral("items"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("slug"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(test::fusionctlPath()).isExecutable(), "FUSIONCTL must point to fusionctl");
        m_seeded = m_dir.filePath(QStringLiteral("seeded.db"));
        const test::CliResult migrate =
            run(m_seeded, {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")});
        QVERIFY2(migrate.code == 0, qPrintable(describe(migrate)));
        const test::CliResult seed =
            run(m_seeded, {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--yes")});
        QVERIFY2(seed.code == 0, qPrintable(describe(seed)));
    }

    void statusOfAMissingFileCreatesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.db"));
        const test::CliResult text = run(path, {QStringLiteral("db"), QStringLiteral("status")});
        QVERIFY2(text.code == 0, qPrintable(describe(text)));
        const test::CliResult json =
            run(path, {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const auto doc = strictJson(json);
        QVERIFY(doc);
        QCOMPARE(doc->object().value(QStringLiteral("exists")).toBool(true), false);
        QCOMPARE(doc->object().value(QStringLiteral("current")).toInt(-1), 0);
        QVERIFY(entries(dir.path()).isEmpty());
        // Reading commands do not create it either.
        const test::CliResult list = run(path, {QStringLiteral("tenants"), QStringLiteral("list")});
        QCOMPARE(list.code, 1);
        QVERIFY2(list.err.contains(QStringLiteral("db migrate")), qPrintable(list.err));
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void migrateNeedsConfirmation()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.db"));
        const test::CliResult refused = run(path, {QStringLiteral("db"), QStringLiteral("migrate")});
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("--yes")), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(entries(dir.path()).isEmpty(), qPrintable(entries(dir.path()).join(QLatin1Char(' '))));

        const test::CliResult done =
            run(path, {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")});
        QVERIFY2(done.code == 0, qPrintable(describe(done)));
        QVERIFY(QFileInfo::exists(path));
        const test::CliResult status =
            run(path, {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")});
        const auto doc = strictJson(status);
        QVERIFY(doc);
        QCOMPARE(doc->object().value(QStringLiteral("exists")).toBool(), true);
        QCOMPARE(doc->object().value(QStringLiteral("current")).toInt(),
                 Migrator::latestVersion(Dialect::Sqlite));
        QCOMPARE(doc->object().value(QStringLiteral("pending")).toArray().size(), 0);
    }

    // `db migrate --json` is what a deployment script runs on every start: stdout must be JSON whether or not
    // there was anything to do.
    void migrateJsonIsJsonEvenWhenUpToDate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.db"));
        const QStringList args = {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes"),
                                  QStringLiteral("--json")};
        const test::CliResult first = run(path, args);
        QCOMPARE(first.code, 0);
        QVERIFY(strictJson(first));
        const test::CliResult again = run(path, args);
        QCOMPARE(again.code, 0);
        const auto doc = strictJson(again);
        QVERIFY(doc);
        QCOMPARE(doc->object().value(QStringLiteral("changed")).toBool(true), false);
    }

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

    void bundlesAreCreatedEditedAndDeletedWithConfirmation()
    {
        const QString db = freshCopy();
        const auto bundles = [&](const QStringList& args) {
            return run(db, QStringList{QStringLiteral("bundles")} + args);
        };
        // No terminal and no --yes: the plan is shown, nothing is created.
        const test::CliResult asked = bundles({QStringLiteral("create"), QStringLiteral("field-service"),
                                               QStringLiteral("--name"), QStringLiteral("Field Service"),
                                               QStringLiteral("--modules"), QStringLiteral("project, hr")});
        QCOMPARE(asked.code, 3);
        QVERIFY2(asked.err.contains(QStringLiteral("Create bundle field-service")),
                 qPrintable(describe(asked)));
        QCOMPARE(bundles({QStringLiteral("show"), QStringLiteral("field-service")}).code, 5);

        const test::CliResult bad = bundles(
            {QStringLiteral("create"), QStringLiteral("x"), QStringLiteral("--name"), QStringLiteral("X"),
             QStringLiteral("--modules"), QStringLiteral("crm;rm -rf /"), QStringLiteral("--yes")});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("Not a module name")), qPrintable(describe(bad)));

        QCOMPARE(
            bundles({QStringLiteral("create"), QStringLiteral("field-service"), QStringLiteral("--name"),
                     QStringLiteral("Field Service"), QStringLiteral("--type"), QStringLiteral("fsm"),
                     QStringLiteral("--modules"), QStringLiteral("project, hr"), QStringLiteral("--yes")})
                .code,
            0);
        const test::CliResult edited =
            bundles({QStringLiteral("edit"), QStringLiteral("field-service"), QStringLiteral("--add-module"),
                     QStringLiteral("fleet"), QStringLiteral("--remove-module"), QStringLiteral("hr"),
                     QStringLiteral("--version"), QStringLiteral("1.1"), QStringLiteral("--yes")});
        QVERIFY2(edited.code == 0, qPrintable(describe(edited)));
        QVERIFY2(edited.err.contains(QStringLiteral("+ fleet; − hr")), qPrintable(describe(edited)));
        const QJsonObject shown = jsonObject(
            bundles({QStringLiteral("show"), QStringLiteral("field-service"), QStringLiteral("--json")}));
        QCOMPARE(shown.value(QStringLiteral("modules")).toArray(),
                 (QJsonArray{QStringLiteral("fleet"), QStringLiteral("project")}));
        QCOMPARE(shown.value(QStringLiteral("version")).toString(), QStringLiteral("1.1"));
        QCOMPARE(bundles({QStringLiteral("edit"), QStringLiteral("field-service")}).code,
                 2); // nothing to edit

        // Assigned: the delete is refused and names the tenant; unassigned: it goes, after the typed phrase
        // (here --yes stands for it).
        QCOMPARE(bundles({QStringLiteral("assign"), QStringLiteral("field-service"),
                          QStringLiteral("dalisay-water"), QStringLiteral("--yes")})
                     .code,
                 0);
        const test::CliResult refused =
            bundles({QStringLiteral("delete"), QStringLiteral("field-service"), QStringLiteral("--yes")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("dalisay-water")), qPrintable(describe(refused)));
        const QJsonArray drift =
            jsonArray(bundles({QStringLiteral("drift"), QStringLiteral("--bundle"),
                               QStringLiteral("field-service"), QStringLiteral("--json")}));
        QCOMPARE(drift.size(), 1);
        QCOMPARE(drift.first().toObject().value(QStringLiteral("tenant")).toString(),
                 QStringLiteral("dalisay-water"));
        QVERIFY(drift.first()
                    .toObject()
                    .value(QStringLiteral("missing"))
                    .toArray()
                    .contains(QStringLiteral("fleet")));
        QCOMPARE(bundles({QStringLiteral("unassign"), QStringLiteral("field-service"),
                          QStringLiteral("dalisay-water"), QStringLiteral("--yes")})
                     .code,
                 0);
        QCOMPARE(bundles({QStringLiteral("delete"), QStringLiteral("field-service"), QStringLiteral("--yes")})
                     .code,
                 0);
        QCOMPARE(bundles({QStringLiteral("show"), QStringLiteral("field-service")}).code, 5);
        const test::CliResult audit =
            run(db, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const char* action : {"bundle.create", "bundle.edit", "bundle.delete"})
            QVERIFY2(audit.out.contains(QLatin1String(action)), action);
    }

    void bundlesAreSetWithConfirmationInPlainEnglish()
    {
        const QString db = freshCopy();
        const QString slug = QStringLiteral("dalisay-water");
        const auto bundleCodes = [&] {
            QStringList codes;
            const QJsonArray bundles = show(db, slug).value(QStringLiteral("bundles")).toArray();
            for (const auto& b : bundles)
                codes << b.toString();
            return codes;
        };
        const QStringList before = bundleCodes();
        QVERIFY(!before.contains(QStringLiteral("crm-sales")));
        const QString wanted = (before + QStringList{QStringLiteral("crm-sales")}).join(QLatin1Char(','));

        // Without --yes: the summary, the plural spelled out even in the C locale, and nothing written.
        QProcessEnvironment cLocale;
        cLocale.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        cLocale.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        const test::CliResult asked =
            test::runCli(m_home.path(),
                         {QStringLiteral("--db"), url(db), QStringLiteral("tenants"), QStringLiteral("edit"),
                          slug, QStringLiteral("--set"), QStringLiteral("bundles=") + wanted},
                         {}, cLocale);
        QCOMPARE(asked.code, 3);
        QVERIFY2(asked.err.contains(QStringLiteral("crm-sales")), qPrintable(asked.err));
        QVERIFY2(asked.err.contains(QStringLiteral("modules pending installation")), qPrintable(asked.err));
        QVERIFY2(!asked.err.contains(QStringLiteral("(s)")), qPrintable(asked.err));
        QCOMPARE(bundleCodes(), before);

        const test::CliResult done =
            run(db, {QStringLiteral("tenants"), QStringLiteral("edit"), slug, QStringLiteral("--set"),
                     QStringLiteral("bundles=") + wanted, QStringLiteral("--yes")});
        QVERIFY2(done.code == 0, qPrintable(describe(done)));
        QVERIFY(bundleCodes().contains(QStringLiteral("crm-sales")));

        // An unknown bundle is an error that names it, and changes nothing.
        const test::CliResult unknown =
            run(db, {QStringLiteral("tenants"), QStringLiteral("edit"), slug, QStringLiteral("--set"),
                     QStringLiteral("bundles=crm-sales,no-such-bundle"), QStringLiteral("--yes")});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("no-such-bundle")), qPrintable(unknown.err));
        QVERIFY(bundleCodes().contains(QStringLiteral("crm-sales")));
    }

    void usageErrorsAreExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown action") << QStringList{QStringLiteral("tenants"), QStringLiteral("explode")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--colour")};
        QTest::newRow("unknown option with value")
            << QStringList{QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--colour"),
                           QStringLiteral("red")};
        QTest::newRow("missing slug") << QStringList{QStringLiteral("tenants"), QStringLiteral("show")};
        QTest::newRow("missing slug for pause")
            << QStringList{QStringLiteral("tenants"), QStringLiteral("pause"), QStringLiteral("--yes")};
        QTest::newRow("limit not a number") << QStringList{QStringLiteral("tenants"), QStringLiteral("list"),
                                                           QStringLiteral("--limit"), QStringLiteral("abc")};
        QTest::newRow("page zero") << QStringList{QStringLiteral("tenants"), QStringLiteral("list"),
                                                  QStringLiteral("--page"), QStringLiteral("0")};
        QTest::newRow("unknown sort") << QStringList{QStringLiteral("tenants"), QStringLiteral("list"),
                                                     QStringLiteral("--sort"), QStringLiteral("sideways")};
        QTest::newRow("unknown status")
            << QStringList{QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--status"),
                           QStringLiteral("sleeping")};
        QTest::newRow("extra argument")
            << QStringList{QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("extra")};
        QTest::newRow("create without name")
            << QStringList{QStringLiteral("tenants"), QStringLiteral("create"), QStringLiteral("--slug"),
                           QStringLiteral("abc-def")};
        QTest::newRow("operations limit") << QStringList{QStringLiteral("operations"), QStringLiteral("list"),
                                                         QStringLiteral("--limit"), QStringLiteral("-1")};
    }
    void usageErrorsAreExit2()
    {
        QFETCH(QStringList, args);
        const test::CliResult r = run(m_seeded, args);
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        QVERIFY(!r.err.isEmpty());
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    void passwordInDbUrlIsAUsageError()
    {
        const test::CliResult r = test::runCli(
            m_home.path(), {QStringLiteral("--db"),
                            QStringLiteral("postgresql://alice:Hunter2-Secret@db.example.com/fusion"),
                            QStringLiteral("tenants"), QStringLiteral("list")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("password")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // DESIGN.md: no secret in command-line output. A password typed into --db by mistake is not echoed.
    void passwordInDbUrlIsNotEchoed()
    {
        const test::CliResult r = test::runCli(
            m_home.path(), {QStringLiteral("--db"),
                            QStringLiteral("postgresql://alice:Hunter2-Secret@db.example.com/fusion"),
                            QStringLiteral("tenants"), QStringLiteral("list")});
        QCOMPARE(r.code, 2);
        QVERIFY2(!r.err.contains(QStringLiteral("Hunter2-Secret")), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("Hunter2-Secret")));
    }

    // A file written by a newer Fusion Console, or a database of another program, is refused by every
    // command and stays byte-identical.
    void newerAndForeignDatabasesAreRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString newer = dir.filePath(QStringLiteral("newer.db"));
        QVERIFY(QFile::copy(m_seeded, newer));
        const QString foreign = dir.filePath(QStringLiteral("foreign.db"));
        {
            const QString name = QStringLiteral("tst-cli-raw");
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(newer);
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                QVERIFY(q.exec(
                    QStringLiteral("INSERT INTO schema_version (version, name, applied_at, applied_by) "
                                   "VALUES (%1, 'future', '2030-01-01T00:00:00.000Z', 'x')")
                        .arg(Migrator::latestVersion(Dialect::Sqlite) + 5)));
                q = QSqlQuery();
                raw.close();
                raw.setDatabaseName(foreign);
                QVERIFY(raw.open());
                QSqlQuery f(raw);
                QVERIFY(f.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
                QVERIFY(f.exec(QStringLiteral("INSERT INTO invoices (total) VALUES (12.5)")));
                f = QSqlQuery();
                raw.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        const QByteArray newerBytes = test::readFile(newer);
        const QByteArray foreignBytes = test::readFile(foreign);
        const QList<QStringList> commands = {
            {QStringLiteral("tenants"), QStringLiteral("list")},
            {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")},
            {QStringLiteral("tenants"), QStringLiteral("pause"), QStringLiteral("acme-finance-ph"),
             QStringLiteral("--yes")},
            {QStringLiteral("db"), QStringLiteral("status")}};
        for (const QStringList& command : commands) {
            const test::CliResult a = run(newer, command);
            QVERIFY2(a.code == 1, qPrintable(describe(a)));
            QVERIFY2(a.err.contains(QStringLiteral("newer")) || a.out.contains(QStringLiteral("newer")),
                     qPrintable(describe(a)));
            QCOMPARE(test::readFile(newer), newerBytes);
            const test::CliResult b = run(foreign, command);
            QVERIFY2(b.code == 1, qPrintable(describe(b)));
            QVERIFY2(b.err.contains(QStringLiteral("do not belong")), qPrintable(describe(b)));
            QCOMPARE(test::readFile(foreign), foreignBytes);
        }
        QCOMPARE(entries(dir.path()),
                 (QStringList{QStringLiteral("foreign.db"), QStringLiteral("newer.db")}));
    }

    void whoamiOnSqliteIsTheEmbeddedOwner()
    {
        const test::CliResult r = run(m_seeded, {QStringLiteral("whoami"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const auto doc = strictJson(r);
        QVERIFY(doc);
        QCOMPARE(doc->object().value(QStringLiteral("owner")).toBool(), true);
        QCOMPARE(doc->object().value(QStringLiteral("embedded")).toBool(), true);
        QVERIFY(!doc->object().value(QStringLiteral("login")).toString().isEmpty());
    }

    void rolesAreForPostgresOnly()
    {
        const QString db = freshCopy();
        const test::CliResult grant =
            run(db, {QStringLiteral("roles"), QStringLiteral("grant"), QStringLiteral("maria"),
                     QStringLiteral("fusion_operator"), QStringLiteral("--yes")});
        QCOMPARE(grant.code, 1);
        QVERIFY2(grant.err.contains(QStringLiteral("only on PostgreSQL")), qPrintable(grant.err));
        const test::CliResult list = run(db, {QStringLiteral("roles"), QStringLiteral("list")});
        QCOMPARE(list.code, 1);
        QVERIFY2(list.err.contains(QStringLiteral("only on PostgreSQL")), qPrintable(list.err));
        const test::CliResult audit =
            run(db, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(jsonArray(audit).size(), 2); // migrate and seed only
    }

    // Every --json command prints one JSON document on stdout and nothing else; summaries go to stderr.
    void jsonOutputIsOnlyJson_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString s = QStringLiteral("acme-finance-ph");
        QTest::newRow("db status") << QStringList{QStringLiteral("db"), QStringLiteral("status")} << 0;
        QTest::newRow("tenants list") << QStringList{QStringLiteral("tenants"), QStringLiteral("list")} << 0;
        QTest::newRow("tenants list nothing")
            << QStringList{QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--search"),
                           QStringLiteral("zzzz")}
            << 0;
        QTest::newRow("tenants show")
            << QStringList{QStringLiteral("tenants"), QStringLiteral("show"), s} << 0;
        QTest::newRow("operations list")
            << QStringList{QStringLiteral("operations"), QStringLiteral("list")} << 0;
        QTest::newRow("audit list") << QStringList{QStringLiteral("audit"), QStringLiteral("list")} << 0;
        QTest::newRow("audit verify") << QStringList{QStringLiteral("audit"), QStringLiteral("verify")} << 0;
        QTest::newRow("whoami") << QStringList{QStringLiteral("whoami")} << 0;
        QTest::newRow("pause") << QStringList{QStringLiteral("tenants"), QStringLiteral("pause"), s,
                                              QStringLiteral("--yes")}
                               << 0;
        QTest::newRow("edit")
            << QStringList{QStringLiteral("tenants"), QStringLiteral("edit"),        s,
                           QStringLiteral("--set"),   QStringLiteral("region=fra9"), QStringLiteral("--yes")}
            << 0;
        QTest::newRow("edit no change") << QStringList{QStringLiteral("tenants"),
                                                       QStringLiteral("edit"),
                                                       s,
                                                       QStringLiteral("--set"),
                                                       QStringLiteral("name=Acme Finance PH"),
                                                       QStringLiteral("--yes")}
                                        << 0;
        QTest::newRow("create") << QStringList{QStringLiteral("tenants"), QStringLiteral("create"),
                                               QStringLiteral("--slug"),  QStringLiteral("json-co"),
                                               QStringLiteral("--name"),  QStringLiteral("Json Co"),
                                               QStringLiteral("--yes")}
                                << 0;
        QTest::newRow("refused write")
            << QStringList{QStringLiteral("tenants"), QStringLiteral("pause"), s} << 3;
        QTest::newRow("invalid create")
            << QStringList{QStringLiteral("tenants"), QStringLiteral("create"), QStringLiteral("--slug"),
                           QStringLiteral("www"),     QStringLiteral("--name"), QStringLiteral("W"),
                           QStringLiteral("--yes")}
            << 1;
        QTest::newRow("not found") << QStringList{QStringLiteral("tenants"), QStringLiteral("show"),
                                                  QStringLiteral("nope-nope")}
                                   << 5;
    }
    void jsonOutputIsOnlyJson()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const QString db = freshCopy();
        const test::CliResult r = run(db, args + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.code == code, qPrintable(describe(r)));
        if (code == 3) {
            QVERIFY2(r.out.isEmpty(), qPrintable(r.out)); // nothing was done, nothing to report on stdout
            return;
        }
        QVERIFY(strictJson(r));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
