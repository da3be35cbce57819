// The migration script splitter: statements end at top-level semicolons only.
#include "models/storage/SqlScript.h"

#include <QTest>

using fusion::splitSqlScript;

class TestSqlScript : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void splitsAtTopLevelSemicolons()
    {
        const QStringList parts =
            splitSqlScript(QStringLiteral("CREATE TABLE a (x int);\nINSERT INTO a VALUES (1);"));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[1], QStringLiteral("INSERT INTO a VALUES (1)"));
    }
    void keepsSemicolonsInStringsCommentsAndBodies()
    {
        const QString script = QStringLiteral(
            "-- a comment; with a semicolon\n"
            "INSERT INTO t VALUES ('a;b', 'it''s; fine');\n"
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n"
            "CREATE FUNCTION g() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 2; END $body$;\n"
            "/* block; comment */ SELECT \"odd;name\" FROM t;\n"
            "CREATE TRIGGER tr BEFORE INSERT ON t BEGIN SELECT CASE WHEN 1 THEN 2 END; SELECT 3; END;\n"
            "SELECT 4");
        const QStringList parts = splitSqlScript(script);
        QCOMPARE(parts.size(), 6);
        QVERIFY(parts[0].contains(QStringLiteral("'it''s; fine'")));
        QVERIFY(parts[1].endsWith(QStringLiteral("$$ SELECT 1; $$")));
        QVERIFY(parts[2].contains(QStringLiteral("RETURN 2; END $body$")));
        QVERIFY(parts[3].contains(QStringLiteral("\"odd;name\"")));
        QVERIFY(parts[4].startsWith(QStringLiteral("CREATE TRIGGER")) &&
                parts[4].endsWith(QStringLiteral("SELECT 3; END")));
        QCOMPARE(parts[5], QStringLiteral("SELECT 4"));
    }
    void emptyScriptHasNoStatements()
    {
        QVERIFY(splitSqlScript(QStringLiteral("  -- nothing\n ; ;")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
