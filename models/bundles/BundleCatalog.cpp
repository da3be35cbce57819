#include "models/bundles/BundleCatalog.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace fusion {

namespace {
constexpr int MaxModules = 500;

bool matches(const char* pattern, const QString& text)
{
    return QRegularExpression(QString::fromLatin1(pattern)).match(text).hasMatch();
}

QStringList normalizedModules(const QStringList& modules)
{
    QStringList out;
    for (const QString& m : modules) {
        const QString name = m.trimmed();
        if (!name.isEmpty() && !out.contains(name))
            out << name;
    }
    out.sort();
    return out;
}

BundleDraft normalized(BundleDraft d)
{
    d.code = d.code.trimmed();
    d.name = d.name.trimmed();
    d.description = d.description.trimmed();
    d.type = d.type.trimmed();
    d.version = d.version.trimmed();
    d.modules = normalizedModules(d.modules);
    return d;
}

QStringList knownModuleNames(Database& db)
{
    QStringList names;
    QSqlQuery q = db.exec(QStringLiteral("SELECT name FROM modules"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QStringList minus(const QStringList& a, const QStringList& b)
{
    QStringList out;
    for (const QString& s : a) {
        if (!b.contains(s))
            out << s;
    }
    return out;
}

void insertModules(Database& db, qint64 bundleId, const QStringList& modules)
{
    for (const QString& m : modules)
        db.exec(QStringLiteral("INSERT INTO bundle_modules (bundle_id, module_name) VALUES (?, ?)"),
                {bundleId, m});
}

QStringList tenantsWith(Database& db, qint64 bundleId, int limit)
{
    QStringList slugs;
    QSqlQuery q = db.exec(QStringLiteral("SELECT t.slug FROM tenant_bundles tb JOIN tenants t ON t.id = "
                                         "tb.tenant_id WHERE tb.bundle_id = ? ORDER BY t.slug LIMIT ?"),
                          {bundleId, limit});
    while (q.next())
        slugs << q.value(0).toString();
    return slugs;
}

// What the list, the plan and the audit row show of a bundle's modules: who joins, who leaves.
QString moduleDiff(const QStringList& added, const QStringList& removed)
{
    QStringList parts;
    if (!added.isEmpty())
        parts << BundleCatalog::tr("+ %1").arg(added.join(QStringLiteral(", ")));
    if (!removed.isEmpty())
        parts << BundleCatalog::tr("− %1").arg(removed.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}
} // namespace

QList<BundleInfo> BundleCatalog::list(Database& db)
{
    QList<BundleInfo> list;
    QHash<qint64, int> index;
    {
        QSqlQuery q = db.exec(
            QStringLiteral("SELECT b.id, b.code, b.name, b.description, b.type, b.version, b.row_version, "
                           "(SELECT count(*) FROM tenant_bundles tb JOIN tenants t ON t.id = tb.tenant_id "
                           "WHERE tb.bundle_id "
                           "= b.id AND t.status <> 'decommissioned') FROM bundles b ORDER BY b.name, b.id"));
        while (q.next()) {
            BundleInfo info;
            info.bundle.id = q.value(0).toLongLong();
            info.bundle.code = q.value(1).toString();
            info.bundle.name = q.value(2).toString();
            info.bundle.description = q.value(3).toString();
            info.bundle.type = q.value(4).toString();
            info.bundle.version = q.value(5).toString();
            info.rowVersion = q.value(6).toInt();
            info.tenantCount = q.value(7).toInt();
            index.insert(info.bundle.id, int(list.size()));
            list << info;
        }
    }
    QSqlQuery m =
        db.exec(QStringLiteral("SELECT bundle_id, module_name FROM bundle_modules ORDER BY module_name"));
    while (m.next()) {
        const int row = index.value(m.value(0).toLongLong(), -1);
        if (row >= 0)
            list[row].bundle.modules << m.value(1).toString();
    }
    return list;
}

std::optional<BundleInfo> BundleCatalog::find(Database& db, const QString& code)
{
    for (const BundleInfo& b : list(db)) {
        if (b.bundle.code == code)
            return b;
    }
    return std::nullopt;
}

QList<CatalogModule> BundleCatalog::modules(Database& db)
{
    QList<CatalogModule> list;
    QSqlQuery q = db.exec(QStringLiteral("SELECT name, summary, source FROM modules ORDER BY name"));
    while (q.next())
        list << CatalogModule{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return list;
}

QStringList BundleCatalog::liveTenantSlugs(Database& db)
{
    QStringList slugs;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT slug FROM tenants WHERE status <> 'decommissioned' ORDER BY slug"));
    while (q.next())
        slugs << q.value(0).toString();
    return slugs;
}

QStringList BundleCatalog::validate(const BundleDraft& raw)
{
    const BundleDraft d = normalized(raw);
    QStringList problems;
    if (!matches("^[a-z0-9][a-z0-9_-]{0,63}$", d.code))
        problems << tr(
            "The code must be 1–64 lowercase letters, digits, \"-\" or \"_\", starting with a letter "
            "or digit.");
    if (d.name.isEmpty() || d.name.size() > 120)
        problems << tr("The name must have 1–120 characters.");
    if (!matches("^[a-z0-9_]{1,40}$", d.type))
        problems << tr("The type must be 1–40 lowercase letters, digits or \"_\" (e.g. finance_ppm, crm).");
    if (d.version.isEmpty() || d.version.size() > 32 || d.version.contains(QLatin1Char('\n')))
        problems << tr("The version must have 1–32 characters on one line.");
    if (d.description.size() > 2000)
        problems << tr("The description must have at most 2,000 characters.");
    if (d.modules.isEmpty())
        problems << tr("A bundle needs at least one module.");
    if (d.modules.size() > MaxModules)
        problems << tr("A bundle can have at most %1 modules.").arg(MaxModules);
    QStringList bad;
    for (const QString& m : d.modules) {
        if (!matches("^[a-z0-9_]{1,128}$", m))
            bad << m.left(40);
    }
    if (!bad.isEmpty())
        problems << tr("Not a module name (lowercase letters, digits and \"_\"): %1")
                        .arg(bad.join(QStringLiteral(", ")));
    return problems;
}

PendingWrite BundleCatalog::planCreate(Database& db, const BundleDraft& raw)
{
    const BundleDraft d = normalized(raw);
    if (const QStringList problems = validate(d); !problems.isEmpty())
        throw Failure(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));
    if (find(db, d.code))
        throw Failure(ErrorKind::Conflict, tr("There already is a bundle \"%1\".").arg(d.code));

    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("bundle.create");
    plan.title = tr("Create bundle %1").arg(d.code);
    plan.verb = tr("Create");
    plan.targetType = QStringLiteral("bundle");
    plan.target = d.code;
    plan.changes << FieldChange{QStringLiteral("name"), tr("Name"), {}, d.name}
                 << FieldChange{QStringLiteral("type"), tr("Type"), {}, d.type}
                 << FieldChange{QStringLiteral("version"), tr("Version"), {}, d.version};
    if (!d.description.isEmpty())
        plan.changes << FieldChange{QStringLiteral("description"), tr("Description"), {}, d.description};
    plan.changes << FieldChange{
        QStringLiteral("modules"), tr("Modules"), {}, d.modules.join(QStringLiteral(", "))};
    if (const QStringList unknown = minus(d.modules, knownModuleNames(db)); !unknown.isEmpty())
        plan.effects << tr("Not in the module catalog yet (sync a tenant's modules to check the names): %1")
                            .arg(unknown.join(QStringLiteral(", ")));
    plan.rowsAffected = 1 + d.modules.size();
    write.apply = [d](Database& db2) {
        if (db2.scalar(QStringLiteral("SELECT count(*) FROM bundles WHERE code = ?"), {d.code}).toInt() > 0)
            throw Failure(ErrorKind::Conflict, tr("There already is a bundle \"%1\".").arg(d.code));
        const qint64 id = db2.insertReturningId(
            QStringLiteral(
                "INSERT INTO bundles (code, name, description, type, version, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {d.code, d.name, d.description, d.type, d.version, Database::nowText(), Database::nowText()});
        insertModules(db2, id, d.modules);
        return QJsonObject{{QStringLiteral("bundle_id"), id},
                           {QStringLiteral("modules"), QJsonArray::fromStringList(d.modules)}};
    };
    return write;
}

PendingWrite BundleCatalog::planEdit(Database& db, const QString& code, int expectedVersion,
                                     const BundleDraft& raw)
{
    BundleDraft d = normalized(raw);
    d.code = code; // the code names the bundle everywhere (tenants, scripts): it is not edited
    if (const QStringList problems = validate(d); !problems.isEmpty())
        throw Failure(ErrorKind::InvalidInput, problems.join(QLatin1Char('\n')));
    const auto current = find(db, code);
    if (!current)
        throw Failure(ErrorKind::NotFound, tr("There is no bundle \"%1\".").arg(code));
    if (current->rowVersion != expectedVersion)
        throw Failure(ErrorKind::Conflict,
                      tr("Bundle %1 was changed by someone else since you opened it; reload it to see the "
                         "changes. Nothing was saved.")
                          .arg(code));
    const Bundle& b = current->bundle;

    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("bundle.edit");
    plan.title = tr("Change bundle %1").arg(code);
    plan.verb = tr("Save");
    plan.targetType = QStringLiteral("bundle");
    plan.target = code;
    if (b.name != d.name)
        plan.changes << FieldChange{QStringLiteral("name"), tr("Name"), b.name, d.name};
    if (b.type != d.type)
        plan.changes << FieldChange{QStringLiteral("type"), tr("Type"), b.type, d.type};
    if (b.version != d.version)
        plan.changes << FieldChange{QStringLiteral("version"), tr("Version"), b.version, d.version};
    if (b.description != d.description)
        plan.changes << FieldChange{QStringLiteral("description"), tr("Description"), b.description,
                                    d.description};
    const QStringList added = minus(d.modules, b.modules);
    const QStringList removed = minus(b.modules, d.modules);
    if (!added.isEmpty() || !removed.isEmpty()) {
        FieldChange c{QStringLiteral("modules"), tr("Modules"), b.modules.join(QStringLiteral(", ")),
                      d.modules.join(QStringLiteral(", "))};
        c.afterText = moduleDiff(added, removed);
        plan.changes << c;
    }
    if (plan.changes.isEmpty())
        return write; // nothing to save
    if (!added.isEmpty() && current->tenantCount > 0)
        plan.effects << tr("%n tenant(s) with this bundle will show the added modules as missing until the "
                           "bundle is applied to them.",
                           nullptr, current->tenantCount);
    if (!removed.isEmpty() && current->tenantCount > 0)
        plan.effects << tr(
            "Removed modules stay installed in tenants' Odoo; where no other bundle wants them "
            "they show up as drift.");
    if (const QStringList unknown = minus(added, knownModuleNames(db)); !unknown.isEmpty())
        plan.effects << tr("Not in the module catalog yet (sync a tenant's modules to check the names): %1")
                            .arg(unknown.join(QStringLiteral(", ")));
    plan.rowsAffected = 1 + added.size() + removed.size();
    const qint64 id = b.id;
    write.apply = [id, code, expectedVersion, d, added, removed](Database& db2) {
        QSqlQuery q = db2.exec(
            QStringLiteral(
                "UPDATE bundles SET name = ?, description = ?, type = ?, version = ?, updated_at = ?, "
                "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
            {d.name, d.description, d.type, d.version, Database::nowText(), id, expectedVersion});
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("Bundle %1 was changed or deleted by someone else meanwhile; nothing was saved.")
                              .arg(code));
        for (const QString& m : removed)
            db2.exec(QStringLiteral("DELETE FROM bundle_modules WHERE bundle_id = ? AND module_name = ?"),
                     {id, m});
        insertModules(db2, id, added);
        return QJsonObject{{QStringLiteral("bundle_id"), id},
                           {QStringLiteral("modules_added"), QJsonArray::fromStringList(added)},
                           {QStringLiteral("modules_removed"), QJsonArray::fromStringList(removed)}};
    };
    return write;
}

PendingWrite BundleCatalog::planDelete(Database& db, const QString& code, int expectedVersion)
{
    const auto current = find(db, code);
    if (!current)
        throw Failure(ErrorKind::NotFound, tr("There is no bundle \"%1\".").arg(code));
    if (current->rowVersion != expectedVersion)
        throw Failure(
            ErrorKind::Conflict,
            tr("Bundle %1 was changed by someone else since you opened it; reload it first.").arg(code));
    const qint64 id = current->bundle.id;
    // Decommissioned tenants keep their history, so any assignment blocks the delete.
    const QStringList holders = tenantsWith(db, id, 6);
    if (!holders.isEmpty())
        throw Failure(ErrorKind::InvalidInput,
                      tr("Bundle %1 is assigned to %2; unassign it from those tenants first.")
                          .arg(code, holders.size() > 5 ? holders.mid(0, 5).join(QStringLiteral(", ")) +
                                                              QStringLiteral(", …")
                                                        : holders.join(QStringLiteral(", "))));
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("bundle.delete");
    plan.title = tr("Delete bundle %1").arg(code);
    plan.verb = tr("Delete");
    plan.targetType = QStringLiteral("bundle");
    plan.target = code;
    plan.destructive = true;
    plan.confirmPhrase = code;
    plan.changes << FieldChange{
        QStringLiteral("modules"), tr("Modules"), current->bundle.modules.join(QStringLiteral(", ")), {}};
    plan.effects << tr("No tenant has this bundle; installed modules are not touched.");
    plan.rowsAffected = 1 + current->bundle.modules.size();
    write.apply = [id, code, expectedVersion](Database& db2) {
        if (db2.scalar(QStringLiteral("SELECT count(*) FROM tenant_bundles WHERE bundle_id = ?"), {id})
                .toInt() > 0)
            throw Failure(ErrorKind::Conflict,
                          tr("Bundle %1 was assigned to a tenant meanwhile; nothing was deleted.").arg(code));
        db2.exec(QStringLiteral("DELETE FROM bundle_modules WHERE bundle_id = ?"), {id});
        QSqlQuery q = db2.exec(QStringLiteral("DELETE FROM bundles WHERE id = ? AND row_version = ?"),
                               {id, expectedVersion});
        if (q.numRowsAffected() != 1)
            throw Failure(
                ErrorKind::Conflict,
                tr("Bundle %1 was changed by someone else meanwhile; nothing was deleted.").arg(code));
        return QJsonObject{{QStringLiteral("bundle_id"), id}};
    };
    return write;
}

QList<TenantDrift> BundleCatalog::drift(Database& db, const DriftQuery& query)
{
    qint64 bundleId = 0;
    if (!query.bundleCode.isEmpty()) {
        bundleId = db.scalar(QStringLiteral("SELECT id FROM bundles WHERE code = ?"), {query.bundleCode})
                       .toLongLong();
        if (bundleId == 0)
            throw Failure(ErrorKind::NotFound, tr("There is no bundle \"%1\".").arg(query.bundleCode));
    }
    // The tenants in scope: live ones (a decommissioned tenant has no Odoo to drift), narrowed to one slug
    // and/or to those with the bundle. Row security on PostgreSQL narrows it further to what the role sees.
    QString where = QStringLiteral("t.status <> 'decommissioned'");
    QVariantList params;
    if (!query.slug.isEmpty()) {
        where += QStringLiteral(" AND t.slug = ?");
        params << query.slug;
    }
    if (bundleId) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM tenant_bundles x WHERE x.tenant_id = t.id AND "
                                "x.bundle_id = ?)");
        params << bundleId;
    }
    QList<TenantDrift> rows;
    QHash<qint64, int> index;
    {
        QSqlQuery q = db.exec(
            QStringLiteral("SELECT t.id, t.slug, t.name FROM tenants t WHERE %1 ORDER BY t.slug").arg(where),
            params);
        while (q.next()) {
            TenantDrift d;
            d.tenantId = q.value(0).toLongLong();
            d.slug = q.value(1).toString();
            d.name = q.value(2).toString();
            index.insert(d.tenantId, int(rows.size()));
            rows << d;
        }
    }
    if (!query.slug.isEmpty() && rows.isEmpty())
        throw Failure(
            ErrorKind::NotFound,
            bundleId ? tr("Tenant %1 does not have bundle %2 (or your role may not see the tenant).")
                           .arg(query.slug, query.bundleCode)
                     : tr("There is no live tenant \"%1\" (or your role may not see it).").arg(query.slug));
    // What each bundle wants (a few rows) and which bundles each tenant has: for the whole fleet the
    // assignments are read whole (tenants out of scope are skipped here), for one tenant or one bundle's
    // tenants only theirs.
    const bool narrow = !query.slug.isEmpty() || bundleId;
    QHash<qint64, QStringList> bundleModules;
    QHash<qint64, QString> bundleCodes;
    {
        QSqlQuery q = db.exec(QStringLiteral("SELECT bundle_id, module_name FROM bundle_modules"));
        while (q.next())
            bundleModules[q.value(0).toLongLong()] << q.value(1).toString();
        QSqlQuery c = db.exec(QStringLiteral("SELECT id, code FROM bundles"));
        while (c.next())
            bundleCodes.insert(c.value(0).toLongLong(), c.value(1).toString());
    }
    QList<QList<qint64>> bundlesOf(rows.size());
    {
        QSqlQuery q =
            narrow ? db.exec(QStringLiteral("SELECT tb.tenant_id, tb.bundle_id FROM tenant_bundles tb JOIN "
                                            "tenants t ON t.id = tb.tenant_id WHERE %1")
                                 .arg(where),
                             params)
                   : db.exec(QStringLiteral("SELECT tenant_id, bundle_id FROM tenant_bundles"));
        while (q.next()) {
            const int at = index.value(q.value(0).toLongLong(), -1);
            if (at < 0)
                continue;
            bundlesOf[at] << q.value(1).toLongLong();
            rows[at].bundles << bundleCodes.value(q.value(1).toLongLong());
        }
        for (TenantDrift& d : rows)
            d.bundles.sort();
    }
    // What is installed, one row a tenant, in one walk of the partial index of installed modules (migration
    // 0022) in tenant order: the count, the modules not from core, and the core ones that matter — those a
    // bundle wants, or all of them with includeCore. Drift is then worked out here against the bundles above.
    // It was a count per tenant and two anti-joins, each its own scan of every module state: 15 s at 100,000
    // tenants with 30 modules each on PostgreSQL (bench_scale), each query spilling its hash and sort to
    // disk. Module names are [a-z0-9_], so a comma joins them safely.
    const QString listOf = db.isPostgres() ? QStringLiteral("string_agg(s.module_name, ',')")
                                           : QStringLiteral("group_concat(s.module_name, ',')");
    QString sql =
        QStringLiteral("SELECT s.tenant_id, count(*), %1 FILTER (WHERE s.source <> 'core'), %1 FILTER "
                       "(WHERE s.source = 'core'%2) FROM tenant_module_states s WHERE s.state = 'installed'")
            .arg(listOf, query.includeCore ? QString()
                                           : QStringLiteral(" AND s.module_name IN (SELECT module_name FROM "
                                                            "bundle_modules)"));
    QVariantList installedParams;
    // The whole fleet is read whole (tenants out of scope are skipped below); one tenant, or one bundle's
    // tenants, only theirs.
    if (narrow) {
        sql += QStringLiteral(" AND s.tenant_id IN (SELECT t.id FROM tenants t WHERE %1)").arg(where);
        installedParams = params;
    }
    QSqlQuery q = db.exec(sql + QStringLiteral(" GROUP BY s.tenant_id"), installedParams);
    QList<bool> seen(rows.size(), false);
    const auto modulesIn = [](const QVariant& v) {
        const QStringList list = v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        return QSet<QString>(list.begin(), list.end());
    };
    const auto work = [&](int at, const QSet<QString>& notCore, const QSet<QString>& core) {
        TenantDrift& d = rows[at];
        QSet<QString> wanted;
        QSet<QString> counted; // what may be missing: the bundle asked about, or all of the tenant's
        for (const qint64 b : bundlesOf[at]) {
            for (const QString& m : bundleModules.value(b)) {
                wanted.insert(m);
                if (!bundleId || b == bundleId)
                    counted.insert(m);
            }
        }
        for (const QString& m : counted) {
            if (!notCore.contains(m) && !core.contains(m))
                d.missing << m;
        }
        for (const QString& m : notCore) {
            if (!wanted.contains(m))
                d.unwanted << m;
        }
        if (query.includeCore) {
            for (const QString& m : core) {
                if (!wanted.contains(m))
                    d.unwanted << m;
            }
        }
        d.missing.sort();
        d.unwanted.sort();
    };
    while (q.next()) {
        const int at = index.value(q.value(0).toLongLong(), -1);
        if (at < 0)
            continue;
        seen[at] = true;
        rows[at].installedCount = q.value(1).toInt();
        work(at, modulesIn(q.value(2)), modulesIn(q.value(3)));
    }
    // Nothing installed (never synced): every wanted module is missing.
    for (int at = 0; at < rows.size(); ++at) {
        if (!seen[at])
            work(at, {}, {});
    }
    if (query.slug.isEmpty() && query.onlyDrifting)
        rows.removeIf([](const TenantDrift& d) { return d.inSync(); });
    return rows;
}

QList<BundleDraft> BundleCatalog::starters()
{
    return {
        BundleDraft{QStringLiteral("finance-ppm"),
                    tr("Finance PPM"),
                    tr("Accounting with OCA reports, reconciliation and assets, projects with timesheets: "
                       "finance and project portfolio management."),
                    QStringLiteral("finance_ppm"),
                    QStringLiteral("1.0"),
                    {QStringLiteral("account"), QStringLiteral("account_asset_management"),
                     QStringLiteral("account_financial_report"), QStringLiteral("account_reconcile_oca"),
                     QStringLiteral("hr_timesheet"), QStringLiteral("mis_builder"), QStringLiteral("project"),
                     QStringLiteral("project_timeline")}},
        BundleDraft{QStringLiteral("crm-sales"),
                    tr("CRM & Sales"),
                    tr("Leads and opportunities through to quotations and sales orders, with contacts and "
                       "the calendar."),
                    QStringLiteral("crm"),
                    QStringLiteral("1.0"),
                    {QStringLiteral("calendar"), QStringLiteral("contacts"), QStringLiteral("crm"),
                     QStringLiteral("crm_stage_probability"), QStringLiteral("sale_management"),
                     QStringLiteral("sale_order_type")}},
    };
}

} // namespace fusion
