// Roles are enforced by PostgreSQL itself: each login connects as itself and the database refuses what its
// role may not do (GRANTs and row-level security), whatever the app believes. Checked through the models
// library and through fusionctl, with real logins on a real server.
#include "models/audit/AuditLog.h"
#include "models/audit/WriteExecutor.h"
#include "models/roles/RoleService.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

namespace {

QStringList jsonStrings(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& v : array)
        list << v.toString();
    return list;
}

} // namespace

class TestPgRoles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::guarded([&] {
            if (test::pgHost().isEmpty())
                QFAIL("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
            QVERIFY(m_home.isValid());
            m_pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("roles"));
            QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
            test::prepare(m_admin, m_pg->target(), 48);

            // Active tenants, one per test that changes one, so that the tests do not depend on their order.
            {
                QSqlQuery r = m_admin.exec(
                    QStringLiteral("SELECT slug FROM tenants WHERE status = 'active' ORDER BY slug LIMIT 8"));
                while (r.next())
                    m_active << r.value(0).toString();
            }
            QCOMPARE(m_active.size(), 8);
            m_ownTenant = m_active[0]; // the tenant admin's

            m_operator = m_pg->createLogin(QStringLiteral("operator"));
            m_finance = m_pg->createLogin(QStringLiteral("finance"));
            m_tenantAdmin = m_pg->createLogin(QStringLiteral("tadmin"));
            m_owner = m_pg->createLogin(QStringLiteral("owner"));
            RoleService roles(m_admin);
            WriteExecutor::execute(m_admin, roles.planGrant(m_operator, Roles::Operator));
            WriteExecutor::execute(m_admin, roles.planGrant(m_finance, Roles::Finance));
            WriteExecutor::execute(m_admin, roles.planGrant(m_tenantAdmin, Roles::TenantAdmin, m_ownTenant));
            WriteExecutor::execute(m_admin, roles.planGrant(m_owner, Roles::Owner));
        });
    }

    void operatorCannotDecommissionButCanPause()
    {
        test::guarded([&] {
            const QString slug = m_active[1];
            auto db = connectAs(m_operator);
            QCOMPARE(db->actor(), m_operator);
            TenantService service(*db, QStringLiteral("ui"));

            const QString before = test::fingerprint(m_admin);
            const PendingWrite decommission = service.planAction(slug, TenantAction::Decommission);
            const auto refused = test::failureOf([&] { WriteExecutor::execute(*db, decommission); });
            QVERIFY2(refused, "the database let an operator decommission a tenant");
            QCOMPARE(refused->kind, ErrorKind::PermissionDenied);
            QVERIFY2(refused->message.contains(QStringLiteral("Permission denied")),
                     qPrintable(refused->message));
            QCOMPARE(test::fingerprint(m_admin), before);

            // The connection is still usable after the refusal, and pausing is the operator's job.
            const QJsonObject outcome =
                WriteExecutor::execute(*db, service.planAction(slug, TenantAction::Pause));
            QCOMPARE(outcome.value(QStringLiteral("status")).toString(), TenantStatus::Paused);
            QCOMPARE(TenantRepository(m_admin).requireBySlug(slug).status, TenantStatus::Paused);
            AuditQuery q;
            q.action = QStringLiteral("tenant.pause");
            const auto audit = AuditLog::list(m_admin, q);
            QVERIFY(!audit.isEmpty());
            QCOMPARE(audit.first().actor, m_operator);
            QCOMPARE(audit.first().target, slug);
            const qint64 operationId = outcome.value(QStringLiteral("operation_id")).toInteger();
            QCOMPARE(
                m_admin.scalar(QStringLiteral("SELECT actor FROM operations WHERE id = ?"), {operationId})
                    .toString(),
                m_operator);
            QVERIFY(AuditLog::verify(m_admin).ok);
        });
    }

    void operatorCannotReadBillingAmounts()
    {
        test::guarded([&] {
            auto db = connectAs(m_operator);
            TenantRepository repo(*db);
            const auto refused = test::failureOf([&] { repo.plans(true); });
            QVERIFY2(refused, "an operator read plans.monthly_price_cents");
            QCOMPARE(refused->kind, ErrorKind::PermissionDenied);

            const QList<Plan> plans = repo.plans(false);
            QCOMPARE(plans.size(), TenantRepository(m_admin).plans(true).size());
            QVERIFY(!plans.isEmpty());
            for (const Plan& p : plans) {
                QVERIFY(!p.monthlyPriceCents.has_value());
                QVERIFY(!p.code.isEmpty());
            }
        });
    }

    void financeCannotPauseNorCreateButReadsSubscriptions()
    {
        test::guarded([&] {
            const QString slug = m_active[2];
            auto db = connectAs(m_finance);
            TenantService service(*db, QStringLiteral("ui"));
            const QString before = test::fingerprint(m_admin);

            const PendingWrite pause = service.planAction(slug, TenantAction::Pause);
            auto refused = test::failureOf([&] { WriteExecutor::execute(*db, pause); });
            QVERIFY2(refused, "the database let finance pause a tenant");
            QCOMPARE(refused->kind, ErrorKind::PermissionDenied);
            QCOMPARE(test::fingerprint(m_admin), before);

            NewTenant t;
            t.slug = QStringLiteral("finance-made");
            t.name = QStringLiteral("Made by finance");
            t.planCode = QStringLiteral("starter");
            const PendingWrite create = service.planCreate(t);
            refused = test::failureOf([&] { WriteExecutor::execute(*db, create); });
            QVERIFY2(refused, "the database let finance create a tenant");
            QCOMPARE(refused->kind, ErrorKind::PermissionDenied);
            QCOMPARE(test::fingerprint(m_admin), before);
            QVERIFY(!TenantRepository(m_admin).findBySlug(t.slug));

            // Reading is finance's job: subscriptions and billing amounts, the same as the owner sees.
            TenantRepository mine(*db);
            TenantRepository theirs(m_admin);
            const Tenant tenant = mine.requireBySlug(slug);
            const Subscription seen = mine.subscription(tenant.id);
            const Subscription truth = theirs.subscription(tenant.id);
            QVERIFY(truth.id != 0);
            QCOMPARE(seen.id, truth.id);
            QCOMPARE(seen.status, truth.status);
            QCOMPARE(seen.planName, truth.planName);
            QCOMPARE(seen.currentPeriodEnd, truth.currentPeriodEnd);
            const auto plans = mine.plans(true);
            QVERIFY(!plans.isEmpty());
            QVERIFY(plans.first().monthlyPriceCents.has_value());
            QCOMPARE(mine.counts().total, theirs.counts().total);
        });
    }

    void tenantAdminSeesAndActsOnlyOnItsTenant()
    {
        test::guarded([&] {
            const QString other = m_active[3];
            auto db = connectAs(m_tenantAdmin);
            TenantRepository repo(*db);

            TenantQuery all;
            all.limit = 1000;
            const TenantPage page = repo.list(all);
            QCOMPARE(page.total, qint64(1));
            QCOMPARE(page.rows.size(), 1);
            QCOMPARE(page.rows.first().slug, m_ownTenant);
            const StatusCounts counts = repo.counts();
            QCOMPARE(counts.total, qint64(1));
            QCOMPARE(counts.active, qint64(1));
            QVERIFY(!repo.findBySlug(other));
            TenantQuery search;
            search.search = other;
            QCOMPARE(repo.list(search).total, qint64(0));
            const qint64 ownId = page.rows.first().id;
            const auto operations = repo.operations(OperationQuery{std::nullopt, QString(), 1000, 0});
            QVERIFY(!operations.isEmpty());
            for (const Operation& o : operations)
                QCOMPARE(o.tenantId.value_or(-1), ownId);

            // Another tenant does not exist as far as this login can tell.
            TenantService service(*db, QStringLiteral("ui"));
            const QString before = test::fingerprint(m_admin);
            const auto hidden = test::failureOf([&] { service.planAction(other, TenantAction::Pause); });
            QVERIFY2(hidden, "a tenant admin could plan to pause a tenant it is not mapped to");
            QCOMPARE(hidden->kind, ErrorKind::NotFound);
            QCOMPARE(test::fingerprint(m_admin), before);

            // Its own tenant it may pause, but not decommission.
            WriteExecutor::execute(*db, service.planAction(m_ownTenant, TenantAction::Pause));
            QCOMPARE(TenantRepository(m_admin).requireBySlug(m_ownTenant).status, TenantStatus::Paused);
            const QString paused = test::fingerprint(m_admin);
            const PendingWrite decommission = service.planAction(m_ownTenant, TenantAction::Decommission);
            const auto refused = test::failureOf([&] { WriteExecutor::execute(*db, decommission); });
            QVERIFY2(refused, "the database let a tenant admin decommission its tenant");
            QCOMPARE(refused->kind, ErrorKind::PermissionDenied);
            QCOMPARE(test::fingerprint(m_admin), paused);
            QCOMPARE(TenantRepository(m_admin).requireBySlug(m_ownTenant).status, TenantStatus::Paused);
            // Put it back for whoever reads it next.
            WriteExecutor::execute(*db, service.planAction(m_ownTenant, TenantAction::Resume));
            QCOMPARE(TenantRepository(m_admin).requireBySlug(m_ownTenant).status, TenantStatus::Active);
        });
    }

    void capabilitiesReflectTheGrantedRoles()
    {
        test::guarded([&] {
            {
                auto db = connectAs(m_operator);
                const Capabilities c = RoleService(*db).capabilities();
                QCOMPARE(c.login, m_operator);
                QCOMPARE(c.roles, QStringList{Roles::Operator});
                QVERIFY(!c.isOwner());
                QVERIFY(!c.superuser);
                QVERIFY(c.can(Capability::RunOperations));
                QVERIFY(c.can(Capability::EditTenantConnection));
                QVERIFY(c.can(Capability::ViewAudit));
                QVERIFY(!c.can(Capability::Decommission));
                QVERIFY(!c.can(Capability::CreateTenant));
                QVERIFY(!c.can(Capability::ViewBillingAmounts));
                QVERIFY(!c.can(Capability::EditBilling));
                QVERIFY(!c.can(Capability::ManageRoles));
                QVERIFY(c.whyNot(Capability::Decommission).contains(Roles::Owner));
                QVERIFY(c.whyNot(Capability::RunOperations).isEmpty());
            }
            {
                auto db = connectAs(m_finance);
                const Capabilities c = RoleService(*db).capabilities();
                QCOMPARE(c.roles, QStringList{Roles::Finance});
                QVERIFY(c.can(Capability::ViewBillingAmounts));
                QVERIFY(c.can(Capability::ViewAudit));
                QVERIFY(!c.can(Capability::RunOperations));
                QVERIFY(!c.can(Capability::CreateTenant));
                QVERIFY(!c.can(Capability::Decommission));
            }
            {
                auto db = connectAs(m_tenantAdmin);
                const Capabilities c = RoleService(*db).capabilities();
                QCOMPARE(c.roles, QStringList{Roles::TenantAdmin});
                QCOMPARE(c.tenantScope, QStringList{m_ownTenant});
                QVERIFY(c.can(Capability::RunOperations));
                QVERIFY(!c.can(Capability::Decommission));
                QVERIFY(!c.can(Capability::EditTenantConnection));
            }
            {
                auto db = connectAs(m_owner);
                const Capabilities c = RoleService(*db).capabilities();
                QVERIFY(c.roles.contains(Roles::Owner));
                QVERIFY(!c.superuser);
                QVERIFY(!c.schemaOwner);
                QVERIFY(c.isOwner());
                QVERIFY(c.can(Capability::Decommission));
                QVERIFY(c.can(Capability::ManageRoles));
                QCOMPARE(c.effectiveRoleNames(), QStringList{Roles::Owner});
            }
            {
                const Capabilities c = RoleService(m_admin).capabilities();
                QVERIFY(c.superuser);
                QVERIFY(c.isOwner());
                QVERIFY(c.can(Capability::MigrateDatabase));
            }
            {
                // A login with no Fusion Console role may do nothing, and is told so.
                const QString nobody = m_pg->createLogin(QStringLiteral("nobody"));
                auto db = connectAs(nobody);
                const Capabilities c = RoleService(*db).capabilities();
                QVERIFY(c.roles.isEmpty());
                QVERIFY(!c.can(Capability::RunOperations));
                QVERIFY(!c.can(Capability::ViewAudit));
                QVERIFY(
                    c.whyNot(Capability::RunOperations).contains(QStringLiteral("no Fusion Console role")));
                const auto refused = test::failureOf([&] { TenantRepository(*db).counts(); });
                QVERIFY(refused);
                QCOMPARE(refused->kind, ErrorKind::PermissionDenied);
            }
        });
    }

    void ownerLoginGrantsRolesWithoutBeingSuperuser()
    {
        test::guarded([&] {
            const QString newcomer = m_pg->createLogin(QStringLiteral("newcomer"));
            auto owner = connectAs(m_owner);
            QVERIFY(!RoleService(*owner).capabilities().superuser);
            WriteExecutor::execute(*owner, RoleService(*owner).planGrant(newcomer, Roles::Operator));
            auto db = connectAs(newcomer);
            QCOMPARE(RoleService(*db).capabilities().roles, QStringList{Roles::Operator});
            AuditQuery q;
            q.action = QStringLiteral("role.grant");
            const auto audit = AuditLog::list(m_admin, q);
            QVERIFY(!audit.isEmpty());
            QCOMPARE(audit.first().actor, m_owner);
            QCOMPARE(audit.first().target, newcomer);

            // An operator cannot hand out roles: the database refuses, nothing changes.
            const QString hopeful = m_pg->createLogin(QStringLiteral("hopeful"));
            auto op = connectAs(m_operator);
            const QString before = test::fingerprint(m_admin);
            // (It may not even read the role mappings it would have to change: refused either way.)
            const auto refused = test::failureOf(
                [&] { WriteExecutor::execute(*op, RoleService(*op).planGrant(hopeful, Roles::Operator)); });
            QVERIFY2(refused, "an operator granted a role");
            QCOMPARE(refused->kind, ErrorKind::PermissionDenied);
            QCOMPARE(test::fingerprint(m_admin), before);
            auto h = connectAs(hopeful);
            QVERIFY(RoleService(*h).capabilities().roles.isEmpty());

            // Revoking takes the rights away for the next session.
            WriteExecutor::execute(*owner, RoleService(*owner).planRevoke(newcomer, Roles::Operator));
            auto again = connectAs(newcomer);
            QVERIFY(RoleService(*again).capabilities().roles.isEmpty());
            const auto gone = test::failureOf([&] { TenantRepository(*again).counts(); });
            QVERIFY(gone);
            QCOMPARE(gone->kind, ErrorKind::PermissionDenied);
        });
    }

    void fusionctlRefusesWhatTheRoleMayNotDo()
    {
        test::guarded([&] {
            const QString slug = m_active[4];
            const QString before = test::fingerprint(m_admin);
            auto cli = run(m_operator, {QStringLiteral("tenants"), QStringLiteral("decommission"), slug,
                                        QStringLiteral("--yes")});
            QCOMPARE(cli.code, 4);
            QVERIFY2(cli.err.contains(QStringLiteral("Permission denied")), qPrintable(cli.err));
            QCOMPARE(test::fingerprint(m_admin), before);

            cli = run(m_finance,
                      {QStringLiteral("tenants"), QStringLiteral("pause"), slug, QStringLiteral("--yes")});
            QCOMPARE(cli.code, 4);
            QVERIFY2(cli.err.contains(QStringLiteral("Permission denied")), qPrintable(cli.err));
            QCOMPARE(test::fingerprint(m_admin), before);

            // A tenant admin is told the other tenant does not exist (exit 5), and it does not change.
            cli = run(m_tenantAdmin,
                      {QStringLiteral("tenants"), QStringLiteral("pause"), slug, QStringLiteral("--yes")});
            QCOMPARE(cli.code, 5);
            QCOMPARE(test::fingerprint(m_admin), before);
            cli = run(m_tenantAdmin,
                      {QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")});
            QCOMPARE(cli.code, 0);
            QCOMPARE(cli.json().object().value(QStringLiteral("total")).toInt(), 1);

            // The operator's pause goes through, as the operator.
            cli = run(m_operator, {QStringLiteral("tenants"), QStringLiteral("pause"), slug,
                                   QStringLiteral("--yes"), QStringLiteral("--json")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            QCOMPARE(cli.json().object().value(QStringLiteral("status")).toString(), TenantStatus::Paused);
            QCOMPARE(TenantRepository(m_admin).requireBySlug(slug).status, TenantStatus::Paused);
        });
    }

    void fusionctlWhoamiShowsTheRoles()
    {
        test::guarded([&] {
            auto cli = run(m_operator, {QStringLiteral("whoami"), QStringLiteral("--json")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            QJsonObject o = cli.json().object();
            QCOMPARE(o.value(QStringLiteral("login")).toString(), m_operator);
            QCOMPARE(jsonStrings(o.value(QStringLiteral("roles"))), QStringList{Roles::Operator});
            QCOMPARE(o.value(QStringLiteral("owner")).toBool(), false);
            QCOMPARE(o.value(QStringLiteral("superuser")).toBool(), false);

            cli = run(m_tenantAdmin, {QStringLiteral("whoami"), QStringLiteral("--json")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            o = cli.json().object();
            QCOMPARE(jsonStrings(o.value(QStringLiteral("roles"))), QStringList{Roles::TenantAdmin});
            QCOMPARE(jsonStrings(o.value(QStringLiteral("tenants"))), QStringList{m_ownTenant});

            cli = run(QStringLiteral("postgres"), {QStringLiteral("whoami"), QStringLiteral("--json")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            o = cli.json().object();
            QCOMPARE(o.value(QStringLiteral("superuser")).toBool(), true);
            QCOMPARE(o.value(QStringLiteral("owner")).toBool(), true);

            cli = run(m_finance, {QStringLiteral("whoami")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            QVERIFY2(cli.out.contains(Roles::Finance), qPrintable(cli.out));
        });
    }

    void fusionctlGrantsListsAndRevokesRoles()
    {
        test::guarded([&] {
            const QString login = m_pg->createLogin(QStringLiteral("clirole"));
            const auto listed = [this](const QString& who) -> std::optional<QJsonObject> {
                const auto cli =
                    run(QStringLiteral("postgres"),
                        {QStringLiteral("roles"), QStringLiteral("list"), QStringLiteral("--json")});
                if (cli.code != 0)
                    return std::nullopt;
                const QJsonArray items = cli.json().array();
                for (const QJsonValue& v : items) {
                    if (v.toObject().value(QStringLiteral("login")).toString() == who)
                        return v.toObject();
                }
                return QJsonObject();
            };
            auto entry = listed(login);
            QVERIFY(entry);
            QVERIFY2(entry->isEmpty(), "a login with no role is listed");
            entry = listed(m_tenantAdmin);
            QVERIFY(entry);
            QCOMPARE(jsonStrings(entry->value(QStringLiteral("roles"))), QStringList{Roles::TenantAdmin});
            QCOMPARE(jsonStrings(entry->value(QStringLiteral("tenants"))), QStringList{m_ownTenant});

            // Without a terminal and without --yes nothing is granted.
            auto cli = run(QStringLiteral("postgres"),
                           {QStringLiteral("roles"), QStringLiteral("grant"), login, Roles::Finance});
            QCOMPARE(cli.code, 3);
            QVERIFY(listed(login)->isEmpty());

            cli = run(QStringLiteral("postgres"), {QStringLiteral("roles"), QStringLiteral("grant"), login,
                                                   Roles::Finance, QStringLiteral("--yes")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            entry = listed(login);
            QCOMPARE(jsonStrings(entry->value(QStringLiteral("roles"))), QStringList{Roles::Finance});
            cli = run(login, {QStringLiteral("whoami"), QStringLiteral("--json")});
            QCOMPARE(jsonStrings(cli.json().object().value(QStringLiteral("roles"))),
                     QStringList{Roles::Finance});

            cli = run(QStringLiteral("postgres"), {QStringLiteral("roles"), QStringLiteral("revoke"), login,
                                                   Roles::Finance, QStringLiteral("--yes")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            QVERIFY(listed(login)->isEmpty());
            cli = run(login, {QStringLiteral("whoami"), QStringLiteral("--json")});
            QVERIFY(jsonStrings(cli.json().object().value(QStringLiteral("roles"))).isEmpty());

            // A login that does not exist: exit 5, and the message says how to create it.
            const QString before = test::fingerprint(m_admin);
            cli = run(QStringLiteral("postgres"),
                      {QStringLiteral("roles"), QStringLiteral("grant"),
                       m_pg->name() + QStringLiteral("_ghost"), Roles::Operator, QStringLiteral("--yes")});
            QCOMPARE(cli.code, 5);
            QVERIFY2(cli.err.contains(QStringLiteral("no login role")), qPrintable(cli.err));
            // Not a Fusion Console role: a usage-level refusal, nothing granted.
            cli = run(QStringLiteral("postgres"),
                      {QStringLiteral("roles"), QStringLiteral("grant"), login,
                       QStringLiteral("pg_read_all_data"), QStringLiteral("--yes")});
            QCOMPARE(cli.code, 1);
            QVERIFY2(cli.err.contains(QStringLiteral("not a Fusion Console role")), qPrintable(cli.err));
            QCOMPARE(test::fingerprint(m_admin), before);
            QCOMPARE(m_admin
                         .scalar(QStringLiteral(
                                     "SELECT count(*) FROM pg_auth_members am JOIN pg_roles m ON m.oid = "
                                     "am.member WHERE m.rolname = ?"),
                                 {login})
                         .toInt(),
                     0);
        });
    }

private:
    std::unique_ptr<Database> connectAs(const QString& login) const
    {
        auto db = std::make_unique<Database>();
        db->open(m_pg->target(login));
        return db;
    }
    test::CliResult run(const QString& login, const QStringList& args) const
    {
        return test::runCli(m_home.path(), QStringList{QStringLiteral("--db"), m_pg->url(login)} + args);
    }

    QTemporaryDir m_home;
    std::unique_ptr<test::PgTestDatabase> m_pg;
    Database m_admin;
    QStringList m_active;
    QString m_ownTenant;
    QString m_operator;
    QString m_finance;
    QString m_tenantAdmin;
    QString m_owner;
};

QTEST_GUILESS_MAIN(TestPgRoles)
#include "tst_pg_roles.moc"
