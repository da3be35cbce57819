#include "models/ai/AiProviders.h"

#include "models/storage/Database.h"
#include "models/tenants/TenantRepository.h"
#include "models/vault/KeyVault.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace fusion {

namespace {

// Statistics are the usage log's own rows (each names the AI provider that made it) and the threads table.
const char* const kAiProviderSelect =
    "SELECT p.id, p.name, p.sequence, p.provider_type, p.active, p.tenant_id, t.slug, p.is_default, p.model, "
    "p.embedding_model, p.api_key_id, k.label, p.base_url, p.kapa_project_id, p.created_by, p.created_at, "
    "p.updated_at, p.row_version, COALESCE(u.requests, 0), COALESCE(u.errors, 0), COALESCE(u.tokens, 0), "
    "u.latency, (SELECT count(*) FROM ai_threads th WHERE th.provider_id = p.id) "
    "FROM ai_providers p LEFT JOIN tenants t ON t.id = p.tenant_id LEFT JOIN api_keys k ON k.id = "
    "p.api_key_id "
    "LEFT JOIN (SELECT ai_provider_id, count(*) AS requests, "
    "sum(CASE WHEN status = 'ok' THEN 0 ELSE 1 END) AS errors, sum(tokens_in + tokens_out) AS tokens, "
    "avg(latency_ms) AS latency FROM api_usage WHERE ai_provider_id IS NOT NULL GROUP BY ai_provider_id) u "
    "ON u.ai_provider_id = p.id ";

AiProvider aiProviderFrom(const QSqlQuery& q)
{
    AiProvider p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.sequence = q.value(2).toInt();
    p.type = q.value(3).toString();
    p.active = q.value(4).toBool();
    p.tenantId = Database::toOptionalInt(q.value(5));
    p.tenantSlug = q.value(6).toString();
    p.isDefault = q.value(7).toBool();
    p.model = q.value(8).toString();
    p.embeddingModel = q.value(9).toString();
    p.apiKeyId = Database::toOptionalInt(q.value(10));
    p.apiKeyLabel = q.value(11).toString();
    p.baseUrl = q.value(12).toString();
    p.kapaProjectId = q.value(13).toString();
    p.createdBy = q.value(14).toString();
    p.createdAt = Database::toDateTime(q.value(15));
    p.updatedAt = Database::toDateTime(q.value(16));
    p.rowVersion = q.value(17).toInt();
    p.requests = q.value(18).toLongLong();
    p.errors = q.value(19).toLongLong();
    p.tokens = q.value(20).toLongLong();
    if (!q.value(21).isNull())
        p.averageLatencyMs = q.value(21).toDouble();
    p.threads = q.value(22).toLongLong();
    return p;
}

// The scope's key in the database: 0 for the platform (COALESCE(tenant_id, 0) in the unique index).
qint64 aiScopeKey(const std::optional<qint64>& tenantId)
{
    return tenantId.value_or(0);
}

QList<AiProvider> aiProvidersIn(Database& db, const std::optional<qint64>& tenantId)
{
    QList<AiProvider> list;
    QSqlQuery q = db.exec(QString::fromLatin1(kAiProviderSelect) +
                              QStringLiteral("WHERE COALESCE(p.tenant_id, 0) = ? ORDER BY p.sequence, p.id"),
                          {aiScopeKey(tenantId)});
    while (q.next())
        list << aiProviderFrom(q);
    return list;
}

// How a person names a provider type.
QString aiTypeName(const QString& type)
{
    if (type == QLatin1String("openai"))
        return QStringLiteral("OpenAI");
    if (type == QLatin1String("anthropic"))
        return QStringLiteral("Anthropic");
    if (type == QLatin1String("ollama"))
        return QStringLiteral("Ollama");
    return QStringLiteral("Kapa");
}

QString aiScopeName(const std::optional<qint64>& tenantId, const QString& slug)
{
    return tenantId ? AiProviders::tr("tenant %1").arg(slug) : AiProviders::tr("the platform");
}

bool aiIsWebUrl(const QString& url)
{
    static const QRegularExpression web(QStringLiteral("^https?://[^\\s]+$"));
    return web.match(url).hasMatch();
}

// Two sessions choosing defaults for the same scope at once: the database keeps the first.
[[noreturn]] void aiDefaultRaced(const Failure& f, const QString& scope)
{
    if (f.error().kind != ErrorKind::Conflict)
        throw f;
    throw Failure(
        ErrorKind::Conflict,
        AiProviders::tr("Someone else changed the default AI provider of %1 at the same moment; nothing "
                        "was changed. Look again and choose.")
            .arg(scope),
        f.error().detail);
}

void aiClearDefault(Database& d, const std::optional<qint64>& tenantId, qint64 except)
{
    d.exec(QStringLiteral(
               "UPDATE ai_providers SET is_default = ?, updated_at = ?, row_version = row_version + 1 "
               "WHERE COALESCE(tenant_id, 0) = ? AND is_default = ? AND id <> ?"),
           {false, Database::nowText(), aiScopeKey(tenantId), true, except});
}

WritePlan aiPlanFor(const AiProvider& p, const QString& action, const QString& title, const QString& verb)
{
    WritePlan plan;
    plan.action = action;
    plan.title = title;
    plan.verb = verb;
    plan.targetType = QStringLiteral("ai_provider");
    plan.target = p.scopeText() + QLatin1Char('/') + p.name;
    plan.tenantId = p.tenantId;
    return plan;
}

} // namespace

QString AiProvider::scopeText() const
{
    return tenantId ? tenantSlug : QStringLiteral("platform");
}

const QStringList& AiProviders::types()
{
    static const QStringList all = {QStringLiteral("openai"), QStringLiteral("anthropic"),
                                    QStringLiteral("ollama"), QStringLiteral("kapa")};
    return all;
}

QList<AiProvider> AiProviders::list(Database& db, bool includeInactive,
                                    const std::optional<QString>& tenantSlug)
{
    QString sql = QString::fromLatin1(kAiProviderSelect) + QStringLiteral("WHERE (? OR p.active = ?) ");
    QVariantList params{includeInactive, true};
    if (tenantSlug) {
        if (tenantSlug->isEmpty()) {
            sql += QStringLiteral("AND p.tenant_id IS NULL ");
        } else {
            sql += QStringLiteral("AND p.tenant_id = ? ");
            params << TenantRepository(db).requireBySlug(*tenantSlug).id;
        }
    }
    sql += QStringLiteral("ORDER BY CASE WHEN p.tenant_id IS NULL THEN 0 ELSE 1 END, t.slug, p.sequence, "
                          "lower(p.name), p.id");
    QList<AiProvider> out;
    QSqlQuery q = db.exec(sql, params);
    while (q.next())
        out << aiProviderFrom(q);
    return out;
}

AiProvider AiProviders::require(Database& db, const QString& idOrName, const QString& tenantSlug)
{
    bool numeric = false;
    const qint64 id = idOrName.toLongLong(&numeric);
    const QList<AiProvider> candidates = list(db, true, numeric ? std::nullopt : std::optional(tenantSlug));
    for (const AiProvider& p : candidates) {
        if (numeric ? p.id == id : p.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return p;
    }
    const QString scope = tenantSlug.isEmpty() ? tr("the platform") : tr("tenant %1").arg(tenantSlug);
    throw Failure(ErrorKind::NotFound, numeric
                                           ? tr("There is no AI provider with id %1.").arg(id)
                                           : tr("%1 has no AI provider named \"%2\".").arg(scope, idOrName));
}

std::optional<AiProvider> AiProviders::defaultFor(Database& db, const std::optional<qint64>& tenantId)
{
    for (const std::optional<qint64>& scope : {tenantId, std::optional<qint64>()}) {
        for (const AiProvider& p : aiProvidersIn(db, scope)) {
            if (p.isDefault && p.active)
                return p;
        }
        if (!tenantId)
            break;
    }
    return std::nullopt;
}

PendingWrite AiProviders::planAdd(Database& db, const NewAiProvider& in)
{
    AiProvider p;
    p.name = in.name.trimmed();
    p.type = in.type.trimmed().toLower();
    p.model = in.model.trimmed();
    p.embeddingModel = in.embeddingModel.trimmed();
    p.baseUrl = in.baseUrl.trimmed();
    p.kapaProjectId = in.kapaProjectId.trimmed();
    p.sequence = in.sequence;
    if (!types().contains(p.type))
        throw Failure(ErrorKind::InvalidInput, tr("The provider type must be one of %1, not \"%2\".")
                                                   .arg(types().join(QStringLiteral(", ")), in.type));
    if (p.name.isEmpty() || p.name.size() > 80)
        throw Failure(ErrorKind::InvalidInput, tr("A provider needs a name of 1 to 80 characters."));
    if (p.sequence < 0 || p.sequence > 10000)
        throw Failure(ErrorKind::InvalidInput, tr("The sequence is a whole number from 0 to 10000."));
    if (!in.tenantSlug.isEmpty()) {
        const Tenant t = TenantRepository(db).requireBySlug(in.tenantSlug);
        p.tenantId = t.id;
        p.tenantSlug = t.slug;
    }
    const QString scope = aiScopeName(p.tenantId, p.tenantSlug);
    const QList<AiProvider> siblings = aiProvidersIn(db, p.tenantId);
    for (const AiProvider& other : siblings) {
        if (other.name.compare(p.name, Qt::CaseInsensitive) == 0)
            throw Failure(ErrorKind::Conflict,
                          tr("%1 already has an AI provider named \"%2\".").arg(scope, other.name));
    }
    if (p.type != QLatin1String("kapa") && p.model.isEmpty())
        throw Failure(ErrorKind::InvalidInput,
                      tr("%1 providers need a model (for example %2).")
                          .arg(aiTypeName(p.type), p.type == QLatin1String("anthropic")
                                                       ? QStringLiteral("claude-3-5-haiku-latest")
                                                   : p.type == QLatin1String("ollama")
                                                       ? QStringLiteral("llama3.1")
                                                       : QStringLiteral("gpt-4o-mini")));
    if (p.type == QLatin1String("ollama") && p.baseUrl.isEmpty())
        p.baseUrl = QStringLiteral("http://localhost:11434"); // Ollama's own default
    if (!p.baseUrl.isEmpty() && !aiIsWebUrl(p.baseUrl))
        throw Failure(ErrorKind::InvalidInput,
                      tr("The base URL must start with http:// or https:// and hold no spaces, not \"%1\".")
                          .arg(p.baseUrl));
    static const QRegularExpression project(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (p.type == QLatin1String("kapa") && !project.match(p.kapaProjectId).hasMatch())
        throw Failure(ErrorKind::InvalidInput,
                      tr("Kapa providers need their project id (letters, digits, - and _), not \"%1\".")
                          .arg(p.kapaProjectId));
    if (p.type != QLatin1String("kapa") && !p.kapaProjectId.isEmpty())
        throw Failure(ErrorKind::InvalidInput, tr("Only a Kapa provider has a project id."));
    if (!in.keyLabel.isEmpty()) {
        const ApiKey key = KeyVault::requireKey(db, p.type, in.keyLabel);
        if (key.status == QLatin1String("revoked"))
            throw Failure(ErrorKind::InvalidInput, tr("The key \"%1\" is revoked.").arg(key.label));
        p.apiKeyId = key.id;
        p.apiKeyLabel = key.label;
    } else if (p.type != QLatin1String("ollama")) {
        throw Failure(ErrorKind::InvalidInput,
                      tr("%1 providers need a key from the key vault: add one with \"fusionctl keys add %2\" "
                         "or in the Keys pane, then name it here.")
                          .arg(aiTypeName(p.type), p.type));
    }

    QString previousDefault;
    bool anyActive = false;
    for (const AiProvider& other : siblings) {
        anyActive = anyActive || other.active;
        if (other.isDefault)
            previousDefault = other.name;
    }
    p.isDefault = in.makeDefault || !anyActive || previousDefault.isEmpty();
    p.createdBy = db.actor();

    PendingWrite write;
    WritePlan& plan = write.plan =
        aiPlanFor(p, QStringLiteral("ai_provider.add"),
                  tr("Add AI provider \"%1\" for %2").arg(p.name, scope), tr("Add Provider"));
    plan.changes << FieldChange{QStringLiteral("name"), tr("Name"), {}, p.name}
                 << FieldChange{QStringLiteral("provider_type"), tr("Type"), {}, p.type}
                 << FieldChange{QStringLiteral("scope"), tr("Scope"), {}, p.scopeText()};
    if (!p.model.isEmpty())
        plan.changes << FieldChange{QStringLiteral("model"), tr("Model"), {}, p.model};
    if (!p.embeddingModel.isEmpty())
        plan.changes << FieldChange{
            QStringLiteral("embedding_model"), tr("Embedding model"), {}, p.embeddingModel};
    if (p.apiKeyId)
        plan.changes << FieldChange{QStringLiteral("api_key"), tr("Key"), {}, p.apiKeyLabel};
    if (!p.baseUrl.isEmpty())
        plan.changes << FieldChange{QStringLiteral("base_url"), tr("Base URL"), {}, p.baseUrl};
    if (!p.kapaProjectId.isEmpty())
        plan.changes << FieldChange{
            QStringLiteral("kapa_project_id"), tr("Kapa project"), {}, p.kapaProjectId};
    plan.changes << FieldChange{QStringLiteral("sequence"), tr("Sequence"), {}, p.sequence};
    plan.rowsAffected = 1;
    if (p.isDefault) {
        plan.changes << FieldChange{QStringLiteral("default"), tr("Default of %1").arg(scope),
                                    previousDefault.isEmpty() ? QVariant() : QVariant(previousDefault),
                                    p.name};
        if (!previousDefault.isEmpty())
            plan.rowsAffected = 2;
        else if (!in.makeDefault)
            plan.effects
                << tr("It becomes the default of %1: a scope with providers always has one.").arg(scope);
    }
    write.apply = [p, scope](Database& d) {
        try {
            if (p.isDefault)
                aiClearDefault(d, p.tenantId, 0);
            const QString now = Database::nowText();
            const qint64 id = d.insertReturningId(
                QStringLiteral(
                    "INSERT INTO ai_providers (name, sequence, provider_type, active, tenant_id, "
                    "is_default, model, embedding_model, api_key_id, base_url, kapa_project_id, "
                    "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {p.name, p.sequence, p.type, true,
                 p.tenantId ? QVariant(*p.tenantId) : QVariant(QMetaType::fromType<qint64>()), p.isDefault,
                 p.model, p.embeddingModel,
                 p.apiKeyId ? QVariant(*p.apiKeyId) : QVariant(QMetaType::fromType<qint64>()), p.baseUrl,
                 p.kapaProjectId, p.createdBy, now, now});
            return QJsonObject{{QStringLiteral("ai_provider_id"), id}};
        } catch (const Failure& f) {
            if (p.isDefault)
                aiDefaultRaced(f, scope);
            throw;
        }
    };
    return write;
}

PendingWrite AiProviders::planSetDefault(Database& db, const AiProvider& p)
{
    const QString scope = aiScopeName(p.tenantId, p.tenantSlug);
    PendingWrite write;
    WritePlan& plan = write.plan =
        aiPlanFor(p, QStringLiteral("ai_provider.set_default"),
                  tr("Make \"%1\" the default AI provider of %2").arg(p.name, scope), tr("Make Default"));
    if (p.isDefault)
        return write; // nothing to change
    if (!p.active)
        throw Failure(ErrorKind::InvalidInput,
                      tr("\"%1\" is inactive; activate it before making it the default.").arg(p.name));
    QString previous;
    for (const AiProvider& other : aiProvidersIn(db, p.tenantId)) {
        if (other.isDefault)
            previous = other.name;
    }
    plan.changes << FieldChange{QStringLiteral("default"), tr("Default of %1").arg(scope),
                                previous.isEmpty() ? QVariant() : QVariant(previous), p.name};
    plan.rowsAffected = previous.isEmpty() ? 1 : 2;
    write.apply = [p, scope](Database& d) {
        try {
            aiClearDefault(d, p.tenantId, p.id);
            const QSqlQuery q =
                d.exec(QStringLiteral("UPDATE ai_providers SET is_default = ?, updated_at = ?, "
                                      "row_version = row_version + 1 WHERE id = ? AND active = ? AND "
                                      "row_version = ?"),
                       {true, Database::nowText(), p.id, true, p.rowVersion});
            if (q.numRowsAffected() != 1)
                throw Failure(ErrorKind::Conflict,
                              tr("The provider was changed by someone else meanwhile; nothing was changed."));
        } catch (const Failure& f) {
            aiDefaultRaced(f, scope);
        }
        return QJsonObject{{QStringLiteral("ai_provider_id"), p.id}};
    };
    return write;
}

PendingWrite AiProviders::planSetActive(Database& db, const AiProvider& p, bool active)
{
    const QString scope = aiScopeName(p.tenantId, p.tenantSlug);
    PendingWrite write;
    WritePlan& plan = write.plan =
        active ? aiPlanFor(p, QStringLiteral("ai_provider.activate"),
                           tr("Activate AI provider \"%1\"").arg(p.name), tr("Activate"))
               : aiPlanFor(p, QStringLiteral("ai_provider.deactivate"),
                           tr("Deactivate AI provider \"%1\"").arg(p.name), tr("Deactivate"));
    if (p.active == active)
        return write;
    const QList<AiProvider> siblings = aiProvidersIn(db, p.tenantId);
    bool otherActive = false;
    bool hasDefault = false;
    for (const AiProvider& other : siblings) {
        otherActive = otherActive || (other.id != p.id && other.active);
        hasDefault = hasDefault || other.isDefault;
    }
    if (!active && p.isDefault && otherActive)
        throw Failure(ErrorKind::InvalidInput,
                      tr("\"%1\" is the default AI provider of %2: make another provider the default first.")
                          .arg(p.name, scope));
    const bool becomesDefault = active && !hasDefault;
    plan.changes << FieldChange{QStringLiteral("active"), tr("Active"), p.active, active};
    if (p.isDefault && !active)
        plan.changes << FieldChange{QStringLiteral("default"), tr("Default of %1").arg(scope), p.name,
                                    QVariant()};
    if (becomesDefault)
        plan.changes << FieldChange{QStringLiteral("default"), tr("Default of %1").arg(scope), QVariant(),
                                    p.name};
    if (!active)
        plan.effects << tr("Its threads, usage and statistics stay; no new question goes to it.");
    plan.rowsAffected = 1;
    write.apply = [p, active, becomesDefault, scope](Database& d) {
        try {
            const QSqlQuery q =
                d.exec(QStringLiteral("UPDATE ai_providers SET active = ?, is_default = ?, updated_at = ?, "
                                      "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                       {active, active ? (p.isDefault || becomesDefault) : false, Database::nowText(), p.id,
                        p.rowVersion});
            if (q.numRowsAffected() != 1)
                throw Failure(ErrorKind::Conflict,
                              tr("The provider was changed by someone else meanwhile; nothing was changed."));
        } catch (const Failure& f) {
            if (becomesDefault)
                aiDefaultRaced(f, scope);
            throw;
        }
        return QJsonObject{{QStringLiteral("ai_provider_id"), p.id}};
    };
    return write;
}

PendingWrite AiProviders::planDelete(Database& db, const AiProvider& p)
{
    const QString scope = aiScopeName(p.tenantId, p.tenantSlug);
    if (p.threads > 0)
        throw Failure(ErrorKind::Conflict,
                      tr("\"%1\" is used by %n thread(s); deactivate it instead (its history stays).",
                         nullptr, int(p.threads))
                          .arg(p.name));
    bool otherActive = false;
    for (const AiProvider& other : aiProvidersIn(db, p.tenantId))
        otherActive = otherActive || (other.id != p.id && other.active);
    if (p.isDefault && otherActive)
        throw Failure(ErrorKind::InvalidInput,
                      tr("\"%1\" is the default AI provider of %2: make another provider the default first.")
                          .arg(p.name, scope));
    PendingWrite write;
    WritePlan& plan = write.plan =
        aiPlanFor(p, QStringLiteral("ai_provider.delete"),
                  tr("Delete AI provider \"%1\" of %2").arg(p.name, scope), tr("Delete"));
    plan.changes << FieldChange{QStringLiteral("name"), tr("Name"), p.name, QVariant()};
    plan.rowsAffected = 1;
    plan.destructive = true;
    write.apply = [p](Database& d) {
        QSqlQuery q;
        try {
            q = d.exec(QStringLiteral("DELETE FROM ai_providers WHERE id = ? AND row_version = ?"),
                       {p.id, p.rowVersion});
        } catch (const Failure& f) {
            // A thread of another login (invisible here on PostgreSQL) still uses it.
            if (f.error().kind == ErrorKind::PermissionDenied || f.error().kind == ErrorKind::Connection)
                throw;
            throw Failure(ErrorKind::Conflict,
                          tr("\"%1\" is still used by a thread; deactivate it instead (its history stays).")
                              .arg(p.name),
                          f.error().detail);
        }
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("The provider was changed by someone else meanwhile; nothing was deleted."));
        return QJsonObject{{QStringLiteral("ai_provider_id"), p.id}};
    };
    return write;
}

} // namespace fusion
