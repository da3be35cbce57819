#include "models/support/SupportRequests.h"

#include "models/core/Error.h"
#include "models/roles/RoleService.h"

#include <QSqlQuery>

namespace fusion {

namespace {

const QString kSupportSelect = QStringLiteral(
    "SELECT r.id, r.tenant_id, t.slug, t.name, r.subject, r.body, r.severity, r.state, r.created_by, "
    "r.created_at, r.answer, r.answered_by, r.answered_at, r.closed_by, r.closed_at, r.updated_at, "
    "r.row_version FROM support_requests r JOIN tenants t ON t.id = r.tenant_id");

SupportRequest supportRequestFrom(const QSqlQuery& q)
{
    SupportRequest r;
    r.id = q.value(0).toLongLong();
    r.tenantId = q.value(1).toLongLong();
    r.tenantSlug = q.value(2).toString();
    r.tenantName = q.value(3).toString();
    r.subject = q.value(4).toString();
    r.body = q.value(5).toString();
    r.severity = q.value(6).toString();
    r.state = q.value(7).toString();
    r.createdBy = q.value(8).toString();
    r.createdAt = Database::toDateTime(q.value(9));
    r.answer = q.value(10).toString();
    r.answeredBy = q.value(11).toString();
    r.answeredAt = Database::toDateTime(q.value(12));
    r.closedBy = q.value(13).toString();
    r.closedAt = Database::toDateTime(q.value(14));
    r.updatedAt = Database::toDateTime(q.value(15));
    r.rowVersion = q.value(16).toInt();
    return r;
}

// A state change: the plan for the person, and the update that checks nobody moved the request meanwhile.
PendingWrite supportMove(const SupportRequest& r, const QString& action, const QString& title,
                         const QString& verb, const QString& to)
{
    PendingWrite write;
    write.plan.action = action;
    write.plan.title = title;
    write.plan.verb = verb;
    write.plan.targetType = QStringLiteral("support_request");
    write.plan.target = QString::number(r.id);
    write.plan.tenantId = r.tenantId;
    FieldChange state{QStringLiteral("state"), SupportRequests::tr("State"), r.state, to};
    state.beforeText = SupportRequests::stateLabel(r.state);
    state.afterText = SupportRequests::stateLabel(to);
    write.plan.changes << state;
    return write;
}

Failure supportChangedMeanwhile()
{
    return Failure(ErrorKind::Conflict,
                   SupportRequests::tr("The request was changed meanwhile by another session; "
                                       "nothing was written. Look again."));
}

} // namespace

const QStringList& SupportRequests::severities()
{
    static const QStringList s{QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
                               QStringLiteral("urgent")};
    return s;
}

const QStringList& SupportRequests::states()
{
    static const QStringList s{QStringLiteral("open"), QStringLiteral("answered"), QStringLiteral("closed")};
    return s;
}

QString SupportRequests::severityLabel(const QString& severity)
{
    if (severity == QLatin1String("low"))
        return tr("Low");
    if (severity == QLatin1String("normal"))
        return tr("Normal");
    if (severity == QLatin1String("high"))
        return tr("High");
    if (severity == QLatin1String("urgent"))
        return tr("Urgent");
    return severity;
}

QString SupportRequests::stateLabel(const QString& state)
{
    if (state == QLatin1String("open"))
        return tr("Open");
    if (state == QLatin1String("answered"))
        return tr("Answered");
    if (state == QLatin1String("closed"))
        return tr("Closed");
    return state;
}

QList<SupportRequest> SupportRequests::list(Database& db, const SupportFilter& filter)
{
    QStringList where;
    QVariantList params;
    if (!filter.state.isEmpty()) {
        if (!states().contains(filter.state))
            throw Failure(
                ErrorKind::InvalidInput,
                tr("\"%1\" is not a state; use open, answered or closed.").arg(filter.state.left(20)));
        where << QStringLiteral("r.state = ?");
        params << filter.state;
    }
    if (!filter.severity.isEmpty()) {
        if (!severities().contains(filter.severity))
            throw Failure(ErrorKind::InvalidInput,
                          tr("\"%1\" is not a severity; use low, normal, high or urgent.")
                              .arg(filter.severity.left(20)));
        where << QStringLiteral("r.severity = ?");
        params << filter.severity;
    }
    if (!filter.tenant.isEmpty()) {
        where << QStringLiteral("t.slug = ?");
        params << filter.tenant;
    }
    QString sql = kSupportSelect;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql +=
        QStringLiteral(" ORDER BY r.created_at DESC, CASE r.severity WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 "
                       "WHEN 'normal' THEN 2 ELSE 3 END, r.id DESC LIMIT ?");
    params << qBound(1, filter.limit, 10000);
    QList<SupportRequest> out;
    QSqlQuery q = db.exec(sql, params);
    while (q.next())
        out << supportRequestFrom(q);
    return out;
}

std::optional<SupportRequest> SupportRequests::find(Database& db, qint64 id)
{
    QSqlQuery q = db.exec(kSupportSelect + QStringLiteral(" WHERE r.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return supportRequestFrom(q);
}

SupportRequest SupportRequests::read(Database& db, qint64 id)
{
    if (auto r = find(db, id))
        return *r;
    throw Failure(ErrorKind::NotFound, tr("There is no support request %1 you may see.").arg(id));
}

PendingWrite SupportRequests::planOpen(Database& db, const QString& tenantSlug, const QString& subject,
                                       const QString& body, const QString& severity)
{
    const QString s = subject.trimmed();
    if (s.isEmpty() || s.size() > kMaxSubject)
        throw Failure(ErrorKind::InvalidInput,
                      tr("A request needs a subject of 1 to %1 characters.").arg(kMaxSubject));
    if (body.trimmed().isEmpty() || body.size() > kMaxBody)
        throw Failure(ErrorKind::InvalidInput,
                      tr("Describe the problem in 1 to %L1 characters.").arg(kMaxBody));
    if (!severities().contains(severity))
        throw Failure(
            ErrorKind::InvalidInput,
            tr("\"%1\" is not a severity; use low, normal, high or urgent.").arg(severity.left(20)));
    QSqlQuery t = db.exec(QStringLiteral("SELECT id, name FROM tenants WHERE slug = ?"), {tenantSlug});
    if (!t.next())
        throw Failure(ErrorKind::NotFound,
                      tr("There is no tenant \"%1\" you may see.").arg(tenantSlug.left(80)));
    const qint64 tenantId = t.value(0).toLongLong();
    PendingWrite write;
    write.plan.action = QStringLiteral("support.open");
    write.plan.title = tr("Open a support request for %1: \"%2\"").arg(tenantSlug, s);
    write.plan.verb = tr("Open request");
    write.plan.targetType = QStringLiteral("support_request");
    write.plan.target = tenantSlug;
    write.plan.tenantId = tenantId;
    FieldChange sev{QStringLiteral("severity"), tr("Severity"), QVariant(), severity};
    sev.afterText = severityLabel(severity);
    write.plan.changes << FieldChange{QStringLiteral("subject"), tr("Subject"), QVariant(), s} << sev
                       << FieldChange{QStringLiteral("body_chars"), tr("Text"), QVariant(),
                                      tr("%n character(s)", nullptr, int(body.size()))};
    write.plan.effects << tr("Operators see it in their Support pane and answer it there.");
    write.apply = [tenantId, s, body, severity](Database& d) {
        const QString now = Database::nowText();
        const qint64 id = d.insertReturningId(
            QStringLiteral("INSERT INTO support_requests (tenant_id, subject, body, severity, created_by, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {tenantId, s, body, severity, d.actor(), now, now});
        return QJsonObject{{QStringLiteral("request_id"), id}};
    };
    return write;
}

namespace {

const QString kSupportMessageSelect = QStringLiteral(
    "SELECT id, request_id, author, author_role, body, created_at FROM support_messages WHERE ");

SupportMessage supportMessageFrom(const QSqlQuery& q)
{
    SupportMessage m;
    m.id = q.value(0).toLongLong();
    m.requestId = q.value(1).toLongLong();
    m.author = q.value(2).toString();
    m.authorRole = q.value(3).toString();
    m.body = q.value(4).toString();
    m.createdAt = Database::toDateTime(q.value(5));
    return m;
}

} // namespace

QList<SupportMessage> SupportRequests::messages(Database& db, qint64 id)
{
    QList<SupportMessage> out;
    QSqlQuery q =
        db.exec(kSupportMessageSelect + QStringLiteral("request_id = ? ORDER BY created_at, id"), {id});
    while (q.next())
        out << supportMessageFrom(q);
    return out;
}

QHash<qint64, QList<SupportMessage>> SupportRequests::threads(Database& db, const QList<qint64>& ids)
{
    QHash<qint64, QList<SupportMessage>> out;
    // In slices, so that a long list stays within every driver's limit on bound values.
    for (qsizetype from = 0; from < ids.size(); from += 200) {
        const QList<qint64> slice = ids.mid(from, 200);
        QVariantList params;
        for (const qint64 id : slice)
            params << id;
        QStringList marks(slice.size(), QStringLiteral("?"));
        QSqlQuery q =
            db.exec(kSupportMessageSelect + QStringLiteral("request_id IN (%1) ORDER BY created_at, id")
                                                .arg(marks.join(QLatin1Char(','))),
                    params);
        while (q.next()) {
            const SupportMessage m = supportMessageFrom(q);
            out[m.requestId] << m;
        }
    }
    return out;
}

QString SupportRequests::replyRole(Database& db)
{
    const Capabilities caps = RoleService(db).capabilities();
    const bool staff = caps.isOwner() || caps.roles.contains(Roles::Operator);
    return !staff && caps.roles.contains(Roles::TenantAdmin) ? QStringLiteral("tenant")
                                                             : QStringLiteral("staff");
}

namespace {

// A message in the thread: the plan shows what the database will do to the request, the apply checks that
// nobody moved the request meanwhile and inserts the message with the version it saw (the database's
// trigger refuses it too, should another session slip in between).
PendingWrite supportMessageWrite(const SupportRequest& r, const QString& body, const QString& role,
                                 const QString& action, const QString& title, const QString& verb)
{
    if (r.state == QLatin1String("closed"))
        throw Failure(ErrorKind::Conflict,
                      SupportRequests::tr("Request %1 is closed; reopen it before writing on it.").arg(r.id));
    if (body.trimmed().isEmpty() || body.size() > SupportRequests::kMaxBody)
        throw Failure(
            ErrorKind::InvalidInput,
            SupportRequests::tr("Write a message of 1 to %L1 characters.").arg(SupportRequests::kMaxBody));
    const bool staff = role == QLatin1String("staff");
    const QString to = staff ? QStringLiteral("answered") : QStringLiteral("open");
    PendingWrite write;
    if (to != r.state) {
        write = supportMove(r, action, title, verb, to);
    } else {
        write.plan.action = action;
        write.plan.title = title;
        write.plan.verb = verb;
        write.plan.targetType = QStringLiteral("support_request");
        write.plan.target = QString::number(r.id);
        write.plan.tenantId = r.tenantId;
    }
    write.plan.changes << FieldChange{QStringLiteral("message_chars"), SupportRequests::tr("Message"),
                                      QVariant(),
                                      SupportRequests::tr("%n character(s)", nullptr, int(body.size()))};
    write.plan.effects
        << (staff ? SupportRequests::tr("%1 sees the reply in the request's thread.").arg(r.createdBy)
                  : SupportRequests::tr("The operators see the reply in their Support pane."));
    write.plan.effects << SupportRequests::tr("A message cannot be edited or deleted once sent.");
    const qint64 id = r.id;
    const int version = r.rowVersion;
    write.apply = [id, version, body, role, to](Database& d) {
        QSqlQuery now = d.exec(QStringLiteral("SELECT row_version FROM support_requests WHERE id = ?"), {id});
        if (!now.next() || now.value(0).toInt() != version)
            throw supportChangedMeanwhile();
        now.finish();
        const qint64 messageId = d.insertReturningId(
            QStringLiteral("INSERT INTO support_messages (request_id, author, author_role, body, created_at, "
                           "seen_version) VALUES (?, ?, ?, ?, ?, ?)"),
            {id, d.actor(), role, body, Database::nowText(), version});
        return QJsonObject{{QStringLiteral("request_id"), id},
                           {QStringLiteral("message_id"), messageId},
                           {QStringLiteral("author_role"), role},
                           {QStringLiteral("state"), to}};
    };
    return write;
}

} // namespace

PendingWrite SupportRequests::planReply(Database& db, qint64 id, const QString& body)
{
    const SupportRequest r = read(db, id);
    return supportMessageWrite(
        r, body, replyRole(db), QStringLiteral("support.reply"),
        tr("Reply to support request %1 (%2): \"%3\"").arg(id).arg(r.tenantSlug, r.subject),
        tr("Send reply"));
}

PendingWrite SupportRequests::planAnswer(Database& db, qint64 id, const QString& answer)
{
    const SupportRequest r = read(db, id);
    if (r.state == QLatin1String("answered"))
        throw Failure(
            ErrorKind::Conflict,
            tr("Request %1 is answered already; reply in its thread to add to the answer.").arg(id));
    if (answer.trimmed().isEmpty() || answer.size() > kMaxBody)
        throw Failure(ErrorKind::InvalidInput, tr("Write an answer of 1 to %L1 characters.").arg(kMaxBody));
    // Always as staff: a tenant admin's "answer" is refused by the database, not turned into a reply.
    return supportMessageWrite(
        r, answer, QStringLiteral("staff"), QStringLiteral("support.answer"),
        tr("Answer support request %1 (%2): \"%3\"").arg(id).arg(r.tenantSlug, r.subject), tr("Send answer"));
}

PendingWrite SupportRequests::planClose(Database& db, qint64 id)
{
    const SupportRequest r = read(db, id);
    if (r.state == QLatin1String("closed"))
        throw Failure(ErrorKind::Conflict, tr("Request %1 is closed already.").arg(id));
    PendingWrite write =
        supportMove(r, QStringLiteral("support.close"),
                    tr("Close support request %1 (%2): \"%3\"").arg(id).arg(r.tenantSlug, r.subject),
                    tr("Close request"), QStringLiteral("closed"));
    if (r.state == QLatin1String("open"))
        write.plan.effects << tr("It was never answered.");
    const int version = r.rowVersion;
    write.apply = [id, version](Database& d) {
        const QString now = Database::nowText();
        QSqlQuery q = d.exec(QStringLiteral("UPDATE support_requests SET state = 'closed', closed_by = ?, "
                                            "closed_at = ?, updated_at = ?, row_version = row_version + 1 "
                                            "WHERE id = ? AND row_version = ?"),
                             {d.actor(), now, now, id, version});
        if (q.numRowsAffected() != 1)
            throw supportChangedMeanwhile();
        return QJsonObject{{QStringLiteral("request_id"), id},
                           {QStringLiteral("state"), QStringLiteral("closed")}};
    };
    return write;
}

PendingWrite SupportRequests::planReopen(Database& db, qint64 id)
{
    const SupportRequest r = read(db, id);
    if (r.state == QLatin1String("open"))
        throw Failure(ErrorKind::Conflict, tr("Request %1 is open already.").arg(id));
    PendingWrite write =
        supportMove(r, QStringLiteral("support.reopen"),
                    tr("Reopen support request %1 (%2): \"%3\"").arg(id).arg(r.tenantSlug, r.subject),
                    tr("Reopen"), QStringLiteral("open"));
    if (!r.answer.isEmpty())
        write.plan.effects << tr("The thread so far stays; the next reply continues it.");
    const int version = r.rowVersion;
    write.apply = [id, version](Database& d) {
        QSqlQuery q = d.exec(QStringLiteral("UPDATE support_requests SET state = 'open', closed_by = '', "
                                            "closed_at = NULL, updated_at = ?, row_version = row_version + 1 "
                                            "WHERE id = ? AND row_version = ?"),
                             {Database::nowText(), id, version});
        if (q.numRowsAffected() != 1)
            throw supportChangedMeanwhile();
        return QJsonObject{{QStringLiteral("request_id"), id},
                           {QStringLiteral("state"), QStringLiteral("open")}};
    };
    return write;
}

} // namespace fusion
