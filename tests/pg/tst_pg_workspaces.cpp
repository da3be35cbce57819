// Workspaces (migration 0009) as PostgreSQL enforces them, with real logins on a real server: the visibility
// × membership matrix cell by cell, who manages members, who deletes, the last owner, and two owners leaving
// at the same moment. The rest of the AI platform's rules are in tst_pg_ai_platform.cpp.
#include "models/audit/WriteExecutor.h"
#include "models/roles/Capabilities.h"
#include "models/roles/RoleService.h"
#include "models/storage/DbWorker.h"
#include "tests/common/Failures.h"
#include "tests/common/PgLogins.h"
#include "tests/common/TestSupport.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

class TestPgWorkspaces : public QObject, protected test::PgLogins {
    Q_OBJECT

    QString m_member, m_finance;

    // A private workspace is not visible to its creator until the creator's owner membership exists, which an
    // AFTER trigger adds: so no RETURNING (PostgreSQL checks it against the read policy first).
    static qint64 createWorkspace(Database& db, const QString& name, const QString& visibility, qint64 tenant)
    {
        db.exec(QStringLiteral("INSERT INTO workspaces (name, visibility, tenant_id) VALUES (?, ?, ?)"),
                {name, visibility, tenant});
        return db.scalar(QStringLiteral("SELECT currval(pg_get_serial_sequence('workspaces', 'id'))"))
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString setUp = setUpLogins(QStringLiteral("workspaces"));
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
        test::guarded([&] {
            m_member = m_pg->createLogin(QStringLiteral("member"));
            WriteExecutor::execute(m_admin, RoleService(m_admin).planGrant(m_member, Roles::ApiUser));
            m_finance = m_pg->createLogin(QStringLiteral("finance"));
            WriteExecutor::execute(m_admin, RoleService(m_admin).planGrant(m_finance, Roles::Finance));
        });
    }

    // private = members only; internal = platform staff and the tenant's own admins; public = every login.
    // Finance is platform staff (the seed's "all company employees": the platform's own people, as DESIGN.md
    // lists them), so it sees internal workspaces too.
    void workspaceVisibilityMatrix_data()
    {
        QTest::addColumn<QString>("visibility");
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<bool>("sees");
        const QStringList viewers = {QStringLiteral("creator"),
                                     QStringLiteral("member"),
                                     QStringLiteral("staff"),
                                     QStringLiteral("finance"),
                                     QStringLiteral("own tenant admin"),
                                     QStringLiteral("other tenant admin"),
                                     QStringLiteral("any login")};
        const QHash<QString, QList<bool>> expected = {
            {QStringLiteral("private"), {true, true, false, false, false, false, false}},
            {QStringLiteral("internal"), {true, true, true, true, true, false, false}},
            {QStringLiteral("public"), {true, true, true, true, true, true, true}},
        };
        for (const QString& visibility :
             {QStringLiteral("private"), QStringLiteral("internal"), QStringLiteral("public")}) {
            for (qsizetype i = 0; i < viewers.size(); ++i) {
                QTest::newRow(qPrintable(visibility + QStringLiteral(" / ") + viewers[i]))
                    << visibility << viewers[i] << expected[visibility][i];
            }
        }
    }
    void workspaceVisibilityMatrix()
    {
        QFETCH(QString, visibility);
        QFETCH(QString, viewer);
        QFETCH(bool, sees);
        test::guarded([&] {
            auto creator = as(m_tadminA);
            const QString name = QStringLiteral("Matrix %1 %2").arg(visibility, viewer);
            const qint64 ws = createWorkspace(*creator, name, visibility, m_tenantA);
            creator->exec(
                QStringLiteral("INSERT INTO workspace_members (workspace_id, login, role) VALUES (?, ?, "
                               "'member')"),
                {ws, m_member});
            const QHash<QString, QString> logins = {{QStringLiteral("creator"), m_tadminA},
                                                    {QStringLiteral("member"), m_member},
                                                    {QStringLiteral("staff"), m_operator},
                                                    {QStringLiteral("finance"), m_finance},
                                                    {QStringLiteral("own tenant admin"), m_tadminA},
                                                    {QStringLiteral("other tenant admin"), m_tadminB},
                                                    {QStringLiteral("any login"), m_apiUser}};
            // The tenant's own admin looks at a workspace it is no member of: staff created it.
            std::unique_ptr<Database> db = as(logins[viewer]);
            qint64 target = ws;
            if (viewer == QStringLiteral("own tenant admin")) {
                auto staff = as(m_owner);
                target = createWorkspace(*staff, name + QStringLiteral(" by staff"), visibility, m_tenantA);
            }
            const bool visible =
                db->scalar(QStringLiteral("SELECT count(*) FROM workspaces WHERE id = ?"), {target})
                    .toLongLong() == 1;
            QCOMPARE(visible, sees);
            // Its members are seen exactly when it is.
            const qint64 members =
                db->scalar(QStringLiteral("SELECT count(*) FROM workspace_members WHERE workspace_id = ?"),
                           {target})
                    .toLongLong();
            QCOMPARE(members > 0, sees);
        });
    }

    void onlyAdminsAndOwnersManageMembersAndOnlyOwnersDelete()
    {
        test::guarded([&] {
            auto owner = as(m_owner);
            const qint64 ws =
                createWorkspace(*owner, QStringLiteral("Team"), QStringLiteral("private"), m_tenantB);
            QCOMPARE(count(QStringLiteral(
                               "SELECT count(*) FROM workspace_members WHERE workspace_id = ? AND login = ? "
                               "AND role = 'owner'"),
                           {ws, m_owner}),
                     1);
            owner->exec(
                QStringLiteral("INSERT INTO workspace_members (workspace_id, login, role) VALUES (?, ?, "
                               "'member')"),
                {ws, m_member});
            owner->exec(
                QStringLiteral("INSERT INTO workspace_members (workspace_id, login, role) VALUES (?, ?, "
                               "'admin')"),
                {ws, m_apiUser});

            // A member writes but does not manage members.
            auto member = as(m_member);
            QCOMPARE(
                member->exec(QStringLiteral("UPDATE workspaces SET description = 'notes' WHERE id = ?"), {ws})
                    .numRowsAffected(),
                1);
            QVERIFY(test::failureOf([&] {
                        member->exec(
                            QStringLiteral("INSERT INTO workspace_members (workspace_id, login, role) "
                                           "VALUES (?, ?, 'member')"),
                            {ws, m_operator});
                    }).has_value());
            // An admin adds members, but neither makes owners nor deletes the workspace.
            auto admin = as(m_apiUser);
            admin->exec(
                QStringLiteral("INSERT INTO workspace_members (workspace_id, login, role) VALUES (?, ?, "
                               "'member')"),
                {ws, m_operator});
            QVERIFY(test::failureOf([&] {
                        admin->exec(
                            QStringLiteral("INSERT INTO workspace_members (workspace_id, login, role) "
                                           "VALUES (?, ?, 'owner')"),
                            {ws, m_tadminB});
                    }).has_value());
            QVERIFY(test::failureOf([&] {
                        admin->exec(QStringLiteral(
                                        "UPDATE workspace_members SET role = 'owner' WHERE workspace_id = ? "
                                        "AND login = ?"),
                                    {ws, m_member});
                    }).has_value());
            QCOMPARE(
                admin->exec(QStringLiteral("DELETE FROM workspaces WHERE id = ?"), {ws}).numRowsAffected(),
                0);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM workspaces WHERE id = ?"), {ws}), 1);

            // The last owner can neither leave nor step down; once another owner exists, it can.
            const auto leave = test::failureOf([&] {
                owner->exec(
                    QStringLiteral("DELETE FROM workspace_members WHERE workspace_id = ? AND login = ?"),
                    {ws, m_owner});
            });
            QVERIFY2(messageOf(leave).contains(QStringLiteral("at least one owner")),
                     qPrintable(messageOf(leave)));
            QVERIFY(test::failureOf([&] {
                        owner->exec(QStringLiteral(
                                        "UPDATE workspace_members SET role = 'admin' WHERE workspace_id = ? "
                                        "AND login = ?"),
                                    {ws, m_owner});
                    }).has_value());
            owner->exec(
                QStringLiteral(
                    "UPDATE workspace_members SET role = 'owner' WHERE workspace_id = ? AND login = ?"),
                {ws, m_member});
            QCOMPARE(owner
                         ->exec(QStringLiteral(
                                    "DELETE FROM workspace_members WHERE workspace_id = ? AND login = ?"),
                                {ws, m_owner})
                         .numRowsAffected(),
                     1);
            // A member may leave by itself.
            auto op = as(m_operator);
            QCOMPARE(
                op->exec(QStringLiteral("DELETE FROM workspace_members WHERE workspace_id = ? AND login = ?"),
                         {ws, m_operator})
                    .numRowsAffected(),
                1);
            // The remaining owner deletes the workspace, members and all.
            QCOMPARE(
                member->exec(QStringLiteral("DELETE FROM workspaces WHERE id = ?"), {ws}).numRowsAffected(),
                1);
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM workspace_members WHERE workspace_id = ?"), {ws}),
                0);
        });
    }

    // Two owners leaving at the same moment: the workspace row lock decides them one after the other, so one
    // of them stays.
    void twoOwnersLeavingAtOnceLeaveOne()
    {
        test::guarded([&] {
            auto owner = as(m_owner);
            const qint64 ws =
                createWorkspace(*owner, QStringLiteral("Pair"), QStringLiteral("public"), m_tenantA);
            owner->exec(
                QStringLiteral("INSERT INTO workspace_members (workspace_id, login, role) VALUES (?, ?, "
                               "'owner')"),
                {ws, m_member});
            std::optional<Result<qint64>> theirs;
            DbWorker worker;
            const DatabaseTarget memberTarget = m_pg->target(m_member);
            {
                Transaction tx(*owner);
                owner->exec(
                    QStringLiteral("DELETE FROM workspace_members WHERE workspace_id = ? AND login = ?"),
                    {ws, m_owner});
                worker.run<qint64>(
                    this,
                    [memberTarget, ws, login = m_member](Database& db) {
                        db.open(memberTarget);
                        return qint64(
                            db.exec(QStringLiteral("DELETE FROM workspace_members WHERE workspace_id = ? "
                                                   "AND login = ?"),
                                    {ws, login})
                                .numRowsAffected());
                    },
                    [&theirs](Result<qint64> r) { theirs = std::move(r); });
                QVERIFY2(test::waitForLockWaiters(m_admin),
                         "the second owner's leaving did not wait for the first");
                tx.commit();
            }
            QVERIFY(QTest::qWaitFor([&] { return theirs.has_value(); }, 15000));
            QVERIFY2(!theirs->ok(), "both owners left");
            QVERIFY2(theirs->error().message.contains(QStringLiteral("at least one owner")),
                     qPrintable(theirs->error().message));
            QCOMPARE(count(QStringLiteral(
                               "SELECT count(*) FROM workspace_members WHERE workspace_id = ? AND role = "
                               "'owner'"),
                           {ws}),
                     1);
        });
    }
};

QTEST_GUILESS_MAIN(TestPgWorkspaces)
#include "tst_pg_workspaces.moc"
