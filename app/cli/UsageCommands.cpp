// fusionctl usage: recording and importing usage, the daily aggregation, pruning the raw log, the price
// table, unpriced usage and a spend summary from the aggregates.
#include "app/cli/Cli.h"
#include "app/cli/CliJobs.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/ListView.h"
#include "models/jobs/UsageAggregate.h"
#include "models/jobs/UsageFileImport.h"
#include "models/usage/Money.h"
#include "models/usage/PriceTable.h"
#include "models/usage/UsageAggregator.h"
#include "models/usage/UsageImport.h"
#include "models/usage/UsageQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>

namespace fusion::cli {

namespace {

std::optional<qint64> countOption(Context& c, const QString& name)
{
    return c.args.intOption(name, {0, kNoMaximum});
}

int record(Context& c)
{
    UsageRecord r;
    r.consumer = c.args.option(QStringLiteral("consumer")).value_or(QString());
    r.provider = c.args.option(QStringLiteral("provider")).value_or(QString());
    r.user = c.args.option(QStringLiteral("user")).value_or(QString());
    r.feature = c.args.option(QStringLiteral("feature")).value_or(QString());
    r.model = c.args.option(QStringLiteral("model")).value_or(QString());
    r.tokens.in = countOption(c, QStringLiteral("tokens-in")).value_or(0);
    r.tokens.out = countOption(c, QStringLiteral("tokens-out")).value_or(0);
    r.tokens.cached = countOption(c, QStringLiteral("tokens-cached")).value_or(0);
    r.latencyMs = countOption(c, QStringLiteral("latency-ms"));
    if (const auto http = countOption(c, QStringLiteral("http-status")))
        r.httpStatus = int(qMin<qint64>(*http, 100000));
    r.status = c.args.option(QStringLiteral("status")).value_or(QStringLiteral("ok"));
    r.error = c.args.option(QStringLiteral("error")).value_or(QString());
    r.requestId = c.args.option(QStringLiteral("request-id")).value_or(QString());
    r.costMicros = c.args.moneyOption(QStringLiteral("cost"));
    r.occurredAt = c.args.timeOption(QStringLiteral("at")).value_or(QDateTime::currentDateTimeUtc());
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (r.consumer.isEmpty() || r.provider.isEmpty())
        return c.usage(
            tr("usage record --consumer C --provider P [--model M] [--tokens-in N] [--tokens-out N] ..."));
    return c.confirmAndExecute(UsageImport::planRecord(c.db, r), [&c](const QJsonObject& o) {
        c.report(o, tr("Recorded (cost %1).")
                        .arg(Money::display(
                            Money::parse(o.value(QStringLiteral("cost")).toString()).value_or(0))));
    });
}

QJsonArray rejectedJson(const QList<UsageImport::Rejected>& rejected)
{
    QJsonArray a;
    for (const UsageImport::Rejected& r : rejected)
        a.append(QJsonObject{{QStringLiteral("line"), double(r.line)},
                             {QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons)}});
    return a;
}

void printRejected(Context& c, const QList<UsageImport::Rejected>& rejected, qint64 total)
{
    if (total == 0)
        return;
    c.console.err(tr("%n row(s) not imported:", nullptr, int(qMin<qint64>(total, INT_MAX))));
    int shown = 0;
    for (const UsageImport::Rejected& r : rejected) {
        if (++shown > 200) {
            const int more = int(qMin<qint64>(total - 200, INT_MAX));
            c.console.err(total > rejected.size()
                              ? tr("  … and %n more (--json lists the first %1)", nullptr, more)
                                    .arg(QLocale().toString(rejected.size()))
                              : tr("  … and %n more (--json lists them all)", nullptr, more));
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
    UsageFileImport job(jobHost(c));
    // The rows left out are said as soon as the file is checked: before the person is asked.
    bool checked = false;
    QObject::connect(&job, &UsageFileImport::checked, &job, [&c, &job, &checked] {
        checked = true;
        printRejected(c, job.rejected(), job.rejectedTotal());
    });
    int exit = ExitPending;
    // fusionctl's host runs the job at once: it is over when start() returns.
    job.start(path, strict, [&c, &job, &checked, &exit](const Result<UsageFileImport::Outcome>& result) {
        if (!result) {
            // A file refused once checked (--strict) still lists, in JSON, what was not imported.
            if (checked)
                c.report(QJsonObject{{QStringLiteral("stored"), 0},
                                     {QStringLiteral("rejected"), rejectedJson(job.rejected())},
                                     {QStringLiteral("rejected_total"), double(job.rejectedTotal())}},
                         std::nullopt);
            exit = jobFailed(c, result.error());
            return;
        }
        const UsageFileImport::Outcome& o = result.value();
        exit = ExitOk;
        if (o.unchanged) {
            printUnchanged(c, o.plan);
            return;
        }
        // "skipped": every row of the file already stored, whether the plan or the write found it so.
        QJsonObject out = o.written;
        out.insert(QStringLiteral("skipped"), double(o.skipped));
        out.insert(QStringLiteral("rejected"), rejectedJson(o.rejected));
        out.insert(QStringLiteral("rejected_total"), double(o.rejectedTotal));
        c.report(out,
                 tr("Imported %n row(s)", nullptr, o.written.value(QStringLiteral("stored")).toInt()) +
                     tr(", skipped %n already imported", nullptr, int(qMin<qint64>(o.skipped, INT_MAX))) +
                     tr(", %n rejected", nullptr, int(qMin<qint64>(o.rejectedTotal, INT_MAX))) +
                     QLatin1Char('.'));
    });
    Q_ASSERT(exit != ExitPending);
    return exit;
}

int aggregate(Context& c)
{
    const bool rebuild = c.args.flag(QStringLiteral("rebuild"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    UsageAggregate job(jobHost(c));
    // Progress is for a person watching; a script asking for --json gets the result alone.
    if (!c.json)
        QObject::connect(&job, &Job::progress, &job,
                         [&c](int, int, const QString& text) { c.console.err(QStringLiteral("  ") + text); });
    int exit = ExitPending;
    // fusionctl's host runs the job at once: it is over when start() returns.
    job.start(rebuild, [&c, &exit](const Result<UsageAggregate::Outcome>& result) {
        if (!result) {
            exit = jobFailed(c, result.error());
            return;
        }
        const UsageAggregator::Result& r = result.value().counts;
        const qint64 ms = result.value().ms;
        c.report(QJsonObject{{QStringLiteral("rows"), double(r.rows)},
                             {QStringLiteral("from_id"), double(r.fromId)},
                             {QStringLiteral("to_id"), double(r.toId)},
                             {QStringLiteral("batches"), double(r.batches)},
                             {QStringLiteral("released_reservations"), double(r.released)},
                             {QStringLiteral("ms"), double(ms)}},
                 r.rows == 0 ? tr("Nothing new to aggregate (up to row %1).").arg(r.toId)
                             : tr("Aggregated %n row(s) in %1 ms (log rows %2 to %3).", nullptr,
                                  int(qMin<qint64>(r.rows, INT_MAX)))
                                   .arg(ms)
                                   .arg(r.fromId + 1)
                                   .arg(r.toId),
                 r.released > 0 ? tr("Released %n expired reservation(s) of calls that never finished.",
                                     nullptr, int(r.released))
                                : QString());
        exit = ExitOk;
    });
    return exit;
}

int prune(Context& c)
{
    const QDate date = c.args.dateOption(QStringLiteral("before")).value_or(QDate());
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!date.isValid())
        return c.usage(tr("usage prune --before YYYY-MM-DD"));
    return c.confirmAndExecute(UsageAggregator::planPrune(c.db, date),
                               [&c](const QJsonObject& o) { c.report(o, tr("Pruned.")); });
}

int unpriced(Context& c)
{
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    using U = UsageQuery::Unpriced;
    const auto count = [](qint64 n) { return QJsonValue(double(n)); };
    const ListView<U> view({
        {tr("PROVIDER"), QStringLiteral("provider"), &U::provider},
        {tr("MODEL"), QStringLiteral("model"), &U::model},
        {tr("ROWS"), QStringLiteral("rows"), [](const U& u) { return QString::number(u.rows); },
         [count](const U& u) { return count(u.rows); }},
        {tr("TOKENS IN"), QStringLiteral("tokens_in"), [](const U& u) { return QString::number(u.tokensIn); },
         [count](const U& u) { return count(u.tokensIn); }},
        {tr("TOKENS OUT"), QStringLiteral("tokens_out"),
         [](const U& u) { return QString::number(u.tokensOut); },
         [count](const U& u) { return count(u.tokensOut); }},
        {tr("FIRST"), QStringLiteral("first"), [](const U& u) { return u.first.toString(Qt::ISODate); }},
        {tr("LAST"), QStringLiteral("last"), [](const U& u) { return u.last.toString(Qt::ISODate); }},
    });
    const QList<U> rows = UsageQuery::unpriced(c.db);
    view.print(c, rows,
               ListText()
                   .ifEmpty(tr("All usage is priced."), Stream::Err)
                   .footer(tr("These rows used tokens of models without a price; add the prices with "
                              "\"fusionctl usage price set\"."),
                           Stream::Err));
    return ExitOk;
}

int summary(Context& c)
{
    const QString by = c.args.option(QStringLiteral("by")).value_or(QStringLiteral("consumer"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    UsageFilter filter;
    filter.from = c.args.dateOption(QStringLiteral("from")).value_or(today.addDays(1 - today.day()));
    filter.to = c.args.dateOption(QStringLiteral("to")).value_or(today);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const QHash<QString, UsageDimension> dimensions{{QStringLiteral("consumer"), UsageDimension::Consumer},
                                                    {QStringLiteral("provider"), UsageDimension::Provider},
                                                    {QStringLiteral("model"), UsageDimension::Model},
                                                    {QStringLiteral("feature"), UsageDimension::Feature},
                                                    {QStringLiteral("user"), UsageDimension::User},
                                                    {QStringLiteral("day"), UsageDimension::Day}};
    if (!dimensions.contains(by))
        return c.usage(tr("--by takes consumer, provider, model, feature, user or day"));
    using R = UsageQuery::AggregateRow;
    const auto count = [](qint64 n) { return QJsonValue(double(n)); };
    const ListView<R> view({
        {by.toUpper(), by, [](const R& r) { return r.key.isEmpty() ? tr("(none)") : r.key; },
         [](const R& r) { return QJsonValue(r.key); }},
        {tr("REQUESTS"), QStringLiteral("requests"), [](const R& r) { return QString::number(r.requests); },
         [count](const R& r) { return count(r.requests); }},
        {tr("ERRORS"), QStringLiteral("errors"), [](const R& r) { return QString::number(r.errors); },
         [count](const R& r) { return count(r.errors); }},
        {tr("DENIED"), QStringLiteral("denied"), [](const R& r) { return QString::number(r.denied); },
         [count](const R& r) { return count(r.denied); }},
        {tr("TOKENS IN"), QStringLiteral("tokens_in"), [](const R& r) { return QString::number(r.tokensIn); },
         [count](const R& r) { return count(r.tokensIn); }},
        {tr("TOKENS OUT"), QStringLiteral("tokens_out"),
         [](const R& r) { return QString::number(r.tokensOut); },
         [count](const R& r) { return count(r.tokensOut); }},
        {tr("COST"), QStringLiteral("cost"), [](const R& r) { return Money::display(r.costMicros); },
         [](const R& r) { return QJsonValue(Money::format(r.costMicros)); }},
        {tr("UNPRICED"), QStringLiteral("unpriced"), [](const R& r) { return QString::number(r.unpriced); },
         [count](const R& r) { return count(r.unpriced); }},
    });
    // The period on standard error, above the table: standard output stays a table.
    view.print(c, UsageQuery::table(c.db, filter, dimensions.value(by)),
               ListText().header(
                   tr("Aggregated usage from %1 to %2 (run \"fusionctl usage aggregate\" for the latest):")
                       .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)),
                   Stream::Err));
    return ExitOk;
}

int prices(Context& c)
{
    const auto provider = c.args.option(QStringLiteral("provider"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    using P = ModelPrice;
    const auto money = [](qint64 micros) { return QJsonValue(Money::format(micros)); };
    const ListView<ModelPrice> view({
        {tr("PROVIDER"), QStringLiteral("provider"), &P::providerCode},
        {tr("MODEL"), QStringLiteral("model"), &P::model},
        {tr("FROM"), QStringLiteral("from"),
         [](const P& p) { return p.effectiveFrom.toString(Qt::ISODate); }},
        {tr("INPUT/M"), QStringLiteral("input"), [](const P& p) { return Money::display(p.inputMicros); },
         [money](const P& p) { return money(p.inputMicros); }},
        {tr("OUTPUT/M"), QStringLiteral("output"), [](const P& p) { return Money::display(p.outputMicros); },
         [money](const P& p) { return money(p.outputMicros); }},
        {tr("CACHED/M"), QStringLiteral("cached_input"),
         [](const P& p) { return Money::display(p.cachedInputMicros); },
         [money](const P& p) { return money(p.cachedInputMicros); }},
        {tr("SOURCE"), QStringLiteral("source"), &P::source},
    });
    QList<ModelPrice> rows = PriceTable::load(c.db);
    if (provider)
        rows.removeIf([&provider](const ModelPrice& p) { return p.providerCode != *provider; });
    view.print(c, rows);
    return ExitOk;
}

int priceSet(Context& c)
{
    ModelPrice p;
    p.providerCode = c.args.requirePositional(tr("provider"));
    p.model = c.args.requirePositional(tr("model"));
    p.effectiveFrom =
        c.args.dateOption(QStringLiteral("from")).value_or(QDateTime::currentDateTimeUtc().date());
    const auto in = c.args.moneyOption(QStringLiteral("input"));
    const auto out = c.args.moneyOption(QStringLiteral("output"));
    const auto cachedIn = c.args.moneyOption(QStringLiteral("cached")).value_or(in.value_or(0));
    p.source = c.args.option(QStringLiteral("source")).value_or(QString());
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!in || !out)
        return c.usage(
            tr("usage price set PROVIDER MODEL --from DATE --input A --output A [--cached A] [--source S] "
               "(amounts per million tokens)"));
    p.inputMicros = *in;
    p.outputMicros = *out;
    p.cachedInputMicros = cachedIn;
    return c.confirmAndExecute(PriceTable::planSet(c.db, p),
                               [&c](const QJsonObject& o) { c.report(o, tr("Saved the price.")); });
}
} // namespace

void registerUsageCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("usage record"),
           QT_TRANSLATE_NOOP(
               "fusion::cli::Commands",
               "--consumer C --provider P [--model M] [--tokens-in N] [--tokens-out N] [--tokens-cached "
               "N]\n[--cost A] [--latency-ms N] [--status ok|error] [--at TIME] [--request-id ID] ..."),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "record one call made outside fusionctl"),
           {},
           record});
    r.add({QStringLiteral("usage import"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "FILE [--strict]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "CSV or JSON lines; bad rows reported by line"),
           {QStringLiteral("strict")},
           import});
    r.add({QStringLiteral("usage aggregate"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--rebuild]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "bring the daily totals up to date"),
           {QStringLiteral("rebuild")},
           aggregate});
    r.add({QStringLiteral("usage prune"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "--before DATE"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "delete raw usage rows before a day (the totals stay)"),
           {},
           prune});
    r.add({QStringLiteral("usage unpriced"),
           "",
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "usage with no price for its model"),
           {},
           unpriced});
    r.add({QStringLiteral("usage summary"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "[--by consumer|provider|model|feature|user|day] [--from DATE] [--to DATE]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "spend and tokens from the daily totals"),
           {},
           summary});
    r.add({QStringLiteral("usage prices"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--provider P]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "the price table"),
           {},
           prices});
    r.add({QStringLiteral("usage price set"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "PROVIDER MODEL --from DATE --input A --output A [--cached A] [--source S]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "price a model per million tokens from a day on"),
           {},
           priceSet});
}

} // namespace fusion::cli
