// Module bundles on both stores: creating, editing and deleting them (validated, audited, never overwriting
// someone else's change, never deleting one a tenant has), and drift — what tenants' bundles want against
// what their Odoo has installed — for one tenant and across the fleet.
#include "models/audit/AuditLog.h"
#include "models/audit/WriteExecutor.h"
#include "models/bundles/BundleCatalog.h"
#include "models/odoo/OdooModules.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QFile>
#include <QTest>

#include <memory>

using namespace fusion;

namespace {
OdooModule module(const QString& name, const QString& state, const QString& author = {})
{
    OdooModule m;
    m.name = name;
    m.state = state;
    m.author = author;
    m.source = OdooModules::classify(name, author);
    return m;
}
} // namespace

class TestBundleCatalog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<test::PgTestDatabase> m_pg;
    Database m_sqlite;
    Database m_postgres;
    int m_n = 0;

    // The store of this data row: a fresh SQLite copy of the demo database, or the shared PostgreSQL one
    // (each test there uses names of its own).
    Database& store()
    {
        QFETCH(QString, store);
        if (store == QLatin1String("postgresql"))
            return m_postgres;
        m_sqlite.close();
        const QString path = m_dir.filePath(QStringLiteral("copy-%1.db").arg(m_n));
        if (!QFile::copy(m_template, path))
            qFatal("cannot copy the template database");
        DatabaseTarget t;
        t.dialect = Dialect::Sqlite;
        t.sqlitePath = path;
        m_sqlite.open(t);
        return m_sqlite;
    }

    static void stores()
    {
        QTest::addColumn<QString>("store");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    QString unique(const char* base) { return QStringLiteral("%1-%2").arg(QLatin1String(base)).arg(m_n); }

    BundleDraft draft(const QString& code, const QStringList& modules) const
    {
        BundleDraft d;
        d.code = code;
        d.name = QStringLiteral("Field Service \"Pro\"");
        d.type = QStringLiteral("field_service");
        d.version = QStringLiteral("2.1");
        d.description = QStringLiteral("Work orders; O'Brien's checklist");
        d.modules = modules;
        return d;
    }

    // A tenant of its own with exactly `bundles` assigned and `installed` recorded as its Odoo's modules.
    QString tenantWith(Database& db, const char* base, const QStringList& bundles,
                       const QList<OdooModule>& odoo)
    {
        NewTenant t;
        t.slug = unique(base);
        t.name = t.slug;
        t.planCode = QStringLiteral("growth");
        t.bundleCodes = bundles;
        WriteExecutor::execute(db, TenantService(db, QStringLiteral("ui")).planCreate(t));
        if (!odoo.isEmpty())
            WriteExecutor::execute(db, OdooModules::planSync(db, t.slug, odoo));
        return t.slug;
    }

    static qint64 audits(Database& db, const QString& action)
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action})
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const DatabaseTarget target = test::sqliteTarget(m_dir, QStringLiteral("template.db"));
        m_template = target.sqlitePath;
        {
            Database db;
            test::prepare(db, target, 12);
        }
        if (test::pgHost().isEmpty())
            QFAIL("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
        m_pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("bundles"));
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        test::prepare(m_postgres, m_pg->target(), 12);
    }
    void init() { ++m_n; }

    void createShowsWhatItWritesAndAuditsIt_data() { stores(); }
    void createShowsWhatItWritesAndAuditsIt()
    {
        Database& db = store();
        const QString code = unique("field");
        const PendingWrite w = BundleCatalog::planCreate(
            db, draft(code, {QStringLiteral("project"), QStringLiteral(" hr "), QStringLiteral("project"),
                             QStringLiteral("ipai_fsm_x")}));
        QCOMPARE(w.plan.action, QStringLiteral("bundle.create"));
        QVERIFY(!BundleCatalog::find(db, code)); // planning writes nothing
        QString modulesShown;
        for (const FieldChange& c : w.plan.changes) {
            if (c.field == QLatin1String("modules"))
                modulesShown = c.afterDisplay();
        }
        QCOMPARE(modulesShown, QStringLiteral("hr, ipai_fsm_x, project")); // trimmed, de-duplicated, sorted
        // A module the catalog has never seen is pointed out, not refused: the catalog fills from syncs.
        QVERIFY(w.plan.effects.join(QLatin1Char('\n')).contains(QStringLiteral("ipai_fsm_x")));
        const qint64 before = audits(db, QStringLiteral("bundle.create"));
        WriteExecutor::execute(db, w);
        const auto made = BundleCatalog::find(db, code);
        QVERIFY(made.has_value());
        QCOMPARE(made->bundle.name, QStringLiteral("Field Service \"Pro\""));
        QCOMPARE(made->bundle.description, QStringLiteral("Work orders; O'Brien's checklist"));
        QCOMPARE(made->bundle.type, QStringLiteral("field_service"));
        QCOMPARE(made->bundle.modules, (QStringList{QStringLiteral("hr"), QStringLiteral("ipai_fsm_x"),
                                                    QStringLiteral("project")}));
        QCOMPARE(made->tenantCount, 0);
        QCOMPARE(audits(db, QStringLiteral("bundle.create")), before + 1);

        const auto again =
            test::failureOf([&] { BundleCatalog::planCreate(db, draft(code, {QStringLiteral("hr")})); });
        QVERIFY(again.has_value());
        QCOMPARE(again->kind, ErrorKind::Conflict);
    }

    void badDraftsAreRefusedWithEveryReason_data() { stores(); }
    void badDraftsAreRefusedWithEveryReason()
    {
        Database& db = store();
        const qint64 bundles = db.scalar(QStringLiteral("SELECT count(*) FROM bundles")).toLongLong();
        BundleDraft d = draft(QStringLiteral("Bad Code"), {QStringLiteral("crm'); DROP TABLE bundles;--")});
        d.type = QStringLiteral("Finance PPM");
        d.name.clear();
        const auto e = test::failureOf([&] { BundleCatalog::planCreate(db, d); });
        QVERIFY(e.has_value());
        QCOMPARE(e->kind, ErrorKind::InvalidInput);
        for (const char* part : {"code", "name", "type", "module name"})
            QVERIFY2(e->message.contains(QLatin1String(part)), qPrintable(e->message));
        const auto empty =
            test::failureOf([&] { BundleCatalog::planCreate(db, draft(unique("empty"), {})); });
        QVERIFY(empty && empty->message.contains(QStringLiteral("at least one module")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM bundles")).toLongLong(), bundles);
    }

    void editShowsTheModuleDiffAndRefusesAStaleVersion_data() { stores(); }
    void editShowsTheModuleDiffAndRefusesAStaleVersion()
    {
        Database& db = store();
        const QString code = unique("edit");
        WriteExecutor::execute(
            db, BundleCatalog::planCreate(db, draft(code, {QStringLiteral("crm"), QStringLiteral("sale")})));
        tenantWith(db, "edit-t", {code}, {});
        const BundleInfo v1 = *BundleCatalog::find(db, code);
        QCOMPARE(v1.tenantCount, 1);

        BundleDraft mine = draft(code, {QStringLiteral("crm"), QStringLiteral("project")});
        mine.version = QStringLiteral("2.2");
        BundleDraft theirs =
            draft(code, {QStringLiteral("crm"), QStringLiteral("sale"), QStringLiteral("hr")});
        theirs.name = QStringLiteral("Renamed by someone else");
        const PendingWrite myWrite = BundleCatalog::planEdit(db, code, v1.rowVersion, mine);
        const PendingWrite theirWrite = BundleCatalog::planEdit(db, code, v1.rowVersion, theirs);
        QString diff;
        for (const FieldChange& c : myWrite.plan.changes) {
            if (c.field == QLatin1String("modules"))
                diff = c.afterDisplay();
        }
        QCOMPARE(diff, QStringLiteral("+ project; − sale"));
        // The tenant that has the bundle is told about, since the new module now shows as missing there.
        QVERIFY(myWrite.plan.effects.join(QLatin1Char('\n')).contains(QStringLiteral("1 tenant")));

        WriteExecutor::execute(db, theirWrite);
        const auto stale = test::failureOf([&] { WriteExecutor::execute(db, myWrite); });
        QVERIFY(stale.has_value());
        QCOMPARE(stale->kind, ErrorKind::Conflict);
        const BundleInfo now = *BundleCatalog::find(db, code);
        QCOMPARE(now.bundle.name, QStringLiteral("Renamed by someone else"));
        QCOMPARE(now.bundle.version, QStringLiteral("2.1")); // none of mine landed
        QCOMPARE(now.bundle.modules,
                 (QStringList{QStringLiteral("crm"), QStringLiteral("hr"), QStringLiteral("sale")}));
        // Planning from the stale version is refused up front too.
        const auto early = test::failureOf([&] { BundleCatalog::planEdit(db, code, v1.rowVersion, mine); });
        QVERIFY(early && early->kind == ErrorKind::Conflict);
        // Saving what is already there is "nothing to change".
        BundleDraft same = theirs;
        QVERIFY(!BundleCatalog::planEdit(db, code, now.rowVersion, same).plan.hasChanges());
    }

    void aBundleATenantHasCannotBeDeleted_data() { stores(); }
    void aBundleATenantHasCannotBeDeleted()
    {
        Database& db = store();
        const QString code = unique("del");
        WriteExecutor::execute(db, BundleCatalog::planCreate(db, draft(code, {QStringLiteral("crm")})));
        const QString slug = tenantWith(db, "del-t", {code}, {});
        BundleInfo info = *BundleCatalog::find(db, code);
        const auto refused = test::failureOf([&] { BundleCatalog::planDelete(db, code, info.rowVersion); });
        QVERIFY(refused.has_value());
        QVERIFY2(refused->message.contains(slug), qPrintable(refused->message));
        QVERIFY(BundleCatalog::find(db, code).has_value());

        const qint64 tenantId = TenantRepository(db).requireBySlug(slug).id;
        // Planned while unassigned, but assigned again before it runs: the delete still refuses.
        WriteExecutor::execute(db, TenantService(db, QStringLiteral("ui")).planSetBundles(tenantId, {}));
        info = *BundleCatalog::find(db, code);
        const PendingWrite del = BundleCatalog::planDelete(db, code, info.rowVersion);
        QVERIFY(del.plan.destructive);
        QCOMPARE(del.plan.confirmPhrase, code);
        WriteExecutor::execute(db, TenantService(db, QStringLiteral("ui")).planSetBundles(tenantId, {code}));
        const auto late = test::failureOf([&] { WriteExecutor::execute(db, del); });
        QVERIFY(late && late->kind == ErrorKind::Conflict);
        QVERIFY(BundleCatalog::find(db, code).has_value());

        WriteExecutor::execute(db, TenantService(db, QStringLiteral("ui")).planSetBundles(tenantId, {}));
        info = *BundleCatalog::find(db, code);
        WriteExecutor::execute(db, BundleCatalog::planDelete(db, code, info.rowVersion));
        QVERIFY(!BundleCatalog::find(db, code).has_value());
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT count(*) FROM bundle_modules bm WHERE NOT EXISTS (SELECT 1 FROM "
                                     "bundles b WHERE b.id = bm.bundle_id)"))
                .toLongLong(),
            qint64(0));
    }

    void driftForOneTenantAndAcrossTheFleet_data() { stores(); }
    void driftForOneTenantAndAcrossTheFleet()
    {
        Database& db = store();
        const QString a = unique("drift-a");
        const QString b = unique("drift-b");
        WriteExecutor::execute(db, BundleCatalog::planCreate(
                                       db, draft(a, {QStringLiteral("crm"), QStringLiteral("sale_management"),
                                                     QStringLiteral("ipai_crm_score")})));
        WriteExecutor::execute(db, BundleCatalog::planCreate(db, draft(b, {QStringLiteral("project")})));
        const QString oca = QStringLiteral("Odoo Community Association (OCA)");
        // Has everything bundle a wants, plus base (core) and an OCA module nobody asked for.
        const QString synced = tenantWith(
            db, "t-synced", {a},
            {module(QStringLiteral("base"), QStringLiteral("installed"), QStringLiteral("Odoo S.A.")),
             module(QStringLiteral("crm"), QStringLiteral("installed"), QStringLiteral("Odoo S.A.")),
             module(QStringLiteral("sale_management"), QStringLiteral("installed"),
                    QStringLiteral("Odoo S.A.")),
             module(QStringLiteral("ipai_crm_score"), QStringLiteral("installed"),
                    QStringLiteral("InsightPulse")),
             module(QStringLiteral("crm_stage_probability"), QStringLiteral("installed"), oca)});
        // Has bundles a and b, but only crm installed.
        const QString behind = tenantWith(
            db, "t-behind", {a, b},
            {module(QStringLiteral("crm"), QStringLiteral("installed"), QStringLiteral("Odoo S.A.")),
             module(QStringLiteral("project"), QStringLiteral("uninstalled"), QStringLiteral("Odoo S.A."))});
        // Matches exactly.
        const QString clean = tenantWith(
            db, "t-clean", {b},
            {module(QStringLiteral("project"), QStringLiteral("installed"), QStringLiteral("Odoo S.A."))});

        DriftQuery one;
        one.slug = synced;
        QList<TenantDrift> rows = BundleCatalog::drift(db, one);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().missing, QStringList{});
        QCOMPARE(rows.first().unwanted, QStringList{QStringLiteral("crm_stage_probability")});
        one.includeCore = true;
        rows = BundleCatalog::drift(db, one);
        QCOMPARE(rows.first().unwanted,
                 (QStringList{QStringLiteral("base"), QStringLiteral("crm_stage_probability")}));

        one = DriftQuery{};
        one.slug = behind;
        rows = BundleCatalog::drift(db, one);
        QCOMPARE(rows.first().bundles, (QStringList{a, b}));
        QCOMPARE(rows.first().missing,
                 (QStringList{QStringLiteral("ipai_crm_score"), QStringLiteral("project"),
                              QStringLiteral("sale_management")}));
        one.bundleCode = b; // only what bundle b wants
        rows = BundleCatalog::drift(db, one);
        QCOMPARE(rows.first().missing, QStringList{QStringLiteral("project")});

        // The fleet, narrowed to bundle b: the clean tenant is left out unless asked for.
        DriftQuery fleet;
        fleet.bundleCode = b;
        rows = BundleCatalog::drift(db, fleet);
        QStringList slugs;
        for (const TenantDrift& d : rows)
            slugs << d.slug;
        QCOMPARE(slugs, QStringList{behind});
        fleet.onlyDrifting = false;
        slugs.clear();
        for (const TenantDrift& d : BundleCatalog::drift(db, fleet))
            slugs << d.slug;
        QCOMPARE(slugs, (QStringList{behind, clean}));

        // The whole fleet includes both drifting tenants of this test.
        slugs.clear();
        for (const TenantDrift& d : BundleCatalog::drift(db, DriftQuery{}))
            slugs << d.slug;
        QVERIFY(slugs.contains(synced) && slugs.contains(behind) && !slugs.contains(clean));

        const auto unknown = test::failureOf([&] {
            DriftQuery q;
            q.bundleCode = QStringLiteral("no-such-bundle");
            BundleCatalog::drift(db, q);
        });
        QVERIFY(unknown && unknown->kind == ErrorKind::NotFound);
    }

    // A module install this app started and never finished recording is closed as failed by hand — never one
    // an outside automation runs, never one that is not running.
    void aModuleInstallLeftRunningIsClosedAsFailed_data() { stores(); }
    void aModuleInstallLeftRunningIsClosedAsFailed()
    {
        Database& db = store();
        const QString code = unique("left");
        WriteExecutor::execute(db, BundleCatalog::planCreate(db, draft(code, {QStringLiteral("hr")})));
        const QString slug = tenantWith(db, "left-t", {code}, {});
        const qint64 ours =
            WriteExecutor::execute(
                db, OdooModules::planApply(db, slug, code, {QStringLiteral("hr")}, {}, QStringLiteral("ui")))
                .value(QStringLiteral("operation_id"))
                .toInteger();
        const PendingWrite close = OdooModules::planAbandonApply(db, ours);
        QCOMPARE(close.plan.changes.first().after.toString(), QStringLiteral("failed"));
        WriteExecutor::execute(db, close);
        QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM operations WHERE id = ?"), {ours}).toString(),
                 QStringLiteral("failed"));
        QVERIFY(
            !db.scalar(QStringLiteral("SELECT finished_at FROM operations WHERE id = ?"), {ours}).isNull());
        const auto again = test::failureOf([&] { OdooModules::planAbandonApply(db, ours); });
        QVERIFY(again && again->kind == ErrorKind::InvalidInput);

        const qint64 theirs = db.insertReturningId(
            QStringLiteral(
                "INSERT INTO operations (tenant_id, type, status, trigger_source, actor) SELECT id, "
                "'module_apply', 'running', 'n8n', 'n8n' FROM tenants WHERE slug = ?"),
            {slug});
        const auto automation = test::failureOf([&] { OdooModules::planAbandonApply(db, theirs); });
        QVERIFY(automation.has_value());
        QVERIFY2(automation->message.contains(QStringLiteral("n8n")), qPrintable(automation->message));
        QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM operations WHERE id = ?"), {theirs}).toString(),
                 QStringLiteral("running"));
    }

    // Applying a bundle again while an earlier apply of it to the same tenant is still recorded as running
    // is refused when planned (and when a plan made before the first started is written): the message names
    // the operation, since when, by whom, and how to close it. Another bundle, or another tenant, is not held
    // up; once the first is closed the bundle can be applied again.
    void aSecondApplyWhileOneRunsIsRefused_data() { stores(); }
    void aSecondApplyWhileOneRunsIsRefused()
    {
        Database& db = store();
        const QString code = unique("twice");
        const QString other = unique("other");
        WriteExecutor::execute(db, BundleCatalog::planCreate(db, draft(code, {QStringLiteral("hr")})));
        WriteExecutor::execute(db, BundleCatalog::planCreate(db, draft(other, {QStringLiteral("crm")})));
        const QString slug = tenantWith(db, "twice-t", {code, other}, {});
        const QString elsewhere = tenantWith(db, "twice-u", {code}, {});
        const auto plan = [&](const QString& tenant, const QString& bundle) {
            return OdooModules::planApply(db, tenant, bundle, {QStringLiteral("hr")}, {},
                                          QStringLiteral("cli"));
        };
        const PendingWrite planned = plan(slug, code);
        const PendingWrite racing = plan(slug, code); // planned while nothing ran yet
        const qint64 first =
            WriteExecutor::execute(db, planned).value(QStringLiteral("operation_id")).toInteger();
        const qint64 operations = db.scalar(QStringLiteral("SELECT count(*) FROM operations")).toLongLong();
        const qint64 applies = audits(db, QStringLiteral("tenant.bundle.apply"));

        const auto refused = test::failureOf([&] { plan(slug, code); });
        QVERIFY(refused.has_value());
        QCOMPARE(refused->kind, ErrorKind::Conflict);
        const QString id = QString::number(first);
        QVERIFY2(refused->message.contains(QStringLiteral("operation %1 has been running since").arg(id)),
                 qPrintable(refused->message));
        QVERIFY2(refused->message.contains(QStringLiteral("operations abandon %1").arg(id)),
                 qPrintable(refused->message));
        QVERIFY2(refused->message.contains(db.actor()), qPrintable(refused->message));
        QVERIFY2(refused->message.contains(QStringLiteral("Operations pane")), qPrintable(refused->message));
        // The check the job makes before it asks Odoo anything says the same.
        const auto early = test::failureOf([&] { OdooModules::requireNoRunningApply(db, slug, code); });
        QVERIFY(early && early->message == refused->message);
        // A plan made before the first apply was recorded is refused when it is written: nothing is added.
        const auto raced = test::failureOf([&] { WriteExecutor::execute(db, racing); });
        QVERIFY(raced && raced->kind == ErrorKind::Conflict);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM operations")).toLongLong(), operations);
        QCOMPARE(audits(db, QStringLiteral("tenant.bundle.apply")), applies);

        // Another bundle on that tenant, or that bundle on another tenant: not held up.
        QVERIFY(!test::failureOf([&] { plan(slug, other); }).has_value());
        QVERIFY(!test::failureOf([&] { plan(elsewhere, code); }).has_value());

        // Closed as failed: the bundle can be applied again.
        WriteExecutor::execute(db, OdooModules::planAbandonApply(db, first));
        QVERIFY(!test::failureOf([&] { WriteExecutor::execute(db, plan(slug, code)); }).has_value());
    }
};

QTEST_GUILESS_MAIN(TestBundleCatalog)
#include "tst_bundle_catalog.moc"
