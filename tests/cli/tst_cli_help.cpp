// fusionctl's command registry as a user meets it: every command explains itself with --help, a flag
// another command owns is refused by name, a bad typed value is a usage error that says what fits, and a
// list's --json has the same rows as its table.
#include "app/cli/CommandRegistry.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fusion;

namespace {
QString describe(const test::CliResult& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}

// A table as Console prints it: columns start where their headers start; the last one runs to the end.
QList<QHash<QString, QString>> parseTable(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QList<QHash<QString, QString>> rows;
    if (lines.isEmpty())
        return rows;
    const QString header = lines.takeFirst();
    QList<qsizetype> starts;
    QStringList names;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header[i] != QLatin1Char(' ') && (i == 0 || header.mid(i - 2, 2) == QLatin1String("  "))) {
            starts << i;
            const qsizetype end = header.indexOf(QLatin1String("  "), i);
            names << header.mid(i, end < 0 ? -1 : end - i);
        }
    }
    for (const QString& line : lines) {
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < starts.size(); ++c) {
            const qsizetype from = starts[c];
            const qsizetype to = c + 1 < starts.size() ? starts[c + 1] : line.size();
            row.insert(names[c], line.mid(from, to - from).trimmed());
        }
        rows << row;
    }
    return rows;
}
} // namespace

class TestCliHelp : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_db;

    test::CliResult run(const QStringList& args)
    {
        return test::runCli(m_home.path(),
                            QStringList{QStringLiteral("--db"), QStringLiteral("sqlite://") + m_db} + args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("help.db"));
        const test::CliResult migrate =
            run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")});
        QVERIFY2(migrate.code == 0, qPrintable(describe(migrate)));
        const test::CliResult seed =
            run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--tenants"),
                 QStringLiteral("4"), QStringLiteral("--yes")});
        QVERIFY2(seed.code == 0, qPrintable(describe(seed)));
    }

    // fusionctl --help lists every command with its usage line; without a command it is a usage error.
    void usageTextListsEveryCommand()
    {
        const test::CliResult help = test::runCli(m_home.path(), {QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const cli::CommandSpec& spec : cli::commands().all()) {
            const QString first = cli::CommandRegistry::usageLines(spec).section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(help.out.contains(QStringLiteral("  ") + first), qPrintable(first));
        }
        const test::CliResult bare = test::runCli(m_home.path(), {});
        QCOMPARE(bare.code, 2);
        QCOMPARE(bare.out, help.out);
    }

    void everyCommandAnswersHelp_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("usage");
        for (const cli::CommandSpec& spec : cli::commands().all())
            QTest::newRow(qPrintable(spec.path)) << spec.path << cli::CommandRegistry::usageLines(spec);
    }
    void everyCommandAnswersHelp()
    {
        QFETCH(QString, path);
        QFETCH(QString, usage);
        // No store is opened for --help: it works before any database exists.
        const test::CliResult r =
            test::runCli(m_home.path(), path.split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(
            r.out.startsWith(QStringLiteral("Usage: fusionctl ") + usage.section(QLatin1Char('\n'), 0, 0)),
            qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void groupHelpListsItsCommands()
    {
        const test::CliResult r =
            test::runCli(m_home.path(), {QStringLiteral("bundles"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const QString& path : cli::commands().pathsIn(QStringLiteral("bundles")))
            QVERIFY2(r.out.contains(QStringLiteral("  ") + path), qPrintable(path));
        QVERIFY(!r.out.contains(QStringLiteral("tenants list")));
    }

    void unknownFlagIsAUsageErrorNamingIt_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        // --all and --companies are flags of other commands (keys list, odoo partners), not of these.
        QTest::newRow("tenants list --all")
            << QStringList{QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--all")}
            << QStringLiteral("--all");
        QTest::newRow("bundles list --companies")
            << QStringList{QStringLiteral("bundles"), QStringLiteral("list"), QStringLiteral("--companies")}
            << QStringLiteral("--companies");
        QTest::newRow("audit verify --colour red")
            << QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--colour"),
                           QStringLiteral("red")}
            << QStringLiteral("--colour");
        // A flag of this command still takes no value.
        QTest::newRow("tenants list --desc=yes")
            << QStringList{QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--desc=yes")}
            << QStringLiteral("--desc");
        QTest::newRow("unknown action")
            << QStringList{QStringLiteral("bundles"), QStringLiteral("explode")} << QStringLiteral("explode");
    }
    void unknownFlagIsAUsageErrorNamingIt()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const test::CliResult r = run(args);
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    void badTypedValueIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString tenants = QStringLiteral("tenants");
        const QString list = QStringLiteral("list");
        QTest::newRow("limit abc") << QStringList{tenants, list, QStringLiteral("--limit"),
                                                  QStringLiteral("abc")}
                                   << QStringLiteral(
                                          "--limit takes a whole number from 1 to 1000, not \"abc\"");
        QTest::newRow("limit 0") << QStringList{tenants, list, QStringLiteral("--limit"), QStringLiteral("0")}
                                 << QStringLiteral("--limit takes a whole number from 1 to 1000, not \"0\"");
        QTest::newRow("page -2") << QStringList{tenants, list, QStringLiteral("--page"), QStringLiteral("-2")}
                                 << QStringLiteral("--page takes a positive whole number, not \"-2\"");
        QTest::newRow("operations limit too big")
            << QStringList{QStringLiteral("operations"), list, QStringLiteral("--limit"),
                           QStringLiteral("10001")}
            << QStringLiteral("--limit takes a whole number from 1 to 10000, not \"10001\"");
        QTest::newRow("operation id")
            << QStringList{QStringLiteral("operations"), QStringLiteral("abandon"), QStringLiteral("seven"),
                           QStringLiteral("--yes")}
            << QStringLiteral("the operation id is a positive whole number, not \"seven\"");
        QTest::newRow("date") << QStringList{QStringLiteral("usage"), QStringLiteral("prune"),
                                             QStringLiteral("--before"), QStringLiteral("yesterday")}
                              << QStringLiteral(
                                     "--before takes a date such as 2026-12-31, not \"yesterday\"");
        QTest::newRow("amount") << QStringList{QStringLiteral("access"),     QStringLiteral("set"),
                                               QStringLiteral("--consumer"), QStringLiteral("c"),
                                               QStringLiteral("--provider"), QStringLiteral("openai"),
                                               QStringLiteral("--monthly"),  QStringLiteral("lots")}
                                << QStringLiteral(
                                       "--monthly takes an amount such as 25 or 12.50, or \"none\", "
                                       "not \"lots\"");
        QTest::newRow("days") << QStringList{QStringLiteral("keys"), list, QStringLiteral("--expiring-days"),
                                             QStringLiteral("-1")}
                              << QStringLiteral(
                                     "--expiring-days takes a whole number from 0 to 3650, not \"-1\"");
    }
    void badTypedValueIsAUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const test::CliResult r = run(args);
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("fusionctl: ") + message), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    // Each list is declared once (a column spec); what --json says is what the table says, row for row.
    void jsonListsHaveTheTablesRows_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("pairs"); // "HEADER=json_key"
        QTest::newRow("bundles list")
            << QStringList{QStringLiteral("bundles"), QStringLiteral("list")}
            << QStringList{QStringLiteral("CODE=code"), QStringLiteral("NAME=name"),
                           QStringLiteral("TYPE=type"), QStringLiteral("VERSION=version"),
                           QStringLiteral("TENANTS=tenants")};
        QTest::newRow("operations list") << QStringList{QStringLiteral("operations"), QStringLiteral("list"),
                                                        QStringLiteral("--limit"), QStringLiteral("30")}
                                         << QStringList{QStringLiteral("ID=id"),
                                                        QStringLiteral("TENANT=tenant"),
                                                        QStringLiteral("TYPE=type"),
                                                        QStringLiteral("STATUS=status"),
                                                        QStringLiteral("SOURCE=trigger_source"),
                                                        QStringLiteral("ACTOR=actor")};
        QTest::newRow("usage prices")
            << QStringList{QStringLiteral("usage"), QStringLiteral("prices")}
            << QStringList{QStringLiteral("PROVIDER=provider"), QStringLiteral("MODEL=model"),
                           QStringLiteral("FROM=from")};
        QTest::newRow("audit list") << QStringList{QStringLiteral("audit"), QStringLiteral("list"),
                                                   QStringLiteral("--limit"), QStringLiteral("20")}
                                    << QStringList{QStringLiteral("ID=id"), QStringLiteral("ACTOR=actor"),
                                                   QStringLiteral("ACTION=action"),
                                                   QStringLiteral("TARGET=target")};
    }
    void jsonListsHaveTheTablesRows()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, pairs);
        const test::CliResult table = run(args);
        QVERIFY2(table.code == 0, qPrintable(describe(table)));
        const test::CliResult json = run(args + QStringList{QStringLiteral("--json")});
        QVERIFY2(json.code == 0, qPrintable(describe(json)));
        const QJsonArray items = json.json().array();
        const auto rows = parseTable(table.out);
        QVERIFY2(!rows.isEmpty(), qPrintable(table.out));
        QCOMPARE(rows.size(), items.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            for (const QString& pair : pairs) {
                const QString header = pair.section(QLatin1Char('='), 0, 0);
                const QString key = pair.section(QLatin1Char('='), 1);
                const QJsonValue v = item.value(key);
                const QString text = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
                QCOMPARE(rows[i].value(header), text);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
