// fusion_workspace_link (migration 0011) as real logins call it: it writes past row-level security, so what
// it refuses matters as much as what it does. It links only a workspace's own proposal, executed, by the
// login that executed it; a proposal can no longer be dressed up as a workspace's (its content and author are
// fixed once proposed, and only its claimer records it as executed); only those who execute proposals may
// call it. What the model makes of it (a non-member operator linking a private workspace) is
// tst_pg_workspaces_model's.
#include "models/ai/Workspaces.h"
#include "models/audit/WriteExecutor.h"
#include "models/odoo/OdooProposals.h"
#include "tests/common/Failures.h"
#include "tests/common/PgLogins.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace fusion;

class TestPgWorkspaceLinks : public QObject, protected test::PgLogins {
    Q_OBJECT

    QString m_slugA;

    struct Created {
        qint64 workspace = 0;
        qint64 project = 0; // its two proposals
        qint64 channel = 0;
    };

    Created createPrivate(const QString& name)
    {
        auto a = as(m_tadminA);
        const QJsonObject outcome = WriteExecutor::execute(
            *a, Workspaces::planCreate(*a, m_slugA, name, {}, QStringLiteral("private")));
        const QJsonArray proposals = outcome.value(QStringLiteral("proposal_ids")).toArray();
        if (proposals.size() != 2)
            throw Failure(ErrorKind::Internal, QStringLiteral("expected two proposals for %1").arg(name));
        return {outcome.value(QStringLiteral("workspace_id")).toInteger(), proposals.at(0).toInteger(),
                proposals.at(1).toInteger()};
    }

    // Claims the proposal as `db`'s login and records Odoo's answer, without the link-back (called by hand
    // below): the same UPDATEs OdooProposals makes.
    static void execute(Database& db, qint64 proposal, int odooId)
    {
        WriteExecutor::execute(db, OdooProposals::planExecute(db, proposal));
        db.exec(QStringLiteral("UPDATE odoo_proposals SET state = 'executed', decided_by = session_user, "
                               "results = ? WHERE id = ?"),
                {QStringLiteral("[{\"step\":1,\"success\":true,\"record_id\":%1}]").arg(odooId), proposal});
    }

    static bool link(Database& db, qint64 workspace, qint64 proposal, int step = 1)
    {
        return db.scalar(QStringLiteral("SELECT fusion_workspace_link(?, ?, ?)"), {workspace, proposal, step})
            .toBool();
    }

    qint64 linkedProject(qint64 workspace) const
    {
        return count(QStringLiteral("SELECT coalesce(odoo_project_id, 0) FROM workspaces WHERE id = ?"),
                     {workspace});
    }
    qint64 linkedChannel(qint64 workspace) const
    {
        return count(QStringLiteral("SELECT coalesce(odoo_channel_id, 0) FROM workspaces WHERE id = ?"),
                     {workspace});
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString setUp = setUpLogins(QStringLiteral("wslinks"));
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
        test::guarded([&] {
            m_slugA = m_admin.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {m_tenantA})
                          .toString();
        });
    }

    void linksOnlyTheWorkspacesOwnExecutedProposal()
    {
        test::guarded([&] {
            const Created one = createPrivate(QStringLiteral("One"));
            const Created two = createPrivate(QStringLiteral("Two"));
            auto op = as(m_operator);

            // Not executed: pending, then claimed but not yet recorded.
            QVERIFY(!link(*op, one.workspace, one.project));
            WriteExecutor::execute(*op, OdooProposals::planExecute(*op, one.project));
            QVERIFY(!link(*op, one.workspace, one.project));
            op->exec(
                QStringLiteral("UPDATE odoo_proposals SET state = 'executed', decided_by = session_user, "
                               "results = '[{\"step\":1,\"success\":true,\"record_id\":41}]' WHERE id = ?"),
                {one.project});

            // Another workspace's proposal, a step that is not there, a failed step: nothing is written.
            QVERIFY(!link(*op, two.workspace, one.project));
            QVERIFY(!link(*op, one.workspace, one.project, 2));
            QCOMPARE(linkedProject(two.workspace), 0);
            // Executed by someone else: only its executor links it.
            QVERIFY(!link(*as(m_owner), one.workspace, one.project));
            QCOMPARE(linkedProject(one.workspace), 0);

            // Its own workspace, by its executor: linked, with the id of the stored result.
            QVERIFY(link(*op, one.workspace, one.project));
            QCOMPARE(linkedProject(one.workspace), 41);
            QCOMPARE(linkedChannel(one.workspace), 0);

            WriteExecutor::execute(*op, OdooProposals::planExecute(*op, two.channel));
            op->exec(
                QStringLiteral("UPDATE odoo_proposals SET state = 'executed', decided_by = session_user, "
                               "results = '[{\"step\":1,\"success\":false}]' WHERE id = ?"),
                {two.channel});
            QVERIFY(!link(*op, two.workspace, two.channel));
            QCOMPARE(linkedChannel(two.workspace), 0);
        });
    }

    // A proposal written by hand to look like a workspace's (its case, its link) is not that workspace's: its
    // author is who inserted it, whatever it says, and that is not the workspace's creator.
    void aForgedProposalLinksNothing()
    {
        test::guarded([&] {
            const Created target = createPrivate(QStringLiteral("Target"));
            auto op = as(m_operator);
            const QString operations =
                QStringLiteral("[{\"link\":\"workspace:%1:project\",\"method\":\"create\","
                               "\"model\":\"project.project\",\"op\":\"create_project\",\"values\":{}}]")
                    .arg(target.workspace);
            const qint64 forged = op->insertReturningId(
                QStringLiteral("INSERT INTO odoo_proposals (tenant_id, kind, case_id, summary, operations, "
                               "created_by) VALUES (?, 'project', ?, 'forged', ?, ?)"),
                {m_tenantA, QStringLiteral("workspace-%1").arg(target.workspace), operations, m_tadminA});
            QCOMPARE(
                m_admin.scalar(QStringLiteral("SELECT created_by FROM odoo_proposals WHERE id = ?"), {forged})
                    .toString(),
                m_operator);
            execute(*op, forged, 666);
            QVERIFY(!link(*op, target.workspace, forged));
            QCOMPARE(linkedProject(target.workspace), 0);
        });
    }

    // What was proposed is what runs: the content and author of a proposal never change, an executed one not
    // at all, and only its claimer records it as executed.
    void aProposalIsFixedOnceProposed()
    {
        test::guarded([&] {
            const Created ws = createPrivate(QStringLiteral("Fixed"));
            auto op = as(m_operator);
            const auto refused = [&](const QString& sql, qint64 id) {
                const auto e = test::failureOf([&] { op->exec(sql, {id}); });
                return e.has_value() && messageOf(e).contains(QStringLiteral("proposal"));
            };
            QVERIFY(refused(QStringLiteral("UPDATE odoo_proposals SET operations = '[]' WHERE id = ?"),
                            ws.project));
            QVERIFY(refused(QStringLiteral("UPDATE odoo_proposals SET case_id = 'elsewhere' WHERE id = ?"),
                            ws.project));
            QVERIFY(refused(QStringLiteral("UPDATE odoo_proposals SET created_by = 'x' WHERE id = ?"),
                            ws.project));
            // Straight to executed, without the claim; then claimed by the tenant's admin, recorded by
            // another.
            QVERIFY(refused(QStringLiteral("UPDATE odoo_proposals SET state = 'executed' WHERE id = ?"),
                            ws.project));
            auto a = as(m_tadminA);
            WriteExecutor::execute(*a, OdooProposals::planExecute(*a, ws.project));
            QVERIFY(refused(QStringLiteral("UPDATE odoo_proposals SET state = 'executed' WHERE id = ?"),
                            ws.project));
            execute(*op, ws.channel, 5);
            QVERIFY(
                refused(QStringLiteral("UPDATE odoo_proposals SET results = '[]' WHERE id = ?"), ws.channel));
            QCOMPARE(count(QStringLiteral(
                               "SELECT count(*) FROM odoo_proposals WHERE id = ? AND operations <> '[]' "
                               "AND state = 'executing'"),
                           {ws.project}),
                     1);
        });
    }

    // Only those who execute proposals may call it: finance reads proposals only, an API user not at all.
    void onlyExecutorsMayCallIt()
    {
        test::guarded([&] {
            const Created ws = createPrivate(QStringLiteral("Callers"));
            const auto e = test::failureOf([&] { link(*as(m_apiUser), ws.workspace, ws.project); });
            QVERIFY(e.has_value());
            QVERIFY2(messageOf(e).contains(QStringLiteral("permission denied")) ||
                         e->kind == ErrorKind::PermissionDenied,
                     qPrintable(messageOf(e)));
            const auto mayCall = [&](const QString& role) {
                return m_admin
                    .scalar(QStringLiteral("SELECT has_function_privilege(?, "
                                           "'fusion_workspace_link(bigint, bigint, integer)', 'EXECUTE')"),
                            {role})
                    .toBool();
            };
            for (const QString& role : {QStringLiteral("fusion_owner"), QStringLiteral("fusion_operator"),
                                        QStringLiteral("fusion_tenant_admin")})
                QVERIFY2(mayCall(role), qPrintable(role));
            for (const QString& role : {QStringLiteral("fusion_finance"), QStringLiteral("fusion_api_user"),
                                        QStringLiteral("fusion_event_intake"), QStringLiteral("public")})
                QVERIFY2(!mayCall(role), qPrintable(role));
            // It runs as its owner with a fixed search_path, pg_temp last: no temporary table stands in.
            QCOMPARE(m_admin
                         .scalar(QStringLiteral("SELECT array_to_string(proconfig, ',') FROM pg_proc WHERE "
                                                "proname = 'fusion_workspace_link'"))
                         .toString(),
                     QStringLiteral("search_path=pg_catalog, public, pg_temp"));
        });
    }

    // A login may create temporary tables, and PostgreSQL looks in pg_temp first unless a function's
    // search_path names it last: a stand-in "workspace_members" or "tenant_admins" would have made anyone an
    // owner of every workspace, or an admin of every tenant, inside the functions the policies ask. Migration
    // 0011 puts pg_temp last in every function of ours that fixes its search_path.
    void aTemporaryTableStandsInForNoTableOfOurs()
    {
        test::guarded([&] {
            const Created ws = createPrivate(QStringLiteral("Shadowed"));
            auto api = as(m_apiUser);
            api->exec(
                QStringLiteral("CREATE TEMPORARY TABLE workspace_members (workspace_id bigint, login text, "
                               "role text)"));
            api->exec(
                QStringLiteral("INSERT INTO pg_temp.workspace_members VALUES (?, session_user, 'owner')"),
                {ws.workspace});
            QCOMPARE(
                api->scalar(QStringLiteral("SELECT count(*) FROM workspaces WHERE id = ?"), {ws.workspace})
                    .toLongLong(),
                0);
            QCOMPARE(api->exec(QStringLiteral("DELETE FROM workspaces WHERE id = ?"), {ws.workspace})
                         .numRowsAffected(),
                     0);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM workspaces WHERE id = ?"), {ws.workspace}),
                     1);

            auto b = as(m_tadminB);
            b->exec(QStringLiteral("CREATE TEMPORARY TABLE tenant_admins (login text, tenant_id bigint)"));
            b->exec(QStringLiteral("INSERT INTO pg_temp.tenant_admins VALUES (session_user, ?)"),
                    {m_tenantA});
            b->exec(QStringLiteral("CREATE TEMPORARY TABLE tenants (id bigint)"));
            b->exec(QStringLiteral("INSERT INTO pg_temp.tenants VALUES (?)"), {m_tenantA});
            QVERIFY(!b->scalar(QStringLiteral("SELECT fusion_is_tenant_admin_of(?)"), {m_tenantA}).toBool());
            QVERIFY(!b->scalar(QStringLiteral("SELECT fusion_tenant_visible(?)"), {m_tenantA}).toBool());
            QCOMPARE(
                b->scalar(QStringLiteral("SELECT count(*) FROM public.odoo_proposals WHERE tenant_id = ?"),
                          {m_tenantA})
                    .toLongLong(),
                0);

            // No function of ours that fixes its search_path leaves pg_temp out.
            QCOMPARE(count(QStringLiteral(
                         "SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace "
                         "AND array_to_string(proconfig, ',') LIKE 'search_path=%' AND "
                         "array_to_string(proconfig, ',') NOT LIKE '%pg_temp'")),
                     0);
        });
    }
};

QTEST_GUILESS_MAIN(TestPgWorkspaceLinks)
#include "tst_pg_workspace_links.moc"
