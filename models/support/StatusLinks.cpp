#include "models/support/StatusLinks.h"

#include "models/core/Error.h"

#include <QSqlQuery>
#include <QUrl>

namespace fusion {

namespace {

const QString kStatusLinkSelect = QStringLiteral(
    "SELECT l.id, l.name, l.url, l.tenant_id, t.slug, l.description, l.position, l.updated_by, l.updated_at, "
    "l.row_version FROM status_links l LEFT JOIN tenants t ON t.id = l.tenant_id");
const QString kStatusLinkOrder = QStringLiteral(" ORDER BY l.position, l.id");

StatusLink statusLinkFrom(const QSqlQuery& q)
{
    StatusLink l;
    l.id = q.value(0).toLongLong();
    l.name = q.value(1).toString();
    l.url = q.value(2).toString();
    l.tenantId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    l.tenantSlug = q.value(4).toString();
    l.description = q.value(5).toString();
    l.position = q.value(6).toInt();
    l.updatedBy = q.value(7).toString();
    l.updatedAt = Database::toDateTime(q.value(8));
    l.rowVersion = q.value(9).toInt();
    return l;
}

Failure statusLinkChangedMeanwhile()
{
    return Failure(ErrorKind::Conflict, StatusLinks::tr("The status link was changed meanwhile by another "
                                                        "session; nothing was written. Look again."));
}

// The input checked and trimmed; the tenant's id (0: platform-wide) in `tenantId`.
StatusLinkInput statusLinkChecked(Database& db, const StatusLinkInput& in, qint64* tenantId)
{
    StatusLinkInput out{in.name.trimmed(), in.url.trimmed(), in.tenantSlug.trimmed(),
                        in.description.trimmed()};
    if (out.name.isEmpty() || out.name.size() > StatusLinks::kMaxName)
        throw Failure(
            ErrorKind::InvalidInput,
            StatusLinks::tr("A status link needs a name of 1 to %1 characters.").arg(StatusLinks::kMaxName));
    if (const QString why = StatusLinks::urlProblem(out.url); !why.isEmpty())
        throw Failure(ErrorKind::InvalidInput, StatusLinks::tr("The address cannot be used: %1.").arg(why));
    if (out.description.size() > StatusLinks::kMaxDescription)
        throw Failure(
            ErrorKind::InvalidInput,
            StatusLinks::tr("A description has at most %1 characters.").arg(StatusLinks::kMaxDescription));
    *tenantId = 0;
    if (!out.tenantSlug.isEmpty()) {
        QSqlQuery t = db.exec(QStringLiteral("SELECT id FROM tenants WHERE slug = ?"), {out.tenantSlug});
        if (!t.next())
            throw Failure(
                ErrorKind::NotFound,
                StatusLinks::tr("There is no tenant \"%1\" you may see.").arg(out.tenantSlug.left(80)));
        *tenantId = t.value(0).toLongLong();
    }
    return out;
}

QString statusLinkScope(const QString& slug)
{
    return slug.isEmpty() ? StatusLinks::tr("platform-wide") : slug;
}

} // namespace

QList<StatusLink> StatusLinks::list(Database& db)
{
    QList<StatusLink> out;
    QSqlQuery q = db.exec(kStatusLinkSelect + kStatusLinkOrder);
    while (q.next())
        out << statusLinkFrom(q);
    return out;
}

std::optional<StatusLink> StatusLinks::find(Database& db, qint64 id)
{
    QSqlQuery q = db.exec(kStatusLinkSelect + QStringLiteral(" WHERE l.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return statusLinkFrom(q);
}

StatusLink StatusLinks::read(Database& db, qint64 id)
{
    if (auto l = find(db, id))
        return *l;
    throw Failure(ErrorKind::NotFound, tr("There is no status link %1 you may see.").arg(id));
}

QString StatusLinks::urlProblem(const QString& url)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (url.trimmed().isEmpty())
        return tr("it is empty");
    if (url.size() > kMaxUrl)
        return tr("it is longer than %1 characters").arg(kMaxUrl);
    if (!u.isValid() || u.host().isEmpty() ||
        (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")))
        return tr("it is not an http:// or https:// address with a host name");
    // A link is shown to everyone who may see it: credentials in it would be shown too.
    if (!u.userInfo().isEmpty())
        return tr("it carries a user name or password, which everyone seeing the link would read");
    return {};
}

PendingWrite StatusLinks::planAdd(Database& db, const StatusLinkInput& input)
{
    qint64 tenantId = 0;
    const StatusLinkInput in = statusLinkChecked(db, input, &tenantId);
    const int position =
        db.scalar(QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM status_links")).toInt();
    PendingWrite write;
    write.plan.action = QStringLiteral("status_link.add");
    write.plan.title = tr("Add the status link \"%1\" (%2)").arg(in.name, statusLinkScope(in.tenantSlug));
    write.plan.verb = tr("Add link");
    write.plan.targetType = QStringLiteral("status_link");
    write.plan.target = in.name;
    if (tenantId)
        write.plan.tenantId = tenantId;
    write.plan.changes << FieldChange{QStringLiteral("name"), tr("Name"), QVariant(), in.name}
                       << FieldChange{QStringLiteral("url"), tr("Address"), QVariant(), in.url};
    FieldChange scope{QStringLiteral("tenant"), tr("Seen by"), QVariant(), in.tenantSlug};
    scope.afterText = in.tenantSlug.isEmpty() ? tr("everyone (platform-wide)")
                                              : tr("staff and the admins of %1").arg(in.tenantSlug);
    write.plan.changes << scope;
    if (!in.description.isEmpty())
        write.plan.changes << FieldChange{QStringLiteral("description"), tr("Description"), QVariant(),
                                          in.description};
    write.plan.effects << tr("The Support pane's Status section and \"fusionctl support status\" check it.");
    write.apply = [in, tenantId, position](Database& d) {
        const qint64 id = d.insertReturningId(
            QStringLiteral(
                "INSERT INTO status_links (name, url, tenant_id, description, position, updated_by, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {in.name, in.url, tenantId ? QVariant(tenantId) : QVariant(), in.description, position, d.actor(),
             Database::nowText()});
        return QJsonObject{{QStringLiteral("link_id"), id}};
    };
    return write;
}

PendingWrite StatusLinks::planEdit(Database& db, qint64 id, const StatusLinkInput& input)
{
    const StatusLink was = read(db, id);
    qint64 tenantId = 0;
    const StatusLinkInput in = statusLinkChecked(db, input, &tenantId);
    PendingWrite write;
    write.plan.action = QStringLiteral("status_link.edit");
    write.plan.title = tr("Edit the status link %1 \"%2\"").arg(id).arg(was.name);
    write.plan.verb = tr("Save link");
    write.plan.targetType = QStringLiteral("status_link");
    write.plan.target = QString::number(id);
    if (tenantId || was.tenantId)
        write.plan.tenantId = tenantId ? tenantId : was.tenantId;
    if (in.name != was.name)
        write.plan.changes << FieldChange{QStringLiteral("name"), tr("Name"), was.name, in.name};
    if (in.url != was.url)
        write.plan.changes << FieldChange{QStringLiteral("url"), tr("Address"), was.url, in.url};
    if (in.tenantSlug != was.tenantSlug) {
        FieldChange scope{QStringLiteral("tenant"), tr("Seen by"), was.tenantSlug, in.tenantSlug};
        scope.beforeText = statusLinkScope(was.tenantSlug);
        scope.afterText = statusLinkScope(in.tenantSlug);
        write.plan.changes << scope;
    }
    if (in.description != was.description)
        write.plan.changes << FieldChange{QStringLiteral("description"), tr("Description"), was.description,
                                          in.description};
    if (write.plan.changes.isEmpty())
        throw Failure(ErrorKind::InvalidInput, tr("Nothing would change: the link reads so already."));
    const int version = was.rowVersion;
    write.apply = [id, version, in, tenantId](Database& d) {
        QSqlQuery q = d.exec(QStringLiteral("UPDATE status_links SET name = ?, url = ?, tenant_id = ?, "
                                            "description = ?, updated_by = ?, updated_at = ?, row_version = "
                                            "row_version + 1 WHERE id = ? AND row_version = ?"),
                             {in.name, in.url, tenantId ? QVariant(tenantId) : QVariant(), in.description,
                              d.actor(), Database::nowText(), id, version});
        if (q.numRowsAffected() != 1)
            throw statusLinkChangedMeanwhile();
        return QJsonObject{{QStringLiteral("link_id"), id}};
    };
    return write;
}

PendingWrite StatusLinks::planRemove(Database& db, qint64 id)
{
    const StatusLink was = read(db, id);
    PendingWrite write;
    write.plan.action = QStringLiteral("status_link.remove");
    write.plan.title = tr("Remove the status link %1 \"%2\"").arg(id).arg(was.name);
    write.plan.verb = tr("Remove link");
    write.plan.targetType = QStringLiteral("status_link");
    write.plan.target = QString::number(id);
    if (was.tenantId)
        write.plan.tenantId = was.tenantId;
    write.plan.changes << FieldChange{QStringLiteral("name"), tr("Name"), was.name, QVariant()}
                       << FieldChange{QStringLiteral("url"), tr("Address"), was.url, QVariant()};
    write.plan.effects << tr("Nobody sees or checks it any more.");
    const int version = was.rowVersion;
    write.apply = [id, version](Database& d) {
        QSqlQuery q = d.exec(QStringLiteral("DELETE FROM status_links WHERE id = ? AND row_version = ?"),
                             {id, version});
        if (q.numRowsAffected() != 1)
            throw statusLinkChangedMeanwhile();
        return QJsonObject{{QStringLiteral("link_id"), id}};
    };
    return write;
}

PendingWrite StatusLinks::planMove(Database& db, qint64 id, int to)
{
    const QList<StatusLink> all = list(db);
    qsizetype from = -1;
    for (qsizetype i = 0; i < all.size(); ++i)
        if (all[i].id == id)
            from = i;
    if (from < 0)
        throw Failure(ErrorKind::NotFound, tr("There is no status link %1 you may see.").arg(id));
    if (to < 1 || to > all.size())
        throw Failure(ErrorKind::InvalidInput,
                      tr("A link's place is 1 to %1 (the number of links).").arg(all.size()));
    if (to - 1 == from)
        throw Failure(ErrorKind::InvalidInput, tr("The link is at place %1 already.").arg(to));
    QList<qint64> order;
    QList<int> versions;
    for (const StatusLink& l : all) {
        order << l.id;
        versions << l.rowVersion;
    }
    order.move(from, to - 1);
    PendingWrite write;
    write.plan.action = QStringLiteral("status_link.move");
    write.plan.title = tr("Move the status link \"%1\" to place %2").arg(all[from].name).arg(to);
    write.plan.verb = tr("Move link");
    write.plan.targetType = QStringLiteral("status_link");
    write.plan.target = QString::number(id);
    write.plan.changes << FieldChange{QStringLiteral("place"), tr("Place"), int(from + 1), to};
    // Every link is renumbered: checking each one's version refuses a list someone changed meanwhile.
    QList<QPair<qint64, int>> checks;
    for (const StatusLink& l : all)
        checks << qMakePair(l.id, l.rowVersion);
    write.apply = [order, checks, id](Database& d) {
        const qint64 now = d.scalar(QStringLiteral("SELECT count(*) FROM status_links")).toLongLong();
        if (now != checks.size())
            throw statusLinkChangedMeanwhile();
        for (qsizetype i = 0; i < order.size(); ++i) {
            int version = 0;
            for (const auto& [cid, v] : checks)
                if (cid == order[i])
                    version = v;
            QSqlQuery q = d.exec(QStringLiteral("UPDATE status_links SET position = ?, row_version = "
                                                "row_version + 1 WHERE id = ? AND row_version = ?"),
                                 {int(i), order[i], version});
            if (q.numRowsAffected() != 1)
                throw statusLinkChangedMeanwhile();
        }
        return QJsonObject{{QStringLiteral("link_id"), id}};
    };
    return write;
}

int StatusLinks::seedDemo(Database& db)
{
    struct Seed {
        const char* name;
        const char* url;
        const char* description;
    };
    const Seed seeds[] = {
        {"Platform status page", "https://status.example.com/",
         "What customers see: incidents and maintenance announcements."},
        {"Grafana", "https://grafana.example.com/d/fusion-overview",
         "Cluster, database and Odoo worker dashboards."},
        {"Keycloak admin", "https://sso.example.com/admin/master/console/",
         "Realms, clients and sign-in problems."},
    };
    const QString insert = QStringLiteral("INSERT INTO status_links (name, url, tenant_id, description, "
                                          "position, updated_by) VALUES (?, ?, ?, ?, ?, 'maria.santos')");
    int position = 0;
    for (const Seed& s : seeds)
        db.exec(insert, {QString::fromUtf8(s.name), QString::fromUtf8(s.url), QVariant(),
                         QString::fromUtf8(s.description), position++});
    QSqlQuery t = db.exec(QStringLiteral("SELECT id, slug, odoo_url FROM tenants WHERE status = 'active' AND "
                                         "odoo_url <> '' ORDER BY id LIMIT 1"));
    if (t.next()) {
        const qint64 id = t.value(0).toLongLong();
        const QString slug = t.value(1).toString();
        const QString url = t.value(2).toString();
        t.finish();
        if (urlProblem(url).isEmpty()) {
            db.exec(insert, {tr("Odoo of %1").arg(slug), url, id,
                             tr("The tenant's own Odoo: its admins see this link too."), position++});
        }
    }
    return position;
}

} // namespace fusion
