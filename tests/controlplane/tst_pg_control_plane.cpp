// The control plane's rules on PostgreSQL as real logins (migration 0013): the automation role reports on
// operations and appends their logs — through the model and through the real fusionctl — and nothing else;
// the freeze and the tested-tag rule hold for every role, also when SQL goes around the models; only owners
// change settings, tags and freeze; operators schedule and cancel but do not claim an outcome.
#include "models/audit/WriteExecutor.h"
#include "models/controlplane/ImageTags.h"
#include "models/controlplane/ImageUpgrade.h"
#include "models/controlplane/InfraTemplates.h"
#include "models/controlplane/MaintenanceWindows.h"
#include "models/controlplane/OperationLog.h"
#include "models/controlplane/PlatformSettings.h"
#include "models/controlplane/RealmTemplates.h"
#include "models/jobs/EtlTest.h"
#include "models/roles/Capabilities.h"
#include "models/roles/RoleService.h"
#include "models/vault/KeyVault.h"
#include "tests/common/Failures.h"
#include "tests/common/JobTestHost.h"
#include "tests/common/PgLogins.h"
#include "tests/common/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace fusion;

class TestPgControlPlane : public QObject, protected test::PgLogins {
    Q_OBJECT

    QString m_automation;
    QString m_finance;
    QTemporaryDir m_home;

    static ErrorKind kindOf(const std::optional<Error>& e) { return e ? e->kind : ErrorKind::Internal; }

    // A fresh queued backup of tenant A, made by the superuser (the set-up, not the code under test).
    qint64 queuedOperation()
    {
        return m_admin.insertReturningId(
            QStringLiteral("INSERT INTO operations (tenant_id, type, status) VALUES (?, 'backup', 'queued')"),
            {m_tenantA});
    }
    static QString messageOr(const std::optional<Error>& e, const QString& otherwise)
    {
        return e ? e->message : otherwise;
    }
    std::optional<Error> sqlAs(const QString& login, const QString& sql, const QVariantList& params = {})
    {
        auto db = as(login);
        return test::failureOf([&] { db->exec(sql, params); });
    }
    qint64 window(const QString& login)
    {
        auto db = as(login);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(3600);
        return WriteExecutor::execute(*db, MaintenanceWindows::planCreate(*db, QStringLiteral("Night"), start,
                                                                          start.addSecs(7200), {}))
            .value(QStringLiteral("window_id"))
            .toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString setUp = setUpLogins(QStringLiteral("ctlplane"));
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
        QVERIFY(m_home.isValid());
        test::guarded([&] {
            m_automation = m_pg->createLogin(QStringLiteral("n8n"));
            WriteExecutor::execute(m_admin, RoleService(m_admin).planGrant(m_automation, Roles::Automation));
            m_finance = m_pg->createLogin(QStringLiteral("fin"));
            WriteExecutor::execute(m_admin, RoleService(m_admin).planGrant(m_finance, Roles::Finance));
        });
    }

    // The automation moves an operation on and logs it, each report audited as itself in the same
    // transaction.
    void theAutomationReportsOnOperations()
    {
        test::guarded([&] {
            const qint64 op = queuedOperation();
            auto n8n = as(m_automation);
            OperationLog::Report r;
            r.operationId = op;
            r.status = QStringLiteral("running");
            r.message = QStringLiteral("Workflow picked it up");
            r.externalRef = QStringLiteral("exec-7781");
            WriteExecutor::execute(*n8n, OperationLog::planReport(*n8n, r));
            QCOMPARE(
                m_admin.scalar(QStringLiteral("SELECT status FROM operations WHERE id = ?"), {op}).toString(),
                QStringLiteral("running"));
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM operation_events WHERE operation_id = ? AND "
                                          "recorded_by = ?"),
                           {op, m_automation}),
                     1);
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'operation.report' AND "
                                     "actor = ?"),
                      {m_automation}),
                1);
            // A new operation of its own (a backup it was asked to run), audited too.
            QVERIFY(!sqlAs(m_automation,
                           QStringLiteral("INSERT INTO operations (tenant_id, type, trigger_source, "
                                          "actor) VALUES (?, 'backup', 'n8n', ?)"),
                           {m_tenantA, m_automation}));
        });
    }

    // Nothing else: not tenants, not billing, not keys, not another's name in the audit, not the payload.
    void theAutomationTouchesNothingElse()
    {
        const qint64 op = queuedOperation();
        const QList<QPair<QString, QVariantList>> refused{
            {QStringLiteral("UPDATE tenants SET name = 'x' WHERE id = ?"), {m_tenantA}},
            {QStringLiteral("SELECT name FROM tenants LIMIT 1"), {}},
            {QStringLiteral("SELECT * FROM subscriptions LIMIT 1"), {}},
            {QStringLiteral("SELECT * FROM api_keys LIMIT 1"), {}},
            {QStringLiteral("SELECT * FROM audit_log LIMIT 1"), {}},
            {QStringLiteral("UPDATE operations SET payload = '{}' WHERE id = ?"), {op}},
            {QStringLiteral("UPDATE operations SET tested_tag_id = NULL WHERE id = ?"), {op}},
            {QStringLiteral("DELETE FROM operations WHERE id = ?"), {op}},
            {QStringLiteral("DELETE FROM operation_events"), {}},
            {QStringLiteral("UPDATE platform_settings SET operations_frozen = false"), {}},
            {QStringLiteral(
                 "INSERT INTO tested_image_tags (environment, component, image, tag) VALUES ('dev', "
                 "'odoo', 'evil', 'x')"),
             {}},
            {QStringLiteral(
                 "INSERT INTO operation_events (operation_id, message, recorded_by) VALUES (?, 'x', "
                 "'somebody-else')"),
             {op}},
        };
        for (const auto& [sql, params] : refused) {
            const auto e = sqlAs(m_automation, sql, params);
            QVERIFY2(e, qPrintable(QStringLiteral("the automation role was allowed: ") + sql));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM operations WHERE id = ?"), {op}), 1);
    }

    // The real fusionctl as the automation's login: a report goes through, a forbidden write does not.
    void fusionctlReportsAsTheAutomation()
    {
        const qint64 op = queuedOperation();
        const auto run = [&](const QStringList& args) {
            return test::runCli(m_home.path(),
                                QStringList{QStringLiteral("--db"), m_pg->url(m_automation)} + args);
        };
        const test::CliResult ok = run(
            {QStringLiteral("operations"), QStringLiteral("report"), QString::number(op),
             QStringLiteral("--status"), QStringLiteral("failed"), QStringLiteral("--severity"),
             QStringLiteral("error"), QStringLiteral("--message"), QStringLiteral("Helm timed out"),
             QStringLiteral("--logs-url"), QStringLiteral("https://n8n.example.com/workflow/3/executions/12"),
             QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QCOMPARE(QJsonDocument::fromJson(ok.out.toUtf8()).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(m_admin.scalar(QStringLiteral("SELECT error_message FROM operations WHERE id = ?"), {op})
                     .toString(),
                 QStringLiteral("Helm timed out"));
        const test::CliResult denied = run(
            {QStringLiteral("tenants"), QStringLiteral("pause"),
             m_admin.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {m_tenantA}).toString(),
             QStringLiteral("--yes")});
        QVERIFY2(denied.code == 4 || denied.code == 5, qPrintable(denied.err));
    }

    // Only owners freeze; then no role may create or start an operation, whatever path it takes.
    void theFreezeHoldsForEveryRole()
    {
        test::guarded([&] {
            auto op = as(m_operator);
            QCOMPARE(kindOf(test::failureOf([&] {
                         WriteExecutor::execute(*op,
                                                PlatformSettings::planFreeze(*op, QStringLiteral("mine")));
                     })),
                     ErrorKind::PermissionDenied);
            const qint64 queued = queuedOperation();
            auto owner = as(m_owner);
            WriteExecutor::execute(*owner,
                                   PlatformSettings::planFreeze(*owner, QStringLiteral("DB failover drill")));
            for (const QString& login : {m_operator, m_tadminA, m_automation, m_owner}) {
                const auto e = sqlAs(login,
                                     QStringLiteral("INSERT INTO operations (tenant_id, type) VALUES (?, "
                                                    "'backup')"),
                                     {m_tenantA});
                QVERIFY2(
                    e && e->message.contains(QStringLiteral("DB failover drill")),
                    qPrintable(login + QStringLiteral(": ") + (e ? e->message : QStringLiteral("accepted"))));
            }
            const auto start =
                sqlAs(m_automation, QStringLiteral("UPDATE operations SET status = 'running' WHERE id = ?"),
                      {queued});
            QVERIFY2(start && start->message.contains(QStringLiteral("frozen")),
                     qPrintable(messageOr(start, QStringLiteral("accepted"))));
            auto n8n = as(m_automation);
            OperationLog::Report r;
            r.operationId = queued;
            r.status = QStringLiteral("running");
            const auto said = test::failureOf([&] { OperationLog::planReport(*n8n, r); });
            QCOMPARE(kindOf(said), ErrorKind::Conflict);
            QVERIFY2(messageOr(said, {}).contains(QStringLiteral("DB failover drill")),
                     qPrintable(messageOr(said, QStringLiteral("accepted"))));
            WriteExecutor::execute(*owner, PlatformSettings::planUnfreeze(*owner));
            QVERIFY(!sqlAs(m_automation,
                           QStringLiteral("UPDATE operations SET status = 'running' WHERE id = ?"),
                           {queued}));
        });
    }

    // Where runbooks live and which certificate a service may present are owners' to say: an operator and a
    // tenant admin are refused by the database; the owner's change is what a failed operation then links to.
    void runbooksAndTrustedCertificatesAreOwners()
    {
        test::guarded([&] {
            for (const QString& login : {m_operator, m_tadminA}) {
                auto who = as(login);
                QCOMPARE(kindOf(test::failureOf([&] {
                             WriteExecutor::execute(*who,
                                                    PlatformSettings::planSetRunbookBaseUrl(
                                                        *who, QStringLiteral("https://evil.example.com")));
                         })),
                         ErrorKind::PermissionDenied);
                QCOMPARE(kindOf(test::failureOf([&] {
                             WriteExecutor::execute(
                                 *who, KeyVault::planTrustCertificate(*who, QStringLiteral("keycloak"),
                                                                      QString(64, QLatin1Char('a'))));
                         })),
                         ErrorKind::PermissionDenied);
            }
            auto owner = as(m_owner);
            WriteExecutor::execute(*owner, PlatformSettings::planSetRunbookBaseUrl(
                                               *owner, QStringLiteral("https://wiki.example.com/runbooks")));
            WriteExecutor::execute(*owner, KeyVault::planTrustCertificate(*owner, QStringLiteral("keycloak"),
                                                                          QString(64, QLatin1Char('b'))));
            auto op = as(m_operator);
            QCOMPARE(PlatformSettings::read(*op).runbookBaseUrl,
                     QStringLiteral("https://wiki.example.com/runbooks"));
            QCOMPARE(KeyVault::requireProvider(*op, QStringLiteral("keycloak")).tlsSha256,
                     QString(64, QLatin1Char('b')));
            WriteExecutor::execute(*owner, PlatformSettings::planSetRunbookBaseUrl(*owner, {}));
            WriteExecutor::execute(*owner,
                                   KeyVault::planTrustCertificate(*owner, QStringLiteral("keycloak"), {}));
        });
    }

    // Finance sees analytics read-only: the ETL check itself refuses it before asking anything or reading a
    // key, whatever the app's buttons say. An operator gets past that check (and is told what to set up).
    void financeMayNotRunAnEtlCheck()
    {
        // Each run's answer and how often the person was asked, once the job has said it is done.
        struct Run {
            std::optional<Result<EtlTest::Outcome>> got;
            int asked = 0;
        };
        const auto runAs = [&](const QString& login) {
            auto db = as(login);
            test::TestPerson person;
            Run run;
            EtlTest job(test::syncJobHost(*db, person));
            QSqlQuery q = db->exec(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {m_tenantA});
            const QString slug = q.next() ? q.value(0).toString() : QStringLiteral("acme");
            job.start(slug, [&](const Result<EtlTest::Outcome>& r) { run.got = r; });
            if (!QTest::qWaitFor([&] { return run.got.has_value(); }, 5000))
                qWarning("the ETL check did not finish within 5 s");
            run.asked = person.asked;
            return run;
        };
        const Run finance = runAs(m_finance);
        QVERIFY(finance.got.has_value());
        QVERIFY(!*finance.got);
        QCOMPARE(finance.got->error().kind, ErrorKind::PermissionDenied);
        QVERIFY2(finance.got->error().message.contains(QLatin1String("fusion_operator")),
                 qPrintable(finance.got->error().message));
        QCOMPARE(finance.asked, 0);
        const Run op = runAs(m_operator);
        QVERIFY(op.got.has_value());
        QVERIFY(!*op.got);
        QCOMPARE(op.got->error().kind, ErrorKind::InvalidInput); // no ETL check set up: past the role check
        QCOMPARE(op.asked, 0);
    }

    // Upgrades: owners record tags, operators schedule them in windows and cancel them; nobody upgrades to an
    // untested tag, and an operator cannot claim an operation succeeded.
    void upgradesFollowTheTestedTagRuleForEveryRole()
    {
        test::guarded([&] {
            auto op = as(m_operator);
            QCOMPARE(kindOf(test::failureOf([&] {
                         WriteExecutor::execute(*op, ImageTags::planAdd(*op, QStringLiteral("dev"),
                                                                        QStringLiteral("odoo"),
                                                                        QStringLiteral("odoo:17.0-x"), {}));
                     })),
                     ErrorKind::PermissionDenied);
            // Templates are the owners' too.
            TemplateInput tpl;
            tpl.name = QStringLiteral("operator-made");
            tpl.k8sChart = QStringLiteral("charts/odoo-tenant:2.4.1");
            tpl.imageOdoo = QStringLiteral("registry.example.com/odoo:17.0-20261201");
            tpl.imagePg = QStringLiteral("postgres:15.8");
            QCOMPARE(kindOf(test::failureOf(
                         [&] { WriteExecutor::execute(*op, InfraTemplates::planCreate(*op, tpl)); })),
                     ErrorKind::PermissionDenied);
            auto owner = as(m_owner);
            WriteExecutor::execute(*owner, InfraTemplates::planCreate(*owner, tpl));
            QCOMPARE(kindOf(test::failureOf(
                         [&] { WriteExecutor::execute(*op, InfraTemplates::planRetire(*op, tpl.name)); })),
                     ErrorKind::PermissionDenied);
            const qint64 w = window(m_operator);
            // Tenant A (active in the demo) without the upgrade the demo scheduled for it.
            m_admin.exec(
                QStringLiteral("UPDATE operations SET status = 'cancelled' WHERE tenant_id = ? AND type = "
                               "'upgrade_image' AND status = 'queued'"),
                {m_tenantA});
            const QString slug =
                m_admin.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {m_tenantA})
                    .toString();
            UpgradeRequest r;
            r.tenantSlugs = {slug};
            r.reference = QStringLiteral("registry.example.com/odoo:17.0-20261201");
            r.windowId = w;
            const UpgradePreview p = ImageUpgrade::preview(*op, r);
            QCOMPARE(p.count(), 1);
            const QJsonObject out =
                WriteExecutor::execute(*op, ImageUpgrade::planSchedule(*op, p, QStringLiteral("ui")));
            QCOMPARE(out.value(QStringLiteral("scheduled")).toInt(), 1);
            const qint64 upgrade =
                count(QStringLiteral("SELECT max(id) FROM operations WHERE maintenance_window_id = ?"), {w});

            // Around the model: an untested, a retired and another environment's tag are all refused.
            const qint64 retired =
                count(QStringLiteral("SELECT id FROM tested_image_tags WHERE retired_at IS NOT NULL "
                                     "LIMIT 1"));
            m_admin.exec(
                QStringLiteral("INSERT INTO tested_image_tags (environment, component, image, tag) VALUES "
                               "('prod', 'odoo', 'registry.example.com/odoo', 'prod-only')"));
            const qint64 prod =
                count(QStringLiteral("SELECT id FROM tested_image_tags WHERE tag = 'prod-only'"));
            for (const QVariant& tag : {QVariant(), QVariant(retired), QVariant(prod)}) {
                const auto e = sqlAs(m_operator,
                                     QStringLiteral("INSERT INTO operations (tenant_id, type, tested_tag_id) "
                                                    "VALUES (?, 'upgrade_image', ?)"),
                                     {m_tenantA, tag});
                QVERIFY2(e, "an upgrade to a tag not tested here was accepted");
            }
            // An operator cancels what waits, but cannot claim an outcome.
            QVERIFY(sqlAs(m_operator,
                          QStringLiteral("UPDATE operations SET status = 'succeeded' WHERE id = ?"),
                          {upgrade}));
            WriteExecutor::execute(*op, ImageUpgrade::planCancel(*op, {upgrade}));
            QCOMPARE(m_admin.scalar(QStringLiteral("SELECT status FROM operations WHERE id = ?"), {upgrade})
                         .toString(),
                     QStringLiteral("cancelled"));
            // A tenant admin may not schedule windows or see other tenants' upgrades.
            auto ta = as(m_tadminA);
            QVERIFY(test::failureOf([&] {
                const QDateTime s = QDateTime::currentDateTimeUtc().addSecs(3600);
                WriteExecutor::execute(
                    *ta, MaintenanceWindows::planCreate(*ta, QStringLiteral("Mine"), s, s.addSecs(600), {}));
            }));
            for (const UpgradeOperation& u : ImageUpgrade::scheduled(*ta))
                QCOMPARE(u.tenantSlug, slug);
            QVERIFY(count(QStringLiteral(
                              "SELECT count(*) FROM operations WHERE type = 'upgrade_image' AND status = "
                              "'queued' AND tenant_id <> ?"),
                          {m_tenantA}) > 0);
        });
    }

    // Realm templates are the owners': an operator reads them but creating one is refused by the database
    // (nothing written, nothing audited); an owner creates and deletes one.
    void realmTemplatesAreForOwners()
    {
        test::guarded([&] {
            const RealmTemplateInput in{QStringLiteral("Operator's realm"),
                                        QStringLiteral("ops-{slug}"),
                                        QStringLiteral("odoo"),
                                        QStringLiteral("{odoo_url}/auth_oauth/signin"),
                                        {}};
            auto op = as(m_operator);
            const int before = int(RealmTemplates::list(*op).size());
            const auto refused =
                test::failureOf([&] { WriteExecutor::execute(*op, RealmTemplates::planCreate(*op, in)); });
            QCOMPARE(kindOf(refused), ErrorKind::PermissionDenied);
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM sso_realm_templates WHERE name = ?"), {in.name}),
                0);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                          "'sso_realm_template.create'")),
                     0);
            auto owner = as(m_owner);
            WriteExecutor::execute(*owner, RealmTemplates::planCreate(*owner, in));
            QCOMPARE(int(RealmTemplates::list(*op).size()), before + 1);
            QVERIFY(test::failureOf(
                [&] { WriteExecutor::execute(*op, RealmTemplates::planDelete(*op, in.name)); }));
            WriteExecutor::execute(*owner, RealmTemplates::planDelete(*owner, in.name));
            QCOMPARE(int(RealmTemplates::list(*op).size()), before);
        });
    }
};

QTEST_GUILESS_MAIN(TestPgControlPlane)
#include "tst_pg_control_plane.moc"
