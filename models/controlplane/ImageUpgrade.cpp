#include "models/controlplane/ImageUpgrade.h"

#include "models/controlplane/PlatformSettings.h"
#include "models/core/Error.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace fusion {

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

struct Candidate {
    UpgradeTarget target;
    QString status;
    bool pending = false;
};

} // namespace

int UpgradePreview::count() const
{
    int n = 0;
    for (const UpgradeWave& w : waves)
        n += int(w.tenants.size());
    return n;
}

UpgradePreview ImageUpgrade::preview(Database& db, const UpgradeRequest& r)
{
    if (r.waveSize < 1 || r.waveSize > kMaxWaveSize)
        throw Failure(ErrorKind::InvalidInput, tr("A wave holds 1 to %1 tenants.").arg(kMaxWaveSize));
    if (r.waveGapMinutes < 0 || r.waveGapMinutes > 24 * 60)
        throw Failure(ErrorKind::InvalidInput, tr("The time between waves is 0 to 1,440 minutes."));
    if (r.tenantSlugs.isEmpty() && !r.allActive)
        throw Failure(ErrorKind::InvalidInput,
                      tr("Name the tenants to upgrade, or choose every active tenant."));
    if (const QString why = ImageTags::validate(r.component, r.reference); !why.isEmpty())
        throw Failure(ErrorKind::InvalidInput, why);

    UpgradePreview p;
    const PlatformSettingsValues settings = PlatformSettings::read(db);
    p.blocked = PlatformSettings::freezeProblem(settings);
    const auto tag = ImageTags::find(db, settings.environment, r.component, r.reference);
    if (!tag || tag->retired())
        throw Failure(ErrorKind::InvalidInput,
                      tag ? tr("%1 was retired in %2: choose a tag that is tested and current.")
                                .arg(r.reference, PlatformSettings::environmentLabel(settings.environment))
                          : tr("%1 is not recorded as tested in %2. Upgrades use only tested tags: record it "
                               "once it has passed (Infra → Tested tags, or \"fusionctl infra tags add\").")
                                .arg(r.reference, PlatformSettings::environmentLabel(settings.environment)));
    p.tag = *tag;
    const auto window = MaintenanceWindows::find(db, r.windowId);
    if (!window)
        throw Failure(ErrorKind::NotFound, tr("There is no maintenance window %1.").arg(r.windowId));
    if (window->cancelled())
        throw Failure(ErrorKind::InvalidInput, tr("The window \"%1\" was cancelled.").arg(window->name));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (window->endsAt <= now)
        throw Failure(ErrorKind::InvalidInput, tr("The window \"%1\" is over.").arg(window->name));
    p.window = *window;

    // What each tenant runs now: the tag of its last finished upgrade, else its template's image.
    const QString imageColumn = r.component == QLatin1String("odoo") ? QStringLiteral("it.docker_image_odoo")
                                                                     : QStringLiteral("it.docker_image_pg");
    QString sql =
        QStringLiteral(
            "SELECT t.id, t.slug, t.name, t.status, COALESCE((SELECT g.image || ':' || g.tag FROM "
            "operations o JOIN tested_image_tags g ON g.id = o.tested_tag_id WHERE o.tenant_id = t.id "
            "AND o.type = 'upgrade_image' AND o.status = 'succeeded' AND g.component = ? ORDER BY "
            "o.finished_at DESC, o.id DESC LIMIT 1), %1, ''), EXISTS (SELECT 1 FROM operations q WHERE "
            "q.tenant_id = t.id AND q.type = 'upgrade_image' AND q.status IN ('queued', 'running')) "
            "FROM tenants t LEFT JOIN infra_templates it ON it.id = t.infra_template_id")
            .arg(imageColumn);
    QVariantList params{r.component};
    if (r.allActive && r.tenantSlugs.isEmpty()) {
        sql += QStringLiteral(" WHERE t.status = 'active' ORDER BY t.slug");
    } else {
        sql += QStringLiteral(" WHERE t.slug IN (") + placeholders(r.tenantSlugs.size()) + QLatin1Char(')');
        for (const QString& s : r.tenantSlugs)
            params << s;
    }
    QHash<QString, Candidate> found;
    QStringList order;
    QSqlQuery q = db.exec(sql, params);
    while (q.next()) {
        Candidate c;
        c.target.tenantId = q.value(0).toLongLong();
        c.target.slug = q.value(1).toString();
        c.target.name = q.value(2).toString();
        c.status = q.value(3).toString();
        c.target.currentImage = q.value(4).toString();
        c.pending = q.value(5).toBool();
        order << c.target.slug;
        found.insert(c.target.slug, c);
    }
    if (!r.tenantSlugs.isEmpty()) {
        QStringList unknown;
        QSet<QString> seen;
        order.clear();
        for (const QString& s : r.tenantSlugs) {
            if (!found.contains(s))
                unknown << s;
            else if (!seen.contains(s)) {
                seen.insert(s);
                order << s;
            }
        }
        if (!unknown.isEmpty())
            throw Failure(ErrorKind::NotFound, tr("No tenant is called %1 (or your role may not see it).")
                                                   .arg(unknown.join(QStringLiteral(", "))));
    }

    QList<UpgradeTarget> targets;
    for (const QString& slug : order) {
        const Candidate& c = found[slug];
        QString reason;
        if (c.status == QLatin1String("decommissioned"))
            reason = tr("decommissioned");
        else if (c.status == QLatin1String("paused"))
            reason = tr("paused: resume it first");
        else if (c.pending)
            reason = tr("an image upgrade is already scheduled or running");
        else if (c.target.currentImage == tag->reference())
            reason = tr("already runs %1").arg(tag->reference());
        if (reason.isEmpty())
            targets << c.target;
        else
            p.skipped << UpgradeSkip{slug, reason};
    }
    if (targets.isEmpty())
        return p;

    // A window already open starts its first wave at the next whole minute.
    QDateTime start = p.window.startsAt.toUTC();
    if (start < now) {
        start = now.addSecs(60);
        start.setTime(QTime(start.time().hour(), start.time().minute()));
    }
    const qsizetype waves = (targets.size() + r.waveSize - 1) / r.waveSize;
    const QDateTime last = start.addSecs(qint64(waves - 1) * r.waveGapMinutes * 60);
    if (last >= p.window.endsAt) {
        const qint64 room =
            r.waveGapMinutes == 0
                ? waves
                : start.secsTo(p.window.endsAt) / (qint64(r.waveGapMinutes) * 60) +
                      (start.secsTo(p.window.endsAt) % (qint64(r.waveGapMinutes) * 60) ? 1 : 0);
        throw Failure(
            ErrorKind::InvalidInput,
            tr("%1 tenants in waves of %2 every %3 minutes make %4 waves; the window \"%5\" (%6) has "
               "room for %7. Make the waves larger, the gap shorter, or choose a longer window.")
                .arg(targets.size())
                .arg(r.waveSize)
                .arg(r.waveGapMinutes)
                .arg(waves)
                .arg(p.window.name, MaintenanceWindows::spanText(p.window))
                .arg(room));
    }
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const int n = int(i / r.waveSize);
        if (n >= p.waves.size())
            p.waves << UpgradeWave{n + 1, start.addSecs(qint64(n) * r.waveGapMinutes * 60), {}};
        p.waves.last().tenants << targets[i];
    }
    return p;
}

PendingWrite ImageUpgrade::planSchedule(Database& db, const UpgradePreview& p, const QString& triggerSource)
{
    Q_UNUSED(db);
    if (!p.blocked.isEmpty())
        throw Failure(ErrorKind::Conflict, p.blocked);
    const int count = p.count();
    if (count == 0)
        throw Failure(ErrorKind::InvalidInput, tr("No tenant is left to upgrade: see why each was skipped."));
    PendingWrite write;
    write.plan.action = QStringLiteral("image.upgrade_schedule");
    write.plan.title =
        count == 1 ? tr("Upgrade %1 to %2").arg(p.waves.first().tenants.first().slug, p.tag.reference())
                   : tr("Upgrade %n tenant(s) to %1", nullptr, count).arg(p.tag.reference());
    write.plan.verb = tr("Schedule");
    write.plan.targetType = QStringLiteral("image_upgrade");
    write.plan.target = p.tag.reference();
    if (count == 1)
        write.plan.tenantId = p.waves.first().tenants.first().tenantId;
    write.plan.rowsAffected = count;
    write.plan.changes << FieldChange{QStringLiteral("image"), tr("Image"), QVariant(), p.tag.reference()}
                       << FieldChange{QStringLiteral("window"), tr("Maintenance window"), QVariant(),
                                      QStringLiteral("%1 (%2)").arg(p.window.name,
                                                                    MaintenanceWindows::spanText(p.window))};
    for (const UpgradeWave& w : p.waves) {
        QStringList slugs;
        for (const UpgradeTarget& t : w.tenants)
            slugs << t.slug;
        const QString shown = slugs.size() > 8 ? tr("%1 and %n more", nullptr, int(slugs.size() - 8))
                                                     .arg(slugs.mid(0, 8).join(QStringLiteral(", ")))
                                               : slugs.join(QStringLiteral(", "));
        write.plan.effects << tr("Wave %1 at %2 UTC: %3")
                                  .arg(w.number)
                                  .arg(w.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), shown);
    }
    if (!p.skipped.isEmpty())
        write.plan.effects << tr("Not upgraded: %n tenant(s) (see the preview for why).", nullptr,
                                 int(p.skipped.size()));
    write.plan.effects << tr("Each becomes a queued operation the automation starts at its time; it can be "
                             "cancelled until it starts.");

    const UpgradePreview plan = p;
    const QString source = triggerSource;
    write.apply = [plan, source](Database& d) {
        QVariantList ids;
        for (const UpgradeWave& w : plan.waves)
            for (const UpgradeTarget& t : w.tenants)
                ids << t.tenantId;
        // Someone else may have scheduled one of them since the preview: then nothing is scheduled.
        const int pending =
            d.scalar(
                 QStringLiteral("SELECT count(*) FROM operations WHERE type = 'upgrade_image' AND status IN "
                                "('queued', 'running') AND tenant_id IN (") +
                     placeholders(ids.size()) + QLatin1Char(')'),
                 ids)
                .toInt();
        if (pending > 0)
            throw Failure(
                ErrorKind::Conflict,
                tr("%n of these tenants got an image upgrade meanwhile from another session; nothing "
                   "was scheduled. Look at the preview again.",
                   nullptr, pending));
        const QString now = Database::nowText();
        const QString actor = d.actor();
        QList<QVariantList> rows;
        for (const UpgradeWave& w : plan.waves) {
            for (const UpgradeTarget& t : w.tenants) {
                const QJsonObject payload{{QStringLiteral("component"), plan.tag.component},
                                          {QStringLiteral("image"), plan.tag.image},
                                          {QStringLiteral("tag"), plan.tag.tag},
                                          {QStringLiteral("from"), t.currentImage}};
                rows << QVariantList{t.tenantId,
                                     QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                                     source,
                                     actor,
                                     now,
                                     Database::timeText(w.at),
                                     plan.window.id,
                                     w.number,
                                     plan.tag.id};
            }
        }
        const QString head = QStringLiteral(
            "INSERT INTO operations (tenant_id, type, status, payload, trigger_source, actor, created_at, "
            "scheduled_for, maintenance_window_id, wave, tested_tag_id) VALUES ");
        const QString one = QStringLiteral("(?, 'upgrade_image', 'queued', ?, ?, ?, ?, ?, ?, ?, ?)");
        for (qsizetype from = 0; from < rows.size(); from += kInsertChunk) {
            const qsizetype n = std::min<qsizetype>(kInsertChunk, rows.size() - from);
            QStringList values;
            QVariantList params;
            for (qsizetype i = 0; i < n; ++i) {
                values << one;
                params << rows[from + i];
            }
            d.exec(head + values.join(QLatin1Char(',')), params);
        }
        return QJsonObject{{QStringLiteral("scheduled"), int(rows.size())},
                           {QStringLiteral("waves"), int(plan.waves.size())},
                           {QStringLiteral("tag_id"), plan.tag.id},
                           {QStringLiteral("window_id"), plan.window.id}};
    };
    return write;
}

QList<UpgradeOperation> ImageUpgrade::scheduled(Database& db, const QString& tenantSlug)
{
    QString sql = QStringLiteral(
        "SELECT o.id, t.slug, g.image || ':' || g.tag, o.scheduled_for, COALESCE(o.wave, 0), "
        "COALESCE(w.name, ''), "
        "o.status FROM operations o JOIN tenants t ON t.id = o.tenant_id JOIN tested_image_tags g ON g.id = "
        "o.tested_tag_id LEFT JOIN maintenance_windows w ON w.id = o.maintenance_window_id WHERE o.type = "
        "'upgrade_image' AND o.status = 'queued'");
    QVariantList params;
    if (!tenantSlug.isEmpty()) {
        sql += QStringLiteral(" AND t.slug = ?");
        params << tenantSlug;
    }
    sql += QStringLiteral(" ORDER BY o.scheduled_for, o.id");
    QList<UpgradeOperation> out;
    QSqlQuery q = db.exec(sql, params);
    while (q.next()) {
        UpgradeOperation u;
        u.id = q.value(0).toLongLong();
        u.tenantSlug = q.value(1).toString();
        u.reference = q.value(2).toString();
        u.scheduledFor = Database::toDateTime(q.value(3));
        u.wave = q.value(4).toInt();
        u.windowName = q.value(5).toString();
        u.status = q.value(6).toString();
        out << u;
    }
    return out;
}

PendingWrite ImageUpgrade::planCancel(Database& db, const QList<qint64>& operationIds)
{
    if (operationIds.isEmpty())
        throw Failure(ErrorKind::InvalidInput, tr("Name the upgrades to cancel."));
    QVariantList ids;
    for (qint64 id : operationIds)
        ids << id;
    QHash<qint64, std::pair<QString, QString>> found; // id → (status, slug)
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT o.id, o.type, o.status, COALESCE(t.slug, '') FROM operations o "
                               "LEFT JOIN tenants t ON t.id = o.tenant_id WHERE o.id IN (") +
                    placeholders(ids.size()) + QLatin1Char(')'),
                ids);
    QStringList problems;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (q.value(1).toString() != QLatin1String("upgrade_image"))
            problems << tr("operation %1 is not an image upgrade").arg(id);
        else if (q.value(2).toString() != QLatin1String("queued"))
            problems << tr("operation %1 is already %2").arg(id).arg(q.value(2).toString());
        found.insert(id, {q.value(2).toString(), q.value(3).toString()});
    }
    for (qint64 id : operationIds)
        if (!found.contains(id))
            throw Failure(ErrorKind::NotFound,
                          tr("There is no operation %1 (or your role may not see it).").arg(id));
    if (!problems.isEmpty())
        throw Failure(ErrorKind::InvalidInput, tr("Only upgrades that have not started can be cancelled: %1.")
                                                   .arg(problems.join(QStringLiteral("; "))));
    QStringList slugs;
    for (qint64 id : operationIds)
        slugs << found[id].second;
    PendingWrite write;
    write.plan.action = QStringLiteral("image.upgrade_cancel");
    write.plan.title = tr("Cancel %n scheduled image upgrade(s)", nullptr, int(operationIds.size()));
    write.plan.verb = tr("Cancel upgrades");
    write.plan.targetType = QStringLiteral("operation");
    write.plan.target = slugs.size() > 8 ? tr("%1 and %n more", nullptr, int(slugs.size() - 8))
                                               .arg(slugs.mid(0, 8).join(QStringLiteral(", ")))
                                         : slugs.join(QStringLiteral(", "));
    write.plan.rowsAffected = operationIds.size();
    write.plan.effects << tr("The tenants keep the image they run now.");
    write.apply = [ids](Database& d) {
        QSqlQuery u = d.exec(QStringLiteral("UPDATE operations SET status = 'cancelled', finished_at = ?, "
                                            "error_message = ? WHERE status = 'queued' AND id IN (") +
                                 placeholders(ids.size()) + QLatin1Char(')'),
                             QVariantList{Database::nowText(), tr("Cancelled before it started.")} + ids);
        if (u.numRowsAffected() != ids.size())
            throw Failure(ErrorKind::Conflict,
                          tr("One of these upgrades started meanwhile; nothing was cancelled. "
                             "Look again."));
        return QJsonObject{{QStringLiteral("cancelled"), int(ids.size())}};
    };
    return write;
}

} // namespace fusion
