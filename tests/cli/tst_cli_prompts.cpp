// fusionctl ai prompts and ai prompt … as a user drives them on the embedded store: a prompt is created with
// version 1 published, every edit is a new version (the stored versions never change), history and diffs show
// what changed, rendering names missing and undeclared variables and keeps values literal, hostile templates
// from standard input are refused with their position or handled at size, and every write is confirmed and
// audited.
#include "tests/cli/CliTest.h"
#include "tests/common/Failures.h"

using namespace fusion;

class TestCliPrompts : public QObject, public test::CliFixture {
    Q_OBJECT

    QString m_db;
    QString m_slug;
    QString m_otherSlug;

    test::CliResult ai(const QStringList& args, const QByteArray& input = {})
    {
        return test::runCli(m_home.path(),
                            QStringList{QStringLiteral("--db"), url(m_db), QStringLiteral("ai")} + args,
                            input);
    }
    QJsonArray prompts(const QStringList& extra = {})
    {
        const test::CliResult r =
            ai(QStringList{QStringLiteral("prompts"), QStringLiteral("--json")} + extra);
        if (r.code != 0)
            qWarning("%s", qPrintable(test::describe(r)));
        return test::jsonArray(r);
    }
    QJsonObject prompt(const QString& code)
    {
        for (const QJsonValue& v : prompts({QStringLiteral("--all")})) {
            if (v.toObject().value(QStringLiteral("code")).toString() == code)
                return v.toObject();
        }
        return {};
    }
    QJsonObject shown(const QString& code, int version)
    {
        const test::CliResult r =
            ai({QStringLiteral("prompt"), QStringLiteral("show"), code, QStringLiteral("--version"),
                QString::number(version), QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("%s", qPrintable(test::describe(r)));
        return test::jsonObject(r);
    }
    test::CliResult add(const QString& code, const QByteArray& templ, const QStringList& vars,
                        const QStringList& extra = {QStringLiteral("--yes")})
    {
        QStringList args{QStringLiteral("prompt"), QStringLiteral("add"), code, QStringLiteral("--name"),
                         QStringLiteral("Prompt ") + code};
        for (const QString& v : vars)
            args << QStringLiteral("--var") << v;
        return ai(args + extra, templ);
    }
    test::CliResult render(const QString& code, const QStringList& sets, const QStringList& extra = {})
    {
        QStringList args{QStringLiteral("prompt"), QStringLiteral("render"), code};
        for (const QString& s : sets)
            args << QStringLiteral("--set") << s;
        return ai(args + extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("prompts.db"));
        Database db;
        test::guarded([&] {
            test::prepare(db, test::sqliteTarget(m_dir, QStringLiteral("prompts.db")), 3);
            m_slug = db.scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY id LIMIT 1")).toString();
            m_otherSlug =
                db.scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY id DESC LIMIT 1")).toString();
        });
        QVERIFY(!m_slug.isEmpty());
        QVERIFY(m_slug != m_otherSlug);
    }

    void anEmptyListSaysHowToStart()
    {
        const test::CliResult r = ai({QStringLiteral("prompts")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("fusionctl ai prompt add")), qPrintable(r.out));
        QCOMPARE(prompts().size(), 0);
    }

    void nothingIsStoredWithoutConfirmation()
    {
        const test::CliResult r =
            add(QStringLiteral("greet"), "Hello {{name}}\n", {QStringLiteral("name")}, {});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Add prompt")), qPrintable(test::describe(r)));
        QCOMPARE(prompts({QStringLiteral("--all")}).size(), 0);
    }

    void createEditPublishHistoryDiffRender()
    {
        const test::CliResult created =
            add(QStringLiteral("greet"), "Hello {{name}}, about {{topic}}.\nBye\n",
                {QStringLiteral("name"), QStringLiteral("topic")},
                {QStringLiteral("--note"), QStringLiteral("first"), QStringLiteral("--yes")});
        QVERIFY2(created.code == 0, qPrintable(test::describe(created)));
        QJsonObject p = prompt(QStringLiteral("greet"));
        QCOMPARE(p.value(QStringLiteral("published_version")).toInt(), 1);
        QCOMPARE(p.value(QStringLiteral("latest_version")).toInt(), 1);
        QCOMPARE(p.value(QStringLiteral("scope")).toString(), QStringLiteral("all"));

        // An edit without --publish is saved and waits; the wording changes, the variables stay.
        const test::CliResult edited =
            ai({QStringLiteral("prompt"), QStringLiteral("edit"), QStringLiteral("greet"),
                QStringLiteral("--note"), QStringLiteral("second"), QStringLiteral("--yes")},
               "Hello {{name}}, about {{topic}}.\nSee you\n");
        QVERIFY2(edited.code == 0, qPrintable(test::describe(edited)));
        QVERIFY2(edited.err.contains(QStringLiteral("+1 −1")), qPrintable(test::describe(edited)));
        p = prompt(QStringLiteral("greet"));
        QCOMPARE(p.value(QStringLiteral("published_version")).toInt(), 1);
        QCOMPARE(p.value(QStringLiteral("latest_version")).toInt(), 2);
        const test::CliResult published =
            render(QStringLiteral("greet"), {QStringLiteral("name=Ada"), QStringLiteral("topic=maths")});
        QVERIFY2(published.code == 0, qPrintable(test::describe(published)));
        QCOMPARE(published.out, QStringLiteral("Hello Ada, about maths.\nBye\n"));
        const test::CliResult v2 =
            render(QStringLiteral("greet"), {QStringLiteral("name=Ada"), QStringLiteral("topic=maths")},
                   {QStringLiteral("--version"), QStringLiteral("2")});
        QCOMPARE(v2.out, QStringLiteral("Hello Ada, about maths.\nSee you\n"));

        // The same template and variables again is refused; nothing is saved.
        const test::CliResult same = ai({QStringLiteral("prompt"), QStringLiteral("edit"),
                                         QStringLiteral("greet"), QStringLiteral("--yes")},
                                        "Hello {{name}}, about {{topic}}.\nSee you\n");
        QCOMPARE(same.code, 1);
        QVERIFY2(same.err.contains(QStringLiteral("Nothing changed")), qPrintable(test::describe(same)));
        QCOMPARE(prompt(QStringLiteral("greet")).value(QStringLiteral("latest_version")).toInt(), 2);

        // A third version with a new variable, published at once.
        const test::CliResult third =
            ai({QStringLiteral("prompt"), QStringLiteral("edit"), QStringLiteral("greet"),
                QStringLiteral("--var"), QStringLiteral("name"), QStringLiteral("--var"),
                QStringLiteral("topic"), QStringLiteral("--var"), QStringLiteral("tone"),
                QStringLiteral("--publish"), QStringLiteral("--yes")},
               "Hello {{name}}, about {{topic}}, {{tone}}.\nSee you\n");
        QVERIFY2(third.code == 0, qPrintable(test::describe(third)));
        QCOMPARE(prompt(QStringLiteral("greet")).value(QStringLiteral("published_version")).toInt(), 3);

        // Publishing an older version moves the pointer back; the versions stay.
        const test::CliResult back =
            ai({QStringLiteral("prompt"), QStringLiteral("publish"), QStringLiteral("greet"),
                QStringLiteral("2"), QStringLiteral("--yes")});
        QVERIFY2(back.code == 0, qPrintable(test::describe(back)));
        QCOMPARE(prompt(QStringLiteral("greet")).value(QStringLiteral("published_version")).toInt(), 2);
        const test::CliResult missing =
            ai({QStringLiteral("prompt"), QStringLiteral("publish"), QStringLiteral("greet"),
                QStringLiteral("9"), QStringLiteral("--yes")});
        QCOMPARE(missing.code, 5);

        const test::CliResult history = ai({QStringLiteral("prompt"), QStringLiteral("history"),
                                            QStringLiteral("greet"), QStringLiteral("--json")});
        QCOMPARE(history.code, 0);
        const QJsonArray versions = test::jsonArray(history);
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions.at(0).toObject().value(QStringLiteral("note")).toString(), QStringLiteral("first"));
        QCOMPARE(versions.at(1).toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("second"));
        QCOMPARE(versions.at(2).toObject().value(QStringLiteral("variables")).toArray().size(), 3);
        QVERIFY(!versions.at(0).toObject().value(QStringLiteral("created_by")).toString().isEmpty());

        const test::CliResult diff = ai({QStringLiteral("prompt"), QStringLiteral("diff"),
                                         QStringLiteral("greet"), QStringLiteral("1"), QStringLiteral("2")});
        QVERIFY2(diff.code == 0, qPrintable(test::describe(diff)));
        QVERIFY2(diff.out.contains(
                     QStringLiteral("@@ -1,2 +1,2 @@\n Hello {{name}}, about {{topic}}.\n-Bye\n+See you")),
                 qPrintable(diff.out));
        const test::CliResult diffJson =
            ai({QStringLiteral("prompt"), QStringLiteral("diff"), QStringLiteral("greet"),
                QStringLiteral("1"), QStringLiteral("--json")});
        const QJsonObject d = test::jsonObject(diffJson);
        QCOMPARE(d.value(QStringLiteral("to")).toInt(), 3); // the latest when TO is left out
        QCOMPARE(d.value(QStringLiteral("added")).toInt(), 2);
        QCOMPARE(d.value(QStringLiteral("removed")).toInt(), 2);
        QVERIFY(!d.value(QStringLiteral("hunks")).toArray().isEmpty());
    }

    void aValueHoldingBracesStaysLiteral()
    {
        const test::CliResult r = render(
            QStringLiteral("greet"), {QStringLiteral("name={{topic}}"), QStringLiteral("topic=x=y \\{{z}}")});
        QVERIFY2(r.code == 0, qPrintable(test::describe(r)));
        QCOMPARE(r.out, QStringLiteral("Hello {{topic}}, about x=y \\{{z}}.\nSee you\n"));
    }

    void missingAndUndeclaredVariablesAreNamed()
    {
        const test::CliResult missing = render(QStringLiteral("greet"), {QStringLiteral("name=Ada")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("given no value: topic")), qPrintable(missing.err));
        QVERIFY(missing.out.isEmpty());
        const test::CliResult unexpected =
            render(QStringLiteral("greet"),
                   {QStringLiteral("name=Ada"), QStringLiteral("topic=t"), QStringLiteral("nmae=x")});
        QCOMPARE(unexpected.code, 1);
        QVERIFY2(unexpected.err.contains(QStringLiteral("nmae")), qPrintable(unexpected.err));

        const test::CliResult undeclared =
            add(QStringLiteral("undeclared"), "{{a}} and {{b}} and {{c}}\n", {QStringLiteral("a")});
        QCOMPARE(undeclared.code, 1);
        QVERIFY2(undeclared.err.contains(QStringLiteral("not declared: b, c")), qPrintable(undeclared.err));
        const test::CliResult badName =
            add(QStringLiteral("badname"), "plain\n", {QStringLiteral("first-name")});
        QCOMPARE(badName.code, 1);
        QVERIFY2(badName.err.contains(QStringLiteral("\"first-name\"")), qPrintable(badName.err));
        const test::CliResult twice =
            add(QStringLiteral("twice"), "{{a}}\n", {QStringLiteral("a"), QStringLiteral("a")});
        QCOMPARE(twice.code, 1);
        QVERIFY2(twice.err.contains(QStringLiteral("declared twice")), qPrintable(twice.err));
        QVERIFY(prompt(QStringLiteral("undeclared")).isEmpty());
        QVERIFY(prompt(QStringLiteral("badname")).isEmpty());
    }

    void hostileTemplatesAreRefusedWithTheirPosition_data()
    {
        QTest::addColumn<QByteArray>("templ");
        QTest::addColumn<QString>("where");
        QTest::newRow("unclosed") << QByteArray("first line\nHi {{name\n")
                                  << QStringLiteral("Line 2, column 4");
        QTest::newRow("half closed") << QByteArray("Hi {{name}") << QStringLiteral("Line 1, column 4");
        QTest::newRow("nested") << QByteArray("{{a{{b}}}}") << QStringLiteral("Line 1, column 4");
        QTest::newRow("empty placeholder") << QByteArray("x {{ }}") << QStringLiteral("Line 1, column 3");
        QTest::newRow("empty template") << QByteArray("") << QStringLiteral("empty");
    }
    void hostileTemplatesAreRefusedWithTheirPosition()
    {
        QFETCH(QByteArray, templ);
        QFETCH(QString, where);
        const test::CliResult r = add(QStringLiteral("hostile"), templ, {QStringLiteral("name")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(where), qPrintable(test::describe(r)));
        QVERIFY(prompt(QStringLiteral("hostile")).isEmpty());
    }

    void tenThousandVariablesAreDeclaredAndRendered()
    {
        QStringList vars, sets;
        QByteArray templ;
        QString expected;
        for (int i = 0; i < 10000; ++i) {
            const QString name = QStringLiteral("v%1").arg(i);
            vars << name;
            sets << name + QStringLiteral("=<%1>").arg(i);
            templ += "{{" + name.toUtf8() + "}} ";
            expected += QStringLiteral("<%1> ").arg(i);
        }
        const test::CliResult created = add(QStringLiteral("many"), templ, vars);
        QVERIFY2(created.code == 0, qPrintable(test::describe(created).left(2000)));
        QCOMPARE(shown(QStringLiteral("many"), 1).value(QStringLiteral("variables")).toArray().size(), 10000);
        const test::CliResult r = render(QStringLiteral("many"), sets);
        QVERIFY2(r.code == 0, qPrintable(test::describe(r).left(2000)));
        QCOMPARE(r.out, expected + QLatin1Char('\n'));
        // One left out is named, and only it.
        const test::CliResult short1 = render(QStringLiteral("many"), sets.mid(1));
        QCOMPARE(short1.code, 1);
        QVERIFY2(short1.err.contains(QStringLiteral("given no value: v0.")),
                 qPrintable(short1.err.left(2000)));
    }

    void versionsNeverChangeAndAnEditIsANewVersion()
    {
        const QJsonObject before = shown(QStringLiteral("greet"), 1);
        QString error;
        QVERIFY(
            !test::sqliteExec(m_db,
                              {QStringLiteral("UPDATE ai_prompt_versions SET template = 'changed' WHERE "
                                              "version = 1 AND prompt_id = (SELECT id FROM ai_prompts WHERE "
                                              "code = 'greet')")},
                              &error));
        QVERIFY2(error.contains(QStringLiteral("never changed")), qPrintable(error));
        QVERIFY(
            !test::sqliteExec(m_db,
                              {QStringLiteral("DELETE FROM ai_prompt_versions WHERE prompt_id = (SELECT id "
                                              "FROM ai_prompts WHERE code = 'greet')")},
                              &error));
        const test::CliResult edited = ai({QStringLiteral("prompt"), QStringLiteral("edit"),
                                           QStringLiteral("greet"), QStringLiteral("--yes")},
                                          "Goodbye {{name}}\n");
        QVERIFY2(edited.code == 0, qPrintable(test::describe(edited)));
        QCOMPARE(prompt(QStringLiteral("greet")).value(QStringLiteral("latest_version")).toInt(), 4);
        const QJsonObject after = shown(QStringLiteral("greet"), 1);
        QCOMPARE(after.value(QStringLiteral("template")), before.value(QStringLiteral("template")));
        QCOMPARE(after.value(QStringLiteral("created_at")), before.value(QStringLiteral("created_at")));
        QCOMPARE(after.value(QStringLiteral("note")).toString(), QStringLiteral("first"));
    }

    void aTenantsPromptIsInItsScopeOnly()
    {
        const test::CliResult r = add(QStringLiteral("tenant-only"), "For {{who}}\n", {QStringLiteral("who")},
                                      {QStringLiteral("--tenant"), m_slug, QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(test::describe(r)));
        QCOMPARE(prompt(QStringLiteral("tenant-only")).value(QStringLiteral("scope")).toString(), m_slug);
        QStringList mine, others;
        for (const QJsonValue& v : prompts({QStringLiteral("--tenant"), m_slug}))
            mine << v.toObject().value(QStringLiteral("code")).toString();
        for (const QJsonValue& v : prompts({QStringLiteral("--tenant"), m_otherSlug}))
            others << v.toObject().value(QStringLiteral("code")).toString();
        QVERIFY2(mine.contains(QStringLiteral("tenant-only")) && mine.contains(QStringLiteral("greet")),
                 qPrintable(mine.join(QLatin1Char(' '))));
        QVERIFY2(!others.contains(QStringLiteral("tenant-only")) && others.contains(QStringLiteral("greet")),
                 qPrintable(others.join(QLatin1Char(' '))));
        // A code is unique across every scope.
        const test::CliResult again = add(QStringLiteral("tenant-only"), "x\n", {});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));
    }

    void deactivatedPromptsAreListedOnlyWithAll()
    {
        const test::CliResult r = ai({QStringLiteral("prompt"), QStringLiteral("deactivate"),
                                      QStringLiteral("tenant-only"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(test::describe(r)));
        for (const QJsonValue& v : prompts())
            QVERIFY(v.toObject().value(QStringLiteral("code")).toString() != QStringLiteral("tenant-only"));
        QCOMPARE(prompt(QStringLiteral("tenant-only")).value(QStringLiteral("active")).toBool(), false);
    }

    void everyWriteIsAudited()
    {
        const test::CliResult audit =
            run(m_db, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                       QStringLiteral("200"), QStringLiteral("--json")});
        QCOMPARE(audit.code, 0);
        QStringList actions;
        for (const QJsonValue& v : test::jsonArray(audit))
            actions << v.toObject().value(QStringLiteral("action")).toString();
        for (const QString& action :
             {QStringLiteral("ai_prompt.add"), QStringLiteral("ai_prompt.new_version"),
              QStringLiteral("ai_prompt.publish"), QStringLiteral("ai_prompt.deactivate")})
            QVERIFY2(actions.contains(action), qPrintable(actions.join(QLatin1Char(' '))));
        QCOMPARE(run(m_db, {QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
    }

    void anUnknownPromptIsNotFound()
    {
        const test::CliResult r =
            ai({QStringLiteral("prompt"), QStringLiteral("show"), QStringLiteral("nope")});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(QStringLiteral("\"nope\"")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliPrompts)
#include "tst_cli_prompts.moc"
