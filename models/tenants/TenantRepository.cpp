#include "models/tenants/TenantRepository.h"

#include "models/tenants/TenantKeyset.h"
#include "models/tenants/TenantRows.h"

#include <algorithm>

namespace fusion {

namespace {
std::optional<qint64> optionalId(const QVariant& v)
{
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    return v.toLongLong();
}

QDate toDate(const QVariant& v)
{
    if (v.isNull() || !v.isValid())
        return {};
    if (v.typeId() == QMetaType::QDate)
        return v.toDate();
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

const QString kOperationColumns = QStringLiteral("o.id, o.tenant_id, t.slug, o.type, o.status, o.payload, "
                                                 "o.logs_url, o.trigger_source, o.actor, o.created_at, "
                                                 "o.started_at, o.finished_at");

Operation operationFrom(const QSqlQuery& r)
{
    Operation o;
    o.id = r.value(0).toLongLong();
    o.tenantId = optionalId(r.value(1));
    o.tenantSlug = r.value(2).toString();
    o.type = r.value(3).toString();
    o.status = r.value(4).toString();
    o.payload = r.value(5).toString();
    o.logsUrl = r.value(6).toString();
    o.triggerSource = r.value(7).toString();
    o.actor = r.value(8).toString();
    o.createdAt = Database::toDateTime(r.value(9));
    o.startedAt = Database::toDateTime(r.value(10));
    o.finishedAt = Database::toDateTime(r.value(11));
    return o;
}

QString operationWhere(const OperationQuery& q, QVariantList& params)
{
    QStringList where;
    if (q.tenantId) {
        where << QStringLiteral("o.tenant_id = ?");
        params << *q.tenantId;
    }
    if (!q.status.isEmpty()) {
        where << QStringLiteral("o.status = ?");
        params << q.status;
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}
} // namespace

TenantPage TenantRepository::list(const TenantQuery& query) const
{
    TenantPage page;
    page.offset = std::max(0, query.offset);
    page.limit = std::clamp(query.limit, 1, 1000);
    page.from = query.from;
    page.total = query.withTotal ? count(query) : -1;
    if (page.total == 0)
        return page;

    QList<TenantKeyset::Row> rows;
    const TenantPageFrom from =
        (query.from == TenantPageFrom::After || query.from == TenantPageFrom::Before) &&
                !query.cursor.isValid()
            ? TenantPageFrom::First
            : query.from;
    switch (from) {
    case TenantPageFrom::Offset:
        // One row more than the page tells whether there is a next page without counting.
        rows = TenantKeyset::offsetRows(m_db, query, page.limit + 1, page.offset);
        page.hasNext = rows.size() > page.limit;
        page.hasPrevious = page.offset > 0;
        break;
    case TenantPageFrom::First:
    case TenantPageFrom::After:
        rows = TenantKeyset::walk(m_db, query, false, from == TenantPageFrom::After ? &query.cursor : nullptr,
                                  page.limit + 1);
        if (rows.isEmpty() && from == TenantPageFrom::After) {
            // Nothing after the cursor any more (the rows were removed meanwhile): the last page that exists.
            TenantQuery last = query;
            last.from = TenantPageFrom::Last;
            last.withTotal = false;
            TenantPage p = list(last);
            p.total = page.total;
            return p;
        }
        page.hasNext = rows.size() > page.limit;
        page.hasPrevious = from == TenantPageFrom::After && !rows.isEmpty() &&
                           !TenantKeyset::walk(m_db, query, true, &rows.first().cursor, 1).isEmpty();
        break;
    case TenantPageFrom::Last:
    case TenantPageFrom::Before:
        rows = TenantKeyset::walk(m_db, query, true, from == TenantPageFrom::Before ? &query.cursor : nullptr,
                                  page.limit + 1);
        // Back at the start with less than a page (Previous from a last page that began mid-page): the first
        // page, full, rather than the few rows left before the cursor.
        if (from == TenantPageFrom::Before && rows.size() < page.limit) {
            TenantQuery first = query;
            first.from = TenantPageFrom::First;
            first.withTotal = false;
            TenantPage p = list(first);
            p.total = page.total;
            return p;
        }
        page.hasPrevious = rows.size() > page.limit;
        if (rows.size() > page.limit)
            rows.removeLast();
        std::reverse(rows.begin(), rows.end());
        page.hasNext = from == TenantPageFrom::Before && !rows.isEmpty() &&
                       !TenantKeyset::walk(m_db, query, false, &rows.last().cursor, 1).isEmpty();
        break;
    }
    if (rows.size() > page.limit)
        rows.removeLast();
    page.from = from;
    for (const TenantKeyset::Row& k : rows)
        page.rows << k.tenant;
    if (!rows.isEmpty()) {
        page.first = rows.first().cursor;
        page.last = rows.last().cursor;
    }
    return page;
}

qint64 TenantRepository::count(const TenantQuery& query) const
{
    QVariantList params;
    const QString where = TenantKeyset::where(query, params);
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM tenants t") + where, params).toLongLong();
}

bool TenantRepository::cursorFits(const TenantCursor& cursor, TenantSort sort)
{
    return TenantKeyset::cursorFits(cursor, sort);
}

StatusCounts TenantRepository::counts() const
{
    StatusCounts c;
    QSqlQuery r = m_db.exec(QStringLiteral("SELECT status, count(*) FROM tenants GROUP BY status"));
    while (r.next()) {
        const QString status = r.value(0).toString();
        const qint64 n = r.value(1).toLongLong();
        c.total += n;
        if (status == TenantStatus::Active)
            c.active = n;
        else if (status == TenantStatus::Paused)
            c.paused = n;
        else if (status == TenantStatus::Error)
            c.error = n;
        else if (status == TenantStatus::Decommissioned)
            c.decommissioned = n;
    }
    return c;
}

QList<TenantHealth> TenantRepository::health(int limit) const
{
    // Worst first: in error (critical), then with failed operations in the last 7 days (warning), then
    // paused, then healthy. Each group is limited on its own so that a fleet of 100,000 tenants is never
    // sorted whole.
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-7);
    const QString failed =
        QStringLiteral("failed AS (SELECT tenant_id, count(*) AS n, max(created_at) AS last FROM operations "
                       "WHERE status = 'failed' AND created_at >= ? GROUP BY tenant_id)");
    // The tenants with recent failures, most failures first, in a given status. PostgreSQL looks each one up
    // by its key in that order, so the LIMIT stops the walk: a join let the planner read the whole tenants
    // table to match the few thousand failing ones (0.5–0.8 s at a million tenants, 60–100 ms this way).
    const auto withFailures = [this](const QString& statusCondition) -> QString {
        if (m_db.isSqlite())
            return QStringLiteral(" FROM failed f JOIN tenants t ON t.id = f.tenant_id WHERE t.") +
                   statusCondition;
        return QStringLiteral(
                   " FROM (SELECT * FROM failed ORDER BY n DESC) f CROSS JOIN LATERAL (SELECT t.id, "
                   "t.slug, t.name, t.status, t.updated_at FROM tenants t WHERE t.id = f.tenant_id "
                   "AND t.") +
               statusCondition + QStringLiteral(" OFFSET 0) t");
    };
    const QString failingColumns =
        QStringLiteral("t.id, t.slug, t.name, t.status, t.updated_at, f.n AS n, f.last AS last");
    // Walks the tenants newest first and stops at the 25th without a recent failure (index on operations).
    const QString quietColumns =
        QStringLiteral("t.id, t.slug, t.name, t.status, t.updated_at, 0 AS n, t.updated_at AS last");
    const QString noFailure = QStringLiteral("NOT EXISTS (SELECT 1 FROM operations o WHERE o.tenant_id = "
                                             "t.id AND o.status = 'failed' AND o.created_at >= ?)");
    const auto quiet = [&](int severity, const QString& status) -> QString {
        return QStringLiteral("SELECT * FROM (SELECT %1 AS severity, ").arg(severity) + quietColumns +
               QStringLiteral(" FROM tenants t WHERE t.status = '%1' AND ").arg(status) + noFailure +
               QStringLiteral(" ORDER BY t.updated_at DESC, t.id LIMIT ?) quiet_%1").arg(status);
    };
    const QString sql =
        QStringLiteral("WITH ") + failed + QStringLiteral(" SELECT * FROM (") +
        // Critical: in error, those with the most recent failures first, then the others newest first.
        QStringLiteral("SELECT * FROM (SELECT 0 AS severity, ") + failingColumns +
        withFailures(QStringLiteral("status = 'error'")) +
        QStringLiteral(" ORDER BY n DESC, updated_at DESC, id LIMIT ?) critical UNION ALL ") +
        quiet(0, QStringLiteral("error")) +
        // Warning: running or paused with recent failures.
        QStringLiteral(" UNION ALL SELECT * FROM (SELECT 1 AS severity, ") + failingColumns +
        withFailures(QStringLiteral("status IN ('active', 'paused')")) +
        QStringLiteral(" ORDER BY n DESC, updated_at DESC, id LIMIT ?) warning UNION ALL ") +
        quiet(2, QStringLiteral("paused")) + QStringLiteral(" UNION ALL ") +
        quiet(3, QStringLiteral("active")) +
        QStringLiteral(") x ORDER BY severity, n DESC, updated_at DESC, id LIMIT ?");
    QSqlQuery r = m_db.exec(sql, {since, limit, since, limit, limit, since, limit, since, limit, limit});
    QList<TenantHealth> list;
    while (r.next()) {
        TenantHealth h;
        h.severity = static_cast<TenantHealth::Severity>(r.value(0).toInt());
        h.tenantId = r.value(1).toLongLong();
        h.slug = r.value(2).toString();
        h.name = r.value(3).toString();
        h.status = r.value(4).toString();
        h.updatedAt = Database::toDateTime(r.value(5));
        h.failedOperations = r.value(6).toLongLong();
        if (h.failedOperations > 0)
            h.lastFailureAt = Database::toDateTime(r.value(7));
        list << h;
    }
    return list;
}

std::optional<Tenant> TenantRepository::findWhere(const QString& condition, const QVariant& value) const
{
    QSqlQuery r = m_db.exec(QStringLiteral("SELECT ") + TenantRows::columns() + TenantRows::from() +
                                QStringLiteral(" WHERE ") + condition,
                            {value});
    if (!r.next())
        return std::nullopt;
    return TenantRows::read(r);
}

std::optional<Tenant> TenantRepository::findBySlug(const QString& slug) const
{
    return findWhere(QStringLiteral("t.slug = ?"), slug);
}

std::optional<Tenant> TenantRepository::findById(qint64 id) const
{
    return findWhere(QStringLiteral("t.id = ?"), id);
}

Tenant TenantRepository::requireBySlug(const QString& slug) const
{
    auto t = findBySlug(slug);
    if (!t)
        throw Failure(ErrorKind::NotFound,
                      tr("There is no tenant \"%1\" (or your role may not see it).").arg(slug));
    return *t;
}

bool TenantRepository::slugExists(const QString& slug) const
{
    // Only owners create tenants, and they see every row; for anyone else the unique index still refuses.
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM tenants WHERE slug = ?"), {slug}).toInt() > 0;
}

QStringList TenantRepository::agencyGroups() const
{
    QStringList groups;
    QSqlQuery r = m_db.exec(QStringLiteral(
        "SELECT DISTINCT agency_group FROM tenants WHERE agency_group <> '' ORDER BY agency_group"));
    while (r.next())
        groups << r.value(0).toString();
    return groups;
}

QStringList TenantRepository::liveSlugs() const
{
    QStringList slugs;
    QSqlQuery r =
        m_db.exec(QStringLiteral("SELECT slug FROM tenants WHERE status <> 'decommissioned' ORDER BY slug"));
    while (r.next())
        slugs << r.value(0).toString();
    return slugs;
}

QList<Operation> TenantRepository::operations(const OperationQuery& query) const
{
    QVariantList params;
    const QString where = operationWhere(query, params);
    params << std::clamp(query.limit, 1, 1000) << std::max(0, query.offset);
    QSqlQuery r =
        m_db.exec(QStringLiteral("SELECT ") + kOperationColumns +
                      QStringLiteral(" FROM operations o LEFT JOIN tenants t ON t.id = o.tenant_id") + where +
                      QStringLiteral(" ORDER BY o.created_at DESC, o.id DESC LIMIT ? OFFSET ?"),
                  params);
    QList<Operation> list;
    while (r.next())
        list << operationFrom(r);
    return list;
}

qint64 TenantRepository::operationCount(const OperationQuery& query) const
{
    QVariantList params;
    const QString where = operationWhere(query, params);
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM operations o") + where, params).toLongLong();
}

OperationPage TenantRepository::operationPage(const OperationQuery& query) const
{
    // Newest first: (created_at, id) descending, one range of operations_created_idx (or, for one tenant,
    // operations_tenant_idx) in either direction; created_at is read back as text so that PostgreSQL's
    // microseconds survive in the cursor.
    OperationPage page;
    const int limit = std::clamp(query.limit, 1, 1000);
    TenantPageFrom from = query.from;
    if ((from == TenantPageFrom::After || from == TenantPageFrom::Before) && !query.cursor.isValid())
        from = TenantPageFrom::First;
    // SQLite would compare a word with the timestamps as text and PostgreSQL fail on it: neither says what
    // went wrong.
    if ((from == TenantPageFrom::After || from == TenantPageFrom::Before) && !query.cursor.hasTimestamp())
        throw Failure(ErrorKind::InvalidInput,
                      tr("The operations cursor \"%1\" holds no creation time; page from the first or last "
                         "page instead.")
                          .arg(query.cursor.createdAt.left(40)));
    const auto walk = [&](bool backward, const OperationCursor* after, int n, int offset) {
        QVariantList params;
        QString where = operationWhere(query, params);
        if (after) {
            where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                     QStringLiteral("(o.created_at, o.id) ") +
                     (backward ? QStringLiteral("> (?, ?)") : QStringLiteral("< (?, ?)"));
            params << after->createdAt << after->id;
        }
        const QString dir = backward ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        params << n << offset;
        QSqlQuery r = m_db.exec(QStringLiteral("SELECT ") + kOperationColumns +
                                    QStringLiteral(", CAST(o.created_at AS text) FROM operations o LEFT JOIN "
                                                   "tenants t ON t.id = o.tenant_id") +
                                    where + QStringLiteral(" ORDER BY o.created_at") + dir +
                                    QStringLiteral(", o.id") + dir + QStringLiteral(" LIMIT ? OFFSET ?"),
                                params);
        QList<QPair<Operation, OperationCursor>> rows;
        while (r.next()) {
            Operation o = operationFrom(r);
            rows.append({o, OperationCursor{r.value(12).toString(), o.id}});
        }
        return rows;
    };
    QList<QPair<Operation, OperationCursor>> rows;
    switch (from) {
    case TenantPageFrom::Offset:
        rows = walk(false, nullptr, limit + 1, std::max(0, query.offset));
        page.hasPrevious = query.offset > 0;
        page.hasNext = rows.size() > limit;
        break;
    case TenantPageFrom::First:
    case TenantPageFrom::After:
        rows = walk(false, from == TenantPageFrom::After ? &query.cursor : nullptr, limit + 1, 0);
        if (rows.isEmpty() && from == TenantPageFrom::After) {
            OperationQuery last = query;
            last.from = TenantPageFrom::Last;
            return operationPage(last);
        }
        page.hasNext = rows.size() > limit;
        page.hasPrevious = from == TenantPageFrom::After && !walk(true, &rows.first().second, 1, 0).isEmpty();
        break;
    case TenantPageFrom::Last:
    case TenantPageFrom::Before:
        rows = walk(true, from == TenantPageFrom::Before ? &query.cursor : nullptr, limit + 1, 0);
        if (from == TenantPageFrom::Before && rows.size() < limit) {
            OperationQuery first = query;
            first.from = TenantPageFrom::First;
            return operationPage(first);
        }
        page.hasPrevious = rows.size() > limit;
        if (rows.size() > limit)
            rows.removeLast();
        std::reverse(rows.begin(), rows.end());
        page.hasNext = from == TenantPageFrom::Before && !walk(false, &rows.last().second, 1, 0).isEmpty();
        break;
    }
    if (rows.size() > limit)
        rows.removeLast();
    page.from = from;
    for (const auto& [o, c] : rows)
        page.rows << o;
    if (!rows.isEmpty()) {
        page.first = rows.first().second;
        page.last = rows.last().second;
    }
    return page;
}

qint64 TenantRepository::operationCountUpTo(const OperationQuery& query, qint64 cap) const
{
    QVariantList params;
    const QString where = operationWhere(query, params);
    params << cap;
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM operations o") + where +
                    QStringLiteral(" LIMIT ?) capped"),
                params)
        .toLongLong();
}

qint64 TenantRepository::operationsBeforeUpTo(const OperationQuery& query, const OperationCursor& cursor,
                                              qint64 cap) const
{
    if (!cursor.isValid() || !cursor.hasTimestamp())
        return 0;
    QVariantList params;
    QString where = operationWhere(query, params);
    where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
             QStringLiteral("(o.created_at, o.id) > (?, ?)");
    params << cursor.createdAt << cursor.id << cap;
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM operations o") + where +
                    QStringLiteral(" LIMIT ?) capped"),
                params)
        .toLongLong();
}

std::optional<OperationCursor> TenantRepository::operationPageStart(qint64 id) const
{
    const QVariant createdAt =
        m_db.scalar(QStringLiteral("SELECT CAST(created_at AS text) FROM operations WHERE id = ?"), {id});
    if (createdAt.isNull() || !createdAt.isValid())
        return std::nullopt;
    // Newest first is (created_at, id) descending, and ids are whole numbers: the rows after (created_at,
    // id + 1) begin with this one.
    return OperationCursor{createdAt.toString(), id + 1};
}

QList<Plan> TenantRepository::plans(bool withPrices) const
{
    const QString columns =
        withPrices ? QStringLiteral("id, code, name, description, max_users, monthly_price_cents, currency")
                   : QStringLiteral("id, code, name, description, max_users");
    QSqlQuery r =
        m_db.exec(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM plans ORDER BY name, id"));
    QList<Plan> list;
    while (r.next()) {
        Plan p;
        p.id = r.value(0).toLongLong();
        p.code = r.value(1).toString();
        p.name = r.value(2).toString();
        p.description = r.value(3).toString();
        if (!r.value(4).isNull())
            p.maxUsers = r.value(4).toInt();
        if (withPrices) {
            p.monthlyPriceCents = r.value(5).toLongLong();
            p.currency = r.value(6).toString();
        }
        list << p;
    }
    return list;
}

QList<InfraTemplate> TenantRepository::infraTemplates(bool withRetired) const
{
    QSqlQuery r = m_db.exec(QStringLiteral("SELECT id, name, k8s_chart, docker_image_odoo, docker_image_pg, "
                                           "size_profile, env_defaults, version FROM infra_templates") +
                            (withRetired ? QString() : QStringLiteral(" WHERE retired_at IS NULL")) +
                            QStringLiteral(" ORDER BY name, id"));
    QList<InfraTemplate> list;
    while (r.next()) {
        InfraTemplate t;
        t.id = r.value(0).toLongLong();
        t.name = r.value(1).toString();
        t.k8sChart = r.value(2).toString();
        t.dockerImageOdoo = r.value(3).toString();
        t.dockerImagePg = r.value(4).toString();
        t.sizeProfile = r.value(5).toString();
        t.envDefaults = r.value(6).toString();
        t.version = r.value(7).toString();
        list << t;
    }
    return list;
}

QList<Bundle> TenantRepository::bundles() const
{
    QList<Bundle> list;
    {
        QSqlQuery r = m_db.exec(QStringLiteral(
            "SELECT id, code, name, description, type, version FROM bundles ORDER BY name, id"));
        while (r.next()) {
            Bundle b;
            b.id = r.value(0).toLongLong();
            b.code = r.value(1).toString();
            b.name = r.value(2).toString();
            b.description = r.value(3).toString();
            b.type = r.value(4).toString();
            b.version = r.value(5).toString();
            list << b;
        }
    }
    QSqlQuery m =
        m_db.exec(QStringLiteral("SELECT bundle_id, module_name FROM bundle_modules ORDER BY module_name"));
    while (m.next()) {
        const qint64 id = m.value(0).toLongLong();
        for (Bundle& b : list) {
            if (b.id == id) {
                b.modules << m.value(1).toString();
                break;
            }
        }
    }
    return list;
}

Subscription TenantRepository::subscription(qint64 tenantId) const
{
    Subscription s;
    s.tenantId = tenantId;
    QSqlQuery r = m_db.exec(
        QStringLiteral(
            "SELECT s.id, s.plan_id, p.name, s.status, s.pricing_model, s.current_period_start, "
            "s.current_period_end, s.next_invoice_date, s.row_version FROM subscriptions s LEFT JOIN plans "
            "p ON p.id = s.plan_id WHERE s.tenant_id = ?"),
        {tenantId});
    if (r.next()) {
        s.id = r.value(0).toLongLong();
        s.planId = optionalId(r.value(1));
        s.planName = r.value(2).toString();
        s.status = r.value(3).toString();
        s.pricingModel = r.value(4).toString();
        s.currentPeriodStart = toDate(r.value(5));
        s.currentPeriodEnd = toDate(r.value(6));
        s.nextInvoiceDate = toDate(r.value(7));
        s.rowVersion = r.value(8).toInt();
    }
    return s;
}

SsoConfig TenantRepository::sso(qint64 tenantId) const
{
    SsoConfig s;
    s.tenantId = tenantId;
    QSqlQuery r =
        m_db.exec(QStringLiteral("SELECT id, keycloak_realm, keycloak_client_id, redirect_uris, status, "
                                 "row_version FROM sso_configs WHERE tenant_id = ?"),
                  {tenantId});
    if (r.next()) {
        s.id = r.value(0).toLongLong();
        s.keycloakRealm = r.value(1).toString();
        s.keycloakClientId = r.value(2).toString();
        s.redirectUris = r.value(3).toString();
        s.status = r.value(4).toString();
        s.rowVersion = r.value(5).toInt();
    }
    return s;
}

AnalyticsConfig TenantRepository::analytics(qint64 tenantId) const
{
    AnalyticsConfig a;
    a.tenantId = tenantId;
    QSqlQuery r = m_db.exec(QStringLiteral("SELECT id, supabase_project, schema_name, sync_mode, "
                                           "superset_dashboard_url, row_version, etl_kind, etl_target FROM "
                                           "analytics_configs WHERE tenant_id = ?"),
                            {tenantId});
    if (r.next()) {
        a.id = r.value(0).toLongLong();
        a.supabaseProject = r.value(1).toString();
        a.schemaName = r.value(2).toString();
        a.syncMode = r.value(3).toString();
        a.supersetDashboardUrl = r.value(4).toString();
        a.rowVersion = r.value(5).toInt();
        a.etlKind = r.value(6).toString();
        a.etlTarget = r.value(7).toString();
    }
    return a;
}

TenantDetail TenantRepository::detail(qint64 tenantId, bool withPrices) const
{
    TenantDetail d;
    auto tenant = findById(tenantId);
    if (!tenant)
        throw Failure(ErrorKind::NotFound, tr("The tenant no longer exists or your role may not see it."));
    d.tenant = *tenant;
    d.subscription = subscription(tenantId);
    d.sso = sso(tenantId);
    d.analytics = analytics(tenantId);
    {
        QSqlQuery r =
            m_db.exec(QStringLiteral("SELECT id, module_name, source, state, last_operation_id, updated_at "
                                     "FROM tenant_module_states WHERE tenant_id = ? ORDER BY module_name"),
                      {tenantId});
        while (r.next()) {
            ModuleState m;
            m.id = r.value(0).toLongLong();
            m.moduleName = r.value(1).toString();
            m.source = r.value(2).toString();
            m.state = r.value(3).toString();
            m.lastOperationId = optionalId(r.value(4));
            m.updatedAt = Database::toDateTime(r.value(5));
            d.modules << m;
        }
    }
    {
        QList<qint64> assigned;
        QSqlQuery r =
            m_db.exec(QStringLiteral("SELECT bundle_id FROM tenant_bundles WHERE tenant_id = ?"), {tenantId});
        while (r.next())
            assigned << r.value(0).toLongLong();
        if (!assigned.isEmpty()) {
            const auto all = bundles();
            for (const Bundle& b : all) {
                if (assigned.contains(b.id))
                    d.bundles << b;
            }
        }
    }
    OperationQuery oq;
    oq.tenantId = tenantId;
    oq.limit = 200;
    d.operations = operations(oq);
    if (d.tenant.planId) {
        const auto all = plans(withPrices);
        for (const auto& p : all) {
            if (p.id == *d.tenant.planId)
                d.plan = p;
        }
    }
    if (d.tenant.infraTemplateId) {
        const auto templates = infraTemplates();
        for (const auto& t : templates) {
            if (t.id == *d.tenant.infraTemplateId)
                d.infraTemplate = t;
        }
    }
    return d;
}

} // namespace fusion
