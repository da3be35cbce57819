// n8n's executions list of 10,000 paged by cursor (limit 250, 40 pages) against the n8n stand-in
// (tests/fixtures/fake_n8n.py), through N8nClient as the Automation pane (a page at a time, each cursor
// followed) and fusionctl (every page in one call) read it: the whole list's time and each page's p50/p95.
// The stand-in is Python, so a page's time is mostly its own; the figures bound what the client adds.
// Prints figures; never fails on timing.
//
//   bench_n8n [--executions N] [--limit L] [--runs R]
#include "models/integrations/N8nClient.h"
#include "tests/benchmarks/BenchSupport.h"
#include "tests/benchmarks/BenchWait.h"
#include "tests/integrations/FakeN8n.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

using namespace fusion;

namespace {

int option(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i > 0 && i + 1 < args.size() ? std::max(1, args.at(i + 1).toInt()) : fallback;
}

void print(const char* what, const bench::Figures& f)
{
    std::printf("  %-36s p50 %8.2f  p95 %8.2f  max %8.2f ms\n", what, f.median, f.p95, f.max);
}

template <typename T>
std::optional<Result<T>> waitFor(const std::function<void(std::function<void(const Result<T>&)>)>& call)
{
    std::optional<Result<T>> got;
    call([&got](const Result<T>& r) { got = r; });
    bench::waitUntil([&got] { return got.has_value(); }, 60000);
    return got;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int executions = option(args, QStringLiteral("--executions"), 10000);
    const int limit = std::min(N8n::kMaxLimit, option(args, QStringLiteral("--limit"), 250));
    const int runs = option(args, QStringLiteral("--runs"), 5);

    test::FakeN8n server;
    if (!server.ok()) {
        std::fprintf(stderr, "the n8n stand-in did not start: %s\n", qPrintable(server.error()));
        return 1;
    }
    const QByteArray key("n8n_api_Bench0000000000000000000000001");
    server.setKey(QString::fromLatin1(key));
    const QStringList ids =
        server.seedWorkflows({QJsonObject{{QStringLiteral("name"), QStringLiteral("Busy")}}});
    server.seedExecutions(
        {{QStringLiteral("workflowId"), ids.value(0)},
         {QStringLiteral("count"), executions},
         {QStringLiteral("status"),
          QJsonArray{QStringLiteral("success"), QStringLiteral("success"), QStringLiteral("error")}}});
    const SecretBytes apiKey(key);
    N8nClient client(server.url());
    client.setPageLimit(limit);

    std::printf("n8n executions: %d paged by cursor, limit %d, against the Python stand-in (%d runs)\n",
                executions, limit, runs);
    QList<double> pageMs, wholeMs, allMs;
    int pages = 0;
    for (int run = 0; run <= runs; ++run) {
        // The pane's way: a page, then the next with its cursor.
        QElapsedTimer whole;
        whole.start();
        QString cursor;
        int rows = 0;
        pages = 0;
        do {
            QElapsedTimer clock;
            clock.start();
            const auto page = waitFor<N8nExecutionPage>(
                [&](auto done) { client.executionsPage({}, limit, cursor, apiKey, done); });
            if (!page || !page->ok()) {
                std::fprintf(stderr, "page %d failed: %s\n", pages + 1,
                             page ? qPrintable(page->error().message) : "no answer");
                return 1;
            }
            if (run > 0) // the first run warms up
                pageMs << double(clock.nsecsElapsed()) / 1e6;
            rows += int(page->value().executions.size());
            cursor = page->value().nextCursor;
            ++pages;
        } while (!cursor.isEmpty());
        if (rows != executions) {
            std::fprintf(stderr, "the pages held %d executions, not %d\n", rows, executions);
            return 1;
        }
        if (run > 0)
            wholeMs << double(whole.nsecsElapsed()) / 1e6;

        // fusionctl's way: every page in one call.
        QElapsedTimer clock;
        clock.start();
        const auto all =
            waitFor<QList<N8nExecution>>([&](auto done) { client.allExecutions({}, apiKey, done); });
        if (!all || !all->ok() || all->value().size() != executions) {
            std::fprintf(stderr, "the whole list failed: %s\n",
                         all && !all->ok() ? qPrintable(all->error().message) : "wrong count");
            return 1;
        }
        if (run > 0)
            allMs << double(clock.nsecsElapsed()) / 1e6;
    }
    // The client's own share of a page: parsing and checking 250 rows, with no server involved.
    QList<double> parseMs;
    {
        QJsonArray rows;
        for (int i = 0; i < limit; ++i)
            rows << QJsonObject{{QStringLiteral("id"), QString::number(10000 - i)},
                                {QStringLiteral("finished"), true},
                                {QStringLiteral("mode"), QStringLiteral("trigger")},
                                {QStringLiteral("retryOf"), QJsonValue()},
                                {QStringLiteral("retrySuccessId"), QJsonValue()},
                                {QStringLiteral("startedAt"), QStringLiteral("2026-12-06T20:00:00.000Z")},
                                {QStringLiteral("stoppedAt"), QStringLiteral("2026-12-06T20:00:00.250Z")},
                                {QStringLiteral("workflowId"), ids.value(0)},
                                {QStringLiteral("waitTill"), QJsonValue()},
                                {QStringLiteral("status"), QStringLiteral("success")},
                                {QStringLiteral("customData"), QJsonObject()}};
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("data"), rows},
                                                          {QStringLiteral("nextCursor"), QJsonValue()}})
                                    .toJson(QJsonDocument::Compact);
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer clock;
            clock.start();
            if (!N8n::parseExecutions(QStringLiteral("bench"), 200, body).ok())
                return 1;
            parseMs << double(clock.nsecsElapsed()) / 1e6;
        }
    }
    std::printf(" %d pages a run\n", pages);
    print("one page (request to parsed rows)", bench::summarise(pageMs));
    print("the whole list, page by page", bench::summarise(wholeMs));
    print("the whole list, allExecutions()", bench::summarise(allMs));
    print("parsing one page alone (no server)", bench::summarise(parseMs));
    return 0;
}
