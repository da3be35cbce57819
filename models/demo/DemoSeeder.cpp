#include "models/demo/DemoSeeder.h"

#include "models/billing/Invoicing.h"
#include "models/demo/DemoAi.h"
#include "models/demo/DemoControlPlane.h"
#include "models/demo/DemoSupport.h"
#include "models/demo/DemoUsage.h"
#include "models/support/StatusLinks.h"
#include "models/tenants/Tenant.h"
#include "models/tenants/TenantValidation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace fusion {

namespace {
QJsonObject demoData()
{
    QFile file(QStringLiteral(":/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw Failure(ErrorKind::Internal, QStringLiteral("The built-in demo data is missing."));
    return QJsonDocument::fromJson(file.readAll()).object();
}

struct Counts {
    qint64 plans = 0, templates = 0, modules = 0, bundles = 0, tenants = 0, operations = 0, moduleStates = 0;
};

QString iso(const QDateTime& dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QString pick(QRandomGenerator& rng, const QStringList& list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

// Status mix of a real fleet: mostly active, some paused, a few in error or retired.
QString statusFor(int index, QRandomGenerator& rng)
{
    static const QStringList firstFew = {TenantStatus::Active, TenantStatus::Error, TenantStatus::Paused,
                                         TenantStatus::Active, TenantStatus::Decommissioned};
    if (index < firstFew.size())
        return firstFew[index];
    const quint32 roll = rng.bounded(100u);
    if (roll < 70)
        return TenantStatus::Active;
    if (roll < 83)
        return TenantStatus::Paused;
    if (roll < 92)
        return TenantStatus::Error;
    return TenantStatus::Decommissioned;
}
// Last month's invoices, issued, two in three paid: what billing opens on. Left out of the large seeds the
// benchmarks make, whose figures are about other things.
constexpr int kDemoInvoiceTenants = 1000;

qint64 seedDemoInvoices(Database& target, const QDateTime& now)
{
    const QDate lastMonth = QDate(now.date().year(), now.date().month(), 1).addMonths(-1);
    const PendingWrite generate = Invoicing::planGenerate(target, lastMonth);
    if (!generate.apply)
        return 0;
    generate.apply(target);
    QList<qint64> ids;
    QSqlQuery q =
        target.exec(QStringLiteral("SELECT id FROM invoices WHERE period_start = ? AND state = 'draft' "
                                   "ORDER BY id"),
                    {lastMonth.toString(Qt::ISODate)});
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        Invoicing::planIssue(target, ids[i]).apply(target);
        if (i % 3 != 2)
            Invoicing::planPay(target, ids[i]).apply(target);
    }
    return ids.size();
}
} // namespace

QStringList DemoSeeder::describe(const DemoOptions& options)
{
    const QJsonObject data = demoData();
    QStringList lines = {
        tr("Adds %n plan(s), ", nullptr, int(data[QStringLiteral("plans")].toArray().size())) +
            tr("%n infra template(s), ", nullptr,
               int(data[QStringLiteral("infra_templates")].toArray().size())) +
            tr("%n module(s) and ", nullptr, int(data[QStringLiteral("modules")].toArray().size())) +
            tr("%n bundle(s).", nullptr, int(data[QStringLiteral("bundles")].toArray().size())),
        tr("Adds %n tenant(s) in every status, with subscriptions, SSO and analytics settings, module "
           "states and a "
           "history of operations.",
           nullptr, options.tenants),
        tr("Adds API consumers of a few tenants with access rules and budgets, and six weeks of their "
           "usage."),
        tr("Adds image tags tested in development, two maintenance windows with upgrades scheduled in the "
           "first, and the log of the last week's operations.")};
    if (options.tenants <= kDemoInvoiceTenants)
        lines << tr(
            "Adds last month's invoices (plan price plus AI usage beyond the allowance), issued, most "
            "of them paid.");
    if (options.supportRequests)
        lines << tr("Adds five support requests from tenant admins, with their conversations with the "
                    "operators: open, answered and closed.");
    if (options.aiConsole)
        lines << tr("Adds a local Ollama as the AI console's provider, a sample thread citing the platform's "
                    "facts, two "
                    "prompts and three events in the inbox.");
    return lines;
}

PendingWrite DemoSeeder::plan(Database& db, const DemoOptions& options)
{
    const qint64 existing = db.scalar(QStringLiteral("SELECT count(*) FROM tenants")).toLongLong();
    if (existing > 0)
        throw Failure(ErrorKind::InvalidInput,
                      tr("The database already has %n tenant(s); demo data goes into an empty database only.",
                         nullptr, int(existing)));
    if (options.tenants < 1 || options.tenants > 100000)
        throw Failure(ErrorKind::InvalidInput, tr("Choose between 1 and 100000 demo tenants."));
    const QJsonObject data = demoData();

    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("demo.seed");
    plan.title = tr("Load demo data into %1").arg(db.target().displayName());
    plan.verb = tr("Load demo data");
    plan.targetType = QStringLiteral("database");
    plan.target = db.target().displayName();
    plan.effects << describe(options);
    plan.rowsAffected = options.tenants;

    write.apply = [data, options](Database& target) {
        Counts counts;
        QRandomGenerator rng(options.seed);
        const QDateTime now = QDateTime::currentDateTimeUtc();

        QMap<QString, qint64> planIds;
        for (const QJsonValue v : data[QStringLiteral("plans")].toArray()) {
            const QJsonObject p = v.toObject();
            const QVariant maxUsers = p[QStringLiteral("max_users")].isNull()
                                          ? QVariant(QMetaType::fromType<int>())
                                          : QVariant(p[QStringLiteral("max_users")].toInt());
            planIds.insert(
                p[QStringLiteral("code")].toString(),
                target.insertReturningId(
                    QStringLiteral(
                        "INSERT INTO plans (code, name, description, monthly_price_cents, currency, "
                        "max_users, price_micros, ai_allowance_micros) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {p[QStringLiteral("code")].toString(), p[QStringLiteral("name")].toString(),
                     p[QStringLiteral("description")].toString(),
                     p[QStringLiteral("monthly_price_cents")].toInteger(),
                     p[QStringLiteral("currency")].toString(), maxUsers,
                     p[QStringLiteral("monthly_price_cents")].toInteger() * 10000,
                     p[QStringLiteral("ai_allowance_micros")].toInteger()}));
            ++counts.plans;
        }
        QList<qint64> templateIds;
        for (const QJsonValue v : data[QStringLiteral("infra_templates")].toArray()) {
            const QJsonObject t = v.toObject();
            templateIds << target.insertReturningId(
                QStringLiteral(
                    "INSERT INTO infra_templates (name, k8s_chart, docker_image_odoo, docker_image_pg, "
                    "size_profile, env_defaults, version) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {t[QStringLiteral("name")].toString(), t[QStringLiteral("k8s_chart")].toString(),
                 t[QStringLiteral("docker_image_odoo")].toString(),
                 t[QStringLiteral("docker_image_pg")].toString(),
                 t[QStringLiteral("size_profile")].toString(), t[QStringLiteral("env_defaults")].toString(),
                 t[QStringLiteral("version")].toString()});
            ++counts.templates;
        }
        QMap<QString, QString> moduleSource;
        for (const QJsonValue v : data[QStringLiteral("modules")].toArray()) {
            const QJsonArray m = v.toArray();
            target.exec(
                QStringLiteral("INSERT INTO modules (name, source, summary, version, author, license) VALUES "
                               "(?, ?, ?, ?, ?, ?)"),
                {m[0].toString(), m[1].toString(), m[2].toString(), m[3].toString(), m[4].toString(),
                 m[5].toString()});
            moduleSource.insert(m[0].toString(), m[1].toString());
            ++counts.modules;
        }
        struct SeedBundle {
            qint64 id;
            QStringList modules;
        };
        QList<SeedBundle> bundles;
        for (const QJsonValue v : data[QStringLiteral("bundles")].toArray()) {
            const QJsonObject b = v.toObject();
            SeedBundle sb;
            sb.id = target.insertReturningId(
                QStringLiteral(
                    "INSERT INTO bundles (code, name, type, version, description) VALUES (?, ?, ?, ?, ?)"),
                {b[QStringLiteral("code")].toString(), b[QStringLiteral("name")].toString(),
                 b[QStringLiteral("type")].toString(), b[QStringLiteral("version")].toString(),
                 b[QStringLiteral("description")].toString()});
            for (const QJsonValue m : b[QStringLiteral("modules")].toArray()) {
                sb.modules << m.toString();
                target.exec(
                    QStringLiteral("INSERT INTO bundle_modules (bundle_id, module_name) VALUES (?, ?)"),
                    {sb.id, m.toString()});
            }
            bundles << sb;
            ++counts.bundles;
        }

        QStringList names;
        for (const QJsonValue v : data[QStringLiteral("tenants")].toArray())
            names << v.toString();
        QStringList groups;
        for (const QJsonValue v : data[QStringLiteral("agency_groups")].toArray())
            groups << v.toString();
        QStringList regions;
        for (const QJsonValue v : data[QStringLiteral("regions")].toArray())
            regions << v.toString();
        const QStringList planCodes = {QStringLiteral("starter"), QStringLiteral("growth"),
                                       QStringLiteral("growth"), QStringLiteral("enterprise"),
                                       QStringLiteral("internal")};
        const QStringList actors = {QStringLiteral("maria.santos"), QStringLiteral("jon.reyes"),
                                    QStringLiteral("n8n"), QStringLiteral("ops-bot")};

        const QString insertOperation = QStringLiteral(
            "INSERT INTO operations (tenant_id, type, status, payload, logs_url, "
            "trigger_source, actor, created_at, "
            "started_at, finished_at, tested_tag_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        // The demo fleet's upgrades all went to the tag its templates run (the database insists on a tested
        // one).
        const qint64 fleetTag = DemoControlPlane::seedTags(target, now);
        const QVariant noTime; // SQL NULL
        const auto addOperation = [&](qint64 tenantId, const QString& slug, const QString& type,
                                      const QString& status, const QDateTime& at, const QString& source) {
            const bool started = status != QLatin1String("queued");
            const bool finished = status == QLatin1String("succeeded") || status == QLatin1String("failed") ||
                                  status == QLatin1String("cancelled");
            const QDateTime end = at.addSecs(30 + qint64(rng.bounded(900u)));
            const qint64 id = target.insertReturningId(
                insertOperation,
                {tenantId, type, status, QStringLiteral("{}"),
                 started ? QStringLiteral("https://logs.example.com/ops/%1/%2")
                               .arg(slug)
                               .arg(at.toSecsSinceEpoch())
                         : QString(),
                 source, pick(rng, actors), iso(at), started ? QVariant(iso(at.addSecs(5))) : noTime,
                 finished ? QVariant(iso(end)) : noTime,
                 type == QLatin1String("upgrade_image") ? QVariant(fleetTag) : QVariant()});
            ++counts.operations;
            return id;
        };

        for (int i = 0; i < options.tenants; ++i) {
            QString name = names[i % names.size()];
            if (i >= names.size())
                name += QStringLiteral(" %1").arg(i / names.size() + 1);
            const QString slug = TenantValidation::suggestSlug(name);
            const QString status = statusFor(i, rng);
            const QString planCode = pick(rng, planCodes);
            const QString group =
                planCode == QLatin1String("internal") ? QStringLiteral("Internal") : pick(rng, groups);
            const QDateTime created =
                now.addSecs(-qint64(10 + rng.bounded(400u)) * 86400 - qint64(rng.bounded(86400u)));
            const qint64 templateId = templateIds[int(rng.bounded(quint32(templateIds.size())))];
            const QString dbName =
                QStringLiteral("odoo_") + QString(slug).replace(QLatin1Char('-'), QLatin1Char('_'));
            const QDateTime updated = created.addDays(rng.bounded(qint64(created.daysTo(now)) + 1));
            const qint64 tenantId = target.insertReturningId(
                QStringLiteral("INSERT INTO tenants (slug, name, agency_group, status, plan_id, "
                               "infra_template_id, region, "
                               "db_strategy, db_name, db_host, k8s_namespace, odoo_url, odoo_db, odoo_login, "
                               "created_at, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {slug, name, group, status, planIds.value(planCode), templateId, pick(rng, regions),
                 QStringLiteral("db_per_tenant"), dbName,
                 QStringLiteral("pg-%1.db.internal").arg(1 + rng.bounded(4u)),
                 QString(QStringLiteral("tenant-") + slug),
                 QStringLiteral("https://%1.erp.example.com").arg(slug), dbName, QStringLiteral("admin"),
                 iso(created), iso(updated)});
            ++counts.tenants;

            // Subscription
            const QString subStatus = status == TenantStatus::Decommissioned ? QStringLiteral("cancelled")
                                      : created.daysTo(now) < 30             ? QStringLiteral("trialing")
                                      : rng.bounded(10u) == 0                ? QStringLiteral("past_due")
                                                                             : QStringLiteral("active");
            const QDate periodStart = QDate(now.date().year(), now.date().month(), 1);
            target.exec(QStringLiteral(
                            "INSERT INTO subscriptions (tenant_id, plan_id, status, pricing_model, "
                            "current_period_start, current_period_end, next_invoice_date) VALUES (?, ?, ?, "
                            "?, ?, ?, ?)"),
                        {tenantId, planIds.value(planCode), subStatus,
                         planCode == QLatin1String("enterprise") ? QStringLiteral("per_user")
                                                                 : QStringLiteral("flat"),
                         periodStart, periodStart.addMonths(1).addDays(-1), periodStart.addMonths(1)});

            // SSO and analytics
            if (rng.bounded(10u) < 7) {
                const QString ssoStatus = status == TenantStatus::Error ? QStringLiteral("error")
                                          : rng.bounded(6u) == 0        ? QStringLiteral("pending")
                                                                        : QStringLiteral("active");
                target.exec(
                    QStringLiteral("INSERT INTO sso_configs (tenant_id, keycloak_realm, keycloak_client_id, "
                                   "redirect_uris, status) VALUES (?, ?, ?, ?, ?)"),
                    {tenantId, slug, QString(QStringLiteral("odoo-") + slug),
                     QStringLiteral("https://%1.erp.example.com/auth_oauth/signin").arg(slug), ssoStatus});
            }
            if (rng.bounded(2u) == 0) {
                target.exec(
                    QStringLiteral("INSERT INTO analytics_configs (tenant_id, supabase_project, schema_name, "
                                   "sync_mode, superset_dashboard_url) VALUES (?, ?, ?, ?, ?)"),
                    {tenantId, QStringLiteral("fusion-analytics"),
                     QString(QStringLiteral("t_") +
                             QString(slug).replace(QLatin1Char('-'), QLatin1Char('_'))),
                     rng.bounded(3u) == 0 ? QStringLiteral("realtime") : QStringLiteral("batch"),
                     QStringLiteral("https://superset.example.com/superset/dashboard/%1/").arg(100 + i)});
            }

            // History: provisioned when created, then backups, module applies and the odd rebuild.
            const qint64 provisionId =
                addOperation(tenantId, slug, QStringLiteral("provision"), QStringLiteral("succeeded"),
                             created, QStringLiteral("ui"));
            const int bundleCount = 1 + int(rng.bounded(2u));
            QStringList assignedModules;
            QList<qint64> assigned;
            for (int b = 0; b < bundleCount; ++b) {
                const SeedBundle& bundle = bundles[int(rng.bounded(quint32(bundles.size())))];
                if (assigned.contains(bundle.id))
                    continue;
                assigned << bundle.id;
                target.exec(
                    QStringLiteral(
                        "INSERT INTO tenant_bundles (tenant_id, bundle_id, assigned_at) VALUES (?, ?, ?)"),
                    {tenantId, bundle.id, iso(created)});
                for (const QString& m : bundle.modules) {
                    if (!assignedModules.contains(m))
                        assignedModules << m;
                }
            }
            const int history = 3 + int(rng.bounded(10u));
            const qint64 ageSecs = created.secsTo(now);
            for (int h = 0; h < history; ++h) {
                const QDateTime at =
                    created.addSecs(qint64(rng.bounded(quint32(std::max<qint64>(ageSecs, 1)))));
                const quint32 kind = rng.bounded(10u);
                const QString type = kind < 5   ? QStringLiteral("backup")
                                     : kind < 8 ? QStringLiteral("module_apply")
                                     : kind < 9 ? QStringLiteral("upgrade_image")
                                                : QStringLiteral("rebuild");
                const QString opStatus =
                    rng.bounded(12u) == 0 ? QStringLiteral("failed") : QStringLiteral("succeeded");
                addOperation(tenantId, slug, type, opStatus, at,
                             type == QLatin1String("backup") ? QStringLiteral("n8n") : QStringLiteral("ui"));
            }
            if (status == TenantStatus::Error) {
                for (int f = 0; f < 1 + int(rng.bounded(3u)); ++f)
                    addOperation(tenantId, slug,
                                 f == 0 ? QStringLiteral("upgrade_image") : QStringLiteral("rebuild"),
                                 QStringLiteral("failed"),
                                 now.addSecs(-qint64(3600 + rng.bounded(5u * 86400u))), QStringLiteral("ai"));
            } else if (status == TenantStatus::Paused) {
                addOperation(tenantId, slug, QStringLiteral("pause"), QStringLiteral("succeeded"),
                             now.addSecs(-qint64(86400 + rng.bounded(20u * 86400u))), QStringLiteral("ui"));
            } else if (status == TenantStatus::Decommissioned) {
                addOperation(tenantId, slug, QStringLiteral("decommission"), QStringLiteral("succeeded"),
                             now.addSecs(-qint64(86400 + rng.bounded(60u * 86400u))), QStringLiteral("ui"));
            } else if (rng.bounded(8u) == 0) {
                addOperation(tenantId, slug, QStringLiteral("module_apply"),
                             rng.bounded(2u) == 0 ? QStringLiteral("queued") : QStringLiteral("running"),
                             now.addSecs(-qint64(60 + rng.bounded(3000u))), QStringLiteral("cli"));
            } else if (rng.bounded(6u) == 0) {
                // A recent hiccup on an otherwise healthy tenant: shows up as a warning on the dashboard.
                addOperation(tenantId, slug, QStringLiteral("backup"), QStringLiteral("failed"),
                             now.addSecs(-qint64(3600 + rng.bounded(4u * 86400u))), QStringLiteral("n8n"));
            }
            for (const QString& m : assignedModules) {
                const quint32 roll = rng.bounded(20u);
                const QString state = roll == 0  ? QStringLiteral("removed")
                                      : roll < 3 ? QStringLiteral("pending")
                                                 : QStringLiteral("installed");
                target.exec(
                    QStringLiteral("INSERT INTO tenant_module_states (tenant_id, module_name, source, state, "
                                   "last_operation_id, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                    {tenantId, m, moduleSource.value(m, QStringLiteral("oca")), state, provisionId,
                     iso(created)});
                ++counts.moduleStates;
            }
        }
        QList<QPair<qint64, QString>> active;
        QSqlQuery aq = target.exec(
            QStringLiteral("SELECT id, slug FROM tenants WHERE status = 'active' ORDER BY id LIMIT 8"));
        while (aq.next())
            active << qMakePair(aq.value(0).toLongLong(), aq.value(1).toString());
        aq.finish();
        const QJsonObject usage = DemoUsage::seed(target, rng, now, active);
        const QJsonObject control = DemoControlPlane::seed(target, rng, now);
        StatusLinks::seedDemo(target); // the Support pane's Status section has something to check
        const qint64 invoices = options.tenants <= kDemoInvoiceTenants ? seedDemoInvoices(target, now) : 0;
        if (options.aiConsole)
            DemoAi::seed(target, now);
        const int supportRequests = options.supportRequests ? DemoSupport::seed(target, now) : 0;
        return QJsonObject{
            {QStringLiteral("consumers"), usage.value(QStringLiteral("consumers"))},
            {QStringLiteral("usage_rows"), usage.value(QStringLiteral("usage_rows"))},
            {QStringLiteral("plans"), counts.plans},
            {QStringLiteral("infra_templates"), counts.templates},
            {QStringLiteral("modules"), counts.modules},
            {QStringLiteral("bundles"), counts.bundles},
            {QStringLiteral("tenants"), counts.tenants},
            {QStringLiteral("operations"), counts.operations},
            {QStringLiteral("module_states"), counts.moduleStates},
            {QStringLiteral("maintenance_windows"), control.value(QStringLiteral("maintenance_windows"))},
            {QStringLiteral("operation_events"), control.value(QStringLiteral("operation_events"))},
            {QStringLiteral("invoices"), invoices},
            {QStringLiteral("support_requests"), supportRequests}};
    };
    return write;
}

} // namespace fusion
