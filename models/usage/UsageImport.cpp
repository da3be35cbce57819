#include "models/usage/UsageImport.h"

#include "models/storage/Database.h"
#include "models/usage/Money.h"
#include "models/usage/UsageReadAhead.h"
#include "models/usage/UsageWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSqlQuery>

#include <algorithm>

namespace fusion {

namespace {
// Of the given keys, those already in `table`.`column`: one query for a whole batch, the keys as one
// parameter rather than thousands of placeholders. PostgreSQL gets an array, each key looked up on its own
// through a LATERAL subquery with LIMIT 1, which the planner cannot turn into a join: `= ANY (array)` (and a
// join against json_array_elements_text) was planned as a scan of the whole log whenever its statistics were
// behind it — always during an import, which grows the log a million rows in one transaction — so each batch
// read every row stored before it. SQLite gets a JSON array for json_each. The text is written here rather
// than through QJsonArray, which converts every string twice.
QSet<QString> storedAmong(Database& db, const QString& table, const QString& column, const QStringList& keys)
{
    QSet<QString> found;
    if (keys.isEmpty())
        return found;
    const bool postgres = db.isPostgres();
    QString list;
    list.reserve(keys.size() * 24 + 2);
    list += postgres ? QLatin1Char('{') : QLatin1Char('[');
    for (const QString& key : keys) {
        if (key.isNull())
            continue;
        if (list.size() > 1)
            list += QLatin1Char(',');
        list += QLatin1Char('"');
        for (const QChar c : key) {
            if (c == u'"' || c == u'\\')
                list += QLatin1Char('\\');
            if (!postgres && c.unicode() < 0x20)
                list += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                list += c;
        }
        list += QLatin1Char('"');
    }
    list += postgres ? QLatin1Char('}') : QLatin1Char(']');
    const QString sql =
        postgres ? QStringLiteral("SELECT k FROM unnest(CAST(? AS text[])) AS k, LATERAL (SELECT 1 FROM %2 "
                                  "WHERE %1 = k LIMIT 1) AS stored")
                 : QStringLiteral("SELECT %1 FROM %2 WHERE %1 IN (SELECT value FROM json_each(?))");
    QSqlQuery q = db.exec(sql.arg(column, table), {list});
    while (q.next())
        found.insert(q.value(0).toString());
    return found;
}

// A 64-bit fingerprint of a dedup key: the check remembers a file's keys as these, eight bytes each, not as
// text. Two different keys of one file sharing one would have the second counted as a repeat, and (the write
// stores what the check found new) left out, as the plan says; at a million rows the odds are about three in
// a hundred million, at the five million rows a file may hold about one in a million.
quint64 keyFingerprint(const QString& key)
{
    return quint64(qHash(QStringView(key), size_t(0x9E3779B97F4A7C15ULL)));
}

void keepRejected(UsageImport::Checked& c, QList<UsageImport::Rejected>& batch)
{
    std::stable_sort(
        batch.begin(), batch.end(),
        [](const UsageImport::Rejected& a, const UsageImport::Rejected& b) { return a.line < b.line; });
    c.rejectedTotal += batch.size();
    for (UsageImport::Rejected& r : batch) {
        if (c.rejected.size() >= UsageImport::kMaxRejectedListed)
            break;
        c.rejected << std::move(r);
    }
}
} // namespace

UsageImport::Checked UsageImport::check(Database& db, QIODevice& in, const QString& fileName,
                                        Progress* progress)
{
    Checked c;
    c.fileName = QFileInfo(fileName).fileName();
    QHash<QString, qint64> providers;
    QSqlQuery pq = db.exec(QStringLiteral("SELECT code, id FROM providers"));
    while (pq.next())
        providers.insert(pq.value(0).toString(), pq.value(1).toLongLong());
    c.prices = PriceTable::fromDatabase(db);

    UsageReadAhead reader(in, fileName); // parsed on a second thread while this one looks rows up
    QSet<quint64> taken;                 // the file's keys so far
    QSet<QString> consumers;             // the file's consumers so far
    QStringList newConsumers;            // sorted, at most ten
    QList<UsageFileReader::Row> rows;
    QList<Rejected> rejected;
    auto freshRows = std::make_shared<std::vector<bool>>();
    while (reader.next(rows, rejected)) {
        QStringList keys;
        QList<QString> rowKeys;
        keys.reserve(rows.size());
        rowKeys.reserve(rows.size());
        QStringList unseenConsumers;
        for (const UsageFileReader::Row& row : std::as_const(rows)) {
            const UsageRecord& r = row.record;
            if (!providers.contains(r.provider)) {
                rejected << Rejected{row.line, {tr("there is no provider \"%1\"").arg(r.provider.left(40))}};
                rowKeys << QString();
                continue;
            }
            rowKeys << r.dedupKey();
            keys << rowKeys.last();
            if (!consumers.contains(r.consumer)) {
                consumers.insert(r.consumer);
                unseenConsumers << r.consumer;
            }
        }
        const QSet<QString> stored =
            storedAmong(db, QStringLiteral("api_usage"), QStringLiteral("dedup_key"), keys);
        const QSet<QString> knownConsumers =
            storedAmong(db, QStringLiteral("consumers"), QStringLiteral("code"), unseenConsumers);
        for (const QString& consumer : std::as_const(unseenConsumers)) {
            if (knownConsumers.contains(consumer))
                continue;
            ++c.newConsumerCount;
            newConsumers.insert(std::lower_bound(newConsumers.begin(), newConsumers.end(), consumer),
                                consumer);
            if (newConsumers.size() > 10)
                newConsumers.removeLast();
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString& key = rowKeys[i];
            freshRows->push_back(false);
            if (key.isNull())
                continue; // rejected above
            const UsageRecord& r = rows[i].record;
            if (stored.contains(key)) {
                ++c.repeated;
                continue;
            }
            const quint64 fingerprint = keyFingerprint(key);
            if (taken.contains(fingerprint)) {
                ++c.repeated;
                continue;
            }
            taken.insert(fingerprint);
            freshRows->back() = true;
            ++c.fresh;
            c.months.insert(r.occurredAt.date());
            const std::optional<qint64> cost = UsageWriter::costOf(r, providers.value(r.provider), c.prices);
            c.costMicros += cost.value_or(0);
            c.unpriced += cost ? 0 : 1;
        }
        keepRejected(c, rejected);
        if (progress) {
            progress->bytesRead = reader.bytesRead();
            if (progress->stop) {
                c.stopped = true;
                return c;
            }
        }
    }
    c.newConsumers = newConsumers;
    c.freshRows = std::move(freshRows);
    c.format = reader.format();
    c.fatal = reader.fatal();
    c.digest = reader.digest();
    c.bytes = reader.bytesRead();
    return c;
}

PendingWrite UsageImport::planImport(Database& db, const Checked& checked, const QString& path, bool strict,
                                     std::shared_ptr<Progress> progress)
{
    if (!checked.fatal.isEmpty())
        throw Failure(ErrorKind::InvalidInput, checked.fatal);
    if (checked.stopped)
        throw Failure(ErrorKind::NotConfirmed, tr("Stopped before the file was read to its end."));
    if (strict && checked.rejectedTotal > 0)
        throw Failure(ErrorKind::InvalidInput,
                      tr("Nothing imported: %n row(s) are not valid (see the report).", nullptr,
                         int(qMin<qint64>(checked.rejectedTotal, INT_MAX))));
    const QString fileName = QFileInfo(path).fileName();
    auto count = [](qint64 n) { return int(qMin<qint64>(n, INT_MAX)); };
    PendingWrite w;
    w.plan.action = QStringLiteral("usage.import");
    w.plan.targetType = QStringLiteral("usage_log");
    w.plan.target = fileName;
    w.plan.title = tr("Import %n usage row(s) from %1", nullptr, count(checked.fresh)).arg(fileName);
    w.plan.verb = tr("Import");
    w.plan.rowsAffected = checked.fresh;
    if (checked.repeated > 0)
        w.plan.effects << tr("%n row(s) already imported are skipped", nullptr, count(checked.repeated));
    if (checked.rejectedTotal > 0)
        w.plan.effects << tr("%n row(s) are not valid and are left out (see the report)", nullptr,
                             count(checked.rejectedTotal));
    if (checked.newConsumerCount > 0)
        w.plan.effects << tr("Registers %n new consumer(s): %1", nullptr, count(checked.newConsumerCount))
                              .arg(checked.newConsumers.join(QStringLiteral(", ")) +
                                   (checked.newConsumerCount > checked.newConsumers.size()
                                        ? QStringLiteral(", …")
                                        : QString()));
    if (checked.fresh == 0)
        return w;
    if (checked.costMicros > 0)
        w.plan.effects << tr("Adds %1 to the consumers' spending (and to their budgets' counters)")
                              .arg(Money::display(checked.costMicros));
    if (checked.unpriced > 0)
        w.plan.effects << tr(
            "%n row(s) used tokens of a model without a price: stored as unpriced, listed by "
            "\"fusionctl usage unpriced\"",
            nullptr, count(checked.unpriced));
    UsageWriter::preparePartitions(db, checked.months);
    const PriceTable prices = checked.prices;
    const QByteArray digest = checked.digest;
    const qint64 fresh = checked.fresh;
    const std::shared_ptr<const std::vector<bool>> freshRows = checked.freshRows;
    if (!freshRows)
        throw Failure(ErrorKind::Internal, tr("The import was not checked before it was planned."));
    w.apply = [path, digest, prices, fresh, freshRows, progress](Database& target) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Failure(ErrorKind::NotFound, tr("Cannot read %1 again: %2").arg(path, file.errorString()));
        UsageReadAhead reader(file, path); // parsed on a second thread while this one stores
        UsageWriter::Bulk bulk(target, QStringLiteral("import"), prices);
        // The rows the check found new — not stored before, not a repeat of an earlier row of the file — by
        // their place in the same bytes. One stored meanwhile by someone else is skipped by the log's unique
        // key, and said so (stored < fresh).
        std::size_t place = 0;
        QList<UsageFileReader::Row> rows;
        QList<Rejected> rejected;
        while (reader.next(rows, rejected)) {
            for (const UsageFileReader::Row& row : std::as_const(rows)) {
                if (place < freshRows->size() && (*freshRows)[place])
                    bulk.add(row.record);
                ++place;
            }
            if (progress)
                progress->bytesRead = reader.bytesRead();
        }
        // What was checked and confirmed is what gets stored, or nothing (the transaction is rolled back).
        if (!reader.fatal().isEmpty() || reader.digest() != digest || place != freshRows->size())
            throw Failure(ErrorKind::Conflict,
                          tr("%1 changed after it was checked; nothing was imported. Import it again.")
                              .arg(QFileInfo(path).fileName()));
        const UsageWriter::Outcome o = bulk.finish();
        return QJsonObject{{QStringLiteral("stored"), double(o.stored)},
                           {QStringLiteral("skipped"), double(qMax<qint64>(0, fresh - o.stored))},
                           {QStringLiteral("unpriced"), double(o.unpriced)},
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
