#include "models/ai/KbSources.h"

#include "models/storage/Database.h"
#include "models/tenants/TenantRepository.h"
#include "models/vault/KeyVault.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace fusion {

namespace {

const char* const kKbSourceSelect =
    "SELECT s.id, s.tenant_id, t.slug, s.kind, s.project_url, s.schema_name, s.tenant_ref, s.api_key_id, "
    "'', p.code, s.created_by, s.created_at, s.updated_at, s.row_version FROM kb_sources s "
    "JOIN tenants t ON t.id = s.tenant_id LEFT JOIN api_keys k ON k.id = s.api_key_id "
    "LEFT JOIN providers p ON p.id = k.provider_id ";

KbSource kbSourceFrom(const QSqlQuery& q)
{
    KbSource s;
    s.id = q.value(0).toLongLong();
    s.tenantId = q.value(1).toLongLong();
    s.tenantSlug = q.value(2).toString();
    s.kind = q.value(3).toString();
    s.projectUrl = q.value(4).toString();
    s.schema = q.value(5).toString();
    s.tenantRef = q.value(6).toString();
    s.apiKeyId = q.value(7).toLongLong();
    s.apiKeyLabel = q.value(8).toString();
    s.apiKeyProvider = q.value(9).toString();
    s.createdBy = q.value(10).toString();
    s.createdAt = Database::toDateTime(q.value(11));
    s.updatedAt = Database::toDateTime(q.value(12));
    s.rowVersion = q.value(13).toInt();
    return s;
}

// A key's label is not every login's to read on PostgreSQL (tenant admins, finance and API users see a key's
// id, provider and status only): read it where it may be, and leave it empty elsewhere.
void kbFillKeyLabels(Database& db, QList<KbSource>& sources)
{
    if (sources.isEmpty())
        return;
    if (db.isPostgres() &&
        !db.scalar(QStringLiteral("SELECT has_column_privilege('api_keys', 'label', 'SELECT')")).toBool())
        return;
    for (KbSource& s : sources)
        s.apiKeyLabel =
            db.scalar(QStringLiteral("SELECT label FROM api_keys WHERE id = ?"), {s.apiKeyId}).toString();
}

// A live vault key by id, by PROVIDER/LABEL, or by a label only one live key has.
ApiKey kbSourceKey(Database& db, const QString& which)
{
    const QList<ApiKey> live = KeyVault::keys(db);
    bool numeric = false;
    const qint64 id = which.toLongLong(&numeric);
    QList<ApiKey> matches;
    for (const ApiKey& k : live) {
        if (numeric ? k.id == id : (k.label == which || k.providerCode + QLatin1Char('/') + k.label == which))
            matches << k;
    }
    if (matches.size() > 1)
        throw Failure(
            ErrorKind::InvalidInput,
            KbSources::tr("Several keys are labelled \"%1\": name one as PROVIDER/LABEL or by its id.")
                .arg(which));
    if (matches.isEmpty())
        throw Failure(ErrorKind::NotFound,
                      KbSources::tr("There is no live key \"%1\" in the key vault: add the Supabase key with "
                                    "\"fusionctl keys add\" first.")
                          .arg(which));
    return matches.first();
}

bool kbSourceIsWebUrl(const QString& url)
{
    static const QRegularExpression web(QStringLiteral("^https?://[^\\s/?#]+[^\\s]*$"));
    return url.size() <= 300 && web.match(url).hasMatch();
}

WritePlan kbSourcePlan(const QString& slug, qint64 tenantId, const QString& action, const QString& title,
                       const QString& verb)
{
    WritePlan plan;
    plan.action = action;
    plan.title = title;
    plan.verb = verb;
    plan.targetType = QStringLiteral("kb_source");
    plan.target = slug;
    plan.tenantId = tenantId;
    return plan;
}

} // namespace

QList<KbSource> KbSources::list(Database& db)
{
    QList<KbSource> out;
    QSqlQuery q = db.exec(QString::fromLatin1(kKbSourceSelect) + QStringLiteral("ORDER BY t.slug"));
    while (q.next())
        out << kbSourceFrom(q);
    kbFillKeyLabels(db, out);
    return out;
}

std::optional<KbSource> KbSources::find(Database& db, const QString& tenantSlug)
{
    const Tenant t = TenantRepository(db).requireBySlug(tenantSlug);
    QSqlQuery q =
        db.exec(QString::fromLatin1(kKbSourceSelect) + QStringLiteral("WHERE s.tenant_id = ?"), {t.id});
    if (!q.next())
        return std::nullopt;
    QList<KbSource> one{kbSourceFrom(q)};
    kbFillKeyLabels(db, one);
    return one.first();
}

PendingWrite KbSources::planSet(Database& db, const KbSourceInput& in)
{
    const Tenant t = TenantRepository(db).requireBySlug(in.tenantSlug);
    const std::optional<KbSource> before = find(db, t.slug);
    KbSource s = before.value_or(KbSource());
    s.tenantId = t.id;
    s.tenantSlug = t.slug;
    if (!in.projectUrl.trimmed().isEmpty()) {
        s.projectUrl = in.projectUrl.trimmed();
        while (s.projectUrl.endsWith(QLatin1Char('/')))
            s.projectUrl.chop(1);
    }
    if (!in.schema.trimmed().isEmpty())
        s.schema = in.schema.trimmed();
    if (!in.tenantRef.trimmed().isEmpty())
        s.tenantRef = in.tenantRef.trimmed();
    if (!in.key.trimmed().isEmpty()) {
        const ApiKey key = kbSourceKey(db, in.key.trimmed());
        s.apiKeyId = key.id;
        s.apiKeyLabel = key.label;
        s.apiKeyProvider = key.providerCode;
    }
    if (!before && (s.projectUrl.isEmpty() || s.tenantRef.isEmpty() || s.apiKeyId == 0))
        throw Failure(ErrorKind::InvalidInput,
                      tr("A Supabase source needs the project URL, the tenant reference (for example "
                         "odoo_company:1) and the vault key holding the project's key."));
    if (!kbSourceIsWebUrl(s.projectUrl))
        throw Failure(
            ErrorKind::InvalidInput,
            tr("The project URL must start with http:// or https://, name a host and hold no spaces "
               "(at most 300 characters), not \"%1\".")
                .arg(s.projectUrl.left(300)));
    static const QRegularExpression schema(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!schema.match(s.schema).hasMatch())
        throw Failure(ErrorKind::InvalidInput,
                      tr("The schema is a lower-case PostgreSQL name (letters, digits, _), not \"%1\".")
                          .arg(s.schema.left(80)));
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f]"));
    if (s.tenantRef.size() > 120 || control.match(s.tenantRef).hasMatch())
        throw Failure(
            ErrorKind::InvalidInput,
            tr("The tenant reference is 1 to 120 characters on one line (for example odoo_company:1)."));

    PendingWrite write;
    WritePlan& plan = write.plan =
        before ? kbSourcePlan(t.slug, t.id, QStringLiteral("kb_source.change"),
                              tr("Change where the knowledge of %1 is read from").arg(t.slug), tr("Change"))
               : kbSourcePlan(t.slug, t.id, QStringLiteral("kb_source.set"),
                              tr("Read the knowledge of %1 from Supabase").arg(t.slug), tr("Set Source"));
    const auto change = [&](const QString& field, const QString& label, const QString& was,
                            const QString& now) {
        if (!before || was != now)
            plan.changes << FieldChange{field, label, before ? QVariant(was) : QVariant(), now};
    };
    change(QStringLiteral("kind"), tr("Kind"), before ? before->kind : QString(), s.kind);
    change(QStringLiteral("project_url"), tr("Project URL"), before ? before->projectUrl : QString(),
           s.projectUrl);
    change(QStringLiteral("schema"), tr("Schema"), before ? before->schema : QString(), s.schema);
    change(QStringLiteral("tenant_ref"), tr("Tenant reference"), before ? before->tenantRef : QString(),
           s.tenantRef);
    // The key by its vault name: which key, never its secret.
    change(QStringLiteral("api_key"), tr("Key"),
           before ? before->apiKeyProvider + QLatin1Char('/') + before->apiKeyLabel : QString(),
           s.apiKeyProvider + QLatin1Char('/') + s.apiKeyLabel);
    if (plan.changes.isEmpty())
        return write; // nothing to change
    plan.rowsAffected = 1;
    if (!before)
        plan.effects << tr("\"fusionctl kb search --tenant %1\" asks this project instead of the local "
                           "knowledge base.")
                            .arg(t.slug);
    const bool isNew = !before.has_value();
    const QString actor = db.actor();
    write.apply = [s, isNew, actor](Database& d) {
        const QString now = Database::nowText();
        if (isNew) {
            try {
                const qint64 id = d.insertReturningId(
                    QStringLiteral(
                        "INSERT INTO kb_sources (tenant_id, kind, project_url, schema_name, "
                        "tenant_ref, api_key_id, created_by, created_at, updated_at) VALUES (?, ?, "
                        "?, ?, ?, ?, ?, ?, ?)"),
                    {s.tenantId, s.kind, s.projectUrl, s.schema, s.tenantRef, s.apiKeyId, actor, now, now});
                return QJsonObject{{QStringLiteral("kb_source_id"), id}};
            } catch (const Failure& f) {
                if (f.error().kind != ErrorKind::Conflict)
                    throw;
                throw Failure(
                    ErrorKind::Conflict,
                    tr("Someone else set a source for %1 meanwhile; nothing was changed.").arg(s.tenantSlug),
                    f.error().detail);
            }
        }
        const QSqlQuery q = d.exec(
            QStringLiteral("UPDATE kb_sources SET project_url = ?, schema_name = ?, tenant_ref = ?, "
                           "api_key_id = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ? AND "
                           "row_version = ?"),
            {s.projectUrl, s.schema, s.tenantRef, s.apiKeyId, now, s.id, s.rowVersion});
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("The source was changed by someone else meanwhile; nothing was changed."));
        return QJsonObject{{QStringLiteral("kb_source_id"), s.id}};
    };
    return write;
}

PendingWrite KbSources::planRemove(Database& db, const QString& tenantSlug)
{
    const std::optional<KbSource> s = find(db, tenantSlug);
    if (!s)
        throw Failure(ErrorKind::NotFound,
                      tr("%1 has no knowledge source; its knowledge base is the local one.").arg(tenantSlug));
    PendingWrite write;
    WritePlan& plan = write.plan =
        kbSourcePlan(s->tenantSlug, s->tenantId, QStringLiteral("kb_source.remove"),
                     tr("Stop reading the knowledge of %1 from Supabase").arg(s->tenantSlug), tr("Remove"));
    plan.changes << FieldChange{QStringLiteral("project_url"), tr("Project URL"), s->projectUrl, QVariant()}
                 << FieldChange{QStringLiteral("tenant_ref"), tr("Tenant reference"), s->tenantRef,
                                QVariant()};
    plan.effects
        << tr("Searches of %1 use the local knowledge base again; the Supabase project and the vault "
              "key stay as they are.")
               .arg(s->tenantSlug);
    plan.rowsAffected = 1;
    write.apply = [id = s->id, version = s->rowVersion](Database& d) {
        const QSqlQuery q =
            d.exec(QStringLiteral("DELETE FROM kb_sources WHERE id = ? AND row_version = ?"), {id, version});
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("The source was changed by someone else meanwhile; nothing was removed."));
        return QJsonObject{{QStringLiteral("kb_source_id"), id}};
    };
    return write;
}

CallKey KbSources::callKey(Database& db, const KbSource& source)
{
    return CallKey::find(db, source.apiKeyProvider, source.apiKeyId);
}

} // namespace fusion
