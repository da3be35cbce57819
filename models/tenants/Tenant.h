#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

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

// Where a page of the tenants list starts. Offset skips `offset` rows (what a page number jumps to: the
// database still walks every skipped row, so page 50,000 of a million tenants is slow). The others are keyset
// pages: they seek through an index straight to the boundary row, so the last page costs what the first does.
enum class TenantPageFrom {
    Offset,
    First,
    After,  // the rows after `cursor` in the list's order
    Before, // the rows before `cursor`, still shown in the list's order
    Last,   // the first page of the reverse order, shown in the list's order
};

// One row's place in the list's order: its sort keys as the database holds them (timestamps as text, so
// PostgreSQL's microseconds survive the round trip) and its id, the tie-breaker. Only meaningful with the
// sort it was read under.
struct TenantCursor {
    QVariantList keys;
    qint64 id = 0;
    bool isValid() const { return id > 0; }
    // For fusionctl's --after/--before: the cursor as one URL-safe word, and back (nullopt if mangled).
    QString token() const;
    static std::optional<TenantCursor> fromToken(const QString& token);
};

struct TenantQuery {
    QString search;      // anywhere in slug, name or agency group; case-insensitive
    QString status;      // one of TenantStatus, or empty for all
    QString planCode;    // plans.code, or empty for all
    QString agencyGroup; // exact agency group, or empty for all
    TenantSort sort = TenantSort::Name;
    bool descending = false;
    int offset = 0; // with TenantPageFrom::Offset
    int limit = 20;
    TenantPageFrom from = TenantPageFrom::Offset;
    TenantCursor cursor{}; // with After and Before
    // Counting every match is a scan of all of them (a million rows: tens of milliseconds on PostgreSQL, more
    // on SQLite); a pane turning pages counts once per filter instead (TenantRepository::count).
    bool withTotal = true;
    bool hasFilters() const
    {
        return !search.trimmed().isEmpty() || !status.isEmpty() || !planCode.isEmpty() ||
               !agencyGroup.isEmpty();
    }
};

struct TenantPage {
    QList<Tenant> rows;
    qint64 total = 0; // -1: not counted (TenantQuery::withTotal)
    int offset = 0;   // with TenantPageFrom::Offset
    int limit = 20;
    // The cursors of the first and last row shown, for the pages before and after this one.
    TenantCursor first;
    TenantCursor last;
    bool hasPrevious = false;
    bool hasNext = false;
    // What the page turned out to be: After past the end comes back as the Last page (the rows were removed
    // meanwhile), Before past the start as the First.
    TenantPageFrom from = TenantPageFrom::Offset;
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

// One operation's place in the operations list (newest first): created_at as the database holds it and the
// id.
struct OperationCursor {
    QString createdAt;
    qint64 id = 0;
    bool isValid() const { return id > 0; }
    // For fusionctl's --after/--before, in the tenants list's format (TenantCursor::token: [id, created_at]
    // as URL-safe base64); fromToken is nullopt for anything else, a created_at that is no timestamp
    // included.
    QString token() const;
    static std::optional<OperationCursor> fromToken(const QString& token);
    // Whether createdAt reads as a timestamp (SQLite's "2026-03-01T08:00:00.000Z" or PostgreSQL's
    // "2026-03-01 08:00:00.123456+00"): what the database compares it with.
    bool hasTimestamp() const;
};

struct OperationQuery {
    std::optional<qint64> tenantId;
    QString status;
    int limit = 50;
    int offset = 0;                               // with TenantPageFrom::Offset
    TenantPageFrom from = TenantPageFrom::Offset; // keyset pages as for tenants (TenantPageFrom)
    OperationCursor cursor{};                     // with After and Before
};

struct OperationPage {
    QList<Operation> rows;
    OperationCursor first;
    OperationCursor last;
    bool hasPrevious = false;
    bool hasNext = false;
    TenantPageFrom from = TenantPageFrom::Offset;
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
