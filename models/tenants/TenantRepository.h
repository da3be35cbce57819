#pragma once

#include "models/storage/Database.h"
#include "models/tenants/Tenant.h"

namespace fusion {

// Reads of the tenant control plane. All filtering, sorting and paging happen in SQL; user text only
// ever reaches the database as bound parameters.
class TenantRepository {
    Q_DECLARE_TR_FUNCTIONS(fusion::TenantRepository)

public:
    explicit TenantRepository(Database& db)
        : m_db(db)
    {
    }

    // A page of the list. Keyset pages (TenantQuery::from) seek through the indexes of migration 0022 for
    // every sort, ties broken by id; an offset page walks past the rows it skips.
    TenantPage list(const TenantQuery& query) const;
    qint64 count(const TenantQuery& query) const; // every tenant the search and filters match
    // Whether `cursor` was read under `sort` (it holds that sort's keys): fusionctl refuses one that was not.
    static bool cursorFits(const TenantCursor& cursor, TenantSort sort);
    StatusCounts counts() const;
    QList<TenantHealth> health(int limit = 20) const;
    std::optional<Tenant> findBySlug(const QString& slug) const;
    std::optional<Tenant> findById(qint64 id) const;
    Tenant requireBySlug(const QString& slug) const; // throws NotFound
    bool slugExists(const QString& slug) const;
    QStringList agencyGroups() const;
    QStringList liveSlugs() const; // every tenant not decommissioned, by slug
    TenantDetail detail(qint64 tenantId, bool withPrices) const;

    QList<Operation> operations(const OperationQuery& query) const;
    qint64 operationCount(const OperationQuery& query) const;
    // Keyset pages of the operations list, newest first (TenantPageFrom as for tenants), through
    // operations_created_idx, operations_tenant_idx or, with a status, operations_status_idx (0023).
    // A cursor not read from a page (fusionctl's --after/--before, a mangled one) whose created_at is no
    // timestamp is refused with InvalidInput, before the database would fail on it.
    OperationPage operationPage(const OperationQuery& query) const;
    // The count, but stopping at `cap`: a pane saying "more than 10,000" need not count 10,000,000 rows.
    qint64 operationCountUpTo(const OperationQuery& query, qint64 cap) const;
    // How many of the query's operations come before `cursor`'s row (are newer), stopping at `cap`: a page
    // reached from the end learns its rows' numbers from the same bounded walk as the count.
    qint64 operationsBeforeUpTo(const OperationQuery& query, const OperationCursor& cursor, qint64 cap) const;
    // The cursor whose After page starts with operation `id` (the page showing it), nullopt if there is no
    // such operation.
    std::optional<OperationCursor> operationPageStart(qint64 id) const;

    QList<Plan> plans(bool withPrices) const;
    // Retired templates only with `withRetired` (a tenant built from one still shows it; a new tenant cannot
    // use it).
    QList<InfraTemplate> infraTemplates(bool withRetired = true) const;
    QList<Bundle> bundles() const;

    Subscription subscription(qint64 tenantId) const;
    SsoConfig sso(qint64 tenantId) const;
    AnalyticsConfig analytics(qint64 tenantId) const;

private:
    std::optional<Tenant> findWhere(const QString& condition, const QVariant& value) const;
    Database& m_db;
};

} // namespace fusion
