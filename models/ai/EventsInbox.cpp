#include "models/ai/EventsInbox.h"

#include "models/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace fusion {

namespace {

const char* const kEventsSelect =
    "SELECT id, source, event_type, ref, received_at, received_by, processed, processed_at, processed_by, "
    "notes, row_version FROM ai_events ";

InboxEvent eventsFrom(const QSqlQuery& q)
{
    InboxEvent e;
    e.id = q.value(0).toLongLong();
    e.source = q.value(1).toString();
    e.type = q.value(2).toString();
    e.ref = q.value(3).toString();
    e.receivedAt = Database::toDateTime(q.value(4));
    e.receivedBy = q.value(5).toString();
    e.processed = q.value(6).toBool();
    e.processedAt = Database::toDateTime(q.value(7));
    e.processedBy = q.value(8).toString();
    e.notes = q.value(9).toString();
    e.rowVersion = q.value(10).toInt();
    return e;
}

// Characters as both databases count them (length()), not UTF-16 units.
qsizetype eventsLength(const QString& text)
{
    return text.toUcs4().size();
}

// PostgreSQL's jsonb cannot hold U+0000 even escaped; refusing it here keeps both stores alike.
bool eventsHoldsNul(const QJsonValue& v)
{
    if (v.isString())
        return v.toString().contains(QChar(0));
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue& item : a) {
            if (eventsHoldsNul(item))
                return true;
        }
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().contains(QChar(0)) || eventsHoldsNul(it.value()))
                return true;
        }
    }
    return false;
}

void eventsCheck(const QString& source, const QString& type, const QString& ref, const QByteArray& payload)
{
    // The same rule as the tables' CHECK, anchored at the very end (a QRegularExpression "$" would let a
    // trailing newline through).
    static const QRegularExpression sourceRule(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9_.-]{0,39}")));
    if (!sourceRule.match(source).hasMatch())
        throw Failure(ErrorKind::InvalidInput,
                      EventsInbox::tr("The source must be 1 to 40 lowercase letters, digits, \".\", \"_\" or "
                                      "\"-\", starting with a letter or digit, not \"%1\".")
                          .arg(source.left(80)));
    if (type.isEmpty() || eventsLength(type) > 120)
        throw Failure(ErrorKind::InvalidInput,
                      EventsInbox::tr("The event type must be 1 to 120 characters (it has %1).")
                          .arg(eventsLength(type)));
    if (eventsLength(ref) > 200)
        throw Failure(ErrorKind::InvalidInput,
                      EventsInbox::tr("The reference must be at most 200 characters (it has %1).")
                          .arg(eventsLength(ref)));
    if (payload.size() > EventsInbox::kMaxPayloadBytes)
        throw Failure(ErrorKind::InvalidInput,
                      EventsInbox::tr("The payload is larger than 1 MiB (%1 bytes); nothing was stored.")
                          .arg(payload.size()));
    if (payload.trimmed().isEmpty())
        throw Failure(ErrorKind::InvalidInput,
                      EventsInbox::tr("The payload is empty: send a JSON object or array."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    // Qt parses only objects and arrays at the top: a bare number or string reads as malformed, so say
    // what is wrong with it instead.
    if (error.error != QJsonParseError::NoError &&
        !QJsonDocument::fromJson(QByteArrayLiteral("[") + payload + QByteArrayLiteral("]")).isNull())
        throw Failure(ErrorKind::InvalidInput,
                      EventsInbox::tr("The payload must be a JSON object or array; nothing was stored."));
    if (error.error != QJsonParseError::NoError)
        throw Failure(ErrorKind::InvalidInput,
                      EventsInbox::tr("The payload is not valid JSON (%1 at byte %2); nothing was stored.")
                          .arg(error.errorString())
                          .arg(error.offset));
    if (!doc.isObject() && !doc.isArray())
        throw Failure(ErrorKind::InvalidInput,
                      EventsInbox::tr("The payload must be a JSON object or array; nothing was stored."));
    if (eventsHoldsNul(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array())))
        throw Failure(
            ErrorKind::InvalidInput,
            EventsInbox::tr("The payload holds a NUL character (\\u0000), which cannot be stored."));
}

} // namespace

// No row in the hash-chained audit_log per event: senders retry and burst, and the log is for people's
// confirmed writes (marking processed is one). Nor in the AI audit, which records asks, searches and
// feedback (its operations say so) and which the intake role may not write. The event row is its own
// record: who sent it (received_by; on PostgreSQL the intake role can only write its own session user) and
// when, never changed afterwards but for the processed columns.
ReceivedEvent EventsInbox::receive(Database& db, const QString& source, const QString& type,
                                   const QString& ref, const QByteArray& payload, const QString& receivedBy)
{
    eventsCheck(source, type, ref, payload);
    // Stored as sent (jsonb normalises it on PostgreSQL): re-serialising here would round large numbers.
    const QString json = QString::fromUtf8(payload);
    const QString by = receivedBy.isEmpty() ? db.actor() : receivedBy;
    // ON CONFLICT rather than look-then-insert: concurrent retries of one reference leave one row, and the
    // losers neither fail nor wait longer than the winner's insert. No RETURNING: the intake role may not
    // read ids, only use the sequence.
    const QString sql =
        db.isPostgres()
            ? QStringLiteral(
                  "INSERT INTO ai_events (source, event_type, ref, payload, received_by) VALUES (?, "
                  "?, ?, CAST(? AS jsonb), ?) ON CONFLICT (source, ref) WHERE ref <> '' DO NOTHING")
            : QStringLiteral(
                  "INSERT INTO ai_events (source, event_type, ref, payload, received_by) VALUES (?, "
                  "?, ?, ?, ?) ON CONFLICT (source, ref) WHERE ref <> '' DO NOTHING");
    int inserted = 0;
    try {
        inserted = db.exec(sql, {source, type, ref, json, by}).numRowsAffected();
    } catch (const Failure& f) {
        // jsonb is stricter than Qt's parser in a corner or two (a lone UTF-16 surrogate escape): still the
        // sender's mistake, not the database's.
        if (!db.isPostgres() || f.error().kind != ErrorKind::Internal ||
            !f.error().detail.contains(QLatin1String("json"), Qt::CaseInsensitive))
            throw;
        throw Failure(
            ErrorKind::InvalidInput,
            tr("PostgreSQL refused the payload as JSON (%1); nothing was stored.").arg(f.error().detail),
            f.error().detail);
    }
    ReceivedEvent out;
    if (inserted == 1) {
        out.id = db.scalar(db.isPostgres()
                               ? QStringLiteral("SELECT currval(pg_get_serial_sequence('ai_events', 'id'))")
                               : QStringLiteral("SELECT last_insert_rowid()"))
                     .toLongLong();
        return out;
    }
    out.duplicate = true;
    const bool mayReadIds =
        !db.isPostgres() ||
        db.scalar(QStringLiteral("SELECT has_column_privilege('ai_events', 'id', 'SELECT')")).toBool();
    if (mayReadIds) {
        const QVariant id =
            db.scalar(QStringLiteral("SELECT id FROM ai_events WHERE source = ? AND ref = ?"), {source, ref});
        if (id.isValid() && !id.isNull())
            out.id = id.toLongLong();
    }
    return out;
}

QList<InboxEvent> EventsInbox::list(Database& db, const EventFilter& filter)
{
    QString sql = QString::fromLatin1(kEventsSelect) + QStringLiteral("WHERE 1 = 1 ");
    QVariantList params;
    if (filter.processed != EventFilter::Processed::Any) {
        sql += QStringLiteral("AND processed = ? ");
        params << (filter.processed == EventFilter::Processed::Yes);
    }
    if (!filter.source.isEmpty()) {
        sql += QStringLiteral("AND source = ? ");
        params << filter.source;
    }
    sql += QStringLiteral("ORDER BY received_at DESC, id DESC LIMIT ?");
    params << qMax(1, filter.limit);
    QList<InboxEvent> out;
    QSqlQuery q = db.exec(sql, params);
    while (q.next())
        out << eventsFrom(q);
    return out;
}

InboxEvent EventsInbox::require(Database& db, qint64 id)
{
    // The payload only here: a list of events would carry up to 1 MiB per row.
    QSqlQuery r = db.exec(QStringLiteral("SELECT id, source, event_type, ref, received_at, received_by, "
                                         "processed, processed_at, processed_by, notes, row_version, "
                                         "payload FROM ai_events WHERE id = ?"),
                          {id});
    if (!r.next())
        throw Failure(ErrorKind::NotFound, tr("There is no event with id %1.").arg(id));
    InboxEvent e = eventsFrom(r);
    e.payload = r.value(11).toString().toUtf8();
    return e;
}

PendingWrite EventsInbox::planProcess(Database& db, const QList<qint64>& ids, const QString& notes)
{
    QList<qint64> wanted;
    for (const qint64 id : ids) {
        if (!wanted.contains(id))
            wanted << id;
    }
    if (wanted.isEmpty())
        throw Failure(ErrorKind::InvalidInput, tr("Name at least one event to mark processed."));
    if (eventsLength(notes) > kMaxNotes)
        throw Failure(
            ErrorKind::InvalidInput,
            tr("Notes are at most %1 characters (these have %2).").arg(kMaxNotes).arg(eventsLength(notes)));

    QList<InboxEvent> events;
    QStringList missing;
    QStringList done;
    for (const qint64 id : wanted) {
        QSqlQuery q = db.exec(QString::fromLatin1(kEventsSelect) + QStringLiteral("WHERE id = ?"), {id});
        if (!q.next()) {
            missing << QString::number(id);
            continue;
        }
        const InboxEvent e = eventsFrom(q);
        if (e.processed)
            done << tr("event %1 was processed by %2 at %3")
                        .arg(e.id)
                        .arg(e.processedBy, e.processedAt.toUTC().toString(Qt::ISODate));
        events << e;
    }
    if (!missing.isEmpty())
        throw Failure(
            ErrorKind::NotFound,
            tr("There is no event with id %1; nothing was marked.").arg(missing.join(QStringLiteral(", "))));
    if (!done.isEmpty())
        throw Failure(ErrorKind::Conflict,
                      tr("Already processed: %1. Nothing was marked.").arg(done.join(QStringLiteral("; "))));

    const QString actor = db.actor();
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("ai_event.process");
    plan.targetType = QStringLiteral("ai_event");
    QStringList idTexts;
    for (const InboxEvent& e : events)
        idTexts << QString::number(e.id);
    plan.target = idTexts.join(QLatin1Char(','));
    plan.title = events.size() == 1 ? tr("Mark event %1 processed").arg(events.first().id)
                                    : tr("Mark %n events processed", nullptr, int(events.size()));
    plan.verb = tr("Mark Processed");
    plan.changes << FieldChange{QStringLiteral("processed"), tr("Processed"), false, true}
                 << FieldChange{QStringLiteral("processed_by"), tr("Processed by"), QString(), actor};
    if (!notes.isEmpty())
        plan.changes << FieldChange{QStringLiteral("notes"), tr("Notes"), QString(), notes};
    for (const InboxEvent& e : events)
        plan.effects << (e.ref.isEmpty()
                             ? tr("Event %1: %2 from %3, received %4")
                                   .arg(e.id)
                                   .arg(e.type, e.source, e.receivedAt.toUTC().toString(Qt::ISODate))
                             : tr("Event %1: %2 from %3 (ref %4), received %5")
                                   .arg(e.id)
                                   .arg(e.type, e.source, e.ref, e.receivedAt.toUTC().toString(Qt::ISODate)));
    plan.rowsAffected = events.size();
    write.apply = [events, notes, actor](Database& d) {
        const QString now = Database::nowText();
        QJsonArray processed;
        for (const InboxEvent& e : events) {
            const QSqlQuery q =
                d.exec(QStringLiteral(
                           "UPDATE ai_events SET processed = ?, processed_at = ?, processed_by = ?, notes = "
                           "?, row_version = row_version + 1 WHERE id = ? AND row_version = ? AND "
                           "processed = ?"),
                       {true, now, actor, notes, e.id, e.rowVersion, false});
            if (q.numRowsAffected() != 1)
                throw Failure(ErrorKind::Conflict,
                              tr("Event %1 was changed by someone else meanwhile (processed?); nothing was "
                                 "marked. Look again.")
                                  .arg(e.id));
            processed.append(e.id);
        }
        return QJsonObject{{QStringLiteral("processed"), processed}};
    };
    return write;
}

} // namespace fusion
