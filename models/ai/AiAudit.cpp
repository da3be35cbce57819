#include "models/ai/AiAudit.h"

#include "models/core/Error.h"
#include "models/storage/Database.h"
#include "models/vault/KeyVault.h"

#include <QSqlQuery>

namespace fusion {

namespace {
QVariant auditInt(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

ai::Redactor AiAudit::redactor(Database& db)
{
    // Asked first, so that a refusal never aborts the transaction this runs in.
    if (db.isPostgres() &&
        !db.scalar(QStringLiteral("SELECT has_table_privilege('api_keys', 'SELECT')")).toBool())
        return ai::Redactor();
    QList<Fingerprint> secrets;
    for (const ApiKey& key : KeyVault::keys(db, {}, true))
        if (!key.fingerprint.hash.isEmpty())
            secrets << key.fingerprint;
    return ai::Redactor(secrets);
}

QString AiAudit::countsText(const QMap<QString, int>& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

qint64 AiAudit::record(Database& db, const ai::Redactor& redactor, const Entry& entry)
{
    QMap<QString, int> counts;
    auto clean = [&](const QString& text) {
        const ai::Redaction r = redactor.redact(text);
        for (auto it = r.counts.cbegin(); it != r.counts.cend(); ++it)
            counts[it.key()] += it.value();
        return r.text.left(maxStoredLength);
    };
    const QString request = clean(entry.request);
    const QString response = clean(entry.response);
    const QString error = clean(entry.error).left(2000);
    return db.insertReturningId(
        QStringLiteral(
            "INSERT INTO ai_audit (occurred_at, operation, provider_id, login, thread_id, message_id, "
            "request_redacted, response_redacted, redactions, latency_ms, status, error_message) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {Database::nowText(), entry.operation, auditInt(entry.providerId), db.actor(),
         auditInt(entry.threadId), auditInt(entry.messageId), request, response, countsText(counts),
         auditInt(entry.latencyMs), entry.status, error});
}

QList<AiAuditRow> AiAudit::list(Database& db, const Query& query)
{
    QString sql =
        QStringLiteral("SELECT a.id, a.occurred_at, a.operation, a.provider_id, p.name, a.login, "
                       "a.thread_id, a.message_id, a.request_redacted, a.response_redacted, a.redactions, "
                       "a.latency_ms, a.status, a.error_message FROM ai_audit a LEFT JOIN ai_providers p "
                       "ON p.id = a.provider_id WHERE 1 = 1");
    QVariantList params;
    if (!query.operation.isEmpty()) {
        sql += QStringLiteral(" AND a.operation = ?");
        params << query.operation;
    }
    if (!query.status.isEmpty()) {
        sql += QStringLiteral(" AND a.status = ?");
        params << query.status;
    }
    if (!query.login.isEmpty()) {
        sql += QStringLiteral(" AND a.login = ?");
        params << query.login;
    }
    if (query.threadId) {
        sql += QStringLiteral(" AND a.thread_id = ?");
        params << *query.threadId;
    }
    if (query.since.isValid()) {
        sql += QStringLiteral(" AND a.occurred_at >= ?");
        params << query.since.toUTC().toString(Qt::ISODateWithMs);
    }
    sql += QStringLiteral(" ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?");
    params << std::clamp(query.limit, 1, 100000);
    QList<AiAuditRow> out;
    QSqlQuery q = db.exec(sql, params);
    while (q.next()) {
        AiAuditRow r;
        r.id = q.value(0).toLongLong();
        r.occurredAt = Database::toDateTime(q.value(1));
        r.operation = q.value(2).toString();
        r.providerId = Database::toOptionalInt(q.value(3));
        r.providerName = q.value(4).toString();
        r.login = q.value(5).toString();
        r.threadId = Database::toOptionalInt(q.value(6));
        r.messageId = Database::toOptionalInt(q.value(7));
        r.request = q.value(8).toString();
        r.response = q.value(9).toString();
        r.redactions = q.value(10).toString();
        r.latencyMs = Database::toOptionalInt(q.value(11));
        r.status = q.value(12).toString();
        r.error = q.value(13).toString();
        out << r;
    }
    return out;
}

} // namespace fusion
