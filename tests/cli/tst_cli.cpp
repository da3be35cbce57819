// fusionctl as a person or a script uses it: the real binary on a SQLite file, its exit codes, its JSON on
// standard output (and nothing else there), and its refusal to write without confirmation.
// (The tenants commands are checked by tst_cli_tenants.cpp.)
#include "models/storage/Migrator.h"
#include "tests/cli/CliTest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace fusion;
using namespace fusion::test;

class TestCli : public QObject, protected CliFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initSeeded(); }

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
