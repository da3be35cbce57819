// The tenant records' editable columns as forms and `--set` see them (EditableTable): each field's name,
// kind, choices and the check that says why a value is refused before the database does. TenantService plans
// the edits; this file only describes what may be edited.
#include "models/tenants/TenantService.h"
#include "models/tenants/TenantValidation.h"

#include <QRegularExpression>

namespace fusion {

namespace {
QString oneOf(const QString& value, const QStringList& allowed)
{
    if (allowed.contains(value))
        return {};
    return QCoreApplication::translate("fusion::TenantService", "Use one of: %1.")
        .arg(allowed.join(QStringLiteral(", ")));
}

// A Supabase project: its reference (as in https://REF.supabase.co) or its full address (self-hosted).
QString analyticsSupabaseProject(const QString& v)
{
    static const QRegularExpression ref(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    if (v.isEmpty() || ref.match(v).hasMatch())
        return {};
    if (v.startsWith(QLatin1String("http://")) || v.startsWith(QLatin1String("https://")))
        return TenantValidation::url(v);
    return QCoreApplication::translate(
        "fusion::TenantService", "A Supabase project is its reference (lowercase letters, digits and '-', "
                                 "as in https://REF.supabase.co) or its http(s) address.");
}

// What the database accepts for etl_target (migration 0014's CHECK), said before it refuses.
QString analyticsEtlTarget(const QString& v)
{
    static const QRegularExpression target(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_./-]{0,199}$"));
    if (v.isEmpty() || target.match(v).hasMatch())
        return {};
    return QCoreApplication::translate("fusion::TenantService",
                                       "An ETL target has up to 200 letters, digits and _ . / -, and starts "
                                       "with a letter, a digit or '_'.");
}

} // namespace

const EditableTable& TenantService::tenantTable()
{
    static const EditableTable table{
        QStringLiteral("tenants"),
        QStringLiteral("id"),
        {
            {QStringLiteral("name"), QT_TRANSLATE_NOOP("fusion::Fields", "Name"), EditableField::Text,
             [](const QString& v) { return TenantValidation::name(v); }},
            {QStringLiteral("agency_group"), QT_TRANSLATE_NOOP("fusion::Fields", "Agency group"),
             EditableField::Text, [](const QString& v) { return TenantValidation::agencyGroup(v); }},
            {QStringLiteral("region"),
             QT_TRANSLATE_NOOP("fusion::Fields", "Region"),
             EditableField::Text,
             {}},
            {QStringLiteral("infra_template_id"),
             QT_TRANSLATE_NOOP("fusion::Fields", "Infra template"),
             EditableField::Id,
             {},
             QStringLiteral("infra_templates")},
            {QStringLiteral("db_strategy"), QT_TRANSLATE_NOOP("fusion::Fields", "Database strategy"),
             EditableField::Text,
             [](const QString& v) {
                 return oneOf(v, {QStringLiteral("db_per_tenant"), QStringLiteral("schema_per_tenant")});
             }},
            {QStringLiteral("db_name"), QT_TRANSLATE_NOOP("fusion::Fields", "Database name"),
             EditableField::Text, [](const QString& v) { return TenantValidation::databaseName(v); }},
            {QStringLiteral("db_host"), QT_TRANSLATE_NOOP("fusion::Fields", "Database host"),
             EditableField::Text, [](const QString& v) { return TenantValidation::hostName(v); }},
            {QStringLiteral("k8s_namespace"), QT_TRANSLATE_NOOP("fusion::Fields", "Kubernetes namespace"),
             EditableField::Text, [](const QString& v) { return TenantValidation::k8sNamespace(v); }},
            {QStringLiteral("odoo_url"), QT_TRANSLATE_NOOP("fusion::Fields", "Odoo URL"), EditableField::Text,
             [](const QString& v) { return TenantValidation::url(v); }},
            {QStringLiteral("odoo_db"), QT_TRANSLATE_NOOP("fusion::Fields", "Odoo database"),
             EditableField::Text, [](const QString& v) { return TenantValidation::databaseName(v); }},
            {QStringLiteral("odoo_login"),
             QT_TRANSLATE_NOOP("fusion::Fields", "Odoo login"),
             EditableField::Text,
             {}},
        }};
    return table;
}

const EditableTable& TenantService::subscriptionTable()
{
    static const EditableTable table{
        QStringLiteral("subscriptions"),
        QStringLiteral("tenant_id"),
        {
            {QStringLiteral("plan_id"),
             QT_TRANSLATE_NOOP("fusion::Fields", "Plan"),
             EditableField::Id,
             {},
             QStringLiteral("plans")},
            {QStringLiteral("status"), QT_TRANSLATE_NOOP("fusion::Fields", "Subscription status"),
             EditableField::Text,
             [](const QString& v) {
                 return oneOf(v, {QStringLiteral("trialing"), QStringLiteral("active"),
                                  QStringLiteral("past_due"), QStringLiteral("cancelled")});
             }},
            {QStringLiteral("pricing_model"), QT_TRANSLATE_NOOP("fusion::Fields", "Pricing model"),
             EditableField::Text,
             [](const QString& v) {
                 return oneOf(v,
                              {QStringLiteral("flat"), QStringLiteral("per_user"), QStringLiteral("usage")});
             }},
            {QStringLiteral("current_period_start"),
             QT_TRANSLATE_NOOP("fusion::Fields", "Period start"),
             EditableField::Date,
             {}},
            {QStringLiteral("current_period_end"),
             QT_TRANSLATE_NOOP("fusion::Fields", "Period end"),
             EditableField::Date,
             {}},
            {QStringLiteral("next_invoice_date"),
             QT_TRANSLATE_NOOP("fusion::Fields", "Next invoice"),
             EditableField::Date,
             {}},
        }};
    return table;
}

const EditableTable& TenantService::ssoTable()
{
    static const EditableTable table{
        QStringLiteral("sso_configs"),
        QStringLiteral("tenant_id"),
        {
            {QStringLiteral("keycloak_realm"), QT_TRANSLATE_NOOP("fusion::Fields", "Keycloak realm"),
             EditableField::Text, [](const QString& v) { return TenantValidation::keycloakRealm(v); }},
            {QStringLiteral("keycloak_client_id"),
             QT_TRANSLATE_NOOP("fusion::Fields", "Keycloak client id"),
             EditableField::Text,
             {}},
            {QStringLiteral("redirect_uris"), QT_TRANSLATE_NOOP("fusion::Fields", "Redirect URIs"),
             EditableField::Text, [](const QString& v) { return TenantValidation::redirectUris(v); }},
            {QStringLiteral("status"), QT_TRANSLATE_NOOP("fusion::Fields", "SSO status"), EditableField::Text,
             [](const QString& v) {
                 return oneOf(v, {QStringLiteral("not_configured"), QStringLiteral("pending"),
                                  QStringLiteral("active"), QStringLiteral("error")});
             }},
        }};
    return table;
}

const EditableTable& TenantService::analyticsTable()
{
    static const EditableTable table{
        QStringLiteral("analytics_configs"),
        QStringLiteral("tenant_id"),
        {
            {QStringLiteral("supabase_project"), QT_TRANSLATE_NOOP("fusion::Fields", "Supabase project"),
             EditableField::Text, [](const QString& v) { return analyticsSupabaseProject(v); }},
            {QStringLiteral("schema_name"), QT_TRANSLATE_NOOP("fusion::Fields", "Schema"),
             EditableField::Text, [](const QString& v) { return TenantValidation::schemaName(v); }},
            {QStringLiteral("sync_mode"), QT_TRANSLATE_NOOP("fusion::Fields", "Sync mode"),
             EditableField::Text,
             [](const QString& v) {
                 return oneOf(v,
                              {QStringLiteral("none"), QStringLiteral("batch"), QStringLiteral("realtime")});
             }},
            {QStringLiteral("superset_dashboard_url"),
             QT_TRANSLATE_NOOP("fusion::Fields", "Superset dashboard"), EditableField::Text,
             [](const QString& v) { return TenantValidation::url(v); }},
            {QStringLiteral("etl_kind"), QT_TRANSLATE_NOOP("fusion::Fields", "ETL check"),
             EditableField::Text,
             [](const QString& v) {
                 return oneOf(v, {QStringLiteral("none"), QStringLiteral("n8n_webhook"),
                                  QStringLiteral("supabase_rpc")});
             }},
            {QStringLiteral("etl_target"), QT_TRANSLATE_NOOP("fusion::Fields", "ETL target"),
             EditableField::Text, [](const QString& v) { return analyticsEtlTarget(v); }},
        }};
    return table;
}

} // namespace fusion
