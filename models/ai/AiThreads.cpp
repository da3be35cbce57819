#include "models/ai/AiThreads.h"

#include "models/ai/AiAudit.h"
#include "models/core/Error.h"
#include "models/storage/Database.h"

#include <QSqlQuery>

namespace fusion {

namespace {

const char* const kThreadSelect = "SELECT th.id, th.title, th.provider_id, p.name, p.provider_type, "
                                  "th.tenant_id, t.slug, th.owner, th.state, "
                                  "th.created_at, th.last_message_at, th.closed_at, th.row_version, "
                                  "(SELECT count(*) FROM ai_messages m WHERE m.thread_id = th.id) "
                                  "FROM ai_threads th JOIN ai_providers p ON p.id = th.provider_id LEFT JOIN "
                                  "tenants t ON t.id = th.tenant_id ";

AiThread threadFrom(const QSqlQuery& q)
{
    AiThread t;
    t.id = q.value(0).toLongLong();
    t.title = q.value(1).toString();
    t.providerId = q.value(2).toLongLong();
    t.providerName = q.value(3).toString();
    t.providerType = q.value(4).toString();
    t.tenantId = Database::toOptionalInt(q.value(5));
    t.tenantSlug = q.value(6).toString();
    t.owner = q.value(7).toString();
    t.state = q.value(8).toString();
    t.createdAt = Database::toDateTime(q.value(9));
    t.lastMessageAt = Database::toDateTime(q.value(10));
    t.closedAt = Database::toDateTime(q.value(11));
    t.rowVersion = q.value(12).toInt();
    t.messages = q.value(13).toLongLong();
    return t;
}

WritePlan threadPlan(const AiThread& t, const QString& action, const QString& title, const QString& verb)
{
    WritePlan plan;
    plan.action = action;
    plan.title = title;
    plan.verb = verb;
    plan.targetType = QStringLiteral("ai_thread");
    plan.target = QString::number(t.id);
    plan.tenantId = t.tenantId;
    return plan;
}

QString threadName(const AiThread& t)
{
    return t.title.isEmpty() ? AiThreads::tr("thread %1").arg(t.id)
                             : AiThreads::tr("thread %1 \"%2\"").arg(t.id).arg(t.title);
}

} // namespace

QList<AiThread> AiThreads::list(Database& db, const Query& query)
{
    QString sql = QString::fromLatin1(kThreadSelect) + QStringLiteral("WHERE th.owner = ?");
    QVariantList params{db.actor()};
    if (!query.includeClosed)
        sql += QStringLiteral(" AND th.state = 'active'");
    if (!query.search.trimmed().isEmpty()) {
        const QString pattern = Database::containsPattern(query.search.trimmed());
        sql +=
            QStringLiteral(" AND (lower(th.title) LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM ai_messages m "
                           "WHERE m.thread_id = th.id AND lower(m.content) LIKE ? ESCAPE '\\'))");
        params << pattern << pattern;
    }
    sql += QStringLiteral(" ORDER BY th.last_message_at DESC, th.id DESC LIMIT ?");
    params << std::clamp(query.limit, 1, 10000);
    QList<AiThread> out;
    QSqlQuery q = db.exec(sql, params);
    while (q.next())
        out << threadFrom(q);
    return out;
}

AiThread AiThreads::require(Database& db, qint64 id)
{
    QSqlQuery q =
        db.exec(QString::fromLatin1(kThreadSelect) + QStringLiteral("WHERE th.id = ? AND th.owner = ?"),
                {id, db.actor()});
    if (!q.next())
        throw Failure(ErrorKind::NotFound, tr("There is no thread %1 of yours.").arg(id));
    return threadFrom(q);
}

QList<AiMessage> AiThreads::messages(Database& db, qint64 threadId, int limit)
{
    // The newest `limit` ids first, then read in order: a 10,000-message thread opens at its end.
    QString sql =
        QStringLiteral("SELECT m.id, m.thread_id, m.role, m.content, m.latency_ms, m.provider_status, "
                       "m.confidence, m.tokens_in, m.tokens_out, m.created_at, f.rating, f.comment "
                       "FROM ai_messages m LEFT JOIN ai_feedback f ON f.message_id = m.id AND f.login = ? "
                       "WHERE m.thread_id = ?");
    QVariantList params{db.actor(), threadId};
    if (limit > 0) {
        sql += QStringLiteral(" AND m.id >= COALESCE((SELECT min(id) FROM (SELECT id FROM ai_messages WHERE "
                              "thread_id = ? ORDER BY id DESC LIMIT ?) last), 0)");
        params << threadId << limit;
    }
    sql += QStringLiteral(" ORDER BY m.id");
    QList<AiMessage> out;
    QHash<qint64, qsizetype> byId;
    QSqlQuery q = db.exec(sql, params);
    while (q.next()) {
        AiMessage m;
        m.id = q.value(0).toLongLong();
        m.threadId = q.value(1).toLongLong();
        m.role = q.value(2).toString();
        m.content = q.value(3).toString();
        m.latencyMs = Database::toOptionalInt(q.value(4));
        m.providerStatus = q.value(5).toString();
        if (!q.value(6).isNull())
            m.confidence = q.value(6).toDouble();
        m.tokensIn = q.value(7).toLongLong();
        m.tokensOut = q.value(8).toLongLong();
        m.createdAt = Database::toDateTime(q.value(9));
        m.myRating = q.value(10).isNull() ? 0 : q.value(10).toInt();
        m.myComment = q.value(11).toString();
        byId.insert(m.id, out.size());
        out << m;
    }
    if (out.isEmpty())
        return out;
    QSqlQuery c =
        db.exec(QStringLiteral("SELECT c.message_id, c.rank, c.source_kind, c.source_id, c.title, c.url, "
                               "c.snippet, c.score FROM ai_citations c JOIN ai_messages m ON m.id = "
                               "c.message_id WHERE m.thread_id = ? AND m.id >= ? ORDER BY c.message_id, "
                               "c.rank"),
                {threadId, out.first().id});
    while (c.next()) {
        const auto at = byId.find(c.value(0).toLongLong());
        if (at == byId.end())
            continue;
        AiCitation cite;
        cite.rank = c.value(1).toInt();
        cite.sourceKind = c.value(2).toString();
        cite.sourceId = c.value(3).toString();
        cite.title = c.value(4).toString();
        cite.url = c.value(5).toString();
        cite.snippet = c.value(6).toString();
        if (!c.value(7).isNull())
            cite.score = c.value(7).toDouble();
        out[*at].citations << cite;
    }
    return out;
}

PendingWrite AiThreads::planClose(Database& db, const AiThread& thread)
{
    Q_UNUSED(db);
    if (thread.state == QLatin1String("closed"))
        throw Failure(ErrorKind::InvalidInput, tr("Thread %1 is already closed.").arg(thread.id));
    PendingWrite write;
    WritePlan& plan = write.plan = threadPlan(thread, QStringLiteral("ai_thread.close"),
                                              tr("Close %1").arg(threadName(thread)), tr("Close"));
    plan.changes << FieldChange{QStringLiteral("state"), tr("State"), thread.state, QStringLiteral("closed")};
    plan.effects << tr("A closed thread keeps its messages; new questions start a new thread.");
    plan.rowsAffected = 1;
    write.apply = [thread](Database& d) {
        QSqlQuery q =
            d.exec(QStringLiteral("UPDATE ai_threads SET state = 'closed', closed_at = ?, row_version = "
                                  "row_version + 1 WHERE id = ? AND row_version = ? AND state = 'active'"),
                   {Database::nowText(), thread.id, thread.rowVersion});
        if (q.numRowsAffected() != 1)
            throw Failure(
                ErrorKind::Conflict,
                tr("The thread changed meanwhile (a new message or another close); nothing was changed."));
        return QJsonObject{{QStringLiteral("ai_thread_id"), thread.id}};
    };
    return write;
}

PendingWrite AiThreads::planDelete(Database& db, const AiThread& thread)
{
    Q_UNUSED(db);
    PendingWrite write;
    WritePlan& plan = write.plan = threadPlan(thread, QStringLiteral("ai_thread.delete"),
                                              tr("Delete %1").arg(threadName(thread)), tr("Delete Thread"));
    plan.changes << FieldChange{QStringLiteral("title"), tr("Title"), thread.title, QVariant()};
    plan.effects << tr("Deletes %n message(s) with their citations and feedback; this cannot be undone.",
                       nullptr, int(thread.messages))
                 << tr("The AI audit keeps its (redacted) rows of this thread.");
    plan.rowsAffected = 1 + thread.messages;
    plan.destructive = true;
    write.apply = [thread](Database& d) {
        QSqlQuery q = d.exec(QStringLiteral("DELETE FROM ai_threads WHERE id = ? AND row_version = ?"),
                             {thread.id, thread.rowVersion});
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict, tr("The thread changed meanwhile; nothing was deleted."));
        return QJsonObject{{QStringLiteral("ai_thread_id"), thread.id},
                           {QStringLiteral("messages"), double(thread.messages)}};
    };
    return write;
}

PendingWrite AiThreads::planFeedback(Database& db, qint64 messageId, int rating, const QString& comment)
{
    if (rating != 1 && rating != -1)
        throw Failure(ErrorKind::InvalidInput, tr("Feedback is up or down."));
    if (comment.size() > maxCommentLength)
        throw Failure(ErrorKind::InvalidInput, tr("A comment has at most %1 characters (this one has %2).")
                                                   .arg(maxCommentLength)
                                                   .arg(comment.size()));
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT m.thread_id, m.role, th.provider_id, f.rating, f.comment FROM "
                               "ai_messages m JOIN ai_threads th ON th.id = m.thread_id LEFT JOIN "
                               "ai_feedback f ON f.message_id = m.id AND f.login = ? WHERE m.id = ? AND "
                               "th.owner = ?"),
                {db.actor(), messageId, db.actor()});
    if (!q.next())
        throw Failure(ErrorKind::NotFound, tr("There is no message %1 in a thread of yours.").arg(messageId));
    if (q.value(1).toString() != QLatin1String("assistant"))
        throw Failure(ErrorKind::InvalidInput,
                      tr("Feedback is given on answers; message %1 is a question.").arg(messageId));
    const qint64 threadId = q.value(0).toLongLong();
    const qint64 providerId = q.value(2).toLongLong();
    const QVariant before = q.value(3).isNull() ? QVariant() : QVariant(q.value(3).toInt());
    const QString beforeComment = q.value(4).toString();
    auto ratingText = [](const QVariant& r) {
        return !r.isValid() ? QString() : r.toInt() > 0 ? tr("up") : tr("down");
    };
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("ai_feedback.set");
    plan.title = tr("Rate answer %1 %2").arg(messageId).arg(ratingText(rating));
    plan.verb = tr("Send Feedback");
    plan.targetType = QStringLiteral("ai_message");
    plan.target = QString::number(messageId);
    FieldChange r{QStringLiteral("rating"), tr("Rating"), before, rating};
    r.beforeText = ratingText(before);
    r.afterText = ratingText(rating);
    plan.changes << r;
    if (comment != beforeComment) {
        // The general audit keeps the values: redacted, like the AI audit; the person sees what they typed.
        const ai::Redactor redactor = AiAudit::redactor(db);
        FieldChange c{QStringLiteral("comment"), tr("Comment"), redactor.redact(beforeComment).text,
                      redactor.redact(comment).text};
        c.beforeText = beforeComment;
        c.afterText = comment;
        plan.changes << c;
    }
    plan.rowsAffected = 1;
    write.apply = [=](Database& d) {
        d.exec(QStringLiteral(
                   "INSERT INTO ai_feedback (message_id, login, rating, comment, created_at) VALUES (?, ?, "
                   "?, ?, ?) ON CONFLICT (message_id, login) DO UPDATE SET rating = excluded.rating, "
                   "comment = excluded.comment, created_at = excluded.created_at"),
               {messageId, d.actor(), rating, comment, Database::nowText()});
        AiAudit::Entry e;
        e.operation = QStringLiteral("feedback");
        e.providerId = providerId;
        e.threadId = threadId;
        e.messageId = messageId;
        e.request = (rating > 0 ? QStringLiteral("up") : QStringLiteral("down")) +
                    (comment.isEmpty() ? QString() : QStringLiteral(": ") + comment);
        e.status = QStringLiteral("success");
        AiAudit::record(d, AiAudit::redactor(d), e);
        return QJsonObject{{QStringLiteral("message_id"), messageId}, {QStringLiteral("rating"), rating}};
    };
    return write;
}

} // namespace fusion
