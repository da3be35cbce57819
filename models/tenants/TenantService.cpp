#include "models/tenants/TenantService.h"

#include "models/controlplane/PlatformSettings.h"
#include "models/itemmodels/OperationListModel.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace fusion {

namespace {
// The ETL check as a whole, once the edit is merged with what is stored: each kind needs its target in its
// own form, and an RPC needs the project and the schema it is called in.
QString analyticsEtlProblem(const QVariantMap& merged)
{
    const QString kind = merged.value(QStringLiteral("etl_kind")).toString();
    const QString target = merged.value(QStringLiteral("etl_target")).toString();
    if (kind == QLatin1String("n8n_webhook")) {
        static const QRegularExpression path(QStringLiteral("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"));
        if (!path.match(target).hasMatch() || target.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            return QCoreApplication::translate("fusion::TenantService",
                                               "An n8n ETL check needs the webhook's path (what follows "
                                               "/webhook/, e.g. acme/etl) as its target.");
    } else if (kind == QLatin1String("supabase_rpc")) {
        static const QRegularExpression function(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
        if (!function.match(target).hasMatch())
            return QCoreApplication::translate("fusion::TenantService",
                                               "A Supabase ETL check needs the RPC function's name (letters, "
                                               "digits and '_') as its target.");
        if (merged.value(QStringLiteral("supabase_project")).toString().isEmpty() ||
            merged.value(QStringLiteral("schema_name")).toString().isEmpty())
            return QCoreApplication::translate(
                "fusion::TenantService", "A Supabase ETL check needs the Supabase project and the schema "
                                         "its function is called in.");
    }
    return {};
}

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

TenantService::TenantService(Database& db, QString triggerSource)
    : m_db(db)
    , m_triggerSource(std::move(triggerSource))
{
}

QString TenantService::actionKey(TenantAction action)
{
    switch (action) {
    case TenantAction::Pause:
        return QStringLiteral("pause");
    case TenantAction::Resume:
        return QStringLiteral("resume");
    case TenantAction::Rebuild:
        return QStringLiteral("rebuild");
    case TenantAction::Decommission:
        return QStringLiteral("decommission");
    }
    return {};
}

std::optional<TenantAction> TenantService::parseAction(const QString& key)
{
    for (TenantAction a :
         {TenantAction::Pause, TenantAction::Resume, TenantAction::Rebuild, TenantAction::Decommission}) {
        if (actionKey(a) == key)
            return a;
    }
    return std::nullopt;
}

QString TenantService::actionVerb(TenantAction action)
{
    switch (action) {
    case TenantAction::Pause:
        return tr("Pause");
    case TenantAction::Resume:
        return tr("Resume");
    case TenantAction::Rebuild:
        return tr("Rebuild");
    case TenantAction::Decommission:
        return tr("Decommission");
    }
    return {};
}

QString TenantService::targetStatus(TenantAction action, const QString& status)
{
    switch (action) {
    case TenantAction::Pause:
        return status == TenantStatus::Active || status == TenantStatus::Error ? TenantStatus::Paused
                                                                               : QString();
    case TenantAction::Resume:
        return status == TenantStatus::Paused ? TenantStatus::Active : QString();
    case TenantAction::Rebuild:
        return status == TenantStatus::Active || status == TenantStatus::Error ? TenantStatus::Active
                                                                               : QString();
    case TenantAction::Decommission:
        return status == TenantStatus::Decommissioned ? QString() : TenantStatus::Decommissioned;
    }
    return {};
}

PendingWrite TenantService::withTenantContext(PendingWrite write, const Tenant& tenant, const QString& action,
                                              const QString& title) const
{
    write.plan.action = action;
    write.plan.title = title;
    write.plan.verb = tr("Save");
    write.plan.targetType = QStringLiteral("tenant");
    write.plan.target = tenant.slug;
    write.plan.tenantId = tenant.id;
    return write;
}

PendingWrite TenantService::planAction(const QString& slug, TenantAction action) const
{
    const Tenant tenant = TenantRepository(m_db).requireBySlug(slug);
    const QString to = targetStatus(action, tenant.status);
    if (to.isEmpty()) {
        QString why;
        switch (action) {
        case TenantAction::Pause:
            why = tr("Only active tenants or tenants in error can be paused.");
            break;
        case TenantAction::Resume:
            why = tr("Only paused tenants can be resumed.");
            break;
        case TenantAction::Rebuild:
            why = tr("Only active tenants or tenants in error can be rebuilt.");
            break;
        case TenantAction::Decommission:
            why = tr("It is already decommissioned.");
            break;
        }
        throw Failure(
            ErrorKind::InvalidInput,
            tr("Tenant %1 is %2. %3").arg(tenant.slug, TenantStatus::label(tenant.status).toLower(), why));
    }
    if (const QString frozen = PlatformSettings::freezeProblem(PlatformSettings::read(m_db));
        !frozen.isEmpty())
        throw Failure(ErrorKind::Conflict, frozen);

    PendingWrite write;
    WritePlan& plan = write.plan;
    const QString key = actionKey(action);
    plan.action = QStringLiteral("tenant.") + key;
    plan.verb = actionVerb(action);
    plan.targetType = QStringLiteral("tenant");
    plan.target = tenant.slug;
    plan.tenantId = tenant.id;
    plan.rowsAffected = 2;
    switch (action) {
    case TenantAction::Pause:
        plan.title = tr("Pause tenant %1 (%2)").arg(tenant.slug, tenant.name);
        plan.effects << tr("Its Odoo workspace is stopped; users cannot sign in until it is resumed.");
        break;
    case TenantAction::Resume:
        plan.title = tr("Resume tenant %1 (%2)").arg(tenant.slug, tenant.name);
        plan.effects << tr("Its Odoo workspace is started again.");
        break;
    case TenantAction::Rebuild:
        plan.title = tr("Rebuild tenant %1 (%2)").arg(tenant.slug, tenant.name);
        plan.effects << tr("Its containers are recreated from the infra template; data is kept.");
        break;
    case TenantAction::Decommission:
        plan.title = tr("Decommission tenant %1 (%2)").arg(tenant.slug, tenant.name);
        plan.effects << tr("Its workspace is shut down for good; this cannot be undone from Fusion Console.");
        plan.destructive = true;
        plan.confirmPhrase = tenant.slug;
        break;
    }
    if (to != tenant.status) {
        FieldChange status{QStringLiteral("status"), tr("Status"), tenant.status, to};
        status.beforeText = TenantStatus::label(tenant.status);
        status.afterText = TenantStatus::label(to);
        plan.changes << status;
    }
    plan.effects << tr("Queues the operation \"%1\" for the automation to carry out.")
                        .arg(OperationListModel::typeLabel(key));

    const qint64 id = tenant.id;
    const int version = tenant.rowVersion;
    const QString from = tenant.status;
    const QString source = m_triggerSource;
    write.apply = [id, version, from, to, key, source](Database& db) {
        QSqlQuery update =
            db.exec(QStringLiteral("UPDATE tenants SET status = ?, updated_at = ?, row_version = "
                                   "row_version + 1 WHERE id = ? AND row_version = ?"),
                    {to, Database::nowText(), id, version});
        if (update.numRowsAffected() != 1) {
            int nowVersion = 0;
            bool exists = false;
            const QVariantMap now = RecordEdit::currentValues(db, tenantTable(), id, &nowVersion, &exists);
            if (!exists)
                throw Failure(ErrorKind::NotFound,
                              tr("The tenant no longer exists or your role may not see it."));
            Failure f = RecordEdit::conflict(db, tenantTable(), now, nowVersion);
            Error e = f.error();
            e.current.insert(
                tr("Status"),
                TenantStatus::label(
                    db.scalar(QStringLiteral("SELECT status FROM tenants WHERE id = ?"), {id}).toString()));
            throw Failure(e);
        }
        const QJsonObject payload{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
        const qint64 operationId =
            db.insertReturningId(QStringLiteral("INSERT INTO operations (tenant_id, type, status, payload, "
                                                "trigger_source, actor, created_at) "
                                                "VALUES (?, ?, 'queued', ?, ?, ?, ?)"),
                                 {id, key, jsonText(payload), source, db.actor(), Database::nowText()});
        return QJsonObject{{QStringLiteral("operation_id"), operationId}, {QStringLiteral("status"), to}};
    };
    return write;
}

QStringList TenantService::validate(const NewTenant& t) const
{
    QStringList problems;
    QString why = TenantValidation::slug(t.slug);
    if (!why.isEmpty())
        problems << tr("Slug: %1").arg(why);
    else if (TenantRepository(m_db).slugExists(t.slug))
        problems << tr("Slug: \"%1\" is already taken.").arg(t.slug);
    if (!(why = TenantValidation::name(t.name)).isEmpty())
        problems << tr("Name: %1").arg(why);
    if (!(why = TenantValidation::agencyGroup(t.agencyGroup)).isEmpty())
        problems << tr("Agency group: %1").arg(why);
    if (!(why = TenantValidation::url(t.odooUrl)).isEmpty())
        problems << tr("Odoo URL: %1").arg(why);
    if (!(why = TenantValidation::hostName(t.dbHost)).isEmpty())
        problems << tr("Database host: %1").arg(why);
    if (!(why = TenantValidation::keycloakRealm(t.keycloakRealm)).isEmpty())
        problems << tr("Keycloak realm: %1").arg(why);
    if (!(why = TenantValidation::redirectUris(t.redirectUris)).isEmpty())
        problems << tr("Redirect URIs: %1").arg(why);
    if (t.dbStrategy != QLatin1String("db_per_tenant") && t.dbStrategy != QLatin1String("schema_per_tenant"))
        problems << tr("Database strategy: use db_per_tenant or schema_per_tenant.");
    if (!t.planCode.isEmpty() &&
        m_db.scalar(QStringLiteral("SELECT count(*) FROM plans WHERE code = ?"), {t.planCode}).toInt() == 0)
        problems << tr("Plan: there is no plan \"%1\".").arg(t.planCode);
    if (!t.infraTemplateName.isEmpty() &&
        m_db.scalar(
                QStringLiteral("SELECT count(*) FROM infra_templates WHERE name = ? AND retired_at IS NULL"),
                {t.infraTemplateName})
                .toInt() == 0)
        problems
            << tr("Infra template: there is no template \"%1\", or it is retired.").arg(t.infraTemplateName);
    for (const QString& code : t.bundleCodes) {
        if (m_db.scalar(QStringLiteral("SELECT count(*) FROM bundles WHERE code = ?"), {code}).toInt() == 0)
            problems << tr("Bundle: there is no bundle \"%1\".").arg(code);
    }
    return problems;
}

PendingWrite TenantService::planCreate(const NewTenant& input) const
{
    NewTenant t = input;
    t.name = t.name.trimmed();
    t.agencyGroup = t.agencyGroup.trimmed();
    t.odooUrl = t.odooUrl.trimmed();
    const QStringList problems = validate(t);
    if (!problems.isEmpty())
        throw Failure(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));
    // A new tenant queues its provisioning, which a freeze forbids; the soft limit says the cluster is full.
    if (const QString frozen = PlatformSettings::freezeProblem(PlatformSettings::read(m_db));
        !frozen.isEmpty())
        throw Failure(ErrorKind::Conflict, frozen);
    if (const QString full = PlatformSettings::limitProblem(m_db); !full.isEmpty())
        throw Failure(ErrorKind::InvalidInput, full);

    TenantRepository repo(m_db);
    QVariant planId;
    QString planName;
    if (!t.planCode.isEmpty()) {
        QSqlQuery r = m_db.exec(QStringLiteral("SELECT id, name FROM plans WHERE code = ?"), {t.planCode});
        if (r.next()) {
            planId = r.value(0).toLongLong();
            planName = r.value(1).toString();
        }
    }
    QVariant templateId;
    if (!t.infraTemplateName.isEmpty())
        templateId = m_db.scalar(QStringLiteral("SELECT id FROM infra_templates WHERE name = ?"),
                                 {t.infraTemplateName});

    QList<Bundle> chosen;
    const QList<Bundle> allBundles = repo.bundles();
    for (const Bundle& b : allBundles) {
        if (t.bundleCodes.contains(b.code))
            chosen << b;
    }
    QStringList moduleNames;
    for (const Bundle& b : chosen) {
        for (const QString& m : b.modules) {
            if (!moduleNames.contains(m))
                moduleNames << m;
        }
    }

    QString dbName = QStringLiteral("odoo_") + QString(t.slug).replace(QLatin1Char('-'), QLatin1Char('_'));
    if (t.dbStrategy == QLatin1String("schema_per_tenant"))
        dbName = QStringLiteral("odoo_shared");
    const QString ns = QStringLiteral("tenant-") + t.slug;

    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("tenant.create");
    plan.title = tr("Create tenant %1 (%2)").arg(t.slug, t.name);
    plan.verb = tr("Create");
    plan.targetType = QStringLiteral("tenant");
    plan.target = t.slug;
    const auto add = [&plan](const QString& field, const QString& label, const QVariant& value) {
        if (value.isValid() && !value.toString().isEmpty())
            plan.changes << FieldChange{field, label, QVariant(), value};
    };
    add(QStringLiteral("slug"), tr("Slug"), t.slug);
    add(QStringLiteral("name"), tr("Name"), t.name);
    add(QStringLiteral("agency_group"), tr("Agency group"), t.agencyGroup);
    add(QStringLiteral("status"), tr("Status"), TenantStatus::Active);
    add(QStringLiteral("plan"), tr("Plan"), planName);
    add(QStringLiteral("infra_template"), tr("Infra template"), t.infraTemplateName);
    add(QStringLiteral("region"), tr("Region"), t.region);
    add(QStringLiteral("db_strategy"), tr("Database strategy"), t.dbStrategy);
    add(QStringLiteral("db_name"), tr("Database name"), dbName);
    add(QStringLiteral("db_host"), tr("Database host"), t.dbHost);
    add(QStringLiteral("k8s_namespace"), tr("Kubernetes namespace"), ns);
    add(QStringLiteral("odoo_url"), tr("Odoo URL"), t.odooUrl);
    if (planId.isValid())
        plan.effects << tr("Starts a 30-day trial subscription on plan %1.").arg(planName);
    for (const Bundle& b : chosen)
        plan.effects << tr("Assigns bundle %1 (%n module(s) marked pending).", nullptr, int(b.modules.size()))
                            .arg(b.name);
    if (!t.keycloakRealm.isEmpty())
        plan.effects << tr("Configures SSO with Keycloak realm %1.").arg(t.keycloakRealm);
    plan.effects << tr("Queues the operation \"%1\" for the automation to carry out.")
                        .arg(OperationListModel::typeLabel(QStringLiteral("provision")));
    plan.rowsAffected = 2 + (planId.isValid() ? 1 : 0) + chosen.size() + moduleNames.size() + 1;

    const QString source = m_triggerSource;
    write.apply = [t, planId, templateId, chosen, moduleNames, dbName, ns, source](Database& db) {
        const QString now = Database::nowText();
        const QVariant nullId(QMetaType::fromType<qint64>());
        // Another session may have created tenants since the plan was shown.
        if (const QString full = PlatformSettings::limitProblem(db); !full.isEmpty())
            throw Failure(ErrorKind::InvalidInput, full);
        qint64 tenantId = 0;
        try {
            tenantId = db.insertReturningId(
                QStringLiteral(
                    "INSERT INTO tenants (slug, name, agency_group, status, plan_id, infra_template_id, "
                    "region, db_strategy, db_name, db_host, k8s_namespace, odoo_url, created_at, updated_at) "
                    "VALUES (?, ?, ?, 'active', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {t.slug, t.name, t.agencyGroup, planId.isValid() ? planId : nullId,
                 templateId.isValid() ? templateId : nullId, t.region, t.dbStrategy, dbName, t.dbHost, ns,
                 t.odooUrl, now, now});
        } catch (const Failure& f) {
            if (f.error().kind == ErrorKind::Conflict)
                throw Failure(ErrorKind::Conflict,
                              tr("The slug \"%1\" was taken meanwhile; nothing was created.").arg(t.slug),
                              f.error().detail);
            throw;
        }
        if (planId.isValid()) {
            const QDate today = QDate::currentDate();
            db.exec(
                QStringLiteral("INSERT INTO subscriptions (tenant_id, plan_id, status, pricing_model, "
                               "current_period_start, current_period_end, next_invoice_date) VALUES (?, ?, "
                               "'trialing', 'flat', ?, ?, ?)"),
                {tenantId, planId, today, today.addDays(30), today.addDays(30)});
        }
        const QJsonObject payload{{QStringLiteral("bundles"), QJsonArray::fromStringList(t.bundleCodes)},
                                  {QStringLiteral("infra_template"), t.infraTemplateName},
                                  {QStringLiteral("region"), t.region},
                                  {QStringLiteral("db_strategy"), t.dbStrategy}};
        const qint64 operationId =
            db.insertReturningId(QStringLiteral("INSERT INTO operations (tenant_id, type, status, payload, "
                                                "trigger_source, actor, created_at) "
                                                "VALUES (?, 'provision', 'queued', ?, ?, ?, ?)"),
                                 {tenantId, jsonText(payload), source, db.actor(), now});
        for (const Bundle& b : chosen)
            db.exec(QStringLiteral(
                        "INSERT INTO tenant_bundles (tenant_id, bundle_id, assigned_at) VALUES (?, ?, ?)"),
                    {tenantId, b.id, now});
        for (const QString& m : moduleNames) {
            QString source_ =
                db.scalar(QStringLiteral("SELECT source FROM modules WHERE name = ?"), {m}).toString();
            if (source_.isEmpty())
                source_ =
                    m.startsWith(QLatin1String("ipai_")) ? QStringLiteral("ipai") : QStringLiteral("oca");
            db.exec(QStringLiteral("INSERT INTO tenant_module_states (tenant_id, module_name, source, state, "
                                   "last_operation_id, updated_at) VALUES (?, ?, ?, 'pending', ?, ?)"),
                    {tenantId, m, source_, operationId, now});
        }
        if (!t.keycloakRealm.isEmpty())
            db.exec(QStringLiteral("INSERT INTO sso_configs (tenant_id, keycloak_realm, keycloak_client_id, "
                                   "redirect_uris, status) VALUES (?, ?, ?, ?, 'pending')"),
                    {tenantId, t.keycloakRealm, t.keycloakClientId, t.redirectUris.trimmed()});
        return QJsonObject{{QStringLiteral("tenant_id"), tenantId},
                           {QStringLiteral("operation_id"), operationId}};
    };
    return write;
}

PendingWrite TenantService::planEditTenant(qint64 tenantId, int expectedVersion,
                                           const QVariantMap& values) const
{
    const auto tenant = TenantRepository(m_db).findById(tenantId);
    if (!tenant)
        throw Failure(ErrorKind::NotFound, tr("The tenant no longer exists or your role may not see it."));
    PendingWrite w = RecordEdit::plan(m_db, tenantTable(), tenantId, expectedVersion, values);
    return withTenantContext(std::move(w), *tenant, QStringLiteral("tenant.edit"),
                             tr("Edit tenant %1 (%2)").arg(tenant->slug, tenant->name));
}

PendingWrite TenantService::planEditSubscription(qint64 tenantId, int expectedVersion,
                                                 const QVariantMap& values) const
{
    const auto tenant = TenantRepository(m_db).findById(tenantId);
    if (!tenant)
        throw Failure(ErrorKind::NotFound, tr("The tenant no longer exists or your role may not see it."));
    PendingWrite w = RecordEdit::plan(m_db, subscriptionTable(), tenantId, expectedVersion, values);
    // The tenant's plan follows its subscription's plan, in the same transaction.
    if (values.contains(QStringLiteral("plan_id")) && w.apply) {
        bool changesPlan = false;
        for (const FieldChange& change : std::as_const(w.plan.changes))
            changesPlan = changesPlan || change.field == QLatin1String("plan_id");
        if (changesPlan) {
            const QVariant newPlan =
                RecordEdit::normalized(EditableField::Id, values.value(QStringLiteral("plan_id")));
            w.plan.effects << tr("The tenant's plan changes as well.");
            auto inner = w.apply;
            w.apply = [inner, newPlan, tenantId](Database& db) {
                QJsonObject outcome = inner(db);
                db.exec(QStringLiteral(
                            "UPDATE tenants SET plan_id = ?, updated_at = ?, row_version = row_version + 1 "
                            "WHERE id = ?"),
                        {newPlan.isValid() ? newPlan : QVariant(QMetaType::fromType<qint64>()),
                         Database::nowText(), tenantId});
                return outcome;
            };
        }
    }
    return withTenantContext(std::move(w), *tenant, QStringLiteral("tenant.billing.edit"),
                             tr("Change billing of tenant %1").arg(tenant->slug));
}

PendingWrite TenantService::planEditSso(qint64 tenantId, int expectedVersion, const QVariantMap& values) const
{
    const auto tenant = TenantRepository(m_db).findById(tenantId);
    if (!tenant)
        throw Failure(ErrorKind::NotFound, tr("The tenant no longer exists or your role may not see it."));
    PendingWrite w = RecordEdit::plan(m_db, ssoTable(), tenantId, expectedVersion, values);
    return withTenantContext(std::move(w), *tenant, QStringLiteral("tenant.sso.edit"),
                             tr("Change SSO of tenant %1").arg(tenant->slug));
}

PendingWrite TenantService::planEditAnalytics(qint64 tenantId, int expectedVersion,
                                              const QVariantMap& values) const
{
    const auto tenant = TenantRepository(m_db).findById(tenantId);
    if (!tenant)
        throw Failure(ErrorKind::NotFound, tr("The tenant no longer exists or your role may not see it."));
    // The ETL check is judged whole: the fields this edit leaves alone are what is stored.
    if (values.contains(QStringLiteral("etl_kind")) || values.contains(QStringLiteral("etl_target")) ||
        values.contains(QStringLiteral("supabase_project")) ||
        values.contains(QStringLiteral("schema_name"))) {
        QVariantMap merged = RecordEdit::currentValues(m_db, analyticsTable(), tenantId);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            merged.insert(it.key(), it.value());
        if (const QString problem = analyticsEtlProblem(merged); !problem.isEmpty())
            throw Failure(ErrorKind::InvalidInput, problem);
    }
    PendingWrite w = RecordEdit::plan(m_db, analyticsTable(), tenantId, expectedVersion, values);
    return withTenantContext(std::move(w), *tenant, QStringLiteral("tenant.analytics.edit"),
                             tr("Change analytics of tenant %1").arg(tenant->slug));
}

PendingWrite TenantService::planSetBundles(qint64 tenantId, const QStringList& bundleCodes) const
{
    TenantRepository repo(m_db);
    const auto tenant = repo.findById(tenantId);
    if (!tenant)
        throw Failure(ErrorKind::NotFound, tr("The tenant no longer exists or your role may not see it."));
    if (tenant->status == TenantStatus::Decommissioned)
        throw Failure(ErrorKind::InvalidInput, tr("A decommissioned tenant cannot be edited."));
    const TenantDetail detail = repo.detail(tenantId, false);
    const QList<Bundle> all = repo.bundles();
    QStringList unknown = bundleCodes;
    QList<Bundle> wanted;
    for (const Bundle& b : all) {
        if (bundleCodes.contains(b.code)) {
            wanted << b;
            unknown.removeAll(b.code);
        }
    }
    if (!unknown.isEmpty())
        throw Failure(ErrorKind::InvalidInput,
                      tr("There is no bundle \"%1\".").arg(unknown.join(QStringLiteral(", "))));

    QStringList before;
    QList<qint64> beforeIds;
    for (const Bundle& b : detail.bundles) {
        before << b.code;
        beforeIds << b.id;
    }
    QStringList after;
    QList<qint64> added;
    QList<qint64> removed = beforeIds;
    for (const Bundle& b : std::as_const(wanted)) {
        after << b.code;
        if (!beforeIds.contains(b.id))
            added << b.id;
        removed.removeAll(b.id);
    }
    before.sort();
    after.sort();
    QStringList have;
    for (const ModuleState& m : detail.modules)
        have << m.moduleName;
    QStringList newModules;
    for (const Bundle& b : std::as_const(wanted)) {
        if (!added.contains(b.id))
            continue;
        for (const QString& m : b.modules) {
            if (!have.contains(m) && !newModules.contains(m))
                newModules << m;
        }
    }

    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("tenant.bundles.set");
    plan.title = tr("Change the bundles of tenant %1").arg(tenant->slug);
    plan.verb = tr("Save");
    plan.targetType = QStringLiteral("tenant");
    plan.target = tenant->slug;
    plan.tenantId = tenant->id;
    if (before == after)
        return write;
    plan.changes << FieldChange{QStringLiteral("bundles"), tr("Bundles"), before.join(QStringLiteral(", ")),
                                after.join(QStringLiteral(", "))};
    if (!newModules.isEmpty())
        plan.effects << tr("Marks %n module(s) pending installation: ", nullptr, int(newModules.size())) +
                            newModules.join(QStringLiteral(", "));
    if (!removed.isEmpty())
        plan.effects << tr("Modules of unassigned bundles stay installed until someone removes them.");
    plan.rowsAffected = added.size() + removed.size() + newModules.size();

    write.apply = [tenantId, beforeIds, added, removed, newModules](Database& db) {
        // The person confirmed a change from the bundles they saw; if someone changed them since, that
        // change would be silently merged, so refuse and let them look again. On PostgreSQL the tenant row
        // lock makes two such saves take turns.
        if (db.isPostgres())
            db.exec(QStringLiteral("SELECT id FROM tenants WHERE id = ? FOR UPDATE"), {tenantId});
        QSet<qint64> current;
        QSqlQuery q =
            db.exec(QStringLiteral("SELECT bundle_id FROM tenant_bundles WHERE tenant_id = ?"), {tenantId});
        while (q.next())
            current.insert(q.value(0).toLongLong());
        if (current != QSet<qint64>(beforeIds.cbegin(), beforeIds.cend()))
            throw Failure(
                ErrorKind::Conflict,
                TenantService::tr("Someone else changed this tenant's bundles meanwhile; nothing was "
                                  "saved. Open the bundles again to see the current ones."));
        const QString now = Database::nowText();
        for (qint64 id : added)
            db.exec(QStringLiteral(
                        "INSERT INTO tenant_bundles (tenant_id, bundle_id, assigned_at) VALUES (?, ?, ?)"),
                    {tenantId, id, now});
        for (qint64 id : removed)
            db.exec(QStringLiteral("DELETE FROM tenant_bundles WHERE tenant_id = ? AND bundle_id = ?"),
                    {tenantId, id});
        for (const QString& m : newModules) {
            QString source =
                db.scalar(QStringLiteral("SELECT source FROM modules WHERE name = ?"), {m}).toString();
            if (source.isEmpty())
                source =
                    m.startsWith(QLatin1String("ipai_")) ? QStringLiteral("ipai") : QStringLiteral("oca");
            // A module some other process recorded meanwhile keeps its state (the unique key refuses twins).
            db.exec(
                QStringLiteral(
                    "INSERT INTO tenant_module_states (tenant_id, module_name, source, state, updated_at) "
                    "VALUES (?, ?, ?, 'pending', ?) ON CONFLICT (tenant_id, module_name) DO NOTHING"),
                {tenantId, m, source, now});
        }
        return QJsonObject{{QStringLiteral("modules_pending"), QJsonArray::fromStringList(newModules)}};
    };
    return write;
}

} // namespace fusion
