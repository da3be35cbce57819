#include "models/audit/AuditLog.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace fusion {

namespace {
void addField(QCryptographicHash& hash, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    hash.addData(QByteArray::number(utf8.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(utf8);
    hash.addData(QByteArrayView(";"));
}

QString whereClause(const AuditQuery& q, QVariantList& params)
{
    QStringList where;
    if (!q.search.trimmed().isEmpty()) {
        where << QStringLiteral("(lower(action) LIKE ? ESCAPE '\\' OR lower(target) LIKE ? ESCAPE '\\' OR "
                                "lower(actor) LIKE ? ESCAPE '\\')");
        const QString pattern = Database::containsPattern(q.search.trimmed());
        params << pattern << pattern << pattern;
    }
    if (!q.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        params << q.action;
    }
    if (q.tenantId) {
        where << QStringLiteral("tenant_id = ?");
        params << *q.tenantId;
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

AuditEntry entryFrom(const QSqlQuery& r)
{
    AuditEntry e;
    e.id = r.value(0).toLongLong();
    e.at = r.value(1).toString();
    e.actor = r.value(2).toString();
    e.action = r.value(3).toString();
    e.targetType = r.value(4).toString();
    e.target = r.value(5).toString();
    if (!r.value(6).isNull())
        e.tenantId = r.value(6).toLongLong();
    e.beforeJson = r.value(7).toString();
    e.afterJson = r.value(8).toString();
    e.prevHash = r.value(9).toString();
    e.hash = r.value(10).toString();
    return e;
}

const QString kAuditColumns = QStringLiteral(
    "id, at, actor, action, target_type, target, tenant_id, before_json, after_json, prev_hash, hash");
} // namespace

QString AuditLog::computeHash(const AuditEntry& e)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, e.prevHash);
    addField(hash, e.at);
    addField(hash, e.actor);
    addField(hash, e.action);
    addField(hash, e.targetType);
    addField(hash, e.target);
    addField(hash, e.tenantId ? QString::number(*e.tenantId) : QString());
    addField(hash, e.beforeJson);
    addField(hash, e.afterJson);
    return QString::fromLatin1(hash.result().toHex());
}

void AuditLog::append(Database& db, const WritePlan& plan, const QJsonObject& outcome)
{
    Q_ASSERT(db.inTransaction());
    AuditEntry e;
    // Reading the head locks it (PostgreSQL: FOR UPDATE; SQLite: the writer holds the database lock), so
    // concurrent writers append one after another and the chain never forks.
    e.prevHash = db.isPostgres()
                     ? db.scalar(QStringLiteral("SELECT fusion_audit_head()")).toString()
                     : db.scalar(QStringLiteral("SELECT last_hash FROM audit_head WHERE id = 1")).toString();
    e.at = Database::nowText();
    e.actor = db.actor();
    e.action = plan.action;
    e.targetType = plan.targetType;
    e.target = plan.target;
    e.tenantId = plan.tenantId;
    // A creation learns its tenant's id only when it runs: file the row under the new tenant then.
    if (!e.tenantId && outcome.contains(QStringLiteral("tenant_id")))
        e.tenantId = outcome.value(QStringLiteral("tenant_id")).toInteger();
    QJsonObject after = plan.afterJson();
    if (!outcome.isEmpty())
        after.insert(QStringLiteral("_result"), outcome);
    if (!plan.effects.isEmpty() && plan.changes.isEmpty())
        after.insert(QStringLiteral("_effects"), QJsonArray::fromStringList(plan.effects));
    e.beforeJson = QString::fromUtf8(QJsonDocument(plan.beforeJson()).toJson(QJsonDocument::Compact));
    e.afterJson = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    e.hash = computeHash(e);
    db.exec(QStringLiteral(
                "INSERT INTO audit_log (at, actor, action, target_type, target, tenant_id, before_json, "
                "after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {e.at, e.actor, e.action, e.targetType, e.target,
             e.tenantId ? QVariant(*e.tenantId) : QVariant(QMetaType::fromType<qint64>()), e.beforeJson,
             e.afterJson, e.prevHash, e.hash});
}

QList<AuditEntry> AuditLog::list(Database& db, const AuditQuery& query)
{
    QVariantList params;
    const QString where = whereClause(query, params);
    params << query.limit << query.offset;
    QSqlQuery r = db.exec(QStringLiteral("SELECT ") + kAuditColumns + QStringLiteral(" FROM audit_log") +
                              where + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"),
                          params);
    QList<AuditEntry> list;
    while (r.next())
        list << entryFrom(r);
    return list;
}

qint64 AuditLog::count(Database& db, const AuditQuery& query)
{
    QVariantList params;
    const QString where = whereClause(query, params);
    return db.scalar(QStringLiteral("SELECT count(*) FROM audit_log") + where, params).toLongLong();
}

AuditVerification AuditLog::verify(Database& db)
{
    AuditVerification result;
    QString expectedPrev;
    qint64 lastId = 0;
    {
        QSqlQuery r = db.exec(QStringLiteral("SELECT ") + kAuditColumns +
                              QStringLiteral(" FROM audit_log ORDER BY id"));
        while (r.next()) {
            const AuditEntry e = entryFrom(r);
            ++result.rowsChecked;
            if (e.prevHash != expectedPrev) {
                result.ok = false;
                result.firstBadId = e.id;
                result.problem =
                    lastId == 0
                        ? tr("Audit row %1 does not start the chain: rows before it were removed.").arg(e.id)
                        : tr("Audit row %1 does not link to row %2: a row between them was removed or "
                             "row %2 was altered.")
                              .arg(e.id)
                              .arg(lastId);
                return result;
            }
            if (computeHash(e) != e.hash) {
                result.ok = false;
                result.firstBadId = e.id;
                result.problem =
                    tr("Audit row %1 was altered: its content no longer matches its hash.").arg(e.id);
                return result;
            }
            expectedPrev = e.hash;
            lastId = e.id;
        }
    }
    QSqlQuery head = db.exec(QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1"));
    if (head.next()) {
        const QString headHash = head.value(1).toString();
        if (headHash != expectedPrev) {
            result.ok = false;
            result.firstBadId = head.value(0).isNull() ? 0 : head.value(0).toLongLong();
            result.problem =
                lastId == 0 ? tr("The audit log is empty but rows were written: all rows were removed.")
                            : tr("Rows after audit row %1 were removed (the chain once ended at row %2).")
                                  .arg(lastId)
                                  .arg(head.value(0).toLongLong());
        }
    }
    return result;
}

} // namespace fusion
