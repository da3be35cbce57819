// fusionctl workspaces … as people drive it on the embedded store, each person the local user that runs it
// (alice creates, bob and dave come later): create, list, show and members with their --json shape, the
// proposals a tenant with an Odoo connection gets, refusals with their exit codes and nothing changed, and
// the confirmation prompt declined on a real terminal.
#include "app/cli/CommandRegistry.h"
#include "tests/cli/CliTest.h"
#include "tests/common/Failures.h"

#include <QProcess>
#include <QStandardPaths>

using namespace fusion;

class TestCliWorkspaces : public QObject, public test::CliFixture {
    Q_OBJECT

    QString m_db;

    test::CliResult as(const QString& login, const QStringList& args)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("USER"), login);
        return test::runCli(
            m_home.path(),
            QStringList{QStringLiteral("--db"), url(m_db), QStringLiteral("workspaces")} + args, {}, env);
    }
    test::CliResult alice(const QStringList& args) { return as(QStringLiteral("alice"), args); }

    qint64 count(const QString& sql) const
    {
        Database db;
        qint64 n = -1;
        test::guarded([&] {
            db.open(DatabaseTarget::parse(url(m_db)).value());
            n = db.scalar(sql).toLongLong();
        });
        return n;
    }

    qint64 created(const QString& name, const QString& visibility,
                   const QString& slug = QStringLiteral("acme-finance-ph"))
    {
        const test::CliResult r = alice({QStringLiteral("create"), QStringLiteral("--tenant"), slug,
                                         QStringLiteral("--name"), name, QStringLiteral("--visibility"),
                                         visibility, QStringLiteral("--yes"), QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("%s", qPrintable(test::describe(r)));
        return test::jsonObject(r).value(QStringLiteral("workspace_id")).toInteger();
    }

private Q_SLOTS:
    void initTestCase() { initSeeded(); }

    void init() { m_db = freshCopy(); }

    void createListShowAndMembers()
    {
        const test::CliResult r =
            alice({QStringLiteral("create"), QStringLiteral("--tenant"), QStringLiteral("acme-finance-ph"),
                   QStringLiteral("--name"), QStringLiteral("Finance"), QStringLiteral("--description"),
                   QStringLiteral("Month-end close"), QStringLiteral("--visibility"),
                   QStringLiteral("internal"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(test::describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("Created workspace \"Finance\"")), qPrintable(r.out));
        // The plan was shown, and the Odoo proposals named.
        QVERIFY2(r.err.contains(QStringLiteral("Create workspace \"Finance\" in tenant acme-finance-ph")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Odoo proposals")), qPrintable(r.err));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM odoo_proposals WHERE case_id LIKE 'workspace-%' AND "
                                 "state = 'pending'")),
            2);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM audit_log WHERE action = 'workspace.create' AND actor = "
                     "'alice'")),
                 1);

        const test::CliResult table = alice({});
        QVERIFY2(table.code == 0, qPrintable(test::describe(table)));
        QVERIFY2(table.out.contains(QStringLiteral("Finance")) && table.out.contains(QStringLiteral("owner")),
                 qPrintable(table.out));

        const QJsonArray listed = test::jsonArray(
            alice({QStringLiteral("--tenant"), QStringLiteral("acme-finance-ph"), QStringLiteral("--json")}));
        QCOMPARE(listed.size(), 1);
        const QJsonObject row = listed.first().toObject();
        QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("Finance"));
        QCOMPARE(row.value(QStringLiteral("tenant")).toString(), QStringLiteral("acme-finance-ph"));
        QCOMPARE(row.value(QStringLiteral("visibility")).toString(), QStringLiteral("internal"));
        QCOMPARE(row.value(QStringLiteral("member_count")).toInteger(), 1);
        QCOMPARE(row.value(QStringLiteral("my_role")).toString(), QStringLiteral("owner"));
        QCOMPARE(row.value(QStringLiteral("active")), QJsonValue(true));
        QVERIFY(row.value(QStringLiteral("odoo_project_id")).isNull());
        QVERIFY(row.value(QStringLiteral("row_version")).isDouble());
        const QString id = QString::number(row.value(QStringLiteral("id")).toInteger());

        const test::CliResult added =
            alice({QStringLiteral("member"), QStringLiteral("add"), id, QStringLiteral("bob"),
                   QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--yes")});
        QVERIFY2(added.code == 0, qPrintable(test::describe(added)));
        const QJsonArray members =
            test::jsonArray(alice({QStringLiteral("members"), id, QStringLiteral("--json")}));
        QCOMPARE(members.size(), 2);
        QCOMPARE(members.at(0).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("alice"));
        QCOMPARE(members.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
        QCOMPARE(members.at(1).toObject().value(QStringLiteral("login")).toString(), QStringLiteral("bob"));
        QCOMPARE(members.at(1).toObject().value(QStringLiteral("added_by")).toString(),
                 QStringLiteral("alice"));

        // show --json is the list's row plus its members; bob sees his own role.
        const QJsonObject shown = test::jsonObject(
            as(QStringLiteral("bob"), {QStringLiteral("show"), id, QStringLiteral("--json")}));
        QCOMPARE(shown.value(QStringLiteral("my_role")).toString(), QStringLiteral("admin"));
        QCOMPARE(shown.value(QStringLiteral("members")).toArray().size(), 2);
        QCOMPARE(shown.value(QStringLiteral("description")).toString(), QStringLiteral("Month-end close"));

        const test::CliResult edited =
            as(QStringLiteral("bob"), {QStringLiteral("edit"), id, QStringLiteral("--active"),
                                       QStringLiteral("no"), QStringLiteral("--yes")});
        QVERIFY2(edited.code == 0, qPrintable(test::describe(edited)));
        QCOMPARE(test::jsonArray(alice({QStringLiteral("--json")})).size(), 0);
        QCOMPARE(test::jsonArray(alice({QStringLiteral("--all"), QStringLiteral("--json")})).size(), 1);
    }

    void refusalsHaveTheirExitCodesAndChangeNothing()
    {
        const QString id = QString::number(created(QStringLiteral("Team"), QStringLiteral("private")));
        QVERIFY(id != QLatin1String("0"));
        QVERIFY(alice({QStringLiteral("member"), QStringLiteral("add"), id, QStringLiteral("bob"),
                       QStringLiteral("--yes")})
                    .code == 0);
        const qint64 audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));

        // A member may not add members: permission denied (4), naming the role it needs.
        test::CliResult r = as(QStringLiteral("bob"), {QStringLiteral("member"), QStringLiteral("add"), id,
                                                       QStringLiteral("dave"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("needs the admin or owner role")), qPrintable(r.err));
        // --json says the same as an object.
        r = as(QStringLiteral("bob"),
               {QStringLiteral("delete"), id, QStringLiteral("--yes"), QStringLiteral("--json")});
        QCOMPARE(r.code, 4);
        QCOMPARE(test::jsonObject(r).value(QStringLiteral("error")).toString(),
                 QStringLiteral("permission_denied"));
        // The last owner may not leave (1), nor step down.
        r = alice({QStringLiteral("leave"), id, QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("at least one owner")), qPrintable(r.err));
        r = alice({QStringLiteral("member"), QStringLiteral("role"), id, QStringLiteral("alice"),
                   QStringLiteral("member"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        // A private workspace does not exist for a non-member (5).
        r = as(QStringLiteral("dave"), {QStringLiteral("show"), id});
        QCOMPARE(r.code, 5);
        QCOMPARE(test::jsonArray(as(QStringLiteral("dave"), {QStringLiteral("--json")})).size(), 0);
        // Unknown tenant (5), a name taken in the tenant (1), a visibility that does not exist (2).
        r = alice({QStringLiteral("create"), QStringLiteral("--tenant"), QStringLiteral("no-such-tenant"),
                   QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 5);
        r = alice({QStringLiteral("create"), QStringLiteral("--tenant"), QStringLiteral("acme-finance-ph"),
                   QStringLiteral("--name"), QStringLiteral("Team"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already has a workspace named \"Team\"")), qPrintable(r.err));
        r = alice({QStringLiteral("create"), QStringLiteral("--tenant"), QStringLiteral("acme-finance-ph"),
                   QStringLiteral("--name"), QStringLiteral("Y"), QStringLiteral("--visibility"),
                   QStringLiteral("secret"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 2);
        r = alice({QStringLiteral("member"), QStringLiteral("role"), id, QStringLiteral("bob"),
                   QStringLiteral("boss")});
        QCOMPARE(r.code, 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM workspace_members")), 2);
    }

    // "workspaces" lists; its --help also names the group's other commands.
    void helpOfTheListNamesTheOtherCommands()
    {
        const test::CliResult r =
            test::runCli(m_home.path(), {QStringLiteral("workspaces"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: fusionctl workspaces [--tenant SLUG] [--all]")),
                 qPrintable(r.out));
        for (const QString& path : cli::commands().pathsIn(QStringLiteral("workspaces"))) {
            if (path != QLatin1String("workspaces"))
                QVERIFY2(r.out.contains(QStringLiteral("  ") + path + QLatin1Char(' ')), qPrintable(path));
        }
    }

    // Without a terminal and without --yes nothing is asked nor done; on a terminal, answering no (the
    // default) leaves the workspace as it was.
    void confirmationDeclinedChangesNothing()
    {
        const QString id = QString::number(created(QStringLiteral("Keep"), QStringLiteral("public")));
        const test::CliResult piped = alice({QStringLiteral("delete"), id});
        QCOMPARE(piped.code, 3);
        QVERIFY2(piped.err.contains(QStringLiteral("Delete workspace Keep")), qPrintable(piped.err));

        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        QVERIFY2(!script.isEmpty(), "util-linux's script gives fusionctl a terminal");
        QProcess process;
        QProcessEnvironment env = test::cliEnvironment(m_home.path());
        env.insert(QStringLiteral("USER"), QStringLiteral("alice"));
        process.setProcessEnvironment(env);
        const QStringList command{test::fusionctlPath(),        QStringLiteral("--db"),   url(m_db),
                                  QStringLiteral("workspaces"), QStringLiteral("delete"), id};
        process.start(script,
                      {QStringLiteral("-qec"), command.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
        QVERIFY(process.waitForStarted());
        process.write("n\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 3);
        QVERIFY2(out.contains(QStringLiteral("Delete? [y/N]")) &&
                     out.contains(QStringLiteral("Not confirmed")),
                 qPrintable(out));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM workspaces WHERE name = 'Keep'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'workspace.delete'")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCliWorkspaces)
#include "tst_cli_workspaces.moc"
