// fusionctl usage: recording and importing usage, the daily aggregation, pruning the raw log, the price
// table, unpriced usage and a spend summary from the aggregates.
#include "app/cli/Cli.h"
#include "models/usage/Money.h"
#include "models/usage/PriceTable.h"
#include "models/usage/UsageAggregator.h"
#include "models/usage/UsageImport.h"
#include "models/usage/UsageQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

namespace fusion::cli {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("fusion::cli", text, disambiguation, n);
}

std::optional<qint64> countOption(Context& c, const QString& name, bool* bad)
{
    const auto text = c.args.option(name);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 n = text->toLongLong(&ok);
    if (!ok || n < 0) {
        c.console.err(tr("fusionctl: --%1 takes a whole number").arg(name));
        *bad = true;
        return std::nullopt;
    }
    return n;
}

int record(Context& c)
{
    UsageRecord r;
    bool bad = false;
    r.consumer = c.args.option(QStringLiteral("consumer")).value_or(QString());
    r.provider = c.args.option(QStringLiteral("provider")).value_or(QString());
    r.user = c.args.option(QStringLiteral("user")).value_or(QString());
    r.feature = c.args.option(QStringLiteral("feature")).value_or(QString());
    r.model = c.args.option(QStringLiteral("model")).value_or(QString());
    r.tokens.in = countOption(c, QStringLiteral("tokens-in"), &bad).value_or(0);
    r.tokens.out = countOption(c, QStringLiteral("tokens-out"), &bad).value_or(0);
    r.tokens.cached = countOption(c, QStringLiteral("tokens-cached"), &bad).value_or(0);
    r.latencyMs = countOption(c, QStringLiteral("latency-ms"), &bad);
    if (const auto http = countOption(c, QStringLiteral("http-status"), &bad))
        r.httpStatus = int(qMin<qint64>(*http, 100000));
    r.status = c.args.option(QStringLiteral("status")).value_or(QStringLiteral("ok"));
    r.error = c.args.option(QStringLiteral("error")).value_or(QString());
    r.requestId = c.args.option(QStringLiteral("request-id")).value_or(QString());
    if (const auto cost = c.args.option(QStringLiteral("cost"))) {
        r.costMicros = Money::parse(*cost);
        if (!r.costMicros) {
            c.console.err(tr("fusionctl: --cost takes an amount such as 0.0123"));
            bad = true;
        }
    }
    const auto at = c.args.option(QStringLiteral("at"));
    r.occurredAt = QDateTime::currentDateTimeUtc();
    if (at) {
        r.occurredAt = QDateTime::fromString(*at, Qt::ISODateWithMs);
        if (!r.occurredAt.isValid() || r.occurredAt.timeSpec() == Qt::LocalTime) {
            c.console.err(
                tr("fusionctl: --at takes an ISO 8601 time with a zone, e.g. 2026-11-29T10:00:00Z"));
            bad = true;
        }
        r.occurredAt = r.occurredAt.toUTC();
    }
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (bad)
        return ExitUsage;
    if (r.consumer.isEmpty() || r.provider.isEmpty())
        return c.usage(
            tr("usage record --consumer C --provider P [--model M] [--tokens-in N] [--tokens-out N] ..."));
    return c.confirmAndExecute(UsageImport::planRecord(c.db, r), [&c](const QJsonObject& o) {
        if (c.json)
            c.console.json(o);
        else
            c.console.out(tr("Recorded (cost %1).")
                              .arg(Money::display(
                                  Money::parse(o.value(QStringLiteral("cost")).toString()).value_or(0))));
    });
}

QJsonArray rejectedJson(const UsageImport::Parsed& parsed)
{
    QJsonArray a;
    for (const UsageImport::Rejected& r : parsed.rejected)
        a.append(QJsonObject{{QStringLiteral("line"), double(r.line)},
                             {QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons)}});
    return a;
}

void printRejected(Context& c, const UsageImport::Parsed& parsed)
{
    if (parsed.rejected.isEmpty())
        return;
    c.console.err(tr("%n row(s) not imported:", nullptr, int(parsed.rejected.size())));
    int shown = 0;
    for (const UsageImport::Rejected& r : parsed.rejected) {
        if (++shown > 200) {
            c.console.err(
                tr("  … and %n more (--json lists them all)", nullptr, int(parsed.rejected.size() - 200)));
            break;
        }
        c.console.err(tr("  line %1: %2").arg(r.line).arg(r.reasons.join(QStringLiteral("; "))));
    }
}

int import(Context& c)
{
    const QString path = c.args.requirePositional(tr("file"));
    const bool strict = c.args.flag(QStringLiteral("strict"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(
            Error::make(ErrorKind::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString())));
    UsageImport::Parsed parsed = UsageImport::parse(file, path);
    if (!parsed.ok())
        return c.fail(Error::make(ErrorKind::InvalidInput, tr("%1: %2").arg(path, parsed.fatal)));
    auto planned = capture([&] { return UsageImport::planImport(c.db, parsed, path, strict); });
    if (!planned) {
        printRejected(c, parsed);
        if (c.json)
            c.console.json(QJsonObject{{QStringLiteral("stored"), 0},
                                       {QStringLiteral("rejected"), rejectedJson(parsed)}});
        return c.fail(planned.error());
    }
    printRejected(c, parsed);
    const int code = c.confirmAndExecute(planned.value(), [&c, &parsed](const QJsonObject& o) {
        if (c.json) {
            QJsonObject out = o;
            out.insert(QStringLiteral("rejected"), rejectedJson(parsed));
            c.console.json(out);
        } else {
            c.console.out(
                tr("Imported %n row(s)", nullptr, o.value(QStringLiteral("stored")).toInt()) +
                tr(", skipped %n already imported", nullptr, o.value(QStringLiteral("skipped")).toInt()) +
                tr(", %n rejected", nullptr, int(parsed.rejected.size())) + QLatin1Char('.'));
        }
    });
    return code;
}

int aggregate(Context& c)
{
    const bool rebuild = c.args.flag(QStringLiteral("rebuild"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    QElapsedTimer clock;
    clock.start();
    const UsageAggregator::Progress progress = [&c](qint64 done, qint64 total) {
        if (!c.json && total > 0)
            c.console.err(tr("  %1 of %2 rows").arg(done).arg(total));
        return true;
    };
    const UsageAggregator::Result r =
        rebuild ? UsageAggregator::rebuild(c.db) : UsageAggregator::run(c.db, progress);
    const qint64 ms = clock.elapsed();
    if (c.json)
        c.console.json(QJsonObject{{QStringLiteral("rows"), double(r.rows)},
                                   {QStringLiteral("from_id"), double(r.fromId)},
                                   {QStringLiteral("to_id"), double(r.toId)},
                                   {QStringLiteral("batches"), double(r.batches)},
                                   {QStringLiteral("released_reservations"), double(r.released)},
                                   {QStringLiteral("ms"), double(ms)}});
    else
        c.console.out(r.rows == 0 ? tr("Nothing new to aggregate (up to row %1).").arg(r.toId)
                                  : tr("Aggregated %n row(s) in %1 ms (log rows %2 to %3).", nullptr,
                                       int(qMin<qint64>(r.rows, INT_MAX)))
                                        .arg(ms)
                                        .arg(r.fromId + 1)
                                        .arg(r.toId));
    if (r.released > 0 && !c.json)
        c.console.err(
            tr("Released %n expired reservation(s) of calls that never finished.", nullptr, int(r.released)));
    return ExitOk;
}

int prune(Context& c)
{
    const auto before = c.args.option(QStringLiteral("before"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const QDate date = before ? QDate::fromString(*before, Qt::ISODate) : QDate();
    if (!date.isValid())
        return c.usage(tr("usage prune --before YYYY-MM-DD"));
    return c.confirmAndExecute(UsageAggregator::planPrune(c.db, date), [&c](const QJsonObject& o) {
        if (c.json)
            c.console.json(o);
        else
            c.console.out(tr("Pruned."));
    });
}

int unpriced(Context& c)
{
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    QList<QStringList> rows;
    QJsonArray a;
    for (const UsageQuery::Unpriced& u : UsageQuery::unpriced(c.db)) {
        const QString first = u.first.toString(Qt::ISODate);
        const QString last = u.last.toString(Qt::ISODate);
        rows << QStringList{u.provider,
                            u.model,
                            QString::number(u.rows),
                            QString::number(u.tokensIn),
                            QString::number(u.tokensOut),
                            first,
                            last};
        a.append(QJsonObject{{QStringLiteral("provider"), u.provider},
                             {QStringLiteral("model"), u.model},
                             {QStringLiteral("rows"), double(u.rows)},
                             {QStringLiteral("tokens_in"), double(u.tokensIn)},
                             {QStringLiteral("tokens_out"), double(u.tokensOut)},
                             {QStringLiteral("first"), first},
                             {QStringLiteral("last"), last}});
    }
    if (c.json)
        c.console.json(a);
    else if (rows.isEmpty())
        c.console.err(tr("All usage is priced."));
    else {
        c.console.table({tr("PROVIDER"), tr("MODEL"), tr("ROWS"), tr("TOKENS IN"), tr("TOKENS OUT"),
                         tr("FIRST"), tr("LAST")},
                        rows);
        c.console.err(
            tr("These rows used tokens of models without a price; add the prices with \"fusionctl usage "
               "price set\"."));
    }
    return ExitOk;
}

int summary(Context& c)
{
    const QString by = c.args.option(QStringLiteral("by")).value_or(QStringLiteral("consumer"));
    const auto from = c.args.option(QStringLiteral("from"));
    const auto to = c.args.option(QStringLiteral("to"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const QHash<QString, QString> columns{{QStringLiteral("consumer"), QStringLiteral("c.code")},
                                          {QStringLiteral("provider"), QStringLiteral("p.code")},
                                          {QStringLiteral("model"), QStringLiteral("d.model")},
                                          {QStringLiteral("feature"), QStringLiteral("d.feature")},
                                          {QStringLiteral("user"), QStringLiteral("d.user_name")},
                                          {QStringLiteral("day"), QStringLiteral("d.day")}};
    if (!columns.contains(by))
        return c.usage(tr("--by takes consumer, provider, model, feature, user or day"));
    const QDate fromDate = from ? QDate::fromString(*from, Qt::ISODate)
                                : QDateTime::currentDateTimeUtc().date().addDays(
                                      1 - QDateTime::currentDateTimeUtc().date().day());
    const QDate toDate = to ? QDate::fromString(*to, Qt::ISODate) : QDateTime::currentDateTimeUtc().date();
    if (!fromDate.isValid() || !toDate.isValid())
        return c.usage(tr("--from and --to take dates (YYYY-MM-DD)"));
    QSqlQuery q = c.db.exec(
        QStringLiteral(
            "SELECT %1, sum(d.requests), sum(d.errors), sum(d.denied), sum(d.tokens_in), sum(d.tokens_out), "
            "sum(d.cost_micros), sum(d.unpriced) FROM usage_daily d JOIN consumers c ON c.id = d.consumer_id "
            "JOIN providers p ON p.id = d.provider_id WHERE d.day >= ? AND d.day <= ? GROUP BY 1 ORDER BY 7 "
            "DESC, 1")
            .arg(columns.value(by)),
        {fromDate.toString(Qt::ISODate), toDate.toString(Qt::ISODate)});
    QList<QStringList> rows;
    QJsonArray a;
    while (q.next()) {
        const QString key =
            by == QLatin1String("day") ? q.value(0).toString().left(10) : q.value(0).toString();
        rows << QStringList{key.isEmpty() ? tr("(none)") : key,
                            q.value(1).toString(),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            q.value(4).toString(),
                            q.value(5).toString(),
                            Money::display(q.value(6).toLongLong()),
                            q.value(7).toString()};
        a.append(QJsonObject{{by, key},
                             {QStringLiteral("requests"), q.value(1).toDouble()},
                             {QStringLiteral("errors"), q.value(2).toDouble()},
                             {QStringLiteral("denied"), q.value(3).toDouble()},
                             {QStringLiteral("tokens_in"), q.value(4).toDouble()},
                             {QStringLiteral("tokens_out"), q.value(5).toDouble()},
                             {QStringLiteral("cost"), Money::format(q.value(6).toLongLong())},
                             {QStringLiteral("unpriced"), q.value(7).toDouble()}});
    }
    if (c.json) {
        c.console.json(a);
        return ExitOk;
    }
    c.console.err(tr("Aggregated usage from %1 to %2 (run \"fusionctl usage aggregate\" for the latest):")
                      .arg(fromDate.toString(Qt::ISODate), toDate.toString(Qt::ISODate)));
    c.console.table({by.toUpper(), tr("REQUESTS"), tr("ERRORS"), tr("DENIED"), tr("TOKENS IN"),
                     tr("TOKENS OUT"), tr("COST"), tr("UNPRICED")},
                    rows);
    return ExitOk;
}

int prices(Context& c)
{
    const auto provider = c.args.option(QStringLiteral("provider"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    QList<QStringList> rows;
    QJsonArray a;
    for (const ModelPrice& p : PriceTable::load(c.db)) {
        if (provider && p.providerCode != *provider)
            continue;
        rows << QStringList{p.providerCode,
                            p.model,
                            p.effectiveFrom.toString(Qt::ISODate),
                            Money::display(p.inputMicros),
                            Money::display(p.outputMicros),
                            Money::display(p.cachedInputMicros),
                            p.source};
        a.append(QJsonObject{{QStringLiteral("provider"), p.providerCode},
                             {QStringLiteral("model"), p.model},
                             {QStringLiteral("from"), p.effectiveFrom.toString(Qt::ISODate)},
                             {QStringLiteral("input"), Money::format(p.inputMicros)},
                             {QStringLiteral("output"), Money::format(p.outputMicros)},
                             {QStringLiteral("cached_input"), Money::format(p.cachedInputMicros)},
                             {QStringLiteral("source"), p.source}});
    }
    if (c.json)
        c.console.json(a);
    else
        c.console.table({tr("PROVIDER"), tr("MODEL"), tr("FROM"), tr("INPUT/M"), tr("OUTPUT/M"),
                         tr("CACHED/M"), tr("SOURCE")},
                        rows);
    return ExitOk;
}

int priceSet(Context& c)
{
    if (c.args.positional().value_or(QString()) != QLatin1String("set"))
        return c.usage(
            tr("usage price set PROVIDER MODEL --from DATE --input A --output A [--cached A] [--source S]"));
    ModelPrice p;
    p.providerCode = c.args.requirePositional(tr("provider"));
    p.model = c.args.requirePositional(tr("model"));
    const auto from = c.args.option(QStringLiteral("from"));
    const auto input = c.args.option(QStringLiteral("input"));
    const auto output = c.args.option(QStringLiteral("output"));
    const auto cached = c.args.option(QStringLiteral("cached"));
    p.source = c.args.option(QStringLiteral("source")).value_or(QString());
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    p.effectiveFrom = from ? QDate::fromString(*from, Qt::ISODate) : QDateTime::currentDateTimeUtc().date();
    const auto in = input ? Money::parse(*input) : std::nullopt;
    const auto out = output ? Money::parse(*output) : std::nullopt;
    const auto cachedIn = cached ? Money::parse(*cached) : in;
    if (!p.effectiveFrom.isValid() || !in || !out || !cachedIn)
        return c.usage(
            tr("usage price set PROVIDER MODEL --from DATE --input A --output A [--cached A] [--source S] "
               "(amounts per million tokens)"));
    p.inputMicros = *in;
    p.outputMicros = *out;
    p.cachedInputMicros = *cachedIn;
    return c.confirmAndExecute(PriceTable::planSet(c.db, p), [&c](const QJsonObject& o) {
        if (c.json)
            c.console.json(o);
        else
            c.console.out(tr("Saved the price."));
    });
}
} // namespace

int usageCommand(Context& c, const QString& action)
{
    if (action == QLatin1String("record"))
        return record(c);
    if (action == QLatin1String("import"))
        return import(c);
    if (action == QLatin1String("aggregate"))
        return aggregate(c);
    if (action == QLatin1String("prune"))
        return prune(c);
    if (action == QLatin1String("unpriced"))
        return unpriced(c);
    if (action == QLatin1String("summary"))
        return summary(c);
    if (action == QLatin1String("prices"))
        return prices(c);
    if (action == QLatin1String("price"))
        return priceSet(c);
    return c.usage(action.isEmpty()
                       ? tr("usage needs an action: record, import, aggregate, prune, unpriced, summary, "
                            "prices or price set")
                       : tr("unknown usage action \"%1\"").arg(action));
}

} // namespace fusion::cli
