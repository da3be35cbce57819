// Writes to the tenant control plane through TenantService and WriteExecutor: creating a tenant (checked,
// complete and atomic, with one audit row) and the lifecycle actions (allowed transitions only, each with
// its queued operation and audit row; refusals write nothing).
#include "models/audit/AuditLog.h"
#include "models/audit/WriteExecutor.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace fusion;

namespace {
qint64 count(Database& db, const QString& sql, const QVariantList& params = {})
{
    return db.scalar(sql, params).toLongLong();
}
} // namespace

class TestTenantService : public QObject {
    Q_OBJECT

private:
    test::FreshSqliteCopies m_copies;
    Database m_db;

    Tenant firstWithStatus(const QString& status)
    {
        TenantQuery q;
        q.status = status;
        q.limit = 1;
        const TenantPage page = TenantRepository(m_db).list(q);
        if (page.rows.isEmpty())
            qFatal("the demo data has no tenant with status %s", qPrintable(status));
        return page.rows.first();
    }

    NewTenant acme() const
    {
        NewTenant t;
        t.slug = QStringLiteral("acme-new");
        t.name = QStringLiteral("Acme New");
        t.planCode = QStringLiteral("growth");
        t.bundleCodes = {QStringLiteral("crm-sales")};
        return t;
    }

    qint64 auditCount() { return AuditLog::count(m_db, AuditQuery{}); }

private Q_SLOTS:
    void initTestCase()
    {
        test::guarded([&] { m_copies.prepare(48); });
    }

    // Every test starts from its own copy of the same demo database.
    void init()
    {
        test::guarded([&] { m_copies.openCopy(m_db); });
    }
    void cleanup() { m_db.close(); }

    void createWritesTheWholeTenantInOneAuditedWrite()
    {
        const qint64 auditBefore = auditCount();
        const qint64 tenantsBefore = count(m_db, QStringLiteral("SELECT count(*) FROM tenants"));
        TenantService service(m_db, QStringLiteral("ui"));
        const PendingWrite write = service.planCreate(acme());
        QCOMPARE(write.plan.action, QStringLiteral("tenant.create"));
        QCOMPARE(write.plan.target, QStringLiteral("acme-new"));
        QVERIFY(write.plan.hasChanges());
        // Planning writes nothing.
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM tenants")), tenantsBefore);

        const QJsonObject outcome = WriteExecutor::execute(m_db, write);
        TenantRepository repo(m_db);
        const auto created = repo.findBySlug(QStringLiteral("acme-new"));
        QVERIFY(created.has_value());
        QCOMPARE(outcome.value(QStringLiteral("tenant_id")).toInteger(), created->id);
        QCOMPARE(created->name, QStringLiteral("Acme New"));
        QCOMPARE(created->status, TenantStatus::Active);
        QCOMPARE(created->planCode, QStringLiteral("growth"));
        QCOMPARE(count(m_db, QStringLiteral("SELECT count(*) FROM tenants")), tenantsBefore + 1);

        const TenantDetail d = repo.detail(created->id, true);
        // Its subscription is on the chosen plan.
        QVERIFY(d.subscription.id != 0);
        QVERIFY(d.subscription.planId.has_value());
        QCOMPARE(*d.subscription.planId, *created->planId);
        // One operation: provision, queued, from this trigger source.
        QCOMPARE(d.operations.size(), 1);
        QCOMPARE(d.operations[0].type, QStringLiteral("provision"));
        QCOMPARE(d.operations[0].status, QStringLiteral("queued"));
        QCOMPARE(d.operations[0].triggerSource, QStringLiteral("ui"));
        QCOMPARE(outcome.value(QStringLiteral("operation_id")).toInteger(), d.operations[0].id);
        // Its bundle is assigned and every module of it is pending.
        QCOMPARE(d.bundles.size(), 1);
        QCOMPARE(d.bundles[0].code, QStringLiteral("crm-sales"));
        QSet<QString> bundleModules;
        for (const Bundle& b : repo.bundles()) {
            if (b.code == QLatin1String("crm-sales"))
                bundleModules = QSet<QString>(b.modules.cbegin(), b.modules.cend());
        }
        QVERIFY(!bundleModules.isEmpty());
        QSet<QString> states;
        for (const ModuleState& m : d.modules) {
            QCOMPARE(m.state, QStringLiteral("pending"));
            states.insert(m.moduleName);
        }
        QCOMPARE(states, bundleModules);

        // Exactly one new audit row, for this creation.
        QCOMPARE(auditCount(), auditBefore + 1);
        const AuditEntry row = AuditLog::list(m_db, AuditQuery{}).first();
        QCOMPARE(row.action, QStringLiteral("tenant.create"));
        QCOMPARE(row.target, QStringLiteral("acme-new"));
        QVERIFY(row.afterJson.contains(QStringLiteral("Acme New")));
        QVERIFY(AuditLog::verify(m_db).ok);
    }

    // The audit history of one tenant (fusionctl audit list --tenant SLUG) starts with its creation.
    void creationIsInTheTenantsOwnAuditHistory()
    {
        TenantService service(m_db, QStringLiteral("ui"));
        WriteExecutor::execute(m_db, service.planCreate(acme()));
        WriteExecutor::execute(m_db, service.planAction(QStringLiteral("acme-new"), TenantAction::Pause));
        const Tenant created = TenantRepository(m_db).requireBySlug(QStringLiteral("acme-new"));
        AuditQuery q;
        q.tenantId = created.id;
        QStringList actions;
        for (const AuditEntry& e : AuditLog::list(m_db, q))
            actions.prepend(e.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("tenant.create"), QStringLiteral("tenant.pause")}));
    }

    void createWithoutPlanOrBundles()
    {
        NewTenant t;
        t.slug = QStringLiteral("bare-tenant");
        t.name = QStringLiteral("Bare");
        WriteExecutor::execute(m_db, TenantService(m_db, QStringLiteral("cli")).planCreate(t));
        TenantRepository repo(m_db);
        const Tenant created = repo.requireBySlug(QStringLiteral("bare-tenant"));
        QVERIFY(!created.planId.has_value());
        const TenantDetail d = repo.detail(created.id, true);
        QCOMPARE(d.subscription.id, qint64(0));
        QVERIFY(d.modules.isEmpty());
        QCOMPARE(d.operations.size(), 1);
        QCOMPARE(d.operations[0].triggerSource, QStringLiteral("cli"));
    }

    void createRefusesBadInputWithClearMessagesAndWritesNothing_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("bundle");
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("invalid slug") << QStringLiteral("Bad_Slug") << QStringLiteral("X") << QString()
                                      << QString() << QString() << QStringLiteral("Slug");
        QTest::newRow("reserved slug") << QStringLiteral("admin") << QStringLiteral("X") << QString()
                                       << QString() << QString() << QStringLiteral("admin");
        QTest::newRow("taken slug") << QStringLiteral("acme-finance-ph") << QStringLiteral("X") << QString()
                                    << QString() << QString() << QStringLiteral("already taken");
        QTest::newRow("empty name") << QStringLiteral("fine-slug") << QStringLiteral("   ") << QString()
                                    << QString() << QString() << QStringLiteral("Name");
        QTest::newRow("unknown plan")
            << QStringLiteral("fine-slug") << QStringLiteral("X") << QStringLiteral("platinum") << QString()
            << QString() << QStringLiteral("platinum");
        QTest::newRow("unknown bundle")
            << QStringLiteral("fine-slug") << QStringLiteral("X") << QString()
            << QStringLiteral("space-travel") << QString() << QStringLiteral("space-travel");
        QTest::newRow("unknown template")
            << QStringLiteral("fine-slug") << QStringLiteral("X") << QString() << QString()
            << QStringLiteral("odoo99-huge") << QStringLiteral("odoo99-huge");
    }
    void createRefusesBadInputWithClearMessagesAndWritesNothing()
    {
        QFETCH(QString, slug);
        QFETCH(QString, name);
        QFETCH(QString, plan);
        QFETCH(QString, bundle);
        QFETCH(QString, templateName);
        QFETCH(QString, mentions);
        NewTenant t;
        t.slug = slug;
        t.name = name;
        t.planCode = plan;
        if (!bundle.isEmpty())
            t.bundleCodes << bundle;
        t.infraTemplateName = templateName;
        const QString before = test::snapshot(m_db);
        const auto error = test::failureOf([&] { TenantService(m_db, QStringLiteral("ui")).planCreate(t); });
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::InvalidInput);
        QVERIFY2(error->message.contains(mentions), qPrintable(error->message));
        QCOMPARE(test::snapshot(m_db), before);
    }

    void everyProblemIsListedAtOnce()
    {
        NewTenant t;
        t.slug = QStringLiteral("-bad");
        t.name = QString();
        t.planCode = QStringLiteral("platinum");
        t.odooUrl = QStringLiteral("ftp://x.example.com");
        const QStringList problems = TenantService(m_db, QStringLiteral("ui")).validate(t);
        QCOMPARE(problems.size(), 4);
    }

    void createIsAllOrNothing()
    {
        const QString before = test::snapshot(m_db);
        PendingWrite write = TenantService(m_db, QStringLiteral("ui")).planCreate(acme());
        const auto inner = write.apply;
        // The work runs completely, then something fails before the commit.
        write.apply = [inner](Database& db) -> QJsonObject {
            inner(db);
            throw Failure(ErrorKind::Connection, QStringLiteral("lost"));
        };
        const auto error = test::failureOf([&] { WriteExecutor::execute(m_db, write); });
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::Connection);
        QCOMPARE(test::snapshot(m_db), before);
        QVERIFY(!TenantRepository(m_db).findBySlug(QStringLiteral("acme-new")).has_value());
    }

    void slugTakenBetweenPlanAndExecuteCreatesNothing()
    {
        TenantService service(m_db, QStringLiteral("ui"));
        const PendingWrite first = service.planCreate(acme());
        const PendingWrite second = service.planCreate(acme());
        WriteExecutor::execute(m_db, first);
        const QString before = test::snapshot(m_db);
        const auto error = test::failureOf([&] { WriteExecutor::execute(m_db, second); });
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::Conflict);
        QVERIFY2(error->message.contains(QStringLiteral("acme-new")), qPrintable(error->message));
        QCOMPARE(test::snapshot(m_db), before);
    }

    void allowedActions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("to");
        QTest::newRow("pause active")
            << TenantStatus::Active << int(TenantAction::Pause) << TenantStatus::Paused;
        QTest::newRow("pause error") << TenantStatus::Error << int(TenantAction::Pause)
                                     << TenantStatus::Paused;
        QTest::newRow("resume paused")
            << TenantStatus::Paused << int(TenantAction::Resume) << TenantStatus::Active;
        QTest::newRow("rebuild active")
            << TenantStatus::Active << int(TenantAction::Rebuild) << TenantStatus::Active;
        QTest::newRow("rebuild error")
            << TenantStatus::Error << int(TenantAction::Rebuild) << TenantStatus::Active;
        QTest::newRow("decommission active")
            << TenantStatus::Active << int(TenantAction::Decommission) << TenantStatus::Decommissioned;
        QTest::newRow("decommission paused")
            << TenantStatus::Paused << int(TenantAction::Decommission) << TenantStatus::Decommissioned;
        QTest::newRow("decommission error")
            << TenantStatus::Error << int(TenantAction::Decommission) << TenantStatus::Decommissioned;
    }
    void allowedActions()
    {
        QFETCH(QString, from);
        QFETCH(int, action);
        QFETCH(QString, to);
        const TenantAction a = TenantAction(action);
        const Tenant tenant = firstWithStatus(from);
        TenantRepository repo(m_db);
        OperationQuery oq;
        oq.tenantId = tenant.id;
        const qint64 opsBefore = repo.operationCount(oq);
        const qint64 allOpsBefore = repo.operationCount(OperationQuery{});
        const qint64 auditBefore = auditCount();

        const PendingWrite write = TenantService(m_db, QStringLiteral("cli")).planAction(tenant.slug, a);
        const QString key = TenantService::actionKey(a);
        QCOMPARE(write.plan.action, QString(QStringLiteral("tenant.") + key));
        QCOMPARE(write.plan.target, tenant.slug);
        QCOMPARE(write.plan.destructive, a == TenantAction::Decommission);
        if (a == TenantAction::Decommission)
            QCOMPARE(write.plan.confirmPhrase, tenant.slug);
        else
            QVERIFY(write.plan.confirmPhrase.isEmpty());
        QVERIFY(write.plan.hasChanges());

        WriteExecutor::execute(m_db, write);
        const Tenant after = repo.requireBySlug(tenant.slug);
        QCOMPARE(after.status, to);
        QCOMPARE(after.rowVersion, tenant.rowVersion + 1);
        // One operation for this tenant, and no other.
        QCOMPARE(repo.operationCount(oq), opsBefore + 1);
        QCOMPARE(repo.operationCount(OperationQuery{}), allOpsBefore + 1);
        oq.limit = 1;
        const Operation op = repo.operations(oq).first();
        QCOMPARE(op.type, key);
        QCOMPARE(op.status, QStringLiteral("queued"));
        QCOMPARE(op.triggerSource, QStringLiteral("cli"));
        // One audit row, about this tenant.
        QCOMPARE(auditCount(), auditBefore + 1);
        const AuditEntry row = AuditLog::list(m_db, AuditQuery{}).first();
        QCOMPARE(row.action, QString(QStringLiteral("tenant.") + key));
        QCOMPARE(row.target, tenant.slug);
        QVERIFY(row.tenantId.has_value());
        QCOMPARE(*row.tenantId, tenant.id);
        QVERIFY(AuditLog::verify(m_db).ok);
    }

    void refusedActions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("action");
        QTest::newRow("pause paused") << TenantStatus::Paused << int(TenantAction::Pause);
        QTest::newRow("pause decommissioned") << TenantStatus::Decommissioned << int(TenantAction::Pause);
        QTest::newRow("resume active") << TenantStatus::Active << int(TenantAction::Resume);
        QTest::newRow("resume error") << TenantStatus::Error << int(TenantAction::Resume);
        QTest::newRow("resume decommissioned") << TenantStatus::Decommissioned << int(TenantAction::Resume);
        QTest::newRow("rebuild paused") << TenantStatus::Paused << int(TenantAction::Rebuild);
        QTest::newRow("rebuild decommissioned") << TenantStatus::Decommissioned << int(TenantAction::Rebuild);
        QTest::newRow("decommission decommissioned")
            << TenantStatus::Decommissioned << int(TenantAction::Decommission);
    }
    void refusedActions()
    {
        QFETCH(QString, from);
        QFETCH(int, action);
        const Tenant tenant = firstWithStatus(from);
        const QString before = test::snapshot(m_db);
        const auto error = test::failureOf(
            [&] { TenantService(m_db, QStringLiteral("ui")).planAction(tenant.slug, TenantAction(action)); });
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::InvalidInput);
        QVERIFY2(error->message.contains(tenant.slug), qPrintable(error->message));
        QCOMPARE(test::snapshot(m_db), before);
    }

    void actionOnUnknownTenantIsNotFound()
    {
        const auto error = test::failureOf([&] {
            TenantService(m_db, QStringLiteral("ui"))
                .planAction(QStringLiteral("nobody-here"), TenantAction::Pause);
        });
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::NotFound);
    }

    // A plan made before someone else changed the tenant must not be applied over their change.
    void staleActionPlanIsRefusedAndWritesNothing()
    {
        const Tenant tenant = firstWithStatus(TenantStatus::Active);
        const PendingWrite pause =
            TenantService(m_db, QStringLiteral("ui")).planAction(tenant.slug, TenantAction::Pause);

        Database other;
        other.open(m_db.target());
        WriteExecutor::execute(other,
                               TenantService(other, QStringLiteral("ui"))
                                   .planEditTenant(tenant.id, tenant.rowVersion,
                                                   {{QStringLiteral("region"), QStringLiteral("fra1-b")}}));
        other.close();

        const QString before = test::snapshot(m_db);
        const auto error = test::failureOf([&] { WriteExecutor::execute(m_db, pause); });
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::Conflict);
        QCOMPARE(test::snapshot(m_db), before);
        const Tenant now = TenantRepository(m_db).requireBySlug(tenant.slug);
        QCOMPARE(now.status, TenantStatus::Active);
        QCOMPARE(now.region, QStringLiteral("fra1-b"));
    }

    void settingBundlesAssignsThemAndMarksTheirNewModulesPending()
    {
        const Tenant tenant = firstWithStatus(TenantStatus::Active);
        TenantRepository repo(m_db);
        const TenantDetail before = repo.detail(tenant.id, false);
        // A bundle the tenant does not have yet, with a module it does not have either.
        Bundle extra;
        for (const Bundle& b : repo.bundles()) {
            bool assigned = false;
            for (const Bundle& mine : before.bundles)
                assigned = assigned || mine.id == b.id;
            if (!assigned) {
                extra = b;
                break;
            }
        }
        QVERIFY(extra.id != 0);
        QStringList codes;
        for (const Bundle& b : before.bundles)
            codes << b.code;
        codes << extra.code;
        QStringList have;
        for (const ModuleState& m : before.modules)
            have << m.moduleName;

        const qint64 auditBefore = auditCount();
        const PendingWrite write = TenantService(m_db, QStringLiteral("ui")).planSetBundles(tenant.id, codes);
        QVERIFY(write.plan.hasChanges());
        QCOMPARE(write.plan.changes.size(), 1);
        QVERIFY(write.plan.changes.first().after.toString().contains(extra.code));
        WriteExecutor::execute(m_db, write);

        const TenantDetail after = repo.detail(tenant.id, false);
        QCOMPARE(after.bundles.size(), before.bundles.size() + 1);
        for (const QString& module : extra.modules) {
            bool found = false;
            for (const ModuleState& m : after.modules) {
                if (m.moduleName == module) {
                    found = true;
                    if (!have.contains(module))
                        QCOMPARE(m.state, QStringLiteral("pending"));
                }
            }
            QVERIFY2(found, qPrintable(module));
        }
        QCOMPARE(auditCount(), auditBefore + 1);

        // Unassigning leaves the installed modules alone and says so.
        const PendingWrite removal = TenantService(m_db, QStringLiteral("ui")).planSetBundles(tenant.id, {});
        QVERIFY(!removal.plan.effects.isEmpty());
        const int modulesBefore = after.modules.size();
        WriteExecutor::execute(m_db, removal);
        const TenantDetail emptied = repo.detail(tenant.id, false);
        QVERIFY(emptied.bundles.isEmpty());
        QCOMPARE(emptied.modules.size(), modulesBefore);
    }

    void settingTheSameBundlesChangesNothing()
    {
        const Tenant tenant = firstWithStatus(TenantStatus::Active);
        QStringList codes;
        for (const Bundle& b : TenantRepository(m_db).detail(tenant.id, false).bundles)
            codes << b.code;
        const PendingWrite write = TenantService(m_db, QStringLiteral("ui")).planSetBundles(tenant.id, codes);
        QVERIFY(!write.plan.hasChanges());
    }

    void unknownBundleIsRefused()
    {
        const Tenant tenant = firstWithStatus(TenantStatus::Active);
        const auto error = test::failureOf([&] {
            TenantService(m_db, QStringLiteral("ui"))
                .planSetBundles(tenant.id, {QStringLiteral("no-such-bundle'; DROP TABLE tenants; --")});
        });
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::InvalidInput);
        QVERIFY(error->message.contains(QStringLiteral("no-such-bundle")));
    }

    void bundlesChangedMeanwhileAreRefusedAndNothingSaved()
    {
        const Tenant tenant = firstWithStatus(TenantStatus::Active);
        const PendingWrite mine = TenantService(m_db, QStringLiteral("ui")).planSetBundles(tenant.id, {});
        QVERIFY(mine.plan.hasChanges());

        Database other;
        other.open(m_db.target());
        const QList<Bundle> all = TenantRepository(other).bundles();
        QStringList everything;
        for (const Bundle& b : all)
            everything << b.code;
        WriteExecutor::execute(
            other, TenantService(other, QStringLiteral("ui")).planSetBundles(tenant.id, everything));
        other.close();

        const QString before = test::snapshot(m_db);
        const auto error = test::failureOf([&] { WriteExecutor::execute(m_db, mine); });
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::Conflict);
        QCOMPARE(test::snapshot(m_db), before);
        QCOMPARE(TenantRepository(m_db).detail(tenant.id, false).bundles.size(), all.size());
    }

    void failingWorkLeavesNothingBehind()
    {
        const Tenant tenant = firstWithStatus(TenantStatus::Active);
        PendingWrite write =
            TenantService(m_db, QStringLiteral("ui")).planAction(tenant.slug, TenantAction::Pause);
        const auto inner = write.apply;
        write.apply = [inner](Database& db) -> QJsonObject {
            inner(db);
            throw Failure(ErrorKind::Internal, QStringLiteral("disk full"));
        };
        const QString before = test::snapshot(m_db);
        QVERIFY(test::failureOf([&] { WriteExecutor::execute(m_db, write); }).has_value());
        QCOMPARE(test::snapshot(m_db), before);
        // And the connection is usable again afterwards.
        WriteExecutor::execute(
            m_db, TenantService(m_db, QStringLiteral("ui")).planAction(tenant.slug, TenantAction::Pause));
        QCOMPARE(TenantRepository(m_db).requireBySlug(tenant.slug).status, TenantStatus::Paused);
    }
};

QTEST_GUILESS_MAIN(TestTenantService)
#include "tst_tenant_service.moc"
