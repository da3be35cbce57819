#include "models/demo/DemoControlPlane.h"

#include "models/storage/Database.h"

#include <QSqlQuery>
#include <QStringList>

namespace fusion {

namespace {

QString controlPlaneIso(const QDateTime& dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

qint64 addTag(Database& db, const QString& component, const QString& image, const QString& tag,
              const QDateTime& at, const QString& notes, bool retired = false)
{
    return db.insertReturningId(
        QStringLiteral(
            "INSERT INTO tested_image_tags (environment, component, image, tag, notes, tested_by, "
            "tested_at, retired_at, retired_by) VALUES ('dev', ?, ?, ?, ?, 'maria.santos', ?, ?, ?)"),
        {component, image, tag, notes, controlPlaneIso(at),
         retired ? QVariant(controlPlaneIso(at.addDays(20))) : QVariant(),
         retired ? QStringLiteral("maria.santos") : QString()});
}

// The next Saturday at `hour`:00 UTC, at least a day away.
QDateTime nextSaturday(const QDateTime& now, int hour)
{
    QDate d = now.toUTC().date().addDays(1);
    while (d.dayOfWeek() != Qt::Saturday)
        d = d.addDays(1);
    return QDateTime(d, QTime(hour, 0), Qt::UTC);
}

} // namespace

qint64 DemoControlPlane::seedTags(Database& db, const QDateTime& now)
{
    const QString odoo = QStringLiteral("registry.example.com/odoo");
    const qint64 current = addTag(db, QStringLiteral("odoo"), odoo, QStringLiteral("17.0-20261101"),
                                  now.addDays(-40), QStringLiteral("November build: the fleet's image."));
    addTag(db, QStringLiteral("odoo"), odoo, QStringLiteral("17.0-20261201"), now.addDays(-3),
           QStringLiteral("December build: security fixes; passed the upgrade suite on 40 tenant copies."));
    addTag(db, QStringLiteral("odoo"), odoo, QStringLiteral("18.0-20261015"), now.addDays(-50),
           QStringLiteral("Odoo 18 preview: retired after the OCA modules failed to migrate."), true);
    addTag(db, QStringLiteral("postgres"), QStringLiteral("postgres"), QStringLiteral("15.8"),
           now.addDays(-90), QString());
    addTag(db, QStringLiteral("postgres"), QStringLiteral("postgres"), QStringLiteral("16.4"),
           now.addDays(-10), QStringLiteral("Needs a dump and restore: schedule with a long window."));
    return current;
}

QJsonObject DemoControlPlane::seed(Database& db, QRandomGenerator& rng, const QDateTime& now)
{
    const QDateTime weekly = nextSaturday(now, 2);
    const qint64 weeklyId = db.insertReturningId(
        QStringLiteral(
            "INSERT INTO maintenance_windows (name, starts_at, ends_at, notes, created_by) VALUES (?, "
            "?, ?, ?, 'maria.santos')"),
        {QStringLiteral("Weekly maintenance"), controlPlaneIso(weekly),
         controlPlaneIso(weekly.addSecs(2 * 3600)),
         QStringLiteral("Announced to every tenant; Odoo is read-only during upgrades.")});
    const QDateTime monthly = weekly.addDays(14).addSecs(-3600);
    db.insertReturningId(
        QStringLiteral(
            "INSERT INTO maintenance_windows (name, starts_at, ends_at, notes, created_by) VALUES (?, "
            "?, ?, ?, 'jon.reyes')"),
        {QStringLiteral("December patch window"), controlPlaneIso(monthly),
         controlPlaneIso(monthly.addSecs(4 * 3600)), QStringLiteral("PostgreSQL 16 for the large tenants.")});

    // Six active tenants to the December build in two waves of the weekly window.
    const qint64 december =
        db.scalar(QStringLiteral("SELECT id FROM tested_image_tags WHERE tag = '17.0-20261201'"))
            .toLongLong();
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT id, slug FROM tenants WHERE status = 'active' ORDER BY id LIMIT 6"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    int scheduled = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const int wave = i < 3 ? 1 : 2;
        db.exec(
            QStringLiteral(
                "INSERT INTO operations (tenant_id, type, status, payload, trigger_source, actor, "
                "created_at, scheduled_for, maintenance_window_id, wave, tested_tag_id) VALUES (?, "
                "'upgrade_image', 'queued', ?, 'ui', 'maria.santos', ?, ?, ?, ?, ?)"),
            {ids[i],
             QStringLiteral("{\"component\":\"odoo\",\"image\":\"registry.example.com/odoo\",\"tag\":\"17.0-"
                            "20261201\",\"from\":\"registry.example.com/odoo:17.0-20261101\"}"),
             controlPlaneIso(now.addSecs(-3600)), controlPlaneIso(weekly.addSecs((wave - 1) * 1800)),
             weeklyId, wave, december});
        ++scheduled;
    }

    // What the automation logged on the last week's operations: the drawer's content.
    QSqlQuery recent = db.exec(QStringLiteral("SELECT id, type, status, started_at FROM operations WHERE "
                                              "started_at IS NOT NULL AND started_at > ? ORDER BY id"),
                               {controlPlaneIso(now.addDays(-6))});
    struct Op {
        qint64 id;
        QString type, status;
        QDateTime started;
    };
    QList<Op> ops;
    while (recent.next())
        ops << Op{recent.value(0).toLongLong(), recent.value(1).toString(), recent.value(2).toString(),
                  Database::toDateTime(recent.value(3))};
    recent.finish();
    int events = 0;
    const QString insert =
        QStringLiteral("INSERT INTO operation_events (operation_id, at, severity, message, "
                       "recorded_by) VALUES (?, ?, ?, ?, 'n8n')");
    for (const Op& o : ops) {
        QDateTime at = o.started;
        const auto add = [&](const QString& severity, const QString& message) {
            at = at.addSecs(5 + qint64(rng.bounded(60u)));
            db.exec(insert, {o.id, controlPlaneIso(at), severity, message});
            ++events;
        };
        add(QStringLiteral("info"), QStringLiteral("Picked up by workflow \"%1\".").arg(o.type));
        if (o.type == QLatin1String("backup")) {
            add(QStringLiteral("debug"), QStringLiteral("pg_dump started on the tenant database."));
        } else if (o.type == QLatin1String("upgrade_image")) {
            add(QStringLiteral("info"), QStringLiteral("helm upgrade: new pods scheduled."));
            add(QStringLiteral("debug"), QStringLiteral("Waiting for readiness probes."));
        }
        if (o.status == QLatin1String("failed")) {
            add(QStringLiteral("warning"), QStringLiteral("Retrying after a timeout (1 of 1)."));
            add(QStringLiteral("error"),
                o.type == QLatin1String("backup")
                    ? QStringLiteral("pg_dump: the disk of the backup volume is full.")
                    : QStringLiteral("Readiness probe failed for 10 minutes; rolled back."));
        } else if (o.status == QLatin1String("succeeded")) {
            add(QStringLiteral("info"), QStringLiteral("Finished."));
        }
    }
    // What the drawer shows first for a failure: the automation's last word on it.
    db.exec(QStringLiteral(
        "UPDATE operations SET error_message = CASE type WHEN 'backup' THEN 'pg_dump: the disk of "
        "the backup volume is full.' ELSE 'Readiness probe failed for 10 minutes; rolled back.' "
        "END WHERE status = 'failed'"));
    // Failures link to their runbooks (an example address: an owner points it at the real wiki).
    db.exec(QStringLiteral(
        "UPDATE platform_settings SET runbook_base_url = 'https://runbooks.example.com/fusion'"));
    // The two ways the platform lays out Keycloak: one shared realm with a client per tenant, or a realm of
    // each tenant's own (for tenants that bring their own identity providers).
    const QString realmTemplate = QStringLiteral("INSERT INTO sso_realm_templates (name, realm_pattern, "
                                                 "client_id_pattern, redirect_uris, description, "
                                                 "updated_by) VALUES (?, ?, ?, ?, ?, 'maria.santos')");
    db.exec(realmTemplate, {QStringLiteral("Shared realm"), QStringLiteral("fusion"),
                            QStringLiteral("odoo-{slug}"), QStringLiteral("{odoo_url}/auth_oauth/signin"),
                            QStringLiteral("Every tenant signs in through the platform's realm.")});
    db.exec(realmTemplate,
            {QStringLiteral("Realm per tenant"), QStringLiteral("{slug}"), QStringLiteral("odoo"),
             QStringLiteral("{odoo_url}/auth_oauth/signin"),
             QStringLiteral("A realm of the tenant's own, for its own identity providers and users.")});
    return QJsonObject{{QStringLiteral("maintenance_windows"), 2},
                       {QStringLiteral("sso_realm_templates"), 2},
                       {QStringLiteral("scheduled_upgrades"), scheduled},
                       {QStringLiteral("operation_events"), events}};
}

} // namespace fusion
