#include "models/odoo/OdooModules.h"

#include "models/core/BoundedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace fusion {

namespace {
qint64 tenantIdOf(Database& db, const QString& slug)
{
    const qint64 id = db.scalar(QStringLiteral("SELECT id FROM tenants WHERE slug = ?"), {slug}).toLongLong();
    if (id == 0)
        throw Failure(ErrorKind::NotFound,
                      OdooModules::tr("There is no tenant \"%1\" (or your role may not see it).").arg(slug));
    return id;
}

QString odooText(const QVariant& v)
{
    return v.typeId() == QMetaType::Bool ? QString() : v.toString(); // Odoo's False is "none"
}

bool validName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]{1,128}$"));
    return re.match(name).hasMatch();
}
} // namespace

const QStringList& OdooModules::fields()
{
    static const QStringList f{QStringLiteral("name"),           QStringLiteral("shortdesc"),
                               QStringLiteral("summary"),        QStringLiteral("state"),
                               QStringLiteral("latest_version"), QStringLiteral("installed_version"),
                               QStringLiteral("author"),         QStringLiteral("license")};
    return f;
}

QString OdooModules::classify(const QString& name, const QString& author)
{
    if (name.startsWith(QLatin1String("ipai_")))
        return QStringLiteral("ipai");
    if (author.trimmed().isEmpty() || author.contains(QLatin1String("Odoo S.A."), Qt::CaseInsensitive))
        return QStringLiteral("core");
    return QStringLiteral("oca");
}

OdooModule OdooModules::fromRecord(const QVariantMap& r)
{
    OdooModule m;
    m.id = r.value(QStringLiteral("id")).toInt();
    m.name = odooText(r.value(QStringLiteral("name")));
    m.summary = odooText(r.value(QStringLiteral("shortdesc")));
    if (m.summary.isEmpty())
        m.summary = odooText(r.value(QStringLiteral("summary")));
    m.state = odooText(r.value(QStringLiteral("state")));
    m.version = odooText(r.value(QStringLiteral("installed_version")));
    if (m.version.isEmpty())
        m.version = odooText(r.value(QStringLiteral("latest_version")));
    m.author = odooText(r.value(QStringLiteral("author")));
    m.license = odooText(r.value(QStringLiteral("license")));
    m.source = classify(m.name, m.author);
    return m;
}

PendingWrite OdooModules::planSync(Database& db, const QString& slug, const QList<OdooModule>& modules)
{
    const qint64 tenantId = tenantIdOf(db, slug);
    QList<OdooModule> usable;
    for (const OdooModule& m : modules) {
        if (validName(m.name))
            usable << m; // a name our schema cannot hold is not Odoo's either
    }
    QSet<QString> installedNow;
    for (const OdooModule& m : std::as_const(usable)) {
        if (m.state == QLatin1String("installed"))
            installedNow.insert(m.name);
    }
    QSet<QString> recordedInstalled;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT module_name FROM tenant_module_states WHERE tenant_id = ? AND state = "
                               "'installed'"),
                {tenantId});
    while (q.next())
        recordedInstalled.insert(q.value(0).toString());
    const QSet<QString> added = installedNow - recordedInstalled;
    const QSet<QString> removed = recordedInstalled - installedNow;

    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("tenant.modules.sync");
    plan.title = tr("Record the modules of tenant %1's Odoo").arg(slug);
    plan.verb = tr("Record");
    plan.targetType = QStringLiteral("tenant");
    plan.target = slug;
    plan.tenantId = tenantId;
    plan.effects << tr("Updates %n module(s) in the catalog.", nullptr, int(usable.size()));
    QStringList addedList(added.cbegin(), added.cend());
    QStringList removedList(removed.cbegin(), removed.cend());
    addedList.sort();
    removedList.sort();
    if (!addedList.isEmpty())
        plan.effects << tr("Records %n module(s) as installed: ", nullptr, int(addedList.size())) +
                            addedList.join(QStringLiteral(", "));
    if (!removedList.isEmpty())
        plan.effects << tr("Records %n module(s) as no longer installed: ", nullptr,
                           int(removedList.size())) +
                            removedList.join(QStringLiteral(", "));
    plan.rowsAffected = usable.size() + added.size() + removed.size();
    write.apply = [tenantId, usable, installedNow, removed](Database& d) {
        const QString now = Database::nowText();
        for (const OdooModule& m : usable) {
            d.exec(QStringLiteral(
                       "INSERT INTO modules (name, summary, source, version, author, license, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET summary = "
                       "excluded.summary, "
                       "source = excluded.source, version = excluded.version, author = excluded.author, "
                       "license = excluded.license, updated_at = excluded.updated_at"),
                   {m.name, m.summary.left(500), m.source, m.version.left(64), m.author.left(200),
                    m.license.left(64), now});
            if (installedNow.contains(m.name))
                d.exec(
                    QStringLiteral(
                        "INSERT INTO tenant_module_states (tenant_id, module_name, source, state, "
                        "updated_at) "
                        "VALUES (?, ?, ?, 'installed', ?) ON CONFLICT (tenant_id, module_name) DO UPDATE SET "
                        "state = 'installed', source = excluded.source, updated_at = excluded.updated_at, "
                        "row_version = tenant_module_states.row_version + 1 "
                        "WHERE tenant_module_states.state <> 'installed'"),
                    {tenantId, m.name, m.source, now});
        }
        for (const QString& name : removed)
            d.exec(QStringLiteral(
                       "UPDATE tenant_module_states SET state = 'removed', updated_at = ?, row_version = "
                       "row_version + 1 WHERE tenant_id = ? AND module_name = ?"),
                   {now, tenantId, name});
        return QJsonObject{{QStringLiteral("modules"), int(usable.size())},
                           {QStringLiteral("installed"), int(installedNow.size())}};
    };
    return write;
}

QStringList OdooModules::drift(Database& db, const QString& slug, const QString& bundleCode)
{
    const qint64 tenantId = tenantIdOf(db, slug);
    const qint64 bundleId =
        db.scalar(QStringLiteral("SELECT id FROM bundles WHERE code = ?"), {bundleCode}).toLongLong();
    if (bundleId == 0)
        throw Failure(ErrorKind::NotFound, tr("There is no bundle \"%1\".").arg(bundleCode));
    QStringList missing;
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT bm.module_name FROM bundle_modules bm WHERE bm.bundle_id = ? AND NOT "
                       "EXISTS (SELECT 1 FROM tenant_module_states s WHERE s.tenant_id = ? AND "
                       "s.module_name = bm.module_name AND s.state = 'installed') ORDER BY bm.module_name"),
        {bundleId, tenantId});
    while (q.next())
        missing << q.value(0).toString();
    return missing;
}

void OdooModules::requireNoRunningApply(Database& db, const QString& slug, const QString& bundleCode)
{
    const qint64 tenantId = tenantIdOf(db, slug);
    // The bundle is in the payload (JSON): read here rather than matched as text in SQL.
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, payload, started_at, created_at, actor, trigger_source "
                                         "FROM operations WHERE tenant_id = ? AND type = 'module_apply' AND "
                                         "status = 'running' ORDER BY id"),
                          {tenantId});
    while (q.next()) {
        const QJsonObject payload = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (payload.value(QStringLiteral("bundle")).toString() != bundleCode)
            continue;
        const qint64 id = q.value(0).toLongLong();
        const QDateTime since = Database::toDateTime(q.value(2).isNull() ? q.value(3) : q.value(2));
        const QString actor = q.value(4).toString().isEmpty() ? tr("an unknown user") : q.value(4).toString();
        throw Failure(
            ErrorKind::Conflict,
            tr("Bundle %1 is already being applied to %2: operation %3 has been running since %4, started "
               "by %5 (from %6). Nothing was sent to Odoo. Wait for it to finish; if it was interrupted (the "
               "app or fusionctl was closed or killed while Odoo worked), close it as failed in the "
               "Operations pane or with \"fusionctl operations abandon %3\", sync the tenant's modules, and "
               "apply again.")
                .arg(bundleCode, slug)
                .arg(id)
                .arg(since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), actor,
                     q.value(5).toString()));
    }
}

PendingWrite OdooModules::planApply(Database& db, const QString& slug, const QString& bundleCode,
                                    const QStringList& available, const QStringList& unavailable,
                                    const QString& triggerSource)
{
    const qint64 tenantId = tenantIdOf(db, slug);
    requireNoRunningApply(db, slug, bundleCode);
    if (available.isEmpty())
        throw Failure(
            ErrorKind::InvalidInput,
            unavailable.isEmpty()
                ? tr("Every module of bundle %1 is already installed in %2's Odoo.").arg(bundleCode, slug)
                : tr("None of the missing modules of bundle %1 is available in %2's Odoo: %3.")
                      .arg(bundleCode, slug, unavailable.join(QStringLiteral(", "))));
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("tenant.bundle.apply");
    plan.title = tr("Install bundle %1 in tenant %2's Odoo").arg(bundleCode, slug);
    plan.verb = tr("Install");
    plan.targetType = QStringLiteral("tenant");
    plan.target = slug;
    plan.tenantId = tenantId;
    plan.effects << tr("Installs %n module(s): ", nullptr, int(available.size())) +
                        available.join(QStringLiteral(", "));
    if (!unavailable.isEmpty())
        plan.effects << tr("Not available in this Odoo (checked again after the module list update): ") +
                            unavailable.join(QStringLiteral(", "));
    plan.effects << tr("Runs Odoo's update_list, then button_immediate_install, which can take minutes; the "
                       "operation is recorded as running until Odoo answers. Nothing is retried.");
    const qint64 bundleId =
        db.scalar(QStringLiteral("SELECT id FROM bundles WHERE code = ?"), {bundleCode}).toLongLong();
    if (bundleId == 0)
        throw Failure(ErrorKind::NotFound, tr("There is no bundle \"%1\".").arg(bundleCode));
    // Applying a bundle the tenant does not have yet also assigns it, so its drift is tracked from now on.
    const bool assign =
        db.scalar(QStringLiteral("SELECT count(*) FROM tenant_bundles WHERE tenant_id = ? AND bundle_id = ?"),
                  {tenantId, bundleId})
            .toInt() == 0;
    if (assign)
        plan.effects << tr("Assigns bundle %1 to tenant %2.").arg(bundleCode, slug);
    plan.rowsAffected = assign ? 2 : 1;
    const QString payload =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("bundle"), bundleCode},
                                                    {QStringLiteral("modules"),
                                                     QJsonArray::fromStringList(available + unavailable)}})
                              .toJson(QJsonDocument::Compact));
    write.apply = [slug, bundleCode, tenantId, bundleId, assign, payload, triggerSource](Database& d) {
        // Again inside the write's transaction: another apply may have started since this one was planned.
        requireNoRunningApply(d, slug, bundleCode);
        const QString now = Database::nowText();
        if (assign)
            d.exec(QStringLiteral(
                       "INSERT INTO tenant_bundles (tenant_id, bundle_id, assigned_at) VALUES (?, ?, ?) "
                       "ON CONFLICT DO NOTHING"),
                   {tenantId, bundleId, now});
        const qint64 id = d.insertReturningId(
            QStringLiteral("INSERT INTO operations (tenant_id, type, status, payload, trigger_source, actor, "
                           "created_at, started_at) VALUES (?, 'module_apply', 'running', ?, ?, ?, ?, ?)"),
            {tenantId, payload, triggerSource, d.actor(), now, now});
        return QJsonObject{{QStringLiteral("operation_id"), id}};
    };
    return write;
}

PendingWrite OdooModules::planAbandonApply(Database& db, qint64 operationId)
{
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT o.type, o.status, o.trigger_source, t.slug, o.tenant_id FROM operations o "
                       "LEFT JOIN tenants t ON t.id = o.tenant_id WHERE o.id = ?"),
        {operationId});
    if (!q.next())
        throw Failure(ErrorKind::NotFound, tr("There is no operation %1.").arg(operationId));
    const QString type = q.value(0).toString();
    const QString status = q.value(1).toString();
    const QString source = q.value(2).toString();
    const QString slug = q.value(3).toString();
    if (type != QLatin1String("module_apply") || status != QLatin1String("running"))
        throw Failure(
            ErrorKind::InvalidInput,
            tr("Operation %1 is a %2 that is %3; only a running module install can be closed this way.")
                .arg(operationId)
                .arg(type, status));
    if (source != QLatin1String("ui") && source != QLatin1String("cli"))
        throw Failure(
            ErrorKind::InvalidInput,
            tr("Operation %1 was started by %2, which reports its end itself; it is not closed from here.")
                .arg(operationId)
                .arg(source));
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("tenant.bundle.apply.abandon");
    plan.title = tr("Close module install %1 of tenant %2 as failed").arg(operationId).arg(slug);
    plan.verb = tr("Close as Failed");
    plan.targetType = QStringLiteral("tenant");
    plan.target = slug;
    plan.tenantId = q.value(4).toLongLong();
    plan.changes << FieldChange{QStringLiteral("status"), tr("Operation status"), QStringLiteral("running"),
                                QStringLiteral("failed")};
    plan.effects
        << tr("What Odoo installed is unknown: sync the tenant's modules (fusionctl odoo modules %1) to see "
              "it. Nothing is sent to Odoo and nothing is retried.")
               .arg(slug);
    plan.rowsAffected = 1;
    write.apply = [operationId](Database& d) {
        QSqlQuery u =
            d.exec(QStringLiteral("UPDATE operations SET status = 'failed', finished_at = ? WHERE id = ? AND "
                                  "status = 'running'"),
                   {Database::nowText(), operationId});
        if (u.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict, tr("Operation %1 is not running any more.").arg(operationId));
        return QJsonObject{{QStringLiteral("operation_id"), operationId}};
    };
    return write;
}

PendingWrite OdooModules::planApplyResult(Database& db, qint64 operationId, const QString& slug,
                                          const QStringList& requested, const QList<OdooModule>& after,
                                          const QString& errorText)
{
    const qint64 tenantId = tenantIdOf(db, slug);
    QStringList installed, notInstalled, reported;
    for (const OdooModule& m : after) {
        (m.state == QLatin1String("installed") ? installed : notInstalled) << m.name;
        reported << m.name;
    }
    QStringList unavailable;
    for (const QString& m : requested) {
        if (!reported.contains(m))
            unavailable << m;
    }
    notInstalled << unavailable;
    // The operation's effects and its audit row keep it: one line, never a whole traceback.
    QString error = BoundedText::oneLine(errorText, 500);
    // Only say what is missing when Odoo answered: after a failed call the list says nothing.
    if (error.isEmpty() && !unavailable.isEmpty())
        error = tr("Not available in this Odoo: %1.").arg(unavailable.join(QStringLiteral(", ")));
    const bool ok = error.isEmpty() && notInstalled.isEmpty();
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("tenant.bundle.apply.result");
    plan.title = ok ? tr("Bundle installed in tenant %1's Odoo").arg(slug)
                    : tr("Bundle install in tenant %1's Odoo failed").arg(slug);
    plan.targetType = QStringLiteral("tenant");
    plan.target = slug;
    plan.tenantId = tenantId;
    plan.changes << FieldChange{QStringLiteral("status"), tr("Operation status"), QStringLiteral("running"),
                                ok ? QStringLiteral("succeeded") : QStringLiteral("failed")};
    if (!error.isEmpty())
        plan.effects << error;
    plan.rowsAffected = 1 + after.size();
    write.apply = [operationId, tenantId, after, ok, error, installed, notInstalled](Database& d) {
        const QString now = Database::nowText();
        QSqlQuery q = d.exec(
            QStringLiteral("UPDATE operations SET status = ?, finished_at = ? WHERE id = ? AND status = "
                           "'running'"),
            {ok ? QStringLiteral("succeeded") : QStringLiteral("failed"), now, operationId});
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict, tr("Operation %1 is not running any more.").arg(operationId));
        for (const OdooModule& m : after) {
            if (!validName(m.name))
                continue;
            const QString state = m.state == QLatin1String("installed") ? QStringLiteral("installed")
                                                                        : QStringLiteral("pending");
            d.exec(QStringLiteral(
                       "INSERT INTO tenant_module_states (tenant_id, module_name, source, state, "
                       "last_operation_id, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, "
                       "module_name) DO UPDATE SET state = excluded.state, last_operation_id = "
                       "excluded.last_operation_id, updated_at = excluded.updated_at, row_version = "
                       "tenant_module_states.row_version + 1"),
                   {tenantId, m.name, m.source, state, operationId, now});
        }
        return QJsonObject{{QStringLiteral("operation_id"), operationId},
                           {QStringLiteral("installed"), QJsonArray::fromStringList(installed)},
                           {QStringLiteral("not_installed"), QJsonArray::fromStringList(notInstalled)},
                           {QStringLiteral("error"), error}};
    };
    return write;
}

} // namespace fusion
