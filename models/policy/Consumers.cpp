#include "models/policy/Consumers.h"

#include "models/policy/ConsumerCode.h"

#include <QJsonObject>

namespace fusion {

namespace {
const QString kConsumerSelect =
    QStringLiteral("SELECT c.id, c.code, c.tenant_id, t.slug, c.module, c.killed, "
                   "c.kill_reason, c.first_seen_at, c.row_version "
                   "FROM consumers c LEFT JOIN tenants t ON t.id = c.tenant_id");

Consumer consumerFrom(const QSqlQuery& q)
{
    Consumer c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.tenantId = q.value(2).toLongLong();
    c.tenantSlug = q.value(3).toString();
    c.module = q.value(4).toString();
    c.killed = q.value(5).toBool();
    c.killReason = q.value(6).toString();
    c.firstSeenAt = Database::toDateTime(q.value(7));
    c.rowVersion = q.value(8).toInt();
    return c;
}
} // namespace

QString Consumers::validateCode(const QString& code)
{
    return consumerCodeProblem(code);
}

QList<Consumer> Consumers::all(Database& db)
{
    QList<Consumer> out;
    QSqlQuery q = db.exec(kConsumerSelect + QStringLiteral(" ORDER BY c.code"));
    while (q.next())
        out << consumerFrom(q);
    return out;
}

std::optional<Consumer> Consumers::find(Database& db, const QString& code)
{
    QSqlQuery q = db.exec(kConsumerSelect + QStringLiteral(" WHERE c.code = ?"), {code});
    if (!q.next())
        return std::nullopt;
    return consumerFrom(q);
}

qint64 Consumers::ensure(Database& db, const QString& code)
{
    const QVariant existing = db.scalar(QStringLiteral("SELECT id FROM consumers WHERE code = ?"), {code});
    if (existing.isValid())
        return existing.toLongLong();
    if (const QString problem = validateCode(code); !problem.isEmpty())
        throw Failure(ErrorKind::InvalidInput, problem);
    QVariant tenantId;
    QString module;
    if (const qsizetype slash = code.indexOf(QLatin1Char('/')); slash > 0) {
        tenantId = db.scalar(QStringLiteral("SELECT id FROM tenants WHERE slug = ?"), {code.left(slash)});
        if (tenantId.isValid())
            module = code.mid(slash + 1);
    }
    db.exec(QStringLiteral("INSERT INTO consumers (code, tenant_id, module, created_by) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (code) DO NOTHING"),
            {code, tenantId, module, db.actor()});
    return db.scalar(QStringLiteral("SELECT id FROM consumers WHERE code = ?"), {code}).toLongLong();
}

PendingWrite Consumers::planKill(Database& db, const QString& code, bool killed, const QString& reason)
{
    const std::optional<Consumer> c = find(db, code);
    if (!c)
        throw Failure(ErrorKind::NotFound, tr("There is no consumer \"%1\".").arg(code));
    if (reason.size() > 500)
        throw Failure(ErrorKind::InvalidInput, tr("The reason is too long (at most 500 characters)."));
    PendingWrite w;
    w.plan.action = killed ? QStringLiteral("consumer.kill") : QStringLiteral("consumer.revive");
    w.plan.targetType = QStringLiteral("consumer");
    w.plan.target = code;
    if (c->tenantId)
        w.plan.tenantId = c->tenantId;
    w.plan.title =
        killed ? tr("Stop every call of consumer %1").arg(code) : tr("Let consumer %1 call again").arg(code);
    w.plan.verb = killed ? tr("Stop Consumer") : tr("Allow Calls");
    if (c->killed != killed)
        w.plan.changes << FieldChange(QStringLiteral("killed"), tr("Stopped"), c->killed, killed);
    if (killed && c->killReason != reason)
        w.plan.changes << FieldChange(QStringLiteral("kill_reason"), tr("Reason"), c->killReason, reason);
    if (w.plan.changes.isEmpty())
        return w;
    w.plan.effects << (killed ? tr("Calls already running finish; every new call is refused.")
                              : tr("Calls are decided by the consumer's access rules again."));
    const qint64 id = c->id;
    const int version = c->rowVersion;
    const QString newReason = killed ? reason : QString();
    w.apply = [id, version, killed, newReason](Database& target) {
        const int n =
            target
                .exec(QStringLiteral("UPDATE consumers SET killed = ?, kill_reason = ?, updated_at = ?, "
                                     "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                      {killed, newReason, Database::nowText(), id, version})
                .numRowsAffected();
        if (n != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("Someone changed this consumer meanwhile; look again and retry."));
        return QJsonObject();
    };
    return w;
}

} // namespace fusion
