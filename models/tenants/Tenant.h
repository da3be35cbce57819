#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fusion {

// The four states of a tenant (PRD §5.1). Stored as these keys.
namespace TenantStatus {
inline const QString Active = QStringLiteral("active");
inline const QString Paused = QStringLiteral("paused");
inline const QString Error = QStringLiteral("error");
inline const QString Decommissioned = QStringLiteral("decommissioned");
QStringList all();
QString label(const QString& status); // translated
} // namespace TenantStatus

struct Tenant {
    qint64 id = 0;
    QString slug;
    QString name;
    QString agencyGroup;
    QString status;
    std::optional<qint64> planId;
    QString planCode;
    QString planName;
    std::optional<qint64> infraTemplateId;
    QString infraTemplateName;
    QString region;
    QString dbStrategy;
    QString dbName;
    QString dbHost;
    QString k8sNamespace;
    QString odooUrl;
    QString odooDb;
    QString odooLogin;
    QDateTime createdAt;
    QDateTime updatedAt;
    int rowVersion = 0;
};

enum class TenantSort { Name, Slug, Status, Plan, AgencyGroup, Region, Updated, Created };

struct TenantQuery {
    QString search;      // anywhere in slug, name or agency group; case-insensitive
    QString status;      // one of TenantStatus, or empty for all
    QString planCode;    // plans.code, or empty for all
    QString agencyGroup; // exact agency group, or empty for all
    TenantSort sort = TenantSort::Name;
    bool descending = false;
    int offset = 0;
    int limit = 20;
    bool hasFilters() const
    {
        return !search.trimmed().isEmpty() || !status.isEmpty() || !planCode.isEmpty() ||
               !agencyGroup.isEmpty();
    }
};

struct TenantPage {
    QList<Tenant> rows;
    qint64 total = 0;
    int offset = 0;
    int limit = 20;
};

struct StatusCounts {
    qint64 total = 0;
    qint64 active = 0;
    qint64 paused = 0;
    qint64 error = 0;
    qint64 decommissioned = 0;
};

// One row of the dashboard's health table; lower severity is worse.
struct TenantHealth {
    enum Severity { Critical = 0, Warning = 1, Paused = 2, Healthy = 3 };
    qint64 tenantId = 0;
    QString slug;
    QString name;
    QString status;
    Severity severity = Healthy;
    qint64 failedOperations = 0; // in the last 7 days
    QDateTime lastFailureAt;
    QDateTime updatedAt;
    QString reason() const; // translated one-liner
};

struct Operation {
    qint64 id = 0;
    std::optional<qint64> tenantId;
    QString tenantSlug;
    QString type;
    QString status;
    QString payload; // JSON text
    QString logsUrl;
    QString triggerSource;
    QString actor;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
};

struct OperationQuery {
    std::optional<qint64> tenantId;
    QString status;
    int limit = 50;
    int offset = 0;
};

struct Plan {
    qint64 id = 0;
    QString code;
    QString name;
    QString description;
    std::optional<qint64> monthlyPriceCents; // absent when the role may not read billing amounts
    QString currency;
    std::optional<int> maxUsers;
};

struct InfraTemplate {
    qint64 id = 0;
    QString name;
    QString k8sChart;
    QString dockerImageOdoo;
    QString dockerImagePg;
    QString sizeProfile;
    QString envDefaults;
    QString version;
};

struct Bundle {
    qint64 id = 0;
    QString code;
    QString name;
    QString description;
    QString type;
    QString version;
    QStringList modules;
};

struct Subscription {
    qint64 id = 0; // 0: the tenant has none yet
    qint64 tenantId = 0;
    std::optional<qint64> planId;
    QString planName;
    QString status;
    QString pricingModel;
    QDate currentPeriodStart;
    QDate currentPeriodEnd;
    QDate nextInvoiceDate;
    int rowVersion = 0;
};

struct SsoConfig {
    qint64 id = 0; // 0: not configured yet
    qint64 tenantId = 0;
    QString keycloakRealm;
    QString keycloakClientId;
    QString redirectUris; // one per line
    QString status = QStringLiteral("not_configured");
    int rowVersion = 0;
};

struct AnalyticsConfig {
    qint64 id = 0; // 0: not configured yet
    qint64 tenantId = 0;
    QString supabaseProject;
    QString schemaName;
    QString syncMode = QStringLiteral("none");
    QString supersetDashboardUrl;
    // The "Test ETL" check (migration 0014): "none", "n8n_webhook" (etl_target: the webhook's path) or
    // "supabase_rpc" (etl_target: the RPC function's name, called in schemaName).
    QString etlKind = QStringLiteral("none");
    QString etlTarget;
    int rowVersion = 0;
};

struct ModuleState {
    qint64 id = 0;
    QString moduleName;
    QString source;
    QString state;
    std::optional<qint64> lastOperationId;
    QDateTime updatedAt;
};

// Everything the tenant detail view shows, read in one go.
struct TenantDetail {
    Tenant tenant;
    Subscription subscription;
    SsoConfig sso;
    AnalyticsConfig analytics;
    QList<ModuleState> modules;
    QList<Bundle> bundles;
    QList<Operation> operations;
    std::optional<InfraTemplate> infraTemplate;
    std::optional<Plan> plan;
};

} // namespace fusion
