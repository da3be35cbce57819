#include "models/usage/UsageImport.h"

#include "models/storage/Database.h"
#include "models/usage/Money.h"
#include "models/usage/UsageWriter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace fusion {

namespace {
const QStringList kUsageImportColumns{
    QStringLiteral("occurred_at"), QStringLiteral("consumer"),   QStringLiteral("provider"),
    QStringLiteral("user"),        QStringLiteral("feature"),    QStringLiteral("model"),
    QStringLiteral("tokens_in"),   QStringLiteral("tokens_out"), QStringLiteral("tokens_cached"),
    QStringLiteral("cost"),        QStringLiteral("latency_ms"), QStringLiteral("status"),
    QStringLiteral("http_status"), QStringLiteral("error"),      QStringLiteral("request_id")};
const QStringList kRequired{QStringLiteral("occurred_at"), QStringLiteral("consumer"),
                            QStringLiteral("provider")};

std::optional<qint64> wholeNumber(const QString& name, const QString& text, QStringList& reasons)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const bool negative = t.startsWith(QLatin1Char('-'));
    const QString digits = negative ? t.mid(1) : t;
    bool allDigits = !digits.isEmpty();
    for (const QChar c : digits)
        allDigits = allDigits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!allDigits) {
        reasons << UsageImport::tr("%1 is not a whole number").arg(name);
        return std::nullopt;
    }
    if (negative) {
        reasons << UsageImport::tr("%1 is negative").arg(name);
        return std::nullopt;
    }
    if (digits.size() > 12) {
        reasons << UsageImport::tr("%1 is too large").arg(name);
        return std::nullopt;
    }
    return digits.toLongLong();
}

QDateTime timestamp(const QString& text, QStringList& reasons)
{
    QString t = text.trimmed();
    if (t.size() > 10 && t.at(10) == QLatin1Char(' '))
        t[10] = QLatin1Char('T');
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid() || t.size() < 11) {
        reasons << UsageImport::tr("occurred_at \"%1\" is not an ISO 8601 date and time").arg(text.left(40));
        return {};
    }
    if (dt.timeSpec() == Qt::LocalTime) {
        reasons << UsageImport::tr("occurred_at \"%1\" has no time zone (add Z or an offset such as +02:00)")
                       .arg(text.left(40));
        return {};
    }
    return dt.toUTC();
}

// Fills `r` from name → text; every problem goes to `reasons`.
void fill(UsageRecord& r, const QHash<QString, QString>& values, QStringList& reasons)
{
    auto text = [&](const char* name) { return values.value(QString::fromLatin1(name)); };
    for (const QString& required : kRequired) {
        if (text(required.toLatin1().constData()).trimmed().isEmpty())
            reasons << UsageImport::tr("%1 is missing").arg(required);
    }
    if (!text("occurred_at").trimmed().isEmpty())
        r.occurredAt = timestamp(text("occurred_at"), reasons);
    r.consumer = text("consumer").trimmed();
    r.provider = text("provider").trimmed();
    r.user = text("user").trimmed();
    r.feature = text("feature").trimmed();
    r.model = text("model").trimmed();
    r.error = text("error");
    r.requestId = text("request_id").trimmed();
    r.tokens.in = wholeNumber(QStringLiteral("tokens_in"), text("tokens_in"), reasons).value_or(0);
    r.tokens.out = wholeNumber(QStringLiteral("tokens_out"), text("tokens_out"), reasons).value_or(0);
    r.tokens.cached =
        wholeNumber(QStringLiteral("tokens_cached"), text("tokens_cached"), reasons).value_or(0);
    r.latencyMs = wholeNumber(QStringLiteral("latency_ms"), text("latency_ms"), reasons);
    if (const std::optional<qint64> http =
            wholeNumber(QStringLiteral("http_status"), text("http_status"), reasons))
        r.httpStatus = int(qMin<qint64>(*http, 100000));
    const QString cost = text("cost").trimmed();
    if (!cost.isEmpty()) {
        if (cost.startsWith(QLatin1Char('-')))
            reasons << UsageImport::tr("cost is negative");
        else if (const std::optional<qint64> micros = Money::parse(cost))
            r.costMicros = micros;
        else
            reasons << UsageImport::tr("cost \"%1\" is not an amount (at most six decimals, up to a billion)")
                           .arg(cost.left(40));
    }
    const QString status = text("status").trimmed();
    r.status = status.isEmpty() ? QStringLiteral("ok") : status.toLower();
    // The record's own checks, for every field not already reported above (each field once).
    auto fieldOf = [](const QString& reason) {
        return reason.section(QRegularExpression(QStringLiteral("[ :]")), 0, 0);
    };
    QSet<QString> reported;
    for (const QString& reason : std::as_const(reasons))
        reported.insert(fieldOf(reason));
    for (const QString& problem : r.problems()) {
        if (!reported.contains(fieldOf(problem)))
            reasons << problem;
    }
}

// Decodes one line; nothing when it is not UTF-8 or holds a NUL.
std::optional<QString> decodeLine(const QByteArray& bytes)
{
    if (bytes.contains('\0'))
        return std::nullopt;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// Splits CSV records (RFC 4180: quoted fields may hold commas, quotes doubled, and line breaks). `complete`
// is false while a quoted field is still open at the end of `text`.
QStringList csvFields(const QString& text, bool& complete, bool& malformed)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    malformed = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                // A quote inside an unquoted field: the row is wrong, but it must not swallow the lines after
                // it.
                malformed = true;
                field += c;
                continue;
            }
            quoted = true;
            wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            continue; // the record's own line end
        } else {
            if (wasQuoted)
                malformed = true; // text after a closing quote
            field += c;
        }
    }
    complete = !quoted;
    fields << field;
    return fields;
}
} // namespace

QStringList UsageImport::columns()
{
    return kUsageImportColumns;
}

UsageImport::Parsed UsageImport::parse(const QByteArray& data, const QString& fileName)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return parse(buffer, fileName);
}

UsageImport::Parsed UsageImport::parse(QIODevice& in, const QString& fileName)
{
    Parsed out;
    if (in.size() > kMaxBytes) {
        out.fatal = tr("The file is %1 MiB; at most %2 MiB are imported at once: split it.")
                        .arg(in.size() / (1024 * 1024))
                        .arg(kMaxBytes / (1024 * 1024));
        return out;
    }
    const QByteArray head = in.peek(4);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        out.fatal = tr("The file is UTF-16 text; save it as UTF-8 and import it again.");
        return out;
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    QByteArray firstBytes = head;
    if (firstBytes.startsWith("\xEF\xBB\xBF"))
        firstBytes = in.peek(8).mid(3);
    const bool json = suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") ||
                      suffix == QLatin1String("json") ||
                      (suffix != QLatin1String("csv") && firstBytes.trimmed().startsWith('{'));
    out.format = json ? QStringLiteral("jsonl") : QStringLiteral("csv");

    QStringList header;
    QString pending; // a CSV record whose quoted field spans lines
    qint64 pendingLine = 0;
    qint64 lineNo = 0;
    qint64 bytesRead = 0;
    auto reject = [&](qint64 line, const QStringList& reasons) { out.rejected << Rejected{line, reasons}; };
    while (!in.atEnd()) {
        QByteArray bytes = in.readLine(kMaxLineBytes + 1);
        bytesRead += bytes.size();
        if (bytesRead > kMaxBytes) {
            out.fatal = tr("The file grew over %1 MiB while it was read.").arg(kMaxBytes / (1024 * 1024));
            return out;
        }
        ++lineNo;
        if (bytes.size() > kMaxLineBytes && !bytes.endsWith('\n')) {
            // Skip the rest of an over-long line.
            while (!in.atEnd() && !bytes.endsWith('\n')) {
                bytes = in.readLine(kMaxLineBytes + 1);
                bytesRead += bytes.size();
            }
            reject(lineNo, {tr("the line is longer than %1 KiB").arg(kMaxLineBytes / 1024)});
            pending.clear();
            continue;
        }
        if (lineNo == 1 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        const std::optional<QString> decoded = decodeLine(bytes);
        if (!decoded) {
            if (!json && header.isEmpty()) {
                out.fatal = tr("Line %1 (the header) is not UTF-8 text.").arg(lineNo);
                return out;
            }
            reject(pending.isEmpty() ? lineNo : pendingLine,
                   {tr("not UTF-8 text (or holds a NUL character)")});
            pending.clear();
            continue;
        }
        if (json) {
            const QString line = decoded->trimmed();
            if (line.isEmpty())
                continue;
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                reject(lineNo, {doc.isNull() ? tr("not JSON: %1").arg(error.errorString())
                                             : tr("not a JSON object")});
                continue;
            }
            QHash<QString, QString> values;
            QStringList reasons;
            const QJsonObject obj = doc.object();
            for (auto it = obj.begin(); it != obj.end(); ++it) {
                if (!kUsageImportColumns.contains(it.key())) {
                    reasons << tr("unknown field \"%1\"").arg(it.key().left(40));
                    continue;
                }
                const QJsonValue v = it.value();
                if (v.isString())
                    values.insert(it.key(), v.toString());
                else if (v.isDouble()) {
                    const double d = v.toDouble();
                    if (it.key() == QLatin1String("cost"))
                        values.insert(it.key(), QString::number(d, 'f', 6));
                    else if (d == double(qint64(d)) && qAbs(d) < 1e15)
                        values.insert(it.key(), QString::number(qint64(d)));
                    else
                        reasons << tr("%1 is not a whole number").arg(it.key());
                } else if (!v.isNull())
                    reasons << tr("%1 must be text or a number").arg(it.key());
            }
            UsageRecord r;
            fill(r, values, reasons);
            if (!reasons.isEmpty())
                reject(lineNo, reasons);
            else {
                out.rows << r;
                out.lines << lineNo;
            }
        } else {
            if (pending.isEmpty())
                pendingLine = lineNo;
            pending += *decoded;
            bool complete = true;
            bool malformed = false;
            const QStringList fields = csvFields(pending, complete, malformed);
            if (!complete && !in.atEnd())
                continue;
            const QString record = pending;
            pending.clear();
            if (record.trimmed().isEmpty())
                continue;
            if (header.isEmpty()) {
                QStringList unknown;
                QStringList seen;
                for (const QString& f : fields) {
                    const QString name = f.trimmed().toLower();
                    if (!kUsageImportColumns.contains(name))
                        unknown << (name.isEmpty() ? tr("(empty)")
                                                   : QStringLiteral("\"%1\"").arg(name.left(40)));
                    else if (seen.contains(name))
                        unknown << tr("\"%1\" twice").arg(name);
                    seen << name;
                }
                QStringList missing;
                for (const QString& r : kRequired) {
                    if (!seen.contains(r))
                        missing << r;
                }
                if (!unknown.isEmpty() || !missing.isEmpty() || malformed || !complete) {
                    QStringList why;
                    if (!unknown.isEmpty())
                        why << tr("unknown columns: %1").arg(unknown.join(QStringLiteral(", ")));
                    if (!missing.isEmpty())
                        why << tr("missing columns: %1").arg(missing.join(QStringLiteral(", ")));
                    if (malformed || !complete)
                        why << tr("the header is not valid CSV");
                    out.fatal = tr("The first line must name the columns (%1); %2.")
                                    .arg(kUsageImportColumns.join(QStringLiteral(", ")),
                                         why.join(QStringLiteral("; ")));
                    return out;
                }
                header = seen;
                continue;
            }
            if (!complete || malformed) {
                reject(pendingLine,
                       {!complete ? tr("a quoted field is not closed") : tr("a quote in the wrong place")});
                continue;
            }
            if (fields.size() != header.size()) {
                reject(pendingLine,
                       {tr("%1 fields where the header names %2").arg(fields.size()).arg(header.size())});
                continue;
            }
            QHash<QString, QString> values;
            for (int i = 0; i < header.size(); ++i)
                values.insert(header[i], fields[i]);
            QStringList reasons;
            UsageRecord r;
            fill(r, values, reasons);
            if (!reasons.isEmpty())
                reject(pendingLine, reasons);
            else {
                out.rows << r;
                out.lines << pendingLine;
            }
        }
        if (out.rows.size() + out.rejected.size() > kMaxRows) {
            out.fatal = tr("The file holds more than %1 rows; import it in parts.").arg(kMaxRows);
            return out;
        }
    }
    if (!json && header.isEmpty())
        out.fatal = tr("The file is empty: the first line must name the columns (%1).")
                        .arg(kUsageImportColumns.join(QStringLiteral(", ")));
    return out;
}

PendingWrite UsageImport::planImport(Database& db, Parsed& parsed, const QString& fileName, bool strict)
{
    if (!parsed.ok())
        throw Failure(ErrorKind::InvalidInput, parsed.fatal);
    // Rows naming a provider that does not exist are rejected like any other bad row.
    QSet<QString> providers;
    QSqlQuery pq = db.exec(QStringLiteral("SELECT code FROM providers"));
    while (pq.next())
        providers.insert(pq.value(0).toString());
    QList<UsageRecord> rows;
    QList<qint64> lines;
    for (qsizetype i = 0; i < parsed.rows.size(); ++i) {
        if (!providers.contains(parsed.rows[i].provider)) {
            parsed.rejected << Rejected{
                parsed.lines[i], {tr("there is no provider \"%1\"").arg(parsed.rows[i].provider.left(40))}};
            continue;
        }
        rows << parsed.rows[i];
        lines << parsed.lines[i];
    }
    std::sort(parsed.rejected.begin(), parsed.rejected.end(),
              [](const Rejected& a, const Rejected& b) { return a.line < b.line; });
    if (strict && !parsed.rejected.isEmpty())
        throw Failure(ErrorKind::InvalidInput,
                      tr("Nothing imported: %n row(s) are not valid (see the report).", nullptr,
                         int(parsed.rejected.size())));

    // Rows stored before (a re-import) and repeats within the file are skipped, and said so.
    QSet<QString> stored;
    QList<QString> keys;
    for (const UsageRecord& r : rows)
        keys << r.dedupKey();
    for (qsizetype i = 0; i < keys.size(); i += 500) {
        const QList<QString> chunk = keys.mid(i, 500);
        QString marks;
        QVariantList params;
        for (const QString& k : chunk) {
            marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
            params << k;
        }
        QSqlQuery q = db.exec(
            QStringLiteral("SELECT dedup_key FROM api_usage WHERE dedup_key IN (%1)").arg(marks), params);
        while (q.next())
            stored.insert(q.value(0).toString());
    }
    QList<UsageRecord> fresh;
    QSet<QString> taken;
    qint64 again = 0;
    QSet<QDate> months;
    QSet<QString> newConsumers;
    QSet<QString> knownConsumers;
    QSqlQuery cq = db.exec(QStringLiteral("SELECT code FROM consumers"));
    while (cq.next())
        knownConsumers.insert(cq.value(0).toString());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (stored.contains(keys[i]) || taken.contains(keys[i])) {
            ++again;
            continue;
        }
        taken.insert(keys[i]);
        fresh << rows[i];
        months.insert(rows[i].occurredAt.date());
        if (!knownConsumers.contains(rows[i].consumer))
            newConsumers.insert(rows[i].consumer);
    }
    const PriceTable prices = PriceTable::fromDatabase(db);
    qint64 cost = 0;
    qint64 unpriced = 0;
    QHash<QString, qint64> providerIds;
    QSqlQuery idq = db.exec(QStringLiteral("SELECT code, id FROM providers"));
    while (idq.next())
        providerIds.insert(idq.value(0).toString(), idq.value(1).toLongLong());
    for (const UsageRecord& r : fresh) {
        const std::optional<qint64> c = UsageWriter::costOf(r, providerIds.value(r.provider), prices);
        cost += c.value_or(0);
        unpriced += c ? 0 : 1;
    }

    PendingWrite w;
    w.plan.action = QStringLiteral("usage.import");
    w.plan.targetType = QStringLiteral("usage_log");
    w.plan.target = QFileInfo(fileName).fileName();
    w.plan.title =
        tr("Import %n usage row(s) from %1", nullptr, int(fresh.size())).arg(QFileInfo(fileName).fileName());
    w.plan.verb = tr("Import");
    w.plan.rowsAffected = fresh.size();
    if (again > 0)
        w.plan.effects << tr("%n row(s) already imported are skipped", nullptr, int(again));
    if (!parsed.rejected.isEmpty())
        w.plan.effects << tr("%n row(s) are not valid and are left out (see the report)", nullptr,
                             int(parsed.rejected.size()));
    if (!newConsumers.isEmpty()) {
        QStringList names = newConsumers.values();
        names.sort();
        w.plan.effects << tr("Registers %n new consumer(s): %1", nullptr, int(names.size()))
                              .arg(names.mid(0, 10).join(QStringLiteral(", ")) +
                                   (names.size() > 10 ? QStringLiteral(", …") : QString()));
    }
    if (fresh.isEmpty())
        return w;
    if (cost > 0)
        w.plan.effects << tr("Adds %1 to the consumers' spending (and to their budgets' counters)")
                              .arg(Money::display(cost));
    if (unpriced > 0)
        w.plan.effects << tr(
            "%n row(s) used tokens of a model without a price: stored as unpriced, listed by "
            "\"fusionctl usage unpriced\"",
            nullptr, int(unpriced));
    UsageWriter::preparePartitions(db, months);
    w.apply = [fresh, prices](Database& target) {
        const UsageWriter::Outcome o = UsageWriter::write(target, fresh, QStringLiteral("import"), prices);
        return QJsonObject{{QStringLiteral("stored"), o.stored},
                           {QStringLiteral("skipped"), int(o.duplicates.size())},
                           {QStringLiteral("unpriced"), o.unpriced},
                           {QStringLiteral("cost"), Money::format(o.costMicros)}};
    };
    return w;
}

PendingWrite UsageImport::planRecord(Database& db, const UsageRecord& row)
{
    const QStringList problems = row.problems();
    if (!problems.isEmpty())
        throw Failure(ErrorKind::InvalidInput, problems.join(QStringLiteral("; ")));
    const QVariant providerId =
        db.scalar(QStringLiteral("SELECT id FROM providers WHERE code = ?"), {row.provider});
    if (!providerId.isValid())
        throw Failure(ErrorKind::NotFound, tr("There is no provider \"%1\".").arg(row.provider));
    const PriceTable prices = PriceTable::fromDatabase(db);
    const std::optional<qint64> cost = UsageWriter::costOf(row, providerId.toLongLong(), prices);
    PendingWrite w;
    w.plan.action = QStringLiteral("usage.record");
    w.plan.targetType = QStringLiteral("usage_log");
    w.plan.target = row.consumer;
    w.plan.title = tr("Record usage of %1 at %2").arg(row.consumer, row.provider);
    w.plan.verb = tr("Record");
    if (db.scalar(QStringLiteral("SELECT 1 FROM api_usage WHERE dedup_key = ?"), {row.dedupKey()})
            .isValid()) {
        w.plan.effects.clear();
        return w; // already recorded: nothing to do
    }
    w.plan.rowsAffected = 1;
    w.plan.changes << FieldChange(
        QStringLiteral("tokens"), tr("Tokens in / out / cached"), QVariant(),
        QStringLiteral("%1 / %2 / %3").arg(row.tokens.in).arg(row.tokens.out).arg(row.tokens.cached));
    w.plan.changes << FieldChange(QStringLiteral("cost"), tr("Cost"), QVariant(),
                                  cost ? Money::display(*cost)
                                       : tr("unknown (no price for \"%1\")").arg(row.model));
    if (!db.scalar(QStringLiteral("SELECT id FROM consumers WHERE code = ?"), {row.consumer}).isValid())
        w.plan.effects << tr("Registers consumer %1, which is new.").arg(row.consumer);
    UsageWriter::preparePartitions(db, {row.occurredAt.date()});
    w.apply = [row, prices](Database& target) {
        const UsageWriter::Outcome o = UsageWriter::write(target, {row}, QStringLiteral("record"), prices);
        return QJsonObject{{QStringLiteral("stored"), o.stored},
                           {QStringLiteral("cost"), Money::format(o.costMicros)}};
    };
    return w;
}

} // namespace fusion
