// The control plane's rules on the embedded SQLite file (issue 13): the environment and its soft tenant
// limit, the operations freeze, tested image tags, maintenance windows, image upgrades in waves, and one
// operation's log, re-run and report. Each rule is met twice where it matters: the model says it first in
// words, and the database refuses a write that goes around the model.
#include "models/audit/AuditLog.h"
#include "models/audit/WriteExecutor.h"
#include "models/controlplane/ImageTags.h"
#include "models/controlplane/ImageUpgrade.h"
#include "models/controlplane/InfraTemplates.h"
#include "models/controlplane/MaintenanceWindows.h"
#include "models/controlplane/OperationLog.h"
#include "models/controlplane/PlatformSettings.h"
#include "models/integrations/IntegrationEndpoints.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"
#include "models/vault/KeyVault.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace fusion;

namespace {
const QString kDecember = QStringLiteral("registry.example.com/odoo:17.0-20261201");
const QString kNovember = QStringLiteral("registry.example.com/odoo:17.0-20261101");
} // namespace

class TestControlPlane : public QObject {
    Q_OBJECT

    test::FreshSqliteCopies m_copies;
    Database m_db;

    qint64 count(const QString& sql, const QVariantList& params = {})
    {
        return m_db.scalar(sql, params).toLongLong();
    }
    qint64 audits(const QString& action)
    {
        return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action});
    }
    // A window from `fromNow` minutes ahead lasting `minutes`.
    qint64 window(int fromNow, int minutes)
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(qint64(fromNow) * 60);
        return WriteExecutor::execute(
                   m_db, MaintenanceWindows::planCreate(m_db, QStringLiteral("Test window"), start,
                                                        start.addSecs(qint64(minutes) * 60), {}))
            .value(QStringLiteral("window_id"))
            .toInteger();
    }
    QStringList activeSlugs(int n)
    {
        QStringList out;
        QSqlQuery q =
            m_db.exec(QStringLiteral("SELECT slug FROM tenants t WHERE status = 'active' AND NOT EXISTS "
                                     "(SELECT 1 FROM operations o WHERE o.tenant_id = t.id AND o.type = "
                                     "'upgrade_image' AND o.status IN ('queued', 'running')) ORDER BY "
                                     "slug LIMIT ?"),
                      {n});
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    static ErrorKind kindOf(const std::optional<Error>& e) { return e ? e->kind : ErrorKind::Internal; }
    // What a refusal said, for a failing check's message (also when nothing was refused).
    static QString said(const std::optional<Error>& e)
    {
        return e ? e->message : QStringLiteral("(accepted)");
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::guarded([&] { m_copies.prepare(64); });
    }
    void init()
    {
        test::guarded([&] { m_copies.openCopy(m_db); });
    }
    void cleanup() { m_db.close(); }

    // The demo starts in development with no limit, its windows ahead and upgrades scheduled in the first.
    void theDemoShowsTheControlPlane()
    {
        test::guarded([&] {
            const PlatformSettingsValues v = PlatformSettings::read(m_db);
            QCOMPARE(v.environment, QStringLiteral("dev"));
            QVERIFY(!v.frozen);
            QVERIFY(!v.currentLimit());
            const QList<MaintenanceWindow> windows = MaintenanceWindows::list(m_db);
            QCOMPARE(windows.size(), 2);
            QVERIFY(windows[0].startsAt < windows[1].startsAt);
            QCOMPARE(windows[0].scheduled, 6);
            QCOMPARE(ImageUpgrade::scheduled(m_db).size(), 6);
            QCOMPARE(ImageTags::list(m_db, QStringLiteral("dev")).size(), 4); // one retired, not listed
            QCOMPARE(ImageTags::list(m_db, QStringLiteral("dev"), true).size(), 5);
        });
    }

    // Past the soft limit a tenant is refused with the reason and nothing is written; raising it lets it in.
    void theSoftLimitRefusesOneTenantTooMany()
    {
        test::guarded([&] {
            const int running = PlatformSettings::tenantCount(m_db);
            WriteExecutor::execute(m_db,
                                   PlatformSettings::planSetLimit(m_db, QStringLiteral("dev"), running));
            QCOMPARE(audits(QStringLiteral("platform.tenant_limit")), 1);
            NewTenant t;
            t.slug = QStringLiteral("one-too-many");
            t.name = QStringLiteral("One Too Many");
            TenantService service(m_db, QStringLiteral("cli"));
            const auto refused = test::failureOf([&] { service.planCreate(t); });
            QCOMPARE(kindOf(refused), ErrorKind::InvalidInput);
            QVERIFY2(refused->message.contains(QStringLiteral("soft limit is %1").arg(running)),
                     qPrintable(said(refused)));
            QVERIFY2(refused->message.contains(QStringLiteral("fusionctl settings limit dev")),
                     qPrintable(said(refused)));
            // The limit of another environment does not count here.
            WriteExecutor::execute(m_db, PlatformSettings::planSetLimit(m_db, QStringLiteral("prod"), 1));
            QVERIFY(test::failureOf([&] { service.planCreate(t); }));
            WriteExecutor::execute(m_db,
                                   PlatformSettings::planSetLimit(m_db, QStringLiteral("dev"), running + 1));
            WriteExecutor::execute(m_db, service.planCreate(t));
            QVERIFY(TenantRepository(m_db).findBySlug(QStringLiteral("one-too-many")));
            // A decommissioned tenant frees its place.
            QCOMPARE(PlatformSettings::tenantCount(m_db), running + 1);
            QCOMPARE(kindOf(test::failureOf(
                         [&] { PlatformSettings::planSetLimit(m_db, QStringLiteral("dev"), 0); })),
                     ErrorKind::InvalidInput);
        });
    }

    // Frozen: no operation is created or started, by the models (in words) or around them (by the database);
    // running ones may finish. Unfreezing lets them start again. Each is one audited write.
    void aFreezeStopsEveryNewOperation()
    {
        test::guarded([&] {
            QVERIFY(test::failureOf([&] { PlatformSettings::planFreeze(m_db, QStringLiteral("  ")); }));
            WriteExecutor::execute(m_db, PlatformSettings::planFreeze(m_db, QStringLiteral("Incident 42")));
            QCOMPARE(audits(QStringLiteral("platform.freeze")), 1);
            const PlatformSettingsValues v = PlatformSettings::read(m_db);
            QVERIFY(v.frozen);
            QCOMPARE(v.freezeReason, QStringLiteral("Incident 42"));

            TenantService service(m_db, QStringLiteral("cli"));
            const QString slug = activeSlugs(1).first();
            const auto refused = test::failureOf([&] { service.planAction(slug, TenantAction::Pause); });
            QCOMPARE(kindOf(refused), ErrorKind::Conflict);
            QVERIFY2(refused->message.contains(QStringLiteral("Incident 42")), qPrintable(said(refused)));

            const qint64 before = count(QStringLiteral("SELECT count(*) FROM operations"));
            const auto direct = test::failureOf([&] {
                m_db.exec(QStringLiteral(
                    "INSERT INTO operations (tenant_id, type) SELECT id, 'backup' FROM tenants "
                    "LIMIT 1"));
            });
            QVERIFY2(direct && direct->message.contains(QStringLiteral("frozen")), qPrintable(said(direct)));
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM operations")), before);
            const qint64 queued =
                count(QStringLiteral("SELECT min(id) FROM operations WHERE status = 'queued'"));
            QVERIFY(test::failureOf([&] {
                m_db.exec(QStringLiteral("UPDATE operations SET status = 'running' WHERE id = ?"), {queued});
            }));
            const qint64 running =
                count(QStringLiteral("SELECT min(id) FROM operations WHERE status = 'running'"));
            OperationLog::Report done;
            done.operationId = running;
            done.status = QStringLiteral("succeeded");
            WriteExecutor::execute(m_db, OperationLog::planReport(m_db, done));

            QVERIFY(test::failureOf([&] { PlatformSettings::planFreeze(m_db, QStringLiteral("again")); }));
            WriteExecutor::execute(m_db, PlatformSettings::planUnfreeze(m_db));
            QVERIFY(!PlatformSettings::read(m_db).frozen);
            WriteExecutor::execute(m_db, service.planAction(slug, TenantAction::Pause));
            m_db.exec(QStringLiteral("UPDATE operations SET status = 'running' WHERE id = ?"), {queued});
        });
    }

    void imageTagsAreExactAndRetiredNotDeleted()
    {
        test::guarded([&] {
            for (const QString& bad :
                 {QStringLiteral("odoo"), QStringLiteral("odoo:latest"), QStringLiteral("Odoo:17.0"),
                  QStringLiteral("odoo:.17"), QStringLiteral("odoo:17.0'; DROP TABLE tenants; --")}) {
                const auto e = test::failureOf([&] {
                    ImageTags::planAdd(m_db, QStringLiteral("prod"), QStringLiteral("odoo"), bad, {});
                });
                QVERIFY2(kindOf(e) == ErrorKind::InvalidInput, qPrintable(bad));
            }
            // A registry with a port is an image name, not a tag.
            const PendingWrite add = ImageTags::planAdd(m_db, QStringLiteral("prod"), QStringLiteral("odoo"),
                                                        QStringLiteral("registry.local:5000/odoo:17.0-1"),
                                                        QStringLiteral("canary"));
            const qint64 id = WriteExecutor::execute(m_db, add).value(QStringLiteral("tag_id")).toInteger();
            const auto tag = ImageTags::find(m_db, id);
            QCOMPARE(tag->image, QStringLiteral("registry.local:5000/odoo"));
            QCOMPARE(tag->tag, QStringLiteral("17.0-1"));
            QCOMPARE(tag->testedBy, m_db.actor());
            QCOMPARE(kindOf(test::failureOf([&] {
                         ImageTags::planAdd(m_db, QStringLiteral("prod"), QStringLiteral("odoo"),
                                            QStringLiteral("registry.local:5000/odoo:17.0-1"), {});
                     })),
                     ErrorKind::Conflict);
            WriteExecutor::execute(m_db, ImageTags::planRetire(m_db, id));
            QVERIFY(ImageTags::find(m_db, id)->retired());
            QCOMPARE(audits(QStringLiteral("image_tag.retire")), 1);
            QCOMPARE(kindOf(test::failureOf([&] { ImageTags::planRetire(m_db, id); })), ErrorKind::Conflict);
        });
    }

    // Templates: created, edited (only what differs) and retired through the plan; a retired one builds no
    // new tenant but stays for those built from it.
    void templatesAreCreatedEditedAndRetired()
    {
        test::guarded([&] {
            TemplateInput in;
            in.name = QStringLiteral("odoo17-xl");
            in.k8sChart = QStringLiteral("charts/odoo-tenant:2.5.0");
            in.imageOdoo = kDecember;
            in.imagePg = QStringLiteral("postgres:16.4");
            in.sizeProfile = QStringLiteral("xlarge");
            in.envDefaults = QStringLiteral("{ \"workers\": 16 }");
            in.version = QStringLiteral("2.5.0");
            for (const auto& [field, bad] :
                 {std::pair{&TemplateInput::imageOdoo, QStringLiteral("odoo:latest")},
                  std::pair{&TemplateInput::sizeProfile, QStringLiteral("huge")},
                  std::pair{&TemplateInput::envDefaults, QStringLiteral("[1, 2]")},
                  std::pair{&TemplateInput::k8sChart, QString()}}) {
                TemplateInput wrong = in;
                wrong.*field = bad;
                QCOMPARE(kindOf(test::failureOf([&] { InfraTemplates::planCreate(m_db, wrong); })),
                         ErrorKind::InvalidInput);
            }
            WriteExecutor::execute(m_db, InfraTemplates::planCreate(m_db, in));
            auto row = InfraTemplates::find(m_db, in.name);
            QVERIFY(row && row->odooImageTested);
            QCOMPARE(row->values.envDefaults, QStringLiteral("{\"workers\":16}"));
            QCOMPARE(kindOf(test::failureOf([&] { InfraTemplates::planCreate(m_db, in); })),
                     ErrorKind::Conflict);

            // Re-spacing the JSON changes nothing; a new chart is the one change.
            in.envDefaults = QStringLiteral("{\"workers\":   16}");
            in.k8sChart = QStringLiteral("charts/odoo-tenant:2.5.1");
            const PendingWrite edit = InfraTemplates::planEdit(m_db, in.name, in);
            QCOMPARE(edit.plan.changes.size(), 1);
            QCOMPARE(edit.plan.changes.first().field, QStringLiteral("k8s_chart"));
            WriteExecutor::execute(m_db, edit);
            QCOMPARE(InfraTemplates::find(m_db, in.name)->values.k8sChart,
                     QStringLiteral("charts/odoo-tenant:2.5.1"));

            // A tenant built from it, then the template retired: the tenant keeps it, a new tenant may not
            // use it.
            NewTenant t;
            t.slug = QStringLiteral("built-on-xl");
            t.name = QStringLiteral("Built on XL");
            t.infraTemplateName = in.name;
            TenantService service(m_db, QStringLiteral("cli"));
            WriteExecutor::execute(m_db, service.planCreate(t));
            const PendingWrite retire = InfraTemplates::planRetire(m_db, in.name);
            QVERIFY(retire.plan.effects.join(QLatin1Char(' ')).contains(QStringLiteral("1 tenant")));
            WriteExecutor::execute(m_db, retire);
            QVERIFY(InfraTemplates::find(m_db, in.name)->retired());
            QCOMPARE(InfraTemplates::list(m_db).size(), InfraTemplates::list(m_db, true).size() - 1);
            QCOMPARE(TenantRepository(m_db).findBySlug(QStringLiteral("built-on-xl"))->infraTemplateName,
                     in.name);
            t.slug = QStringLiteral("not-on-xl");
            const auto refused = test::failureOf([&] { service.planCreate(t); });
            QVERIFY2(refused && refused->message.contains(QStringLiteral("retired")),
                     qPrintable(said(refused)));
            QVERIFY(test::failureOf([&] { InfraTemplates::planEdit(m_db, in.name, in); }));
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'infra_template.%'")),
                3);
        });
    }

    // 25 tenants in waves of 10 every 20 minutes: three waves at the window's start, +20, +40; who is skipped
    // says why; writing makes one queued operation each with its time, in one audited write.
    void upgradesAreScheduledInWavesInsideTheWindow()
    {
        test::guarded([&] {
            const qint64 w = window(120, 90);
            UpgradeRequest r;
            r.tenantSlugs = activeSlugs(25);
            QCOMPARE(r.tenantSlugs.size(), 25);
            const QString paused =
                m_db.scalar(QStringLiteral("SELECT slug FROM tenants WHERE status = 'paused' "
                                           "LIMIT 1"))
                    .toString();
            const QString pending = ImageUpgrade::scheduled(m_db).first().tenantSlug;
            r.tenantSlugs << paused << pending;
            r.reference = kDecember;
            r.windowId = w;
            r.waveSize = 10;
            r.waveGapMinutes = 20;
            const UpgradePreview p = ImageUpgrade::preview(m_db, r);
            QCOMPARE(p.count(), 25);
            QCOMPARE(p.waves.size(), 3);
            QCOMPARE(p.waves[2].tenants.size(), 5);
            QCOMPARE(p.waves[0].at, p.window.startsAt);
            QCOMPARE(p.waves[2].at, p.window.startsAt.addSecs(40 * 60));
            QCOMPARE(p.waves[0].tenants.first().currentImage, kNovember);
            QCOMPARE(p.skipped.size(), 2);
            QCOMPARE(p.skipped[0].slug, paused);
            QVERIFY(p.skipped[0].reason.contains(QStringLiteral("paused")));
            QVERIFY(p.skipped[1].reason.contains(QStringLiteral("already scheduled")));

            const qint64 before = count(QStringLiteral("SELECT count(*) FROM operations"));
            const PendingWrite write = ImageUpgrade::planSchedule(m_db, p, QStringLiteral("ui"));
            QCOMPARE(write.plan.rowsAffected, 25);
            QVERIFY(write.plan.effects.join(QLatin1Char('\n')).contains(QStringLiteral("Wave 3 at")));
            const QJsonObject outcome = WriteExecutor::execute(m_db, write);
            QCOMPARE(outcome.value(QStringLiteral("scheduled")).toInt(), 25);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM operations")), before + 25);
            QCOMPARE(count(QStringLiteral(
                               "SELECT count(*) FROM operations WHERE maintenance_window_id = ? AND wave "
                               "= 3 AND status = 'queued' AND type = 'upgrade_image'"),
                           {w}),
                     5);
            QCOMPARE(audits(QStringLiteral("image.upgrade_schedule")), 1);
            const OperationDetail d = OperationLog::detail(
                m_db,
                count(QStringLiteral("SELECT max(id) FROM operations WHERE maintenance_window_id = ?"), {w}));
            QCOMPARE(d.imageReference, kDecember);
            QCOMPARE(d.wave, 3);
            QCOMPARE(
                QJsonDocument::fromJson(d.operation.payload.toUtf8()).object().value(QStringLiteral("from")),
                QJsonValue(kNovember));
            // The same tenants again: all skipped, nothing to schedule.
            const UpgradePreview again = ImageUpgrade::preview(m_db, r);
            QCOMPARE(again.count(), 0);
            QVERIFY(test::failureOf([&] { ImageUpgrade::planSchedule(m_db, again, QStringLiteral("ui")); }));
        });
    }

    void whatCannotBeScheduledIsRefusedWithTheReason()
    {
        test::guarded([&] {
            UpgradeRequest r;
            r.tenantSlugs = activeSlugs(30);
            r.windowId = window(60, 60);
            r.waveSize = 5;
            r.waveGapMinutes = 15;
            r.reference = kDecember;
            // Six waves of five every 15 minutes need 75 minutes; the window has 60 (room for four).
            const auto tooMany = test::failureOf([&] { ImageUpgrade::preview(m_db, r); });
            QCOMPARE(kindOf(tooMany), ErrorKind::InvalidInput);
            QVERIFY2(tooMany->message.contains(QStringLiteral("6 waves")) &&
                         tooMany->message.contains(QStringLiteral("room for 4")),
                     qPrintable(said(tooMany)));
            r.waveSize = 10;
            QCOMPARE(ImageUpgrade::preview(m_db, r).waves.size(), 3);

            r.reference = QStringLiteral("registry.example.com/odoo:17.0-untested");
            const auto untested = test::failureOf([&] { ImageUpgrade::preview(m_db, r); });
            QVERIFY2(untested && untested->message.contains(QStringLiteral("not recorded as tested")),
                     qPrintable(said(untested)));
            r.reference = QStringLiteral("registry.example.com/odoo:18.0-20261015");
            const auto retired = test::failureOf([&] { ImageUpgrade::preview(m_db, r); });
            QVERIFY2(retired && retired->message.contains(QStringLiteral("retired")),
                     qPrintable(said(retired)));
            // Tested in production only: not a target here (development).
            WriteExecutor::execute(
                m_db, ImageTags::planAdd(m_db, QStringLiteral("prod"), QStringLiteral("odoo"),
                                         QStringLiteral("registry.example.com/odoo:17.0-prod"), {}));
            r.reference = QStringLiteral("registry.example.com/odoo:17.0-prod");
            QVERIFY(test::failureOf([&] { ImageUpgrade::preview(m_db, r); }));
            r.tenantSlugs = {QStringLiteral("no-such-tenant")};
            r.reference = kDecember;
            QCOMPARE(kindOf(test::failureOf([&] { ImageUpgrade::preview(m_db, r); })), ErrorKind::NotFound);

            // Around the model, the database holds the same rules.
            const qint64 prodTag =
                count(QStringLiteral("SELECT id FROM tested_image_tags WHERE tag = '17.0-prod'"));
            const qint64 tenant = count(QStringLiteral("SELECT min(id) FROM tenants"));
            const qint64 ops = count(QStringLiteral("SELECT count(*) FROM operations"));
            for (const QVariant& tag : {QVariant(), QVariant(prodTag)}) {
                const auto e = test::failureOf([&] {
                    m_db.exec(
                        QStringLiteral("INSERT INTO operations (tenant_id, type, tested_tag_id) VALUES (?, "
                                       "'upgrade_image', ?)"),
                        {tenant, tag});
                });
                QVERIFY2(e && e->message.contains(QStringLiteral("tested in this environment")),
                         e ? qPrintable(said(e)) : "accepted");
            }
            const auto outside = test::failureOf([&] {
                m_db.exec(
                    QStringLiteral("INSERT INTO operations (tenant_id, type, maintenance_window_id, "
                                   "scheduled_for) VALUES (?, 'backup', ?, '2020-01-01T00:00:00.000Z')"),
                    {tenant, r.windowId});
            });
            QVERIFY(outside);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM operations")), ops);
        });
    }

    // Until it starts an upgrade can be cancelled (one at a time or with its window); once started, not.
    void cancellingStopsOnlyWhatHasNotStarted()
    {
        test::guarded([&] {
            const QList<UpgradeOperation> waiting = ImageUpgrade::scheduled(m_db);
            QCOMPARE(waiting.size(), 6);
            OperationLog::Report start;
            start.operationId = waiting[0].id;
            start.status = QStringLiteral("running");
            start.message = QStringLiteral("helm upgrade started");
            WriteExecutor::execute(m_db, OperationLog::planReport(m_db, start));
            const auto started = test::failureOf([&] {
                ImageUpgrade::planCancel(m_db, {waiting[0].id, waiting[1].id});
            });
            QVERIFY2(started && started->message.contains(QStringLiteral("already running")),
                     qPrintable(said(started)));
            QVERIFY(test::failureOf([&] {
                m_db.exec(QStringLiteral("UPDATE operations SET status = 'cancelled' WHERE id = ?"),
                          {waiting[0].id});
            }));
            WriteExecutor::execute(m_db, ImageUpgrade::planCancel(m_db, {waiting[1].id}));
            QCOMPARE(ImageUpgrade::scheduled(m_db).size(), 4);
            QVERIFY(test::failureOf([&] {
                m_db.exec(QStringLiteral("UPDATE operations SET status = 'queued' WHERE id = ?"),
                          {waiting[1].id});
            }));

            const PendingWrite cancelWindow =
                MaintenanceWindows::planCancel(m_db, MaintenanceWindows::list(m_db)[0].id);
            QVERIFY(cancelWindow.plan.destructive);
            QCOMPARE(cancelWindow.plan.rowsAffected, 4);
            const QJsonObject out = WriteExecutor::execute(m_db, cancelWindow);
            QCOMPARE(out.value(QStringLiteral("operations_cancelled")).toInt(), 4);
            QCOMPARE(ImageUpgrade::scheduled(m_db).size(), 0);
            QCOMPARE(count(QStringLiteral("SELECT status FROM operations WHERE id = ?"), {waiting[0].id}), 0);
            QCOMPARE(
                m_db.scalar(QStringLiteral("SELECT status FROM operations WHERE id = ?"), {waiting[0].id}),
                QVariant(QStringLiteral("running")));
            QCOMPARE(MaintenanceWindows::list(m_db).size(), 1);
        });
    }

    // The drawer's log: newest first, filtered by severity, the last week only and at most 500.
    void anOperationsLogIsCappedAndFiltered()
    {
        test::guarded([&] {
            const qint64 op =
                count(QStringLiteral("SELECT min(id) FROM operations WHERE status = 'running'"));
            // One statement: 520 events a second apart (every tenth an error), and one from last month.
            m_db.exec(QStringLiteral(
                          "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 519) "
                          "INSERT INTO operation_events (operation_id, at, severity, message) SELECT ?, "
                          "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || i || ' seconds'), CASE WHEN i % 10 = "
                          "0 THEN "
                          "'error' ELSE 'debug' END, 'event ' || i FROM n"),
                      {op});
            m_db.exec(QStringLiteral(
                          "INSERT INTO operation_events (operation_id, at, severity, message) VALUES (?, "
                          "?, 'error', 'last month')"),
                      {op, Database::timeText(QDateTime::currentDateTimeUtc().addDays(-30))});
            const OperationDetail all = OperationLog::detail(m_db, op);
            QCOMPARE(all.events.size(), OperationLog::kMaxEvents);
            QVERIFY(all.eventsCapped);
            QCOMPARE(all.events.first().message, QStringLiteral("event 0"));
            const OperationDetail errors = OperationLog::detail(m_db, op, QStringLiteral("error"));
            QCOMPARE(errors.events.size(), 52);
            QVERIFY(errors.eventsCapped); // last month's error is older than a week
            for (const OperationEvent& e : errors.events)
                QCOMPARE(e.severity, QStringLiteral("error"));
            QCOMPARE(
                kindOf(test::failureOf([&] { OperationLog::detail(m_db, op, QStringLiteral("fatal")); })),
                ErrorKind::InvalidInput);
            QCOMPARE(kindOf(test::failureOf([&] { OperationLog::detail(m_db, 999999); })),
                     ErrorKind::NotFound);
        });
    }

    // A report moves an operation on (never back), keeps its links and appends to its log; a failure says
    // why.
    void reportsMoveAnOperationForwardOnly()
    {
        test::guarded([&] {
            const qint64 op =
                count(QStringLiteral("SELECT min(id) FROM operations WHERE status = 'queued' AND type "
                                     "<> 'upgrade_image'"));
            OperationLog::Report r;
            r.operationId = op;
            r.status = QStringLiteral("failed");
            QVERIFY(test::failureOf([&] { OperationLog::planReport(m_db, r); })); // no reason
            r.status = QStringLiteral("running");
            r.logsUrl = QStringLiteral("javascript:alert(1)");
            QVERIFY(test::failureOf([&] { OperationLog::planReport(m_db, r); }));
            r.logsUrl = QStringLiteral("https://n8n.example.com/workflow/7/executions/991");
            r.externalRef = QStringLiteral("991");
            r.message = QStringLiteral("Picked up");
            WriteExecutor::execute(m_db, OperationLog::planReport(m_db, r));
            r = {};
            r.operationId = op;
            r.status = QStringLiteral("failed");
            r.severity = QStringLiteral("error");
            r.message = QStringLiteral("Disk full on the backup volume");
            WriteExecutor::execute(m_db, OperationLog::planReport(m_db, r));
            const OperationDetail d = OperationLog::detail(m_db, op);
            QCOMPARE(d.operation.status, QStringLiteral("failed"));
            QVERIFY(d.operation.startedAt.isValid() && d.operation.finishedAt.isValid());
            QCOMPARE(d.errorMessage, QStringLiteral("Disk full on the backup volume"));
            QCOMPARE(d.externalRef, QStringLiteral("991"));
            QCOMPARE(d.events.size(), 2);
            QCOMPARE(d.events.first().severity, QStringLiteral("error"));
            QCOMPARE(audits(QStringLiteral("operation.report")), 2);
            r.status = QStringLiteral("succeeded");
            QCOMPARE(kindOf(test::failureOf([&] { OperationLog::planReport(m_db, r); })),
                     ErrorKind::Conflict);

            // Re-run: a new queued operation with the same payload, pointing back; the failed one stays.
            const QJsonObject rerun =
                WriteExecutor::execute(m_db, OperationLog::planRerun(m_db, op, QStringLiteral("ui")));
            const qint64 again = rerun.value(QStringLiteral("operation_id")).toInteger();
            const OperationDetail a = OperationLog::detail(m_db, again);
            QCOMPARE(a.operation.status, QStringLiteral("queued"));
            QCOMPARE(a.operation.payload, d.operation.payload);
            QCOMPARE(a.rerunOf, std::optional<qint64>(op));
            QCOMPARE(OperationLog::detail(m_db, op).rerunBy, QList<qint64>{again});
            QVERIFY(test::failureOf([&] { OperationLog::planRerun(m_db, again, QStringLiteral("ui")); }));
        });
    }

    // An upgrade is re-run only in a window, to its tag while that is still tested here.
    void anUpgradeIsRerunInAWindow()
    {
        test::guarded([&] {
            const qint64 failed =
                count(QStringLiteral("SELECT min(id) FROM operations WHERE type = 'upgrade_image' "
                                     "AND status = 'failed'"));
            QVERIFY(failed > 0);
            const auto noWindow =
                test::failureOf([&] { OperationLog::planRerun(m_db, failed, QStringLiteral("ui")); });
            QVERIFY2(noWindow && noWindow->message.contains(QStringLiteral("maintenance window")),
                     qPrintable(said(noWindow)));
            const qint64 w = window(30, 60);
            const qint64 again =
                WriteExecutor::execute(m_db, OperationLog::planRerun(m_db, failed, QStringLiteral("ui"), w))
                    .value(QStringLiteral("operation_id"))
                    .toInteger();
            const OperationDetail d = OperationLog::detail(m_db, again);
            QCOMPARE(d.imageReference, kNovember);
            QCOMPARE(d.scheduledFor, MaintenanceWindows::find(m_db, w)->startsAt);
            // Its tag retired: the database refuses the re-run even if the model were bypassed.
            m_db.exec(
                QStringLiteral("UPDATE tested_image_tags SET retired_at = ? WHERE tag = '17.0-20261101'"),
                {Database::nowText()});
            QVERIFY(test::failureOf([&] {
                WriteExecutor::execute(m_db, OperationLog::planRerun(m_db, failed, QStringLiteral("ui"), w));
            }));
        });
    }

    // A failed operation links to its runbook under the address an owner set; a succeeded one and a platform
    // without an address link to none; an address with a password in it is refused.
    void aFailureLinksToItsRunbook()
    {
        test::guarded([&] {
            const qint64 failed =
                count(QStringLiteral("SELECT min(id) FROM operations WHERE type = 'upgrade_image' "
                                     "AND status = 'failed'"));
            const qint64 succeeded = count(QStringLiteral("SELECT min(id) FROM operations WHERE status = "
                                                          "'succeeded'"));
            QVERIFY(failed > 0 && succeeded > 0);
            QCOMPARE(OperationLog::detail(m_db, failed).runbookUrl,
                     QStringLiteral("https://runbooks.example.com/fusion/upgrade_image")); // the demo's
            const QJsonObject saved = WriteExecutor::execute(
                m_db, PlatformSettings::planSetRunbookBaseUrl(m_db, QStringLiteral("https://wiki.example.com/"
                                                                                   "runbooks/")));
            QCOMPARE(saved.value(QStringLiteral("runbook_base_url")).toString(),
                     QStringLiteral("https://wiki.example.com/runbooks"));
            QCOMPARE(audits(QStringLiteral("platform.runbooks")), 1);
            QCOMPARE(OperationLog::detail(m_db, failed).runbookUrl,
                     QStringLiteral("https://wiki.example.com/runbooks/upgrade_image"));
            QVERIFY(OperationLog::detail(m_db, succeeded).runbookUrl.isEmpty());
            for (const QString& bad :
                 {QStringLiteral("ftp://wiki.example.com"),
                  QStringLiteral("https://bob:secret@wiki.example.com"), QStringLiteral("not a url")}) {
                const auto refused =
                    test::failureOf([&] { PlatformSettings::planSetRunbookBaseUrl(m_db, bad); });
                QVERIFY2(refused && refused->kind == ErrorKind::InvalidInput, qPrintable(bad));
                QVERIFY(!refused->message.contains(QStringLiteral("secret")));
            }
            // The database keeps the rule too.
            QVERIFY(test::failureOf([&] {
                m_db.exec(QStringLiteral("UPDATE platform_settings SET runbook_base_url = 'javascript:x'"));
            }));
            WriteExecutor::execute(m_db, PlatformSettings::planSetRunbookBaseUrl(m_db, {}));
            QVERIFY(OperationLog::detail(m_db, failed).runbookUrl.isEmpty());
        });
    }

    // Trusting a service's certificate takes a SHA-256 as people copy it (colons, capitals), stores it in
    // one form, is audited, and the service's endpoint carries it; anything else is refused.
    void aServiceCertificateIsTrustedByItsFingerprint()
    {
        test::guarded([&] {
            const QString colons = QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:"
                                                  "01:23:45:67:89:AB:CD:EF:01:23:45:67:89");
            const PendingWrite plan =
                KeyVault::planTrustCertificate(m_db, QStringLiteral("prometheus"), colons);
            QCOMPARE(plan.plan.changes.size(), 1);
            WriteExecutor::execute(m_db, plan);
            const QString hex = colons.toLower().remove(QLatin1Char(':'));
            QCOMPARE(KeyVault::requireProvider(m_db, QStringLiteral("prometheus")).tlsSha256, hex);
            QCOMPARE(audits(QStringLiteral("provider.trust_certificate")), 1);
            QCOMPARE(IntegrationEndpoints::prometheus(m_db).tlsSha256, hex);
            // The same again changes nothing.
            QVERIFY(KeyVault::planTrustCertificate(m_db, QStringLiteral("prometheus"), hex)
                        .plan.changes.isEmpty());
            for (const QString& bad : {QStringLiteral("abc"), QString(64, QLatin1Char('g'))})
                QVERIFY(test::failureOf(
                    [&] { KeyVault::planTrustCertificate(m_db, QStringLiteral("prometheus"), bad); }));
            QVERIFY(test::failureOf([&] {
                m_db.exec(QStringLiteral("UPDATE providers SET tls_sha256 = 'ABC' WHERE code = 'n8n'"));
            }));
            WriteExecutor::execute(m_db,
                                   KeyVault::planTrustCertificate(m_db, QStringLiteral("prometheus"), {}));
            QVERIFY(KeyVault::requireProvider(m_db, QStringLiteral("prometheus")).tlsSha256.isEmpty());
        });
    }
};

QTEST_GUILESS_MAIN(TestControlPlane)
#include "tst_control_plane.moc"
