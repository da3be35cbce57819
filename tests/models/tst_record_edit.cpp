// Optimistic locking: two admins (two connections to the same SQLite file) edit the same tenant; the second
// to save gets a conflict carrying the current values and overwrites nothing. Edits that change nothing
// write nothing; edits are validated field by field.
#include "models/audit/AuditLog.h"
#include "models/audit/WriteExecutor.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace fusion;

class TestRecordEdit : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;
    int m_copies = 0;
    DatabaseTarget m_target;
    Database m_alice;
    Database m_bob;

    Tenant tenant(Database& db, const QString& slug) { return TenantRepository(db).requireBySlug(slug); }
    qint64 audits(Database& db) { return AuditLog::count(db, AuditQuery{}); }
    Tenant someActiveTenant()
    {
        TenantQuery q;
        q.status = TenantStatus::Active;
        q.limit = 1;
        return TenantRepository(m_alice).list(q).rows.first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const DatabaseTarget t = test::sqliteTarget(m_dir, QStringLiteral("template.db"));
        m_template = t.sqlitePath;
        Database db;
        test::prepare(db, t, 10);
    }

    void init()
    {
        m_target = test::sqliteTarget(m_dir, QStringLiteral("copy-%1.db").arg(++m_copies));
        QVERIFY(QFile::copy(m_template, m_target.sqlitePath));
        m_alice.open(m_target);
        m_bob.open(m_target);
    }
    void cleanup()
    {
        m_alice.close();
        m_bob.close();
    }

    void secondSaveConflictsAndSeesTheFirstEdit()
    {
        const Tenant original = someActiveTenant();
        const int version = original.rowVersion;
        const PendingWrite alices =
            TenantService(m_alice, QStringLiteral("ui"))
                .planEditTenant(original.id, version,
                                {{QStringLiteral("name"), QStringLiteral("Alice's Name")},
                                 {QStringLiteral("region"), QStringLiteral("sgp9")}});
        const PendingWrite bobs =
            TenantService(m_bob, QStringLiteral("ui"))
                .planEditTenant(original.id, version,
                                {{QStringLiteral("name"), QStringLiteral("Bob's Name")}});
        QVERIFY(alices.apply && bobs.apply);

        WriteExecutor::execute(m_alice, alices);
        const qint64 auditAfterAlice = audits(m_bob);
        const QString afterAlice = test::snapshot(m_bob);

        const auto conflict = test::failureOf([&] { WriteExecutor::execute(m_bob, bobs); });
        QVERIFY(conflict.has_value());
        QCOMPARE(conflict->kind, ErrorKind::Conflict);
        QVERIFY(!conflict->message.isEmpty());
        // Bob sees what Alice saved, by field label, and the version to retry from.
        QCOMPARE(conflict->current.value(QStringLiteral("Name")).toString(), QStringLiteral("Alice's Name"));
        QCOMPARE(conflict->current.value(QStringLiteral("Region")).toString(), QStringLiteral("sgp9"));
        QCOMPARE(conflict->current.value(QStringLiteral("_row_version")).toInt(), version + 1);

        // Nothing lost, nothing overwritten, no audit row for the refused save.
        const Tenant now = tenant(m_bob, original.slug);
        QCOMPARE(now.name, QStringLiteral("Alice's Name"));
        QCOMPARE(now.region, QStringLiteral("sgp9"));
        QCOMPARE(now.rowVersion, version + 1);
        QCOMPARE(audits(m_bob), auditAfterAlice);
        QCOMPARE(test::snapshot(m_bob), afterAlice);

        // Bob retries from the current version and wins cleanly.
        WriteExecutor::execute(m_bob,
                               TenantService(m_bob, QStringLiteral("ui"))
                                   .planEditTenant(original.id, version + 1,
                                                   {{QStringLiteral("name"), QStringLiteral("Bob's Name")}}));
        const Tenant finalState = tenant(m_alice, original.slug);
        QCOMPARE(finalState.name, QStringLiteral("Bob's Name"));
        QCOMPARE(finalState.region, QStringLiteral("sgp9"));
        QVERIFY(AuditLog::verify(m_alice).ok);
    }

    void planningFromAStaleVersionConflictsAtOnce()
    {
        const Tenant original = someActiveTenant();
        WriteExecutor::execute(
            m_alice, TenantService(m_alice, QStringLiteral("ui"))
                         .planEditTenant(original.id, original.rowVersion,
                                         {{QStringLiteral("agency_group"), QStringLiteral("Acme Agency")}}));
        const QString before = test::snapshot(m_bob);
        const auto conflict = test::failureOf([&] {
            TenantService(m_bob, QStringLiteral("ui"))
                .planEditTenant(original.id, original.rowVersion,
                                {{QStringLiteral("name"), QStringLiteral("Too late")}});
        });
        QVERIFY(conflict.has_value());
        QCOMPARE(conflict->kind, ErrorKind::Conflict);
        QCOMPARE(conflict->current.value(QStringLiteral("Agency group")).toString(),
                 QStringLiteral("Acme Agency"));
        QCOMPARE(test::snapshot(m_bob), before);
    }

    void editWithNoChangeWritesNothing()
    {
        const Tenant t = someActiveTenant();
        const qint64 before = audits(m_alice);
        const QString snapshot = test::snapshot(m_alice);
        // The same values, one with surrounding spaces: nothing to save.
        const PendingWrite same =
            TenantService(m_alice, QStringLiteral("ui"))
                .planEditTenant(t.id, t.rowVersion,
                                {{QStringLiteral("name"), QString(QStringLiteral("  ") + t.name)},
                                 {QStringLiteral("region"), t.region}});
        QVERIFY(!same.apply);
        QVERIFY(!same.plan.hasChanges());
        WriteExecutor::execute(m_alice, same);
        QCOMPARE(audits(m_alice), before);
        QCOMPARE(test::snapshot(m_alice), snapshot);
        QCOMPARE(tenant(m_alice, t.slug).rowVersion, t.rowVersion);
    }

    void editShowsBeforeAndAfterAndIsAudited()
    {
        const Tenant t = someActiveTenant();
        const PendingWrite write =
            TenantService(m_alice, QStringLiteral("ui"))
                .planEditTenant(t.id, t.rowVersion, {{QStringLiteral("name"), QStringLiteral("Renamed Co")}});
        QCOMPARE(write.plan.changes.size(), 1);
        QCOMPARE(write.plan.changes[0].label, QStringLiteral("Name"));
        QCOMPARE(write.plan.changes[0].before.toString(), t.name);
        QCOMPARE(write.plan.changes[0].after.toString(), QStringLiteral("Renamed Co"));
        QVERIFY(write.plan.summaryText().contains(t.name));
        WriteExecutor::execute(m_alice, write);
        const AuditEntry row = AuditLog::list(m_alice, AuditQuery{}).first();
        QCOMPARE(row.action, QStringLiteral("tenant.edit"));
        QCOMPARE(QJsonDocument::fromJson(row.beforeJson.toUtf8())
                     .object()
                     .value(QStringLiteral("name"))
                     .toString(),
                 t.name);
        QCOMPARE(
            QJsonDocument::fromJson(row.afterJson.toUtf8()).object().value(QStringLiteral("name")).toString(),
            QStringLiteral("Renamed Co"));
    }

    void invalidValuesAreRefusedFieldByField()
    {
        const Tenant t = someActiveTenant();
        const QString before = test::snapshot(m_alice);
        const auto error = test::failureOf([&] {
            TenantService(m_alice, QStringLiteral("ui"))
                .planEditTenant(t.id, t.rowVersion,
                                {{QStringLiteral("k8s_namespace"), QStringLiteral("Not_Valid")},
                                 {QStringLiteral("odoo_url"), QStringLiteral("ftp://x.example.com")},
                                 {QStringLiteral("infra_template_id"), 987654}});
        });
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::InvalidInput);
        QVERIFY2(error->message.contains(QStringLiteral("Kubernetes namespace")), qPrintable(error->message));
        QVERIFY2(error->message.contains(QStringLiteral("Odoo URL")), qPrintable(error->message));
        QVERIFY2(error->message.contains(QStringLiteral("987654")), qPrintable(error->message));
        QCOMPARE(test::snapshot(m_alice), before);

        const auto slug = test::failureOf([&] {
            TenantService(m_alice, QStringLiteral("ui"))
                .planEditTenant(t.id, t.rowVersion, {{QStringLiteral("slug"), QStringLiteral("renamed")}});
        });
        QVERIFY(slug.has_value());
        QCOMPARE(slug->kind, ErrorKind::InvalidInput);
        QCOMPARE(tenant(m_alice, t.slug).slug, t.slug);
    }

    void configurationRecordIsCreatedOnceThenLocked()
    {
        // A tenant without SSO settings gets them with expected version 0; a second admin doing the same
        // from version 0 conflicts instead of inserting twice or overwriting.
        NewTenant n;
        n.slug = QStringLiteral("no-sso-yet");
        n.name = QStringLiteral("No SSO Yet");
        WriteExecutor::execute(m_alice, TenantService(m_alice, QStringLiteral("ui")).planCreate(n));
        const Tenant t = tenant(m_alice, n.slug);
        QCOMPARE(TenantRepository(m_alice).sso(t.id).id, qint64(0));

        const PendingWrite a =
            TenantService(m_alice, QStringLiteral("ui"))
                .planEditSso(t.id, 0, {{QStringLiteral("keycloak_realm"), QStringLiteral("alice")}});
        const PendingWrite b =
            TenantService(m_bob, QStringLiteral("ui"))
                .planEditSso(t.id, 0, {{QStringLiteral("keycloak_realm"), QStringLiteral("bob")}});
        WriteExecutor::execute(m_alice, a);
        const QString afterAlice = test::snapshot(m_bob);
        const auto error = test::failureOf([&] { WriteExecutor::execute(m_bob, b); });
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::Conflict);
        QCOMPARE(TenantRepository(m_bob).sso(t.id).keycloakRealm, QStringLiteral("alice"));
        QCOMPARE(test::snapshot(m_bob), afterAlice);
    }

    void billingPlanChangeMovesTheTenantsPlanToo()
    {
        const Tenant t = someActiveTenant();
        TenantRepository repo(m_alice);
        const Subscription s = repo.subscription(t.id);
        QVERIFY(s.id != 0);
        qint64 otherPlan = 0;
        QString otherCode;
        for (const Plan& p : repo.plans(true)) {
            if (!t.planId || p.id != *t.planId) {
                otherPlan = p.id;
                otherCode = p.code;
                break;
            }
        }
        QVERIFY(otherPlan != 0);
        WriteExecutor::execute(
            m_alice, TenantService(m_alice, QStringLiteral("ui"))
                         .planEditSubscription(t.id, s.rowVersion, {{QStringLiteral("plan_id"), otherPlan}}));
        QCOMPARE(repo.subscription(t.id).planId.value_or(0), otherPlan);
        QCOMPARE(tenant(m_alice, t.slug).planCode, otherCode);

        const auto badDate = test::failureOf([&] {
            TenantService(m_alice, QStringLiteral("ui"))
                .planEditSubscription(
                    t.id, repo.subscription(t.id).rowVersion,
                    {{QStringLiteral("next_invoice_date"), QStringLiteral("next tuesday")}});
        });
        QVERIFY(badDate.has_value());
        QCOMPARE(badDate->kind, ErrorKind::InvalidInput);
        QVERIFY2(badDate->message.contains(QStringLiteral("next tuesday")), qPrintable(badDate->message));
    }
};

QTEST_GUILESS_MAIN(TestRecordEdit)
#include "tst_record_edit.moc"
