// The AI console's own cost, on the embedded SQLite store with 48 demo tenants: an ask end to end through
// AiAsk (the provider, the platform's facts as evidence, the policy engine's reservation and settlement, the
// streamed answer from the providers stand-in's Ollama, the thread, messages, citations and the redacted
// audit in one transaction) with the provider's own time taken out (the knowledge base is empty here: its
// search is timed by bench_knowledge_base); and opening a thread of 10,000 messages. Prints figures; never
// fails on timing.
//
//   bench_ai_console [--asks N] [--messages N]
#include "models/ai/AiAsk.h"
#include "models/ai/AiAudit.h"
#include "models/ai/AiProviders.h"
#include "models/ai/AiThreads.h"
#include "models/ai/PlatformFacts.h"
#include "models/audit/WriteExecutor.h"
#include "models/demo/DemoSeeder.h"
#include "models/policy/Consumers.h"
#include "models/storage/Database.h"
#include "models/storage/Migrator.h"
#include "models/usage/PriceTable.h"
#include "tests/benchmarks/BenchSupport.h"
#include "tests/common/FakeProviders.h"
#include "tests/common/JobTestHost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cstdio>

using namespace fusion;

namespace {

int option(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i > 0 && i + 1 < args.size() ? std::max(1, args.at(i + 1).toInt()) : fallback;
}

void print(const char* what, const bench::Figures& f)
{
    std::printf("  %-44s p50 %8.2f  p95 %8.2f  max %8.2f ms\n", what, f.median, f.p95, f.max);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int asks = option(args, QStringLiteral("--asks"), 200);
    const int messages = option(args, QStringLiteral("--messages"), 10000);

    test::FakeProviders server;
    if (!server.ok()) {
        std::fprintf(stderr, "the providers stand-in did not start: %s\n", qPrintable(server.error()));
        return 1;
    }
    QTemporaryDir dir;
    DatabaseTarget target;
    target.dialect = Dialect::Sqlite;
    target.sqlitePath = dir.filePath(QStringLiteral("bench.db"));
    Database db;
    db.open(target);
    WriteExecutor::execute(db, Migrator::planUpgrade(db));
    DemoOptions demo;
    demo.aiConsole = false;
    WriteExecutor::execute(db, DemoSeeder::plan(db, demo));
    NewAiProvider local;
    local.name = QStringLiteral("Local");
    local.type = QStringLiteral("ollama");
    local.model = QStringLiteral("llama3.2:3b");
    local.baseUrl = server.url().toString() + QStringLiteral("/ollama");
    WriteExecutor::execute(db, AiProviders::planAdd(db, local));
    const qint64 consumer = Consumers::ensure(db, AiAsk::consumerCode());
    db.exec(
        QStringLiteral("INSERT INTO access_rules (consumer_id, provider_id, enabled) SELECT ?, id, ? FROM "
                       "providers WHERE code = 'ollama'"),
        {consumer, true});

    test::TestPerson nobody; // an ask writes nothing that needs a confirmation
    const JobHost host = test::syncJobHost(db, nobody);

    std::printf("AI console on SQLite, 48 demo tenants, the providers stand-in's Ollama (streamed, %d asks "
                "each)\n",
                asks);
    for (const bool evidence : {true, false}) {
        QList<double> total, provider, overhead;
        qint64 thread = 0;
        for (int i = 0; i <= asks; ++i) {
            AiAsk ask(host);
            AiAsk::Request request;
            request.question = QStringLiteral("Which tenants need attention right now, and why?");
            request.platformEvidence = evidence;
            request.threadId = i % 10 == 0 ? 0 : thread; // threads of ten exchanges
            QEventLoop loop;
            AiAsk::Result result;
            QElapsedTimer clock;
            clock.start();
            ask.start(request, [&](const AiAsk::Result& r) {
                result = r;
                loop.quit();
            });
            if (ask.running())
                loop.exec();
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            if (result.error || result.status != QLatin1String("success")) {
                std::fprintf(stderr, "ask %d failed: %s %s\n", i,
                             result.error ? qPrintable(result.error->message) : "",
                             qPrintable(result.message));
                return 1;
            }
            thread = result.threadId;
            if (i == 0)
                continue; // warm-up
            total << ms;
            provider << double(result.latencyNs) / 1e6;
            overhead << ms - double(result.latencyNs) / 1e6;
        }
        std::printf(evidence ? " with the platform's facts as evidence:\n" : " without evidence:\n");
        print("whole ask", bench::summarise(total));
        print("the provider (request sent to last byte)", bench::summarise(provider));
        print("the console's own overhead (whole − provider)", bench::summarise(overhead));
    }

    // Where an ask's own time goes: the steps it takes, each timed alone.
    {
        QList<double> facts, prices, redactor;
        PlatformFacts::Query query;
        query.limit = 12;
        for (int i = 0; i < 50; ++i) {
            QElapsedTimer clock;
            clock.start();
            PlatformFacts::gather(db, QDateTime::currentDateTimeUtc(), query);
            facts << double(clock.nsecsElapsed()) / 1e6;
            clock.restart();
            PriceTable::fromDatabase(db);
            prices << double(clock.nsecsElapsed()) / 1e6;
            clock.restart();
            AiAudit::redactor(db);
            redactor << double(clock.nsecsElapsed()) / 1e6;
        }
        std::printf(" steps of an ask, each alone:\n");
        print("the platform's facts (evidence)", bench::summarise(facts));
        print("the price table", bench::summarise(prices));
        print("the audit's redactor (vault fingerprints)", bench::summarise(redactor));
    }

    // A long thread: the app opens its newest 500 messages; all of them for fusionctl ai thread show.
    const qint64 providerId = db.scalar(QStringLiteral("SELECT id FROM ai_providers")).toLongLong();
    const qint64 longThread =
        db.insertReturningId(QStringLiteral("INSERT INTO ai_threads (provider_id, owner) VALUES (?, ?)"),
                             {providerId, db.actor()});
    {
        Transaction tx(db);
        for (int i = 0; i < messages; ++i) {
            const bool question = i % 2 == 0;
            const qint64 id = db.insertReturningId(
                QStringLiteral(
                    "INSERT INTO ai_messages (thread_id, role, content, provider_status) VALUES (?, ?, "
                    "?, ?)"),
                {longThread, question ? QStringLiteral("user") : QStringLiteral("assistant"),
                 QString(QStringLiteral("Message %1: ").arg(i) + QString(200, QLatin1Char('x'))),
                 question ? QString() : QStringLiteral("200")});
            if (!question)
                for (int rank = 1; rank <= 3; ++rank)
                    db.exec(
                        QStringLiteral("INSERT INTO ai_citations (message_id, rank, source_kind, source_id, "
                                       "title) VALUES (?, ?, 'tenant', 'acme', 'acme is in error')"),
                        {id, rank});
        }
        tx.commit();
    }
    std::printf("Opening a thread of %d messages (every answer with 3 citations):\n", messages);
    for (const int limit : {500, 0}) {
        QList<double> times;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer clock;
            clock.start();
            const AiThread t = AiThreads::require(db, longThread);
            const QList<AiMessage> shown = AiThreads::messages(db, t.id, limit);
            times << double(clock.nsecsElapsed()) / 1e6;
            if (shown.size() != (limit > 0 ? std::min(limit, messages) : messages)) {
                std::fprintf(stderr, "read %lld messages\n", static_cast<long long>(shown.size()));
                return 1;
            }
        }
        print(limit > 0 ? "the newest 500 (what the app shows)" : "all of them (ai thread show)",
              bench::summarise(times));
    }
    QList<double> listing;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer clock;
        clock.start();
        AiThreads::list(db, AiThreads::Query{});
        listing << double(clock.nsecsElapsed()) / 1e6;
    }
    print("the threads list", bench::summarise(listing));
    return 0;
}
